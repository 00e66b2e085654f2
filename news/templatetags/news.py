"""What other pages show of the news: ``{% latest_news %}``, and the
archive's years and months: ``{% news_archive %}``; and what search
engines read of an article: ``{% article_structured_data %}``,
``{% article_breadcrumbs %}``."""

from django import template
from django.conf import settings
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from embassy import pagecache
from embassy.metadata import breadcrumb_list, without_blanks
from embassy.templatetags.embassy import html_datetime
from news.models import Article, Category

register = template.Library()


@register.inclusion_tag("news/_latest_news.html")
def latest_news(count=6, category=None):
    """The latest live articles, featured ones first; or, of ``category``
    (a crisis's related news), the newest first, while it has any (a
    category without live news has no page to lead to)."""
    articles = Article.objects.live().for_listing()
    if category is not None:
        related = list(
            articles.filter(category=category).order_by("-publish_at")[:count]
        )
        if related:
            return {"latest_articles": related, "category": category}
    articles = articles.order_by("-featured", "-publish_at")
    return {"latest_articles": articles[:count], "category": None}


@register.simple_tag(takes_context=True)
def article_structured_data(context, article, site):
    """The article as schema.org's NewsArticle, for JSON-LD: written and
    published by the mission (``site``, the site settings), based on its
    source agency's report where it names one."""
    absolute = context["request"].build_absolute_uri
    url = absolute(article.get_absolute_url())
    mission = site.structured_data(absolute)
    shown_in = (
        settings.LANGUAGE_CODE
        if article.translated_field in article.untranslated_fields
        else get_language()
    )
    source = without_blanks(
        {
            "@type": "CreativeWork",
            "name": article.source_name,
            "url": article.source_url,
        }
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": html_datetime(article.publish_at),
        "dateModified": html_datetime(article.changed_at),
        "image": [absolute(article.cover_social.url)] if article.cover else [],
        "author": {key: mission[key] for key in ("@type", "name", "url")},
        "publisher": mission,
        "inLanguage": shown_in,
        "articleSection": article.category.name,
        "isBasedOn": source if len(source) > 1 else None,
    }
    return without_blanks(data)


@register.simple_tag(takes_context=True)
def article_breadcrumbs(context, article, site):
    """The way to the article, for JSON-LD: home, the news, its category."""
    absolute = context["request"].build_absolute_uri
    return breadcrumb_list(
        [
            (_("Home"), absolute(site.get_absolute_url())),
            (_("News and events"), absolute(reverse("news:article_list"))),
            (article.category.name, absolute(article.category.get_absolute_url())),
            (article.title, absolute(article.get_absolute_url())),
        ]
    )


@register.inclusion_tag("news/_archive_nav.html")
def news_archive(year=None, month=None):
    """Every year that has live news, newest first, with its number of
    articles, and the months of ``year`` (by default the latest) with
    theirs. ``year`` and ``month`` are the period the page shows, if any.

    One query, whatever the number of articles: a count per month, in the
    site's time zone, from which the years' counts are added up. It reads
    every live article, so it is remembered until the content changes."""
    per_month = pagecache.remembered(
        "news archive",
        lambda: list(
            Article.objects.live()
            .annotate(month=TruncMonth("publish_at"))
            .values("month")
            .annotate(count=Count("pk"))
            .order_by("-month")
        ),
    )
    years = []
    for row in per_month:
        start = row["month"]
        if not years or years[-1]["year"] != start.year:
            years.append(
                {
                    "year": start.year,
                    "count": 0,
                    "months": [],
                    "url": reverse("news:archive_year", args=[start.year]),
                    "current": start.year == year and month is None,
                }
            )
        years[-1]["count"] += row["count"]
        years[-1]["months"].append(
            {
                "start": start,
                "count": row["count"],
                "url": reverse("news:archive_month", args=[start.year, start.month]),
                "current": (start.year, start.month) == (year, month),
            }
        )
    shown = year or (years[0]["year"] if years else None)
    return {"years": years, "shown_year": shown}


@register.inclusion_tag("news/_category_links.html")
def category_links():
    """Every category, as links to its news, and the whole news list."""
    return {"categories": Category.objects.visible()}
