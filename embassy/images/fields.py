"""The image field: what it stores has always been through the pipeline.

Its file class runs ``normalize_image`` on every write, so a form, a model
``save()``, ``FieldFile.save()``, a management command or a shell session
all store the same clean copy under a server-made name. The copy is kept in
``source_storage``, which no web server serves: visitors only ever get
renditions made from it (renditions.py). The field also removes what it
stored: a replaced image and its renditions once the new one is committed,
a deleted item's images with the item.
"""

import datetime
import os

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models.fields.files import (
    FieldFile,
    ImageFieldFile,
    ImageFileDescriptor,
)
from django.db.models.signals import post_delete, post_save
from django.utils.deconstruct import deconstructible
from imagekit.cachefiles import ImageCacheFile
from imagekit.models.fields.utils import ImageSpecFileDescriptor

from ..storage import StorageAlias
from .pipeline import FORMATS, MIME_TYPES, normalize_image
from .renditions import Preview, preview_url


@deconstructible(path="embassy.images.SourceStorage")
class SourceStorage(FileSystemStorage):
    """Uploaded images after the pipeline, at full size, in SOURCES_ROOT:
    outside MEDIA_ROOT and never served. The folder is read from the
    settings at each use. STORAGES["sources"] when uploads are on disk."""

    @property
    def base_location(self):
        return settings.SOURCES_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError(
            f"{name} is a source image, never served: show a rendition of it."
        )


source_storage = StorageAlias("sources")


def image_sources():
    """The image field's storage: a callable, so that no migration names a
    backend, which the settings choose."""
    return source_storage


class CleanImageFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        # The pipeline's refusals name the file as its uploader called it.
        clean = normalize_image(
            content, self.field.formats, name=getattr(content, "name", None) or name
        )
        # The name the storage will give the file: FieldFile.save learns it
        # only once the file is written, and a write cut short (a full disk)
        # must not leave the part written behind.
        planned = self.storage.get_available_name(
            self.field.generate_filename(self.instance, clean.name),
            max_length=self.field.max_length,
        )
        try:
            super().save(clean.name, clean, save)
        except OSError:
            if self.name != planned and self.storage.exists(planned):
                self.storage.delete(planned)
            raise


class StoredNameDescriptor(ImageFileDescriptor):
    """Remembers the name an instance was loaded with, so that a save that
    replaces the image knows, without asking the database, what to remove."""

    def __set__(self, instance, value):
        if self.field.attname not in instance.__dict__ and isinstance(value, str):
            instance.__dict__.setdefault("_stored_images", {})[self.field.attname] = (
                value
            )
        super().__set__(instance, value)


class StoredImageInput(AdminFileWidget):
    """The admin's file input, whose "Currently" link leads to a small
    rendition: the stored source has no address."""

    def is_initial(self, value):
        return isinstance(value, FieldFile) and bool(value)

    def format_value(self, value):
        if self.is_initial(value):
            return PreviewLink(value)
        return super().format_value(value)


class PreviewLink(str):
    """The stored file's name, linking to its preview rendition."""

    def __new__(cls, stored):
        link = super().__new__(cls, os.path.basename(stored.name))
        link.url = preview_url(stored)
        return link


class ImageFormField(forms.ImageField):
    """Runs the pipeline while the form is validated, so that a refusal is
    shown beside the field and the work is not done twice."""

    def __init__(self, *, formats=tuple(FORMATS), **kwargs):
        self.formats = formats
        super().__init__(**kwargs)

    def to_python(self, data):
        if data in self.empty_values:
            return None
        return normalize_image(data, self.formats)


class ImageField(models.ImageField):
    """An image field whose stored file has always been through
    ``normalize_image``, whatever wrote it, kept where it is never served."""

    attr_class = CleanImageFieldFile
    descriptor_class = StoredNameDescriptor

    def __init__(self, *args, formats=tuple(FORMATS), **kwargs):
        self.formats = formats
        kwargs.setdefault("storage", image_sources)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        # Where sources are kept is this field's nature, not a choice.
        if kwargs.get("storage") is image_sources:
            del kwargs["storage"]
        if self.formats != tuple(FORMATS):
            kwargs["formats"] = self.formats
        return name, "embassy.images.ImageField", args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": ImageFormField,
                "formats": self.formats,
                **kwargs,
                "widget": StoredImageInput(
                    attrs={
                        "accept": ",".join(MIME_TYPES[code] for code in self.formats)
                    }
                ),
            }
        )

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        if not cls._meta.abstract:
            post_save.connect(self._delete_files_replaced, sender=cls)
            post_delete.connect(self._delete_files_of_deleted, sender=cls)

    def pre_save(self, model_instance, add):
        file = super().pre_save(model_instance, add)
        stored = model_instance.__dict__.setdefault("_stored_images", {})
        previous = stored.get(self.attname)
        if previous and previous != file.name:
            replaced = model_instance.__dict__.setdefault("_replaced_images", {})
            replaced[self.attname] = files_of(model_instance, self, previous)
        return file

    def _delete_files_replaced(self, sender, instance, **kwargs):
        """Once the row holds the new image, and the save is committed, the
        old one and its renditions go."""
        replaced = instance.__dict__.get("_replaced_images", {}).pop(self.attname, [])
        instance.__dict__.setdefault("_stored_images", {})[self.attname] = getattr(
            instance, self.attname
        ).name
        if replaced:
            transaction.on_commit(lambda: delete_files(replaced))

    def _delete_files_of_deleted(self, sender, instance, **kwargs):
        """A deleted item's image and its renditions go too, once the
        deletion is committed, so that nothing it showed stays reachable."""
        name = getattr(instance, self.attname).name
        if name:
            files = files_of(instance, self, name)
            transaction.on_commit(lambda: delete_files(files))


@deconstructible(path="embassy.images.DatedFolder")
class DatedFolder:
    """upload_to for image fields: ``folder/2026/11/<server-made name>``."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        return f"{self.folder}/{datetime.date.today():%Y/%m}/{filename}"

    def __eq__(self, other):
        return isinstance(other, DatedFolder) and other.folder == self.folder


def files_of(instance, field, name):
    """The stored file ``name`` of an image field and the renditions made
    from it, as (storage, name) pairs."""
    source = field.attr_class(instance, field, name)
    preview = ImageCacheFile(Preview(source=source))
    files = [(source.storage, name), (preview.storage, preview.name)]
    for attribute in vars(type(instance)).values():
        if (
            isinstance(attribute, ImageSpecFileDescriptor)
            and attribute.source_field_name == field.name
        ):
            rendition = ImageCacheFile(attribute.field.get_spec(source=source))
            files.append((rendition.storage, rendition.name))
    return files


def delete_files(files):
    for storage, name in files:
        if name and storage.exists(name):
            storage.delete(name)
