"""Uploads in an S3 bucket: moto's S3 server runs in the test's process, on
the loopback, and the site talks to it as to any S3-compatible service,
through django-storages and boto3."""

import hashlib
import io
import json
import os
import re
import tarfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import boto3
import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from moto.server import ThreadedMotoServer
from PIL import Image
from storages.backends.s3 import S3Storage

from embassy.images import source_storage
from embassy.settings.base import s3_storages
from gallery.models import Photo, pending_storage
from gallery.tasks import process_photo
from tests.gallery.factories import make_album, make_photo
from tests.gallery.test_uploads import upload
from tests.images import image_bytes

BUCKET = "embassy-test"
CREDENTIALS = {"access_key": "testing", "secret_key": "testing"}
REGION = "us-east-1"


def readme_policy(bucket):
    """The bucket policy the README gives, which publishes the renditions."""
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("### Uploads in an S3-compatible bucket", 1)[1]
    policy = re.search(r"```json\n(.*?)```", section, re.DOTALL)[1]
    return policy.replace("BUCKET", bucket)


def fetch(url):
    """An anonymous GET, as a visitor's browser makes: (status, body)."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


@pytest.fixture(scope="module")
def s3_server():
    # Port 0: the system gives a free one.
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def storages_on_disk(settings):
    """STORAGES as the test settings have them: uploads in the folders."""
    return settings.STORAGES


@pytest.fixture
def bucket(s3_server, settings, media_root, storages_on_disk):
    """An empty bucket that holds every upload for the test, published at
    the server's path-style address, as STORAGES names it with S3_BUCKET."""
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["access_key"],
        aws_secret_access_key=CREDENTIALS["secret_key"],
    )
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=readme_policy(BUCKET))
    media_url = f"{s3_server}/{BUCKET}/"
    settings.STORAGES = {
        **s3_storages(
            BUCKET, media_url, endpoint_url=s3_server, region_name=REGION, **CREDENTIALS
        ),
        "staticfiles": settings.STORAGES["staticfiles"],
    }
    settings.S3_MEDIA_URL = media_url
    # Uploads being received stay on this machine's disk.
    settings.FILE_UPLOAD_TEMP_DIR = media_root.parent / "uploading"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()
    yield client
    # Moto keeps its buckets in the process: the next test starts afresh.
    reset = urllib.request.Request(f"{s3_server}/moto-api/reset", method="POST")
    urllib.request.urlopen(reset).close()


def keys(client, prefix=""):
    listed = client.list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    return sorted(entry["Key"] for entry in listed.get("Contents", []))


def local_files(settings):
    return [
        path
        for root in (settings.MEDIA_ROOT, settings.SOURCES_ROOT, settings.PENDING_ROOT)
        for path in Path(root).rglob("*")
        if path.is_file()
    ]


def test_the_storages_follow_the_settings_of_each_test(
    storages_on_disk, bucket, settings
):
    assert isinstance(storages["default"], S3Storage)
    assert source_storage.location == "sources"
    assert pending_storage.location == "pending"
    assert Photo._meta.get_field("pending").storage.bucket_name == BUCKET
    settings.STORAGES = storages_on_disk
    assert pending_storage.location == str(settings.PENDING_ROOT)
    assert Photo._meta.get_field("image").storage.location == str(settings.SOURCES_ROOT)


@pytest.mark.django_db
def test_an_uploaded_photo_is_processed_into_the_bucket_and_nothing_on_disk(
    bucket, client_in_role, django_capture_on_commit_callbacks, settings
):
    album = make_album(title_en="Navruz in Geneva", slug="navruz")
    upload(
        client_in_role("Gallery editors"),
        album,
        files=[("navruz.jpg", image_bytes("JPEG", size=(1200, 900)))],
        capture=django_capture_on_commit_callbacks,
    )
    photo = album.photos.get()
    assert photo.state == Photo.State.READY and not photo.pending
    assert re.fullmatch(r"gallery/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", photo.image.name)
    stored = keys(bucket)
    assert f"sources/{photo.image.name}" in stored
    for rendition in (photo.thumb_webp, photo.medium_jpeg, photo.large_webp):
        assert f"media/{rendition.name}" in stored
        assert rendition.name.startswith("renditions/")
    # Processed: the upload waiting with its camera data is gone.
    assert keys(bucket, "pending/") == []
    assert local_files(settings) == []


@pytest.mark.django_db
def test_the_album_page_shows_renditions_from_the_bucket_address(
    bucket, client, settings
):
    album = make_album(slug="reception")
    make_photo(album)
    page = client.get(album.get_absolute_url()).content.decode()
    addresses = re.findall(r'(?:src|srcset)="([^"]+)"', page)
    images = [
        address.split()[0]
        for found in addresses
        for address in found.split(",")
        if "/renditions/" in address
    ]
    assert images
    assert all(image.startswith(settings.S3_MEDIA_URL + "media/") for image in images)
    # Stable addresses, never signed: the page is cached.
    assert not any("?" in image for image in images)
    status, body = fetch(images[0])
    assert status == 200
    assert Image.open(io.BytesIO(body)).format in {"WEBP", "JPEG"}


