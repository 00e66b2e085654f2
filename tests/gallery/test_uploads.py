"""Photos into an album through the admin: checked while the editor waits,
processed in the background, never stored or served with their metadata."""

import io
import os
import random
import re
import resource
import signal
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from gallery.models import Album, Photo
from gallery.tasks import process_photo, save_processed
from gallery.uploads import check_batch, store_batch
from tests.gallery.factories import album_form, make_album, make_photo
from tests.images import (
    HTML,
    SVG,
    bomb_png,
    gps_exif,
    image_bytes,
    large_png,
    orientation_exif,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def gallery_client(client_in_role):
    return client_in_role("Gallery editors")


@pytest.fixture
def album():
    return make_album(title_en="Independence Day reception", slug="reception")


def upload(client, album, files=(), archives=(), capture=None):
    url = reverse("admin:gallery_album_change", args=[album.pk])
    data = album_form(
        album,
        photos_upload=[SimpleUploadedFile(name, content) for name, content in files],
        archive_upload=[
            SimpleUploadedFile(name, content) for name, content in archives
        ],
    )
    with capture(execute=True):
        response = client.post(url, data, follow=True)
    return response


def zip_of(files):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as bundle:
        for name, content in files:
            bundle.writestr(name, content)
    return output.getvalue()


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def stored(photo):
    with photo.image.open() as file:
        image = Image.open(io.BytesIO(file.read()))
        image.load()
    return image


def test_real_images_are_accepted_and_processed(
    gallery_client, album, django_capture_on_commit_callbacks, settings
):
    response = upload(
        gallery_client,
        album,
        files=[
            ("a.png", image_bytes("PNG")),
            ("b.jpg", image_bytes("JPEG")),
            ("c.webp", image_bytes("WEBP")),
        ],
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    photos = list(album.photos.all())
    assert [photo.state for photo in photos] == [Photo.State.READY] * 3
    assert [photo.original_name for photo in photos] == ["a.png", "b.jpg", "c.webp"]
    assert [stored(photo).format for photo in photos] == ["PNG", "JPEG", "WEBP"]
    for photo, extension in zip(photos, ["png", "jpg", "webp"], strict=True):
        # The whole name is the server's: a uuid's hex and the extension of
        # the format it was re-encoded in. (A check that "b.jpg" is absent
        # fails whenever the random hex ends in "b".)
        stored_name = PurePosixPath(photo.image.name).name
        assert re.fullmatch(rf"[0-9a-f]{{32}}\.{extension}", stored_name), stored_name
        assert not photo.pending
        for rendition in (photo.thumb_webp, photo.medium_jpeg, photo.large_webp):
            assert rendition.storage.exists(rendition.name)
    album.refresh_from_db()
    assert album.cover == photos[0]
    assert "3 photos are being processed" in " ".join(messages_of(response))
    # The uploads waited outside the media folder and are gone now.
    assert not any(Path(settings.PENDING_ROOT).iterdir())


def test_gps_position_is_removed_and_the_capture_date_kept(
    gallery_client, album, django_capture_on_commit_callbacks
):
    exif = gps_exif()
    exif.get_ifd(0x8769)[0x9003] = "2025:09:01 10:00:00"  # DateTimeOriginal
    upload(
        gallery_client,
        album,
        files=[("phone.jpg", image_bytes("JPEG", exif=exif))],
        capture=django_capture_on_commit_callbacks,
    )
    photo = album.photos.get()
    assert photo.taken_on.isoformat() == "2025-09-01"
    assert not stored(photo).getexif()
    with photo.large_jpeg.storage.open(photo.large_jpeg.name) as file:
        assert not Image.open(file).getexif()


def test_orientation_is_applied(
    gallery_client, album, django_capture_on_commit_callbacks
):
    upload(
        gallery_client,
        album,
        files=[
            ("turned.jpg", image_bytes("JPEG", (300, 200), exif=orientation_exif(6)))
        ],
        capture=django_capture_on_commit_callbacks,
    )
    photo = album.photos.get()
    assert (photo.width, photo.height) == (200, 300)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.jpg", b"", "“empty.jpg” is empty"),
        (
            "cut.jpg",
            image_bytes("JPEG", (800, 600))[:2000],
            "“cut.jpg” is not an image",
        ),
        ("bomb.png", bomb_png(), "“bomb.png” has too many pixels"),
        ("drawing.svg", SVG, "“drawing.svg” is not an image"),
        ("page.jpg", HTML, "“page.jpg” is not an image"),
    ],
    ids=["empty", "truncated", "bomb", "svg", "html-as-jpg"],
)
def test_bad_files_are_named_and_the_good_ones_kept(
    gallery_client, album, django_capture_on_commit_callbacks, name, content, message
):
    response = upload(
        gallery_client,
        album,
        files=[("good.jpg", image_bytes("JPEG")), (name, content)],
        capture=django_capture_on_commit_callbacks,
    )
    assert any(message in text for text in messages_of(response))
    assert list(album.photos.values_list("original_name", flat=True)) == ["good.jpg"]


