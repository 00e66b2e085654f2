"""Site search: what it finds, in which language, and what it never shows."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import translation

import embassy.search
from embassy.publishing import Status
from embassy.search import matching, search
from news.models import Article
from tests.gallery.factories import make_album
from tests.news.factories import make_article
from tests.pages.factories import make_page

pytestmark = pytest.mark.django_db

# Far from now: no clock boundary can matter.
LONG_AGO = datetime.datetime(2024, 3, 1, 9, 0, tzinfo=datetime.UTC)
FAR_AHEAD = datetime.datetime(2099, 3, 1, 9, 0, tzinfo=datetime.UTC)


def search_url(language="en"):
    with translation.override(language):
        return reverse("search:search")


def found(client, query, language="en"):
    """The titles of the results, in the searched language, best first."""
    response = client.get(search_url(language), {"q": query})
    assert response.status_code == 200
    return [
        getattr(hit.item, f"title_{language}") for hit in response.context["results"]
    ]


def test_cyrillic_is_found_whatever_its_case(client):
    make_article(title_en="Visas", title_ru="Визовые вопросы", publish_at=LONG_AGO)
    assert found(client, "ВИЗ", "ru") == ["Визовые вопросы"]
    assert found(client, "визовые", "ru") == ["Визовые вопросы"]


def test_markup_is_never_matched(client):
    make_article(title_en="Greetings", body_en="<p><strong>Hello</strong> world</p>")
    assert found(client, "strong") == []
    assert found(client, "hello") == ["Greetings"]


def test_every_content_type_is_searched(client):
    make_article(title_en="Navruz reception", publish_at=LONG_AGO)
    make_page(title_en="Navruz traditions", slug="navruz")
    make_album(title_en="Navruz in Geneva")
    assert sorted(found(client, "navruz")) == [
        "Navruz in Geneva",
        "Navruz reception",
        "Navruz traditions",
    ]


def test_what_visitors_may_not_see_is_never_found(client):
    make_article(title_en="Embargo live", publish_at=LONG_AGO)
    make_article(title_en="Embargo draft", status=Status.DRAFT)
    make_article(title_en="Embargo scheduled", publish_at=FAR_AHEAD)
    make_article(title_en="Embargo ended", publish_at=LONG_AGO, end_at=LONG_AGO)
    section = make_page(title_en="Section", slug="section", status=Status.DRAFT)
    make_page(title_en="Embargo page", slug="below", parent=section)
    make_album(title_en="Embargo album", status=Status.DRAFT)
    assert found(client, "embargo") == ["Embargo live"]


def test_the_visitors_language_only(client):
    make_article(title_en="Meeting", title_ru="Встреча", publish_at=LONG_AGO)
    assert found(client, "встреча", "ru") == ["Встреча"]
    assert found(client, "встреча", "en") == []
    assert found(client, "meeting", "ru") == []


def test_results_link_to_the_item_and_mark_the_words_in_escaped_text(client):
    article = make_article(
        title_en="Statement",
        body_en="<p>The delegation &lt;script&gt; welcomed the resolution.</p>",
    )
    html = client.get(search_url(), {"q": "delegation"}).content.decode()
    assert f'href="{article.get_absolute_url()}"' in html
    assert re.search(r"<mark>delegation</mark>", html, re.I)
    # The text's "<script>" is shown as text, or left out of the snippet.
    assert "<script>" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_no_result_suggests_the_news_and_its_categories(client, category):
    make_article(category=category)
    html = client.get(search_url(), {"q": "zzzzqqq"}).content.decode()
    assert "Nothing was found" in html
    assert reverse("news:article_list") in html
    assert category.get_absolute_url() in html


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "word " * 2_000,
        "!!! ??? ... ,,,",
        'unbalanced "quote',
        "' OR 1=1; DROP TABLE news_article; --",
        "a & b | !c",
        "meet:* <-> (council",
        "Oʻzbekiston Ўзбекистон mixed",
        "nul\x00byte",
        "\\x00 %00 %",
        "",
        "   ",
    ],
    ids=[
        "10k",
        "many-words",
        "punctuation",
        "quote",
        "sql",
        "operators",
        "tsquery",
        "mixed-scripts",
        "nul",
        "escapes",
        "empty",
        "blank",
    ],
)
@pytest.mark.parametrize("language", ["en", "ru", "uz"])
def test_hostile_queries_answer_a_readable_page(client, query, language):
    make_article(title_en="Council meeting", title_ru="Заседание", publish_at=LONG_AGO)
    response = client.get(search_url(language), {"q": query})
    assert response.status_code == 200
    assert b"<h1>" in response.content
    # The news list refuses what no form field takes (a NUL byte) with its
    # usual 400 and message; never a 500.
    news = client.get(reverse("news:article_list"), {"q": query[:200]})
    assert news.status_code in (200, 400)


@pytest.mark.parametrize("query", ["", "!!! ???", "\x00"])
def test_a_query_without_words_finds_nothing(query):
    make_article(title_en="Anything")
    assert list(search(query, "en")) == []


def test_a_page_number_that_is_not_one_is_a_bad_request(client):
    make_article(title_en="Council", publish_at=LONG_AGO)
    assert client.get(search_url(), {"q": "council", "page": "abc"}).status_code == 400
    assert client.get(search_url(), {"q": "council", "page": "9"}).status_code == 404


def test_every_page_has_a_search_box_in_its_header(client):
    html = client.get("/en/").content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert f'action="{search_url()}"' in header
    assert 'name="q"' in header


def test_results_are_ranked_and_ties_keep_a_fixed_order(client):
    for number in range(3):
        make_article(title_en=f"Forum {number}", slug=f"forum-{number}")
    first = [hit.item.pk for hit in search("forum", "en")]
    assert first == [hit.item.pk for hit in search("forum", "en")]
    assert len(first) == 3


@pytest.mark.postgresql
class TestPostgreSQL:
    def test_a_title_match_ranks_above_a_body_match(self, client):
        make_article(title_en="Other news", body_en="<p>About the treaty.</p>")
        make_article(title_en="The treaty", body_en="<p>Other things.</p>")
        assert found(client, "treaty") == ["The treaty", "Other news"]

    def test_english_stems_find_each_other(self, client):
        make_article(title_en="Meetings in Geneva", publish_at=LONG_AGO)
        assert found(client, "meeting") == ["Meetings in Geneva"]
        assert found(client, "meets") == ["Meetings in Geneva"]

    @pytest.mark.parametrize("query", ["встреча", "встречи", "встречей"])
    def test_russian_word_forms_find_each_other(self, client, query):
        make_article(title_en="A", title_ru="Встречи в Женеве", publish_at=LONG_AGO)
        assert found(client, query, "ru") == ["Встречи в Женеве"]

    @pytest.mark.parametrize(
        "query",
        ["Oʻzbekiston", "O'zbekiston", "O‘zbekiston", "Ozbekiston", "Ўзбекистон"],
    )
    def test_uzbek_apostrophes_and_scripts_find_each_other(self, client, query):
        make_article(title_en="A", title_uz="Oʼzbekiston taraqqiyoti")
        make_article(title_en="B", title_uz="Ўзбекистон тарихи", slug="cyrillic")
        assert sorted(found(client, query, "uz")) == [
            "Oʼzbekiston taraqqiyoti",
            "Ўзбекистон тарихи",
        ]

    def test_the_last_word_is_a_prefix(self, client):
        make_article(title_en="Constitutional reform", publish_at=LONG_AGO)
        assert found(client, "constitu") == ["Constitutional reform"]

    def test_the_index_follows_every_write_path(self, client):
        article = make_article(title_en="Before", publish_at=LONG_AGO)
        Article.objects.filter(pk=article.pk).update(title_en="Renamed by update")
        assert found(client, "renamed") == ["Renamed by update"]
        Article.objects.bulk_update(
            [Article(pk=article.pk, title_en="Bulk written")], ["title_en"]
        )
        assert found(client, "bulk") == ["Bulk written"]

    def test_among_very_many_matches_the_newest_are_ranked(self, monkeypatch):
        # With more matches than are ranked, an older title match gives way
        # to newer body matches; among those ranked, the title still wins.
        monkeypatch.setattr(embassy.search, "RANKED_CANDIDATES", 2)
        old_title = make_article(title_en="Treaty", publish_at=LONG_AGO, slug="a")
        body = "<p>On the treaty.</p>"
        newer = [
            make_article(title_en=f"News {day}", body_en=body, slug=f"n{day}",
                         publish_at=LONG_AGO + datetime.timedelta(days=day))
            for day in (1, 2, 3)
        ]  # fmt: skip
        new_title = make_article(
            title_en="Treaty signed",
            publish_at=LONG_AGO + datetime.timedelta(days=4),
            slug="t",
        )
        assert [hit.item for hit in search("treaty", "en")] == [new_title, newer[2]]
        monkeypatch.setattr(embassy.search, "RANKED_CANDIDATES", 10)
        ranked = [hit.item for hit in search("treaty", "en")]
        assert ranked[:2] == [new_title, old_title] and len(ranked) == 5

    def test_a_match_filters_a_subquery_of_its_own_table(self):
        # Django renames the table inside a subquery: the match must follow,
        # or "the newest match" becomes "the newest article, if it matches".
        make_article(title_en="Treaty", slug="treaty", publish_at=LONG_AGO)
        make_article(title_en="Other", slug="other")
        inner = matching(Article.objects.all(), "treaty", "en", ranked=False)
        newest = inner.order_by("-publish_at").values("pk")[:1]
        outer = Article.objects.filter(pk__in=newest)
        assert [article.slug for article in outer] == ["treaty"]


def test_paragraphs_are_separate_words_in_a_snippet(client):
    make_article(title_en="Visit", body_en="<p>In Geneva.</p><p>Talks followed.</p>")
    response = client.get(search_url(), {"q": "talks"})
    (hit,) = response.context["results"]
    assert "Geneva. " in hit.snippet
