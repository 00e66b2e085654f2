"""What every sitemap of the site has in common; each app declares its own
sitemaps on these, and the root URLconf assembles them under /sitemap.xml.

A URL is listed once in each language its item really has, with hreflang
alternates naming those languages and ``x-default``. Django's i18n sitemap
support does all of it through one hook, ``get_languages_for_item``, which
decides both the URLs listed and their alternates: no more is needed. The
page of an item in a language it lacks shows the English text, so it is
not a page in that language and is not listed as one.

Publishable items are read through ``live()`` alone: nothing unpublished
is listed, by construction.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

# sitemaps.org allows 50,000 URLs and 50 MB in one file. A URL of a long
# slug (250 characters) with its four alternates takes about 1.8 KB, so
# 50,000 of them could pass 50 MB; 20,000 stay under 40 MB. A section with
# more is split, and the index names every part.
URLS_PER_FILE = 20_000


def language_columns(model):
    """The columns that decide which languages an item has."""
    return [f"{model.translated_field}_{code}" for code, _name in settings.LANGUAGES]


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = URLS_PER_FILE


class LiveSitemap(TranslatedSitemap):
    """The live objects of one publishable, translated model, each dated
    by its last change. Subclasses say which queryset is live."""

    # What ``get_absolute_url()`` reads. Only these, the columns of the
    # item's languages and its last change are loaded: the texts
    # themselves (three languages of rich text) would be most of a large
    # section's memory.
    location_fields = ("slug",)

    def live(self):
        raise NotImplementedError

    def items(self):
        queryset = self.live()
        columns = language_columns(queryset.model)
        # The primary key's order keeps each item in its file as others
        # are added.
        return queryset.only(*self.location_fields, "updated_at", *columns).order_by(
            "pk"
        )

    def get_languages_for_item(self, item):
        return item.available_languages

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # For the index: one query, where Django's default reads every item.
        return self.live().aggregate(latest=Max("updated_at"))["latest"]


class ViewSitemap(TranslatedSitemap):
    """Fixed pages of the site, named by their URL names. Their text is the
    interface's, which every language has."""

    def __init__(self, *names):
        self.names = names

    def items(self):
        return list(self.names)

    def location(self, name):
        return reverse(name)
