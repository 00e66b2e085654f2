"""One archive that holds the whole site, consistent with itself: the
database and every file its rows name (sources, renditions, photos waiting
to be processed), with a manifest of their SHA-256; and its restore.

The database is read in one snapshot, and the files named are those that
snapshot names (a file written for a row committed later is not in it; a
file deleted meanwhile makes the backup start again). PostgreSQL is dumped
with pg_dump in that same snapshot; SQLite with its online backup.

Files are read and written through the upload storages (embassy/storage.py),
so that an archive is the same whether they are on disk or in a bucket, and
one can move a site from either to the other.
"""

import hashlib
import io
import json
import os
import sqlite3
import subprocess  # nosec B404
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.core.files import File
from django.db import connection, transaction
from django.utils import timezone

from . import pagecache
from .storage import UPLOADS, StoredFile, names_in, upload_storages
from .sweep import stored_files

# subprocess runs pg_dump and pg_restore, with arguments from the settings
# and never through a shell.

FORMAT = 1
ATTEMPTS = 3


class BackupError(Exception):
    pass


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
                _run(
                    ["pg_dump", *arguments, "--format=custom", "--no-owner",
                     f"--snapshot={snapshot}", f"--file={target}", name],
                    environment,
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
        return target, stored, derived


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _add_stored_file(tar, stored, mtime):
    """Add a file of an upload storage to the archive, read once through
    the storage, and return its SHA-256."""
    digest = hashlib.sha256()
    with tempfile.TemporaryFile() as copy:
        with stored.storage.open(stored.name, "rb") as file:
            for block in iter(lambda: file.read(1024 * 1024), b""):
                digest.update(block)
                copy.write(block)
        info = tarfile.TarInfo(str(stored))
        info.size, info.mtime, info.mode = copy.tell(), mtime, 0o644
        copy.seek(0)
        tar.addfile(info, copy)
    return digest.hexdigest()


def backup(archive):
    """Write the archive; the number of files in it besides the database."""
    for _attempt in range(ATTEMPTS):
        with tempfile.TemporaryDirectory() as scratch:
            dump, stored, derived = _dump_database(Path(scratch))
            missing = sorted(
                file for file in stored if not file.storage.exists(file.name)
            )
            if missing:
                continue  # deleted after the snapshot: take another one
            # Renditions not made yet (an admin preview) are made again.
            named = stored | {
                file for file in derived if file.storage.exists(file.name)
            }
            created_at = timezone.now()
            manifest = {
                "format": FORMAT,
                "created_at": created_at.isoformat(),
                "vendor": connection.vendor,
                "database": dump.name,
                "files": {},
            }
            partial = Path(f"{archive}.partial")
            # Readable by its owner alone: it holds the accounts, their
            # password hashes and sessions, and photos not yet cleaned.
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                with os.fdopen(descriptor, "wb") as file:
                    _write_archive(file, dump, named, manifest, created_at)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            partial.replace(archive)
            return len(manifest["files"])
    named = ", ".join(map(str, missing[:5]))
    raise BackupError(
        "Files were deleted while the backup ran, each of three times; "
        f"try again when the site is quieter. Missing: {named}"
    )


def _write_archive(file, dump, named, manifest, created_at):
    with tarfile.open(fileobj=file, mode="w") as tar:
        tar.add(dump, arcname=dump.name)
        manifest["database_sha256"] = _sha256(dump)
        for stored in sorted(named):
            manifest["files"][str(stored)] = _add_stored_file(
                tar, stored, created_at.timestamp()
            )
        data = json.dumps(manifest, indent=1).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _is_empty(storage):
    return next(names_in(storage), None) is None


def _database_is_empty():
    return not connection.introspection.table_names()


def restore(archive, force=False):
    """Restore the archive into this site's database and storages, which
    must be empty unless ``force``; the number of files restored."""
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
        if not force:
            full = [
                folder
                for folder, storage in upload_storages()
                if not _is_empty(storage)
            ]
            if not _database_is_empty():
                full.insert(0, "the database")
            if full:
                raise BackupError(
                    f"Not empty: {', '.join(full)}. Restore into an empty database "
                    "and empty storages, or pass --force to replace what is there."
                )
        expected = {manifest["database"]: manifest["database_sha256"]}
        expected.update(manifest["files"])
        for member in expected:
            _check_member(member, is_file=member in manifest["files"])
        with tempfile.TemporaryDirectory() as scratch:
            scratch = Path(scratch)
            # Everything is checked before anything is replaced.
            tar.extractall(scratch, filter="data")
            for member, digest in expected.items():
                path = scratch / member
                if not path.is_file() or _sha256(path) != digest:
                    raise BackupError(f"{member} is damaged or missing in the archive.")
            _restore_database(scratch / manifest["database"], force)
            for member in manifest["files"]:
                _restore_file(StoredFile(*member.split("/", 1)), scratch / member)
    # Pages cached from the site as it was are not to be served again.
    pagecache.content_changed(withdrawn=True)
    return len(manifest["files"])


def _check_member(member, is_file):
    """The manifest names only the database, at the top, and files in the
    upload folders: nothing that would lead out of them."""
    parts = PurePosixPath(member).parts
    inside = member and not member.startswith("/") and ".." not in parts
    if is_file:
        inside = inside and len(parts) > 1 and parts[0] in UPLOADS
    else:
        inside = inside and len(parts) == 1
    if not inside:
        raise BackupError(f"{member!r} is not a name this site's archives hold.")


def _restore_file(stored, path):
    storage = stored.storage
    # A storage on disk would save a replacement under another name.
    if storage.exists(stored.name):
        storage.delete(stored.name)
    with open(path, "rb") as file:
        saved = storage.save(stored.name, File(file))
    if saved != stored.name:
        raise BackupError(f"{stored} was restored as {saved}.")


def _run(command, environment):
    """Run pg_dump or pg_restore; what it said if it failed, as a BackupError."""
    try:
        subprocess.run(  # nosec B603 B607
            command, env=environment, check=True, capture_output=True
        )
    except subprocess.CalledProcessError as error:
        said = error.stderr.decode(errors="replace").strip().splitlines()
        raise BackupError(
            f"{command[0]} failed: {said[-1] if said else error}"
        ) from error


def _restore_database(dump, force):
    if connection.vendor == "postgresql":
        connection.close()
        environment, arguments, name = _postgres_environment()
        clean = ["--clean", "--if-exists"] if force else []
        _run(
            ["pg_restore", *arguments, "--no-owner", "--exit-on-error", *clean,
             f"--dbname={name}", str(dump)],
            environment,
        )  # fmt: skip
    else:
        connection.ensure_connection()
        with sqlite3.connect(dump) as source:
            source.backup(connection.connection)
        source.close()
