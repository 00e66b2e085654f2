"""The image field: every write path goes through the pipeline, sources are
never served, and the field removes the files it stored."""

import importlib
import io
import re

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import IntegrityError
from django.urls import reverse
from PIL import Image, ImageCms

from gallery.models import Photo, pending_storage
from gallery.uploads import store_batch
from news.models import Article
from tests.gallery.factories import make_album
from tests.images import gps_exif, image_bytes
from tests.news.factories import make_article

# What the server names a cover, whatever the uploader called it.
COVER_NAME = re.compile(r"^news/covers/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.jpg$")


def phone_photo():
    return ContentFile(image_bytes("JPEG", exif=gps_exif()), name="phone.jpg")


def assert_clean_source(article, sources_root, media_root):
    assert COVER_NAME.match(article.cover.name), article.cover.name
    assert (sources_root / article.cover.name).is_file()
    assert not (media_root / article.cover.name).exists()
    with article.cover.open("rb") as stored:
        image = Image.open(io.BytesIO(stored.read()))
    assert not image.getexif()
    assert "exif" not in image.info


class CoverForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["cover", "cover_alt_en"]


def write_by_assignment(article):
    article.cover = phone_photo()
    article.save()


def write_by_field_file_save(article):
    article.cover.save("phone.jpg", phone_photo())


def write_by_field_file_save_without_saving_the_row(article):
    article.cover.save("phone.jpg", phone_photo(), save=False)
    article.save()


def write_by_update_fields(article):
    article.cover = phone_photo()
    article.save(update_fields=["cover"])


def write_by_form(article):
    upload = SimpleUploadedFile("phone.jpg", image_bytes("JPEG", exif=gps_exif()))
    form = CoverForm({"cover_alt_en": "A phone"}, {"cover": upload}, instance=article)
    assert form.is_valid(), form.errors
    form.save()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "write",
    [
        write_by_assignment,
        write_by_field_file_save,
        write_by_field_file_save_without_saving_the_row,
        write_by_update_fields,
        write_by_form,
    ],
)
def test_every_write_path_stores_a_clean_copy_under_a_server_name(
    write, sources_root, media_root
):
    article = make_article()
    write(article)
    assert_clean_source(Article.objects.get(pk=article.pk), sources_root, media_root)


@pytest.mark.django_db
def test_create_stores_a_clean_copy(sources_root, media_root):
    article = make_article(cover=phone_photo(), cover_alt_en="A phone photo")
    assert_clean_source(Article.objects.get(pk=article.pk), sources_root, media_root)


@pytest.mark.django_db
def test_field_file_save_refuses_what_is_not_an_image(sources_root):
    article = make_article()
    with pytest.raises(ValidationError, match="“page.jpg” is not an image"):
        article.cover.save("page.jpg", ContentFile(b"<!doctype html><p>Hi</p>"))
    assert not list(sources_root.rglob("*.*"))
    assert not Article.objects.get(pk=article.pk).cover


@pytest.mark.django_db
def test_sources_are_not_served_and_renditions_are(client):
    article = make_article(cover=phone_photo(), cover_alt_en="A phone photo")
    rendition = article.cover_large_jpeg.url
    assert client.get(rendition).status_code == 200
    # The rendition's address without renditions/ and the hash: the source.
    guessed = re.sub(
        r"^/media/renditions/(.*)/[0-9a-f]+\.jpg$", r"/media/\1.jpg", rendition
    )
    assert guessed == f"/media/{article.cover.name}"
    assert client.get(guessed).status_code == 404
    with pytest.raises(ValueError, match="never served"):
        article.cover.url  # noqa: B018


@pytest.mark.django_db
def test_the_admin_links_a_stored_image_to_its_preview_not_its_source(
    press_client, category
):
    article = make_article(cover=phone_photo(), cover_alt_en="A phone photo")
    page = press_client.get(
        reverse("admin:news_article_change", args=[article.pk])
    ).content.decode()
    (preview,) = re.findall(r'Currently: <a href="([^"]+)"', page)
    assert preview.startswith("/media/renditions/")
    assert press_client.get(preview).status_code == 200
    assert f'href="/media/{article.cover.name}"' not in page


def jpeg_with_profile(profile_bytes):
    output = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(
        output, "JPEG", icc_profile=profile_bytes
    )
    return ContentFile(output.getvalue(), name="profiled.jpg")


SRGB_BYTES = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "profile",
    [
        SRGB_BYTES + b"<script>alert('hosted on the mission')</script>" * 20,
        b"not a colour profile at all " * 20,
    ],
    ids=["valid-with-payload", "unreadable"],
)
def test_a_colour_profile_is_never_copied_into_the_stored_image(profile):
    article = make_article(cover=jpeg_with_profile(profile), cover_alt_en="Red")
    with article.cover.open("rb") as stored:
        data = stored.read()
    image = Image.open(io.BytesIO(data))
    assert "icc_profile" not in image.info
    assert b"alert" not in data and b"colour profile" not in data
    red, green, blue = image.convert("RGB").getpixel((32, 24))
    assert red > 150 and green < 90 and blue < 90


