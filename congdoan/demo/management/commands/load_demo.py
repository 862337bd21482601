"""`manage.py load_demo`: the demo federation, loaded once; prints the demo logins."""

import time

from django.core.management.base import BaseCommand

from congdoan.demo import plans_demo, registry_demo
from congdoan.demo.portal_demo import LOGINS, load_portal_demo
from congdoan.members.models import Member
from congdoan.unions.models import Organisation


class Command(BaseCommand):
    help = "Load the demo federation (once) and print the demo logins."

    def handle(self, *args, **options):
        if load_portal_demo():
            self.stdout.write(self.style.SUCCESS("Demo portal loaded."))
        else:
            self.stdout.write("Demo portal already present; nothing changed.")
        started = time.monotonic()
        if registry_demo.load_registry_demo():
            self.stdout.write(self.style.SUCCESS(
                f"Demo union tree and member registry loaded: {Organisation.objects.count()} unions, "
                f"{Member.objects.count()} members ({time.monotonic() - started:.1f} s)."
            ))  # fmt: skip
        else:
            self.stdout.write("Demo union tree and member registry already present; nothing changed.")
        started = time.monotonic()
        if plans_demo.load_plans_demo():
            self.stdout.write(self.style.SUCCESS(
                f"Demo terms, targets, Party candidates, emulation and evaluations loaded"
                f" ({time.monotonic() - started:.1f} s)."
            ))  # fmt: skip
        else:
            self.stdout.write("Demo terms, targets and Party candidates already present; nothing changed.")
        self.stdout.write("Demo logins (admin at /admin/):")
        for login in LOGINS + registry_demo.LOGINS:
            self.stdout.write(f"  {login['role']:<20} user: {login['username']:<12} password: {login['password']}")
