"""A corpus of stored-XSS vectors put into every field an editor fills,
then every page that shows them opened in Chromium with a hook that
records any script they run: none runs, and the CSP refuses nothing.

The articles go through the admin as a press officer would post them; the
other kinds of content through the ORM, the same write path below the
forms (rich text is sanitized in the field itself). Vectors are batched:
a long field holds all of them, a short one a share, spread over items."""

import itertools
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from gallery.models import Photo
from news.models import Article
from tests.embassy.xss_vectors import XSS_VECTORS
from tests.gallery.factories import make_album, make_photo
from tests.news.factories import article_fields, make_category
from tests.pages.factories import make_link, make_menu_item, make_page

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


def share(number, shares, pictures=True):
    """Every ``shares``-th vector, from the ``number``-th, as paragraphs:
    each vector is in one article's text."""
    vectors = VECTORS[number::shares]
    if not pictures:
        vectors = [vector for vector in vectors if "<img" not in vector.lower()]
    return "".join(f"<p>{vector}</p>" for vector in vectors)


@pytest.fixture
def press(django_user_model, roles):
    user = django_user_model.objects.create_user("press", is_staff=True)
    user.groups.add(Group.objects.get(name="Press officers"))
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return user, client


@pytest.fixture
def corpus(press):
    _user, client = press
    category = make_category(name_en="Statements", slug="statements")
    titles, summaries = list(chunks(250)), itertools.cycle(chunks(600))
    names = itertools.cycle(chunks(120))
    body = "".join(f"<p>{vector}</p>" for vector in VECTORS)
    for number, title in enumerate(titles):
        data = article_fields(
            category,
            slug=f"statement-{number}",
            title_en=title,
            summary_en=next(summaries),
            # The form refuses pictures without a description: those vectors
            # reach the text through update() below, which sanitizes too.
            body_en=share(number, len(titles), pictures=False),
            cover_alt_en=next(names),
            source_name_en=next(names),
        )
        response = client.post(reverse("admin:news_article_add"), data)
        errors = re.findall(r"errorlist[^>]*>(.*?)</ul>", response.text, re.S)
        assert response.status_code == 302, errors
    for number in range(len(titles)):
        Article.objects.filter(slug=f"statement-{number}").update(
            body_en=share(number, len(titles))
        )
    page = make_page(slug="about", title_en=VECTORS[0][:200], body_en=body)
    make_menu_item(label_en=next(chunks(100)), page=page)
    for title in itertools.islice(chunks(150), 12):
        make_link(title_en=title)
    album = make_album(slug="event", title_en=next(chunks(200)), description_en=body)
    for caption in itertools.islice(chunks(300), 6):
        photo = make_photo(album, caption_en=caption, alt_en=caption[:250])
        Photo.objects.filter(pk=photo.pk).update(original_name=caption[:255])
    return {"articles": len(titles), "page": page, "album": album}


def test_no_vector_runs_anywhere(live_server, browser, press, corpus):
    assert len(VECTORS) >= 200
    assert Article.objects.count() == corpus["articles"]
    public = ["/en/", "/en/news/", "/en/gallery/", "/en/links/", "/en/news/feed/"]
    public += [f"/en/news/?page={n}" for n in range(2, corpus["articles"] // 10 + 2)]
    public += [f"/en/news/statement-{n}/" for n in range(corpus["articles"])]
    public += [corpus["page"].get_absolute_url(), corpus["album"].get_absolute_url()]
    public += ["/en/search/?q=script", "/en/search/?q=alert"]
    first = Article.objects.order_by("pk").first()
    staff = [reverse("admin:news_article_changelist"), reverse("admin:index")]
    # The change form renders every field the same way for each article:
    # every fifth one (nearly a second each with its editors) is enough.
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    staff += [reverse("admin:news_article_change", args=[pk]) for pk in pks[::5]]
    staff += [reverse("admin:news_article_history", args=[first.pk])]

    visitor = browser.new_context()
    visitor.add_init_script(HOOK)
    editor = browser.new_context()
    editor.add_init_script(HOOK)
    session = press[1].cookies["sessionid"].value
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
