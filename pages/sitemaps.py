"""The static pages in the sitemap: every page that visitors may see."""

from embassy.sitemaps import LiveSitemap

from .models import Page

# The fixed pages of this app that the sitemap lists.
VIEWS = ("pages:home", "pages:link_list")


class PageSitemap(LiveSitemap):
    location_fields = ("path",)

    def live(self):
        return Page.objects.live()

    def items(self):
        # As PageDetailView shows them: a live page whose pages above are
        # all live too. A draft or expired section hides every page in it.
        pages = list(super().items())
        live_paths = {page.path for page in pages}
        return [
            page
            for page in pages
            if all(path in live_paths for path in page.ancestor_paths)
        ]

    def get_latest_lastmod(self):
        return max((page.updated_at for page in self.items()), default=None)
