import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from tests.news.factories import make_article, make_category  # noqa: F401

# Tests log in with force_login through the model backend, which keeps working
# when a login-throttling backend is added in front of it.
BACKEND = "django.contrib.auth.backends.ModelBackend"


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests run in the PostgreSQL pass and are left out
    (deselected, not skipped) of the SQLite one."""
    if connection.vendor == "postgresql":
        return
    kept, left_out = [], []
    for item in items:
        (left_out if item.get_closest_marker("postgresql") else kept).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept


@pytest.fixture
def roles(transactional_db):
    """The groups the data migrations made, for tests on a database that
    is emptied after each test (browser tests, the task worker): the
    migrations' own functions make them again."""
    for migration in (
        "news.migrations.0002_press_officers_group",
        "pages.migrations.0002_site_editors_group",
        "gallery.migrations.0002_gallery_editors_group",
        "embassy.migrations.0009_reviewers_group",
        "news.migrations.0012_reviewers_group",
        "pages.migrations.0011_reviewers_group",
        "gallery.migrations.0010_reviewers_group",
    ):
        importlib.import_module(migration).create_group(apps, None)
    importlib.import_module("pages.migrations.0004_site_settings").grant_site_settings(
        apps, None
    )
    importlib.import_module("alerts.migrations.0002_roles").grant(apps, None)
    importlib.import_module("offices.migrations.0002_roles").grant(apps, None)
    importlib.import_module("consular.migrations.0003_roles").grant(apps, None)
    importlib.import_module("events.migrations.0003_roles").grant(apps, None)
    importlib.import_module("pages.migrations.0015_head_of_mission_role").grant(
        apps, None
    )


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing cached: no page, no login failure."""
    cache.clear()


@pytest.fixture(autouse=True)
def english():
    """Each test starts in English, whatever language a request before it
    left active in the thread."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test stores its uploads (their sources, renditions and pending
    photos) in folders of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PENDING_ROOT = tmp_path / "pending"
    settings.SOURCES_ROOT = tmp_path / "sources"
    return settings.MEDIA_ROOT


@pytest.fixture
def sources_root(settings, media_root):
    return settings.SOURCES_ROOT


@pytest.fixture
def client_in_role(client, django_user_model):
    """A client logged in as a new staff user with the given role (a group
    made by the migrations), or with none."""

    def login(role=None, username="staff"):
        user = django_user_model.objects.create_user(username, is_staff=True)
        if role:
            user.groups.add(Group.objects.get(name=role))
        client.force_login(user, backend=BACKEND)
        return client

    return login


@pytest.fixture
def press_officer(django_user_model):
    user = django_user_model.objects.create_user(
        "press", "press@example.org", "press-password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Press officers"))
    return user


@pytest.fixture
def press_client(client, press_officer):
    client.force_login(press_officer, backend=BACKEND)
    return client


@pytest.fixture
def staff_without_role(django_user_model):
    return django_user_model.objects.create_user(
        "clerk", "clerk@example.org", "clerk-password", is_staff=True
    )


@pytest.fixture
def category(db):
    return make_category()
