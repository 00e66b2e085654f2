"""Production settings refuse to start without what a public server needs."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
COMPLETE = {
    "SECRET_KEY": "x" * 60,
    "ALLOWED_HOSTS": "embassy.example",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/embassy",
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


def test_production_refuses_debug():
    result = load_production(DEBUG="true", **COMPLETE)
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_every_variable_is_documented():
    documented = (ROOT / ".env.example").read_text()
    settings_text = "".join(
        path.read_text() for path in (ROOT / "embassy" / "settings").glob("*.py")
    )
    import re

    used = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z_]+)"', settings_text))
    assert used
    for name in used:
        assert f"{name}=" in documented, f"{name} is missing from .env.example"
