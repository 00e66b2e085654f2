"""The consular guides in the sitemap: every live guide, and the list."""

from embassy.sitemaps import LiveSitemap

from .models import Guide

# The fixed pages of this app that the sitemap lists.
VIEWS = ("consular:guide_list",)


class GuideSitemap(LiveSitemap):
    def live(self):
        return Guide.objects.live()
