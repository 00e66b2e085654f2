"""``manage.py restore ARCHIVE``: a backup, into an empty database and empty
folders (``--force`` replaces what is there)."""

import tarfile

from django.core.management.base import BaseCommand, CommandError

from embassy.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup into an empty database and empty folders."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="An archive written by manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the database and files that are there.",
        )

    def handle(self, *, archive, force, **options):
        try:
            files = restore(archive, force=force)
        except (BackupError, OSError, tarfile.TarError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the database and {files} files from {archive}.")