@pytest.mark.django_db
def test_sources_and_pending_uploads_have_no_address(bucket, settings):
    photo = make_photo(make_album())
    with pytest.raises(ValueError, match="never served"):
        photo.image.url  # noqa: B018
    with pytest.raises(ValueError, match="never served"):
        pending_storage.url("waiting")
    # Nor does the bucket give them to anyone who guesses their key.
    assert fetch(f"{settings.S3_MEDIA_URL}sources/{photo.image.name}")[0] == 403
    # While its renditions are public.
    assert fetch(photo.thumb_jpeg.url)[0] == 200


@pytest.mark.django_db
def test_deleting_a_photo_deletes_its_objects(
    bucket, django_capture_on_commit_callbacks
):
    photo = make_photo(make_album())
    assert keys(bucket, "sources/") and keys(bucket, "media/renditions/")
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert keys(bucket) == []


@pytest.mark.django_db
def test_a_photo_the_bucket_refuses_fails_cleanly_and_is_retried(
    bucket, django_capture_on_commit_callbacks
):
    """The bucket refuses to store sources (a policy denies it, as an
    exhausted quota or a revoked key would): the photo says so, keeps its
    upload, and retry_photos processes it once the bucket takes it."""
    photo = Photo(album=make_album(slug="reception"), original_name="guest.jpg")
    photo.pending.save("guest", SimpleUploadedFile("g", image_bytes()), save=False)
    photo.save()
    policy = json.loads(readme_policy(BUCKET))
    policy["Statement"].append(
        {
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:PutObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/sources/*",
        }
    )
    bucket.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(policy))
    process_photo.call(photo.pk)
    photo.refresh_from_db()
    assert photo.state == Photo.State.FAILED
    assert "could not store the photo (the bucket did not store" in photo.error
    assert not photo.image and keys(bucket, "sources/") == []
    assert pending_storage.exists(photo.pending.name)

    bucket.put_bucket_policy(Bucket=BUCKET, Policy=readme_policy(BUCKET))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("retry_photos", stdout=io.StringIO())
    photo.refresh_from_db()
    assert photo.state == Photo.State.READY and not photo.error
    assert keys(bucket, "sources/") == [f"sources/{photo.image.name}"]
    assert keys(bucket, "pending/") == []


def sweep(*arguments):
    output = io.StringIO()
    call_command("sweep_files", *arguments, stdout=output)
    return output.getvalue()


@pytest.mark.django_db
def test_the_sweep_deletes_the_objects_no_row_names(bucket):
    make_photo(make_album())
    named = keys(bucket)
    orphan = "sources/gallery/2026/12/" + "0" * 32 + ".jpg"
    bucket.put_object(Bucket=BUCKET, Key=orphan, Body=image_bytes())
    # Just written: it may belong to an upload under way.
    assert sweep("--dry-run").splitlines() == ["0 files no row names would be deleted."]
    assert sweep("--dry-run", "--older-than-hours", "0").splitlines() == [
        orphan,
        "1 files no row names would be deleted.",
    ]
    assert keys(bucket) == sorted([*named, orphan])
    assert "1 files no row names deleted." in sweep("--older-than-hours", "0")
    assert keys(bucket) == named


@pytest.mark.django_db
def test_the_sweep_deletes_what_a_killed_upload_left_on_the_disk(bucket, settings):
    spooled = settings.FILE_UPLOAD_TEMP_DIR / "tmp1234.upload.jpg"
    spooled.write_bytes(image_bytes())
    assert sweep("--dry-run").splitlines() == ["0 files no row names would be deleted."]
    seven_hours_ago = time.time() - 7 * 60 * 60
    os.utime(spooled, (seven_hours_ago, seven_hours_ago))
    assert sweep().splitlines() == [str(spooled), "1 files no row names deleted."]
    assert not spooled.exists()


def digests(client):
    return {
        key: hashlib.sha256(
            client.get_object(Bucket=BUCKET, Key=key)["Body"].read()
        ).hexdigest()
        for key in keys(client)
    }


# The backup opens its own snapshot: outside a test's transaction.
@pytest.mark.django_db(transaction=True)
def test_a_backup_of_the_bucket_restores_into_it_or_onto_the_disk(
    storages_on_disk, bucket, settings, tmp_path
):
    album = make_album()
    make_photo(album)
    waiting = Photo(album=album, original_name="guest.jpg")
    waiting.pending.save("guest", SimpleUploadedFile("g", image_bytes()), save=False)
    waiting.save()
    before = digests(bucket)
    archive = tmp_path / "site.tar"
    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        files = {name for name in tar.getnames() if "/" in name}
    # The archive's folders are the bucket's prefixes.
    assert files == set(before)
    assert {key.split("/")[0] for key in before} == {"media", "sources", "pending"}
    with pytest.raises(CommandError, match="Not empty: the database, media, sources"):
        call_command("restore", str(archive))

    bucket.delete_objects(
        Bucket=BUCKET, Delete={"Objects": [{"Key": key} for key in before]}
    )
    call_command("restore", str(archive), "--force", stdout=io.StringIO())
    assert digests(bucket) == before

    # The same archive moves the site's files to the disk.
    settings.STORAGES = storages_on_disk
    call_command("restore", str(archive), "--force", stdout=io.StringIO())
    folders = {
        "media": settings.MEDIA_ROOT,
        "sources": settings.SOURCES_ROOT,
        "pending": settings.PENDING_ROOT,
    }
    for key, digest in before.items():
        folder, _, name = key.partition("/")
        content = (Path(folders[folder]) / name).read_bytes()
        assert hashlib.sha256(content).hexdigest() == digest
