"""The public news: filtering, bad input, languages and the query budget."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from tests.news.factories import make_article, make_category
from tests.queries import page_queries

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["article_list"]]


def error_notice(response):
    """The text of the notice that lists what was not understood."""
    match = re.search(
        r'<div class="notice notice--error".*?</div>', response.content.decode(), re.S
    )
    return match.group(0) if match else ""


def at(year, month, day):
    return timezone.make_aware(datetime(year, month, day, 12))


class TestFiltering:
    @pytest.fixture(autouse=True)
    def news(self):
        self.meetings = make_category(name_en="Meetings", slug="meetings")
        self.tourism = make_category(name_en="Tourism", slug="tourism")
        make_article(
            title_en="Ambassador meets the Director-General",
            category=self.meetings,
            publish_at=at(2025, 3, 10),
        )
        make_article(
            title_en="Samarkand welcomes visitors",
            title_ru="Самарканд встречает гостей",
            body_en="<p>The <strong>Registan</strong> square.</p>",
            category=self.tourism,
            publish_at=at(2026, 5, 1),
        )
        make_article(
            title_en="Khiva festival", category=self.tourism, publish_at=at(2024, 9, 1)
        )

    def test_category_query_and_category_page_agree(self, client):
        by_query = client.get(reverse("news:article_list"), {"category": "tourism"})
        by_path = client.get(reverse("news:category", kwargs={"slug": "tourism"}))
        expected = ["Samarkand welcomes visitors", "Khiva festival"]
        assert titles(by_query) == titles(by_path) == expected

    def test_category_query_names_the_category_page_as_canonical(self, client):
        html = client.get(
            reverse("news:article_list"), {"category": "tourism"}
        ).content.decode()
        assert (
            '<link rel="canonical" href="http://testserver/en/news/category/tourism/">'
            in html
        )
        assert "<h1>Tourism</h1>" in html

    def test_text_search_looks_in_title_and_body(self, client):
        url = reverse("news:article_list")
        assert titles(client.get(url, {"q": "director"})) == [
            "Ambassador meets the Director-General"
        ]
        assert titles(client.get(url, {"q": "registan"})) == [
            "Samarkand welcomes visitors"
        ]

    def test_text_search_is_in_the_visitors_language(self, client):
        english = reverse("news:article_list")
        with translation.override("ru"):
            russian = reverse("news:article_list")
        found = client.get(russian, {"q": "Самарканд"}).context["article_list"]
        assert [article.title_en for article in found] == [
            "Samarkand welcomes visitors"
        ]
        assert (
            list(client.get(english, {"q": "Самарканд"}).context["article_list"]) == []
        )

    def test_date_range_is_inclusive(self, client):
        response = client.get(
            reverse("news:article_list"),
            {"date_after": "2025-03-10", "date_before": "2026-05-01"},
        )
        assert titles(response) == [
            "Samarkand welcomes visitors",
            "Ambassador meets the Director-General",
        ]

    def test_filters_combine(self, client):
        response = client.get(
            reverse("news:article_list"),
            {"category": "tourism", "date_before": "2025-12-31"},
        )
        assert titles(response) == ["Khiva festival"]

    @pytest.mark.parametrize(
        ("query", "named"),
        [
            ({"category": "<script>alert(1)</script>"}, "Category:"),
            ({"category": "nope"}, "Category:"),
            ({"date_after": "notadate"}, "Published between:"),
            ({"date_before": "2025-13-45"}, "Published between:"),
            ({"date_after": "0001-01-01"}, "Published between:"),
            ({"date_before": "9999-12-31"}, "Published between:"),
            (
                {"date_after": "2026-05-01", "date_before": "2025-01-01"},
                "The first date comes after the second.",
            ),
            ({"page": "abc"}, "Page:"),
            ({"page": "<script>alert(1)</script>"}, "Page:"),
            ({"page": "²"}, "Page:"),
            ({"page": "0"}, "Page:"),
            ({"page": "-1"}, "Page:"),
        ],
    )
    def test_value_not_understood_answers_400_naming_it(self, client, query, named):
        response = client.get(reverse("news:article_list"), query)
        assert response.status_code == 400
        notice = error_notice(response)
        assert "was not understood" in notice
        assert named in notice
        assert "<script>" not in response.content.decode()
        # The rest of the list is still there.
        assert len(response.context["article_list"]) == 3

    def test_dates_are_shown_back_only_when_understood(self, client):
        url = reverse("news:article_list")
        html = client.get(url, {"date_after": "x<b>"}).content.decode()
        assert 'name="date_after" id="id_date_0" value=""' in html
        html = client.get(
            url, {"date_after": "2025-01-02", "date_before": "2025-03-10"}
        ).content.decode()
        assert 'name="date_after" id="id_date_0" value="2025-01-02"' in html
        assert 'name="date_before" id="id_date_1" value="2025-03-10"' in html

    def test_a_valid_list_has_no_error_notice(self, client):
        response = client.get(reverse("news:article_list"), {"category": "tourism"})
        assert response.status_code == 200
        assert error_notice(response) == ""

    def test_a_page_number_too_long_to_be_a_page_is_404(self, client):
        response = client.get(reverse("news:article_list"), {"page": "9" * 5000})
        assert response.status_code == 404

    def test_invalid_value_is_dropped_the_valid_ones_kept(self, client):
        response = client.get(
            reverse("news:article_list"),
            {"category": "tourism", "date_after": "notadate"},
        )
        assert response.status_code == 400
        assert titles(response) == ["Samarkand welcomes visitors", "Khiva festival"]

    def test_page_past_the_end_is_404(self, client):
        response = client.get(reverse("news:article_list"), {"page": "99999"})
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()

    def test_unknown_category_path_is_404(self, client):
        response = client.get(reverse("news:category", kwargs={"slug": "nope"}))
        assert response.status_code == 404

    def test_unknown_article_is_404(self, client):
        response = client.get(reverse("news:article_detail", kwargs={"slug": "nope"}))
        assert response.status_code == 404

    def test_empty_result_says_so(self, client):
        response = client.get(reverse("news:article_list"), {"q": "zzzz"})
        assert response.status_code == 200
        assert "No news matches your search." in response.content.decode()


def test_pagination_links_keep_the_filters(client, category):
    for _ in range(13):
        make_article(category=category)
    response = client.get(reverse("news:article_list"), {"category": category.slug})
    html = response.content.decode()
    assert f"?category={category.slug}&amp;page=2" in html
    second = client.get(
        reverse("news:article_list"), {"category": category.slug, "page": 2}
    )
    assert len(second.context["article_list"]) == 1


def test_article_page_shows_date_category_source_and_related(client, category):
    article = make_article(
        category=category,
        title_en="Mission news",
        source_name_en="UzA",
        source_url="https://uza.uz/en/posts/1",
        body_en="<p>Full <strong>text</strong>.</p>",
    )
    related = make_article(category=category, title_en="Earlier news")
    make_article(title_en="Other category news")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "<h1>Mission news</h1>" in html
    assert "<p>Full <strong>text</strong>.</p>" in html
    assert 'href="https://uza.uz/en/posts/1"' in html and ">UzA</a>" in html
    assert category.name in html
    assert timezone.localtime(article.publish_at).strftime("%Y-%m-%d") in html
    assert list(response.context["related_articles"]) == [related]
    assert "Other category news" not in html


MACHINE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


@pytest.mark.parametrize("url", ["article", "list"])
def test_times_for_machines_are_whole_seconds_with_the_offset(client, settings, url):
    settings.TIME_ZONE = "Asia/Tashkent"
    published = datetime(2026, 3, 21, 9, 30, 15, 123456, tzinfo=UTC)
    article = make_article(publish_at=published)
    address = {
        "article": article.get_absolute_url(),
        "list": reverse("news:article_list"),
    }[url]
    html = client.get(address).content.decode()
    times = re.findall(r'<time datetime="([^"]*)"', html)
    assert times
    for value in times:
        assert MACHINE_TIME.match(value), value
    # In the site's time zone, with its offset.
    assert "2026-03-21T14:30:15+05:00" in times


class TestLanguages:
    @pytest.fixture
    def article(self, category):
        return make_article(
            category=category,
            slug="visit",
            title_en="Official visit",
            title_ru="Официальный визит",
            title_uz="Rasmiy tashrif",
            body_en="<p>English body.</p>",
        )

    @pytest.mark.parametrize(
        ("language", "title"),
        [
            ("en", "Official visit"),
            ("ru", "Официальный визит"),
            ("uz", "Rasmiy tashrif"),
        ],
    )
    def test_each_language_shows_its_translation(
        self, client, article, language, title
    ):
        with translation.override(language):
            url = article.get_absolute_url()
        assert url == f"/{language}/news/visit/"
        html = client.get(url).content.decode()
        assert f"<h1>{title}</h1>" in html
        assert f'<html lang="{language}">' in html

    def test_missing_translation_falls_back_to_english_and_says_so(
        self, client, category
    ):
        article = make_article(
            category=category, slug="only-en", title_en="Only English"
        )
        with translation.override("ru"):
            html = client.get(article.get_absolute_url()).content.decode()
        assert '<h1 lang="en">Only English</h1>' in html
        assert '<div class="prose" lang="en">' in html
        assert html.count('class="notice" role="note"') == 1

    def test_each_field_falls_back_on_its_own(self, client, category):
        category.name_ru = "Встречи"
        category.save()
        article = make_article(
            category=category,
            slug="half",
            title_en="Half translated",
            title_ru="Наполовину переведено",
            summary_en="English summary.",
            summary_ru="Русская аннотация.",
            body_en="<p>English body.</p>",
        )
        with translation.override("ru"):
            html = client.get(article.get_absolute_url()).content.decode()
        assert "<h1>Наполовину переведено</h1>" in html
        assert '<p class="lead">Русская аннотация.</p>' in html
        assert '<div class="prose" lang="en"><p>English body.</p></div>' in html
        assert html.count('class="notice" role="note"') == 1
        assert ">Встречи</a>" in html

    def test_a_fully_translated_article_has_no_notice(self, client, article):
        article.summary_ru = article.summary_en
        article.body_ru = "<p>Текст.</p>"
        article.save()
        article.category.name_ru = "Визиты"
        article.category.save()
        with translation.override("ru"):
            html = client.get(article.get_absolute_url()).content.decode()
        assert 'class="notice" role="note"' not in html
        assert (
            'lang="en"'
            not in html.split("<main")[1].split('<section class="related"')[0]
        )

    def test_hreflang_names_only_real_translations(self, client, category):
        article = make_article(
            category=category, slug="two", title_en="Two", title_ru="Два"
        )
        html = client.get(article.get_absolute_url()).content.decode()
        assert 'hreflang="en" href="http://testserver/en/news/two/"' in html
        assert 'hreflang="ru" href="http://testserver/ru/news/two/"' in html
        assert '<link rel="alternate" hreflang="uz"' not in html

    def test_language_switcher_keeps_the_visitor_on_the_page(self, client, article):
        html = client.get("/ru/news/visit/?x=1").content.decode()
        assert 'href="/uz/news/visit/?x=1"' in html
        assert 'href="/en/news/visit/?x=1"' in html

    def test_root_redirects_by_accept_language(self, client):
        assert client.get("/")["Location"] == "/en/"
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9")
        assert response["Location"] == "/ru/"

    def test_404_page_is_translated(self, client):
        response = client.get("/ru/news/nope/")
        assert response.status_code == 404
        assert '<html lang="ru">' in response.content.decode()


# Every page also reads the menu, the site settings, the live alerts, and
# the offices and their closures.
# The list: count, page, categories of the form, the archive's counts per
# month. A
# category's page: the category, and the form's check of it. An article:
# itself and its related articles.
@pytest.mark.parametrize(
    ("page", "ceiling"), [("list", 9), ("category", 11), ("detail", 7)]
)
def test_queries_do_not_grow_with_the_number_of_articles(client, page, ceiling):
    categories = [make_category() for _ in range(5)]

    def url():
        first = categories[0].articles.first()
        return {
            "list": reverse("news:article_list"),
            "category": categories[0].get_absolute_url(),
            "detail": first.get_absolute_url(),
        }[page]

    for number in range(10):
        make_article(
            category=categories[number % 5],
            publish_at=timezone.now() - timedelta(hours=number + 1),
        )
    few = page_queries(client, url())
    for number in range(190):
        make_article(category=categories[number % 5])
    many = page_queries(client, url())
    assert few == many
    assert many <= ceiling


def test_uzbek_search_takes_any_apostrophe(client, category):
    make_article(category=category, title_en="x", title_uz="Oʻzbekiston taraqqiyoti")
    with translation.override("uz"):
        url = reverse("news:article_list")
    for typed in ("O'zbekiston", "Oʻzbekiston", "O‘zbekiston", "O`zbekiston"):
        response = client.get(url, {"q": typed})
        assert [a.title_uz for a in response.context["article_list"]] == [
            "Oʻzbekiston taraqqiyoti"
        ], typed


@pytest.mark.parametrize("url", ["/ru/news/", "/ru/news/feed/", "/ru/"])
def test_lists_leave_the_bodies_in_the_database(client, category, url):
    """A list shows titles and summaries: it never reads the bodies of the
    articles (nor the menu those of its pages), in any language, nor asks
    for them one by one ("In English" is decided from the columns it has)."""
    make_article(category=category, title_ru="Визит министра", body_ru="<p>Тело</p>")
    make_article(category=category, title_en="Only in English", summary_en="x")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    selects = [query["sql"] for query in queries]
    assert [sql for sql in selects if 'FROM "news_article"' in sql]
    assert not [sql for sql in selects if re.search(r'\."body(_\w+)?"', sql)]
    if url == "/ru/news/":
        assert "Only in English" in response.content.decode()
        assert "На английском" in response.content.decode()
