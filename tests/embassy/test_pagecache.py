"""Visitors' pages from the cache: served without a query, never stale,
never an editor's."""

import gzip
import sysconfig
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from embassy import pagecache
from embassy.publishing import Status
from gallery.models import Album, Photo
from news.models import Article, Category
from pages.models import LinkGroup, MenuItem, SiteSettings, Slide, UsefulLink
from tests.faults import closed_port, redis_cache
from tests.gallery.factories import make_album, make_photo
from tests.news.factories import article_fields, make_article, make_category
from tests.pages.factories import make_link, make_menu_item, make_page, make_slide

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    """A browser that has never signed in (the test's ``client`` may be
    signed in by another fixture)."""
    return Client()


@pytest.fixture
def site(db):
    """A little of everything the public pages show."""
    category = make_category(name_en="Meetings", slug="meetings")
    article = make_article(
        category=category, slug="visit", title_en="The minister visits"
    )
    page = make_page(slug="mission", title_en="Our mission")
    make_menu_item(page=page, label_en="Mission")
    make_slide(with_image=False, title_en="Independence Day")
    make_link(show_on_home=True, title_en="Ministry of Foreign Affairs")
    album = make_album(slug="reception", title_en="The reception", photos=1)
    SiteSettings(
        mission_name_en="Permanent Mission", youtube="https://example.org/"
    ).save()
    return {
        "category": category,
        "article": article,
        "page": page,
        "album": album,
    }


PUBLIC_PAGES = [
    "/en/",
    "/ru/",
    "/uz/",
    "/en/news/",
    "/en/news/?page=1",
    "/en/news/category/meetings/",
    "/en/news/visit/",
    "/ru/news/visit/",
    "/en/mission/",
    "/en/gallery/",
    "/en/gallery/reception/",
    "/en/links/",
    "/en/news/feed/",
    "/sitemap.xml",
    "/robots.txt",
]


