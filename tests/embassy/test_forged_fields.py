"""Fields a form does not offer, or offers with fewer choices, cannot be
forged into a POST: the author, a status that does not exist, another
album's photo."""

import pytest
from django.urls import reverse

from gallery.models import Photo
from news.models import Article
from tests.gallery.factories import album_form, make_album, make_photo
from tests.news.factories import article_fields, make_category

pytestmark = pytest.mark.django_db


def test_a_forged_author_is_ignored(press_client, press_officer, django_user_model):
    other = django_user_model.objects.create_user("other")
    data = article_fields(make_category(), author=other.pk, written_by=other.pk)
    response = press_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302
    assert Article.objects.get().author == press_officer


def test_a_status_that_is_not_offered_is_refused(press_client):
    data = article_fields(make_category(), status="archived")
    response = press_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert not Article.objects.exists()


def test_another_albums_photo_cannot_be_made_the_cover_or_edited(client_in_role):
    client = client_in_role("Gallery editors")
    album, other = make_album(slug="ours"), make_album(slug="theirs")
    ours, theirs = make_photo(album), make_photo(other, caption_en="Theirs")
    url = reverse("admin:gallery_album_change", args=[album.pk])
    forged_cover = client.post(url, album_form(album, cover=theirs.pk))
    assert forged_cover.status_code == 200
    album.refresh_from_db()
    assert album.cover == ours
    forged_inline = album_form(album, cover=ours.pk)
    forged_inline.update(
        {
            "photos-TOTAL_FORMS": "1",
            "photos-INITIAL_FORMS": "1",
            "photos-0-id": theirs.pk,
            "photos-0-album": album.pk,
            "photos-0-caption_en": "Taken over",
            "photos-0-order": "1",
        }
    )
    client.post(url, forged_inline)
    theirs = Photo.objects.get(pk=theirs.pk)
    assert (theirs.album, theirs.caption_en) == (other, "Theirs")
