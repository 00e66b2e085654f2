"""Production settings refuse to start without what a public server needs."""

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
COMPLETE = {
    # A fixed key, varied as a generated one is.
    "SECRET_KEY": "tG4m-Qe8zVb2kW9xLr7PfN3hYs6JdC1uA5oEi0MnHqZwRtXyKj_BvLp",
    "ALLOWED_HOSTS": "embassy.example",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/embassy",
    # Without it the cache is each process's own memory.
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def load_production(**variables):
    # Variables left out are set empty, so that a developer's .env file (which
    # only fills what the environment lacks) cannot supply them.
    env = {**os.environ, "DEBUG": "false", **dict.fromkeys(COMPLETE, "")}
    env.update(variables)
    env["DJANGO_SETTINGS_MODULE"] = "embassy.settings.production"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_complete_production_settings_load():
    result = load_production(**COMPLETE)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("missing", sorted(COMPLETE))
def test_production_refuses_to_start_without(missing):
    variables = {key: value for key, value in COMPLETE.items() if key != missing}
    result = load_production(**variables)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and missing in result.stderr


def test_production_refuses_pending_photos_inside_the_media_folder(tmp_path):
    result = load_production(
        MEDIA_ROOT=str(tmp_path), PENDING_ROOT=str(tmp_path / "pending"), **COMPLETE
    )
    assert result.returncode != 0
    assert "PENDING_ROOT must not be inside MEDIA_ROOT" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        "x",
        "x" * 60,
        "abcd" * 15,
        "django-insecure-" + "tG4m-Qe8zVb2kW9xLr7PfN3hYs6JdC1uA5",
    ],
)
def test_production_refuses_a_guessable_secret_key(key):
    result = load_production(**{**COMPLETE, "SECRET_KEY": key})
    assert result.returncode != 0
    assert "SECRET_KEY must be at least 50 random characters" in result.stderr


def test_production_takes_a_process_own_cache_only_without_the_page_cache():
    local = {**COMPLETE, "CACHE_URL": "locmemcache://embassy"}
    refused = load_production(**local)
    assert "The page cache needs a cache shared by every process" in refused.stderr
    assert load_production(PAGE_CACHE_SECONDS="0", **local).returncode == 0


def test_production_refuses_debug():
    result = load_production(DEBUG="true", **COMPLETE)
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def variables_read():
    settings_text = "".join(
        path.read_text() for path in (ROOT / "embassy" / "settings").glob("*.py")
    )
    # Names may hold digits: S3_BUCKET.
    return set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z][A-Z0-9_]*)"', settings_text))


@pytest.mark.parametrize("example", [".env.example", ".env.production.example"])
def test_every_variable_is_documented(example):
    documented = (ROOT / example).read_text()
    used = variables_read()
    assert used
    for name in used:
        assert f"{name}=" in documented, f"{name} is missing from {example}"


def test_every_variable_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name in variables_read():
        assert f"`{name}`" in readme, f"{name} is missing from README.md"


# Loads the base settings with only the given file as configuration: the
# variables the settings read are removed from the environment, and a
# developer's own .env file is not read.
BASE_SETTINGS = """
import json, sys
import environ
if sys.argv[1]:
    environ.Env.read_env(sys.argv[1])
environ.Env.read_env = lambda *args, **kwargs: None
from embassy.settings import base
# LANGUAGES holds lazy names, which need the apps to be shown: not read
# from the environment anyway.
print(json.dumps({name: repr(value) for name, value in vars(base).items()
                  if name.isupper() and name != "LANGUAGES"}))
"""


def load_base(env_file=""):
    variables = variables_read()
    env = {key: value for key, value in os.environ.items() if key not in variables}
    result = subprocess.run(
        [sys.executable, "-c", BASE_SETTINGS, env_file],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_the_example_environment_is_the_try_out_default():
    """`cp .env.example .env` must leave the try-out site as it was."""
    with_example = load_base(str(ROOT / ".env.example"))
    assert with_example == load_base()
    assert with_example["DEBUG"] == "True"
    assert "sqlite3" in with_example["DATABASES"]


def test_a_bucket_holds_every_upload_each_kind_under_its_own_prefix(tmp_path):
    configuration = tmp_path / "bucket.env"
    configuration.write_text(
        "S3_BUCKET=embassy-media\n"
        "S3_MEDIA_URL=https://media.mission.example/\n"
        "S3_REGION=eu-central-1\n"
    )
    loaded = load_base(str(configuration))
    storages = ast.literal_eval(loaded["STORAGES"])
    connection = {"bucket_name": "embassy-media", "region_name": "eu-central-1"}
    assert storages["default"] == {
        "BACKEND": "embassy.s3.BucketStorage",
        "OPTIONS": {
            **connection,
            "location": "media",
            # Stable addresses: pages that show them are cached.
            "querystring_auth": False,
            "url_protocol": "https:",
            "custom_domain": "media.mission.example",
        },
    }
    for alias in ("sources", "pending"):
        assert storages[alias] == {
            "BACKEND": "embassy.s3.PrivateBucketStorage",
            "OPTIONS": {**connection, "location": alias},
        }
    assert loaded["MEDIA_URL"] == repr("https://media.mission.example/media/")
    assert "'https://media.mission.example'" in loaded["SECURE_CSP"]
    assert loaded["SERVE_MEDIA"] == "False"


def test_a_bucket_without_its_public_address_is_refused(tmp_path):
    configuration = tmp_path / "bucket.env"
    configuration.write_text("S3_BUCKET=embassy-media\n")
    with pytest.raises(subprocess.CalledProcessError) as refused:
        load_base(str(configuration))
    assert "S3_BUCKET needs S3_MEDIA_URL" in refused.value.stderr
