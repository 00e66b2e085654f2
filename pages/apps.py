from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages, menu and home page")

    def ready(self):
        from embassy import pagecache, review

        from .models import (
            HeadOfMission,
            LinkGroup,
            MenuItem,
            Page,
            SiteSettings,
            Slide,
            UsefulLink,
        )

        pagecache.track(
            Page, MenuItem, Slide, LinkGroup, UsefulLink, SiteSettings, HeadOfMission
        )
        review.required_when(lambda: SiteSettings.load().review_before_publishing)
