"""/healthz and /readyz, as a load balancer and a monitor read them."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from embassy.models import Heartbeat
from tests.faults import closed_port, redis_cache

pytestmark = pytest.mark.django_db


def test_healthz_says_the_process_answers_and_is_never_stored():
    first, second = Client().get("/healthz"), Client().get("/healthz")
    assert first.status_code == second.status_code == 200
    assert second.content == b"ok\n"
    assert "X-Page-Cache" not in second
    assert "no-store" in second["Cache-Control"]


def beat(seconds_ago):
    Heartbeat.objects.create(
        worker_id="w",
        host="h",
        pid=1,
        beat_at=timezone.now() - timedelta(seconds=seconds_ago),
    )


@pytest.mark.parametrize(
    ("beats", "worker"),
    [([], {"state": "none"}), ([5], {"state": "ok"}), ([600], {"state": "late"})],
)
def test_readyz_reports_each_part(beats, worker):
    for seconds_ago in beats:
        beat(seconds_ago)
    response = Client().get("/readyz")
    assert response.status_code == 200
    report = response.json()
    assert report["database"] == {"state": "ok"}
    assert report["cache"] == {"state": "ok"}
    assert report["worker"]["state"] == worker["state"]
    if beats:
        assert report["worker"]["last_beat_seconds_ago"] >= beats[0]


def test_readyz_answers_503_while_the_cache_is_away(settings):
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0")
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == {"state": "unavailable"}
