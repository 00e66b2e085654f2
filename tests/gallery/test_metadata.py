"""What search engines and link previews read of the gallery."""

import pytest

from tests.gallery.factories import make_album
from tests.head import head

pytestmark = pytest.mark.django_db


def test_an_album_is_described_by_its_own_words(client):
    make_album(slug="forum", title_en="Forum", description_en="Three days in Tashkent.")
    page = head(client, "/en/gallery/forum/")
    assert page.one("og:title") == "Forum"
    assert page.one("description") == "Three days in Tashkent."
    assert page.canonicals() == ["http://testserver/en/gallery/forum/"]


def test_an_album_names_only_the_languages_it_has(client):
    make_album(slug="forum", title_en="Forum", title_uz="Forum (uz)")
    assert set(head(client, "/en/gallery/forum/").hreflangs()) == {
        "en",
        "uz",
        "x-default",
    }


def test_other_pages_of_the_gallery_keep_their_number(client):
    for _ in range(13):
        make_album()
    assert head(client, "/en/gallery/", page="2").canonicals() == [
        "http://testserver/en/gallery/?page=2"
    ]
    assert head(client, "/en/gallery/", page="1", utm_source="x").canonicals() == [
        "http://testserver/en/gallery/"
    ]
