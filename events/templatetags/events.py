"""An event's dates in words (``{{ event|when }}``) and what search engines
read of it (``{% event_structured_data %}``)."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from embassy.translated import translated_columns

from ..models import Event

register = template.Library()


@register.filter
def when(event):
    """ "12 March 2027, 18:30–20:00", "1–3 September 2027 (all day)"…, in
    the mission's time zone and the visitor's language."""
    first = date_format(event.first_day, "DATE_FORMAT")
    if event.all_day:
        if event.several_days:
            last = date_format(event.last_day, "DATE_FORMAT")
            return _("%(first)s to %(last)s, all day") % {"first": first, "last": last}
        return _("%(day)s, all day") % {"day": first}
    starts = date_format(timezone.localtime(event.starts_at), "TIME_FORMAT")
    if not event.ends_at:
        return _("%(day)s at %(time)s") % {"day": first, "time": starts}
    ends = timezone.localtime(event.ends_at)
    if event.several_days:
        return _("%(first)s at %(start)s to %(last)s at %(end)s") % {
            "first": first,
            "start": starts,
            "last": date_format(event.last_day, "DATE_FORMAT"),
            "end": date_format(ends, "TIME_FORMAT"),
        }
    return _("%(day)s, %(start)s–%(end)s") % {
        "day": first,
        "start": starts,
        "end": date_format(ends, "TIME_FORMAT"),
    }


@register.simple_tag(takes_context=True)
def event_structured_data(context, event, site):
    """The event as schema.org's Event, organised by the mission."""
    absolute = context["request"].build_absolute_uri
    if event.all_day:
        start, end = event.first_day.isoformat(), event.last_day.isoformat()
    else:
        start = timezone.localtime(event.starts_at).isoformat()
        end = timezone.localtime(event.ends_at).isoformat() if event.ends_at else None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": start,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": absolute(event.get_absolute_url()),
        "organizer": site.structured_data(absolute),
    }
    if end:
        data["endDate"] = end
    if event.summary:
        data["description"] = event.summary
    if event.place_name or event.place_address:
        data["location"] = {
            "@type": "Place",
            "name": event.place_name or event.place_address.splitlines()[0],
            "address": ", ".join(event.place_address.split("\n")).strip(", "),
        }
    if event.picture:
        data["image"] = absolute(event.picture_large.url)
    return data


@register.inclusion_tag("events/_upcoming_events.html")
def upcoming_events(count=3):
    """The next events, for the home page."""
    events = Event.objects.upcoming().defer(*translated_columns("description"))
    return {"upcoming_events": events[:count]}


@register.inclusion_tag("events/_article_event.html")
def article_event(event_id):
    """The event an article is about, when the event is live: one query,
    only for an article that names one."""
    event = None
    if event_id:
        event = Event.objects.live().filter(pk=event_id).first()
    return {"event": event}
