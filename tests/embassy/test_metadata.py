"""Every public page tells search engines and link previews what it is: a
title and description of its own, one canonical address, its language
versions, an Open Graph card; and the kernel's helpers that write them."""

import json
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.http import QueryDict
from django.utils import timezone

from embassy.metadata import canonical_query, json_for_script, plain_text, shorten
from tests.consular.factories import make_guide
from tests.events.factories import make_event
from tests.gallery.factories import make_album
from tests.head import Head, head
from tests.images import image_bytes
from tests.news.factories import make_article, make_category
from tests.pages.factories import make_link, make_page

pytestmark = pytest.mark.django_db

OPEN_GRAPH = ["og:title", "og:description", "og:url", "og:image", "og:type"]
OPEN_GRAPH += ["og:image:width", "og:image:height", "og:site_name", "og:locale"]


@pytest.fixture
def site():
    category = make_category(
        name_en="Meetings", slug="meetings", description_en="Who the mission met."
    )
    article = make_article(
        category=category,
        slug="visit",
        title_en="The Minister visits Geneva",
        summary_en="Talks with the Director-General.",
        cover=ContentFile(image_bytes("JPEG", (1600, 900)), name="c.jpg"),
        cover_alt_en="The Minister at the podium",
    )
    mission = make_page(slug="mission", title_en="Mission", body_en="<p>Our work.</p>")
    make_page(
        parent=mission,
        slug="staff",
        title_en="Staff",
        body_en="<p>The <strong>Ambassador</strong> &amp; the team.</p>",
    )
    make_album(
        photos=1, slug="forum", title_en="Forum", description_en="The forum's days."
    )
    make_link()
    make_guide(documents=["The police report"], fees=[("20", "USD")])
    make_event(
        "navruz",
        starts=str(timezone.localtime() + timedelta(days=10))[:16],
        summary_en="The spring holiday, with partners of Uzbekistan.",
    )
    return {"category": category, "article": article}


# name: (address, status)
PAGES = {
    "home": ("/en/", 200),
    "news": ("/en/news/", 200),
    "category": ("/en/news/category/meetings/", 200),
    "article": ("/en/news/visit/", 200),
    "page": ("/en/mission/staff/", 200),
    "albums": ("/en/gallery/", 200),
    "album": ("/en/gallery/forum/", 200),
    "links": ("/en/links/", 200),
    "contacts": ("/en/contacts/", 200),
    "consular": ("/en/consular/", 200),
    "guide": ("/en/consular/lost-passport/", 200),
    "events": ("/en/events/", 200),
    "past events": ("/en/events/past/", 200),
    "event": ("/en/events/navruz/", 200),
    "not found": ("/en/no-such-page/", 404),
    "bad input": ("/en/news/?page=abc", 400),
}


@pytest.mark.parametrize("name", PAGES)
def test_every_public_page_has_an_open_graph_card(client, site, name):
    url, status = PAGES[name]
    page = head(client, url, status)
    for key in OPEN_GRAPH:
        assert page.one(key), key
    assert page.one("og:image").startswith("http://testserver/")
    assert page.one("twitter:card") == "summary_large_image"
    assert page.one("og:type") == ("article" if name == "article" else "website")


@pytest.mark.parametrize("name", PAGES)
def test_every_public_page_has_one_title_and_one_description(client, site, name):
    url, status = PAGES[name]
    page = head(client, url, status)
    assert page.title.strip()
    assert page.one("description")
    assert page.one("og:description") == page.one("description")


def test_each_page_has_a_title_and_description_of_its_own(client, site):
    pages = [
        head(client, url, status)
        for name, (url, status) in PAGES.items()
        if name != "bad input"  # the news list, as understood
    ]
    titles = [page.title for page in pages]
    descriptions = [page.one("description") for page in pages]
    assert len(set(titles)) == len(titles), titles
    assert len(set(descriptions)) == len(descriptions), descriptions


def test_descriptions_come_from_the_content(client, site):
    def description(url):
        return head(client, url).one("description")

    assert description("/en/news/visit/") == "Talks with the Director-General."
    assert description("/en/news/category/meetings/") == "Who the mission met."
    assert description("/en/mission/staff/") == "The Ambassador & the team."
    assert description("/en/gallery/forum/") == "The forum's days."
    home = description("/en/")
    assert home.startswith("Permanent Mission of the Republic of Uzbekistan")


@pytest.mark.parametrize("name", [name for name in PAGES if name != "not found"])
def test_every_page_names_one_canonical_address_and_x_default(client, site, name):
    url, status = PAGES[name]
    page = head(client, url, status)
    (canonical,) = page.canonicals()
    assert canonical == page.one("og:url")
    versions = page.hreflangs()
    assert versions["en"] == canonical
    assert versions["x-default"] == canonical.replace("/en/", "/", 1)


def test_a_page_not_found_names_no_canonical_address_or_versions(client):
    page = head(client, "/en/no-such-page/", 404)
    assert page.canonicals() == []
    assert page.hreflangs() == {}
    assert page.one("robots") == "noindex"


