"""Demo content for the site around the news: the reference site's pages
and menu, eight slides and fifteen useful links with pictures drawn by
Pillow, and the site settings with a theme of the year."""

import io
import math
import random

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from embassy.models import SiteSettings
from embassy.publishing import Status
from news.models import Category

from .demo_data import LINK_GROUPS, MENU, PAGES, SITE_SETTINGS, SLIDES, USEFUL_LINKS
from .models import LinkGroup, MenuItem, Page, Slide, UsefulLink

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def translated(field, texts):
    return {f"{field}_{code}": texts.get(code, "") for code in LANGUAGES}


def jpeg(image, name):
    output = io.BytesIO()
    image.save(output, "JPEG", quality=88)
    return ContentFile(output.getvalue(), name=name)


def draw_slide(seed, palette, motif):
    """A 1600×640 picture: a sky-to-ground gradient and a simple motif."""
    rng = random.Random(seed)
    width, height = 1600, 640
    top, bottom = palette
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    light = (245, 240, 225)
    if motif in ("domes", "arches"):
        for x in range(120, width, 260):
            w, h = rng.randint(140, 200), rng.randint(160, 300)
            base = height - 60
            draw.rectangle([x, base - h, x + w, base], fill=(60, 90, 120))
            if motif == "domes":
                draw.ellipse(
                    [x - 10, base - h - w // 2, x + w + 10, base - h + w // 2],
                    fill=(0, 140, 170),
                )
            else:
                draw.pieslice(
                    [x + 20, base - h + 20, x + w - 20, base - 20], 180, 360, fill=light
                )
    elif motif == "mountains":
        for layer in range(3):
            points = [(0, height)]
            for x in range(0, width + 200, 200):
                points.append((x, rng.randint(220 + layer * 90, 360 + layer * 90)))
            points.append((width, height))
            shade = 90 + layer * 40
            draw.polygon(points, fill=(shade // 2, shade, shade + 20))
    elif motif == "waves":
        for row in range(6):
            y0 = 300 + row * 50
            points = [
                (x, y0 + 18 * math.sin((x + row * 40) / 70))
                for x in range(0, width + 10, 10)
            ]
            draw.line(points, fill=light, width=6)
    elif motif == "stars":
        for _ in range(40):
            x, y, r = (
                rng.randint(0, width),
                rng.randint(0, height - 200),
                rng.randint(3, 9),
            )
            draw.ellipse([x - r, y - r, x + r, y + r], fill=light)
        draw.ellipse([1150, 80, 1330, 260], fill=light)
    else:  # cotton
        for _ in range(60):
            x, y, r = (
                rng.randint(0, width),
                rng.randint(320, height),
                rng.randint(14, 30),
            )
            draw.ellipse([x - r, y - r, x + r, y + r], fill=light)
    draw.line([(0, height - 8), (width, height - 8)], fill=(206, 17, 38), width=4)
    return jpeg(image, "slide.jpg")


def draw_tile(initials, colour):
    image = Image.new("RGB", (480, 320), colour)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=120)
    draw.text((240, 160), initials, fill=(255, 255, 255), font=font, anchor="mm")
    draw.rectangle([0, 300, 480, 320], fill=(255, 255, 255))
    return jpeg(image, "tile.jpg")


def link_target(data, pages):
    """A slide's link: a path without the language, or another site."""
    if data.get("page"):
        return f"/{pages[data['page']].path}/"
    sections = {
        "home": "/",
        "news": "/news/",
        "gallery": "/gallery/",
        "links": "/links/",
    }
    if data.get("section"):
        return sections[data["section"]]
    return data.get("url", "")


def load(stdout):
    pages = {}
    for order, data in enumerate(PAGES):
        page = Page.objects.filter(
            slug=data["slug"], parent=pages.get(data["parent"])
        ).first()
        if page is None:
            page = Page(
                slug=data["slug"],
                parent=pages.get(data["parent"]),
                status=Status.PUBLISHED,
                show_in_menu=data["show_in_menu"],
                order=order,
                **translated("title", data["title"]),
                **translated("body", data["body"]),
            )
            page.full_clean()
            page.save()
        pages[data["slug"]] = page

    if not MenuItem.objects.exists():
        for order, data in enumerate(MENU):
            item = MenuItem(order=order, **translated("label", data["label"]))
            if "page" in data:
                item.page = pages[data["page"]]
            elif "category" in data:
                item.category = Category.objects.get(slug=data["category"])
            elif "section" in data:
                item.section = data["section"]
            else:
                item.url = data["url"]
            item.full_clean()
            item.save()

    if not Slide.objects.exists():
        for order, data in enumerate(SLIDES):
            slide = Slide(
                order=order,
                status=Status.PUBLISHED,
                link=link_target(data, pages),
                image=draw_slide(order, data["palette"], data["motif"]),
                **translated("title", data["title"]),
                **translated("caption", data["caption"]),
                **translated("alt", data["alt"]),
            )
            slide.full_clean()
            slide.save()

    groups = {}
    for order, data in enumerate(LINK_GROUPS):
        groups[data["slug"]], _ = LinkGroup.objects.get_or_create(
            name_en=data["name"]["en"],
            defaults={"order": order, **translated("name", data["name"])},
        )
    for order, data in enumerate(USEFUL_LINKS):
        if UsefulLink.objects.filter(url=data["url"]).exists():
            continue
        link = UsefulLink(
            url=data["url"],
            group=groups[data["group"]],
            show_on_home=data["show_on_home"],
            order=order,
            status=Status.PUBLISHED,
            tile=draw_tile(data["initials"], data["color"]),
            **translated("title", data["title"]),
        )
        link.full_clean()
        link.save()

    site = SiteSettings.load()
    if site._state.adding:
        data = SITE_SETTINGS
        for field in (
            "mission_name",
            "address",
            "opening_hours",
            "year_theme",
            "year_theme_text",
        ):
            for code in LANGUAGES:
                setattr(site, f"{field}_{code}", data[field].get(code, ""))
        site.phones = data["phones"]
        site.email = data["email"]
        for network, url in data["social"].items():
            setattr(site, network, url)
        if data.get("year_theme_page"):
            site.year_theme_link = "/" + pages[data["year_theme_page"]].path + "/"
        site.full_clean()
        site.save()
    stdout.write(
        f"Site: {Page.objects.count()} pages, {MenuItem.objects.count()} menu items, "
        f"{Slide.objects.count()} slides, {UsefulLink.objects.count()} useful links."
    )
