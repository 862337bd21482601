"""manage.py backup [--destination FOLDER_OR_FILE.tar]: one archive of the database, media and private uploads."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext, gettext_lazy

from congdoan.backups.services import BackupError, make_backup


class Command(BaseCommand):
    help = gettext_lazy(
        "Write one archive of the database, the media and the private uploads, with a manifest of row counts "
        "and checksums."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--destination",
            type=Path,
            default=None,
            help=gettext_lazy("A folder (default: settings.BACKUP_ROOT, var/backups/) or the archive's path (.tar)."),
        )

    def handle(self, *args, destination=None, **options):
        try:
            archive = make_backup(destination=destination or settings.BACKUP_ROOT)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            gettext("Backup written to %(path)s (%(size)s MB). It holds personal data: keep it safe.")
            % {"path": archive, "size": f"{archive.stat().st_size / 1_000_000:.1f}"}
        )
