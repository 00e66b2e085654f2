"""The image pipeline: what it accepts, what it refuses, what it removes."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from embassy.images import normalize_image
from embassy.models import TextImage
from tests.conftest import BACKEND
from tests.images import (
    HTML,
    SVG,
    bomb_png,
    cmyk_jpeg_bytes,
    gps_exif,
    image_bytes,
    large_png,
    mpo_bytes,
    orientation_exif,
)

UPLOAD_URL = reverse("editor_image_upload")
# The rendition of a source that the server named: uploads/YYYY/MM/<hex>.
SERVED_NAME = re.compile(
    r"^/media/renditions/uploads/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}/"
    r"[0-9a-f]{32}\.(jpg|png|webp)$"
)


def upload(client, content, name):
    return client.post(UPLOAD_URL, {"upload": SimpleUploadedFile(name, content)})


def stored_image(url):
    with default_storage.open(url.removeprefix("/media/")) as stored:
        image = Image.open(io.BytesIO(stored.read()))
        image.load()
    return image


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("image_format", "name", "pillow_format"),
    [
        ("PNG", "chart.png", "PNG"),
        ("JPEG", "holiday.JPG", "JPEG"),
        ("WEBP", "portrait.webp", "WEBP"),
    ],
)
def test_real_images_are_accepted_under_a_server_name(
    press_client, image_format, name, pillow_format
):
    response = upload(press_client, image_bytes(image_format), name)
    assert response.status_code == 200
    url = response.json()["url"]
    assert SERVED_NAME.match(url), url
    assert stored_image(url).format == pillow_format


@pytest.mark.django_db
def test_gps_position_never_reaches_storage(press_client, media_root, sources_root):
    original = image_bytes("JPEG", exif=gps_exif())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)
    response = upload(press_client, original, "phone.jpg")
    served = stored_image(response.json()["url"])
    stored = [*sources_root.rglob("*.jpg"), *media_root.rglob("*.jpg")]
    assert len(stored) == 2  # the clean copy and its rendition
    for image in [served, *(Image.open(path) for path in stored)]:
        assert not image.getexif()
        assert "exif" not in image.info and "xmp" not in image.info


@pytest.mark.django_db
def test_text_images_are_served_at_most_1600_pixels_wide(press_client, sources_root):
    response = upload(press_client, image_bytes("PNG", size=(2400, 1200)), "wide.png")
    assert stored_image(response.json()["url"]).size == (1600, 800)
    (source,) = sources_root.glob("uploads/*/*/*.png")
    assert Image.open(source).size == (2400, 1200)


@pytest.mark.django_db
def test_phone_multi_picture_jpeg_is_kept_as_a_plain_jpeg(press_client):
    original = mpo_bytes()
    assert Image.open(io.BytesIO(original)).format == "MPO"
    image = stored_image(upload(press_client, original, "hdr.jpg").json()["url"])
    assert image.format == "JPEG"
    assert getattr(image, "n_frames", 1) == 1
    assert not image.getexif()


@pytest.mark.django_db
def test_cmyk_jpeg_is_stored_as_rgb(press_client):
    image = stored_image(
        upload(press_client, cmyk_jpeg_bytes(), "print.jpg").json()["url"]
    )
    assert image.mode == "RGB"
    assert "icc_profile" not in image.info


@pytest.mark.django_db
def test_exif_orientation_is_applied(press_client):
    rotated = image_bytes("JPEG", size=(200, 100), exif=orientation_exif(6))
    image = stored_image(upload(press_client, rotated, "portrait.jpg").json()["url"])
    assert image.size == (100, 200)


@pytest.mark.django_db
def test_large_image_is_scaled_to_the_longest_side(press_client, settings):
    settings.IMAGE_MAX_SIDE = 500
    image = stored_image(
        upload(press_client, image_bytes("PNG", size=(1000, 400)), "wide.png").json()[
            "url"
        ]
    )
    assert image.size == (500, 200)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (bomb_png(), "bomb.png", "too many pixels"),
        (large_png(16), "big.png", "the largest image accepted is 15.0"),
        (SVG, "drawing.svg", "not an image we can use"),
        (HTML, "photo.jpg", "not an image we can use"),
        (b"", "empty.jpg", "is empty"),
        (image_bytes("JPEG")[:600], "truncated.jpg", "not an image we can use"),
        (image_bytes("GIF"), "anim.gif", "not an image we can use"),
    ],
    ids=["bomb", "16MB", "svg", "html-as-jpg", "empty", "truncated", "gif"],
)
def test_bad_files_are_refused_with_a_message_naming_them(
    press_client, content, name, message
):
    response = upload(press_client, content, name)
    assert response.status_code == 400
    error = response.json()["error"]["message"]
    assert message in error
    assert name in error
    assert not TextImage.objects.exists()
    assert not default_storage.exists("renditions")


def test_the_pixel_limit_is_a_setting(settings):
    settings.IMAGE_UPLOAD_MAX_PIXELS = 100 * 100
    with pytest.raises(ValidationError, match="100×101 pixels.*0.01 megapixels"):
        normalize_image(
            SimpleUploadedFile("x.png", image_bytes("PNG", size=(100, 101)))
        )
    assert normalize_image(
        SimpleUploadedFile("x.png", image_bytes("PNG", size=(100, 100)))
    )


@pytest.mark.django_db
def test_anonymous_upload_is_forbidden(client):
    response = upload(client, image_bytes("PNG"), "a.png")
    assert response.status_code == 403
    assert "error" in response.json()


@pytest.mark.django_db
def test_non_staff_upload_is_forbidden(client, django_user_model):
    user = django_user_model.objects.create_user("visitor", password="x")
    client.force_login(user, backend=BACKEND)
    assert upload(client, image_bytes("PNG"), "a.png").status_code == 403


@pytest.mark.django_db
def test_staff_without_a_role_may_not_upload(client, staff_without_role):
    client.force_login(staff_without_role, backend=BACKEND)
    assert upload(client, image_bytes("PNG"), "a.png").status_code == 403


@pytest.mark.django_db
def test_upload_without_the_csrf_token_is_refused(press_officer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(press_officer, backend=BACKEND)
    assert upload(client, image_bytes("PNG"), "a.png").status_code == 403
    assert not TextImage.objects.exists()
    assert not default_storage.exists("renditions")


@pytest.mark.django_db
def test_upload_needs_post(press_client):
    assert press_client.get(UPLOAD_URL).status_code == 405


def test_just_over_forty_megapixels_is_refused():
    just_over = SimpleUploadedFile("wide.png", bomb_png(8000, 5001))
    with pytest.raises(ValidationError, match="8000×5001 pixels.*40 megapixels"):
        normalize_image(just_over)
