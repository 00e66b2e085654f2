"""A gallery editor uploads photos; a visitor steps through them."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from gallery.models import Photo
from tests.e2e.conftest import axe_violations, sign_in
from tests.gallery.factories import make_album, make_photo
from tests.images import gps_exif, image_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def test_editor_uploads_three_photos_in_one_go(
    live_server, page, roles, django_user_model, tmp_path
):
    user = django_user_model.objects.create_user(
        "photos", password="a long gallery password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Gallery editors"))
    album = make_album(title_en="Navruz", slug="navruz")
    files = []
    for number, image_format in enumerate(["JPEG", "PNG", "WEBP"]):
        path = tmp_path / f"photo{number}.{image_format.lower()}"
        path.write_bytes(
            image_bytes(
                image_format,
                (900, 600),
                exif=gps_exif() if image_format == "JPEG" else None,
            )
        )
        files.append(str(path))

    sign_in(page, live_server, "photos", "a long gallery password")
    page.goto(f"{live_server.url}/admin/gallery/album/{album.pk}/change/")
    page.set_input_files("#id_photos_upload", files)
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("3 photos are being processed")
    # Processed (here as the upload finished); their thumbnails show.
    expect(page.locator(".inline-group .field-preview img")).to_have_count(3)
    assert Photo.objects.filter(album=album, state=Photo.State.READY).count() == 3
    assert page.console.errors == []


@pytest.fixture
def album():
    album = make_album(title_en="Reception", slug="reception")
    for number in range(3):
        make_photo(album, caption_en=f"Guest {number + 1}", size=(800, 600))
    return album


def test_visitor_steps_through_the_lightbox_with_the_keyboard(live_server, page, album):
    page.goto(f"{live_server.url}/en/gallery/")
    page.get_by_role("link", name="Reception").click()
    # Loaded, its deferred script run: a key pressed before would follow
    # the link as it does without JavaScript.
    page.wait_for_url(f"**{album.get_absolute_url()}")
    first = page.locator(".photo-grid a").first
    first.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator(".lightbox__caption")).to_have_text("Guest 1")
    expect(dialog.locator(".lightbox__position")).to_have_text("Photo 1 of 3")
    page.keyboard.press("ArrowRight")
    expect(dialog.locator(".lightbox__caption")).to_have_text("Guest 2")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(dialog.locator(".lightbox__caption")).to_have_text("Guest 1")
    page.keyboard.press("ArrowLeft")
    expect(dialog.locator(".lightbox__caption")).to_have_text("Guest 3")
    # The caption changes at once, the picture when it has loaded; a broken
    # one is complete too, with no width.
    image = dialog.locator(".lightbox__image")
    expect(image).to_have_js_property("complete", True)
    assert image.evaluate("img => img.naturalWidth") > 0
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    # Focus is back in the grid, on the photo last shown.
    expect(page.locator(".photo-grid a").nth(2)).to_be_focused()
    assert page.console.errors == []


def test_without_javascript_photos_are_links(live_server, browser, album):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}{album.get_absolute_url()}")
    href = page.locator(".photo-grid a").first.get_attribute("href")
    assert page.goto(f"{live_server.url}{href}").headers["content-type"] == "image/jpeg"
    context.close()


@pytest.mark.parametrize("url", ["/en/gallery/", "/ru/gallery/reception/"])
def test_gallery_pages_have_no_wcag_violations(live_server, axe_page, album, url):
    axe_page.goto(live_server.url + url)
    violations = axe_violations(axe_page)
    assert not violations, f"{url}: {violations}"


def test_open_lightbox_has_no_wcag_violations(live_server, axe_page, album):
    axe_page.goto(f"{live_server.url}/en/gallery/reception/")
    axe_page.locator(".photo-grid a").first.click()
    expect(axe_page.get_by_role("dialog")).to_be_visible()
    violations = axe_violations(axe_page)
    assert not violations, violations
