"""The shared kernel that apps import names no app, not even in a string or
a template: only the project's wiring may (DESIGN.md, Layout)."""

import ast
import re
from pathlib import Path

from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# The project's wiring: settings, root URLs, servers' entry points, the demo
# loader, and migrations (history, which records where things once were).
WIRING = [
    "embassy/settings",
    "embassy/urls.py",
    "embassy/wsgi.py",
    "embassy/asgi.py",
    "embassy/demo",
    "embassy/management/commands/load_demo.py",
    "embassy/migrations",
]


def project_apps():
    """The apps of this project other than the kernel: news, pages …"""
    return {
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).parent == ROOT and config.name != "embassy"
    }


def kernel_files(pattern):
    for path in sorted(ROOT.glob(pattern)):
        relative = path.relative_to(ROOT).as_posix()
        if not any(relative.startswith(part) for part in WIRING):
            yield path


def test_the_project_has_apps_for_the_check_to_look_for():
    assert {"news", "pages", "gallery"} <= project_apps()


def test_kernel_modules_import_and_name_no_app():
    names = project_apps()
    # A module ("news.models"), a URL name ("news:feed") or the label alone.
    mentions = re.compile(rf"\b({'|'.join(names)})[.:][a-z_]|^({'|'.join(names)})$")
    found = []
    for path in kernel_files("embassy/**/*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                modules = [node.module]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if mentions.search(node.value):
                    found.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
                continue
            else:
                continue
            found += [
                f"{path.name}:{node.lineno}: import {module}"
                for module in modules
                if module.split(".")[0] in names
            ]
    assert found == []


def test_kernel_templates_name_no_app():
    names = "|".join(project_apps())
    # URL names ('news:feed'), template paths ('pages/…') and tag libraries.
    mentions = re.compile(rf"""['"]({names})[:/]|{{% load [^%]*\b({names}|menu)\b""")
    found = [
        f"{path.name}: {match.group(0)}"
        for path in kernel_files("templates/embassy/**/*.html")
        for match in mentions.finditer(path.read_text())
    ]
    assert list(kernel_files("templates/embassy/**/*.html"))
    assert found == []
