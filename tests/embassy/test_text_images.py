"""Pictures inserted in rich text: a row each, their uses, and the sweep
that deletes those no text shows any more."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from embassy.models import TextImage
from embassy.tasks import sweep_text_images
from tests.images import image_bytes
from tests.news.factories import make_article

# Far enough in the past that no clock boundary matters.
LONG_AGO = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)


def upload(client, name="chart.png"):
    response = client.post(
        reverse("editor_image_upload"),
        {"upload": SimpleUploadedFile(name, image_bytes("PNG"))},
    )
    assert response.status_code == 200
    return response.json()["url"]


def files_of(text_image):
    return [
        (text_image.image.storage, text_image.image.name),
        (text_image.in_text.storage, text_image.in_text.name),
    ]


@pytest.mark.django_db
def test_an_upload_records_who_uploaded_it_and_where_it_is_shown(
    press_client, press_officer
):
    url = upload(press_client)
    text_image = TextImage.objects.get()
    assert text_image.uploaded_by == press_officer
    assert text_image.text_url == url
    assert text_image.uses() == []
    article = make_article(body_ru=f'<p>Текст</p><img src="{url}" alt="График">')
    assert text_image.uses() == [article]


@pytest.mark.django_db
def test_the_sweep_deletes_old_unused_pictures_and_keeps_the_others(
    press_client, django_capture_on_commit_callbacks
):
    used_url = upload(press_client, "used.png")
    upload(press_client, "unused.png")
    upload(press_client, "recent.png")
    make_article(body_en=f'<p><img src="{used_url}" alt="A chart"></p>')
    used, unused, recent = (
        TextImage.objects.get(pk=pk)
        for pk in TextImage.objects.order_by("pk").values_list("pk", flat=True)
    )
    TextImage.objects.filter(pk__in=[used.pk, unused.pk]).update(uploaded_at=LONG_AGO)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("sweep_text_images", stdout=io.StringIO())

    assert set(TextImage.objects.values_list("pk", flat=True)) == {used.pk, recent.pk}
    assert not any(storage.exists(name) for storage, name in files_of(unused))
    for kept in (used, recent):
        assert all(storage.exists(name) for storage, name in files_of(kept))


@pytest.mark.django_db
def test_an_upload_asks_the_worker_for_a_sweep_once_it_may_be_unused(
    press_client, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {
        "default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}
    }
    backend = sweep_text_images.get_backend()
    backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        upload(press_client)
    (result,) = backend.results
    assert result.task.func is sweep_text_images.func
    uploaded_at = TextImage.objects.get().uploaded_at
    assert result.task.run_after >= uploaded_at + settings.TEXT_IMAGES_KEPT_UNUSED


@pytest.mark.django_db
def test_deleting_the_text_that_showed_a_picture_lets_the_sweep_take_it(
    press_client, django_capture_on_commit_callbacks
):
    url = upload(press_client)
    article = make_article(body_en=f'<p><img src="{url}" alt="A chart"></p>')
    TextImage.objects.update(uploaded_at=LONG_AGO)
    assert TextImage.sweep_unused() == 0
    article.delete()
    assert TextImage.sweep_unused() == 1
