"""Renditions: what visitors are served, made from a stored image.

A model declares each size once, ``cover_small = Rendition("cover", 480,
270)``; that makes a WebP and a JPEG (``cover_small_webp``,
``cover_small_jpeg``, django-imagekit spec fields, generated when the source
is saved) and knows the pictures' width and height, which the
``{% picture %}`` tag writes into the page so that nothing jumps as it loads.
"""

from django.core.exceptions import ImproperlyConfigured
from django.templatetags.static import static
from imagekit import ImageSpec
from imagekit.cachefiles import ImageCacheFile
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill, ResizeToFit

from .pipeline import MIME_TYPES

WEB_FORMATS = ("WEBP", "JPEG")
# Renditions' addresses by source (BoundRendition._url): some 200 bytes
# each, enough for every picture of a large site.
_URLS = {}
_URLS_KEPT = 50_000


class Rendition:
    """One size of a picture, in ``formats`` (best first, the last one is
    the fallback every browser shows).

    ``fit`` says how the source is brought to ``width``×``height``:
    - ``"crop"`` fills the box, cropping what overflows;
    - ``"contain"`` fits within it, never enlarged, keeping the shape: the
      source field must record its width and height (``width_field``,
      ``height_field``) for the rendition to know its own;
    - ``"pad"`` fits within it and fills the rest with transparency.
    """

    def __init__(self, source, width, height, *, fit="crop", formats=WEB_FORMATS):
        self.source = source
        self.width, self.height = width, height
        self.fit = fit
        self.formats = formats

    def processor(self):
        if self.fit == "crop":
            return ResizeToFill(self.width, self.height)
        if self.fit == "pad":
            return ResizeToFit(self.width, self.height, mat_color=(0, 0, 0, 0))
        return ResizeToFit(self.width, self.height, upscale=False)

    def contribute_to_class(self, cls, name):
        self.name = name
        for image_format in self.formats:
            options = {"quality": 82}
            if image_format == "JPEG":
                options["progressive"] = True
            spec = ImageSpecField(
                source=self.source,
                processors=[self.processor()],
                format=image_format,
                options=options,
            )
            spec.contribute_to_class(cls, self.attribute(image_format))
        setattr(cls, name, self)
        if self.fit == "contain":
            source = next(f for f in cls._meta.fields if f.name == self.source)
            if not (source.width_field and source.height_field):
                raise ImproperlyConfigured(
                    f"{cls.__name__}.{name} fits {self.source} within a box: "
                    f"{self.source} needs width_field and height_field."
                )

    def attribute(self, image_format):
        return f"{self.name}_{image_format.lower()}"

    def __get__(self, instance, owner=None):
        return self if instance is None else BoundRendition(self, instance)


class BoundRendition:
    """A rendition of one item's picture: its files, best format first,
    and its size in pixels."""

    def __init__(self, rendition, instance):
        self.rendition = rendition
        self.instance = instance

    def __bool__(self):
        return bool(getattr(self.instance, self.rendition.source))

    @property
    def files(self):
        """(MIME type, file) for each format, the fallback last."""
        return [
            (MIME_TYPES[code], getattr(self.instance, self.rendition.attribute(code)))
            for code in self.rendition.formats
        ]

    @property
    def urls(self):
        """(MIME type, address) for each format, the fallback last."""
        source_name = getattr(self.instance, self.rendition.source).name
        return [
            (MIME_TYPES[code], self._url(code, source_name))
            for code in self.rendition.formats
        ]

    def _url(self, code, source_name):
        # A rendition's name depends only on its source's name and on its
        # declaration, but imagekit derives it by pickling and hashing the
        # whole spec on every access: the address is remembered by the
        # process instead (a rendition made again for a new source has a
        # new source name, so a remembered address is never wrong).
        key = (self.rendition, code, source_name)
        url = _URLS.get(key)
        if url is None:
            if len(_URLS) >= _URLS_KEPT:
                _URLS.clear()
            attribute = self.rendition.attribute(code)
            url = _URLS[key] = getattr(self.instance, attribute).url
        return url

    @property
    def size(self):
        rendition = self.rendition
        if rendition.fit != "contain":
            return rendition.width, rendition.height
        # The source's size as its row records it: asking the file would
        # open it in storage for every picture of every page.
        field = self.instance._meta.get_field(rendition.source)
        width = getattr(self.instance, field.width_field)
        height = getattr(self.instance, field.height_field)
        if not (width and height):
            source = getattr(self.instance, rendition.source)
            width, height = source.width, source.height
        ratio = min(1, rendition.width / width, rendition.height / height)
        return round(width * ratio), round(height * ratio)

    @property
    def width(self):
        return self.size[0]

    @property
    def height(self):
        return self.size[1]

    @property
    def url(self):
        """The fallback's address, which every browser can show."""
        return self.urls[-1][1]


class StaticImage:
    """A picture of the site itself, in static/, standing where a rendition
    would for want of an upload: its address and its size in pixels."""

    def __init__(self, path, width, height):
        self.path = path
        self.width, self.height = width, height

    @property
    def url(self):
        return static(self.path)


class Preview(ImageSpec):
    """What the admin shows of a stored image, in the format it was
    uploaded in (an emblem keeps its transparency)."""

    processors = [ResizeToFit(480, 480, upscale=False)]
    options = {"quality": 82}


def preview_url(stored_file):
    """Make the preview of a stored image (once) and return its address."""
    preview = ImageCacheFile(Preview(source=stored_file))
    try:
        preview.generate()
    except OSError:
        # The source is gone from storage: the admin says so by a dead link
        # rather than failing the whole form.
        return ""
    return preview.url
