"""``manage.py backup ARCHIVE``: the database and every file it names, in
one archive with their SHA-256 (embassy/backup.py)."""

import tarfile

from django.core.management.base import BaseCommand, CommandError

from embassy.backup import BackupError, backup


class Command(BaseCommand):
    help = "Write the database and the files it names into one archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive to write (a .tar file).")

    def handle(self, *, archive, **options):
        try:
            files = backup(archive)
        except (BackupError, OSError, tarfile.TarError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backed up the database and {files} files to {archive}.")
