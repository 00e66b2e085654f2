"""The home page: carousel, theme of the year, latest news, useful links."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from embassy.publishing import Status
from pages.models import LinkGroup, SiteSettings, Slide
from tests.gallery.factories import make_album
from tests.images import image_bytes
from tests.news.factories import make_article
from tests.pages.factories import make_link, make_page, make_slide
from tests.queries import page_queries

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_live_news_featured_first(client, category):
    now = timezone.now()
    older_featured = make_article(
        category=category, featured=True, publish_at=now - timedelta(days=30)
    )
    recent = [
        make_article(category=category, publish_at=now - timedelta(hours=hours))
        for hours in range(1, 8)
    ]
    make_article(category=category, status=Status.DRAFT, title_en="Draft")
    response = client.get(reverse("pages:home"))
    shown = list(response.context["latest_articles"])
    assert shown == [older_featured, *recent[:5]]
    html = response.content.decode()
    assert "Draft" not in html
    assert f">{category.name_en}</a>" in html


def test_home_without_content_says_so(client):
    response = client.get(reverse("pages:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "No news yet." in html
    assert 'class="carousel"' not in html


class TestSlides:
    def test_only_live_slides_are_shown_in_order(self, client):
        now = timezone.now()
        second = make_slide(title_en="Second", order=2)
        first = make_slide(title_en="First", order=1)
        make_slide(title_en="Draft slide", status=Status.DRAFT)
        make_slide(title_en="Tomorrow", publish_at=now + timedelta(days=1))
        make_slide(
            title_en="Yesterday",
            publish_at=now - timedelta(days=3),
            end_at=now - timedelta(days=1),
        )
        response = client.get(reverse("pages:home"))
        assert list(response.context["slides"]) == [first, second]
        html = response.content.decode()
        for hidden in ("Draft slide", "Tomorrow", "Yesterday"):
            assert hidden not in html

    def test_a_slide_leaves_at_its_end_time(self, client):
        # The clock is held just before and at the end time, rather than the
        # slide ended at a "now" read before the request and the clock
        # trusted to have moved on by then.
        end_at = timezone.now() + timedelta(days=1)
        make_slide(title_en="Ending", end_at=end_at)
        with mock.patch("django.utils.timezone.now") as now:
            now.return_value = end_at - timedelta(microseconds=1)
            assert "Ending" in client.get("/en/").content.decode()
            now.return_value = end_at
            assert "Ending" not in client.get("/en/").content.decode()

    def test_first_slide_is_readable_without_javascript(self, client):
        make_slide(title_en="One", order=1, link="/mission/")
        make_slide(title_en="Two", order=2, link="https://www.un.org/")
        html = client.get("/en/").content.decode()
        first, second = html.split('class="slide"')[1:3]
        assert "data-later" not in first.split(">")[0]
        assert "data-later" in second.split(">")[0]
        assert '<a href="/en/mission/">One</a>' in html
        assert '<a href="https://www.un.org/" rel="noopener">Two</a>' in html

    def test_a_ninth_live_slide_is_refused(self):
        for _ in range(8):
            make_slide(with_image=False)
        ninth = Slide(title_en="Ninth", alt_en="x", status=Status.PUBLISHED)
        with pytest.raises(ValidationError, match="already shows 8 slides"):
            ninth.full_clean(exclude=["image"])
        ninth.status = Status.DRAFT
        ninth.full_clean(exclude=["image"])

    def test_an_existing_live_slide_can_be_edited_when_eight_are_live(self):
        slides = [make_slide(with_image=False) for _ in range(8)]
        slides[0].title_en = "Edited"
        slides[0].full_clean(exclude=["image"])

    def test_the_admin_explains_the_limit(self, admin_client):
        for _ in range(8):
            make_slide(with_image=False)
        response = admin_client.post(
            reverse("admin:pages_slide_add"),
            {
                "title_en": "Ninth",
                "alt_en": "A picture",
                "image": SimpleUploadedFile("n.jpg", image_bytes("JPEG")),
                "order": 9,
                "status": Status.PUBLISHED,
                # Live, whatever the time zone: today's midnight does not
                # exist on the day some zones change their clocks.
                "publish_at_0": "2026-03-10",
                "publish_at_1": "10:30:00",
            },
        )
        assert response.status_code == 200
        assert "already shows 8 slides" in response.content.decode()


class TestUsefulLinks:
    def test_home_shows_the_live_links_marked_for_it(self, client):
        group = LinkGroup.objects.create(name_en="International")
        make_link(group, title_en="On home", show_on_home=True)
        make_link(group, title_en="Only on the list")
        make_link(group, title_en="Draft link", show_on_home=True, status=Status.DRAFT)
        make_link(
            group,
            title_en="Ended link",
            show_on_home=True,
            end_at=timezone.now() - timedelta(minutes=1),
            publish_at=timezone.now() - timedelta(days=1),
        )
        html = client.get("/en/").content.decode()
        assert "On home" in html
        for hidden in ("Only on the list", "Draft link", "Ended link"):
            assert hidden not in html
        assert 'href="/en/links/">Show all useful links</a>' in html

    def test_links_page_lists_every_live_link_by_group(self, client):
        government = LinkGroup.objects.create(name_en="Government", order=1)
        media = LinkGroup.objects.create(name_en="Media", order=2)
        empty = LinkGroup.objects.create(name_en="Empty group", order=3)
        make_link(media, title_en="News agency", url="https://uza.uz/")
        make_link(government, title_en="President", url="https://president.uz/")
        make_link(empty, title_en="Draft only", status=Status.DRAFT)
        html = client.get(reverse("pages:link_list")).content.decode()
        assert html.index("Government") < html.index("President") < html.index("Media")
        assert '<a class="tile" href="https://uza.uz/" rel="noopener">' in html
        assert "Empty group" not in html and "Draft only" not in html


class TestYearTheme:
    def test_banner_shows_the_theme_with_its_link(self, client):
        SiteSettings(
            year_theme_en="Year of the Green Economy",
            year_theme_text_en="Planting trees across the country.",
            year_theme_link="/about-uzbekistan/",
        ).save()
        html = client.get("/ru/").content.decode()
        assert '<a href="/ru/about-uzbekistan/">Year of the Green Economy</a>' in html
        assert "Planting trees" in html

    def test_no_theme_no_banner(self, client):
        assert "year-banner" not in client.get("/en/").content.decode()


def fill(count, category):
    group = LinkGroup.objects.create(name_en="Group")
    for number in range(count):
        make_article(category=category, featured=number % 7 == 0)
        make_slide(with_image=number < 3)
        make_link(group, show_on_home=True, with_image=number < 3)
        make_album(photos=1 if number < 3 else 0)


def test_home_queries_do_not_grow_with_the_content(client, category):
    SiteSettings(year_theme_en="Year of something").save()
    make_page(slug="mission")
    fill(5, category)
    few = page_queries(client, reverse("pages:home"))
    fill(95, category)
    many = page_queries(client, reverse("pages:home"))
    # Slides, albums, news, events, links, the menu, the site settings, the
    # alerts, the offices and their closures.
    assert few == many == 10


def test_the_publish_action_keeps_the_carousel_limit(admin_client):
    for _ in range(8):
        make_slide(with_image=False)
    draft = make_slide(with_image=False, title_en="Ninth", status=Status.DRAFT)
    response = admin_client.post(
        reverse("admin:pages_slide_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert "Ninth: The carousel already shows 8 slides" in response.content.decode()
    assert Slide.objects.live().count() == 8
