"""Revisions: every save through the admin keeps one; the history compares
any two, or one with the item as it is, and restores one as a new
revision, through the same checks as any save."""

import pytest
import reversion
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from gallery.models import Photo
from news.models import Article
from pages.models import Page
from tests.conftest import BACKEND
from tests.gallery.factories import album_form, make_album, make_photo
from tests.images import image_bytes
from tests.news.factories import article_fields, make_article
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def save_three_times(client, category):
    add = reverse("admin:news_article_add")
    first = article_fields(
        category, title_ru="Встреча в Женеве", body_en="<p>The ministers met.</p>"
    )
    assert client.post(add, first).status_code == 302
    article = Article.objects.get()
    change = reverse("admin:news_article_change", args=[article.pk])
    second = {**first, "body_en": "<p>The <strong>two</strong> ministers met.</p>"}
    assert client.post(change, second).status_code == 302
    third = {**second, "title_ru": "Встреча министров в Женеве"}
    assert client.post(change, third).status_code == 302
    return article, change, third


def versions_of(item):
    return list(Version.objects.get_for_object(item).order_by("pk"))


def compare(client, article, old, new):
    url = reverse("admin:news_article_compare", args=[article.pk])
    return client.get(url, {"old": old, "new": new})


def test_each_save_keeps_a_revision_with_who_and_what(press_client, category):
    article, _change, _data = save_three_times(press_client, category)
    versions = versions_of(article)
    assert len(versions) == 3
    assert {v.revision.user.username for v in versions} == {"press"}
    assert "Body" in versions[1].revision.get_comment()
    history = press_client.get(reverse("admin:news_article_history", args=[article.pk]))
    assert history.status_code == 200
    assert history.content.decode().count('name="old"') == 3


def test_two_revisions_compare_as_text_field_by_field_and_language(
    press_client, category
):
    article, _change, _data = save_three_times(press_client, category)
    first, second, third = (v.pk for v in versions_of(article))
    response = compare(press_client, article, first, third)
    assert response.status_code == 200
    rows = response.context["rows"]
    labels = [label for label, _before, _after in rows]
    assert labels == ["Title (Russian)", "Body (English)"]
    body = {label: (before, after) for label, before, after in rows}
    before, after = body["Body (English)"]
    # The words a reader sees, the added one marked; never the markup.
    assert str(before) == "The ministers met."
    assert str(after) == "The <ins>two </ins>ministers met."
    assert "strong" not in response.content.decode().split("<table")[1]
    # The newer one always on the right, whichever way they are asked.
    assert compare(press_client, article, third, first).context["rows"] == rows


def test_a_revision_compares_with_the_item_as_it_is(press_client, category):
    article, _change, _data = save_three_times(press_client, category)
    latest = versions_of(article)[-1].pk
    assert compare(press_client, article, latest, "current").context["rows"] == []
    Article.objects.filter(pk=article.pk).update(title_en="Changed elsewhere")
    rows = compare(press_client, article, latest, "current").context["rows"]
    assert [(label, str(after)) for label, _before, after in rows] == [
        ("Title (English)", "<ins>Changed elsewhere</ins>")
    ]


def test_a_comparison_asked_wrongly_is_refused(press_client, category):
    article, _change, _data = save_three_times(press_client, category)
    assert compare(press_client, article, "x", "current").status_code == 400
    missing = compare(press_client, article, "999999", "current")
    history = reverse("admin:news_article_history", args=[article.pk])
    assert (missing.status_code, missing["Location"]) == (302, history)


def test_revisions_are_shown_only_to_who_may_see_the_item(client_in_role, category):
    article = make_article(category=category)
    gallery_editor = client_in_role("Gallery editors")
    url = reverse("admin:news_article_compare", args=[article.pk])
    assert gallery_editor.get(url, {"old": "1", "new": "current"}).status_code == 403
    history = reverse("admin:news_article_history", args=[article.pk])
    assert gallery_editor.get(history).status_code == 403


def test_a_restored_revision_is_saved_as_a_new_one_through_the_sanitizer(
    press_client, category
):
    article, _change, data = save_three_times(press_client, category)
    first = versions_of(article)[0]
    url = reverse("admin:news_article_revision", args=[article.pk, first.pk])
    form = press_client.get(url)
    assert form.status_code == 200
    assert "The ministers met." in form.content.decode()
    # Opening a revision changes nothing.
    article.refresh_from_db()
    assert article.title_ru == "Встреча министров в Женеве"
    restored = {
        **data,
        "title_ru": "Встреча в Женеве",
        "body_en": '<p>The ministers met.</p><script>alert("x")</script>',
    }
    assert press_client.post(url, restored).status_code == 302
    article.refresh_from_db()
    assert article.title_ru == "Встреча в Женеве"
    assert "<script" not in article.body_en and "The ministers met." in article.body_en
    versions = versions_of(article)
    assert len(versions) == 4
    assert "Reverted" in versions[-1].revision.get_comment()


