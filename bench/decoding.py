"""Peak memory of checking the worst small image we could make, with the
pixels-per-byte floor and without it.

    .venv/bin/python bench/decoding.py

Each case runs in a child process that makes a flat lossless WebP of 40
megapixels (about a kilobyte), checks it through the image pipeline
(embassy/images) as an upload is checked, and prints its peak resident
memory and CPU time; "without the floor" raises IMAGE_MAX_PIXELS_PER_BYTE
out of reach.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import resource, sys, time
import django
django.setup()
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from embassy.images import open_image

if sys.argv[1] == "off":
    settings.IMAGE_MAX_PIXELS_PER_BYTE = 10**12
with open(sys.argv[2], "rb") as file:
    data = file.read()
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.process_time()
try:
    open_image(SimpleUploadedFile("flat.webp", data))
    outcome = "accepted"
except ValidationError:
    outcome = "refused"
cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(data), outcome, baseline // 1024, peak // 1024, f"{cpu * 1000:.0f}")
"""

MAKE = """
import sys
from PIL import Image
Image.new("RGB", (8000, 5000), (30, 120, 180)).save(sys.argv[1], "WEBP", lossless=True)
"""


def main():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "embassy.settings.test"}
    with tempfile.NamedTemporaryFile(suffix=".webp") as file:
        # Made in a process of its own: a child inherits its parent's peak.
        subprocess.run([sys.executable, "-c", MAKE, file.name], check=True)
        for name, floor in [("without the floor", "off"), ("with it", "on")]:
            report(name, floor, file.name, env)


def report(name, floor, path, env):
    result = subprocess.run(
        [sys.executable, "-c", CHILD, floor, path],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    size, outcome, baseline, peak, cpu = result.stdout.split()
    print(
        f"{name:<18} a {size}-byte file of 40 megapixels {outcome}: peak "
        f"{peak} MB (before checking: {baseline} MB), {cpu} ms CPU to check"
    )


if __name__ == "__main__":
    main()
