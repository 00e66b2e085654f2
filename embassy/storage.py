"""Where uploads are stored: Django's storages by their STORAGES alias.

The settings name one storage per kind of upload (the file system by
default, a bucket when S3_BUCKET is set); the code reads and writes
through the Storage API alone, so that it works on either. Backups and
the sweep go through every storage of ``UPLOADS``.
"""

import posixpath
from typing import NamedTuple

from django.core.files.storage import storages
from django.utils.functional import LazyObject

# The storages that hold uploads, by the name backups and the sweep give
# them (an archive's folders): renditions are in Django's default storage.
UPLOADS = {"media": "default", "sources": "sources", "pending": "pending"}


class StorageAlias(LazyObject):
    """Stands for ``storages[alias]``, looked up at each use: a model field
    keeps its storage from import on, and Django makes the storages anew
    when STORAGES changes (a test's settings), which this follows."""

    def __init__(self, alias):
        # Set around LazyObject.__setattr__, which would set it on the storage.
        self.__dict__["_alias"] = alias
        super().__init__()

    @property
    def _wrapped(self):
        return storages[self._alias]

    def __repr__(self):
        return f"<StorageAlias {self._alias!r}>"


class StoredFile(NamedTuple):
    """A file in one of the upload storages: its folder (a key of UPLOADS)
    and its name in that storage."""

    folder: str
    name: str

    @property
    def storage(self):
        return storages[UPLOADS[self.folder]]

    def __str__(self):
        return f"{self.folder}/{self.name}"


def folder_of(storage):
    """The folder of UPLOADS that ``storage`` is, or None. A StorageAlias
    compares equal to the storage it stands for."""
    for folder, alias in UPLOADS.items():
        if storage == storages[alias]:
            return folder
    return None


def names_in(storage, folder=""):
    """Every file's name in ``storage`` under ``folder``, at any depth."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:  # a folder on disk not made yet
        return
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for directory in sorted(directories):
        yield from names_in(storage, posixpath.join(folder, directory))


def upload_storages():
    """(folder, storage) for each storage of UPLOADS."""
    return [(folder, storages[alias]) for folder, alias in UPLOADS.items()]


def uploaded_files():
    """Every file in the upload storages, as StoredFile."""
    for folder, storage in upload_storages():
        for name in names_in(storage):
            yield StoredFile(folder, name)


_private_storage = StorageAlias("sources")


def private_uploads():
    """The storage of files visitors get only through a view that checks
    they may (a guide's form, only while the guide is live): the one no web
    server serves. A callable, so that no migration names a backend."""
    return _private_storage
