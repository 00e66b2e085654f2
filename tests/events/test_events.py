"""Events: upcoming until they end and past after, in the mission's time
zone, all day or at a time; their pages, their .ics files and the feed,
read back with icalendar."""

import datetime

import pytest
from django.utils import timezone, translation
from icalendar import Calendar

from embassy import pagecache
from embassy.publishing import Status
from events.models import Event
from events.templatetags.events import when
from tests.head import head
from tests.queries import page_queries
from tests.sitemaps import listed

from .factories import at, make_event

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def test_an_event_is_upcoming_until_it_ends():
    event = make_event(starts="2026-12-16 18:30", ends="2026-12-16 21:00")
    assert list(Event.objects.upcoming(at("2026-12-16 20:59:59"))) == [event]
    assert list(Event.objects.past(at("2026-12-16 20:59:59"))) == []
    # At its end it is past.
    assert list(Event.objects.upcoming(at("2026-12-16 21:00"))) == []
    assert list(Event.objects.past(at("2026-12-16 21:00"))) == [event]


def test_an_event_without_an_end_is_listed_until_its_day_is_over():
    event = make_event(starts="2026-12-16 11:00")
    assert list(Event.objects.upcoming(at("2026-12-16 23:59:59"))) == [event]
    assert list(Event.objects.past(at("2026-12-17 00:00"))) == [event]


def test_an_all_day_event_ends_on_its_last_day_whatever_the_times_typed():
    event = make_event(starts="2026-12-24 18:00", ends="2026-12-24 09:00", all_day=True)
    assert event.last_day == event.first_day == datetime.date(2026, 12, 24)
    assert event.ends_by == at("2026-12-25 00:00")


def test_a_description_in_a_calendar_is_plain_text(client):
    make_event(description_en="<p>Music &amp; dance</p><p>Sumalak</p>")
    (item,) = Calendar.from_ical(
        client.get("/en/events/reception/event.ics").content
    ).walk("VEVENT")
    assert str(item["description"]) == "Music & dance Sumalak"


def test_an_all_day_event_lasts_until_the_end_of_its_last_day():
    event = make_event(starts="2026-12-24 00:00", ends="2026-12-28 00:00", all_day=True)
    assert list(Event.objects.upcoming(at("2026-12-28 23:59:59"))) == [event]
    assert list(Event.objects.past(at("2026-12-29 00:00"))) == [event]


def test_lists_are_in_order_and_follow_the_publishing_rule():
    later = make_event("later", starts="2027-01-20 10:00")
    sooner = make_event("sooner", starts="2027-01-10 10:00")
    make_event("draft", starts="2027-01-15 10:00", status=Status.DRAFT)
    old = make_event("old", starts="2026-01-10 10:00")
    older = make_event("older", starts="2025-06-10 10:00")
    now = at("2026-12-01 12:00")
    assert list(Event.objects.upcoming(now)) == [sooner, later]
    assert list(Event.objects.past(now)) == [old, older]


@pytest.mark.parametrize(
    ("fields", "en", "ru"),
    [
        (
            {"starts": "2026-12-16 18:30", "ends": "2026-12-16 21:00"},
            "Dec. 16, 2026, 6:30 p.m.–9 p.m.",
            "16 декабря 2026 г., 18:30–21:00",
        ),
        (
            {"starts": "2026-12-16 11:00"},
            "Dec. 16, 2026 at 11 a.m.",
            "16 декабря 2026 г. в 11:00",
        ),
        (
            {"starts": "2026-12-24 00:00", "ends": "2026-12-28 00:00", "all_day": True},
            "Dec. 24, 2026 to Dec. 28, 2026, all day",
            "С 24 декабря 2026 г. по 28 декабря 2026 г., весь день",
        ),
        (
            {"starts": "2026-12-24 00:00", "all_day": True},
            "Dec. 24, 2026, all day",
            "24 декабря 2026 г., весь день",
        ),
    ],
)
def test_when_an_event_is_in_words(fields, en, ru):
    event = make_event(**fields)
    with translation.override("en"):
        assert when(event) == en
    with translation.override("ru"):
        assert when(event) == ru


