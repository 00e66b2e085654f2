"""A translation is out of date once the English text changes after it was
last edited: the admin lists each item's state per language and a page the
coverage of every content type; visitors reading an out-of-date
translation are told, with a link to the English text."""

import datetime
import itertools

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from embassy.translated import State
from news.models import Article
from pages.models import Page
from tests.news.factories import make_article
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db


def translated_article(**fields):
    return make_article(
        slug="statement",
        title_ru="Заявление",
        body_ru="<p>Текст.</p>",
        title_uz="Bayonot",
        body_uz="<p>Matn.</p>",
        **fields,
    )


def states(item):
    item.refresh_from_db()
    return {code: item.translation_state(code) for code in ("en", "ru", "uz")}


def test_changing_english_puts_the_translations_out_of_date_until_edited():
    article = translated_article()
    assert states(article) == {"en": "current", "ru": "current", "uz": "current"}
    article.body_en = "<p>A new paragraph.</p>"
    article.save()
    assert states(article) == {"en": "current", "ru": "outdated", "uz": "outdated"}
    article.body_ru = "<p>Новый абзац.</p>"
    article.save()
    assert states(article) == {"en": "current", "ru": "current", "uz": "outdated"}
    # A save that changes no text (the status) dates nothing.
    article.status = Status.DRAFT
    article.save()
    assert states(article) == {"en": "current", "ru": "current", "uz": "outdated"}


def test_an_item_without_a_translation_has_it_missing():
    article = make_article(title_ru="Заявление")
    assert states(article) == {"en": "current", "ru": "current", "uz": "missing"}


def test_the_query_and_the_item_agree_on_every_state():
    """The coverage page and the filter count with in_state(); the pages
    and the list show translation_state(): one rule, held equal here."""
    now = timezone.now()
    moments = [None, now - datetime.timedelta(days=1), now]
    for number, (title, source, edited) in enumerate(
        itertools.product(["", "Заявление"], moments, moments)
    ):
        article = make_article(slug=f"a-{number}", title_ru=title)
        Article.objects.filter(pk=article.pk).update(edited_en=source, edited_ru=edited)
    for state in State.values:
        by_query = set(
            Article.objects.filter(Article.in_state("ru", state)).values_list(
                "slug", flat=True
            )
        )
        by_item = {
            article.slug
            for article in Article.objects.all()
            if article.translation_state("ru") == state
        }
        assert by_query == by_item, state
        assert by_query, state


def test_a_visitor_reading_an_outdated_translation_is_told_and_linked_to_english(
    client,
):
    article = translated_article()
    assert "English text was changed" not in client.get("/ru/news/statement/").text
    article.body_en = "<p>A new paragraph.</p>"
    article.save()
    for language, note in (
        ("ru", "Английский текст был изменён"),
        ("uz", "Inglizcha matn"),
    ):
        html = client.get(f"/{language}/news/statement/").text
        assert note in html, language
        assert '<a href="/en/news/statement/" hreflang="en">' in html
    assert "English text was changed" not in client.get("/en/news/statement/").text


def test_the_article_list_shows_and_filters_the_state_of_each_language(press_client):
    current = translated_article()
    outdated = make_article(slug="outdated", title_ru="Устарело")
    Article.objects.filter(pk=outdated.pk).update(
        edited_ru=outdated.edited_en - datetime.timedelta(days=1)
    )
    make_article(slug="english-only")
    url = reverse("admin:news_article_changelist")
    html = press_client.get(url).text
    assert (
        '<span class="translation-state translation-state--outdated">'
        "RU: out of date</span>" in html
    )
    listed = press_client.get(url, {"translation": "ru-outdated"}).context["cl"]
    assert [article.slug for article in listed.result_list] == ["outdated"]
    listed = press_client.get(url, {"translation": "ru-missing"}).context["cl"]
    assert [article.slug for article in listed.result_list] == ["english-only"]
    listed = press_client.get(url, {"translation": "ru-current"}).context["cl"]
    assert [article.slug for article in listed.result_list] == [current.slug]


def test_an_editor_marks_a_checked_translation_current(press_client):
    article = translated_article()
    article.body_en = "<p>A new paragraph.</p>"
    article.save()
    response = press_client.post(
        reverse("admin:news_article_changelist"),
        {"action": "mark_ru_current", "_selected_action": [article.pk]},
        follow=True,
    )
    assert "1 Russian translation marked current." in response.text
    assert states(article) == {"en": "current", "ru": "current", "uz": "outdated"}
    assert "English text was changed" not in Client().get("/ru/news/statement/").text


def test_the_coverage_page_counts_each_kind_the_user_may_see(client_in_role):
    translated_article()
    make_article(slug="english-only")
    stale = make_article(slug="stale", title_ru="Устарело", title_uz="Eskirgan")
    Article.objects.filter(pk=stale.pk).update(edited_ru=None)
    make_page(title_ru="Миссия")
    press = client_in_role("Press officers", username="press")
    response = press.get(reverse("admin:translations"))
    assert response.status_code == 200
    rows = {str(row["name"]): row for row in response.context["rows"]}
    # Press officers see articles, not the site editors' pages.
    assert "pages" not in rows
    articles = rows["articles"]
    assert articles["total"] == 3
    counts = [[count for count, _url in language] for language in articles["languages"]]
    # [current, out of date, missing] for Russian, then Uzbek.
    assert counts == [[1, 1, 1], [2, 0, 1]]
    assert '?translation=ru-outdated">1</a>' in response.text
    editor = client_in_role("Site editors", username="editor")
    rows = {
        str(row["name"]): row
        for row in editor.get(reverse("admin:translations")).context["rows"]
    }
    assert rows["pages"]["total"] == Page.objects.count() == 1
    assert "articles" not in rows
