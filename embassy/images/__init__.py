"""Images, in one package: the Pillow pipeline every stored image goes
through (pipeline.py), the model field that enforces it and keeps sources
where they are never served (fields.py), and the renditions that visitors
get, declared once per size (renditions.py). Templates show them with
``{% picture %}`` (embassy/templatetags/embassy.py)."""

from .fields import DatedFolder, ImageField, SourceStorage, source_storage
from .pipeline import NormalizedImage, check_size, normalize_image, open_image
from .renditions import Rendition, StaticImage

__all__ = [
    "DatedFolder",
    "ImageField",
    "NormalizedImage",
    "Rendition",
    "SourceStorage",
    "StaticImage",
    "check_size",
    "normalize_image",
    "open_image",
    "source_storage",
]
