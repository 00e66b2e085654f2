"""Large request bodies are refused before they are read, unless a member
of staff sends them: a visitor cannot make the server parse and spool
100 MB with a CSRF cookie anyone gets for free."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from embassy.bodylimits import BodyLimitMiddleware

pytestmark = pytest.mark.django_db

LARGE = "x" * 100_000


@pytest.mark.parametrize("url", ["/admin/login/", "/en/news/", "/csp-report/", "/"])
def test_a_large_anonymous_body_is_refused(client, url):
    response = client.post(url, {"file": SimpleUploadedFile("big.bin", LARGE.encode())})
    assert response.status_code == 413
    assert response["Connection"] == "close"


def test_the_refused_body_is_never_read():
    request = RequestFactory().post(
        "/admin/login/", {"username": "a", "password": LARGE}
    )
    request.user = AnonymousUser()
    response = BodyLimitMiddleware(lambda request: HttpResponse())(request)
    assert response.status_code == 413
    assert not request.META["wsgi.input"].read_started


def test_a_sign_in_form_is_not_refused(client):
    response = client.post("/admin/login/", {"username": "a", "password": "b"})
    assert response.status_code == 200


def test_staff_send_long_forms_and_larger_uploads(client_in_role, settings):
    settings.STAFF_FORM_MAX_BYTES = 50_000
    client = client_in_role("Press officers")
    url = reverse("admin:news_article_add")
    form = client.post(
        url,
        urlencode({"title_en": "A", "body_en": LARGE}),
        content_type="application/x-www-form-urlencoded",
    )
    assert form.status_code == 413
    upload = client.post(
        url, {"title_en": "A", "picture": SimpleUploadedFile("a.bin", LARGE.encode())}
    )
    assert upload.status_code == 200  # the form, with its errors


def test_a_malformed_length_is_a_bad_request(client):
    assert client.post("/admin/login/", CONTENT_LENGTH="lots").status_code == 400