def fetch(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_the_second_visitor_gets_the_page_from_the_cache_without_a_query(site, url):
    first, _ = fetch(Client(), url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    second, queries = fetch(Client(), url)
    assert second["X-Page-Cache"] == "hit"
    assert queries == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # Nothing that would split a shared cache by visitor, or keep it long.
    assert "Cookie" not in second.get("Vary", "")
    assert not second.cookies
    assert second["Cache-Control"] == "public, max-age=60, stale-while-revalidate=60"
    assert second["Last-Modified"] == first["Last-Modified"]


def test_each_language_and_page_number_is_a_page_of_its_own(site, visitor):
    assert 'lang="ru"' in text(visitor, "/ru/")
    assert 'lang="en"' in text(visitor, "/en/")
    for _number in range(13):
        make_article(category=site["category"])
    first, second = text(visitor, "/en/news/"), text(visitor, "/en/news/?page=2")
    assert first != second


def test_what_every_page_reads_is_read_once_after_each_change(site, visitor):
    """The schedule (with the offices' hours and the events' ends), the
    menu, the site settings, the live alerts and the offices: the first page
    rendered after a change reads them, the next ones only their own."""
    make_link(title_en="Another")
    _, first = fetch(visitor, "/en/links/")
    _, again = fetch(visitor, "/en/links/?page=1")
    assert (first, again) == (11, 2)  # + the groups and their links
    # Each list's count too, and the news archive's months.
    _, first = fetch(visitor, "/en/news/")
    _, again = fetch(visitor, "/en/news/?page=1")
    assert first - again == 2


# Each way content changes, and a page that shows it.


def edit_article_in_admin(site, admin):
    article = site["article"]
    data = article_fields(
        site["category"], slug="visit", title_en="The minister arrives"
    )
    response = admin.post(reverse("admin:news_article_change", args=[article.pk]), data)
    assert response.status_code == 302


def rename(page, title):
    page.title_en = title
    page.save()


def run_action(admin, model, action, items):
    opts = model._meta
    response = admin.post(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        {"action": action, "_selected_action": [item.pk for item in items]},
    )
    assert response.status_code == 302


CHANGES = {
    # name: (url, what the change does, text before, text after or None)
    "article saved in the admin": (
        "/en/news/visit/",
        edit_article_in_admin,
        "The minister visits",
        "The minister arrives",
    ),
    "article unpublished by a bulk action": (
        "/en/news/",
        lambda site, admin: run_action(admin, Article, "unpublish", [site["article"]]),
        "The minister visits",
        None,
    ),
    "articles changed by update()": (
        "/en/",
        lambda site, admin: Article.objects.filter(slug="visit").update(
            title_en="Renamed in bulk"
        ),
        "The minister visits",
        "Renamed in bulk",
    ),
    "articles made by bulk_create()": (
        "/en/news/",
        lambda site, admin: Article.objects.bulk_create(
            [
                Article(
                    title_en="Made in bulk",
                    slug="bulk",
                    category=site["category"],
                    status=Status.PUBLISHED,
                    publish_at=timezone.now() - timedelta(minutes=5),
                )
            ]
        ),
        "The minister visits",
        "Made in bulk",
    ),
    "article deleted": (
        "/en/news/",
        lambda site, admin: site["article"].delete(),
        "The minister visits",
        None,
    ),
    "category renamed": (
        "/en/news/visit/",
        lambda site, admin: Category.objects.filter(pk=site["category"].pk).update(
            name_en="Official visits"
        ),
        "Meetings",
        "Official visits",
    ),
    "page edited": (
        "/en/mission/",
        lambda site, admin: rename(site["page"], "Our mission, revised"),
        "Our mission",
        "Our mission, revised",
    ),
    "menu item renamed": (
        "/en/gallery/",
        lambda site, admin: MenuItem.objects.update(label_en="Our work"),
        ">Mission<",
        ">Our work<",
    ),
    "slide withdrawn in the admin": (
        "/en/",
        lambda site, admin: run_action(
            admin, Slide, "unpublish", list(Slide.objects.all())
        ),
        "Independence Day",
        None,
    ),
    "useful link deleted": (
        "/en/",
        lambda site, admin: UsefulLink.objects.all().delete(),
        "Ministry of Foreign Affairs",
        None,
    ),
    "group of links renamed": (
        "/en/links/",
        lambda site, admin: LinkGroup.objects.update(name_en="Partners"),
        None,
        "Partners",
    ),
    "album renamed": (
        "/en/gallery/",
        lambda site, admin: Album.objects.filter(slug="reception").update(
            title_en="The national day"
        ),
        "The reception",
        "The national day",
    ),
    "photo added": (
        "/en/gallery/reception/",
        lambda site, admin: make_photo(site["album"], caption_en="The flag"),
        None,
        "The flag",
    ),
    "photo deleted": (
        "/en/gallery/reception/",
        lambda site, admin: Photo.objects.get().delete(),
        'class="photo',
        None,
    ),
    "site settings saved": (
        "/en/news/visit/",
        lambda site, admin: SiteSettings(mission_name_en="Embassy in Tashkent").save(),
        "Permanent Mission",
        "Embassy in Tashkent",
    ),
}


@pytest.fixture
def admin(admin_user):
    client = Client()
    client.force_login(admin_user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_change_shows_on_the_next_visit(site, visitor, admin, name):
    url, change, before, after = CHANGES[name]
    html = text(visitor, url)
    assert visitor.get(url)["X-Page-Cache"] == "hit"
    if before:
        assert before in html
    change(site, admin)
    html = text(visitor, url)
    if after:
        assert after in html
    else:
        assert before not in html


def test_a_page_is_kept_no_longer_than_the_next_scheduled_change(site, visitor):
    soon = timezone.now() + timedelta(seconds=1.5)
    make_article(
        category=site["category"], title_en="Embargoed statement", publish_at=soon
    )
    Article.objects.filter(slug="visit").update(end_at=soon)
    pagecache.content_changed()
    response = visitor.get("/en/news/")
    assert "Embargoed statement" not in response.content.decode()
    assert response["X-Page-Cache"] == "miss"
    # Browsers are told the same: keep it a second at most.
    assert "max-age=1," in response["Cache-Control"] or (
        "max-age=0," in response["Cache-Control"]
    )
    until = pagecache.keep_until(pagecache.current_generation())
    assert until == soon.timestamp()
    time.sleep(max(0, until - time.time()) + 0.05)
    html = text(visitor, "/en/news/")
    assert "Embargoed statement" in html
    assert "The minister visits" not in html


# Editors, previews and what is never stored.


def test_an_editor_never_gets_a_visitors_page_and_a_visitor_never_an_editors(
    site, visitor, admin
):
    Article.objects.filter(slug="visit").update(status=Status.DRAFT)
    assert visitor.get("/en/news/visit/").status_code == 404
    preview = admin.get("/en/news/visit/")
    assert preview.status_code == 200
    assert "X-Page-Cache" not in preview
    assert "no-store" in preview["Cache-Control"]
    assert "private" in preview["Cache-Control"]
    assert visitor.get("/en/news/visit/").status_code == 404
    # A published page the visitors have in the cache is rendered for her.
    text(visitor, "/en/")
    assert visitor.get("/en/")["X-Page-Cache"] == "hit"
    response = admin.get("/en/")
    assert "X-Page-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "url",
    [
        "/en/news/no-such-article/",
        "/en/news/?page=abc",
        "/en/news/?page=99",
        "/en/news/?category=meetings",
        "/en/search/?q=visit",
        "/en/news/visit/?utm_source=telegram",
        "/admin/login/",
    ],
)
def test_errors_searches_filters_and_the_admin_are_not_stored(site, url):
    Client().get(url)
    response = Client().get(url)
    assert response.get("X-Page-Cache") != "hit"
    assert "X-Page-Cache" not in response


def test_a_post_is_never_answered_from_the_cache(site, visitor):
    text(visitor, "/en/")
    response = visitor.post("/en/")
    assert "X-Page-Cache" not in response


def test_the_page_cache_can_be_turned_off(site, visitor, settings):
    settings.PAGE_CACHE_SECONDS = 0
    text(visitor, "/en/")
    assert "X-Page-Cache" not in visitor.get("/en/")


# HTTP: validators and compression, on pages from the cache or not.


@pytest.mark.parametrize("cached", [False, True])
def test_a_page_the_browser_has_is_answered_304(site, cached):
    first = Client().get("/en/news/visit/")
    if cached:
        assert Client().get("/en/news/visit/")["X-Page-Cache"] == "hit"
    again = Client().get("/en/news/visit/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    since = Client().get(
        "/en/news/visit/", headers={"If-Modified-Since": first["Last-Modified"]}
    )
    assert since.status_code == 304


def test_pages_are_compressed_for_browsers_that_ask(site):
    """Stored compressed once, for the browsers that ask; plain for others."""
    plain = Client().get("/en/")
    gzip_please = {"Accept-Encoding": "gzip, br"}
    assert Client().get("/en/", headers=gzip_please)["X-Page-Cache"] == "miss"
    packed = Client().get("/en/", headers=gzip_please)
    assert packed["X-Page-Cache"] == "hit"
    assert packed["Content-Encoding"] == "gzip"
    again = Client().get("/en/")
    assert again["X-Page-Cache"] == "hit" and again.content == plain.content
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) * 2 < len(plain.content)
    assert "Accept-Encoding" in packed["Vary"]


# What the cache must know of.


def test_every_model_the_pages_show_is_tracked():
    """A new kind of content that is not tracked would leave pages stale:
    every model of the project's apps counts, or is named here with why."""
    # The worker's heartbeat: read by /readyz, which is never stored; a
    # preview link: read by the preview page, which is never stored.
    not_shown = {"embassy.Heartbeat", "embassy.PreviewLink", "embassy.ReviewStep"}
    installed = Path(sysconfig.get_paths()["purelib"])
    for config in apps.get_app_configs():
        if Path(config.path).is_relative_to(installed):
            continue
        for model in config.get_models():
            if model._meta.label in not_shown:
                continue
            assert model in pagecache.tracked_models(), model._meta.label
            assert isinstance(model._default_manager.all(), pagecache.TrackedQuerySet)


def test_a_lost_generation_never_brings_back_an_old_page(site, visitor):
    """If the cache forgets the generation (evicted, restarted), the new one
    is new: pages stored under an old one stay unread."""
    text(visitor, "/en/")
    old = pagecache.current_generation()
    cache.delete(pagecache.GENERATION_KEY)
    assert pagecache.current_generation() != old
    assert visitor.get("/en/")["X-Page-Cache"] == "miss"


def test_a_page_from_the_cache_has_the_headers_of_a_rendered_one(site):
    """The cache comes before the middleware that adds the security headers:
    they are stored with the page."""
    rendered = Client().get("/en/news/visit/")
    stored = Client().get("/en/news/visit/")
    assert stored["X-Page-Cache"] == "hit"
    for name in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "X-Frame-Options",
        "Content-Language",
        "ETag",
    ):
        assert stored[name] == rendered[name], name


