"""`manage.py load_demo`: the demo federation, loaded once; prints the demo logins."""

from django.core.management.base import BaseCommand

from congdoan.demo.portal_demo import LOGINS, load_portal_demo


class Command(BaseCommand):
    help = "Load the demo federation (once) and print the demo logins."

    def handle(self, *args, **options):
        if load_portal_demo():
            self.stdout.write(self.style.SUCCESS("Demo portal loaded."))
        else:
            self.stdout.write("Demo portal already present; nothing changed.")
        self.stdout.write("Demo logins (admin at /admin/):")
        for login in LOGINS:
            self.stdout.write(f"  {login['role']:<20} user: {login['username']:<12} password: {login['password']}")
