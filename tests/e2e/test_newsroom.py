"""A press officer writes and publishes an article; a visitor finds it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from embassy.publishing import Status
from pages.models import SiteSettings
from tests.e2e.conftest import axe_violations, sign_in
from tests.images import image_bytes
from tests.news.factories import make_article, make_category

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def officer(django_user_model, roles):
    user = django_user_model.objects.create_user(
        "officer", password="a long press password", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Press officers"))
    return user


def test_press_officer_publishes_and_visitor_reads(
    live_server, page, browser, officer, tmp_path
):
    meetings = make_category(name_en="Meetings", slug="meetings")
    make_category(name_en="Tourism", slug="tourism")
    photo = tmp_path / "hall.png"
    photo.write_bytes(image_bytes("PNG", size=(800, 500)))

    # The press officer logs in and writes the article.
    sign_in(page, live_server, "officer", "a long press password")
    page.goto(f"{live_server.url}/admin/news/article/add/")
    page.wait_for_function("() => Object.keys(window.editors || {}).length === 3")
    page.locator("#id_title_en").press_sequentially(
        "Delegation visits the Palais des Nations"
    )
    expect(page.locator("#id_slug")).to_have_value(
        "delegation-visits-the-palais-des-nations"
    )
    page.click(".field-category .select2-selection")
    page.fill(".select2-search__field", "Meet")
    page.click(".select2-results__option:has-text('Meetings')")
    page.fill("#id_summary_en", "A working visit to Geneva.")
    # The Russian title, in its language tab.
    page.locator(".ui-tabs:has(#id_title_ru) .ui-tabs-nav a", has_text="RU").click()
    page.fill("#id_title_ru", "Делегация посетила Дворец Наций")

    body_en = ".ck-editor-container:has(#id_body_en)"
    editor = page.locator(f"{body_en} .ck-editor__editable[contenteditable=true]")
    editor.click()
    page.keyboard.type("The delegation held ")
    page.keyboard.press("Control+B")
    page.keyboard.type("three meetings")
    page.keyboard.press("Control+B")
    page.keyboard.type(" on Monday.")
    page.locator(f"{body_en} .ck-toolbar input[type=file]").set_input_files(str(photo))
    picture = editor.locator("img[src^='/media/renditions/']")
    expect(picture).to_be_visible()
    # Describe the picture, as the form requires.
    picture.click()
    page.get_by_role("button", name="Change image text alternative").click()
    # Typed before the field has the focus, the words would replace the
    # picture in the text.
    expect(page.get_by_label("Text alternative")).to_be_focused()
    page.keyboard.type("The delegation in the Assembly Hall")
    page.keyboard.press("Enter")

    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert page.console.errors == []

    # A visitor, in a fresh browser, finds it on the news list.
    visitor = browser.new_context(locale="en-GB").new_page()
    visitor.goto(f"{live_server.url}/en/news/")
    expect(
        visitor.get_by_role("link", name="Delegation visits the Palais des Nations")
    ).to_be_visible()
    visitor.select_option("#id_category", "meetings")
    visitor.get_by_role("button", name="Show news").click()
    expect(visitor).to_have_url(re.compile(r"/en/news/\?.*category=meetings"))
    visitor.get_by_role("link", name="Delegation visits the Palais des Nations").click()
    expect(visitor).to_have_url(
        f"{live_server.url}/en/news/delegation-visits-the-palais-des-nations/"
    )
    expect(visitor.locator(".prose strong")).to_have_text("three meetings")
    image = visitor.locator(".prose img")
    expect(image).to_be_visible()
    expect(image).to_have_attribute("alt", "The delegation in the Assembly Hall")
    # Visible as soon as it is laid out, loaded later; a broken picture is
    # complete too, with no width.
    expect(image).to_have_js_property("complete", True)
    assert image.evaluate("img => img.naturalWidth") > 0
    expect(visitor.locator(".article__meta .tag")).to_have_text(meetings.name_en)
    visitor.get_by_role("link", name="Русский").click()
    expect(visitor.locator("h1")).to_have_text("Делегация посетила Дворец Наций")
    visitor.context.close()


def test_a_signed_out_editor_is_warned_while_typing(live_server, page, officer):
    sign_in(page, live_server, "officer", "a long press password")
    page.goto(f"{live_server.url}/admin/news/article/add/")
    # The session ends (idle, or ended by an administrator) meanwhile.
    Session.objects.all().delete()
    page.locator("#id_title_en").press_sequentially("Statement on")
    warning = page.get_by_role("alert")
    expect(warning).to_contain_text("You have been signed out")
    expect(page.locator("#id_title_en")).to_have_value("Statement on")
    assert page.console.errors == []


def test_two_editors_collide_and_the_second_brings_both_together(
    live_server, page, axe_page, officer, django_user_model
):
    colleague = django_user_model.objects.create_user(
        "colleague", password="another press password", is_staff=True
    )
    colleague.groups.add(Group.objects.get(name="Press officers"))
    article = make_article(slug="talks", title_en="Talks in Geneva")
    change = f"{live_server.url}/admin/news/article/{article.pk}/change/"
    sign_in(page, live_server, "officer", "a long press password")
    sign_in(axe_page, live_server, "colleague", "another press password")
    page.goto(change)
    axe_page.goto(change)
    expect(axe_page.locator(".messagelist .warning")).to_contain_text(
        re.compile("officer also opened this item", re.IGNORECASE)
    )

    page.fill("#id_title_en", "Talks in Geneva end")
    # It is published: each says what visitors are told of the change.
    page.get_by_label(re.compile("a minor correction")).check()
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    axe_page.fill("#id_summary_en", "Two days of talks.")
    axe_page.get_by_label(re.compile("a minor correction")).check()
    axe_page.click("input[name=_save]")
    error = axe_page.locator(".errornote + ul.errorlist, .errorlist.nonfield")
    expect(error).to_contain_text(re.compile("officer saved this item", re.I))
    expect(error).to_contain_text("Talks in Geneva end")
    expect(axe_page.locator("#id_summary_en")).to_have_value("Two days of talks.")
    # The colleague takes the new title too, and saves.
    axe_page.fill("#id_title_en", "Talks in Geneva end")
    axe_page.click("input[name=_save]")
    expect(axe_page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    assert (article.title_en, article.summary_en) == (
        "Talks in Geneva end",
        "Two days of talks.",
    )

    # The history compares the two saves.
    axe_page.goto(change.replace("/change/", "/history/"))
    assert axe_violations(axe_page) == ""
    axe_page.locator("input[name=old]").last.check()
    axe_page.get_by_role("button", name="Compare").click()
    expect(axe_page.locator(".revision-compare ins").first).to_have_text("Two days ")
    assert axe_violations(axe_page) == ""
    assert page.console.errors == []


def test_a_reviewer_publishes_what_a_press_officer_submitted(
    live_server, page, axe_page, officer, django_user_model, mailoutbox
):
    reviewer = django_user_model.objects.create_user(
        "ambassador",
        password="a long reviewer password",
        email="ambassador@mission.example",
        is_staff=True,
    )
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    settings = SiteSettings.load()
    settings.review_before_publishing = True
    settings.save()
    article = make_article(
        slug="statement", title_en="Statement on water", status=Status.DRAFT
    )
    change = f"{live_server.url}/admin/news/article/{article.pk}/change/"

    sign_in(page, live_server, "officer", "a long press password")
    page.goto(change)
    # An author cannot choose to publish.
    status = page.locator("#id_status")
    expect(status.locator("option[value=published]")).to_have_count(0)
    status.select_option("submitted")
    page.fill("#id_review_comment", "For Monday's briefing.")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert [mail.to for mail in mailoutbox] == [["ambassador@mission.example"]]

    sign_in(axe_page, live_server, "ambassador", "a long reviewer password")
    axe_page.get_by_role("link", name="Waiting for review").click()
    expect(axe_page.locator("#content-main")).to_contain_text("For Monday's briefing.")
    assert axe_violations(axe_page) == ""
    axe_page.get_by_role("link", name="Statement on water").click()
    axe_page.locator("#id_status").select_option("published")
    axe_page.click("input[name=_save]")
    expect(axe_page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    assert article.is_live
    page.goto(f"{live_server.url}/en/news/statement/")
    expect(page.locator("h1")).to_have_text("Statement on water")
    assert page.console.errors == []
