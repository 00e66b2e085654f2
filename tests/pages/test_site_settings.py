"""The site settings: one record, shown on every page."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from embassy.links import localize_link
from pages.models import SiteSettings
from tests.images import image_bytes

pytestmark = pytest.mark.django_db


def test_header_and_footer_show_the_settings(client):
    SiteSettings(
        mission_name_en="Permanent Mission of Uzbekistan in Geneva",
        mission_name_ru="Постоянное представительство Узбекистана в Женеве",
        telegram="https://t.me/example",
    ).save()
    html = client.get("/en/").content.decode()
    assert (
        '<span class="brand__name">Permanent Mission of Uzbekistan in Geneva</span>'
        in html
    )
    assert 'href="https://t.me/example" rel="noopener">Telegram</a>' in html
    with translation.override("ru"):
        assert (
            "Постоянное представительство Узбекистана"
            in client.get("/ru/").content.decode()
        )


def test_without_settings_the_site_names_itself_and_shows_the_placeholder(client):
    html = client.get("/en/").content.decode()
    assert "Permanent Mission of the Republic of Uzbekistan" in html
    assert "img/emblem.svg" in html


def test_there_is_only_one_record():
    SiteSettings(year_theme_en="a").save()
    SiteSettings(year_theme_en="b").save()
    assert SiteSettings.objects.count() == 1
    assert SiteSettings.load().year_theme == "b"


def test_the_admin_list_leads_to_the_one_record(admin_client):
    response = admin_client.get(reverse("admin:pages_sitesettings_changelist"))
    assert response["Location"] == reverse("admin:pages_sitesettings_add")
    SiteSettings().save()
    response = admin_client.get(reverse("admin:pages_sitesettings_changelist"))
    assert response["Location"] == reverse("admin:pages_sitesettings_change", args=[1])
    assert admin_client.get(reverse("admin:pages_sitesettings_add")).status_code == 403


@pytest.mark.parametrize(
    ("image_format", "name", "accepted"),
    [
        ("PNG", "emblem.png", True),
        ("WEBP", "emblem.webp", True),
        ("JPEG", "emblem.jpg", False),
    ],
)
def test_emblem_is_png_or_webp_only(admin_client, image_format, name, accepted):
    SiteSettings().save()
    response = admin_client.post(
        reverse("admin:pages_sitesettings_change", args=[1]),
        {"emblem": SimpleUploadedFile(name, image_bytes(image_format, (200, 200)))},
    )
    settings = SiteSettings.load()
    if accepted:
        assert response.status_code == 302
        assert settings.emblem
        html = admin_client.get("/en/").content.decode()
        assert settings.emblem_small.url in html
    else:
        assert (
            "“emblem.jpg” is a JPEG image; here only these formats are accepted: "
            "PNG, WebP." in response.content.decode()
        )
        assert not settings.emblem


def test_site_path_links_get_the_visitors_language():
    with translation.override("uz"):
        assert localize_link("/mission/") == "/uz/mission/"
        assert localize_link("https://un.org/") == "https://un.org/"


def test_site_paths_are_written_without_the_language():
    with pytest.raises(ValidationError, match="Leave out the language"):
        SiteSettings(year_theme_link="/en/mission/").full_clean()
    SiteSettings(year_theme_link="/mission/").full_clean()


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "//evil.example/", "/\\evil", "mission"]
)
def test_links_that_are_neither_a_site_path_nor_a_web_address_are_refused(link):
    settings = SiteSettings(year_theme_link=link)
    with pytest.raises(ValidationError, match="Enter a full address"):
        settings.full_clean()