def test_a_zip_with_one_bad_file_keeps_the_good_ones(
    gallery_client, album, django_capture_on_commit_callbacks
):
    archive = zip_of(
        [
            ("event/one.jpg", image_bytes("JPEG")),
            ("event/two.png", image_bytes("PNG")),
            ("event/notes.jpg", HTML),
            ("__MACOSX/event/._one.jpg", b"resource fork"),
            ("event/.DS_Store", b"finder"),
        ]
    )
    response = upload(
        gallery_client,
        album,
        archives=[("event.zip", archive)],
        capture=django_capture_on_commit_callbacks,
    )
    assert any("“notes.jpg” is not an image" in text for text in messages_of(response))
    names = sorted(album.photos.values_list("original_name", flat=True))
    assert names == ["one.jpg", "two.png"]


def test_a_file_that_is_not_a_zip_is_named(
    gallery_client, album, django_capture_on_commit_callbacks
):
    response = upload(
        gallery_client,
        album,
        archives=[("photos.zip", b"not a zip")],
        capture=django_capture_on_commit_callbacks,
    )
    assert any(
        "“photos.zip” is not a ZIP archive" in text for text in messages_of(response)
    )
    assert not album.photos.exists()


def test_a_batch_of_a_hundred_and_twenty(
    gallery_client, album, django_capture_on_commit_callbacks
):
    files = [
        (f"p{number:03}.jpg", image_bytes("JPEG", (64, 48))) for number in range(120)
    ]
    upload(
        gallery_client, album, files=files, capture=django_capture_on_commit_callbacks
    )
    assert album.photos.filter(state=Photo.State.READY).count() == 120


def test_a_photo_that_fails_in_the_background_says_why(album):
    photo = Photo(album=album, original_name="odd.jpg")
    photo.pending.save("odd", SimpleUploadedFile("odd", HTML), save=False)
    photo.save()
    process_photo.call(photo.pk)
    photo.refresh_from_db()
    assert photo.state == Photo.State.FAILED
    assert "“odd.jpg” is not an image" in photo.error
    assert not photo.pending


