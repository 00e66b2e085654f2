"""Benchmark of the photo gallery, on a throwaway SQLite database.

    .venv/bin/python bench/gallery.py [photos]

Measures, for a batch of camera-sized photos (4000×3000 JPEG of about
1.3 MB each, with GPS data): the admin request that uploads them (checks
and storage only), the background processing of each (re-encoding and six
renditions), and the bytes a visitor downloads for the album page at a
desktop width (HTML, CSS, scripts and the WebP thumbnails it chooses).
"""

import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
work = Path(tempfile.mkdtemp(prefix="embassy-bench-"))
os.environ.update(
    DJANGO_SETTINGS_MODULE="embassy.settings.base",
    DATABASE_URL=f"sqlite:///{work / 'bench.sqlite3'}",
    MEDIA_ROOT=str(work / "media"),
    PENDING_ROOT=str(work / "pending"),
    SOURCES_ROOT=str(work / "sources"),
    TASKS_BACKEND="django_tasks_db.DatabaseBackend",
    DEBUG="false",
    ALLOWED_HOSTS="testserver",
)

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from gallery.models import Album, Photo  # noqa: E402
from gallery.tasks import process_photo  # noqa: E402


def camera_photo(seed):
    """A 4000×3000 JPEG with photo-like noise and shapes, and GPS EXIF."""
    rng = random.Random(seed)
    image = Image.effect_noise((4000, 3000), 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(4000), rng.randrange(3000)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse(
            [x, y, x + rng.randint(200, 900), y + rng.randint(200, 700)], colour
        )
    image = image.filter(ImageFilter.GaussianBlur(2))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (46.0, 13.0, 0.0), 3: "E", 4: (6.0, 8.0, 0.0)}
    output = io.BytesIO()
    image.save(output, "JPEG", quality=90, exif=exif)
    return output.getvalue()


def main(count):
    call_command("migrate", verbosity=0)
    get_user_model().objects.create_superuser("bench", "bench@example.org", "x")
    client = Client()
    client.force_login(get_user_model().objects.get(), backend=None)
    album = Album.objects.create(title_en="Bench", slug="bench", status="published")
    photos = [camera_photo(number) for number in range(count)]
    print(f"{count} photos, {statistics.mean(map(len, photos)) / 1e6:.2f} MB each")

    data = {
        "title_en": "Bench",
        "slug": "bench",
        "date": album.date.isoformat(),
        "status": "published",
        "publish_at_0": "2026-01-01",
        "publish_at_1": "00:00:00",
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos_upload": [
            SimpleUploadedFile(f"IMG_{n:04}.jpg", content)
            for n, content in enumerate(photos)
        ],
    }
    started = time.perf_counter()
    response = client.post(f"/admin/gallery/album/{album.pk}/change/", data)
    upload_seconds = time.perf_counter() - started
    assert response.status_code == 302, response.status_code
    print(f"admin upload request: {upload_seconds:.1f} s")

    started = time.perf_counter()
    for photo in Photo.objects.filter(album=album):
        process_photo.call(photo.pk)
    processing = time.perf_counter() - started
    print(
        f"background processing: {processing:.1f} s in all, "
        f"{processing / count:.2f} s a photo"
    )

    page = client.get("/en/gallery/bench/")
    html = len(page.content)
    assets = sum(
        Path(finders.find(name)).stat().st_size
        for name in ("css/site.css", "js/site.js", "js/lightbox.js")
    )
    thumbnails = sum(
        photo.thumb_webp.storage.size(photo.thumb_webp.name)
        for photo in Photo.objects.filter(album=album)
    )
    print(
        f"album page: HTML {html / 1024:.0f} KiB, CSS and scripts {assets / 1024:.0f} "
        f"KiB, {count} thumbnails {thumbnails / 1024:.0f} KiB; "
        f"{(html + assets + thumbnails) / 1024:.0f} KiB in all (uncompressed)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
