"""
Delete the member spreadsheets left by imports nobody confirmed, and end the
imports whose worker died. Run it from cron (hourly is plenty): uploads hold
personal data and must not outlive their use even on a day nobody uploads.
"""

from django.core.management.base import BaseCommand

from congdoan.members.spreadsheets.tasks import purge_stale_imports


class Command(BaseCommand):
    help = "Delete the files of unconfirmed member imports older than a day; fail imports whose worker died."

    def handle(self, *args, **options):
        ended = purge_stale_imports()
        self.stdout.write(f"{ended} stale member import(s) ended.")
