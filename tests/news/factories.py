"""Articles and categories for tests, published unless told otherwise."""

import itertools
from datetime import timedelta

from django.utils import timezone

from embassy.publishing import Status
from news.models import Article, Category

_numbers = itertools.count(1)


def make_category(**fields):
    number = next(_numbers)
    fields.setdefault("name_en", f"Category {number}")
    fields.setdefault("slug", f"category-{number}")
    return Category.objects.create(**fields)


def make_article(**fields):
    number = next(_numbers)
    fields.setdefault("title_en", f"Article {number}")
    fields.setdefault("slug", f"article-{number}")
    fields.setdefault("summary_en", f"Summary of article {number}.")
    fields.setdefault("body_en", f"<p>Body of article {number}.</p>")
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("publish_at", timezone.now() - timedelta(hours=1))
    if "category" not in fields:
        fields["category"] = make_category()
    return Article.objects.create(**fields)


def article_fields(category, **overrides):
    """The POST data of the admin's article form, all languages."""
    data = {
        "title_en": "Minister meets the High Commissioner",
        "title_ru": "Министр встретился с Верховным комиссаром",
        "title_uz": "Vazir Oliy komissar bilan uchrashdi",
        "slug": "minister-meets-the-high-commissioner",
        "category": category.pk,
        "summary_en": "A meeting in Geneva.",
        "summary_ru": "",
        "summary_uz": "",
        "body_en": "<p>They met.</p>",
        "body_ru": "",
        "body_uz": "",
        "cover_alt_en": "",
        "cover_alt_ru": "",
        "cover_alt_uz": "",
        "source_name_en": "UzA",
        "source_name_ru": "",
        "source_name_uz": "",
        "source_url": "",
        "status": Status.PUBLISHED,
        # A fixed past time. Today's date with the time of five minutes ago
        # lands nearly a day ahead just after midnight, and a local time
        # near a clock change may not exist or may be ambiguous.
        "publish_at_0": "2026-03-10",
        "publish_at_1": "10:30:00",
        "end_at_0": "",
        "end_at_1": "",
        # Asked of a change to a live article (embassy.changenotes).
        "change_kind": "minor",
    }
    data.update(overrides)
    return data
