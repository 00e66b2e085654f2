"""Background work of the kernel: clearing away pictures that no text shows,
and the mail of reviews."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.tasks import task
from django.tasks.base import TaskResultStatus
from django.utils import timezone

from .models import ReviewStep, TextImage

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


@task
def sweep_files():
    """Delete the files no row names, and come back in a day (whatever
    happened: one failure must not end the daily sweeps)."""
    from . import sweep

    try:
        deleted = sweep.sweep()
        logger.info("Deleted %d files that no row names", len(deleted))
    finally:
        schedule_file_sweep(after=SWEEP_EVERY, unless=[TaskResultStatus.READY])


SWEEP_EVERY = datetime.timedelta(days=1)


def schedule_file_sweep(
    after=datetime.timedelta(0),
    unless=(TaskResultStatus.READY, TaskResultStatus.RUNNING),
):
    """Queue the sweep, unless one is already waiting or running: each
    worker asks at every beat, and each sweep for the next, so that two
    workers asking at once merge back into one chain at the next sweep."""
    from django_tasks_db.models import DBTaskResult

    if not sweep_files.get_backend().supports_defer:
        return
    waiting = DBTaskResult.objects.filter(
        task_path=sweep_files.module_path, status__in=unless
    )
    if not waiting.exists():
        sweep_files.using(run_after=timezone.now() + after).enqueue()


@task
def send_review_mail(step_id, link):
    """Mail a step of a review to whom it concerns (embassy.review). A step
    deleted meanwhile (with its item) sends nothing."""
    from . import review

    step = ReviewStep.objects.filter(pk=step_id).first()
    mail = step and review.mail_for(step, link)
    if mail and mail[2]:
        subject, body, recipients = mail
        send_mail(subject, body, None, recipients)
