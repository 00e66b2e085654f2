"""Real image files, drawn with Pillow, for upload tests."""

import io

from PIL import Image


def image_bytes(image_format="JPEG", size=(640, 480), color=(30, 120, 180), exif=None):
    image = Image.new("RGB", size, color)
    output = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    image.save(output, image_format, **options)
    return output.getvalue()


def gps_exif():
    """EXIF with a GPS position (Tashkent) and a camera model."""
    exif = Image.Exif()
    exif[0x0110] = "Phone X"  # Model
    gps = {
        1: "N",
        2: (41.0, 18.0, 0.0),
        3: "E",
        4: (69.0, 16.0, 0.0),
    }
    exif[0x8825] = gps  # GPSInfo
    return exif


def orientation_exif(value):
    exif = Image.Exif()
    exif[0x0112] = value  # Orientation
    return exif
