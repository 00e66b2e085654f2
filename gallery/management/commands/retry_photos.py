"""``manage.py retry_photos``: process again the photos that failed for a
reason of the server's (a full disk) once it is fixed. Photos refused for
what they are (not an image, too many pixels) have no upload left."""

from django.core.management.base import BaseCommand
from django.db import transaction

from gallery.models import Photo
from gallery.tasks import process_photo


class Command(BaseCommand):
    help = "Queue again the failed photos whose upload is kept."

    def handle(self, **options):
        retried = 0
        for photo in Photo.objects.filter(state=Photo.State.FAILED).exclude(pending=""):
            with transaction.atomic():
                Photo.objects.filter(pk=photo.pk).update(
                    state=Photo.State.PROCESSING, error=""
                )
                transaction.on_commit(lambda pk=photo.pk: process_photo.enqueue(pk))
            retried += 1
        self.stdout.write(f"{retried} photos queued again.")
