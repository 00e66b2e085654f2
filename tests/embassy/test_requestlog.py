"""Production logs a JSON line per request, with no personal data beyond a
member of staff's id."""

import json
import logging
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.test import Client

from tests.embassy.test_settings import COMPLETE, ROOT

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged(settings, caplog):
    settings.MIDDLEWARE = [
        "embassy.requestlog.RequestLogMiddleware",
        *django_settings.MIDDLEWARE,
    ]
    caplog.set_level(logging.INFO, logger="embassy.requests")
    return caplog


def requests_logged(caplog):
    return [r for r in caplog.records if r.name == "embassy.requests"]


def test_a_visitors_request_is_logged_without_its_query_or_a_user(logged):
    Client().get("/en/news/?q=someone%27s+name")
    (record,) = requests_logged(logged)
    assert (record.method, record.path, record.status) == ("GET", "/en/news/", 200)
    assert record.user_id is None and record.duration_ms >= 0
    assert "someone" not in record.getMessage()


def test_a_staff_request_names_the_member_of_staff(logged, admin_client, admin_user):
    admin_client.get("/admin/")
    (record,) = requests_logged(logged)
    assert record.user_id == admin_user.pk


def production_log(code):
    """What ``code`` logs under production's settings."""
    environment = {**os.environ, **COMPLETE, "DEBUG": "false"}
    environment["DJANGO_SETTINGS_MODULE"] = "embassy.settings.production"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stderr.strip()


def test_production_logs_one_json_object_a_line():
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('embassy.requests').info("
        "'GET /en/ 200', extra={'status': 200, 'user_id': None})"
    )
    output = production_log(code)
    line = json.loads(output.splitlines()[-1])
    assert line["level"] == "INFO" and line["logger"] == "embassy.requests"
    assert line["status"] == 200 and line["message"] == "GET /en/ 200"
    assert "T" in line["time"]


def test_djangos_own_records_leave_the_query_string_out():
    """A 404 on a search is logged by Django with its request: the JSON
    line names the path, not what was searched for."""
    code = (
        "import django, logging; django.setup(); "
        "from django.test import RequestFactory; "
        "request = RequestFactory().get('/en/search/', {'q': 'Jane Doe'}); "
        "logging.getLogger('django.request').warning('Not Found: %s', "
        "request.path, extra={'status_code': 404, 'request': request})"
    )
    output = production_log(code)
    line = json.loads(output.splitlines()[-1])
    assert line["logger"] == "django.request" and line["status_code"] == 404
    assert line["request"] == "GET /en/search/"
    assert "Jane" not in output


def test_a_preview_links_token_is_not_logged(logged):
    Client().get("/en/preview/a-secret-token/")
    (record,) = requests_logged(logged)
    assert record.path == "/en/preview/…/"
    assert "a-secret-token" not in record.getMessage()
