"""Load the demo content of the data files beside this module, through the
models' public API, as an editor's changes would be saved.

What exists already (matched by slug, by URL, or for the menu and the
carousel by there being any) is left as it is. Each function writes one
line on what it found.
"""

import random
import tomllib
from datetime import date, datetime, time, timedelta
from importlib import resources

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from alerts.models import Alert
from consular.models import Fee, Guide, GuideForm, RequiredDocument
from embassy.publishing import Status
from events.models import Event
from gallery.models import Album
from gallery.tasks import process_photo
from gallery.uploads import store_batch
from news.models import Article, Category
from offices.models import Closure, Hours, Office
from pages.models import (
    HeadOfMission,
    LinkGroup,
    MenuItem,
    Page,
    SiteSettings,
    Slide,
    UsefulLink,
)

from . import drawing

# The data files beside this module, in the order they are loaded.
FILES = (
    "news",
    "pages",
    "site",
    "gallery",
    "alerts",
    "offices",
    "consular",
    "heads",
    "events",
)


def read(name):
    # Read as package data, so that an installed copy finds its files too.
    with resources.files(__package__).joinpath(f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def translated(field, texts):
    """The per-language fields of one text; a language it lacks is empty,
    which shows the English text with its fallback notice."""
    return {f"{field}_{code}": texts.get(code, "") for code in languages()}


def news(stdout):
    data = read("news")
    categories = {}
    for order, item in enumerate(data["categories"]):
        category, _ = Category.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "order": order,
                **translated("name", item["name"]),
                **translated("description", item["description"]),
            },
        )
        categories[item["slug"]] = category

    cover = data["cover"]
    author = get_user_model().objects.filter(username="press").first()
    now = timezone.now()
    created = 0
    for number, item in enumerate(data["articles"]):
        if Article.objects.filter(slug=item["slug"]).exists():
            continue
        category = categories[item["category"]]
        article = Article(
            slug=item["slug"],
            category=category,
            status=Status.PUBLISHED,
            publish_at=now - timedelta(days=item["days_ago"], hours=number % 9),
            featured=item["featured"],
            author=author,
            **translated("title", item["title"]),
            **translated("summary", item["summary"]),
            **translated("body", item["body"]),
        )
        if item["source"]:
            for code in languages():
                setattr(article, f"source_name_{code}", item["source"])
        # Every fourth article has no cover, as real news sometimes has not.
        if number % 4 != 3:
            rng = random.Random(item["slug"])
            article.cover = drawing.jpeg(
                drawing.picture(
                    (1600, 900),
                    rng.choice(cover["palettes"]),
                    rng,
                    motif="rings",
                    red_lines=((196, 6), (84, 6)),
                ),
                "cover.jpg",
            )
            for code in languages():
                if item["title"].get(code):
                    name = getattr(category, f"name_{code}") or category.name_en
                    setattr(
                        article,
                        f"cover_alt_{code}",
                        cover["alt"][code].format(category=name),
                    )
        article.full_clean()
        article.save()
        created += 1
    stdout.write(f"News: {len(categories)} categories, {created} new articles.")


def link_target(item, pages):
    """A slide's link: a path without the language, or another site."""
    if item.get("page"):
        return f"/{pages[item['page']].path}/"
    sections = {
        "home": "/",
        "news": "/news/",
        "gallery": "/gallery/",
        "links": "/links/",
    }
    if item.get("section"):
        return sections[item["section"]]
    return item.get("url", "")


def pages(stdout):
    """The pages, the menu, the carousel and the useful links. Returns the
    pages by slug, for the site settings to link to."""
    data = read("pages")
    by_slug = {}
    for order, item in enumerate(data["pages"]):
        parent = by_slug.get(item.get("parent"))
        page = Page.objects.filter(slug=item["slug"], parent=parent).first()
        if page is None:
            page = Page(
                slug=item["slug"],
                parent=parent,
                status=Status.PUBLISHED,
                show_in_menu=item["show_in_menu"],
                presents_head_of_mission=item.get("presents_head_of_mission", False),
                order=order,
                **translated("title", item["title"]),
                **translated("body", item["body"]),
            )
            page.full_clean()
            page.save()
        by_slug[item["slug"]] = page

    if not MenuItem.objects.exists():
        for order, item in enumerate(data["menu"]):
            entry = MenuItem(order=order, **translated("label", item["label"]))
            if "page" in item:
                entry.page = by_slug[item["page"]]
            elif "category" in item:
                entry.category = Category.objects.get(slug=item["category"])
            elif "section" in item:
                entry.section = item["section"]
            else:
                entry.url = item["url"]
            entry.full_clean()
            entry.save()

    if not Slide.objects.exists():
        for order, item in enumerate(data["slides"]):
            slide = Slide(
                order=order,
                status=Status.PUBLISHED,
                link=link_target(item, by_slug),
                image=drawing.jpeg(
                    drawing.picture(
                        (1600, 640),
                        item["palette"],
                        random.Random(order),
                        motif=item["motif"],
                        red_lines=((8, 4),),
                    ),
                    "slide.jpg",
                ),
                **translated("title", item["title"]),
                **translated("caption", item["caption"]),
                **translated("alt", item["alt"]),
            )
            slide.full_clean()
            slide.save()

    groups = {}
    for order, item in enumerate(data["link_groups"]):
        groups[item["slug"]], _ = LinkGroup.objects.get_or_create(
            name_en=item["name"]["en"],
            defaults={"order": order, **translated("name", item["name"])},
        )
    for order, item in enumerate(data["useful_links"]):
        if UsefulLink.objects.filter(url=item["url"]).exists():
            continue
        colour = item["color"]
        link = UsefulLink(
            url=item["url"],
            group=groups[item["group"]],
            show_on_home=item["show_on_home"],
            order=order,
            status=Status.PUBLISHED,
            tile=drawing.jpeg(
                drawing.picture(
                    (480, 320), (colour, colour), initials=item["initials"]
                ),
                "tile.jpg",
            ),
            **translated("title", item["title"]),
        )
        link.full_clean()
        link.save()
    stdout.write(
        f"Site: {Page.objects.count()} pages, {MenuItem.objects.count()} menu items, "
        f"{Slide.objects.count()} slides, {UsefulLink.objects.count()} useful links."
    )
    return by_slug


