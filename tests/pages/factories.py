"""Pages, menu items, slides and links for tests, published unless told
otherwise, with real images drawn by Pillow."""

import itertools
from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from embassy.publishing import Status
from pages.models import LinkGroup, MenuItem, Page, Slide, UsefulLink
from tests.images import image_bytes

_numbers = itertools.count(1)


def _published(fields):
    fields.setdefault("status", Status.PUBLISHED)
    fields.setdefault("publish_at", timezone.now() - timedelta(hours=1))
    return fields


def make_page(**fields):
    number = next(_numbers)
    fields.setdefault("title_en", f"Page {number}")
    fields.setdefault("slug", f"page-{number}")
    fields.setdefault("body_en", f"<p>Text of page {number}.</p>")
    page = Page(**_published(fields))
    page.save()
    return page


def make_menu_item(**fields):
    fields.setdefault("label_en", f"Item {next(_numbers)}")
    return MenuItem.objects.create(**fields)


def make_slide(with_image=True, **fields):
    number = next(_numbers)
    fields.setdefault("title_en", f"Slide {number}")
    fields.setdefault("alt_en", f"Picture of slide {number}")
    if with_image:
        fields.setdefault(
            "image", ContentFile(image_bytes("JPEG", (800, 320)), name="s.jpg")
        )
    return Slide.objects.create(**_published(fields))


def make_link(group=None, with_image=False, **fields):
    number = next(_numbers)
    fields.setdefault("title_en", f"Link {number}")
    fields.setdefault("url", f"https://example.org/{number}/")
    if with_image:
        fields.setdefault(
            "tile", ContentFile(image_bytes("PNG", (240, 160)), name="t.png")
        )
    group = group or LinkGroup.objects.create(name_en=f"Group {number}")
    return UsefulLink.objects.create(group=group, **_published(fields))