def test_the_page_cache_works_on_redis(site, settings):
    """The production cache, Django's Redis backend with its clients reused,
    on its own database of the local Redis server."""
    settings.CACHES = {
        "default": {
            "BACKEND": "embassy.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
        }
    }
    cache.clear()
    try:
        assert cache._cache.get_client() is cache._cache.get_client(write=True)
        assert Client().get("/en/news/visit/")["X-Page-Cache"] == "miss"
        hit = Client().get("/en/news/visit/")
        assert hit["X-Page-Cache"] == "hit"
        assert "The minister visits" in hit.content.decode()
        Article.objects.filter(slug="visit").update(title_en="On Redis")
        assert "On Redis" in text(Client(), "/en/news/visit/")
    finally:
        cache.clear()


def test_while_the_cache_is_away_pages_are_rendered_and_no_change_is_lost(
    site, settings
):
    """Redis refuses connections: visitors get rendered pages, an editor's
    change is saved, and once Redis is back no page stored before the
    change is served."""
    settings.CACHES = redis_cache("redis://127.0.0.1:6379/15")
    cache.clear()
    try:
        Client().get("/en/news/visit/")
        assert Client().get("/en/news/visit/")["X-Page-Cache"] == "hit"
        settings.CACHES = redis_cache(f"redis://127.0.0.1:{closed_port()}/0")
        away = Client().get("/en/news/visit/")
        assert away.status_code == 200 and "X-Page-Cache" not in away
        Article.objects.filter(slug="visit").update(title_en="Changed meanwhile")
        assert "Changed meanwhile" in text(Client(), "/en/news/visit/")
        settings.CACHES = redis_cache("redis://127.0.0.1:6379/15")
        back = Client().get("/en/news/visit/")
        assert back["X-Page-Cache"] == "miss"
        assert "Changed meanwhile" in back.content.decode()
    finally:
        cache.clear()


