"""Feeds of the latest news, overall and per category, in RSS and Atom.

Only live articles, titled with the mission's name, each with its cover as
an enclosure. Editors type plain text: readers show an RSS description and
an Atom summary as HTML, so the summary is escaped here and reaches them as
the text it is, whatever characters it holds.
"""

import copy

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

from pages.models import SiteSettings

from .models import Article, Category

FEED_LENGTH = 20


class LatestArticlesFeed(Feed):
    def __call__(self, request, *args, **kwargs):
        # The URLconf holds one instance for every request: each request
        # works on a copy that knows it (absolute addresses) and reads the
        # site settings once.
        feed = copy.copy(self)
        feed.request = request
        feed.site = SiteSettings.load()
        return super(LatestArticlesFeed, feed).__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.site.name} · {_('Latest news')}"

    def link(self):
        return reverse("news:article_list")

    def description(self):
        return _("The latest news and events of the mission.")

    subtitle = description

    def author_name(self):
        return self.site.name

    def author_link(self):
        return self.request.build_absolute_uri(self.site.get_absolute_url())

    def articles(self):
        return Article.objects.live().for_listing()

    def items(self):
        return self.articles()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.changed_at

    def item_categories(self, item):
        return [item.category.name]

    def item_enclosures(self, item):
        if not item.cover:
            return []
        # The rendition's fallback format, JPEG, which every reader shows.
        mime_type, file = item.cover_large.files[-1]
        try:
            length = file.storage.size(file.name)
        except OSError:
            # Renditions are made when the cover is saved; one that storage
            # has lost is left out rather than announced with a wrong size.
            return []
        url = self.request.build_absolute_uri(file.url)
        return [Enclosure(url, str(length), mime_type)]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category.objects.visible(), slug=slug)

    def title(self, obj):
        return f"{self.site.name} · {self.heading(obj)}"

    def heading(self, obj):
        return _("Latest news: %(category)s") % {"category": obj.name}

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.description or self.heading(obj)

    subtitle = description

    def items(self, obj):
        return self.articles().filter(category=obj)[:FEED_LENGTH]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed


class CategoryAtomFeed(CategoryFeed):
    feed_type = Atom1Feed
