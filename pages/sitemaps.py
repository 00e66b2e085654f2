"""The static pages in the sitemap: every page that visitors may see."""

from embassy.sitemaps import LiveSitemap

from .models import Page

# The fixed pages of this app that the sitemap lists.
VIEWS = ("pages:home", "pages:link_list")


class PageSitemap(LiveSitemap):
    location_fields = ("path",)

    def live(self):
        # Live pages are those whose pages above are live too.
        return Page.objects.live()

    def get_latest_lastmod(self):
        return max((page.updated_at for page in self.items()), default=None)
