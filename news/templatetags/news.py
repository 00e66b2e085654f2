"""What other pages show of the news: ``{% latest_news %}``."""

from django import template

from news.models import Article

register = template.Library()


@register.inclusion_tag("news/_latest_news.html")
def latest_news(count=6):
    """The latest live articles, featured ones first."""
    articles = Article.objects.live().for_listing().order_by("-featured", "-publish_at")
    return {"latest_articles": articles[:count]}
