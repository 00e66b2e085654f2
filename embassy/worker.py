"""The background worker, made to outlive what goes wrong around it.

django-tasks-db's worker runs the queue; this one also:

- waits for the database when it is away, instead of exiting, and carries
  on once it is back;
- beats: every few seconds it records that it is alive (``Heartbeat``),
  which ``/readyz`` reads, and it asks for the daily sweep of files no
  row names (embassy/sweep.py) when none is queued;
- recovers interrupted work: a task still marked running whose worker has
  stopped beating (killed, out of memory, the machine restarted), or that
  the database's going away cut short, is marked interrupted, and queued
  again if its app says it may be, a few times at most.
  An app registers such a task with ``retry_when_interrupted()``, with what
  to do when it gives up (a photo is then marked failed, for its editor).
"""

import logging
import os
import socket
import threading
import time
from datetime import timedelta

from django.db import close_old_connections, transaction
from django.tasks.base import TaskResultStatus
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from . import pagecache
from .dbpool import DATABASE_AWAY
from .models import Heartbeat
from .tasks import schedule_file_sweep

logger = logging.getLogger(__name__)

# As django-tasks-db records a task's exception.
DATABASE_AWAY_PATHS = [
    f"{error.__module__}.{error.__qualname__}" for error in DATABASE_AWAY
]
BEAT_SECONDS = 10
# A worker that has not beaten for this long is gone: its running tasks
# were interrupted.
GONE_AFTER = timedelta(seconds=60)
ATTEMPTS = 3
FORGOTTEN_AFTER = timedelta(days=1)
INTERRUPTED = "embassy.worker.Interrupted"

# task path: what to call with the task's arguments when it is given up.
_retried = {}


def retry_when_interrupted(task, given_up):
    """Queue ``task`` again when a worker dies while running it (at most
    ATTEMPTS times in all); then call ``given_up(*args, **kwargs)``."""
    _retried[task.module_path] = (task, given_up)


def recover_interrupted(now=None, worker_id=None):
    """Mark the running tasks of workers that stopped beating (or those of
    ``worker_id``, which knows it was cut short), and the registered tasks
    that failed because the database went away, as interrupted; queue the
    registered ones again. How many were recovered."""
    now = now or timezone.now()
    alive = set(
        Heartbeat.objects.filter(beat_at__gte=now - GONE_AFTER).values_list(
            "worker_id", flat=True
        )
    )
    recovered = 0
    for result in DBTaskResult.objects.running():
        last_worker = result.worker_ids[-1] if result.worker_ids else None
        if last_worker != worker_id:
            if last_worker in alive:
                continue
            started = result.started_at or result.enqueued_at
            if now - started < GONE_AFTER:
                continue  # claimed so recently that its worker may not have beaten
        recovered += _interrupt(DBTaskResult.objects.running(), result, now)
    cut_short = DBTaskResult.objects.failed().filter(
        task_path__in=list(_retried), exception_class_path__in=DATABASE_AWAY_PATHS
    )
    for result in cut_short:
        recovered += _interrupt(DBTaskResult.objects.failed(), result, now)
    return recovered


def forget_gone_workers(now=None):
    """Delete the heartbeats of workers long gone: nothing reads them, and
    each worker started (a deployment, a restart) leaves one."""
    now = now or timezone.now()
    Heartbeat.objects.filter(beat_at__lt=now - FORGOTTEN_AFTER).delete()


def _interrupt(results, result, now):
    """Mark ``result`` interrupted, unless another worker did first, and
    queue it again (or give it up) in the same transaction."""
    with transaction.atomic():
        updated = results.filter(pk=result.pk).update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path=INTERRUPTED,
            traceback="The worker running it stopped before it finished.",
        )
        if not updated:
            return 0
        logger.warning("Task %s (%s) was interrupted", result.pk, result.task_path)
        if result.task_path in _retried:
            _queue_again(result)
    return 1


def _queue_again(result):
    task, given_up = _retried[result.task_path]
    args = result.args_kwargs["args"]
    kwargs = result.args_kwargs["kwargs"]
    attempts = DBTaskResult.objects.filter(
        task_path=result.task_path,
        args_kwargs=result.args_kwargs,
        exception_class_path=INTERRUPTED,
    ).count()
    if attempts < ATTEMPTS:
        task.enqueue(*args, **kwargs)
    else:
        logger.error("%s was interrupted %d times: given up", task.name, attempts)
        given_up(*args, **kwargs)


class Worker(db_worker.Worker):
    def run(self):
        self.stopped = threading.Event()
        beating = threading.Thread(target=self.beat, daemon=True)
        beating.start()
        try:
            self.run_through_outages()
        finally:
            self.stopped.set()
            beating.join(timeout=BEAT_SECONDS)

    def run_through_outages(self):
        delay = 0.5
        cut_short = False
        while self.running:
            try:
                if cut_short:
                    # The task under way when the database went away is
                    # still marked running, under this worker's name.
                    recover_interrupted(worker_id=self.worker_id)
                return super().run()
            except DATABASE_AWAY as error:
                cut_short = True
                # Retried often, so that work resumes within seconds of the
                # database's return.
                logger.error("The database is away, retrying: %s", error)
                close_old_connections()
                time.sleep(delay)
                delay = min(delay * 2, 2)

    def beat(self):
        """Record that this worker is alive, and recover what others left."""
        host = socket.gethostname()[:100]
        while not self.stopped.is_set():
            try:
                schedule_file_sweep()
                Heartbeat.objects.update_or_create(
                    worker_id=self.worker_id,
                    defaults={
                        "beat_at": timezone.now(),
                        "host": host,
                        "pid": os.getpid(),
                    },
                )
                recover_interrupted()
                forget_gone_workers()
                pagecache.after_absence()
                pause = BEAT_SECONDS
            except DATABASE_AWAY:
                # The main loop says so; beat again as soon as it is back.
                pause = 1
            except Exception:
                # A beat that stops would have this worker taken for dead.
                logger.exception("The worker's heartbeat failed")
                pause = BEAT_SECONDS
            finally:
                close_old_connections()
            self.stopped.wait(pause)