def test_only_what_can_take_an_item_off_the_site_counts_as_a_withdrawal():
    """Stale pages stand in during an outage unless stored before a
    withdrawal: a correction or a new photo's cover is none."""

    def withdrawn():
        return cache.get(pagecache.WITHDRAWN_KEY) != 0

    article = make_article()
    album = make_album()
    cache.set(pagecache.WITHDRAWN_KEY, 0)
    Article.objects.filter(pk=article.pk).update(title_en="Corrected")
    Album.objects.filter(pk=album.pk).update(cover=None)
    article = Article.objects.get(pk=article.pk)
    article.summary_en = "Corrected too."
    article.save()
    make_article(status=Status.DRAFT)
    assert not withdrawn()
    article.status = Status.DRAFT
    article.save()
    assert withdrawn()
    cache.set(pagecache.WITHDRAWN_KEY, 0)
    # A draft changed, then deleted, was never shown.
    article.title_en = "Still a draft"
    article.save()
    Article.objects.get(pk=article.pk).delete()
    assert not withdrawn()
    Article.objects.filter(pk=make_article().pk).update(end_at=timezone.now())
    assert withdrawn()


def test_a_withdrawn_item_is_shown_at_its_address_until_taken_off():
    def withdrawn():
        return cache.get(pagecache.WITHDRAWN_KEY) != 0

    article = make_article(status=Status.WITHDRAWN, withdrawal_reason_en="Error.")
    cache.set(pagecache.WITHDRAWN_KEY, 0)
    article = Article.objects.get(pk=article.pk)
    article.status = Status.DRAFT
    article.save()
    assert withdrawn()
    cache.set(pagecache.WITHDRAWN_KEY, 0)
    withdrawn_again = make_article(status=Status.WITHDRAWN)
    cache.set(pagecache.WITHDRAWN_KEY, 0)
    Article.objects.get(pk=withdrawn_again.pk).delete()
    assert withdrawn()


def test_a_page_rendered_across_a_scheduled_change_is_not_kept_past_it(
    site, visitor, monkeypatch
):
    """A page whose rendering began before a scheduled change (an office's
    "open until 13:00" at 12:59:59) and ended after it is kept no longer
    than that change, not until the one after."""
    start = timezone.now()
    change, later = start + timedelta(hours=1), start + timedelta(hours=2)
    clock = [start]
    monkeypatch.setattr(timezone, "now", lambda: clock[0])
    monkeypatch.setattr(
        pagecache, "_schedules", [lambda now: change if now < change else later]
    )

    def cross_the_change(**kwargs):
        clock[0] = change + timedelta(seconds=1)

    template_rendered.connect(cross_the_change)
    try:
        assert visitor.get("/en/links/").status_code == 200
    finally:
        template_rendered.disconnect(cross_the_change)
    # Now past the change: the page rendered before it is not served.
    assert visitor.get("/en/links/").get("X-Page-Cache") != "hit"
