"""Delete the files no row names (embassy/sweep.py): debris of killed
uploads and interrupted processing. The worker runs it once a day."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from embassy import sweep


class Command(BaseCommand):
    help = "Delete files that no row names, older than a few hours."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List them, delete nothing."
        )
        parser.add_argument(
            "--older-than-hours",
            type=float,
            default=sweep.KEPT_AT_LEAST.total_seconds() / 3600,
            help="Leave files younger than this (default %(default)s).",
        )

    def handle(self, *, dry_run, older_than_hours, **options):
        older_than = timedelta(hours=older_than_hours)
        found = sweep.debris(older_than) if dry_run else sweep.sweep(older_than)
        for path in found:
            self.stdout.write(str(path))
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{len(found)} files no row names {verb}.")
