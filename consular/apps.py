from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsularConfig(AppConfig):
    name = "consular"
    verbose_name = _("Consular services")

    def ready(self):
        from embassy import pagecache

        from .models import Fee, Guide, GuideForm, RequiredDocument

        pagecache.track(Guide, RequiredDocument, Fee, GuideForm)