def site_settings(stdout, pages_by_slug):
    """The site settings, unless an editor has saved them already."""
    site = SiteSettings.load()
    if not site._state.adding:
        stdout.write("Site settings: left as they were.")
        return
    data = read("site")
    for field in ("mission_name", "year_theme", "year_theme_text"):
        for name, text in translated(field, data[field]).items():
            setattr(site, name, text)
    for network, url in data["social"].items():
        setattr(site, network, url)
    if data.get("year_theme_page"):
        site.year_theme_link = f"/{pages_by_slug[data['year_theme_page']].path}/"
    site.full_clean()
    site.save()
    stdout.write("Site settings: filled in, with a theme of the year.")


def gallery(stdout):
    """Albums whose photos go through the same upload and processing as an
    editor's, so that the demo shows the pipeline at work."""
    data = read("gallery")
    made = 0
    for item in data["albums"]:
        if Album.objects.filter(slug=item["slug"]).exists():
            continue
        album = Album.objects.create(
            slug=item["slug"],
            date=timezone.localdate() - timedelta(days=item["days_ago"]),
            status=Status.PUBLISHED,
            publish_at=timezone.now() - timedelta(days=item["days_ago"]),
            **translated("title", item["title"]),
            **translated("description", item["description"]),
        )
        rng = random.Random(item["slug"])
        uploads = []
        for number in range(item["photos"]):
            # Every fifth photo is upright, every third carries a position.
            size = (720, 960) if number % 5 == 4 else (960, 720)
            image = drawing.picture(size, item["palette"], rng, motif="discs")
            exif = drawing.gps_exif(rng) if number % 3 == 0 else None
            uploads.append(
                drawing.jpeg(image, f"IMG_{number:04}.jpg", quality=85, exif=exif)
            )
        captions = translated("caption", item["caption"])
        for number, photo in enumerate(store_batch(album, uploads, queue=False), 1):
            for name, caption in captions.items():
                setattr(photo, name, f"{caption} ({number})" if caption else "")
            photo.credit = data["credit"]
            photo.save()
            # Processed now, as a worker would, so that the demo is complete.
            process_photo.call(photo.pk)
        made += 1
    stdout.write(f"Gallery: {made} new albums.")


def alerts(stdout):
    """Alerts whose time has passed, unless there are alerts already."""
    if Alert.objects.exists():
        stdout.write("Alerts: left as they were.")
        return
    now = timezone.now()
    for item in read("alerts")["alerts"]:
        start = now - timedelta(days=item["days_ago"])
        alert = Alert(
            kind=item["kind"],
            link=item.get("link", ""),
            status=Status.PUBLISHED,
            publish_at=start,
            end_at=start + timedelta(hours=item["hours"]),
            **translated("title", item["title"]),
            **translated("text", item["text"]),
        )
        alert.full_clean()
        alert.save()
    stdout.write("Alerts: one that has ended.")


def offices(stdout):
    """The offices with their weekly hours, and the days they are closed:
    the holidays of last year, this year and next, and one office's closure
    ahead; unless there are offices already."""
    if Office.objects.exists():
        stdout.write("Offices: left as they were.")
        return
    data = read("offices")
    by_name = {}
    for order, item in enumerate(data["offices"]):
        office = Office(
            order=order,
            phones=item["phones"],
            email=item["email"],
            emergency_phone=item.get("emergency_phone", ""),
            latitude=item.get("latitude"),
            longitude=item.get("longitude"),
            **translated("name", item["name"]),
            **translated("address", item["address"]),
            **translated("note", item.get("note", {})),
        )
        office.full_clean()
        office.save()
        by_name[item["name"]["en"]] = office
        for hours in item["hours"]:
            for weekday in hours["days"]:
                Hours.objects.create(
                    office=office,
                    kind=hours["kind"],
                    weekday=weekday,
                    opens=time.fromisoformat(hours["opens"]),
                    closes=time.fromisoformat(hours["closes"]),
                )
    today = timezone.localdate()
    closures = []
    for year in (today.year - 1, today.year, today.year + 1):
        for holiday in data["holidays"]:
            first = date(year, holiday["month"], holiday["day"])
            closures.append(
                Closure(
                    first_day=first,
                    last_day=first + timedelta(days=holiday.get("days", 1) - 1),
                    **translated("reason", holiday["reason"]),
                )
            )
    for item in data["closures"]:
        first = today + timedelta(days=item["days_ahead"])
        closures.append(
            Closure(
                office=by_name[item["office"]],
                first_day=first,
                last_day=first,
                **translated("reason", item["reason"]),
            )
        )
    for closure in closures:
        closure.full_clean()
        closure.save()
    stdout.write(
        f"Offices: {len(by_name)} offices, {len(closures)} days closed "
        "(past and ahead)."
    )


