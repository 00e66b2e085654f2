from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from embassy import pagecache

        from .models import Event

        # An event leaves the upcoming list when it ends: the lists are
        # kept no longer than that.
        pagecache.track(Event)
        pagecache.schedule(Event.objects.next_end)
