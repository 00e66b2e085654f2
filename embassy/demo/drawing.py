"""The demo's pictures, drawn by Pillow so that nothing is downloaded: a
gradient between two colours with shapes on it, and on some the flag's thin
red lines. The same random generator, seeded the same way, draws the same
picture on every machine.

Pictures carry no words, which would be in one language only; a link tile's
initials are the exception, as they stand for the site's name.
"""

import io
import math

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

RED = (206, 17, 38)
LIGHT = (245, 240, 225)
WHITE = (255, 255, 255)


def picture(size, palette, rng=None, motif=None, red_lines=(), initials=""):
    """An RGB picture of ``size`` shading from the palette's first colour at
    the top to its second at the bottom, with the ``motif`` drawn by ``rng``,
    red lines of (height above the bottom, width), and white initials."""
    width, height = size
    top, bottom = (tuple(colour) for colour in palette)
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    if top != bottom:
        for y in range(height):
            t = y / height
            colour = tuple(
                int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)
            )
            draw.line([(0, y), (width, y)], fill=colour)
    if motif:
        MOTIFS[motif](draw, rng, size, top)
    for above, line_width in red_lines:
        y = height - above
        draw.line([(0, y), (width, y)], fill=RED, width=line_width)
    if initials:
        font = ImageFont.load_default(size=height * 3 // 8)
        centre = (width // 2, height // 2)
        draw.text(centre, initials, fill=WHITE, font=font, anchor="mm")
        # A white foot parts the tile from the title written under it.
        draw.rectangle([0, height - height // 16, width, height], fill=WHITE)
    return image


def jpeg(image, name, quality=88, exif=None):
    output = io.BytesIO()
    image.save(
        output, "JPEG", quality=quality, **({} if exif is None else {"exif": exif})
    )
    return ContentFile(output.getvalue(), name=name)


def gps_exif(rng):
    """What a phone writes into a photo, its position included: the image
    pipeline must remove it."""
    exif = Image.Exif()
    exif[0x0110] = "Demo Phone"  # camera model
    exif.get_ifd(0x8769)[0x9003] = "2026:03:21 11:30:00"  # taken at
    exif[0x8825] = {1: "N", 2: (46.0, 13.0, 0.0), 3: "E", 4: (6.0, 8.0, rng.random())}
    return exif


def _rings(draw, rng, size, top):
    width, height = size
    for _ in range(rng.randint(6, 12)):
        x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(40, 260)
        shade = tuple(min(255, c + rng.randint(20, 80)) for c in top)
        draw.ellipse(
            [x - r, y - r, x + r, y + r], outline=shade, width=rng.randint(4, 14)
        )


def _discs(draw, rng, size, top):
    width, height = size
    for _ in range(rng.randint(5, 12)):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randint(30, 220)
        colour = tuple(rng.randint(120, 255) for _ in range(3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)


def _buildings(domes):
    def motif(draw, rng, size, top):
        width, height = size
        for x in range(120, width, 260):
            w, h = rng.randint(140, 200), rng.randint(160, 300)
            base = height - 60
            draw.rectangle([x, base - h, x + w, base], fill=(60, 90, 120))
            if domes:
                draw.ellipse(
                    [x - 10, base - h - w // 2, x + w + 10, base - h + w // 2],
                    fill=(0, 140, 170),
                )
            else:
                draw.pieslice(
                    [x + 20, base - h + 20, x + w - 20, base - 20], 180, 360, fill=LIGHT
                )

    return motif


def _mountains(draw, rng, size, top):
    width, height = size
    for layer in range(3):
        points = [(0, height)]
        for x in range(0, width + 200, 200):
            points.append((x, rng.randint(220 + layer * 90, 360 + layer * 90)))
        points.append((width, height))
        shade = 90 + layer * 40
        draw.polygon(points, fill=(shade // 2, shade, shade + 20))


def _waves(draw, rng, size, top):
    width, _height = size
    for row in range(6):
        y0 = 300 + row * 50
        points = [
            (x, y0 + 18 * math.sin((x + row * 40) / 70))
            for x in range(0, width + 10, 10)
        ]
        draw.line(points, fill=LIGHT, width=6)


def _stars(draw, rng, size, top):
    width, height = size
    for _ in range(40):
        x, y, r = rng.randint(0, width), rng.randint(0, height - 200), rng.randint(3, 9)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=LIGHT)
    draw.ellipse([1150, 80, 1330, 260], fill=LIGHT)  # the moon


def _cotton(draw, rng, size, top):
    width, height = size
    for _ in range(60):
        x, y, r = rng.randint(0, width), rng.randint(320, height), rng.randint(14, 30)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=LIGHT)


# The slides' motifs were drawn for their 1600×640 pictures; the rings of a
# cover and the discs of a photo fit any size.
MOTIFS = {
    "rings": _rings,
    "discs": _discs,
    "domes": _buildings(domes=True),
    "arches": _buildings(domes=False),
    "mountains": _mountains,
    "waves": _waves,
    "stars": _stars,
    "cotton": _cotton,
}


def form_pdf(title, name):
    """A one-page form to fill in, as an A4 PDF (at 100 dpi): the title,
    then labelled lines, the way a consular form looks on paper."""
    width, height = 827, 1169
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=26)
    small = ImageFont.load_default(size=18)
    draw.rectangle((60, 60, width - 60, 64), fill=(0, 153, 181))
    draw.text((60, 90), title, fill=(27, 31, 35), font=font)
    labels = (
        "Surname",
        "Given names",
        "Date of birth",
        "Passport number",
        "Address in Switzerland",
        "Telephone",
        "E-mail",
        "Date and signature",
    )
    for number, label in enumerate(labels):
        top = 200 + number * 110
        draw.text((60, top), label, fill=(74, 85, 96), font=small)
        draw.line((60, top + 60, width - 60, top + 60), fill=(160, 170, 178), width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=100.0, title=title)
    return ContentFile(buffer.getvalue(), name=f"{name}.pdf")
