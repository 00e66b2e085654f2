"""Whether an office is open, in the mission's time zone (TIME_ZONE), and
the sentence that says so: "Open until 13:00", "Closed today: Independence
Day", "Opens Monday at 9:00".

Computed when a page is served, from the offices kept as the menu is
(``pagecache.remembered``); ``next_change`` tells the page cache when the
sentence changes, so that no page shows it for longer.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from embassy import pagecache

from .models import Closure, Hours, Office

# How far ahead the next opening is looked for: past it, an office closed
# for longer (a move, a crisis) is just "Closed".
HORIZON_DAYS = 92

OPENS_ON = {
    0: lambda time: _("Opens Monday at %(time)s") % {"time": time},
    1: lambda time: _("Opens Tuesday at %(time)s") % {"time": time},
    2: lambda time: _("Opens Wednesday at %(time)s") % {"time": time},
    3: lambda time: _("Opens Thursday at %(time)s") % {"time": time},
    4: lambda time: _("Opens Friday at %(time)s") % {"time": time},
    5: lambda time: _("Opens Saturday at %(time)s") % {"time": time},
    6: lambda time: _("Opens Sunday at %(time)s") % {"time": time},
}


@dataclass(frozen=True)
class State:
    is_open: bool
    # When it closes, if open; when it opens next, if closed (None beyond
    # the horizon).
    until: datetime.datetime | None
    opens: datetime.datetime | None
    # Why it is closed today, if a closure says.
    closure: Closure | None
    # When this state ends: the next opening or closing, or midnight, when
    # "today" and "tomorrow" move on.
    changes_at: datetime.datetime
    now: datetime.datetime

    @property
    def headline(self):
        if self.is_open:
            return _("Open until %(time)s") % {"time": clock(self.until)}
        if self.closure:
            return _("Closed today: %(reason)s") % {"reason": self.closure.reason}
        return _("Closed now")

    @property
    def next_opening(self):
        """When it opens, in words, or "" while it is open."""
        if self.is_open or self.opens is None:
            return ""
        time = clock(self.opens)
        days = (self.opens.date() - self.now.date()).days
        if days == 0:
            return _("Opens today at %(time)s") % {"time": time}
        if days == 1:
            return _("Opens tomorrow at %(time)s") % {"time": time}
        if days < 7:
            return OPENS_ON[self.opens.weekday()](time)
        return _("Opens on %(date)s at %(time)s") % {
            # The day and month, as each language writes them.
            "date": date_format(self.opens, pgettext("day and month", "j F")),
            "time": time,
        }


def clock(moment):
    return date_format(moment, "G:i")


def state(hours, closures, now):
    """The state at ``now`` of an office with these weekly ``hours`` (of one
    kind) and ``closures`` (its own and every office's), or None if it has
    no hours."""
    if not hours:
        return None
    zone = timezone.get_default_timezone()
    now = now.astimezone(zone)
    today = now.date()
    midnight = next_midnight(now)
    closed_today = _closure_on(today, closures)
    for offset in range(HORIZON_DAYS):
        day = today + datetime.timedelta(days=offset)
        if _closure_on(day, closures):
            continue
        for opens, closes in _spans(day, hours, zone):
            if closes <= now:
                continue
            if opens <= now:
                return State(True, closes, None, None, min(closes, midnight), now)
            return State(False, None, opens, closed_today, min(opens, midnight), now)
    return State(False, None, None, closed_today, midnight, now)


def next_midnight(now):
    """The start of the next day in the mission's time zone."""
    zone = timezone.get_default_timezone()
    tomorrow = now.astimezone(zone).date() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time(), tzinfo=zone)


def _closure_on(day, closures):
    return next((c for c in closures if c.first_day <= day <= c.last_day), None)


def _spans(day, hours, zone):
    """The day's ranges as times in the zone, in order, those that touch or
    overlap joined: 9:00–13:00 and 13:00–18:00 are open until 18:00."""
    spans = []
    for hour in sorted(
        (h for h in hours if h.weekday == day.weekday()), key=lambda h: h.opens
    ):
        # A wall time that a change to summer time skips is read as the
        # time zone's rules say (2:30 is 3:30).
        opens = datetime.datetime.combine(day, hour.opens, tzinfo=zone)
        closes = datetime.datetime.combine(day, hour.closes, tzinfo=zone)
        if spans and opens <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], closes))
        else:
            spans.append((opens, closes))
    return spans


@dataclass(frozen=True)
class OfficeToday:
    """An office as the footer and the contacts page show it."""

    office: Office
    opening: State | None
    reception: State | None

    @property
    def week(self):
        """Monday first, rows of (day, opening hours, reception hours); an
        empty list is a day closed."""
        hours = self.office.hours.all()
        return [
            (
                label,
                [h for h in hours if h.weekday == day and h.kind == Hours.Kind.OPENING],
                [
                    h
                    for h in hours
                    if h.weekday == day and h.kind == Hours.Kind.RECEPTION
                ],
            )
            for day, label in Hours.Weekday.choices
        ]

    @property
    def has_reception(self):
        return any(h.kind == Hours.Kind.RECEPTION for h in self.office.hours.all())


def load(today):
    """The offices with their hours, and the closures from ``today`` on,
    in three queries whatever their number."""
    offices = list(
        Office.objects.prefetch_related(
            Prefetch("hours", queryset=Hours.objects.order_by("weekday", "opens"))
        )
    )
    closures = list(
        Closure.objects.filter(last_day__gte=today).filter(
            Q(office__isnull=True) | Q(office__in=offices)
        )
    )
    by_pk = {office.pk: office for office in offices}
    for closure in closures:
        if closure.office_id:
            closure.office = by_pk[closure.office_id]
    for office in offices:
        office.closures_ahead = [
            c for c in closures if c.office_id in (None, office.pk)
        ]
    return offices


def remembered_offices():
    """The offices, kept until the content changes or the next change of
    their state (which is never later than midnight, when ``today`` moves
    on): no query on most pages."""
    return pagecache.remembered("offices", lambda: load(timezone.localdate()))


def offices_now(offices, now=None):
    now = now or timezone.now()
    return [
        OfficeToday(
            office,
            state(_of_kind(office, Hours.Kind.OPENING), office.closures_ahead, now),
            state(_of_kind(office, Hours.Kind.RECEPTION), office.closures_ahead, now),
        )
        for office in offices
    ]


def _of_kind(office, kind):
    return [hour for hour in office.hours.all() if hour.kind == kind]


def next_change(now):
    """When any office's state next changes, for the page cache: read
    afresh (the cache asks once per change of content), never remembered."""
    offices = load(timezone.localdate(now))
    if not offices:
        return None
    states = [
        s
        for entry in offices_now(offices, now)
        for s in (entry.opening, entry.reception)
        if s
    ]
    return min([next_midnight(now), *(s.changes_at for s in states)])
