"""Rich text is sanitized on every path that writes it."""

import posixpath
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from embassy.richtext import ALLOWED_TAGS, sanitize_html, validate_image_descriptions
from news.models import Article
from tests.embassy.xss_vectors import XSS_VECTORS
from tests.news.factories import article_fields, make_article

SAFE_SCHEMES = ("http://", "https://", "mailto:")
PAGE = "https://mission.example/en/news/an-article/"


class Inspector(HTMLParser):
    """Collects what would be executable if the HTML were shown as is."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            value = (value or "").strip().lower()
            # Where the browser goes: Python's URL parser drops tabs and
            # newlines and strips the ends as browsers do; browsers also read
            # "\\" as "/", and escapes are resolved to be safe.
            target = urlsplit(urljoin(PAGE, unquote(value).replace("\\", "/")))
            path = posixpath.normpath(target.path)
            site_path = target.netloc == urlsplit(PAGE).netloc
            if name.startswith("on") or name in {"style", "srcdoc", "formaction"}:
                self.problems.append(f"attribute {name}")
            if name == "href" and not (value.startswith(SAFE_SCHEMES) or site_path):
                self.problems.append(f"href {value}")
            if name == "src" and not (site_path and path.startswith("/media/")):
                self.problems.append(f"src {value}")
            if name in {"width", "height"} and not re.fullmatch("[0-9]+", value):
                self.problems.append(f"{name} {value}")

    handle_startendtag = handle_starttag


def executable_parts(html):
    inspector = Inspector()
    inspector.feed(html)
    inspector.close()
    return inspector.problems


def test_there_are_at_least_fifty_vectors():
    assert len(set(XSS_VECTORS)) >= 50


def test_inspector_sees_what_it_must():
    """The checker itself: unsanitized vectors are caught by it."""
    assert all(executable_parts(vector) for vector in XSS_VECTORS[:30])


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_sanitizer_leaves_nothing_executable(vector):
    assert executable_parts(sanitize_html(vector)) == []


@pytest.mark.parametrize(
    "href", ["/\t/evil.example/", "/&#9;/evil.example/", "/\n/evil.example/",
             "/&#10;/evil.example/", "/&#13;/evil.example/", "&#1;//evil.example/"],
)  # fmt: skip
def test_links_that_browsers_read_as_another_site_are_removed(href):
    html = f'<a href="{href}">x</a>'
    assert sanitize_html(html) == '<a rel="noopener noreferrer">x</a>'


@pytest.mark.parametrize(
    "src", ["/media/&#9;../../admin/logout/", "/media/.&#10;./admin/logout/"]
)
def test_pictures_that_browsers_fetch_from_outside_uploads_are_removed(src):
    assert sanitize_html(f'<img src="{src}" alt="A hall">') == '<img alt="A hall">'


@pytest.mark.parametrize(
    ("src", "kept"),
    [
        ("https://media.mission.example/media/renditions/a.webp", True),
        ("https://media.mission.example/sources/a.jpg", False),
        ("https://media.mission.example/media/%2e%2e/sources/a.jpg", False),
        ("https://media.mission.example/media/.&#9;./sources/a.jpg", False),
        ("http://media.mission.example/media/renditions/a.webp", False),
        ("https://media.mission.example@evil.example/media/a.webp", False),
        ("https://evil.example/media/renditions/a.webp", False),
        ("/media/renditions/a.webp", False),
    ],
)
def test_pictures_published_from_a_bucket_are_kept_only_from_its_uploads(
    settings, src, kept
):
    settings.MEDIA_URL = "https://media.mission.example/media/"
    clean = sanitize_html(f'<img src="{src}" alt="A hall">')
    assert (' src="' in clean) is kept, clean


def test_editor_markup_survives():
    html = (
        "<h2>Heading</h2><p>A <strong>bold</strong> and <em>quiet</em> "
        '<a href="https://uza.uz/">link</a> <a href="/en/news/">news</a>.</p>'
        "<ul><li>one</li></ul>"
        '<figure class="image"><img src="/media/uploads/2026/11/a.webp" '
        'alt="A hall" width="800" height="600"><figcaption>The hall</figcaption>'
        '</figure><figure class="table"><table><tbody><tr><td>1</td></tr></tbody>'
        "</table></figure><blockquote><p>Quoted</p></blockquote>"
    )
    clean = sanitize_html(html)
    for part in (
        "<h2>Heading</h2>",
        "<strong>bold</strong>",
        '<a href="https://uza.uz/" rel="noopener noreferrer">link</a>',
        '<a href="/en/news/" rel="noopener noreferrer">news</a>',
        '<figure class="image"><img src="/media/uploads/2026/11/a.webp" alt="A hall"'
        ' width="800" height="600"><figcaption>The hall</figcaption></figure>',
        '<figure class="table"><table>',
        "<blockquote><p>Quoted</p></blockquote>",
    ):
        assert part in clean


BODY = "<p>Before</p>{}<p>After</p>"


def stored_bodies():
    return list(Article.objects.values_list("body_en", "body_ru", "body_uz"))


def assert_all_stored_bodies_safe():
    bodies = [body for row in stored_bodies() for body in row if body]
    assert bodies
    for body in bodies:
        assert executable_parts(body) == [], body
        assert "<p>Before</p>" in body


@pytest.mark.django_db
def test_save_and_create_sanitize_every_language(category):
    for vector in XSS_VECTORS:
        article = make_article(
            category=category,
            body_en=BODY.format(vector),
            body_ru=BODY.format(vector),
            body_uz=BODY.format(vector),
        )
        article.save()
    assert_all_stored_bodies_safe()


@pytest.mark.django_db
def test_bulk_create_and_bulk_update_sanitize(category):
    articles = Article.objects.bulk_create(
        Article(
            title_en=f"t{number}",
            slug=f"t{number}",
            category=category,
            body_en=BODY.format(vector),
        )
        for number, vector in enumerate(XSS_VECTORS)
    )
    assert_all_stored_bodies_safe()
    articles = list(Article.objects.order_by("pk"))
    for article, vector in zip(articles, reversed(XSS_VECTORS), strict=True):
        article.body_ru = BODY.format(vector)
    Article.objects.bulk_update(articles, ["body_ru"])
    assert_all_stored_bodies_safe()


@pytest.mark.django_db
def test_queryset_update_sanitizes(category):
    article = make_article(category=category)
    for vector in XSS_VECTORS:
        Article.objects.filter(pk=article.pk).update(body_en=BODY.format(vector))
        assert_all_stored_bodies_safe()


@pytest.mark.django_db
def test_loaddata_sanitizes(category, tmp_path):
    now = timezone.now()
    articles = [
        Article(
            pk=number + 1000,
            title_en=f"f{number}",
            slug=f"f{number}",
            category=category,
            body_en=BODY.format(vector),
            body_uz=BODY.format(vector),
            created_at=now,
            updated_at=now,
        )
        for number, vector in enumerate(XSS_VECTORS)
    ]
    fixture = tmp_path / "articles.json"
    # Serialize the raw strings: the fixture holds the attack as sent.
    fixture.write_text(serializers.serialize("json", articles))
    assert "onerror" in fixture.read_text()
    call_command("loaddata", str(fixture), verbosity=0)
    assert Article.objects.count() == len(XSS_VECTORS)
    assert_all_stored_bodies_safe()


@pytest.mark.django_db
def test_admin_form_sanitizes_and_shows_the_stored_version(press_client, category):
    # Every picture described, as the form requires, so that it is saved.
    vectors = re.sub(r"(?i)<img\b", '<img alt="A picture"', " ".join(XSS_VECTORS))
    response = press_client.post(
        reverse("admin:news_article_add"),
        article_fields(
            category,
            body_en=BODY.format(vectors),
            body_ru=BODY.format(vectors),
            body_uz=BODY.format(vectors),
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert_all_stored_bodies_safe()
    article = Article.objects.get()
    change_form = press_client.get(
        reverse("admin:news_article_change", args=[article.pk])
    )
    assert "onerror=alert" not in change_form.content.decode()


@pytest.mark.parametrize(
    ("html", "valid"),
    [
        (
            '<figure class="image"><img src="/media/a.webp" alt="The hall"></figure>',
            True,
        ),
        ('<img src="/media/a.webp">', False),
        ('<img src="/media/a.webp" alt="  ">', False),
        ('<img src="https://evil.example/x.png">', True),  # removed, not shown
        ("<p>No pictures.</p>", True),
    ],
)
def test_every_picture_in_the_text_needs_a_description(html, valid):
    if valid:
        validate_image_descriptions(html)
    else:
        with pytest.raises(ValidationError, match="no description"):
            validate_image_descriptions(html)