def test_times_are_the_missions(settings):
    # 18:30 in Tashkent (the tests' zone) is 13:30 in UTC.
    event = make_event(starts="2026-12-16 18:30", ends="2026-12-16 21:00")
    assert event.starts_at == datetime.datetime(2026, 12, 16, 13, 30, tzinfo=UTC)


def test_an_events_file_for_a_calendar(client):
    event = make_event(
        starts="2026-12-16 18:30",
        ends="2026-12-16 21:00",
        title_ru="Приём",
        summary_en="With the diplomatic corps.",
        place_name_en="Palais des Nations",
        place_address_en="Avenue de la Paix 14\n1211 Geneva",
    )
    response = client.get(f"/ru/events/{event.slug}/event.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="reception.ics"'
    (item,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(item["summary"]) == "Приём"
    assert item.decoded("dtstart") == datetime.datetime(
        2026, 12, 16, 13, 30, tzinfo=UTC
    )
    assert item.decoded("dtend") == datetime.datetime(2026, 12, 16, 16, 0, tzinfo=UTC)
    assert (
        str(item["location"]) == "Palais des Nations, Avenue de la Paix 14 1211 Geneva"
    )
    assert str(item["url"]) == "http://testserver/ru/events/reception/"


def test_an_all_day_event_in_a_calendar_is_whole_days(client):
    make_event(starts="2026-12-24 00:00", ends="2026-12-28 00:00", all_day=True)
    (item,) = Calendar.from_ical(
        client.get("/en/events/reception/event.ics").content
    ).walk("VEVENT")
    assert item.decoded("dtstart") == datetime.date(2026, 12, 24)
    # The end is exclusive: the day after the last.
    assert item.decoded("dtend") == datetime.date(2026, 12, 29)


def test_the_feed_holds_the_upcoming_events(client):
    now = timezone.now()
    soon = make_event(
        "soon", starts=str(timezone.localtime(now + datetime.timedelta(days=2)))[:16]
    )
    lately = make_event(
        "lately", starts=str(timezone.localtime(now - datetime.timedelta(days=2)))[:16]
    )
    make_event(
        "long-ago",
        starts=str(timezone.localtime(now - datetime.timedelta(days=200)))[:16],
    )
    make_event(
        "draft",
        starts=str(timezone.localtime(now + datetime.timedelta(days=3)))[:16],
        status=Status.DRAFT,
    )
    calendar = Calendar.from_ical(client.get("/en/events/feed.ics").content)
    # What is ahead, and what ended lately: a calendar keeps it.
    assert [str(item["uid"]) for item in calendar.walk("VEVENT")] == [
        f"event-{lately.pk}@testserver",
        f"event-{soon.pk}@testserver",
    ]


def test_the_lists_and_an_events_page(client):
    now = timezone.now()
    ahead = make_event(
        "ahead",
        starts=str(timezone.localtime(now + datetime.timedelta(days=5)))[:16],
        title_en="Navruz reception",
        place_name_en="Permanent Mission",
        registration_url="https://example.org/register",
        description_en="<p>Music and <strong>sumalak</strong>.</p>",
    )
    make_event(
        "before",
        starts=str(timezone.localtime(now - datetime.timedelta(days=5)))[:16],
        title_en="Independence Day",
    )
    upcoming = client.get("/en/events/").content.decode()
    assert "Navruz reception" in upcoming and "Independence Day" not in upcoming
    past = client.get("/en/events/past/").content.decode()
    assert "Independence Day" in past and "Navruz reception" not in past
    page = client.get(ahead.get_absolute_url()).content.decode()
    assert "<h1>Navruz reception</h1>" in page
    assert "<p>Music and <strong>sumalak</strong>.</p>" in page
    assert 'href="/en/events/ahead/event.ics"' in page
    assert 'href="https://example.org/register"' in page
    for language in ("ru", "uz"):
        assert client.get(f"/{language}/events/").status_code == 200


def test_a_draft_event_is_not_public(client):
    make_event(status=Status.DRAFT)
    assert client.get("/en/events/reception/").status_code == 404
    assert client.get("/en/events/reception/event.ics").status_code == 404


def test_an_event_is_described_for_search_engines(client):
    make_event(
        starts="2026-12-16 18:30", ends="2026-12-16 21:00", place_name_en="Palais"
    )
    data = head(client, "/en/events/reception/").of_type("Event")
    assert data["startDate"] == "2026-12-16T18:30:00+05:00"
    assert data["endDate"] == "2026-12-16T21:00:00+05:00"
    assert data["location"]["name"] == "Palais"
    assert data["organizer"]["@type"] == "GovernmentOrganization"


def test_the_lists_cost_the_same_queries_with_few_or_many_events(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    now = timezone.localtime()
    for number in range(2):
        make_event(
            f"e{number}", starts=str(now + datetime.timedelta(days=number + 1))[:16]
        )
    few = page_queries(client, "/en/events/")
    for number in range(2, 30):
        make_event(
            f"e{number}", starts=str(now + datetime.timedelta(days=number + 1))[:16]
        )
    assert page_queries(client, "/en/events/") == few


def test_the_home_page_shows_the_next_events(client):
    now = timezone.localtime()
    for number in range(4):
        make_event(
            f"e{number}",
            starts=str(now + datetime.timedelta(days=number + 1))[:16],
            title_en=f"Event number {number}",
        )
    home = client.get("/en/").content.decode()
    assert "Upcoming events" in home
    assert home.index("Event number 0") < home.index("Event number 2")
    assert "Event number 3" not in home


def test_pages_are_kept_no_longer_than_the_next_end_of_an_event():
    make_event(starts="2026-12-16 18:30", ends="2026-12-16 21:00")
    make_event("later", starts="2026-12-20 18:30", ends="2026-12-20 21:00")
    assert pagecache.next_scheduled_change(at("2026-12-16 19:00")) <= at(
        "2026-12-16 21:00"
    )
    assert Event.objects.next_end(at("2026-12-16 19:00")) == at("2026-12-16 21:00")
    assert Event.objects.next_end(at("2026-12-16 21:00")) == at("2026-12-20 21:00")


def test_an_event_cannot_end_before_it_starts():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="end cannot come before"):
        make_event(starts="2026-12-16 18:30", ends="2026-12-16 10:00")


def test_the_sitemap_lists_live_events(client):
    make_event(title_ru="Приём")
    make_event("draft", status=Status.DRAFT)
    assert listed(client, r"/(en|ru|uz)/events/(?!past/)[-\w]+/") == [
        "/en/events/reception/",
        "/ru/events/reception/",
    ]


def test_an_all_day_event_on_the_day_summer_time_begins(settings):
    settings.TIME_ZONE = "Europe/Zurich"
    # Sunday 28 March 2027 lasts 23 hours in Geneva.
    event = make_event(starts="2027-03-28 00:00", all_day=True)
    assert event.ends_by == datetime.datetime(2027, 3, 28, 22, 0, tzinfo=UTC)
    winter = make_event("winter", starts="2027-03-27 18:30")
    summer = make_event("summer", starts="2027-03-29 18:30")
    assert winter.starts_at == datetime.datetime(2027, 3, 27, 17, 30, tzinfo=UTC)
    assert summer.starts_at == datetime.datetime(2027, 3, 29, 16, 30, tzinfo=UTC)


def test_an_article_points_to_its_event_while_the_event_is_live(client):
    from tests.news.factories import make_article

    event = make_event(starts="2026-12-16 18:30", title_en="Navruz reception")
    make_article(slug="navruz", title_en="Navruz in Geneva", event=event)
    page = client.get("/en/news/navruz/").content.decode()
    assert '<h2 id="article-event">The event</h2>' in page
    assert 'href="/en/events/reception/"' in page
    Event.objects.filter(pk=event.pk).update(status=Status.DRAFT)
    page = client.get("/en/news/navruz/").content.decode()
    assert "/en/events/reception/" not in page
