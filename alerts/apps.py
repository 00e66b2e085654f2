from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Alerts")

    def ready(self):
        from embassy import pagecache

        from .models import Alert

        # Every page shows the live alerts: a change shows at once, and a
        # start or end time is the pages' next scheduled change.
        pagecache.track(Alert)
