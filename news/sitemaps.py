"""The news in the sitemap: every live article, and each category that has
live news (the page of one without would be empty)."""

from django.db.models import Max
from django.db.models.functions import Greatest

from embassy.sitemaps import LiveSitemap, TranslatedSitemap, language_columns

from .models import Article, Category

# The fixed pages of the news that the sitemap lists.
VIEWS = ("news:article_list",)


class ArticleSitemap(LiveSitemap):
    def live(self):
        return Article.objects.live()


class CategorySitemap(TranslatedSitemap):
    def items(self):
        # A category page changes when an article in it is published
        # (perhaps at its scheduled time, long after it was saved) or
        # edited: its date is the latest of those among its live articles.
        return (
            Category.objects.filter(articles__in=Article.objects.live())
            .annotate(
                latest=Max(Greatest("articles__publish_at", "articles__updated_at"))
            )
            .only("slug", *language_columns(Category))
            .order_by("pk")
        )

    def get_languages_for_item(self, item):
        return item.available_languages

    def lastmod(self, item):
        return item.latest
