"""Settings read from the environment (12-factor).

With nothing set the site runs for trying it out: DEBUG on, SQLite, a
local-memory cache. ``.env.example`` lists every variable; production.py
refuses to start without the ones a public server needs.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import environ
import xstatic.pkg.jquery_ui
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A .env file beside manage.py is read when present; real environment wins.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = (
    env.str("SECRET_KEY", default="")
    or "django-insecure-only-for-trying-embassy-locally"
)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation patches the admin: it must come before it.
    "modeltranslation",
    "embassy.apps.StaffAdminConfig",  # Django's admin (see adminsite.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_ckeditor_5",
    "django_filters",
    "django_tasks_db",
    "imagekit",
    "reversion",
    "embassy",
    "news",
    "gallery",
    "pages",
    "search",
    "alerts",
    "offices",
    "consular",
    "events",
]

# Revisions are stored as JSON that, read back, keeps the current files.
SERIALIZATION_MODULES = {"revision": "embassy.revisions"}

MIDDLEWARE = [
    # Visitors' pages, stored as the middleware below finished them: what
    # follows runs only when a page is rendered.
    "embassy.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Compressed, with an ETag answered by 304.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Before anything reads the body, after the user is known.
    "embassy.bodylimits.BodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns django-axes' refusals into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "embassy.urls"
WSGI_APPLICATION = "embassy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "embassy.context_processors.languages",
                "pages.context_processors.site_settings",
            ],
        },
    },
]

# SQLite by default; DATABASE_URL=postgres://… switches to PostgreSQL with
# Django's connection pool (which requires CONN_MAX_AGE=0).
# An empty variable counts as unset, as in .env.example.
DATABASE_URL = (
    env.str("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
)
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    from embassy import dbpool

    DATABASES["default"]["CONN_MAX_AGE"] = 0
    options = DATABASES["default"].setdefault("OPTIONS", {})
    # While the database is away, a request is answered 503 within seconds
    # (embassy.views.server_error) rather than hanging ...
    options.setdefault("connect_timeout", 3)
    options["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN_SIZE", default=2),
        "max_size": env.int("DATABASE_POOL_MAX_SIZE", default=10),
        "timeout": env.float("DATABASE_POOL_TIMEOUT", default=3),
        # ... and the pool gives up on a new connection after this long,
        # so that the next request tries again at once: once the database
        # is back, the site is too, instead of after an ever longer pause.
        "reconnect_timeout": 2,
        # A pooled connection is checked before it is used: one the database
        # dropped (a restart) is replaced rather than failing a request, and
        # the others with it.
        "check": dbpool.check_connection,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory when trying the site out; CACHE_URL=redis://… in production,
# shared by every app server (Django's own Redis backend).
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://embassy")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "embassy.cache.RedisCache"  # its clients reused
    # A cache that does not answer is given up on quickly: pages are then
    # rendered without it.
    CACHES["default"].setdefault("OPTIONS", {}).update(
        socket_connect_timeout=1, socket_timeout=1
    )
# Visitors' pages (embassy/pagecache.py) are kept until anything they may
# show changes, at most this long (0 turns the page cache off) ...
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=24 * 60 * 60)
# ... browsers and proxies keep them this long, and may show one this long
# after that while they fetch it again.
PAGE_MAX_AGE = 60

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out address or user name before a password is hashed.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed sign-ins from one address, or for one user name (whether or
# not it exists: the answer is the same), pause sign-in for it for fifteen
# minutes. An administrator unlocks sooner: Access attempts in the admin, or
# manage.py axes_reset_username / axes_reset_ip.
AXES_FAILURE_LIMIT = env.int("SIGN_IN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=env.int("SIGN_IN_LOCKOUT_MINUTES", default=15)
)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
# A success does not wipe the failures: it would wipe those of its address
# against other names too, and let one account reset a guesser's count.
AXES_RESET_ON_SUCCESS = False
AXES_CLIENT_IP_CALLABLE = "embassy.signin.client_address"
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "embassy.signin.locked_out"
# How many proxies in front of the site append to X-Forwarded-For (0: the
# client connects directly, or the proxy does not say).
TRUSTED_PROXIES = env.int("TRUSTED_PROXIES", default=0)

# Staff sign in with a code from an authenticator app too (always in
# production; the try-out site's demo logins need only their passwords).
TWO_FACTOR_REQUIRED = env.bool("TWO_FACTOR_REQUIRED", default=False)
OTP_TOTP_ISSUER = env.str("TWO_FACTOR_ISSUER", default="Embassy")

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    # Long passphrases are welcome: there is no upper limit.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {
        "NAME": "pages.passwords.SiteNameValidator",
        "OPTIONS": {
            "names": ["embassy", "mission", "admin", "uzbekistan", "ozbekiston"]
        },
    },
]

# A signed-in editor is signed out after an hour without a request; the
# change forms keep the session alive while someone types in them.
SESSION_COOKIE_AGE = env.int("SESSION_IDLE_MINUTES", default=60) * 60
SESSION_SAVE_EVERY_REQUEST = True

# Languages: English first (the default and the fallback), then Russian and
# Uzbek in Latin script.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("uz", _("Uzbek")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# The mission's: dates and the offices' hours are read on its clock (the
# demo's mission is in Geneva).
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Zurich")
# A consular guide not reviewed for longer is flagged in the admin.
GUIDE_REVIEW_DAYS = env.int("GUIDE_REVIEW_DAYS", default=365)

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# modeltranslation matches third-party fields by their class name.
MODELTRANSLATION_CUSTOM_FIELDS = ("RichTextField",)
# The admin's language tabs need jQuery UI: serve our own copy, not a CDN's.
JQUERY_UI_URL = "xstatic/jquery-ui/jquery-ui.min.js"

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("xstatic/jquery-ui", xstatic.pkg.jquery_ui.BASE_DIR),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")


def s3_storages(bucket, media_url, **connection):
    """Every upload in ``bucket``, each kind under its own prefix: renditions
    (Django's default storage) under media/, published at ``media_url``
    under stable addresses, as cached pages need; sources and photos waiting
    to be processed under sources/ and pending/, never published."""
    published = urlsplit(media_url)
    private = {"bucket_name": bucket, **connection}
    return {
        "default": {
            "BACKEND": "embassy.s3.BucketStorage",
            "OPTIONS": {
                **private,
                "location": "media",
                "querystring_auth": False,
                "url_protocol": f"{published.scheme}:",
                # The host and any path before the objects' keys.
                "custom_domain": published.netloc + published.path.rstrip("/"),
            },
        },
        "sources": {
            "BACKEND": "embassy.s3.PrivateBucketStorage",
            "OPTIONS": {**private, "location": "sources"},
        },
        "pending": {
            "BACKEND": "embassy.s3.PrivateBucketStorage",
            "OPTIONS": {**private, "location": "pending"},
        },
    }


# Uploads on this machine's disk by default (the folders below, read at
# each use); S3_BUCKET puts them all in a bucket, shared by every app
# server and the worker. Model fields name the aliases, not a backend.
S3_BUCKET = env.str("S3_BUCKET", default="")
if S3_BUCKET:
    S3_MEDIA_URL = env.str("S3_MEDIA_URL", default="")
    if not S3_MEDIA_URL.endswith("/"):
        raise ImproperlyConfigured(
            "S3_BUCKET needs S3_MEDIA_URL: the address, ending in /, at which "
            "the bucket's objects are published (a CDN or its website endpoint)."
        )
    # Unset ones are left to boto3 (an instance role, ~/.aws).
    _connection = {
        option: value
        for option, value in [
            ("endpoint_url", env.str("S3_ENDPOINT_URL", default="")),
            ("region_name", env.str("S3_REGION", default="")),
            ("access_key", env.str("S3_ACCESS_KEY_ID", default="")),
            ("secret_key", env.str("S3_SECRET_ACCESS_KEY", default="")),
        ]
        if value
    }
    STORAGES = s3_storages(S3_BUCKET, S3_MEDIA_URL, **_connection)
    # Pictures in rich text are kept only from here (embassy/richtext.py),
    # and the pages' policy lets browsers load them.
    MEDIA_URL = f"{S3_MEDIA_URL}media/"
    _media_origins = ["{0.scheme}://{0.netloc}".format(urlsplit(S3_MEDIA_URL))]
else:
    _media_origins = []
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "sources": {"BACKEND": "embassy.images.SourceStorage"},
        "pending": {"BACKEND": "gallery.models.PendingStorage"},
    }
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Django serves uploads itself only when trying the site out, from the
# disk; in production the web server in front of it, or the bucket, does.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG) and not S3_BUCKET

# Uploads: what the image pipeline accepts (embassy/images.py).
IMAGE_UPLOAD_MAX_BYTES = 15 * 1024 * 1024
IMAGE_UPLOAD_MAX_PIXELS = 40_000_000
IMAGE_MAX_SIDE = 3000
# A photograph holds at least a byte for every thousand pixels (a camera's
# JPEG about one for every four): a file that declares more pixels than
# this for its size is made to cost the server, and is refused undecoded.
IMAGE_MAX_PIXELS_PER_BYTE = 1000
# What one upload of photos, and one uploader in an hour, may have decoded
# for checking: 3,000 megapixels is 250 photos of 12 megapixels.
PHOTO_BATCH_MAX_MEGAPIXELS = 3000
PHOTO_HOURLY_MAX_MEGAPIXELS = 20_000
# Request bodies (embassy/bodylimits.py): anyone not signed in as staff,
# staff's forms, staff's uploads (a batch of photos comes in one request;
# the web server in front has the same limit).
ANONYMOUS_BODY_MAX_BYTES = 16 * 1024
STAFF_FORM_MAX_BYTES = 2 * 1024 * 1024  # as DATA_UPLOAD_MAX_MEMORY_SIZE
STAFF_UPLOAD_MAX_BYTES = env.int("UPLOAD_MAX_MEGABYTES", default=1024) * 1024 * 1024
# The largest request body apart from uploaded files (an article's text in
# three languages); files are limited by the image pipeline above.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Uploads larger than this are spooled to a temporary file, not memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Uploaded images, once the pipeline has cleaned them, at full size: outside
# MEDIA_ROOT and never served. Visitors get renditions, made from them into
# MEDIA_ROOT/renditions/ (embassy/images/).
SOURCES_ROOT = env.path("SOURCES_ROOT", default=BASE_DIR / "sources")
# A picture inserted in rich text that no text shows is deleted after this
# long: its editor may not have saved the text yet.
TEXT_IMAGES_KEPT_UNUSED = datetime.timedelta(
    days=env.int("TEXT_IMAGES_KEPT_DAYS", default=7)
)

# Photos wait here, outside MEDIA_ROOT and so never served, until a
# background task has made them fit to publish (gallery/tasks.py).
PENDING_ROOT = env.path("PENDING_ROOT", default=BASE_DIR / "pending")
# Uploads being received are spooled there too: on the same disk as the
# photos they become, and where the sweep (embassy/sweep.py) finds those
# of a request that was killed.
FILE_UPLOAD_TEMP_DIR = os.path.join(PENDING_ROOT, "uploading")
# A batch of photos may hold several hundred files, and an album's admin
# page sends about a dozen fields for each of its photos.
DATA_UPLOAD_MAX_NUMBER_FILES = 500
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The most an upload's ZIP archives may unpack to, all together.
PHOTO_ARCHIVES_MAX_BYTES = 2 * 1024**3

# Background tasks: a database queue, worked by `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": env.str("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")
    }
}

# Mail (the steps of a review): through the SMTP server EMAIL_HOST, or, when
# none is named, as on the try-out site, shown on the console.
if env.str("EMAIL_HOST", default=""):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env.str("EMAIL_HOST"),
                "port": env.int("EMAIL_PORT", default=587),
                "username": env.str("EMAIL_HOST_USER", default=""),
                "password": env.str("EMAIL_HOST_PASSWORD", default=""),
                "use_tls": env.bool("EMAIL_USE_TLS", default=True),
                "timeout": env.int("EMAIL_TIMEOUT", default=30),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")

# Renditions are made when the source is saved, never during a page view.
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "imagekit.cachefiles.strategies.Optimistic"
IMAGEKIT_CACHEFILE_DIR = "renditions"

# One policy for the whole site, the admin and its editor included: no inline
# script anywhere. The editor sets style attributes and shows data: previews.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *_media_origins],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
    # Violations are reported to us, and logged (embassy.views.csp_report).
    "report-uri": "/csp-report/",
}
# The rich-text editor positions its panels with style attributes: the
# admin allows them (embassy/adminsite.py), the public site does not.
ADMIN_CSP = {**SECURE_CSP, "style-src-attr": [CSP.UNSAFE_INLINE]}
# Nothing on the site uses the browser's devices or payment features.
PERMISSIONS_POLICY = dict.fromkeys(
    [
        "accelerometer", "camera", "display-capture", "geolocation",
        "gyroscope", "magnetometer", "microphone", "midi", "payment",
        "publickey-credentials-get", "screen-wake-lock", "serial", "usb",
        "xr-spatial-tracking",
    ],
    [],
)  # fmt: skip
# Static files are for this site's pages only.
WHITENOISE_ALLOW_ALL_ORIGINS = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGIN_URL = "admin:login"
# Where signing in leads when "next" is missing or points off the site.
LOGIN_REDIRECT_URL = "admin:index"

# The rich-text editor (CKEditor 5). Its uploads go through our own view.
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "editor_image_upload"
CKEDITOR_5_CUSTOM_CSS = "css/editor.css"
CKEDITOR_5_CONFIGS = {
    "default": {
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "imageUpload",
                "insertTable",
                "|",
                "undo",
                "redo",
            ],
        },
        "image": {
            "toolbar": ["imageTextAlternative", "toggleImageCaption"],
            "upload": {"types": ["jpeg", "png", "webp"]},
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        "heading": {
            "options": [
                {
                    "model": "paragraph",
                    "title": "Paragraph",
                    "class": "ck-heading_paragraph",
                },
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Heading 2",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Heading 3",
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": "Heading 4",
                    "class": "ck-heading_heading4",
                },
            ]
        },
        "removePlugins": ["ImageResize"],
    }
}

IS_PRODUCTION = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
