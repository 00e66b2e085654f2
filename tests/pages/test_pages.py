"""Static pages: a tree served at its path, under the publishing rule."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from embassy.publishing import Status
from pages.models import LinkGroup, Page, reserved_slugs
from tests.pages.factories import make_link, make_page
from tests.queries import page_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def about():
    about = make_page(slug="about-uzbekistan", title_en="About Uzbekistan")
    history = make_page(parent=about, slug="history", title_en="History")
    make_page(parent=history, slug="silk-road", title_en="The Silk Road")
    make_page(parent=about, slug="culture", title_en="Culture", order=1)
    make_page(parent=about, slug="hidden", title_en="Hidden", show_in_menu=False)
    return about


@pytest.fixture
def site_editor_client(client_in_role):
    return client_in_role("Site editors")


def test_nested_paths_resolve(client, about):
    for url, title in [
        ("/en/about-uzbekistan/", "About Uzbekistan"),
        ("/en/about-uzbekistan/history/", "History"),
        ("/en/about-uzbekistan/history/silk-road/", "The Silk Road"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f"<h1>{title}</h1>" in response.content.decode()


def test_breadcrumbs_and_section_navigation(client, about):
    html = client.get("/en/about-uzbekistan/history/silk-road/").content.decode()
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert (
        crumbs.index("About Uzbekistan")
        < crumbs.index("History")
        < crumbs.index("The Silk Road")
    )
    section = html.split('class="section-nav"')[1].split("</nav>")[0]
    assert section.index("History") < section.index("Culture")
    assert "Hidden" not in section
    assert 'href="/en/about-uzbekistan/history/" aria-current="true"' in section


@pytest.mark.parametrize(
    "url", ["/en/nowhere/", "/en/about-uzbekistan/nowhere/", "/en/history/"]
)
def test_unknown_paths_are_404(client, about, url):
    assert client.get(url).status_code == 404


def test_draft_and_future_pages_are_404_to_visitors(client, about):
    make_page(slug="draft", status=Status.DRAFT)
    make_page(slug="future", publish_at=timezone.now() + timedelta(days=1))
    make_page(
        slug="ended",
        publish_at=timezone.now() - timedelta(days=2),
        end_at=timezone.now() - timedelta(days=1),
    )
    for url in ("/en/draft/", "/en/future/", "/en/ended/"):
        assert client.get(url).status_code == 404, url


def test_pages_under_a_draft_section_are_hidden_too(client, about):
    about.status = Status.DRAFT
    about.save()
    assert client.get("/en/about-uzbekistan/history/").status_code == 404


def test_draft_page_previews_for_site_editors(site_editor_client, about):
    make_page(slug="draft", title_en="Draft page", status=Status.DRAFT)
    response = site_editor_client.get("/en/draft/")
    assert response.status_code == 200
    assert "notice--draft" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


def test_child_of_a_draft_section_previews_as_draft(site_editor_client, about):
    about.status = Status.DRAFT
    about.save()
    response = site_editor_client.get("/en/about-uzbekistan/history/")
    assert response.status_code == 200
    assert "notice--draft" in response.content.decode()


def test_moving_a_section_moves_its_pages(client, about):
    about.slug = "uzbekistan"
    about.save()
    assert client.get("/en/uzbekistan/history/silk-road/").status_code == 200
    assert client.get("/en/about-uzbekistan/history/").status_code == 404


@pytest.mark.parametrize("slug", ["news", "gallery", "links", "search", "admin"])
def test_a_page_never_shadows_a_section(slug):
    page = Page(slug=slug, title_en="Shadow")
    with pytest.raises(ValidationError, match="section of the site"):
        page.full_clean()


def test_the_reserved_slugs_are_the_sections_the_urlconf_routes():
    assert reserved_slugs() == {
        # Routed under the language prefix.
        *("news", "gallery", "links", "preview", "search", "consular", "contacts"),
        "events",
        # Promised by the URL contract, not routed yet.
        *("documents", "subscribe"),
        # Outside the language prefix.
        *("admin", "media", "static", "csp-report", "healthz", "readyz"),
    }


def test_a_new_section_reserves_its_slug(settings):
    assert "visas" not in reserved_slugs()
    settings.ROOT_URLCONF = "tests.pages.urls_with_a_new_section"
    assert "visas" in reserved_slugs()
    with pytest.raises(ValidationError, match="section of the site"):
        Page(slug="visas", title_en="Visas").full_clean()


def long_slug(letter):
    return letter * Page._meta.get_field("slug").max_length


def test_deep_page_path_is_refused_with_a_message():
    top = make_page(slug=long_slug("a"))
    middle = make_page(parent=top, slug=long_slug("b"))
    page = Page(parent=middle, slug=long_slug("c"), title_en="Too deep")
    with pytest.raises(
        ValidationError, match="302 characters long; it may have at most 255"
    ) as error:
        page.full_clean()
    assert list(error.value.message_dict) == ["slug"]


def test_a_move_that_pushes_a_page_below_past_the_limit_is_refused():
    section = make_page(slug="s")
    middle = make_page(parent=section, slug=long_slug("b"))
    make_page(parent=middle, slug=long_slug("c"), title_en="The deepest")
    section.slug = "s" * 54
    with pytest.raises(
        ValidationError,
        match="“The deepest”, a page below this one, would become 256 characters",
    ) as error:
        section.full_clean()
    assert list(error.value.message_dict) == ["slug"]
    section.slug = "s" * 53
    section.full_clean()


def test_moving_a_section_is_one_update_whatever_its_size(django_assert_num_queries):
    lone = make_page(slug="lone")
    lone.slug = "alone"
    with CaptureQueriesContext(connection) as lone_queries:
        lone.save()
    section = make_page(slug="section")
    for number in range(8):
        child = make_page(parent=section, slug=f"child-{number}")
        for grandchild in range(4):
            make_page(parent=child, slug=f"grandchild-{grandchild}")
    moved_before = timezone.now()
    section.slug = "renamed"
    # As many as for a page alone: the section, then all 40 pages below it.
    with django_assert_num_queries(len(lone_queries)) as queries:
        section.save()
    updates = [q["sql"] for q in queries if q["sql"].startswith("UPDATE")]
    assert len(updates) == 2
    pages = Page.objects.filter(path__startswith="renamed/")
    assert pages.count() == 40
    assert not pages.filter(updated_at__lt=moved_before).exists()
    assert Page.objects.get(slug="grandchild-3", parent__slug="child-7").path == (
        "renamed/child-7/grandchild-3"
    )


def test_moving_a_page_leaves_pages_with_a_similar_address_alone(about):
    neighbour = make_page(slug="about-uzbekistan-today")
    history = about.children.get(slug="history")
    history.slug = "past"
    history.save()
    assert Page.objects.get(slug="silk-road").path == "about-uzbekistan/past/silk-road"
    neighbour.refresh_from_db()
    assert neighbour.path == "about-uzbekistan-today"


def test_news_still_answers_beside_pages(client, about):
    assert client.get(reverse("news:article_list")).status_code == 200


def test_a_page_cannot_be_its_own_ancestor(about):
    history = about.children.get(slug="history")
    about.parent = history
    with pytest.raises(ValidationError, match="under itself"):
        about.full_clean()


def test_two_pages_cannot_share_an_address(about):
    twin = Page(slug="history", parent=about, title_en="Twin")
    with pytest.raises(ValidationError, match="already has the address"):
        twin.full_clean()


def test_page_in_russian_with_english_fallback(client, about):
    about.title_ru = "Об Узбекистане"
    about.save()
    with translation.override("ru"):
        html = client.get(about.get_absolute_url()).content.decode()
    assert "<h1>Об Узбекистане</h1>" in html
    assert '<div class="prose" lang="en">' in html
    assert 'hreflang="uz"' not in html.split("</head>")[0]


def test_page_queries_do_not_grow_with_the_tree(client, about):
    url = "/en/about-uzbekistan/history/silk-road/"
    few = page_queries(client, url)
    for number in range(50):
        make_page(parent=about, slug=f"child-{number}")
    # The page, its ancestors, its section's pages, the menu, the settings,
    # the alerts.
    assert page_queries(client, url) == few == 8


def test_links_page_queries_do_not_grow_with_the_links(client):
    groups = [LinkGroup.objects.create(name_en=f"Group {n}") for n in range(3)]
    for number in range(5):
        make_link(groups[number % 3])
    few = page_queries(client, reverse("pages:link_list"))
    for number in range(95):
        make_link(groups[number % 3])
    # The groups, their links, the menu, the settings, the alerts.
    assert page_queries(client, reverse("pages:link_list")) == few == 7


def test_section_navigation_lists_what_visitors_see_even_for_editors(
    site_editor_client, about
):
    make_page(
        parent=about, slug="draft-child", title_en="Draft child", status=Status.DRAFT
    )
    html = site_editor_client.get("/en/about-uzbekistan/history/").content.decode()
    section = html.split('class="section-nav"')[1].split("</nav>")[0]
    assert "Draft child" not in section
