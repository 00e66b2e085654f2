"""The photo gallery in the sitemap: every live album."""

from embassy.sitemaps import LiveSitemap

from .models import Album

# The fixed pages of the gallery that the sitemap lists.
VIEWS = ("gallery:album_list",)


class AlbumSitemap(LiveSitemap):
    def live(self):
        return Album.objects.live()