def consular(stdout):
    """Service guides with their documents, fees and forms (PDF drawn
    here), unless there are guides already."""
    if Guide.objects.exists():
        stdout.write("Consular guides: left as they were.")
        return
    today = timezone.localdate()
    data = read("consular")
    for order, item in enumerate(data["guides"]):
        guide = Guide(
            kind=item["kind"],
            slug=item["slug"],
            order=order,
            status=Status.PUBLISHED,
            in_person=item.get("in_person", False),
            by_post=item.get("by_post", False),
            online=item.get("online", False),
            booking_url=item.get("booking_url", ""),
            processing_time=item.get("processing_time"),
            processing_unit=item.get("processing_unit", Guide.Unit.WORKING_DAYS),
            reviewed_on=today - timedelta(days=item["reviewed_days_ago"]),
            **translated("title", item["title"]),
            **translated("audience", item["audience"]),
            **translated("how_to_apply", item.get("how_to_apply", {})),
        )
        guide.full_clean()
        guide.save()
        for number, texts in enumerate(item["documents"]):
            RequiredDocument.objects.create(
                guide=guide, order=number, **translated("text", texts)
            )
        for number, fee in enumerate(item["fees"]):
            Fee.objects.create(
                guide=guide,
                order=number,
                amount=fee.get("amount"),
                currency=fee["currency"],
                **translated("note", fee),
            )
        for number, form in enumerate(item.get("forms", [])):
            made = GuideForm(
                guide=guide,
                order=number,
                file=drawing.form_pdf(form["en"], form["file"]),
                **translated("title", form),
            )
            made.full_clean()
            made.save()
    stdout.write(f"Consular guides: {Guide.objects.count()}, with their forms.")


def heads(stdout):
    """The present head of mission, with a portrait, and two former ones,
    unless there are heads already."""
    if HeadOfMission.objects.exists():
        stdout.write("Heads of mission: left as they were.")
        return
    for item in read("heads")["heads"]:
        head = HeadOfMission(
            appointed_on=date.fromisoformat(item["appointed_on"]),
            left_on=date.fromisoformat(item["left_on"]) if "left_on" in item else None,
            **translated("name", item["name"]),
            **translated("title", item["title"]),
            **translated("biography", item.get("biography", {})),
        )
        if "initials" in item:
            palette = [tuple(colour) for colour in item["palette"]]
            portrait = drawing.picture(
                (640, 800), palette, random.Random(7), initials=item["initials"]
            )
            head.photo = drawing.jpeg(portrait, "portrait.jpg")
        head.full_clean()
        head.save()
    stdout.write("Heads of mission: the present one and two former.")


def events(stdout):
    """Events ahead and past, dated from today, unless there are events
    already."""
    if Event.objects.exists():
        stdout.write("Events: left as they were.")
        return
    zone = timezone.get_default_timezone()
    today = timezone.localdate()
    for item in read("events")["events"]:
        day = today + timedelta(days=item["days"])
        if "all_days" in item:
            starts = datetime.combine(day, time(), tzinfo=zone)
            last = day + timedelta(days=item["all_days"] - 1)
            ends = datetime.combine(last, time(), tzinfo=zone)
        else:
            starts = datetime.combine(
                day, time.fromisoformat(item["time"]), tzinfo=zone
            )
            ends = starts + timedelta(hours=item["hours"])
        event = Event(
            slug=item["slug"],
            status=Status.PUBLISHED,
            all_day="all_days" in item,
            starts_at=starts,
            ends_at=ends,
            registration_url=item.get("registration_url", ""),
            **translated("title", item["title"]),
            **translated("summary", item.get("summary", {})),
            **translated("description", item.get("description", {})),
            **translated("place_name", item.get("place_name", {})),
            **translated("place_address", item.get("place_address", {})),
            **translated("picture_alt", item.get("picture_alt", {})),
        )
        if "motif" in item:
            palette = [tuple(colour) for colour in item["palette"]]
            drawn = drawing.picture(
                (1200, 675), palette, random.Random(item["slug"]), item["motif"]
            )
            event.picture = drawing.jpeg(drawn, f"{item['slug']}.jpg")
        event.full_clean()
        event.save()
    stdout.write(f"Events: {Event.objects.count()}, ahead and past.")
