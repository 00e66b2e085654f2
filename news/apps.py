from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from embassy import pagecache

        from .models import Article, Category

        pagecache.track(Category, Article)