def test_a_restored_revision_keeps_the_pictures_the_item_has_now(
    press_client, category
):
    """A cover replaced since was deleted with its renditions: the restored
    article keeps its current one, whose files exist."""

    def cover(color):
        return SimpleUploadedFile("cover.jpg", image_bytes(color=color))

    add = reverse("admin:news_article_add")
    data = article_fields(category, cover_alt_en="The hall")
    assert (
        press_client.post(add, {**data, "cover": cover((200, 0, 0))}).status_code == 302
    )
    article = Article.objects.get()
    change = reverse("admin:news_article_change", args=[article.pk])
    later = {**data, "title_en": "A later title", "cover": cover((0, 0, 200))}
    assert press_client.post(change, later).status_code == 302
    article.refresh_from_db()
    current = article.cover.name
    first = versions_of(article)[0]
    url = reverse("admin:news_article_revision", args=[article.pk, first.pk])
    assert press_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.title_en == data["title_en"]
    assert article.cover.name == current
    assert article.cover.storage.exists(current)


def test_restoring_an_album_leaves_its_photos(client_in_role):
    """An album's revision is its texts: photos uploaded since stay."""
    editor = client_in_role("Gallery editors")
    album = make_album(title_en="Reception", slug="reception")
    change = reverse("admin:gallery_album_change", args=[album.pk])
    form = album_form(album)
    assert editor.post(change, form).status_code == 302
    photo = make_photo(album)
    assert editor.post(change, {**form, "title_en": "National day"}).status_code == 302
    first = versions_of(album)[0]
    url = reverse("admin:gallery_album_revision", args=[album.pk, first.pk])
    assert editor.get(url).status_code == 200
    assert editor.post(url, form).status_code == 302
    album.refresh_from_db()
    assert album.title_en == "Reception"
    assert Photo.objects.filter(pk=photo.pk).exists()
    assert photo.image.storage.exists(photo.image.name)


def test_a_revision_is_restored_only_through_its_own_kind_by_its_editors(
    press_client, category, django_user_model
):
    """reversion's views find a version by its number alone: a gallery
    editor could otherwise restore an article through the albums."""
    article, _change, _data = save_three_times(press_client, category)
    version = versions_of(article)[0]
    user = django_user_model.objects.create_user("gallery", is_staff=True)
    user.groups.add(Group.objects.get(name="Gallery editors"))
    gallery_editor = Client()
    gallery_editor.force_login(user, backend=BACKEND)
    for url in (
        # No album has the article's number: reversion's view would take
        # the admin's answer for a missing album as a restore to keep.
        reverse("admin:gallery_album_revision", args=[article.pk, version.pk]),
        reverse("admin:gallery_album_recover", args=[version.pk]),
    ):
        assert gallery_editor.post(url, {}).status_code in (302, 404)
        assert gallery_editor.get(url).status_code in (302, 404)
    article.refresh_from_db()
    assert article.title_ru == "Встреча министров в Женеве"
    # Nor recovered while it exists.
    recover = reverse("admin:news_article_recover", args=[version.pk])
    assert press_client.get(recover).status_code in (302, 404)


def test_a_restore_after_a_colleagues_save_is_refused(press_client, category):
    article, _change, data = save_three_times(press_client, category)
    first = versions_of(article)[0]
    url = reverse("admin:news_article_revision", args=[article.pk, first.pk])
    form = press_client.get(url)
    based_on = form.context["adminform"].form["based_on"].value()
    # A colleague saves meanwhile.
    Article.objects.get(pk=article.pk).save()
    restored = {**data, "title_ru": "Встреча в Женеве", "based_on": based_on}
    refused = press_client.post(url, restored)
    assert refused.status_code == 200
    assert "after you opened it" in str(refused.context["adminform"].form.errors)
    article.refresh_from_db()
    assert article.title_ru == "Встреча министров в Женеве"


def test_a_restored_page_takes_its_subpages_along():
    """A page's address comes from its parent and slug, not from the
    revision: restoring an old slug moves the pages below it."""
    about = make_page(slug="about", title_en="About")
    with reversion.create_revision():
        about.save()
    child = make_page(slug="history", parent=about)
    about.slug = "mission"
    about.save()
    assert Page.objects.get(pk=child.pk).path == "mission/history"
    versions_of(about)[0].revert()
    restored = Page.objects.get(pk=about.pk)
    restored.save()  # as the restore's form saves it
    assert restored.path == "about"
    assert Page.objects.get(pk=child.pk).path == "about/history"


def test_a_deleted_article_is_recovered_from_its_last_revision(press_client, category):
    article, _change, _data = save_three_times(press_client, category)
    last = versions_of(article)[-1]
    delete = reverse("admin:news_article_delete", args=[article.pk])
    assert press_client.post(delete, {"post": "yes"}).status_code == 302
    recover = reverse("admin:news_article_recover", args=[last.pk])
    form = press_client.get(recover)
    assert form.status_code == 200
    assert "Встреча министров в Женеве" in form.content.decode()


def test_who_may_not_change_an_item_opens_none_of_its_revisions(
    press_client, category, django_user_model
):
    article, _change, _data = save_three_times(press_client, category)
    first = versions_of(article)[0]
    user = django_user_model.objects.create_user("site", is_staff=True)
    user.groups.add(Group.objects.get(name="Site editors"))
    site_editor = Client()
    site_editor.force_login(user, backend=BACKEND)
    revision = reverse("admin:news_article_revision", args=[article.pk, first.pk])
    assert site_editor.get(revision).status_code == 403
    missing = reverse("admin:news_article_revision", args=[999999, first.pk])
    assert press_client.get(missing).status_code in (302, 404)
    compare = reverse("admin:news_article_compare", args=[999999])
    assert press_client.get(compare, {"old": first.pk}).status_code in (302, 404)
