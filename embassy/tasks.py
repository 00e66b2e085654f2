"""Background work of the kernel: clearing away pictures that no text shows."""

import logging

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from .models import TextImage

logger = logging.getLogger(__name__)


@task
def sweep_text_images():
    deleted = TextImage.sweep_unused()
    logger.info("Deleted %d pictures that no text shows", deleted)


def schedule_text_image_sweep():
    """Ask the worker for a sweep once a picture just uploaded may be
    judged unused. A queue that cannot defer work (the immediate backend)
    leaves it to `manage.py sweep_text_images`."""
    if not sweep_text_images.get_backend().supports_defer:
        return
    run_after = timezone.now() + settings.TEXT_IMAGES_KEPT_UNUSED
    transaction.on_commit(
        lambda: sweep_text_images.using(run_after=run_after).enqueue()
    )
