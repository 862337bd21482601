"""manage.py restore ARCHIVE [--force]: bring back an archive written by manage.py backup."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext, gettext_lazy

from congdoan.backups.services import BackupError, restore_backup
from congdoan.vietnamese import in_vietnam


class Command(BaseCommand):
    help = gettext_lazy(
        "Restore the database, the media and the private uploads from an archive written by manage.py backup, "
        "into an empty database."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help=gettext_lazy("The archive (.tar) to restore."))
        parser.add_argument(
            "--force",
            action="store_true",
            help=gettext_lazy("Replace the data of a database (and folders) that are not empty."),
        )

    def handle(self, *args, archive, force=False, **options):
        try:
            manifest = restore_backup(archive=archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            gettext(
                "Restored %(path)s (made %(created)s): %(rows)s rows in %(tables)s tables and %(files)s files, "
                "as the manifest counts them. If this release is newer than the backup's, run manage.py migrate."
            )
            % {
                "path": archive,
                "created": in_vietnam(datetime.datetime.fromisoformat(manifest["created_at"])).strftime(
                    "%H:%M %d/%m/%Y"
                ),
                "rows": sum(manifest["tables"].values()),
                "tables": len(manifest["tables"]),
                "files": len(manifest["files"]) - 1,
            }
        )
