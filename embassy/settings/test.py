"""Settings for the test suite: fast hashing, a private media folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="embassy-test-media-")
PENDING_ROOT = tempfile.mkdtemp(prefix="embassy-test-pending-")
FILE_UPLOAD_TEMP_DIR = f"{PENDING_ROOT}/uploading"
SOURCES_ROOT = tempfile.mkdtemp(prefix="embassy-test-sources-")
# Tasks run as they are enqueued; one test runs the real queue and worker.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
# The browser tests load uploaded images from the live server.
SERVE_MEDIA = True
