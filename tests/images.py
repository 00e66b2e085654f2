"""Real image files, drawn with Pillow, for upload tests."""

import functools
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


@functools.cache
def bomb_png(width=20000, height=20000):
    """A real, valid bilevel PNG of ``width``×``height`` pixels that weighs
    only a few kilobytes: a decompression bomb."""
    import struct
    import zlib

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)
    data = b"".join(compressor.compress(row) for _ in range(height))
    data += compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", data)
        + chunk(b"IEND", b"")
    )


@functools.cache
def large_png(megabytes=16):
    """A PNG of noise, which does not compress: over ``megabytes`` MB."""
    import random

    side = int((megabytes * 1024 * 1024 / 3) ** 0.5) + 16
    # Seeded, so that every run uploads the same bytes.
    noise = random.Random(megabytes).randbytes(side * side * 3)
    image = Image.frombytes("RGB", (side, side), noise)
    output = io.BytesIO()
    image.save(output, "PNG", compress_level=0)
    return output.getvalue()


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def mpo_bytes(size=(640, 480)):
    """A JPEG with a second picture inside, as phones write for HDR shots:
    Pillow reads it as MPO."""
    first, second = Image.new("RGB", size, (200, 30, 30)), Image.new("RGB", size)
    output = io.BytesIO()
    first.save(output, "MPO", save_all=True, append_images=[second], exif=gps_exif())
    return output.getvalue()


def cmyk_jpeg_bytes(size=(320, 240)):
    """A print-ready CMYK JPEG carrying a colour profile."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    output = io.BytesIO()
    Image.new("CMYK", size, (0, 100, 200, 0)).save(output, "JPEG", icc_profile=profile)
    return output.getvalue()
