from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficesConfig(AppConfig):
    name = "offices"
    verbose_name = _("Offices and opening hours")

    def ready(self):
        from embassy import pagecache

        from . import opening
        from .models import Closure, Hours, Office

        # Every page's footer shows the offices and whether they are open:
        # an edit shows at once, and a page is kept no longer than the
        # moment its sentence changes ("Open until 13:00" at 13:00).
        pagecache.track(Office, Hours, Closure)
        pagecache.schedule(opening.next_change)
