"""The page that presents the head of mission: the present one in full,
with a portrait through the image pipeline, and the former heads with their
dates."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from pages.models import HeadOfMission
from tests.conftest import BACKEND
from tests.images import image_bytes
from tests.pages.factories import make_page
from tests.queries import page_queries

pytestmark = pytest.mark.django_db


def make_head(name, appointed, left=None, **fields):
    head = HeadOfMission(
        name_en=name,
        name_ru=f"{name} (ru)",
        title_en="Permanent Representative",
        appointed_on=datetime.date.fromisoformat(appointed),
        left_on=datetime.date.fromisoformat(left) if left else None,
        **fields,
    )
    head.full_clean()
    head.save()
    return head


@pytest.fixture
def heads():
    present = make_head(
        "Akmal Rustamov",
        "2024-03-15",
        biography_en="<p>Born in <strong>Samarkand</strong>.</p>",
        photo=SimpleUploadedFile("p.jpg", image_bytes("JPEG", (640, 800))),
    )
    make_head("Nodira Yusupova", "2019-09-01", "2024-02-29")
    make_head("Bakhtiyor Saidov", "2014-06-10", "2019-08-15")
    mission = make_page(slug="mission")
    make_page(
        parent=mission,
        slug="representative",
        title_en="The Permanent Representative",
        presents_head_of_mission=True,
    )
    return present


def test_the_page_presents_the_head_and_the_former_heads(client, heads):
    page = client.get("/en/mission/representative/").content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    assert '<h2 id="head-of-mission">Akmal Rustamov</h2>' in main
    assert "Permanent Representative" in main
    assert '<time datetime="2024-03-15">March 15, 2024</time>' in main
    assert "<p>Born in <strong>Samarkand</strong>.</p>" in main
    # The portrait is a rendition, described by the name.
    assert heads.portrait.url in main
    assert 'alt="Akmal Rustamov"' in main
    former = main.index("Former heads of mission")
    # Most recent first, each with the dates of the mission.
    assert former < main.index("Nodira Yusupova") < main.index("Bakhtiyor Saidov")
    assert (
        '<time datetime="2014-06-10">June 10, 2014</time> – '
        '<time datetime="2019-08-15">Aug. 15, 2019</time>' in main
    )


def test_the_page_in_russian(client, heads):
    page = client.get("/ru/mission/representative/").content.decode()
    assert "Akmal Rustamov (ru)" in page
    assert "Прежние главы представительства" in page
    assert "Дата назначения:" in page


def test_other_pages_do_not_present_the_head(client, heads):
    page = client.get("/en/mission/").content.decode()
    assert "Akmal Rustamov" not in page


def test_the_page_costs_the_same_queries_with_few_or_many_former_heads(
    client, heads, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    few = page_queries(client, "/en/mission/representative/")
    for year in range(1992, 2012, 2):
        make_head(f"Head {year}", f"{year}-01-01", f"{year + 1}-12-31")
    assert page_queries(client, "/en/mission/representative/") == few


def test_a_mission_cannot_end_before_it_began():
    with pytest.raises(ValidationError, match="cannot come before the appointment"):
        make_head("Someone", "2020-01-01", "2019-01-01")


def test_a_site_editor_enters_a_head_with_a_checked_photograph(roles):
    editor = User.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Site editors"))
    client = Client()
    client.force_login(editor, backend=BACKEND)
    url = reverse("admin:pages_headofmission_add")
    data = {
        "name_en": "Akmal Rustamov",
        "title_en": "Permanent Representative",
        "appointed_on": "2024-03-15",
    }
    refused = client.post(
        url, data | {"photo": SimpleUploadedFile("p.jpg", b"<html>not a picture")}
    )
    assert refused.status_code == 200
    assert refused.context["adminform"].form.errors["photo"]
    assert not HeadOfMission.objects.exists()
    photo = SimpleUploadedFile("p.jpg", image_bytes("JPEG", (640, 800)))
    assert client.post(url, data | {"photo": photo}).status_code == 302
    head = HeadOfMission.objects.get()
    assert head.photo.name.startswith("heads/")
