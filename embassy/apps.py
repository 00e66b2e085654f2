from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmbassyConfig(AppConfig):
    name = "embassy"
    verbose_name = _("Site")
