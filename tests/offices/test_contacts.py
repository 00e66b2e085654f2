"""The offices on the site: the contacts page, the footer of every page,
the closures' calendar, the page cache's schedule and the editors' forms."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from embassy import pagecache
from offices.models import Closure, Hours, Office
from tests.alerts.factories import every_language, make_alert
from tests.conftest import BACKEND
from tests.embassy.test_metadata import PAGES, site  # noqa: F401 (a fixture)
from tests.head import head
from tests.queries import page_queries
from tests.sitemaps import listed

from .factories import closure, hours, make_office

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def offices():
    chancery = make_office(latitude="46.2236", longitude="6.1404")
    hours(("9:00", "13:00"), ("14:00", "18:00"), office=chancery)
    consular = make_office(
        name="Consular section",
        order=1,
        phones="+41 22 000 00 02",
        email="consular@example.org",
        emergency_phone="+41 79 000 00 00",
        note_en="Visitors are received by appointment.",
    )
    hours(("9:00", "13:00"), office=consular)
    hours(("9:30", "12:30"), days=[0, 3], kind=Hours.Kind.RECEPTION, office=consular)
    today = timezone.localdate()
    return {
        "chancery": chancery,
        "consular": consular,
        "past": closure(str(today - 30 * DAY), "New Year's Day", save=True),
        "ahead": closure(str(today + 20 * DAY), "Independence Day", save=True),
        "training": closure(
            str(today + 40 * DAY), "Staff training", office=consular, save=True
        ),
    }


def test_the_contacts_page_in_each_language(client, offices):
    for language in ("en", "ru", "uz"):
        response = client.get(f"/{language}/contacts/")
        assert response.status_code == 200
    page = client.get("/en/contacts/").content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    assert main.index("Chancery") < main.index("Consular section"), "in their order"
    assert '<a class="nowrap" href="tel:+41220000001">+41 22 000 00 01</a>' in main
    assert 'href="mailto:consular@example.org"' in main
    assert 'href="tel:+41790000000"' in main
    assert "Emergency telephone for citizens, at any hour" in main
    assert "Visitors are received by appointment." in main
    assert (
        'href="https://www.openstreetmap.org/?mlat=46.223600&amp;mlon=6.140400'
        '#map=17/46.223600/6.140400"' in main
    )
    # A plain link: no map is embedded, no script or frame from elsewhere.
    assert "<iframe" not in page and '<script src="http' not in page
    # Every office's state, its week, and the consular reception's column
    # only where there is one.
    assert main.count('class="opening-state ') == 3
    assert "<caption>Weekly hours: Chancery</caption>" in main
    assert "<caption>Weekly hours: Consular section</caption>" in main
    assert main.count('<th scope="col">Consular reception</th>') == 1
    monday = main.index('<th scope="row">Monday</th>')
    assert main.index("9:00–13:00", monday) < main.index("14:00–18:00", monday)
    assert main.count('<th scope="row">Sunday</th><td>Closed') == 2
    # The days closed ahead, not those past; one office's is said to be.
    assert "Independence Day" in main and "New Year" not in main
    assert "Staff training (Consular section)" in main
    assert 'href="/en/contacts/closures.ics"' in main


def test_the_contacts_page_in_russian(client, offices):
    page = client.get("/ru/contacts/").content.decode()
    assert "Контакты и часы работы" in page
    assert "Chancery (ru)" in page
    assert "Independence Day (ru)" in page
    assert "Понедельник" in page


def test_without_offices_the_page_says_so(client):
    page = client.get("/en/contacts/").content.decode()
    assert "No contacts yet." in page
    assert "No closures are announced." in page


def test_the_closures_calendar(client, offices):
    response = client.get("/ru/contacts/closures.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    events = {str(event["summary"]): event for event in calendar.walk("VEVENT")}
    # The past year and what is ahead, in the language of the address.
    assert set(events) == {
        "Закрыто: New Year's Day (ru)",
        "Закрыто: Independence Day (ru)",
        "Consular section (ru): закрыто — Staff training (ru)",
    }
    ahead = events["Закрыто: Independence Day (ru)"]
    day = offices["ahead"].first_day
    # A whole day: its end is the next day, as RFC 5545 says.
    assert ahead.decoded("dtstart") == day
    assert ahead.decoded("dtend") == day + DAY
    assert len({str(event["uid"]) for event in events.values()}) == 3


def test_a_closure_older_than_a_year_leaves_the_calendar(client, offices):
    closure(str(timezone.localdate() - 400 * DAY), "Long ago", save=True)
    calendar = Calendar.from_ical(client.get("/en/contacts/closures.ics").content)
    summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert "Closed: Long ago" not in summaries
    assert "Closed: New Year's Day" in summaries


@pytest.mark.parametrize("name", PAGES)
def test_every_page_shows_the_offices_and_whether_they_are_open(
    client,
    site,  # noqa: F811
    offices,
    name,
):
    url, status = PAGES[name]
    page = client.get(url)
    assert page.status_code == status
    footer = page.content.decode().split('<footer class="site-footer">')[1]
    assert footer.count('class="opening-state ') == 2
    assert "Rue de Varembé 3<br>1202 Geneva" in footer
    assert 'href="/en/contacts/"' in footer


def test_a_closure_today_is_on_every_page(client, offices):
    today = timezone.localdate()
    # From yesterday to tomorrow: "today" whatever the clock says.
    closure(str(today - DAY), "Mourning", last_day=str(today + DAY), save=True)
    footer = client.get("/en/news/").content.decode().split("<footer")[1]
    assert footer.count("Closed today: Mourning") == 2


def test_the_footer_costs_the_same_queries_with_one_closure_or_fifty(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    office = make_office()
    hours(("9:00", "18:00"), office=office)
    today = timezone.localdate()
    closure(str(today + DAY), save=True)
    make_alert()
    one = page_queries(client, "/en/news/")
    for number in range(2, 51):
        closure(str(today + number * DAY), f"Holiday {number}", save=True)
        make_alert(**every_language("title", f"Alert {number}"))
    for number in range(4):
        hours(("9:00", "18:00"), office=make_office(f"Office {number}", order=number))
    assert page_queries(client, "/en/news/") == one
    footer = client.get("/en/news/").content.decode().split("<footer")[1]
    assert footer.count('class="opening-state ') == 5


def test_pages_are_kept_no_longer_than_the_next_opening_or_closing(offices):
    zone = timezone.get_default_timezone()
    monday = datetime.date(2026, 8, 31)
    assert monday.weekday() == 0
    Closure.objects.all().delete()

    def local(hour, minute=0, day=monday):
        return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=zone)

    # Open: until the consular reception ends at 12:30, then the section
    # closes at 13:00.
    assert pagecache.next_scheduled_change(local(10)) == local(12, 30)
    assert pagecache.next_scheduled_change(local(12, 30)) == local(13)
    # Closed for lunch: the chancery reopens at 14:00.
    assert pagecache.next_scheduled_change(local(13, 30)) == local(14)
    # Closed for the night: at midnight, "tomorrow" is "today".
    assert pagecache.next_scheduled_change(local(19)) == local(0, day=monday + DAY)
    # An alert that ends before wins.
    alert = make_alert(publish_at=local(9), end_at=local(11))
    assert pagecache.next_scheduled_change(local(10)) == alert.end_at


@pytest.mark.parametrize(
    "change",
    [
        lambda offices: Office.objects.filter(pk=offices["chancery"].pk).update(
            phones="+41 22 999 99 99"
        ),
        lambda offices: hours(("7:00", "8:00"), days=[6], office=offices["chancery"]),
        lambda offices: offices["ahead"].delete(),
    ],
    ids=["office updated", "hours added", "closure deleted"],
)
def test_a_change_to_the_offices_is_a_change_of_content(
    client, offices, change, django_capture_on_commit_callbacks
):
    assert client.get("/en/news/")["X-Page-Cache"] == "miss"
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        change(offices)
    assert client.get("/en/news/")["X-Page-Cache"] == "miss"


def test_a_closure_needs_a_reason_in_every_language(offices):
    item = Closure(first_day=timezone.localdate(), reason_en="Independence Day")
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert {"reason_ru", "reason_uz"} <= set(refused.value.error_dict)


def test_a_closure_cannot_end_before_it_begins():
    item = closure("2026-09-02", last_day="2026-09-01")
    with pytest.raises(ValidationError, match="The last day cannot come before"):
        item.full_clean()
    single = closure("2026-09-01")
    single.last_day = None
    single.full_clean()
    single.save()
    assert single.last_day == single.first_day


def test_hours_must_close_after_they_open():
    office = make_office()
    (item,) = hours(("13:00", "9:00"), days=[0])
    item.office = office
    with pytest.raises(ValidationError, match="The closing time must follow"):
        item.full_clean()


def test_a_place_on_the_map_needs_both_coordinates():
    with pytest.raises(ValidationError, match="both the latitude and the longitude"):
        make_office(latitude="46.2236")
    with pytest.raises(ValidationError):
        make_office(latitude="91", longitude="6")


def test_a_site_editor_enters_an_office_with_its_hours_and_a_closure(roles):
    from django.contrib.auth.models import Group, User

    editor = User.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Site editors"))
    client = Client()
    client.force_login(editor, backend=BACKEND)
    response = client.post(
        reverse("admin:offices_office_add"),
        {
            "name_en": "Chancery",
            "name_ru": "Канцелярия",
            "address_en": "Rue de Varembé 3",
            "phones": "+41 22 000 00 00",
            "order": "0",
            "hours-TOTAL_FORMS": "2",
            "hours-INITIAL_FORMS": "0",
            "hours-0-kind": "opening",
            "hours-0-weekday": "0",
            "hours-0-opens": "09:00",
            "hours-0-closes": "13:00",
            "hours-1-kind": "reception",
            "hours-1-weekday": "0",
            "hours-1-opens": "09:30",
            "hours-1-closes": "12:30",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    office = Office.objects.get()
    assert office.hours.count() == 2
    # A closure in English only is refused, and what was typed is kept.
    url = reverse("admin:offices_closure_add")
    typed = {"reason_en": "Independence Day", "first_day": "2026-09-01", "office": ""}
    refused = client.post(url, typed)
    assert refused.status_code == 200
    assert 'value="Independence Day"' in refused.content.decode()
    assert not Closure.objects.exists()
    typed |= {"reason_ru": "День независимости", "reason_uz": "Mustaqillik kuni"}
    assert client.post(url, typed).status_code == 302
    assert Closure.objects.get().last_day == datetime.date(2026, 9, 1)


def test_the_site_settings_contacts_become_the_first_office(transactional_db):
    """The migration that moved the contacts out of the site settings keeps
    every text an editor had entered there."""
    executor = MigrationExecutor(connection)
    before = [("pages", "0011_reviewers_group"), ("offices", "0002_roles")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    old.get_model("pages", "SiteSettings").objects.create(
        pk=1,
        address_en="Rue de Varembé 3",
        address_ru="Рю де Варембе 3",
        phones="+41 22 000 00 00",
        email="mission@example.org",
        # From before the field was translated: in its own column only.
        opening_hours="Monday to Friday, 9:00–18:00",
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    office = Office.objects.get()
    assert office.name_en == "Mission"
    assert (office.address_en, office.address_ru) == (
        "Rue de Varembé 3",
        "Рю де Варембе 3",
    )
    assert (office.phones, office.email) == ("+41 22 000 00 00", "mission@example.org")
    assert office.note_en == "Monday to Friday, 9:00–18:00"


def test_search_engines_read_each_office_with_its_hours(client, offices):
    (data,) = head(client, "/en/contacts/").json_ld
    chancery, consular = data["@graph"]
    assert chancery["@type"] == "GovernmentOffice"
    assert chancery["name"] == "Chancery"
    assert chancery["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": "46.223600",
        "longitude": "6.140400",
    }
    assert chancery["openingHoursSpecification"][:2] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Monday",
            "opens": "09:00",
            "closes": "13:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Monday",
            "opens": "14:00",
            "closes": "18:00",
        },
    ]
    # Reception hours are not the office's opening hours.
    assert len(consular["openingHoursSpecification"]) == 5
    # The days ahead it is closed: everyone's, and its own.
    closed = [day["validFrom"] for day in consular["specialOpeningHoursSpecification"]]
    assert closed == [
        offices["ahead"].first_day.isoformat(),
        offices["training"].first_day.isoformat(),
    ]
    assert "geo" not in consular


def test_the_sitemap_lists_the_contacts_page_in_every_language(client):
    assert listed(client, r"/(en|ru|uz)/contacts/") == [
        "/en/contacts/",
        "/ru/contacts/",
        "/uz/contacts/",
    ]


def test_overlapping_ranges_on_one_day_are_refused(admin_client):
    office = make_office()
    data = {
        "name_en": "Chancery",
        "address_en": "Rue de Varembé 3",
        "order": "0",
        "hours-TOTAL_FORMS": "3",
        "hours-INITIAL_FORMS": "0",
        "hours-0-kind": "opening",
        "hours-0-weekday": "0",
        "hours-0-opens": "09:00",
        "hours-0-closes": "13:00",
        "hours-1-kind": "opening",
        "hours-1-weekday": "0",
        "hours-1-opens": "12:00",
        "hours-1-closes": "14:00",
        # Another kind may overlap: reception is within opening hours.
        "hours-2-kind": "reception",
        "hours-2-weekday": "0",
        "hours-2-opens": "09:30",
        "hours-2-closes": "12:30",
    }
    url = reverse("admin:offices_office_change", args=[office.pk])
    refused = admin_client.post(url, data)
    assert refused.status_code == 200
    assert "Monday: 09:00–13:00 and 12:00–14:00 overlap." in refused.content.decode()
    assert not office.hours.exists()
    data["hours-1-opens"] = "13:00"
    assert admin_client.post(url, data).status_code == 302
    assert office.hours.count() == 3
