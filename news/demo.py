"""Demo news: the reference site's categories and articles over three years,
with cover images drawn by Pillow (nothing is downloaded)."""

import io
import random
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from embassy.publishing import Status

from .demo_data import ARTICLES, CATEGORIES
from .models import Article, Category

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PALETTES = [
    ((0, 110, 140), (20, 150, 70)),
    ((10, 70, 110), (0, 153, 181)),
    ((25, 120, 60), (200, 170, 60)),
    ((90, 40, 90), (0, 120, 150)),
    ((120, 60, 20), (220, 160, 60)),
]


def translated(field, texts):
    return {f"{field}_{code}": texts.get(code, "") for code in LANGUAGES}


def draw_cover(seed):
    """A 1600×900 picture: a gradient and a few shapes."""
    rng = random.Random(seed)
    width, height = 1600, 900
    top, bottom = rng.choice(PALETTES)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    for _ in range(rng.randint(6, 12)):
        x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(40, 260)
        shade = tuple(min(255, c + rng.randint(20, 80)) for c in top)
        draw.ellipse(
            [x - r, y - r, x + r, y + r], outline=shade, width=rng.randint(4, 14)
        )
    # The flag's thin red lines; no words, which would be in one language.
    draw.line([(0, height - 196), (width, height - 196)], fill=(206, 17, 38), width=6)
    draw.line([(0, height - 84), (width, height - 84)], fill=(206, 17, 38), width=6)
    output = io.BytesIO()
    image.save(output, "JPEG", quality=88)
    return ContentFile(output.getvalue(), name="cover.jpg")


def load(stdout):
    categories = {}
    for order, data in enumerate(CATEGORIES):
        category, _ = Category.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "order": order,
                **translated("name", data["name"]),
                **translated("description", data["description"]),
            },
        )
        categories[data["slug"]] = category

    author = get_user_model().objects.filter(username="press").first()
    now = timezone.now()
    created = 0
    for number, data in enumerate(ARTICLES):
        if Article.objects.filter(slug=data["slug"]).exists():
            continue
        category = categories[data["category"]]
        article = Article(
            slug=data["slug"],
            category=category,
            status=Status.PUBLISHED,
            publish_at=now - timedelta(days=data["days_ago"], hours=number % 9),
            featured=data["featured"],
            author=author,
            **translated("title", data["title"]),
            **translated("summary", data["summary"]),
            **translated("body", data["body"]),
        )
        if data["source"]:
            for code in LANGUAGES:
                setattr(article, f"source_name_{code}", data["source"])
        # Every fourth article has no cover, as real news sometimes has not.
        if number % 4 != 3:
            article.cover = draw_cover(data["slug"])
            for code in LANGUAGES:
                if data["title"].get(code):
                    setattr(
                        article,
                        f"cover_alt_{code}",
                        {
                            "en": "Illustration: {}",
                            "ru": "Иллюстрация: {}",
                            "uz": "Rasm: {}",
                        }[code].format(
                            getattr(category, f"name_{code}") or category.name_en
                        ),
                    )
        article.full_clean()
        article.save()
        created += 1
    stdout.write(f"News: {len(categories)} categories, {created} new articles.")
