"""What other pages show of the news: ``{% latest_news %}``, and the
archive's years and months: ``{% news_archive %}``."""

from django import template
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.urls import reverse

from news.models import Article

register = template.Library()


@register.inclusion_tag("news/_latest_news.html")
def latest_news(count=6):
    """The latest live articles, featured ones first."""
    articles = Article.objects.live().for_listing().order_by("-featured", "-publish_at")
    return {"latest_articles": articles[:count]}


@register.inclusion_tag("news/_archive_nav.html")
def news_archive(year=None, month=None):
    """Every year that has live news, newest first, with its number of
    articles, and the months of ``year`` (by default the latest) with
    theirs. ``year`` and ``month`` are the period the page shows, if any.

    One query, whatever the number of articles: a count per month, in the
    site's time zone, from which the years' counts are added up."""
    per_month = (
        Article.objects.live()
        .annotate(month=TruncMonth("publish_at"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
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
