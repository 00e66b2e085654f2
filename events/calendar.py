"""Events as iCalendar (RFC 5545), through the icalendar package: one
event's file ("add to calendar") and the feed of upcoming events."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from embassy.metadata import plain_text


def calendar_response(events, request, name, filename):
    calendar = Calendar()
    calendar.add("prodid", "-//Embassy//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    host = request.get_host().split(":")[0]
    now = timezone.now()
    for event in events:
        calendar.add_component(_component(event, request, host, now))
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _component(event, request, host, now):
    item = CalendarEvent()
    item.add("uid", f"event-{event.pk}@{host}")
    item.add("dtstamp", now)
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
