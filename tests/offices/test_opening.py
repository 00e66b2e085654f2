"""Whether an office is open: the sentence at a given moment, in the
mission's time zone, for a table of moments around openings, breaks,
closings, closures, midnight and the changes of summer time."""

import datetime
import zoneinfo

import pytest
from django.utils import translation

from offices.opening import state

from .factories import closure, hours

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
UTC = datetime.UTC

# Monday to Friday, with a lunch break.
WEEK = hours(("9:00", "13:00"), ("14:00", "18:00"))
# Tuesday 1 September 2026.
CLOSURES = [closure("2026-09-01", "Independence Day")]


@pytest.fixture(autouse=True)
def mission_in_geneva(settings):
    # A zone with summer time, unlike Tashkent.
    settings.TIME_ZONE = "Europe/Zurich"


def at(text):
    return datetime.datetime.fromisoformat(text).replace(tzinfo=ZURICH)


def sentence(moment, week=WEEK, closures=CLOSURES, language="en"):
    with translation.override(language):
        found = state(week, closures, at(moment))
        return " · ".join(part for part in (found.headline, found.next_opening) if part)


# Each moment, and the sentence in English, Russian and Uzbek.
MOMENTS = [
    # Monday 31 August 2026.
    (
        "2026-08-31 08:59",
        "Closed now · Opens today at 9:00",
        "Сейчас закрыто · Откроется сегодня в 9:00",
        "Hozir yopiq · Bugun soat 9:00 da ochiladi",
    ),
    ("2026-08-31 09:00", "Open until 13:00", "Открыто до 13:00", "13:00 gacha ochiq"),
    (
        "2026-08-31 12:59:59",
        "Open until 13:00",
        "Открыто до 13:00",
        "13:00 gacha ochiq",
    ),
    # The lunch break.
    (
        "2026-08-31 13:00",
        "Closed now · Opens today at 14:00",
        "Сейчас закрыто · Откроется сегодня в 14:00",
        "Hozir yopiq · Bugun soat 14:00 da ochiladi",
    ),
    ("2026-08-31 17:30", "Open until 18:00", "Открыто до 18:00", "18:00 gacha ochiq"),
    # The day before a closure: not tomorrow, but the day after.
    (
        "2026-08-31 18:00",
        "Closed now · Opens Wednesday at 9:00",
        "Сейчас закрыто · Откроется в среду в 9:00",
        "Hozir yopiq · Chorshanba kuni soat 9:00 da ochiladi",
    ),
    (
        "2026-08-31 23:59:59",
        "Closed now · Opens Wednesday at 9:00",
        "Сейчас закрыто · Откроется в среду в 9:00",
        "Hozir yopiq · Chorshanba kuni soat 9:00 da ochiladi",
    ),
    # On the closure's day, from midnight.
    (
        "2026-09-01 00:00",
        "Closed today: Independence Day · Opens tomorrow at 9:00",
        "Сегодня закрыто: Independence Day (ru) · Откроется завтра в 9:00",
        "Bugun yopiq: Independence Day (uz) · Ertaga soat 9:00 da ochiladi",
    ),
    (
        "2026-09-01 10:00",
        "Closed today: Independence Day · Opens tomorrow at 9:00",
        "Сегодня закрыто: Independence Day (ru) · Откроется завтра в 9:00",
        "Bugun yopiq: Independence Day (uz) · Ertaga soat 9:00 da ochiladi",
    ),
    # Friday evening, Saturday, Sunday night across midnight.
    (
        "2026-09-04 18:00",
        "Closed now · Opens Monday at 9:00",
        "Сейчас закрыто · Откроется в понедельник в 9:00",
        "Hozir yopiq · Dushanba kuni soat 9:00 da ochiladi",
    ),
    (
        "2026-09-05 12:00",
        "Closed now · Opens Monday at 9:00",
        "Сейчас закрыто · Откроется в понедельник в 9:00",
        "Hozir yopiq · Dushanba kuni soat 9:00 da ochiladi",
    ),
    (
        "2026-09-06 23:59",
        "Closed now · Opens tomorrow at 9:00",
        "Сейчас закрыто · Откроется завтра в 9:00",
        "Hozir yopiq · Ertaga soat 9:00 da ochiladi",
    ),
    (
        "2026-09-07 00:00",
        "Closed now · Opens today at 9:00",
        "Сейчас закрыто · Откроется сегодня в 9:00",
        "Hozir yopiq · Bugun soat 9:00 da ochiladi",
    ),
    # The Saturday before summer time begins (Sunday 29 March 2026).
    (
        "2026-03-28 12:00",
        "Closed now · Opens Monday at 9:00",
        "Сейчас закрыто · Откроется в понедельник в 9:00",
        "Hozir yopiq · Dushanba kuni soat 9:00 da ochiladi",
    ),
]


