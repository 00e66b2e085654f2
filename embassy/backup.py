"""One archive that holds the whole site, consistent with itself: the
database and every file its rows name (sources, renditions, photos waiting
to be processed), with a manifest of their SHA-256; and its restore.

The database is read in one snapshot, and the files named are those that
snapshot names (a file written for a row committed later is not in it; a
file deleted meanwhile makes the backup start again). PostgreSQL is dumped
with pg_dump in that same snapshot; SQLite with its online backup.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess  # nosec B404
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from .sweep import stored_files

# subprocess runs pg_dump and pg_restore, with arguments from the settings
# and never through a shell.

FORMAT = 1
ATTEMPTS = 3
FOLDERS = {"media": "MEDIA_ROOT", "sources": "SOURCES_ROOT", "pending": "PENDING_ROOT"}


class BackupError(Exception):
    pass


def _folders():
    return {
        prefix: Path(getattr(settings, name)).resolve()
        for prefix, name in FOLDERS.items()
    }


def _member(path):
    """The archive's name for a stored file: its folder's prefix and path."""
    for prefix, root in _folders().items():
        if path.is_relative_to(root):
            return f"{prefix}/{path.relative_to(root).as_posix()}"
    raise BackupError(f"{path} is outside the folders the site stores files in.")


def _postgres_environment():
    database = connection.settings_dict
    environment = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    arguments = ["--host", database.get("HOST") or "localhost"]
    arguments += ["--port", str(database.get("PORT") or 5432)]
    arguments += ["--username", database.get("USER") or "postgres"]
    return environment, arguments, database["NAME"]


def _dump_database(folder):
    """Write the database into ``folder`` and return its file's name and the
    files its rows name, both from one snapshot."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot = cursor.fetchone()[0]
                environment, arguments, name = _postgres_environment()
                target = folder / "database.dump"
                subprocess.run(  # nosec B603 B607
                    ["pg_dump", *arguments, "--format=custom", "--no-owner",
                     f"--snapshot={snapshot}", f"--file={target}", name],
                    env=environment, check=True, capture_output=True,
                )  # fmt: skip
            elif connection.vendor == "sqlite":
                # A read in the transaction holds the snapshot for both.
                cursor.execute("SELECT 1 FROM django_migrations LIMIT 1")
                target = folder / "database.sqlite3"
                with sqlite3.connect(target) as copy:
                    connection.connection.backup(copy)
                copy.close()
            else:
                raise BackupError(f"No backup for {connection.vendor} databases.")
        stored, derived = stored_files()
        return target, {Path(path) for path in stored}, {Path(path) for path in derived}


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def backup(archive):
    """Write the archive; the number of files in it besides the database."""
    for _attempt in range(ATTEMPTS):
        with tempfile.TemporaryDirectory() as scratch:
            dump, stored, derived = _dump_database(Path(scratch))
            missing = sorted(path for path in stored if not path.is_file())
            if missing:
                continue  # deleted after the snapshot: take another one
            # Renditions not made yet (an admin preview) are made again.
            named = stored | {path for path in derived if path.is_file()}
            manifest = {
                "format": FORMAT,
                "created_at": timezone.now().isoformat(),
                "vendor": connection.vendor,
                "database": dump.name,
                "files": {},
            }
            partial = Path(f"{archive}.partial")
            with tarfile.open(partial, "w") as tar:
                tar.add(dump, arcname=dump.name)
                manifest["database_sha256"] = _sha256(dump)
                for path in sorted(named):
                    member = _member(path)
                    manifest["files"][member] = _sha256(path)
                    tar.add(path, arcname=member)
                data = json.dumps(manifest, indent=1).encode()
                info = tarfile.TarInfo("manifest.json")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            partial.replace(archive)
            return len(manifest["files"])
    named = ", ".join(map(str, missing[:5]))
    raise BackupError(
        "Files were deleted while the backup ran, each of three times; "
        f"try again when the site is quieter. Missing: {named}"
    )


def _is_empty(folder):
    return not folder.exists() or not any(path.is_file() for path in folder.rglob("*"))


def _database_is_empty():
    return not connection.introspection.table_names()


def restore(archive, force=False):
    """Restore the archive into this site's database and folders, which must
    be empty unless ``force``; the number of files restored."""
    with tarfile.open(archive, "r") as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise BackupError(
                "This archive was not written by this version of the site."
            )
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"The archive holds a {manifest['vendor']} database; this site "
                f"uses {connection.vendor}."
            )
        folders = _folders()
        if not force:
            full = [str(root) for root in folders.values() if not _is_empty(root)]
            if not _database_is_empty():
                full.insert(0, "the database")
            if full:
                raise BackupError(
                    f"Not empty: {', '.join(full)}. Restore into an empty database "
                    "and empty folders, or pass --force to replace what is there."
                )
        with tempfile.TemporaryDirectory() as scratch:
            scratch = Path(scratch)
            # Everything is checked before anything is replaced.
            tar.extractall(scratch, filter="data")
            expected = {manifest["database"]: manifest["database_sha256"]}
            expected.update(manifest["files"])
            for member, digest in expected.items():
                path = scratch / member
                if not path.is_file() or _sha256(path) != digest:
                    raise BackupError(f"{member} is damaged or missing in the archive.")
            _restore_database(scratch / manifest["database"], force)
            for member in manifest["files"]:
                prefix, _, relative = member.partition("/")
                target = folders[prefix] / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(scratch / member, target)
    return len(manifest["files"])


def _restore_database(dump, force):
    if connection.vendor == "postgresql":
        connection.close()
        environment, arguments, name = _postgres_environment()
        clean = ["--clean", "--if-exists"] if force else []
        subprocess.run(  # nosec B603 B607
            ["pg_restore", *arguments, "--no-owner", "--exit-on-error", *clean,
             f"--dbname={name}", str(dump)],
            env=environment, check=True, capture_output=True,
        )  # fmt: skip
    else:
        connection.ensure_connection()
        with sqlite3.connect(dump) as source:
            source.backup(connection.connection)
        source.close()
