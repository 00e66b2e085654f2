"""Delete the pictures inserted in rich text that no text shows any more.

The worker runs it a while after each upload; it can run from cron too.
"""

from django.core.management.base import BaseCommand

from embassy.models import TextImage


class Command(BaseCommand):
    help = "Delete pictures inserted in rich text that no text shows any more."

    def handle(self, *args, **options):
        deleted = TextImage.sweep_unused()
        self.stdout.write(f"{deleted} unused pictures deleted.")
