"""Events in the sitemap: every live event, upcoming or past, and the lists."""

from embassy.sitemaps import LiveSitemap

from .models import Event

# The fixed pages of this app that the sitemap lists.
VIEWS = ("events:event_list", "events:past_events")


class EventSitemap(LiveSitemap):
    def live(self):
        return Event.objects.live()
