"""The one upload pipeline for images: cover images, editor images, photos.

``normalize_image`` decides with Pillow (never the file name or the declared
content type) whether an upload is a JPEG, PNG or WebP within the byte and
pixel limits, applies its EXIF orientation, scales it to at most
IMAGE_MAX_SIDE pixels and re-encodes it without metadata, so that no
camera's GPS position is ever stored or served. The result gets a name made
by the server. ``ImageField`` runs it on every save; visitors are then
served renditions (``rendition``) made from that clean copy at save time.
"""

import datetime
import io
import uuid
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from imagekit import ImageSpec
from imagekit.cachefiles import ImageCacheFile
from imagekit.models import ImageSpecField
from imagekit.models.fields.utils import ImageSpecFileDescriptor
from imagekit.processors import ResizeToFill, ResizeToFit
from PIL import ExifTags, Image, ImageOps

# Pillow's name for each accepted format, and how it is written back.
# A JPEG holding extra pictures (a phone's HDR or depth shots) opens as "MPO":
# its first picture is kept, as a plain JPEG.
STORED_AS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
FORMAT_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
FORMATS = {
    "JPEG": (".jpg", {"quality": 85, "optimize": True, "progressive": True}),
    "PNG": (".png", {"optimize": True}),
    "WEBP": (".webp", {"quality": 85, "method": 4}),
}


class NormalizedImage(ContentFile):
    """An image that has been through ``normalize_image``; ``taken_on`` is
    the capture date its camera recorded, if any."""

    taken_on = None


def _megapixels(pixels):
    return f"{pixels / 1_000_000:g}"


def _refuse(message, **params):
    raise ValidationError(message, code="invalid_image", params=params)


def normalize_image(upload, formats=tuple(FORMATS)):
    """Return a clean copy of ``upload`` as a NormalizedImage, or raise
    ValidationError with a message for the person who uploaded it.
    ``formats`` narrows the accepted formats (Pillow's names)."""
    if isinstance(upload, NormalizedImage):
        return upload
    image = open_image(upload, formats)
    return _reencode(image, STORED_AS[image.format])


def check_size(name, size):
    """Refuse an empty file or one over the byte limit, naming it."""
    if size == 0:
        _refuse(_("“%(name)s” is empty."), name=name)
    if size > settings.IMAGE_UPLOAD_MAX_BYTES:
        _refuse(
            _("“%(name)s” is %(size)s; the largest image accepted is %(limit)s."),
            name=name,
            size=filesizeformat(size),
            limit=filesizeformat(settings.IMAGE_UPLOAD_MAX_BYTES),
        )


def open_image(upload, formats=tuple(FORMATS)):
    """Check ``upload`` as normalize_image does, decoding it whole (which a
    truncated file fails), and return the Pillow image without re-encoding
    it: cheap enough to check a large batch while the uploader waits."""
    name = getattr(upload, "name", None) or _("the file")
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, io.SEEK_END)
        size = upload.tell()
    check_size(name, size)
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns about a large image; here it is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload, formats=list(formats))
            width, height = image.size
            if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
                _refuse(
                    _(
                        "“%(name)s” is %(width)s×%(height)s pixels; the largest "
                        "image accepted has %(limit)s megapixels."
                    ),
                    name=name,
                    width=width,
                    height=height,
                    limit=_megapixels(settings.IMAGE_UPLOAD_MAX_PIXELS),
                )
            image.load()
            return image
    except ValidationError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        _refuse(
            _(
                "“%(name)s” has too many pixels; the largest image accepted "
                "has %(limit)s megapixels."
            ),
            name=name,
            limit=_megapixels(settings.IMAGE_UPLOAD_MAX_PIXELS),
        )
    except (OSError, SyntaxError, ValueError):
        found = _format_elsewhere(upload, formats)
        if found:
            _refuse(
                _(
                    "“%(name)s” is a %(found)s image; here only these formats are "
                    "accepted: %(formats)s."
                ),
                name=name,
                found=found,
                formats=", ".join(FORMAT_NAMES[code] for code in formats),
            )
        _refuse(
            _(
                "“%(name)s” is not an image we can use: upload a file that opens "
                "on your computer, in one of these formats: %(formats)s."
            ),
            name=name,
            formats=", ".join(FORMAT_NAMES[code] for code in formats),
        )


def _format_elsewhere(upload, formats):
    """The name of an accepted format that the upload is in, when this field
    takes fewer formats than the pipeline (an emblem: no JPEG)."""
    if set(formats) >= set(FORMATS):
        return None
    try:
        upload.seek(0)
        found = Image.open(upload, formats=list(FORMATS)).format
    except (OSError, SyntaxError, ValueError):
        return None
    return FORMAT_NAMES.get(STORED_AS.get(found))


