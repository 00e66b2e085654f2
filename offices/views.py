import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from icalendar import Event

from embassy.calendars import calendar_response
from embassy.metadata import without_blanks
from pages.models import SiteSettings

from . import opening
from .models import Closure, Hours

# schema.org's names of the days, Monday first.
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# What the closures' calendar holds: the past year, for whoever looks back,
# and everything entered ahead.
FEED_SINCE = datetime.timedelta(days=366)
FEED_LIMIT = 500


class ContactsView(TemplateView):
    """Every office: how to reach it, whether it is open now, its weekly
    hours, and the days it will be closed."""

    template_name = "offices/contacts.html"

    def get_context_data(self, **kwargs):
        offices = opening.offices_now(opening.remembered_offices())
        closures = {
            closure.pk: closure
            for entry in offices
            for closure in entry.office.closures_ahead
        }
        closures = sorted(closures.values(), key=lambda c: (c.first_day, c.pk))
        return super().get_context_data(
            offices=offices,
            closures=closures,
            structured_data=structured_data(
                [entry.office for entry in offices], self.request.build_absolute_uri
            ),
            **kwargs,
        )


def structured_data(offices, absolute_url):
    """The offices as schema.org's GovernmentOffice, for JSON-LD: how to
    reach each, its weekly hours, and the days ahead it is closed."""
    graph = []
    for office in offices:
        data = {
            "@type": "GovernmentOffice",
            "name": office.name,
            "url": absolute_url(f"{reverse('offices:contacts')}#office-{office.pk}"),
            "address": office.address_line,
            "telephone": [number for number, _tel in office.phone_list],
            "email": office.email,
            "openingHoursSpecification": [
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": f"https://schema.org/{DAYS[hour.weekday]}",
                    "opens": f"{hour.opens:%H:%M}",
                    "closes": f"{hour.closes:%H:%M}",
                }
                for hour in office.hours.all()
                if hour.kind == Hours.Kind.OPENING
            ],
            # Closed all day, as schema.org says it.
            "specialOpeningHoursSpecification": [
                {
                    "@type": "OpeningHoursSpecification",
                    "validFrom": closure.first_day.isoformat(),
                    "validThrough": closure.last_day.isoformat(),
                    "opens": "00:00",
                    "closes": "00:00",
                }
                for closure in office.closures_ahead
            ],
        }
        if office.map_url:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": f"{office.latitude:f}",
                "longitude": f"{office.longitude:f}",
            }
        graph.append(without_blanks(data))
    return {"@context": "https://schema.org", "@graph": graph} if graph else None


def closures_feed(request):
    """The days closed, as an iCalendar (RFC 5545) feed a calendar
    subscribes to."""
    site = SiteSettings.load()
    # The latest first, should there be more than the limit.
    closures = (
        Closure.objects.select_related("office")
        .filter(last_day__gte=timezone.localdate() - FEED_SINCE)
        .order_by("-first_day", "-pk")[:FEED_LIMIT]
    )
    return calendar_response(
        request,
        "Closures",
        _("Days closed: %(site)s") % {"site": site.name},
        ((f"closure-{closure.pk}", _closure_event(closure)) for closure in closures),
        "closures.ics",
        attachment=False,
    )


def _closure_event(closure):
    event = Event()
    event.add("dtstart", closure.first_day)
    # The end of an all-day event is the day after (exclusive).
    event.add("dtend", closure.day_after)
    if closure.office:
        summary = _("%(office)s closed: %(reason)s") % {
            "office": closure.office.name,
            "reason": closure.reason,
        }
    else:
        summary = _("Closed: %(reason)s") % {"reason": closure.reason}
    event.add("summary", summary)
    event.add("transp", "TRANSPARENT")
    return event
