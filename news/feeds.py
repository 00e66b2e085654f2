"""RSS feeds of the latest news, overall and per category."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import Article, Category

FEED_LENGTH = 20


class LatestArticlesFeed(Feed):
    def title(self):
        return _("Latest news")

    def link(self):
        return reverse("news:article_list")

    def description(self):
        return _("The latest news and events of the mission.")

    def items(self):
        return Article.objects.live().for_listing()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.category.name]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj):
        return _("Latest news: %(category)s") % {"category": obj.name}

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.description or self.title(obj)

    def items(self, obj):
        return Article.objects.live().for_listing().filter(category=obj)[:FEED_LENGTH]