@pytest.mark.django_db(transaction=True)
def test_the_database_queue_and_its_worker(
    roles, gallery_client, album, django_capture_on_commit_callbacks, settings, client
):
    """As in production: the upload is queued, invisible until the worker
    has processed it. The worker opens and closes its own connections, so
    the test runs outside a transaction."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    upload(
        gallery_client,
        album,
        files=[("queued.jpg", image_bytes("JPEG"))],
        capture=django_capture_on_commit_callbacks,
    )
    photo = album.photos.get()
    assert photo.state == Photo.State.PROCESSING
    page = client.get(album.get_absolute_url()).content.decode()
    assert "No photos in this album yet." in page
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    photo.refresh_from_db()
    assert photo.state == Photo.State.READY


def test_deleting_a_photo_deletes_its_files(album, django_capture_on_commit_callbacks):
    photo = make_photo(album)
    files = [
        (photo.image.storage, photo.image.name),
        (photo.thumb_webp.storage, photo.thumb_webp.name),
        (photo.large_jpeg.storage, photo.large_jpeg.name),
    ]
    assert all(storage.exists(name) for storage, name in files)
    with django_capture_on_commit_callbacks(execute=True):
        Album.objects.get(pk=album.pk).photos.all().delete()
    assert not any(storage.exists(name) for storage, name in files)


def test_damaged_or_encrypted_members_are_named(
    gallery_client, album, django_capture_on_commit_callbacks
):
    archive = bytearray(zip_of([("good.jpg", image_bytes("JPEG"))]))
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("damaged.jpg", image_bytes("JPEG", (400, 300)))
    data = bytearray(damaged.getvalue())
    data[60:80] = b"\x00" * 20  # corrupt the compressed stream
    response = upload(
        gallery_client,
        album,
        archives=[("good.zip", bytes(archive)), ("damaged.zip", bytes(data))],
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    text = " ".join(messages_of(response))
    assert "“damaged.jpg” could not be unpacked from “damaged.zip”" in text
    assert list(album.photos.values_list("original_name", flat=True)) == ["good.jpg"]


def test_archives_that_unpack_to_too_much_are_refused(
    gallery_client, album, django_capture_on_commit_callbacks, settings
):
    settings.PHOTO_ARCHIVES_MAX_BYTES = 10_000
    archive = zip_of([("big.png", b"\0" * 20_000)])
    response = upload(
        gallery_client,
        album,
        archives=[("bomb.zip", archive)],
        capture=django_capture_on_commit_callbacks,
    )
    assert any("“bomb.zip” holds 1 files" in text for text in messages_of(response))
    assert not album.photos.exists()


def test_a_photo_deleted_while_processed_stays_deleted(album):
    photo = make_photo(album)  # as the task holds it, processed
    Photo.objects.filter(pk=photo.pk).delete()  # an editor, meanwhile
    assert save_processed(photo) is False
    assert not Photo.objects.filter(pk=photo.pk).exists()


def test_an_editor_saving_the_album_keeps_a_photo_the_worker_finished(
    gallery_client, album, django_capture_on_commit_callbacks
):
    photo = make_photo(album, caption_en="Before")
    image_name = photo.image.name
    # The page was loaded while the photo was still being processed.
    data = album_form(album)
    data.update(
        {
            "photos-TOTAL_FORMS": "1",
            "photos-INITIAL_FORMS": "1",
            "photos-0-id": str(photo.pk),
            "photos-0-album": str(album.pk),
            "photos-0-caption_en": "After",
            "photos-0-order": "1",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = gallery_client.post(
            reverse("admin:gallery_album_change", args=[album.pk]), data
        )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.caption_en == "After"
    assert photo.state == Photo.State.READY
    assert photo.image.name == image_name
    assert photo.image.storage.exists(image_name)


def webp_bytes(size, frames=1, lossless=True):
    images = [Image.new("RGB", size, (30 * n, 120, 180)) for n in range(frames)]
    output = io.BytesIO()
    images[0].save(
        output, "WEBP", lossless=lossless, save_all=frames > 1, append_images=images[1:]
    )
    return output.getvalue()


def test_a_tiny_file_declaring_many_pixels_is_refused_undecoded(
    gallery_client, album, django_capture_on_commit_callbacks
):
    # 25 megapixels in about a kilobyte: decoding it would cost 75 MB.
    amplifier = webp_bytes((5000, 5000))
    assert len(amplifier) < 2000
    response = upload(
        gallery_client,
        album,
        files=[("flat.webp", amplifier), ("good.jpg", image_bytes("JPEG"))],
        capture=django_capture_on_commit_callbacks,
    )
    assert any(
        "“flat.webp” claims 25 megapixels in only" in text
        for text in messages_of(response)
    )
    assert list(album.photos.values_list("original_name", flat=True)) == ["good.jpg"]


def test_an_animated_image_is_refused(
    gallery_client, album, django_capture_on_commit_callbacks
):
    animation = webp_bytes((320, 240), frames=3, lossless=False)
    response = upload(
        gallery_client,
        album,
        files=[("moving.webp", animation)],
        capture=django_capture_on_commit_callbacks,
    )
    assert "“moving.webp” is animated; only still images are accepted." in (
        messages_of(response)
    )
    assert not album.photos.exists()


def test_a_batch_stops_at_its_pixel_budget(
    gallery_client, album, django_capture_on_commit_callbacks, settings
):
    settings.PHOTO_BATCH_MAX_MEGAPIXELS = 1  # each photo below is 0.3
    files = [(f"{number}.jpg", image_bytes("JPEG")) for number in range(1, 7)]
    response = upload(
        gallery_client, album, files=files, capture=django_capture_on_commit_callbacks
    )
    names = sorted(album.photos.values_list("original_name", flat=True))
    assert names == ["1.jpg", "2.jpg", "3.jpg", "4.jpg"]
    assert any(
        "“5.jpg” and the files after it were not added: one upload may have at "
        "most 1 megapixels checked" in text
        for text in messages_of(response)
    )


def test_an_uploaders_hourly_budget_spans_uploads(
    gallery_client, album, django_capture_on_commit_callbacks, settings
):
    cache.clear()
    settings.PHOTO_HOURLY_MAX_MEGAPIXELS = 2
    first = [(f"{number}.jpg", image_bytes("JPEG")) for number in range(1, 8)]
    upload(
        gallery_client, album, files=first, capture=django_capture_on_commit_callbacks
    )
    assert album.photos.count() == 7  # 2.1 megapixels: the hour's share is spent
    response = upload(
        gallery_client,
        album,
        files=[("later.jpg", image_bytes("JPEG"))],
        capture=django_capture_on_commit_callbacks,
    )
    assert album.photos.count() == 7
    assert any("within the hour" in text for text in messages_of(response))


def test_a_file_that_fails_to_decode_counts_against_the_budget(
    gallery_client, album, django_capture_on_commit_callbacks, settings
):
    settings.PHOTO_BATCH_MAX_MEGAPIXELS = 1
    # A megapixel each, refused once decoded: the first spends the budget.
    truncated = image_bytes("JPEG", size=(1000, 1000))[:-300]
    files = [("1.jpg", truncated), ("good.jpg", image_bytes("JPEG"))]
    response = upload(
        gallery_client, album, files=files, capture=django_capture_on_commit_callbacks
    )
    assert not album.photos.exists()
    assert any("“good.jpg” and the files after it" in m for m in messages_of(response))


def test_files_are_counted_across_all_the_archives_of_an_upload(
    gallery_client, album, django_capture_on_commit_callbacks, settings
):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 4
    archive = zip_of([(f"{n}.jpg", image_bytes("JPEG")) for n in range(3)])
    response = upload(
        gallery_client,
        album,
        archives=[("first.zip", archive), ("second.zip", archive)],
        capture=django_capture_on_commit_callbacks,
    )
    assert album.photos.count() == 3
    assert any("“second.zip” holds 3 files" in text for text in messages_of(response))


def three_member_zip():
    """A valid archive: a JPEG stored deflated, a PNG in LZMA, a JPEG in
    bzip2 (the methods zipfile unpacks)."""
    output = io.BytesIO()
    small = {"size": (64, 48)}
    with zipfile.ZipFile(output, "w") as bundle:
        bundle.writestr("a.jpg", image_bytes("JPEG", **small), zipfile.ZIP_DEFLATED)
        bundle.writestr("b.png", image_bytes("PNG", **small), zipfile.ZIP_LZMA)
        bundle.writestr("c.jpg", image_bytes("JPEG", **small), zipfile.ZIP_BZIP2)
    return bytearray(output.getvalue())


def corrupt_lzma_member(data):
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("b.png")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 20, start + 40):
        data[offset] ^= 0x5A
    return data


def invalid_utf8_name(data):
    # "a.jpg" becomes 5 bytes that are not UTF-8, flagged as UTF-8.
    for signature, flags, name in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = data.index(signature)
        data[at + flags + 1] |= 0x08  # bit 11 (UTF-8), in the high byte
        data[at + name : at + name + 5] = b"\xff\xfe\xfdpg"
    return data


def unsupported_version(data):
    for at in (m.start() for m in re.finditer(b"PK\x01\x02", bytes(data))):
        data[at + 6] = 0xFF  # version needed to extract: 25.5
    return data


def bad_directory_offset(data):
    at = data.rindex(b"PK\x05\x06")
    data[at + 16 : at + 20] = (0xFFFFFF00).to_bytes(4, "little")
    return data


@pytest.mark.parametrize(
    "damage",
    [corrupt_lzma_member, invalid_utf8_name, unsupported_version, bad_directory_offset],
)
def test_a_malformed_archive_is_named_and_the_rest_kept(
    gallery_client, album, django_capture_on_commit_callbacks, damage
):
    response = upload(
        gallery_client,
        album,
        files=[("good.jpg", image_bytes("JPEG"))],
        archives=[("broken.zip", bytes(damage(three_member_zip())))],
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    assert any("“broken.zip”" in text for text in messages_of(response))
    assert "good.jpg" in album.photos.values_list("original_name", flat=True)


def mutations(count, seed):
    """Archives each a few bytes away from a valid one: the same ones on
    every run (a seeded generator)."""
    valid = three_member_zip()
    rng = random.Random(seed)
    for _ in range(count):
        data = bytearray(valid)
        for _change in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        yield bytes(data)


def test_no_mutation_of_an_archive_breaks_the_check():
    for number, data in enumerate(mutations(4000, seed=7)):
        accepted, refused = check_batch([], [SimpleUploadedFile("m.zip", data)])
        assert len(accepted) + len(refused) >= 1 or not data, number


def test_no_mutation_of_an_archive_answers_500(
    gallery_client, album, django_capture_on_commit_callbacks
):
    for data in mutations(40, seed=11):
        response = upload(
            gallery_client,
            album,
            archives=[("m.zip", data)],
            capture=django_capture_on_commit_callbacks,
        )
        assert response.status_code == 200


def test_the_albums_page_shows_how_far_processing_has_come(gallery_client, album):
    make_photo(album)
    for state in (Photo.State.PROCESSING, Photo.State.FAILED):
        Photo.objects.create(album=album, original_name="x.jpg", state=state)
    url = reverse("admin:gallery_album_change", args=[album.pk])

    def progress():
        page = gallery_client.get(url).content.decode()
        return re.search(
            r"field-processing.*?<div class=\"readonly\">(.*?)</div>", page, re.S
        ).group(1)

    assert '<progress value="2" max="3"' in progress()
    assert "2 of 3 photos processed" in progress()
    Photo.objects.filter(state=Photo.State.PROCESSING).delete()
    assert "1 photo could not be processed: see below." in progress()
    Photo.objects.filter(state=Photo.State.FAILED).delete()
    assert "All 1 photo processed." in progress()


def test_a_batch_that_cannot_be_stored_leaves_nothing_behind(album, settings):
    """The kernel refuses a write halfway through the second photo (a file
    size limit, as a full disk would): neither the first photo nor the
    part of the second stays, and no row."""
    small = SimpleUploadedFile("small.jpg", image_bytes("JPEG"))
    large = SimpleUploadedFile("large.jpg", os.urandom(3 * 1024 * 1024))
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, limit[1]))
    try:
        with pytest.raises(OSError, match="File too large"):
            store_batch(album, [small, large])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, handler)
    assert not album.photos.exists()
    pending = Path(settings.PENDING_ROOT)
    assert not [path for path in pending.rglob("*") if path.is_file()]


def test_an_upload_the_disk_cannot_hold_is_refused_and_leaves_no_file(
    album, client_in_role, settings
):
    """The kernel refuses the temporary file of an upload halfway (a file
    size limit, as a full disk would): the editor is told the disk is
    full, and the part written is gone with the request."""
    gallery_client = client_in_role("Gallery editors")
    gallery_client.raise_request_exception = False
    uploading = Path(settings.FILE_UPLOAD_TEMP_DIR)
    before = set(uploading.rglob("*"))
    url = reverse("admin:gallery_album_change", args=[album.pk])
    data = album_form(
        album, photos_upload=[SimpleUploadedFile("large.png", large_png(4))]
    )
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, limit[1]))
    try:
        response = gallery_client.post(url, data)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, handler)
    assert response.status_code == 507
    assert (
        "Ask the site's administrator to free some space" in response.content.decode()
    )
    assert set(uploading.rglob("*")) == before
    assert not album.photos.exists()
