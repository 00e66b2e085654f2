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
# A zone five hours from UTC, where a day starts while it is still the day
# before in UTC: the tests of dates around midnight rely on it.
TIME_ZONE = "Asia/Tashkent"
# Tasks run as they are enqueued; one test runs the real queue and worker.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
# The browser tests load uploaded images from the live server.
SERVE_MEDIA = True
