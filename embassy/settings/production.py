"""Settings for a public server: refuses to start without its secrets.

Everything else comes from base.py; this module only hardens it. Run behind
a web server that terminates TLS and serves MEDIA_ROOT (or the renditions'
prefix of the bucket, with S3_BUCKET, is published at S3_MEDIA_URL).
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

IS_PRODUCTION = True

if env.bool("DEBUG", default=False):
    raise ImproperlyConfigured("DEBUG must be off in production.")
DEBUG = False
SERVE_MEDIA = False

_missing = [
    name
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")
    if not env(name, default="")
]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: " + ", ".join(_missing)
    )

# Photos waiting to be processed still carry their metadata, and sources are
# the uncropped originals: never where the web server serves uploads.
_served = Path(MEDIA_ROOT).resolve()  # noqa: F405
for _name, _folder in [("PENDING_ROOT", PENDING_ROOT), ("SOURCES_ROOT", SOURCES_ROOT)]:  # noqa: F405
    if Path(_folder).resolve().is_relative_to(_served):
        raise ImproperlyConfigured(f"{_name} must not be inside MEDIA_ROOT.")

SECRET_KEY = env.str("SECRET_KEY")
# Django's own rule for a key that is not guessable (check --deploy only
# warns): long, varied, and not the development key's kind.
if (
    len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith("django-insecure-")
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be at least 50 random characters: "
        'python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# Mail is sent, never only logged: without EMAIL_HOST, it is handed to the
# mail server of this machine (port 25), as a server's mail usually is.
if not env.str("EMAIL_HOST", default=""):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "localhost", "port": 25, "use_tls": False},
        }
    }

# Each process would keep its own pages, and go on serving one that another
# process has seen change.
if PAGE_CACHE_SECONDS and "locmem" in CACHES["default"]["BACKEND"]:  # noqa: F405
    raise ImproperlyConfigured(
        "The page cache needs a cache shared by every process: set "
        "CACHE_URL=redis://…, or PAGE_CACHE_SECONDS=0."
    )

# TLS is terminated by the proxy in front, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
TWO_FACTOR_REQUIRED = True
CSRF_COOKIE_SECURE = True

# whitenoise serves the collected static files, compressed and cached.
MIDDLEWARE = [
    # Every request, from the cache or not, logged as one JSON line.
    "embassy.requestlog.RequestLogMiddleware",
    *MIDDLEWARE[:3],  # noqa: F405 (the page cache, security and CSP first)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[3:],  # noqa: F405
]

# One JSON object a line, for the journal or a log collector.
LOGGING = {
    **LOGGING,  # noqa: F405
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",
            "rename_fields": {
                "asctime": "time",
                "levelname": "level",
                "name": "logger",
            },
        }
    },
    "filters": {
        "without_query_string": {"()": "embassy.requestlog.WithoutQueryString"}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["without_query_string"],
        }
    },
}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
