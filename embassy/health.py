"""For load balancers and monitoring: ``/healthz`` says the process
answers, ``/readyz`` whether it can serve, and how the worker is.

``/readyz`` answers 503 when the database or the cache cannot be reached
(a load balancer then sends visitors to another server); the worker's
state is reported but does not count, since pages are served without it.
Nothing in either names a version, a host or a setting.
"""

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from .cache import CACHE_ERRORS
from .models import Heartbeat
from .worker import GONE_AFTER


@never_cache
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    database = _database()
    checks = {
        "database": database,
        "cache": _cache(),
        "worker": _worker() if database["state"] == "ok" else {"state": "unknown"},
    }
    serving = all(checks[name]["state"] == "ok" for name in ("database", "cache"))
    return JsonResponse(checks, status=200 if serving else 503)


def _database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return {"state": "unavailable"}
    return {"state": "ok"}


def _cache():
    try:
        cache.set("readyz", "ok", timeout=10)
        found = cache.get("readyz")
    except CACHE_ERRORS:
        return {"state": "unavailable"}
    return {"state": "ok" if found == "ok" else "unavailable"}


def _worker():
    """ok: a worker beat within the last minute; late: the last one beat
    before that; none: no worker has ever run."""
    last = Heartbeat.objects.order_by("-beat_at").values_list("beat_at", flat=True)
    last = last.first()
    if last is None:
        return {"state": "none"}
    seconds = int((timezone.now() - last).total_seconds())
    state = "ok" if seconds <= GONE_AFTER.total_seconds() else "late"
    return {"state": state, "last_beat_seconds_ago": max(seconds, 0)}
