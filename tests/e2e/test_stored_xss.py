"""A corpus of stored-XSS vectors put into every field an editor fills,
then every page that shows them opened in Chromium with a hook that
records any script they run: none runs, and the CSP refuses nothing.

Each role posts through the admin what it edits: the press officer
categories and articles, the site editor pages, link groups, useful links
and menu items, the gallery editor albums with photos whose file names are
vectors. Two things go through the ORM, the same write path below the forms
(rich text is sanitized in the field itself): the pictures of rich text,
which the form refuses without a description, and the photos' captions,
which are edited in a formset of the processed photos. Vectors are
batched: a long field holds many, a short one a share, item after item."""

import itertools
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from gallery.models import Album, Photo
from news.models import Article, Category
from pages.models import LinkGroup, MenuItem, Page, UsefulLink
from tests.embassy.xss_vectors import XSS_VECTORS
from tests.images import image_bytes
from tests.news.factories import article_fields

pytestmark = pytest.mark.django_db(transaction=True)

CALLS = ["alert(1)", "parent.alert(1)"]
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "{{ 7*7 }}{% debug %}<script>alert(1)</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]
BREAKOUTS = ["", '">', "'>", "</title>", "</textarea>", "--></script>", "</style>",
             "`;", '\\";', "]]>", "</noscript>", "</option></select>"]  # fmt: skip
VECTORS = XSS_VECTORS + [b + p for b, p in itertools.product(BREAKOUTS, PAYLOADS)]

# Records every script a vector could run, and every CSP refusal.
HOOK = """
window.__ran = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => window.__ran.push(name + ":" + args.join(","));
}
document.addEventListener("securitypolicyviolation", (event) =>
  window.__ran.push("csp:" + event.violatedDirective + " " + event.blockedURI));
"""


def chunks(limit):
    """The vectors, in groups that each fit in ``limit`` characters."""
    group, size = [], 0
    for vector in VECTORS:
        if group and size + len(vector) + 1 > limit:
            yield " ".join(group)
            group, size = [], 0
        group.append(vector[:limit])
        size += len(vector) + 1
    if group:
        yield " ".join(group)


class FormFields(HTMLParser):
    """The fields of an admin form as the browser would send them."""

    def __init__(self):
        super().__init__()
        self.fields, self.select = [], None

    def handle_starttag(self, tag, attributes):
        attributes = dict(attributes)
        name = attributes.get("name")
        if tag in ("input", "textarea") and name:
            self.fields.append((tag, attributes))
        elif tag == "select" and name:
            self.select = {"name": name, "options": []}
            self.fields.append(("select", self.select))
        elif tag == "option" and self.select is not None:
            self.select["options"].append(attributes)

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def filled(html, texts, **fixed):
    """The admin form in ``html`` filled as an editor would: each English
    text field with the next share of ``texts`` (as long as the field
    allows), the rest as offered, and ``fixed`` values."""
    parser = FormFields()
    parser.feed(html)
    data = {}
    for tag, field in parser.fields:
        name = field.get("name")
        if name in fixed or name in ("csrfmiddlewaretoken", "_continue", "_addanother"):
            continue
        if tag == "select":
            chosen = [o for o in field["options"] if "selected" in o] or field[
                "options"
            ]
            values = [o.get("value", "") for o in chosen if o.get("value")]
            data[name] = values[0] if values else ""
        elif field.get("type") in ("checkbox", "radio"):
            if "checked" in field:
                data[name] = field.get("value", "on")
        elif field.get("type") in ("file", "submit"):
            continue
        elif name.endswith("_en") and field.get("type") in (None, "text", "search"):
            limit = int(field.get("maxlength") or 2000)
            data[name] = next(texts(limit))
        else:
            data[name] = field.get("value", "")
    data.update(fixed)
    return data


def admin_add(client, model_name, texts, **fixed):
    url = reverse(f"admin:{model_name}_add")
    data = filled(client.get(url).text, texts, **fixed)
    response = client.post(url, data)
    errors = re.findall(r"errorlist[^>]*>(.*?)</ul>", response.text, re.S)
    assert response.status_code == 302, (model_name, errors)


def share(number, shares, pictures=True):
    """Every ``shares``-th vector, from the ``number``-th, as paragraphs:
    each vector is in one article's text."""
    vectors = VECTORS[number::shares]
    if not pictures:
        vectors = [vector for vector in vectors if "<img" not in vector.lower()]
    return "".join(f"<p>{vector}</p>" for vector in vectors)


class Shares:
    """The vectors in groups that fit a field, taken in turn, per size."""

    def __init__(self):
        self.cycles = {}

    def __call__(self, limit):
        return self.cycles.setdefault(limit, itertools.cycle(chunks(limit)))