@pytest.mark.parametrize(("moment", "en", "ru", "uz"), MOMENTS)
def test_the_sentence_at_each_moment_in_each_language(moment, en, ru, uz):
    for language, expected in (("en", en), ("ru", ru), ("uz", uz)):
        assert sentence(moment, language=language) == expected, language


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Closed today: Winter break · Opens on 19 January at 9:00"),
        ("ru", "Сегодня закрыто: Winter break (ru) · Откроется 19 января в 9:00"),
        ("uz", "Bugun yopiq: Winter break (uz) · 19-Yanvar kuni soat 9:00 da ochiladi"),
    ],
)
def test_an_opening_a_week_away_or_more_gives_its_date(language, expected):
    winter = [closure("2026-01-05", "Winter break", last_day="2026-01-17")]
    assert sentence("2026-01-06 10:00", closures=winter, language=language) == expected


def test_ranges_that_meet_are_one_opening():
    week = hours(("9:00", "13:00"), ("13:00", "18:00"), ("12:00", "14:00"))
    assert sentence("2026-08-31 10:00", week=week) == "Open until 18:00"


def test_an_office_without_hours_has_no_state():
    assert state([], CLOSURES, at("2026-08-31 10:00")) is None


def test_an_office_closed_past_the_horizon_is_just_closed():
    long = [closure("2026-08-01", "Move", last_day="2027-08-01")]
    assert sentence("2026-09-01 10:00", closures=long) == "Closed today: Move"


@pytest.mark.parametrize(
    ("moment", "changes_at"),
    [
        # Open: at closing time.
        ("2026-08-31 10:00", "2026-08-31 13:00"),
        # Closed for lunch: at the reopening.
        ("2026-08-31 13:30", "2026-08-31 14:00"),
        # Closed for the night: at midnight, when "tomorrow" becomes "today".
        ("2026-08-31 19:00", "2026-09-01 00:00"),
    ],
)
def test_the_state_lasts_until_its_next_change(moment, changes_at):
    assert state(WEEK, CLOSURES, at(moment)).changes_at == at(changes_at)


@pytest.mark.parametrize(
    ("moment", "opens_utc"),
    [
        # Before summer time begins (Sunday 29 March 2026, 2:00 → 3:00) the
        # opening is an hour later in UTC than after.
        ("2026-03-27 08:00", "2026-03-27 08:00"),
        ("2026-03-28 12:00", "2026-03-30 07:00"),
        # And across its end (Sunday 25 October 2026, 3:00 → 2:00).
        ("2026-10-23 18:30", "2026-10-26 08:00"),
    ],
)
def test_openings_across_a_change_of_summer_time(moment, opens_utc):
    found = state(WEEK, [], at(moment))
    expected = datetime.datetime.fromisoformat(opens_utc).replace(tzinfo=UTC)
    assert found.opens == expected
    # Still said in the mission's wall time.
    assert found.next_opening.endswith("at 9:00")


def test_midnight_on_the_day_summer_time_begins():
    # Saturday 28 March, 23:30 CET: the next midnight is 23:00 UTC.
    found = state(WEEK, [], at("2026-03-28 23:30"))
    assert found.changes_at == datetime.datetime(2026, 3, 28, 23, 0, tzinfo=UTC)


def test_the_state_is_read_in_the_missions_zone(settings):
    # 7:30 in UTC is 9:30 in Geneva in summer.
    utc_moment = datetime.datetime(2026, 8, 31, 7, 30, tzinfo=UTC)
    assert state(WEEK, [], utc_moment).is_open
    settings.TIME_ZONE = "Asia/Tashkent"
    # ...and 12:30 in Tashkent.
    assert state(WEEK, [], utc_moment).headline == "Open until 13:00"
