"""The Pillow pipeline that every stored image goes through.

``normalize_image`` decides with Pillow (never the file name or the declared
content type) whether an upload is a JPEG, PNG or WebP within the byte and
pixel limits, applies its EXIF orientation, scales it to at most
IMAGE_MAX_SIDE pixels, converts its colours to sRGB and re-encodes it
without any metadata, so that no camera's GPS position and no bytes of the
uploader's choosing are ever stored or served. The result gets a name made
by the server.
"""

import datetime
import io
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageCms, ImageOps

# Pillow's name for each accepted format, and how it is written back.
# A JPEG holding extra pictures (a phone's HDR or depth shots) opens as "MPO":
# its first picture is kept, as a plain JPEG.
STORED_AS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
FORMAT_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
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


def normalize_image(upload, formats=tuple(FORMATS), name=None):
    """Return a clean copy of ``upload`` as a NormalizedImage, or raise
    ValidationError with a message for the person who uploaded it, naming
    the file as ``name`` (by default the upload's own name).
    ``formats`` narrows the accepted formats (Pillow's names)."""
    if isinstance(upload, NormalizedImage):
        return upload
    image = open_image(upload, formats, name)
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


def open_image(upload, formats=tuple(FORMATS), name=None):
    """Check ``upload`` as normalize_image does, decoding it whole (which a
    truncated file fails), and return the Pillow image without re-encoding
    it: cheap enough to check a large batch while the uploader waits."""
    name = name or getattr(upload, "name", None) or _("the file")
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
            _refuse_amplification(image, name, size)
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


def _refuse_amplification(image, name, size):
    """Refuse, before decoding, a file that would cost far more to decode
    than its size: one that declares many pixels in a few bytes (a 34-byte
    file can declare 40 megapixels), or the frames of an animation (only
    a still image is kept anyway; a phone's MPO photo is one)."""
    width, height = image.size
    if width * height > size * settings.IMAGE_MAX_PIXELS_PER_BYTE:
        _refuse(
            _(
                "“%(name)s” claims %(megapixels)s megapixels in only %(size)s, "
                "which no photograph does: it is refused."
            ),
            name=name,
            megapixels=_megapixels(width * height),
            size=filesizeformat(size),
        )
    if getattr(image, "is_animated", False) and image.format != "MPO":
        _refuse(_("“%(name)s” is animated; only still images are accepted."), name=name)


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


SRGB = ImageCms.createProfile("sRGB")


def _to_srgb(image, icc_profile):
    """The pixels as their colour profile says they look, in sRGB, which
    browsers assume. The copy then carries no profile: a profile is opaque
    bytes, which must not be stored and served on the mission's domain as
    the uploader sent them. A profile that LittleCMS cannot read, or one
    that does not fit the pixels, is dropped and the pixels kept as they are."""
    if not icc_profile:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
            image = image.convert("RGBA")
        output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, SRGB, outputMode=output_mode)
    except (OSError, ValueError, ImageCms.PyCMSError):
        return image


def _reencode(image, image_format):
    extension, options = FORMATS[image_format]
    icc_profile = image.info.get("icc_profile")
    # Read before the metadata is dropped below.
    taken_on = _capture_date(image)
    image = ImageOps.exif_transpose(image)
    image.thumbnail((settings.IMAGE_MAX_SIDE, settings.IMAGE_MAX_SIDE))
    image = _to_srgb(image, icc_profile)
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        # Palette images carry their transparency in the metadata dropped
        # below: convert them first.
        image = image.convert("RGBA")
    # Drop every piece of metadata: EXIF, XMP, comments, text chunks and
    # the colour profile, now applied to the pixels.
    image.info = {}
    output = io.BytesIO()
    image.save(output, image_format, **options)
    clean = NormalizedImage(output.getvalue(), name=uuid.uuid4().hex + extension)
    clean.taken_on = taken_on
    return clean
