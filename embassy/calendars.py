"""Calendars that visitors' applications read (RFC 5545), written through
the icalendar package: one way to answer with a calendar, whatever its
events (the days an office is closed, the mission's events)."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar


def calendar_response(request, product, name, events, filename, attachment=True):
    """A calendar called ``name`` of ``events``: (local id, icalendar
    Event) pairs, each given its unique id on this site and its stamp."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Embassy//{product}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    host = request.get_host().split(":")[0]
    now = timezone.now()
    for local_id, event in events:
        event.add("uid", f"{local_id}@{host}")
        event.add("dtstamp", now)
        calendar.add_component(event)
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
