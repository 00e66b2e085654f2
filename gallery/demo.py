"""Demo albums: four events with 10 to 18 photos drawn by Pillow. Some
photos carry a camera's GPS position, which processing removes: the demo
shows the pipeline at work, through the same task as real uploads."""

import io
import random
from datetime import timedelta

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from embassy.publishing import Status

from .models import Album
from .tasks import process_photo
from .uploads import store_batch

LANGUAGES = [code for code, _name in settings.LANGUAGES]

ALBUMS = [
    {
        "slug": "independence-day-reception",
        "days_ago": 88,
        "photos": 18,
        "palette": ((0, 120, 160), (30, 160, 80)),
        "title": {
            "en": "Reception on Independence Day",
            "ru": "Приём по случаю Дня независимости",
            "uz": "Mustaqillik kuni munosabati bilan qabul",
        },
        "description": {
            "en": "Guests of the Mission celebrate the national day in Geneva.",
            "ru": "Гости Представительства отмечают национальный праздник в Женеве.",
            "uz": "Vakolatxona mehmonlari Jenevada milliy bayramni nishonlamoqda.",
        },
        "caption": {"en": "At the reception", "ru": "На приёме", "uz": "Qabulda"},
    },
    {
        "slug": "human-rights-council-session",
        "days_ago": 40,
        "photos": 12,
        "palette": ((20, 60, 110), (0, 153, 181)),
        "title": {
            "en": "The Human Rights Council in session",
            "ru": "Сессия Совета по правам человека",
            "uz": "Inson huquqlari kengashi sessiyasi",
        },
        "description": {
            "en": "The delegation at the Palais des Nations.",
            "ru": "Делегация во Дворце Наций.",
            "uz": "Delegatsiya Millatlar saroyida.",
        },
        "caption": {"en": "In the hall", "ru": "В зале", "uz": "Zalda"},
    },
    {
        "slug": "silk-road-cities-exhibition",
        "days_ago": 20,
        "photos": 15,
        "palette": ((150, 90, 30), (230, 180, 90)),
        "title": {
            "en": "Exhibition: cities of the Silk Road",
            "ru": "Выставка «Города Шёлкового пути»",
            "uz": "“Buyuk ipak yoʻli shaharlari” koʻrgazmasi",
        },
        "description": {
            "en": "Photographs of Samarkand, Bukhara and Khiva shown at the Mission.",
            "ru": "Фотографии Самарканда, Бухары и Хивы в Представительстве.",
            "uz": "Vakolatxonada Samarqand, Buxoro va Xiva suratlari.",
        },
        "caption": {"en": "Exhibition hall", "ru": "Выставочный зал", "uz": ""},
    },
    {
        "slug": "navruz-in-geneva",
        "days_ago": 250,
        "photos": 10,
        "palette": ((40, 130, 60), (200, 220, 120)),
        "title": {"en": "Navruz in Geneva", "ru": "Навруз в Женеве", "uz": ""},
        "description": {
            "en": "The spring festival with the Uzbek community of Switzerland.",
            "ru": "Весенний праздник с узбекской общиной Швейцарии.",
            "uz": "",
        },
        "caption": {"en": "Navruz", "ru": "Навруз", "uz": ""},
    },
]


def gps_exif(rng):
    exif = Image.Exif()
    exif[0x0110] = "Demo Phone"  # camera model
    exif.get_ifd(0x8769)[0x9003] = "2026:03:21 11:30:00"  # taken at
    exif[0x8825] = {1: "N", 2: (46.0, 13.0, 0.0), 3: "E", 4: (6.0, 8.0, rng.random())}
    return exif


def draw_photo(rng, palette, number, with_gps):
    """A 960×720 (or 720×960) picture of coloured shapes."""
    size = (720, 960) if number % 5 == 4 else (960, 720)
    top, bottom = palette
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(size[1]):
        t = y / size[1]
        draw.line(
            [(0, y), (size[0], y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    for _ in range(rng.randint(5, 12)):
        x, y, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.randint(30, 220)
        colour = tuple(rng.randint(120, 255) for _ in range(3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
    output = io.BytesIO()
    image.save(
        output, "JPEG", quality=85, **({"exif": gps_exif(rng)} if with_gps else {})
    )
    return SimpleUploadedFile(f"IMG_{number:04}.jpg", output.getvalue())


def load(stdout):
    made = 0
    for data in ALBUMS:
        if Album.objects.filter(slug=data["slug"]).exists():
            continue
        album = Album.objects.create(
            slug=data["slug"],
            date=timezone.localdate() - timedelta(days=data["days_ago"]),
            status=Status.PUBLISHED,
            publish_at=timezone.now() - timedelta(days=data["days_ago"]),
            **{f"title_{code}": data["title"].get(code, "") for code in LANGUAGES},
            **{
                f"description_{code}": data["description"].get(code, "")
                for code in LANGUAGES
            },
        )
        rng = random.Random(data["slug"])
        uploads = [
            draw_photo(rng, data["palette"], number, with_gps=number % 3 == 0)
            for number in range(data["photos"])
        ]
        for number, photo in enumerate(store_batch(album, uploads, queue=False), 1):
            for code in LANGUAGES:
                caption = data["caption"].get(code)
                setattr(
                    photo, f"caption_{code}", f"{caption} ({number})" if caption else ""
                )
            photo.credit = "Mission press service"
            photo.save()
            # Processed now, as a worker would, so that the demo is complete.
            process_photo.call(photo.pk)
        made += 1
    stdout.write(f"Gallery: {made} new albums.")
