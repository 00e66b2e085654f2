import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from embassy.pagination import StrictListMixin
from embassy.publishing import PreviewMixin
from embassy.translated import translated_columns
from pages.models import SiteSettings

from .calendar import calendar_response
from .models import Event

# The feed holds what is ahead and what ended lately, so that a calendar
# that subscribed keeps a recent event; at most this many.
FEED_LIMIT = 200
FEED_KEEPS = datetime.timedelta(days=90)


class UpcomingEventsView(StrictListMixin, ListView):
    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = 12
    past = False

    def get_queryset(self):
        events = Event.objects.past() if self.past else Event.objects.upcoming()
        # A list shows no description: its three languages stay unread.
        return events.select_related("category").defer(
            *translated_columns("description")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(past=self.past, **kwargs)


class PastEventsView(UpcomingEventsView):
    past = True


class EventDetailView(PreviewMixin, DetailView):
    model = Event
    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return super().get_queryset().select_related("category")


class EventCalendarView(EventDetailView):
    """One event as an .ics file, for "add to calendar"."""

    def render_to_response(self, context, **response_kwargs):
        event = self.object
        return calendar_response(
            [event], self.request, event.title, f"{event.slug}.ics"
        )


def events_feed(request):
    """The upcoming events, as a calendar subscribes to them."""
    site = SiteSettings.load()
    events = Event.objects.upcoming(timezone.now() - FEED_KEEPS)[:FEED_LIMIT]
    name = _("Events: %(site)s") % {"site": site.name}
    return calendar_response(events, request, name, "events.ics")