def test_versions_name_each_language_in_its_prefix(client, site):
    versions = head(client, "/ru/news/category/meetings/").hreflangs()
    assert versions == {
        "en": "http://testserver/en/news/category/meetings/",
        "ru": "http://testserver/ru/news/category/meetings/",
        "uz": "http://testserver/uz/news/category/meetings/",
        "x-default": "http://testserver/news/category/meetings/",
    }


def test_category_query_names_the_category_page(client, site):
    page = head(client, "/en/news/", category="meetings", utm_source="x")
    assert page.canonicals() == ["http://testserver/en/news/category/meetings/"]
    assert page.hreflangs()["ru"] == "http://testserver/ru/news/category/meetings/"


@pytest.mark.parametrize(
    "tracking",
    [
        {"utm_source": "telegram", "utm_medium": "social", "utm_campaign": "x"},
        {"fbclid": "IwAR0abc"},
        {"gclid": "EAIaIQ"},
        {"page": "1"},
    ],
)
def test_tracking_parameters_and_the_first_page_are_left_out(client, site, tracking):
    page = head(client, "/en/news/", **tracking)
    assert page.canonicals() == ["http://testserver/en/news/"]
    assert page.hreflangs()["uz"] == "http://testserver/uz/news/"


def test_other_pages_of_a_list_keep_their_number(client, category):
    for number in range(13):
        make_article(
            category=category, publish_at=timezone.now() - timedelta(hours=number + 1)
        )
    page = head(client, "/en/news/", page="2", utm_source="x")
    assert page.canonicals() == ["http://testserver/en/news/?page=2"]
    by_query = head(client, "/en/news/", category=category.slug, page="2")
    assert by_query.canonicals() == [
        f"http://testserver/en/news/category/{category.slug}/?page=2"
    ]


def test_a_search_keeps_its_words(client, site):
    page = head(client, "/en/news/", q="Geneva", gclid="x")
    assert page.canonicals() == ["http://testserver/en/news/?q=Geneva"]


def test_a_list_that_answers_400_names_the_list_itself(client, site):
    page = head(client, "/en/news/", 400, category="nope", q="Geneva")
    assert page.canonicals() == ["http://testserver/en/news/"]


def test_an_item_page_ignores_the_query_string(client, site):
    page = head(client, "/en/news/visit/", utm_source="x", anything="else")
    assert page.canonicals() == ["http://testserver/en/news/visit/"]


def test_an_item_shown_in_english_for_want_of_a_translation_names_it(client, site):
    # The article has no Russian text: its Russian address shows the English.
    page = head(client, "/ru/news/visit/")
    assert page.canonicals() == ["http://testserver/en/news/visit/"]
    assert page.hreflangs() == {
        "en": "http://testserver/en/news/visit/",
        "x-default": "http://testserver/news/visit/",
    }


def test_open_graph_names_the_locale_and_its_alternates(client, site):
    page = head(client, "/uz/news/")
    assert page.one("og:locale") == "uz_UZ"
    assert page.meta["og:locale:alternate"] == ["en_GB", "ru_RU"]


def test_without_an_emblem_the_card_is_the_sites_own_picture(client, site):
    page = head(client, "/en/")
    assert page.one("og:image") == "http://testserver/static/img/social.png"
    assert (page.one("og:image:width"), page.one("og:image:height")) == ("1200", "630")


def test_json_ld_is_a_data_block_without_a_nonce(client, site):
    """A nonce in a page from the cache would be the same for every visitor:
    the pages carry none, and the policy names none (the browser tests
    check that Chromium reports no violation for the data blocks)."""
    response = client.get("/en/news/visit/")
    page = Head(response.content.decode())
    assert page.script_attrs == [{"type": "application/ld+json"}] * 2
    assert "nonce-" not in response["Content-Security-Policy"]


# The kernel's helpers.


def test_canonical_query_drops_tracking_and_the_first_page():
    query = QueryDict("q=a&utm_source=x&utm_term=y&fbclid=1&page=1&category=c")
    assert canonical_query(query) == "q=a&category=c"
    assert canonical_query(query, drop=["category"]) == "q=a"
    assert canonical_query(QueryDict("page=3&gclid=2")) == "page=3"


def test_shorten_cuts_at_a_word():
    assert shorten("  A short   text. ") == "A short text."
    text = "word " * 60
    short = shorten(text)
    assert len(short) <= 160
    assert short.endswith("word…")


def test_plain_text_is_what_a_reader_sees():
    assert plain_text("<p>Tom &amp; <em>Jerry</em></p>\n<p>&nbsp;go</p>") == (
        "Tom & Jerry go"
    )
    assert plain_text("<h2>Geneva</h2><p>A w<em>or</em>d<br>and</p>") == (
        "Geneva A word and"
    )
    assert plain_text("") == ""


def test_json_for_a_script_cannot_end_it():
    data = {"headline": "</script><script>alert(1)</script> & <!--"}
    text = json_for_script(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data
