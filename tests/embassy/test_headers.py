"""What every response tells the browser to refuse: devices and features
the site does not use, style attributes outside the admin, static files
read by other sites; and where it reports what it blocked."""

import json
import logging

import pytest
from django.test import RequestFactory
from django.urls import reverse
from whitenoise.middleware import WhiteNoiseMiddleware

pytestmark = pytest.mark.django_db


def test_pages_refuse_the_browsers_devices(client):
    policy = client.get("/en/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_style_attributes_are_allowed_in_the_admin_only(client, admin_user):
    public = client.get("/en/")["Content-Security-Policy"]
    assert "unsafe-inline" not in public
    assert "report-uri /csp-report/" in public
    client.force_login(admin_user, backend="django.contrib.auth.backends.ModelBackend")
    admin = client.get(reverse("admin:news_article_add"))["Content-Security-Policy"]
    assert "style-src-attr 'unsafe-inline'" in admin
    assert "script-src 'self' 'nonce-" in admin


def test_static_files_are_not_offered_to_other_sites(settings):
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    middleware = WhiteNoiseMiddleware(lambda request: None)
    response = middleware(RequestFactory().get("/static/css/site.css"))
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def post_report(client, body, content_type="application/csp-report"):
    return client.post(reverse("csp_report"), body, content_type=content_type)


def test_a_blocked_script_is_reported_and_logged(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://mission.example/en/",
            "blocked-uri": "https://evil.example/x.js",
            "violated-directive": "script-src-elem",
        }
    }
    with caplog.at_level(logging.WARNING, logger="embassy.csp"):
        assert post_report(client, json.dumps(report)).status_code == 204
    (record,) = caplog.records
    assert "https://evil.example/x.js" in record.getMessage()
    assert "script-src-elem" in record.getMessage()


def test_reports_in_the_reporting_api_format_are_logged(client, caplog):
    report = [{"type": "csp-violation", "body": {"blockedURL": "inline"}}]
    with caplog.at_level(logging.WARNING, logger="embassy.csp"):
        response = post_report(client, json.dumps(report), "application/reports+json")
    assert response.status_code == 204
    assert "inline" in caplog.records[0].getMessage()


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("not json", 400),
        ("[1, 2]", 400),
        ('{"csp-report": 3}', 400),
        ("x" * 20_000, 413),
    ],
)
def test_a_bad_report_is_refused_not_an_error(client, body, status):
    assert post_report(client, body).status_code == status


def test_a_report_cannot_forge_log_lines(client, caplog):
    forged = {"csp-report": {"blocked-uri": "x\nCRITICAL forged line"}}
    reports = json.dumps([forged] * 50)
    with caplog.at_level(logging.WARNING, logger="embassy.csp"):
        response = post_report(client, reports, "application/reports+json")
    assert response.status_code == 204
    assert len(caplog.records) == 5
    assert "\n" not in caplog.records[0].getMessage()


def test_reports_are_only_posted(client):
    assert client.get(reverse("csp_report")).status_code == 405