def _capture_date(image):
    """The day the camera says the picture was taken, if it says."""
    exif = image.getexif().get_ifd(ExifTags.IFD.Exif)
    value = exif.get(ExifTags.Base.DateTimeOriginal) or image.getexif().get(
        ExifTags.Base.DateTime
    )
    try:
        return datetime.datetime.strptime(str(value)[:10], "%Y:%m:%d").date()
    except ValueError:
        return None


def _reencode(image, image_format):
    extension, options = FORMATS[image_format]
    icc_profile = image.info.get("icc_profile")
    # Read before the metadata is dropped below.
    taken_on = _capture_date(image)
    image = ImageOps.exif_transpose(image)
    image.thumbnail((settings.IMAGE_MAX_SIDE, settings.IMAGE_MAX_SIDE))
    if image.mode == "CMYK":
        # A CMYK profile would be wrong for the RGB copy made below.
        icc_profile = None
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        # Palette images carry their transparency in the metadata dropped
        # below: convert them first.
        image = image.convert("RGBA")
    # Drop every piece of metadata (EXIF, XMP, comments, text chunks); keep
    # only the colour profile, which changes how the picture looks.
    image.info = {}
    if icc_profile:
        options = {**options, "icc_profile": icc_profile}
    output = io.BytesIO()
    image.save(output, image_format, **options)
    clean = NormalizedImage(output.getvalue(), name=uuid.uuid4().hex + extension)
    clean.taken_on = taken_on
    return clean


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
    ``normalize_image``, whatever wrote it (a form, the ORM, a command)."""

    def __init__(self, *args, formats=tuple(FORMATS), **kwargs):
        self.formats = formats
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.formats != tuple(FORMATS):
            kwargs["formats"] = self.formats
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": ImageFormField, "formats": self.formats, **kwargs}
        )

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            clean = normalize_image(file.file, self.formats)
            file.save(clean.name, clean, save=False)
        return super().pre_save(model_instance, add)


@deconstructible
class DatedFolder:
    """upload_to for image fields: ``folder/2026/11/<server-made name>``."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        return f"{self.folder}/{datetime.date.today():%Y/%m}/{filename}"

    def __eq__(self, other):
        return isinstance(other, DatedFolder) and other.folder == self.folder


def rendition(source, width, height, image_format, crop=True):
    """A rendition cropped to ``width``×``height`` (or, without ``crop``,
    fitted within them and never enlarged), made when the source is saved
    (see IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY)."""
    options = {"quality": 82}
    if image_format == "JPEG":
        options["progressive"] = True
    resize = (
        ResizeToFill(width, height)
        if crop
        else ResizeToFit(width, height, upscale=False)
    )
    return ImageSpecField(
        source=source, processors=[resize], format=image_format, options=options
    )


class TextImage(ImageSpec):
    """An image inserted in rich text, as wide as the text column can show
    it, in the format it was uploaded in."""

    processors = [ResizeToFit(1600, 1600, upscale=False)]
    options = {"quality": 82}


def text_image_url(stored_file):
    """Make the rendition of an image inserted in rich text, now, and
    return its URL: pages then serve it and never the upload itself."""
    rendition = ImageCacheFile(TextImage(source=stored_file))
    rendition.generate()
    return rendition.url


def _files_of(instance, field):
    """The stored file of an image field and the renditions made from it."""
    source = getattr(instance, field.attname)
    if not source:
        return []
    files = [(source.storage, source.name)]
    for attribute in vars(type(instance)).values():
        if (
            isinstance(attribute, ImageSpecFileDescriptor)
            and attribute.source_field_name == field.name
        ):
            spec = attribute.field.get_spec(source=source)
            cache_file = ImageCacheFile(spec)
            files.append((cache_file.storage, cache_file.name))
    return files


def _image_fields(model):
    return [f for f in model._meta.fields if isinstance(f, models.FileField)]


def delete_files_of_deleted(sender, instance, **kwargs):
    """post_delete: a deleted item's uploads and renditions go too, once the
    deletion is committed, so that nothing it showed stays reachable."""
    files = [
        item for field in _image_fields(sender) for item in _files_of(instance, field)
    ]
    transaction.on_commit(lambda: _delete(files))


def remember_replaced_files(sender, instance, update_fields=None, **kwargs):
    """pre_save: when a new image replaces a stored one, delete the old one
    and its renditions after the save is committed."""
    fields = [
        field
        for field in _image_fields(sender)
        if update_fields is None or field.name in update_fields
    ]
    if not fields or instance._state.adding or not instance.pk:
        return
    stored = sender._base_manager.filter(pk=instance.pk).first()
    if stored is None:
        return
    replaced = [
        item
        for field in fields
        if getattr(stored, field.attname).name != getattr(instance, field.attname).name
        for item in _files_of(stored, field)
    ]
    if replaced:
        transaction.on_commit(lambda: _delete(replaced))


def _delete(files):
    for storage, name in files:
        if name and storage.exists(name):
            storage.delete(name)
