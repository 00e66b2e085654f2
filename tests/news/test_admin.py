"""The newsroom in the admin, as a press officer uses it."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from embassy.publishing import Status
from news.models import Article
from tests.conftest import BACKEND
from tests.images import HTML, SVG, bomb_png, gps_exif, image_bytes, large_png
from tests.news.factories import article_fields, make_article

pytestmark = pytest.mark.django_db


def test_press_officer_publishes_an_article_with_a_cover(
    press_client, category, press_officer
):
    cover = SimpleUploadedFile(
        "IMG_0001.jpg", image_bytes("JPEG", size=(1600, 900), exif=gps_exif())
    )
    data = article_fields(category, cover=cover, cover_alt_en="Delegates in the hall")
    response = press_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.author == press_officer
    assert article.status == Status.PUBLISHED
    assert "IMG_0001" not in article.cover.name
    with article.cover.open() as stored:
        assert not Image.open(stored).getexif()
    # Renditions exist as soon as the article is saved, in both formats.
    for rendition, image_format in [
        (article.cover_small_webp, "WEBP"),
        (article.cover_small_jpeg, "JPEG"),
        (article.cover_large_webp, "WEBP"),
        (article.cover_large_jpeg, "JPEG"),
    ]:
        assert rendition.storage.exists(rendition.name), rendition.name
        with rendition.storage.open(rendition.name) as stored:
            image = Image.open(io.BytesIO(stored.read()))
        assert image.format == image_format
        assert not image.getexif()
    page = press_client.get(article.get_absolute_url()).content.decode()
    assert article.cover_large_webp.url in page
    assert 'alt="Delegates in the hall"' in page


def test_a_replaced_cover_is_shown_by_its_own_renditions(press_client, category):
    """Pages remember renditions' addresses: a new cover has new ones."""

    def save(url, color):
        cover = SimpleUploadedFile("cover.jpg", image_bytes(color=color))
        data = article_fields(category, cover=cover, cover_alt_en="The hall")
        assert press_client.post(url, data).status_code == 302
        article = Article.objects.get()
        page = press_client.get(article.get_absolute_url()).content.decode()
        return article.cover_large_webp.url, page

    old, page = save(reverse("admin:news_article_add"), (200, 30, 30))
    assert old in page
    article = Article.objects.get()
    new, page = save(reverse("admin:news_article_change", args=[article.pk]), (0, 0, 0))
    assert new != old
    assert new in page and old not in page


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (HTML, "photo.jpg", "“photo.jpg” is not an image we can use"),
        (SVG, "logo.svg", "“logo.svg” is not an image we can use"),
        (bomb_png(), "bomb.png", "“bomb.png” has too many pixels"),
        (large_png(16), "big.png", "the largest image accepted is 15.0"),
    ],
    ids=["html-as-jpg", "svg", "bomb", "16MB"],
)
def test_a_refused_cover_is_explained_and_nothing_is_saved(
    press_client, category, media_root, content, name, message
):
    cover = SimpleUploadedFile(name, content, content_type="image/jpeg")
    data = article_fields(category, cover=cover, cover_alt_en="x")
    response = press_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()
    assert not media_root.exists() or not any(media_root.rglob("*.*"))
    # What the officer typed is still in the form.
    assert "Minister meets the High Commissioner" in response.content.decode()


def test_a_cover_needs_a_description(press_client, category):
    cover = SimpleUploadedFile("c.png", image_bytes("PNG"))
    response = press_client.post(
        reverse("admin:news_article_add"), article_fields(category, cover=cover)
    )
    assert response.status_code == 200
    assert "Describe the cover" in response.content.decode()


@pytest.mark.parametrize("slug", ["feed", "category", "archive"])
def test_reserved_slugs_are_refused(press_client, category, slug):
    response = press_client.post(
        reverse("admin:news_article_add"), article_fields(category, slug=slug)
    )
    assert response.status_code == 200
    assert "is reserved" in response.content.decode()


def test_end_time_must_follow_publish_time(press_client, category):
    data = article_fields(category, end_at_0="2000-01-01", end_at_1="00:00:00")
    response = press_client.post(reverse("admin:news_article_add"), data)
    assert "must come after the publish time" in response.content.decode()


def test_article_list_shows_status_publish_time_and_category(press_client, category):
    make_article(category=category, title_en="Listed", status=Status.DRAFT)
    html = press_client.get(reverse("admin:news_article_changelist")).content.decode()
    assert "Listed" in html and "Draft" in html and category.name_en in html
    assert "column-publish_at" in html


def test_change_form_has_every_language_and_the_editor(press_client, category):
    article = make_article(category=category)
    html = press_client.get(
        reverse("admin:news_article_change", args=[article.pk])
    ).content.decode()
    for field in ("title_en", "title_ru", "title_uz", "body_en", "body_ru", "body_uz"):
        assert f'name="{field}"' in html
    assert "django_ckeditor_5/dist/bundle.js" in html
    assert reverse("editor_image_upload") in html
    assert "googleapis" not in html


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        (reverse("admin:news_article_changelist"), True),
        (reverse("admin:news_article_add"), True),
        (reverse("admin:news_category_changelist"), True),
        (reverse("admin:news_category_add"), True),
        (reverse("admin:auth_user_changelist"), False),
        (reverse("admin:auth_group_changelist"), False),
    ],
)
def test_press_officers_reach_the_news_and_nothing_else(press_client, url, allowed):
    assert press_client.get(url).status_code == (200 if allowed else 403)


def test_staff_without_a_role_has_nothing_to_edit(client, staff_without_role):
    client.force_login(staff_without_role, backend=BACKEND)
    assert client.get(reverse("admin:news_article_changelist")).status_code == 403
    index = client.get(reverse("admin:index"))
    assert (
        "You don’t have permission to view or edit anything." in index.content.decode()
    )


def test_publish_action_puts_an_old_draft_live_now(press_client, category):
    written_last_week = timezone.now() - timedelta(days=7)
    scheduled = timezone.now() + timedelta(days=1)
    draft = make_article(
        category=category, status=Status.DRAFT, publish_at=written_last_week
    )
    future = make_article(category=category, status=Status.DRAFT, publish_at=scheduled)
    before = timezone.now()
    press_client.post(
        reverse("admin:news_article_changelist"),
        {"action": "publish", "_selected_action": [draft.pk, future.pk]},
    )
    after = timezone.now()
    draft.refresh_from_db()
    future.refresh_from_db()
    assert draft.status == future.status == Status.PUBLISHED
    # "Now" is whenever the action ran, which no fixed margin bounds on a
    # loaded machine: it ran between these two readings of the clock.
    assert before <= draft.publish_at <= after
    assert future.publish_at == scheduled
    assert list(Article.objects.live()) == [draft]


def test_a_picture_without_description_is_refused_with_a_message(
    press_client, category
):
    body = '<figure class="image"><img src="/media/renditions/a.png"></figure>'
    response = press_client.post(
        reverse("admin:news_article_add"), article_fields(category, body_en=body)
    )
    assert response.status_code == 200
    assert "A picture in the text has no description" in response.content.decode()
    assert not Article.objects.exists()