@pytest.mark.django_db
def test_replacing_an_image_deletes_the_old_files_without_asking_the_database(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    article = make_article(cover=phone_photo(), cover_alt_en="A phone photo")
    article = Article.objects.get(pk=article.pk)
    old = [
        (article.cover.storage, article.cover.name),
        (article.cover_small_webp.storage, article.cover_small_webp.name),
        (article.cover_large_jpeg.storage, article.cover_large_jpeg.name),
    ]
    assert all(storage.exists(name) for storage, name in old)
    article.cover = phone_photo()
    with django_capture_on_commit_callbacks(execute=True):
        with django_assert_num_queries(1):  # the UPDATE alone
            article.save(update_fields=["cover"])
    assert not any(storage.exists(name) for storage, name in old)
    assert article.cover.storage.exists(article.cover.name)
    assert article.cover_large_jpeg.storage.exists(article.cover_large_jpeg.name)


@pytest.mark.django_db
def test_saving_other_fields_keeps_the_image(django_capture_on_commit_callbacks):
    article = make_article(cover=phone_photo(), cover_alt_en="A phone photo")
    article = Article.objects.get(pk=article.pk)
    with django_capture_on_commit_callbacks(execute=True):
        article.title_en = "Renamed"
        article.save()
    assert article.cover.storage.exists(article.cover.name)


@pytest.mark.django_db
def test_deleting_an_item_deletes_its_image_and_renditions(
    django_capture_on_commit_callbacks,
):
    article = make_article(cover=phone_photo(), cover_alt_en="A phone photo")
    files = [
        (article.cover.storage, article.cover.name),
        (article.cover_small_jpeg.storage, article.cover_small_jpeg.name),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.filter(pk=article.pk).delete()
    assert not any(storage.exists(name) for storage, name in files)


@pytest.mark.django_db
def test_a_photo_deleted_before_processing_takes_its_waiting_upload(
    django_capture_on_commit_callbacks,
):
    album = make_album()
    upload = SimpleUploadedFile("IMG_0001.jpg", image_bytes("JPEG", exif=gps_exif()))
    (photo,) = store_batch(album, [upload], queue=False)
    assert pending_storage.exists(photo.pending.name)
    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.filter(pk=photo.pk).delete()
    assert not pending_storage.exists(photo.pending.name)


@pytest.mark.django_db
def test_a_processed_photo_leaves_no_waiting_upload(
    django_capture_on_commit_callbacks,
):
    album = make_album()
    upload = SimpleUploadedFile("IMG_0001.jpg", image_bytes("JPEG", exif=gps_exif()))
    with django_capture_on_commit_callbacks(execute=True):
        (photo,) = store_batch(album, [upload], queue=True)
    photo.refresh_from_db()
    assert photo.state == Photo.State.READY
    assert not list(pending_storage.listdir("")[1])


@pytest.mark.django_db
def test_a_command_writing_an_image_goes_through_the_pipeline(sources_root, media_root):
    article = make_article()
    call_command(
        "shell",
        command=(
            "from django.core.files.base import ContentFile;"
            "from news.models import Article;"
            "from tests.images import image_bytes, gps_exif;"
            f"a = Article.objects.get(pk={article.pk});"
            "data = image_bytes('JPEG', exif=gps_exif());"
            "a.cover.save('phone.jpg', ContentFile(data))"
        ),
    )
    assert_clean_source(Article.objects.get(pk=article.pk), sources_root, media_root)


def test_sources_stored_where_they_were_served_move_out_on_upgrade(settings, tmp_path):
    module = importlib.import_module("embassy.migrations.0004_sources_leave_media")
    media, sources = tmp_path / "media", tmp_path / "sources"
    settings.MEDIA_ROOT, settings.SOURCES_ROOT = media, sources
    for name in ["news/covers/2026/11/a.jpg", "renditions/news/covers/x/b.jpg"]:
        (media / name).parent.mkdir(parents=True, exist_ok=True)
        (media / name).write_bytes(b"image")
    module.forwards(None, None)
    assert (sources / "news/covers/2026/11/a.jpg").read_bytes() == b"image"
    assert not (media / "news/covers/2026/11/a.jpg").exists()
    assert (media / "renditions/news/covers/x/b.jpg").exists()
    assert not (sources / "renditions").exists()


@pytest.mark.django_db(transaction=True)
def test_a_replacement_that_fails_to_save_keeps_the_old_image():
    # Outside a transaction, as a command or a shell saves: nothing may be
    # deleted before the row holds the new image.
    article = make_article(cover=phone_photo(), cover_alt_en="A phone photo")
    article = Article.objects.get(pk=article.pk)
    old = article.cover.name
    article.cover = phone_photo()
    article.slug = make_article().slug  # taken: the UPDATE fails
    with pytest.raises(IntegrityError):
        article.save()
    assert Article.objects.get(pk=article.pk).cover.name == old
    assert article.cover.storage.exists(old)
