"""A published item withdrawn: it stays at its address with a notice, the
date and the reason, in every language, and leaves every list; or its
address sends visitors to another page. Only what visitors have seen may
be withdrawn, and the history records it."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from embassy.publishing import Status
from news.models import Article
from tests.gallery.factories import make_album
from tests.news.factories import article_fields, make_article
from tests.pages.factories import make_page, make_slide
from tests.sitemaps import listed

pytestmark = pytest.mark.django_db

REASON = {
    "withdrawal_reason_en": "Superseded by the statement of 3 May.",
    "withdrawal_reason_ru": "Заменено заявлением от 3 мая.",
    "withdrawal_reason_uz": "3-may bayonoti bilan almashtirildi.",
}


def change_url(item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


def withdraw_through_the_form(client, category, **overrides):
    """An article published through the admin, then withdrawn there."""
    data = article_fields(category, slug="statement")
    assert client.post(reverse("admin:news_article_add"), data).status_code == 302
    article = Article.objects.get(slug="statement")
    data = {**data, "based_on": article.updated_at.isoformat()}
    data.update(status=Status.WITHDRAWN, **overrides)
    return article, client.post(change_url(article), data)


def test_a_withdrawn_article_keeps_its_page_with_the_reason_in_each_language(
    client, category
):
    article = make_article(
        slug="statement", category=category, status=Status.WITHDRAWN, **REASON
    )
    assert article.withdrawn_at is not None
    notices = {
        "en": ("Withdrawn on", REASON["withdrawal_reason_en"]),
        "ru": ("Отозвано", REASON["withdrawal_reason_ru"]),
        "uz": ("qaytarib olingan", REASON["withdrawal_reason_uz"]),
    }
    for language, expected in notices.items():
        response = client.get(f"/{language}/news/statement/")
        assert response.status_code == 200, language
        html = response.text
        for text in expected:
            assert text in html, (language, text)
        assert article.body_en in html
        # Search engines drop it; nobody following an old link loses it.
        assert '<meta name="robots" content="noindex">' in html
        assert "This is not published" not in html


def test_a_reason_in_english_only_is_shown_marked_as_english(client):
    make_article(
        slug="statement",
        status=Status.WITHDRAWN,
        withdrawal_reason_en="Issued in error.",
    )
    html = client.get("/ru/news/statement/").text
    assert '<p lang="en">Issued in error.</p>' in html
    # The article's own texts are there in Russian, or so marked too.
    assert "shown in English" not in client.get("/en/news/statement/").text


def test_a_withdrawn_item_leaves_every_list_search_feed_and_the_sitemap(
    client, category
):
    kept = make_article(title_en="Kept statement", category=category)
    gone = make_article(
        title_en="Withdrawn statement",
        category=category,
        featured=True,
        status=Status.WITHDRAWN,
        **REASON,
    )
    album = make_album(title_en="Withdrawn album", status=Status.WITHDRAWN, **REASON)
    page = make_page(title_en="Withdrawn page", status=Status.WITHDRAWN, **REASON)
    for url in (
        "/en/",
        "/en/news/",
        category.get_absolute_url(),
        f"/en/news/{timezone.localtime(kept.publish_at).year}/",
        "/en/search/?q=statement",
        "/en/search/?q=album",
        reverse("news:feed"),
        reverse("news:feed_atom"),
        reverse("news:category_feed", args=[category.slug]),
        "/en/gallery/",
    ):
        text = client.get(url).text
        assert "Withdrawn" not in text, url
    assert "Kept statement" in client.get("/en/news/").text
    listed_paths = listed(client, r".*")
    for item in (gone, album, page):
        assert not any(item.slug in path for path in listed_paths), item
        assert client.get(item.get_absolute_url()).status_code == 200


def test_a_withdrawn_item_can_send_visitors_to_another_page(client):
    make_page(slug="statements")
    make_article(slug="old", status=Status.WITHDRAWN, redirect_to="/statements/")
    make_album(slug="old-album", status=Status.WITHDRAWN, redirect_to="https://mfa.uz/")
    for language in ("en", "ru", "uz"):
        response = client.get(f"/{language}/news/old/")
        assert response.status_code == 302
        assert response["Location"] == f"/{language}/statements/"
    assert client.get("/en/gallery/old-album/")["Location"] == "https://mfa.uz/"


def test_a_press_officer_withdraws_a_published_article_and_the_history_says_so(
    press_client, category
):
    article, response = withdraw_through_the_form(press_client, category, **REASON)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.status == Status.WITHDRAWN
    assert article.withdrawn_at is not None
    assert article.withdrawal_reason_ru == REASON["withdrawal_reason_ru"]
    latest = Version.objects.get_for_object(article).first()
    assert latest.field_dict["status"] == Status.WITHDRAWN
    assert "Reason for withdrawal" in latest.revision.get_comment()
    history = press_client.get(
        reverse("admin:news_article_history", args=[article.pk])
    ).text
    assert "Reason for withdrawal" in history


def test_a_withdrawal_without_a_reason_or_an_address_is_refused(press_client, category):
    article, response = withdraw_through_the_form(press_client, category)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["withdrawal_reason_en"] == [
        "Say why it is withdrawn, or where visitors are sent."
    ]
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


def test_a_draft_or_a_scheduled_item_cannot_be_withdrawn(press_client, category):
    """A withdrawn item is public at its address: withdrawing a draft would
    publish it."""
    data = article_fields(category, slug="draft", status=Status.DRAFT)
    assert press_client.post(reverse("admin:news_article_add"), data).status_code == 302
    article = Article.objects.get(slug="draft")
    now = timezone.now()
    for status, publish_at in (
        (Status.DRAFT, now - datetime.timedelta(days=1)),
        (Status.PUBLISHED, now + datetime.timedelta(days=1)),
    ):
        Article.objects.filter(pk=article.pk).update(
            status=status, publish_at=publish_at
        )
        local = timezone.localtime(publish_at)
        data.update(
            based_on=Article.objects.get(pk=article.pk).updated_at.isoformat(),
            status=Status.WITHDRAWN,
            publish_at_0=local.date().isoformat(),
            publish_at_1=local.time().replace(microsecond=0).isoformat(),
            **REASON,
        )
        response = press_client.post(change_url(article), data)
        assert response.status_code == 200, status
        assert "status" in response.context["adminform"].form.errors
        assert Client().get("/en/news/draft/").status_code == 404


def test_a_new_item_cannot_be_added_withdrawn(press_client, category):
    data = article_fields(category, status=Status.WITHDRAWN, **REASON)
    response = press_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 200
    assert not Article.objects.exists()


def test_published_again_it_is_back_in_the_lists_and_its_notice_gone(client):
    article = make_article(
        slug="statement", title_en="Returned statement", status=Status.WITHDRAWN
    )
    article.status = Status.PUBLISHED
    article.save()
    assert article.withdrawn_at is None
    assert "Returned statement" in client.get("/en/news/").text
    assert "Withdrawn on" not in client.get("/en/news/statement/").text


def test_a_cached_list_loses_the_item_once_it_is_withdrawn(client):
    article = make_article(slug="statement", title_en="Statement on trade")
    assert "Statement on trade" in client.get("/en/news/").text
    assert "Statement on trade" in client.get("/en/news/").text  # from the cache
    article.refresh_from_db()
    article.status = Status.WITHDRAWN
    article.withdrawal_reason_en = "Issued in error."
    article.save()
    assert "Statement on trade" not in client.get("/en/news/").text
    assert "Issued in error." in client.get("/en/news/statement/").text


def test_a_withdrawn_section_hides_its_pages_as_a_draft_one_does(client):
    section = make_page(slug="visit", status=Status.WITHDRAWN, **REASON)
    make_page(parent=section, slug="programme")
    assert client.get("/en/visit/").status_code == 200
    assert client.get("/en/visit/programme/").status_code == 404


def test_items_without_a_page_of_their_own_offer_no_withdrawal(client_in_role):
    editor = client_in_role("Site editors", username="editor")
    slide = make_slide()
    form = editor.get(change_url(slide)).context["adminform"].form
    assert Status.WITHDRAWN not in dict(form.fields["status"].choices)


def test_the_notice_gives_the_date_of_withdrawal_in_the_sites_time_zone(
    client, settings
):
    settings.TIME_ZONE = "Asia/Tashkent"
    # 20:30 UTC is 01:30 the next day in Tashkent.
    withdrawn_at = datetime.datetime(2026, 5, 3, 20, 30, tzinfo=datetime.UTC)
    article = make_article(slug="statement", status=Status.WITHDRAWN, **REASON)
    Article.objects.filter(pk=article.pk).update(withdrawn_at=withdrawn_at)
    assert timezone.localtime(withdrawn_at).day == 4
    assert "Withdrawn on May 4, 2026" in client.get("/en/news/statement/").text


def test_a_withdrawal_cannot_send_visitors_back_to_its_own_address(
    press_client, category
):
    article, response = withdraw_through_the_form(
        press_client, category, redirect_to="/news/statement/"
    )
    assert response.context["adminform"].form.errors["redirect_to"] == [
        "Visitors would be sent back to where they are."
    ]
