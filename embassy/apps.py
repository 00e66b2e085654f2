from pathlib import Path

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class EmbassyConfig(AppConfig):
    name = "embassy"
    verbose_name = _("Site")

    def ready(self):
        from django.conf import settings

        from . import pagecache
        from .models import ChangeNote, TextImage

        # Django writes uploads there but does not make the folder.
        Path(settings.FILE_UPLOAD_TEMP_DIR).mkdir(parents=True, exist_ok=True)

        # A picture in a text is shown with the text, a note of a change
        # with the changed text.
        pagecache.track(TextImage, ChangeNote)


class StaffAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the site that can require a second factor."""

    default = False  # EmbassyConfig is this module's own app

    default_site = "embassy.adminsite.StaffAdminSite"
