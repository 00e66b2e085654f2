"""Events as iCalendar (RFC 5545), through the icalendar package: one
event's file ("add to calendar") and the feed of upcoming events."""

import datetime

from icalendar import Event as CalendarEvent

from embassy import calendars
from embassy.metadata import plain_text


def calendar_response(events, request, name, filename):
    return calendars.calendar_response(
        request,
        "Events",
        name,
        ((f"event-{event.pk}", _component(event, request)) for event in events),
        filename,
    )


def _component(event, request):
    item = CalendarEvent()
    item.add("summary", event.title)
    if event.all_day:
        item.add("dtstart", event.first_day)
        # The end of an all-day event is the day after its last (exclusive).
        item.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        item.add("dtstart", event.starts_at.astimezone(datetime.UTC))
        if event.ends_at:
            item.add("dtend", event.ends_at.astimezone(datetime.UTC))
    location = ", ".join(
        part
        for part in (event.place_name, " ".join(event.place_address.split()))
        if part
    )
    if location:
        item.add("location", location)
    description = event.summary or plain_text(event.description)
    if description:
        item.add("description", description)
    item.add("url", request.build_absolute_uri(event.get_absolute_url()))
    return item
