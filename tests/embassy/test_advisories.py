"""The weaknesses other Django content systems have shipped, each tried
here and proved absent. The advisory a test answers is in its comment."""

import pytest
from django.apps import apps
from django.contrib.admin.utils import quote
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.test import RequestFactory
from django.urls import reverse

from embassy.publishing import Status
from embassy.search import MAX_WORDS, words
from news.models import Article
from tests.images import HTML, SVG, bomb_png, image_bytes
from tests.news.factories import article_fields, make_article, make_category
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db

TITLE = '<img src=x onerror="alert(1)">Statement'


def test_javascript_links_in_a_crafted_post_are_removed(press_client):
    # Wagtail CVE-2021-29434: a crafted POST stored a javascript: link in
    # rich text, bypassing the editor.
    data = article_fields(make_category(), slug="crafted")
    data["body_en"] = '<p><a href="javascript:alert(1)">read</a></p>'
    press_client.post(reverse("admin:news_article_add"), data)
    body = Article.objects.get(slug="crafted").body_en
    assert "javascript" not in body
    assert "read" in body


def test_titles_are_escaped_in_every_admin_view(client_in_role):
    # Wagtail CVE-2023-28836: a title shown unescaped in admin views.
    article = make_article(title_en=TITLE)
    client = client_in_role("Press officers")
    for view in ("changelist", "change", "history", "delete"):
        args = [] if view == "changelist" else [quote(article.pk)]
        html = client.get(reverse(f"admin:news_article_{view}", args=args)).text
        assert "&lt;img src=x onerror=" in html, view
        assert '<img src=x onerror="alert(1)">' not in html, view


def test_no_help_text_carries_markup():
    # Wagtail CVE-2020-15118: help text rendered as HTML. The admin shows
    # help text unescaped by design, so ours is plain words only.
    for model in apps.get_models():
        for field in model._meta.get_fields():
            help_text = str(getattr(field, "help_text", ""))
            assert "<" not in help_text, f"{model.__name__}.{field.name}"


def test_a_large_upload_is_spooled_to_disk_not_memory(settings):
    # Wagtail CVE-2023-28837: uploads read whole into memory.
    size = settings.FILE_UPLOAD_MAX_MEMORY_SIZE + 1
    request = RequestFactory().post(
        "/admin/editor/upload/",
        {"upload": SimpleUploadedFile("big.png", b"\0" * size)},
    )
    assert isinstance(request.FILES["upload"], TemporaryUploadedFile)


def test_search_parsing_reads_a_bounded_prefix_of_the_query():
    # Wagtail CVE-2024-39317: a slow regular expression parsing search
    # queries. Ours reads a bounded prefix, with a linear expression.
    query = "word " * 100_000 + "needle"
    assert words(query, "en") == ["word"] * MAX_WORDS
    assert "needle" not in words(" " * 5000 + "needle", "en")


def test_a_draft_is_previewed_only_by_those_who_may_change_it(client_in_role):
    # Preview without permission: a draft's address opened by another role.
    draft = make_page(slug="draft-statement", status=Status.DRAFT)
    press = client_in_role("Press officers", username="press")
    assert press.get(draft.get_absolute_url()).status_code == 404
    editor = client_in_role("Site editors", username="editor")
    response = editor.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert (
        "no-store" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    )


def test_a_draft_is_found_through_no_public_endpoint(client):
    # Drafts leaking through any endpoint: page, feed, sitemap, search.
    draft = make_article(
        slug="embargoed-statement", title_en="Embargoed", status=Status.DRAFT
    )
    make_article(slug="public-statement", title_en="Public")
    assert client.get(draft.get_absolute_url()).status_code == 404
    for url in (
        reverse("news:feed"),
        reverse("news:feed_atom"),
        reverse("news:article_list"),
        "/sitemap.xml",
        "/sitemap-news.xml",
        reverse("search:search") + "?q=embargoed",
    ):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "embargoed-statement" not in response.text, url
        assert "Embargoed</" not in response.text, url


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.svg", SVG), ("page.html", HTML), ("page.png", HTML), ("bomb.png", None)],
)
def test_dangerous_or_bomb_uploads_are_refused(press_client, name, content):
    # django-filer CVE-2024-11404: dangerous file types accepted as images;
    # and decompression bombs.
    content = bomb_png() if content is None else content
    response = press_client.post(
        reverse("editor_image_upload"), {"upload": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 400
    assert name in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
    ],
)
def test_signing_in_never_redirects_to_another_site(client, press_officer, next_url):
    # Open redirects through "next".
    response = client.post(
        reverse("admin:login") + f"?next={next_url}",
        {"username": "press", "password": "press-password", "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


@pytest.mark.parametrize(
    "path", ["//evil.example", "//evil.example/%2e%2e", "/\\evil.example"]
)
def test_no_address_redirects_to_another_site(client, path):
    # Django CVE-2018-14574: CommonMiddleware's added slash made "//host".
    response = client.get(path)
    location = response.get("Location", "")
    assert not location.startswith(("//", "/\\", "http")), location


def test_the_language_links_stay_on_this_site(client):
    # The language switcher built from a visitor's path.
    html = client.get("/en//evil.example/").text + client.get("/en/").text
    assert 'href="//evil.example' not in html
    assert 'hreflang="ru"' in client.get("/en/").text


def test_an_image_upload_is_checked_by_its_content_not_its_name(press_client):
    # The same class: a real image named .html is an image, stored under a
    # name the server makes; an HTML page named .png is refused.
    response = press_client.post(
        reverse("editor_image_upload"),
        {"upload": SimpleUploadedFile("photo.html", image_bytes("PNG"))},
    )
    assert response.status_code == 200
    assert not response.json()["url"].endswith(".html")
