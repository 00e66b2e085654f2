"""The restore drill: back up the demo site, restore it elsewhere, and find
every page the same and every file its rows name."""

import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent
FINGERPRINT = Path(__file__).with_name("backup_fingerprint.py")


class Site:
    """A site in its own database and folders, run by manage.py."""

    def __init__(self, folder, database_url):
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "embassy.settings.base",
            "DEBUG": "true",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(folder / "media"),
            "SOURCES_ROOT": str(folder / "sources"),
            "PENDING_ROOT": str(folder / "pending"),
            "PAGE_CACHE_SECONDS": "0",
            "TASKS_BACKEND": "django.tasks.backends.immediate.ImmediateBackend",
        }

    def manage(self, *arguments, check=True):
        return subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=self.environment,
            capture_output=True,
            text=True,
            check=check,
        )

    def fingerprint(self):
        script = FINGERPRINT.read_text()
        return json.loads(self.manage("shell", "-c", script).stdout.splitlines()[-1])


@pytest.fixture
def database_urls(tmp_path):
    """Three empty databases of the kind the suite runs on."""
    if connection.vendor == "sqlite":
        yield [f"sqlite:///{tmp_path / f'{name}.sqlite3'}" for name in "abc"]
        return
    settings = connection.settings_dict
    server = (
        f"postgres://{quote(settings['USER'])}@{settings['HOST']}:{settings['PORT']}"
    )
    names = [f"{settings['NAME']}_drill_{name}" for name in "abc"]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        yield [f"{server}/{name}" for name in names]
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_into_an_empty_site_that_shows_the_same(
    tmp_path, database_urls
):
    original, restored, refused = (
        Site(tmp_path / name, url)
        for name, url in zip("abc", database_urls, strict=True)
    )
    original.manage("migrate", "--noinput")
    original.manage("load_demo")
    archive = tmp_path / "site.tar"
    assert "Backed up the database" in original.manage("backup", archive).stdout
    before = original.fingerprint()
    assert before["missing"] == [] and before["files"] > 100

    assert "Restored" in restored.manage("restore", archive).stdout
    after = restored.fingerprint()
    assert after["missing"] == []
    assert after["files"] == before["files"]
    assert len(after["pages"]) > 50
    assert after["pages"] == before["pages"]
    assert all(status == 200 for status, _ in after["pages"].values())

    # A site is never overwritten by mistake ...
    again = restored.manage("restore", archive, check=False)
    assert again.returncode != 0 and "Not empty: the database" in again.stderr
    # ... nor restored from a damaged archive, which changes nothing.
    with tarfile.open(archive) as tar:
        photo = next(m for m in tar.getmembers() if m.name.startswith("sources/"))
    with open(archive, "r+b") as file:
        file.seek(photo.offset_data + 100)
        byte = file.read(1)
        file.seek(photo.offset_data + 100)
        file.write(bytes([byte[0] ^ 0xFF]))
    damaged = refused.manage("restore", archive, check=False)
    assert damaged.returncode != 0
    assert f"{photo.name} is damaged or missing" in damaged.stderr
    assert not (tmp_path / "c" / "sources").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "No such file"), (b"not an archive", "file could not be opened")],
)
def test_restore_says_what_is_wrong_with_the_archive(tmp_path, content, message):
    archive = tmp_path / "site.tar"
    if content is not None:
        archive.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(archive))


# The backup opens its own snapshot: outside a test's transaction.
@pytest.mark.django_db(transaction=True)
def test_a_backup_is_never_restored_over_a_site_by_mistake(tmp_path):
    archive = tmp_path / "site.tar"
    call_command("backup", str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="Not empty: the database"):
        call_command("restore", str(archive))


def crafted_archive(path, manifest, members):
    """An archive as someone other than manage.py backup might write it."""
    with tarfile.open(path, "w") as tar:
        for name, data in {**members, "manifest.json": json.dumps(manifest)}.items():
            data = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


@pytest.mark.django_db(transaction=True)
def test_a_backup_is_readable_by_its_owner_alone(tmp_path):
    archive = tmp_path / "site.tar"
    call_command("backup", str(archive), stdout=io.StringIO())
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["site.tar"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("database", "files"),
    [
        ("/etc/passwd", {}),
        ("../database.sqlite3", {}),
        ("database.sqlite3", {"media/../../manage.py": "x"}),
        ("database.sqlite3", {"elsewhere/photo.jpg": "x"}),
        ("database.sqlite3", {"media": "x"}),
    ],
)
def test_an_archive_naming_files_outside_the_site_is_refused(tmp_path, database, files):
    digest = hashlib.sha256(b"x").hexdigest()
    manifest = {
        "format": 1,
        "vendor": connection.vendor,
        "database": database,
        "database_sha256": digest,
        "files": dict.fromkeys(files, digest),
    }
    archive = tmp_path / "crafted.tar"
    crafted_archive(archive, manifest, {"database.sqlite3": "x", **files})
    with pytest.raises(CommandError, match="is not a name this site's archives hold"):
        call_command("restore", str(archive), "--force")
