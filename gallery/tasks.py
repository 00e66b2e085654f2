"""Background work of the gallery: making an uploaded photo fit to publish."""

import logging

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import DatabaseError, transaction
from django.tasks import task

from embassy.dbpool import DATABASE_AWAY
from embassy.images import normalize_image
from embassy.images.fields import delete_files, files_of
from embassy.worker import retry_when_interrupted

from .models import Photo, choose_cover, delete_pending

logger = logging.getLogger(__name__)

# What the task writes: an editor may be changing the others meanwhile.
PROCESSED_FIELDS = ["image", "width", "height", "taken_on", "state", "error", "pending"]


@task
def process_photo(photo_id):
    """Re-encode a pending upload through the image pipeline and make its
    renditions (on save); the upload is then deleted. A photo that cannot
    be processed is marked failed, with the reason, for its editor to see.
    A photo deleted meanwhile stays deleted."""
    photo = Photo.objects.filter(pk=photo_id, state=Photo.State.PROCESSING).first()
    if photo is None or not photo.pending:
        return
    pending_name = photo.pending.name
    try:
        with photo.pending.open("rb") as pending:
            # Messages name the file as its editor uploaded it.
            clean = normalize_image(File(pending.file, name=photo.original_name))
    except Exception as error:
        messages = getattr(error, "messages", None) or [str(error)]
        if not isinstance(error, ValidationError):
            logger.exception("Photo %s could not be processed", photo_id)
        photo.state = Photo.State.FAILED
        photo.error = " ".join(messages)[:500]
        photo.pending = ""
        if save_processed(photo):
            delete_pending(pending_name)
        return
    try:
        photo.image.save(clean.name, clean, save=False)
        photo.taken_on = photo.taken_on or clean.taken_on
        photo.state = Photo.State.READY
        photo.pending = ""
        saved = save_processed(photo)
    except OSError as error:
        # The disk is full, or storage failed: nothing half-written stays,
        # the upload is kept so that retry_photos can process it again.
        logger.exception("Photo %s could not be stored", photo_id)
        if photo.image.name:
            delete_files(files_of(photo, photo.image.field, photo.image.name))
        Photo.objects.filter(pk=photo_id).update(
            state=Photo.State.FAILED,
            # A bucket's refusal says much: the field holds 500 characters.
            error=f"The server could not store the photo "
            f"({str(error.strerror or error)[:300]}). "
            "It is kept: it will be processed again once the problem is fixed.",
        )
        return
    except DATABASE_AWAY:
        # The worker queues the task again once the database is back. The
        # files written stay: the commit may have reached the database
        # before the connection was lost, and the sweep removes them if
        # no row names them.
        raise
    if saved:
        delete_pending(pending_name)
        choose_cover(photo.album_id)
    else:
        photo.image.delete(save=False)


def interrupted_too_often(photo_id):
    """A photo whose processing stopped the worker every time (too large
    for the memory the server has, perhaps) ends as failed, its upload
    deleted, rather than being processed for ever."""
    photo = Photo.objects.filter(pk=photo_id, state=Photo.State.PROCESSING).first()
    if photo is None:
        return
    pending_name = photo.pending.name
    photo.state = Photo.State.FAILED
    photo.error = (
        "Processing stopped before it finished, several times: the server may "
        "lack the memory for a photo this large. Upload a smaller version."
    )
    photo.pending = ""
    if save_processed(photo) and pending_name:
        delete_pending(pending_name)


retry_when_interrupted(process_photo, given_up=interrupted_too_often)


def save_processed(photo):
    """Save what the task wrote, unless the photo was deleted meanwhile."""
    try:
        with transaction.atomic():
            photo.save(update_fields=PROCESSED_FIELDS)
    except DATABASE_AWAY:
        raise  # the task is cut short, and the worker queues it again
    except DatabaseError:
        logger.info("Photo %s was deleted while it was processed", photo.pk)
        return False
    return True