def signed_in(django_user_model, role):
    user = django_user_model.objects.create_user(
        role.split()[0].lower(), is_staff=True, is_superuser=role == "superuser"
    )
    if role != "superuser":
        user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def corpus(django_user_model, roles):
    press = signed_in(django_user_model, "Press officers")
    texts = Shares()
    for number in range(3):
        admin_add(press, "news_category", texts, slug=f"statements-{number}")
    category = Category.objects.order_by("pk").first()
    titles = list(chunks(250))
    for number, title in enumerate(titles):
        data = article_fields(
            category,
            slug=f"statement-{number}",
            title_en=title,
            summary_en=next(texts(600)),
            # The form refuses pictures without a description: those vectors
            # reach the text through update() below, which sanitizes too.
            body_en=share(number, len(titles), pictures=False),
            cover_alt_en=next(texts(250)),
            source_name_en=next(texts(120)),
        )
        response = press.post(reverse("admin:news_article_add"), data)
        errors = re.findall(r"errorlist[^>]*>(.*?)</ul>", response.text, re.S)
        assert response.status_code == 302, errors
    for number in range(len(titles)):
        Article.objects.filter(slug=f"statement-{number}").update(
            body_en=share(number, len(titles))
        )

    site = signed_in(django_user_model, "Site editors")
    published = {"status": "published", "publish_at_0": "2026-03-10",
                 "publish_at_1": "10:30:00"}  # fmt: skip
    for number in range(4):
        body = share(number, 4, pictures=False)
        admin_add(site, "pages_page", texts, slug=f"page-{number}", body_en=body,
                  **published)  # fmt: skip
    admin_add(site, "pages_linkgroup", texts)
    group = LinkGroup.objects.get()
    for _number in range(6):
        admin_add(site, "pages_usefullink", texts, group=group.pk,
                  url="https://example.org/", **published)  # fmt: skip
    for _number in range(3):
        admin_add(site, "pages_menuitem", texts, section="news")

    gallery = signed_in(django_user_model, "Gallery editors")
    for number in range(2):
        # Each photo's file name is a vector too (a name has no "/").
        names = [f"{v.replace('/', '')[:200]}.jpg" for v in VECTORS[number::8]]
        photos = [SimpleUploadedFile(name, image_bytes("JPEG")) for name in names]
        admin_add(gallery, "gallery_album", texts, slug=f"album-{number}",
                  date="2026-03-10", description_en=share(number, 2),
                  photos_upload=photos, **published)  # fmt: skip
    for photo in Photo.objects.all():
        for field, limit in (("caption_en", 300), ("alt_en", 250), ("credit_en", 120)):
            setattr(photo, field, next(texts(limit)))
        photo.save()
    # Everything was stored, the vectors in it.
    stored = {
        Category: 3, Page: 4, LinkGroup: 1, UsefulLink: 6, MenuItem: 3, Album: 2,
        Photo: len(VECTORS[0::8]) + len(VECTORS[1::8]),
    }  # fmt: skip
    for model, count in stored.items():
        assert model.objects.count() == count, model
    assert Page.objects.filter(title_en__contains="alert(1)").exists()
    assert Photo.objects.filter(original_name__contains="onerror").exists()
    return {"articles": len(titles)}


def test_no_vector_runs_anywhere(live_server, browser, django_user_model, corpus):
    assert len(VECTORS) >= 200
    public = ["/en/", "/en/news/", "/en/gallery/", "/en/links/", "/en/news/feed/"]
    public += [f"/en/news/?page={n}" for n in range(2, corpus["articles"] // 10 + 2)]
    public += [f"/en/news/statement-{n}/" for n in range(corpus["articles"])]
    public += [page.get_absolute_url() for page in Page.objects.all()]
    public += [album.get_absolute_url() for album in Album.objects.all()]
    public += ["/en/search/?q=script", "/en/search/?q=alert"]
    staff = [reverse("admin:index")]
    for name in ("news_article", "news_category", "pages_page", "pages_usefullink",
                 "pages_menuitem", "gallery_album", "gallery_photo"):  # fmt: skip
        model = apps.get_model(*name.split("_", 1))
        pks = list(model.objects.order_by("pk").values_list("pk", flat=True))
        staff.append(reverse(f"admin:{name}_changelist"))
        staff.append(reverse(f"admin:{name}_history", args=[pks[0]]))
        # A change form renders each field alike for every item: every
        # fifth one (nearly a second each with its editors) is enough.
        staff += [reverse(f"admin:{name}_change", args=[pk]) for pk in pks[::5]]

    visitor = browser.new_context()
    visitor.add_init_script(HOOK)
    editor = browser.new_context()
    editor.add_init_script(HOOK)
    session = signed_in(django_user_model, "superuser").cookies["sessionid"].value
    editor.add_cookies(
        [{"name": "sessionid", "value": session, "url": live_server.url}]
    )
    ran = {}
    for context, urls in ((visitor, public), (editor, staff)):
        tab = context.new_page()
        # The hook works: what it records is what a vector would have run.
        tab.goto(live_server.url + urls[0])
        tab.evaluate("alert(1)")
        assert tab.evaluate("window.__ran") == ["alert:1"]
        for url in urls:
            tab.goto(live_server.url + url, wait_until="load")
            found = tab.evaluate("window.__ran")
            if found:
                ran[url] = found
    visitor.close()
    editor.close()
    assert ran == {}
