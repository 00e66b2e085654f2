"""Browser tests: Playwright drives Debian's Chromium against the live
server, under the site's real Content-Security-Policy."""

import json
import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test's thread; the ORM
# calls the tests make around it are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
TIMEOUT = 15_000  # milliseconds


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium (make test does)"
    # expect() gives up after 5 seconds unless told otherwise, and a loaded
    # machine can take that long to process an upload or run a page's
    # script: assertions wait as long as actions (the page's timeout).
    expect.set_options(timeout=TIMEOUT)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
            ],
        )
        yield browser
        browser.close()


class ConsoleWatcher:
    """Collects the errors the browser reports: scripts that failed, files
    that did not load, and anything the CSP refused."""

    def __init__(self, page):
        self.errors = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _console(self, message):
        if message.type == "error" or "Content Security Policy" in message.text:
            self.errors.append(message.text)


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.console = ConsoleWatcher(page)
    yield page
    context.close()


@pytest.fixture
def axe_page(browser):
    """A page whose CSP is bypassed, so that axe-core can be injected; every
    other browser test keeps the CSP on."""
    assert AXE.exists(), "install axe-core with npm (make test does)"
    context = browser.new_context(bypass_csp=True, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => {
            const only = {runOnly: {type: "tag", values: tags}};
            const result = await axe.run(document, only);
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5),
            }));
        }""",
        WCAG_22_AA,
    )
    return json.dumps(result, indent=2) if result else ""


def sign_in(page, live_server, username, password):
    """Sign in through the admin's form, as a person does, and wait until
    the session is set before going on."""
    from playwright.sync_api import expect

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/admin/")
