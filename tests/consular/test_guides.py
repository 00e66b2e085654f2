"""Consular service guides: the list by kind, a guide's page with its
facts, fees as each language writes them, the forms to download, the
review flag, and the publishing rule."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from consular.models import Fee, Guide, GuideForm
from embassy.publishing import Status
from tests.conftest import BACKEND
from tests.head import head
from tests.queries import page_queries
from tests.sitemaps import listed

from .factories import make_form, make_guide, pdf_bytes, pdf_with

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("amount", "currency", "en", "ru", "uz"),
    [
        ("20", "USD", "USD 20", "20 долларов США", "20 AQSH dollari"),
        ("1", "USD", "USD 1", "1 доллар США", "1 AQSH dollari"),
        ("22", "USD", "USD 22", "22 доллара США", "22 AQSH dollari"),
        ("30", "CHF", "CHF 30", "30 швейцарских франков", "30 Shveytsariya franki"),
        ("45", "EUR", "EUR 45", "45 евро", "45 yevro"),
        ("250000", "UZS", "UZS 250,000", "250\xa0000 сумов", "250\xa0000 soʻm"),
        ("20.50", "USD", "USD 20.50", "20,50 USD", "20,50 USD"),
        (None, "USD", "Free", "Бесплатно", "Bepul"),
    ],
)
def test_a_fee_in_each_language(amount, currency, en, ru, uz):
    fee = Fee(amount=Decimal(amount) if amount else None, currency=currency)
    for language, expected in (("en", en), ("ru", ru), ("uz", uz)):
        with translation.override(language):
            assert fee.price == expected, language


@pytest.mark.parametrize(
    ("count", "unit", "en", "ru"),
    [
        (1, Guide.Unit.WORKING_DAYS, "1 working day", "1 рабочий день"),
        (2, Guide.Unit.WORKING_DAYS, "2 working days", "2 рабочих дня"),
        (5, Guide.Unit.DAYS, "5 days", "5 дней"),
        (1, Guide.Unit.MONTHS, "1 month", "1 месяц"),
    ],
)
def test_the_processing_time_in_words(count, unit, en, ru):
    guide = Guide(processing_time=count, processing_unit=unit)
    with translation.override("en"):
        assert guide.processing == en
    with translation.override("ru"):
        assert guide.processing == ru
    assert Guide(processing_time=None).processing == ""


def test_the_consular_page_lists_live_guides_by_kind(client):
    make_guide(kind=Guide.Kind.VISAS, slug="e-visa", title_en="E-visa")
    make_guide(slug="lost-passport", title_en="A lost passport", order=2)
    make_guide(slug="new-passport", title_en="A new passport", order=1)
    make_guide(slug="draft", title_en="A draft guide", status=Status.DRAFT)
    page = client.get("/en/consular/").content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    # Kinds in their order (passports before visas), guides in theirs.
    assert (
        main.index("Passports")
        < main.index("A new passport")
        < main.index("A lost passport")
        < main.index("Visas")
        < main.index("E-visa")
    )
    assert "Citizens whose passport was lost abroad." in main
    assert "A draft guide" not in main
    assert "Citizenship" not in main, "no heading for a kind without guides"
    for language in ("ru", "uz"):
        assert client.get(f"/{language}/consular/").status_code == 200


def test_a_guides_page_shows_its_facts(client):
    guide = make_guide(
        documents=["The police report", "Two photographs"],
        fees=[("20", "USD")],
        by_post=True,
        booking_url="https://e-visa.example.org/apply",
        how_to_apply_en="<ol><li>Report the loss.</li></ol>",
        reviewed_on=datetime.date(2026, 3, 2),
    )
    make_form(guide, title="Application for a certificate of return")
    page = client.get("/en/consular/lost-passport/").content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    assert "<h1>A lost passport</h1>" in main
    assert '<span class="nowrap">USD 20</span>' in main
    assert "1 working day" in main
    assert "In person, by post" in main
    assert main.index("The police report") < main.index("Two photographs")
    assert "<ol><li>Report the loss.</li></ol>" in main
    assert 'href="https://e-visa.example.org/apply"' in main
    assert "(on e-visa.example.org)" in main
    form = guide.forms.get()
    assert f'href="/en/consular/lost-passport/forms/{form.pk}/" download' in main
    assert f"(PDF, {form.size // 1024}" in main
    assert "Last reviewed: March 2, 2026" in main


def test_a_guides_page_in_russian(client):
    make_guide(fees=[("20", "USD")])
    page = client.get("/ru/consular/lost-passport/").content.decode()
    assert "<h1>Утерянный паспорт</h1>" in page
    assert "20 долларов США" in page
    assert "1 рабочий день" in page


def test_a_guide_is_described_for_search_engines(client):
    guide = make_guide(fees=[("20", "USD"), (None, "USD")])
    guide.booking_url = "https://e-visa.example.org/"
    guide.save()
    data = head(client, "/en/consular/lost-passport/").of_type("GovernmentService")
    assert data["name"] == "A lost passport"
    assert data["serviceType"] == "Passports"
    assert data["url"] == "http://testserver/en/consular/lost-passport/"
    assert data["provider"]["@type"] == "GovernmentOrganization"
    assert data["offers"] == [
        {"@type": "Offer", "price": "20.00", "priceCurrency": "USD"},
        {"@type": "Offer", "price": "0.00", "priceCurrency": "USD"},
    ]
    assert data["availableChannel"]["serviceUrl"] == "https://e-visa.example.org/"


def test_a_draft_guide_and_its_forms_are_not_public(client):
    guide = make_guide(status=Status.DRAFT)
    form = make_form(guide)
    assert client.get("/en/consular/lost-passport/").status_code == 404
    assert client.get(form.get_absolute_url()).status_code == 404
    ended = make_guide(
        slug="ended",
        publish_at=timezone.now() - datetime.timedelta(days=2),
        end_at=timezone.now() - datetime.timedelta(days=1),
    )
    assert client.get(ended.get_absolute_url()).status_code == 404


def test_an_editor_previews_a_draft(client, admin_user):
    make_guide(status=Status.DRAFT)
    editor = Client()
    editor.force_login(admin_user, backend=BACKEND)
    response = editor.get("/en/consular/lost-passport/")
    assert response.status_code == 200
    assert "This is not published" in response.content.decode()


def test_a_form_downloads_as_a_pdf(client):
    form = make_form(make_guide(), title="Application form")
    response = client.get(form.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="application-form.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == form.file.open("rb").read()
    # Another guide's form is not found at this guide's address.
    other = make_form(make_guide(slug="other"))
    url = reverse(
        "consular:form_download", kwargs={"slug": "lost-passport", "form_pk": other.pk}
    )
    assert client.get(url).status_code == 404


def test_a_form_whose_file_is_gone_is_not_found(client):
    form = make_form(make_guide())
    form.file.storage.delete(form.file.name)
    assert client.get(form.get_absolute_url()).status_code == 404


def test_a_guide_is_not_reviewed_for_too_long(settings):
    settings.GUIDE_REVIEW_DAYS = 30
    today = timezone.localdate()
    assert not Guide(reviewed_on=today - datetime.timedelta(days=30)).review_overdue
    assert Guide(reviewed_on=today - datetime.timedelta(days=31)).review_overdue


@pytest.fixture
def site_editor(roles):
    user = User.objects.create_user("editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Site editors"))
    client = Client()
    client.force_login(user, backend=BACKEND)
    return client


def test_the_admin_flags_guides_overdue_for_review(site_editor, settings):
    settings.GUIDE_REVIEW_DAYS = 30
    today = timezone.localdate()
    old = make_guide(slug="old", title_en="Old guide", reviewed_on=today - 40 * DAY)
    make_guide(slug="fresh", title_en="Fresh guide", reviewed_on=today)
    changelist = reverse("admin:consular_guide_changelist")
    overdue = site_editor.get(changelist, {"review": "overdue"}).content.decode()
    assert "Old guide" in overdue and "Fresh guide" not in overdue
    current = site_editor.get(changelist, {"review": "current"}).content.decode()
    assert "Fresh guide" in current and "Old guide" not in current
    form = site_editor.get(reverse("admin:consular_guide_change", args=[old.pk]))
    assert "This guide was last reviewed on" in form.content.decode()


DAY = datetime.timedelta(days=1)


def guide_post(**extra):
    data = {
        "kind": "visas",
        "title_en": "E-visa",
        "slug": "e-visa",
        "audience_en": "Foreigners visiting for up to 30 days.",
        "in_person": "",
        "online": "on",
        "processing_time": "2",
        "processing_unit": "working-days",
        "reviewed_on": "2026-11-30",
        "order": "0",
        "status": "draft",
        "publish_at_0": "2026-11-30",
        "publish_at_1": "10:00:00",
    }
    for prefix in ("documents", "fees", "forms"):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return data | extra


def test_a_site_editor_writes_a_guide_with_documents_fees_and_a_form(site_editor):
    data = guide_post(
        **{
            "documents-TOTAL_FORMS": "2",
            "documents-0-text_en": "A passport",
            "documents-0-order": "0",
            "documents-1-text_en": "A photograph",
            "documents-1-order": "1",
            "fees-TOTAL_FORMS": "1",
            "fees-0-amount": "20",
            "fees-0-currency": "USD",
            "fees-0-order": "0",
            "forms-TOTAL_FORMS": "1",
            "forms-0-title_en": "Application",
            "forms-0-order": "0",
            "forms-0-file": SimpleUploadedFile("visa form.pdf", pdf_bytes()),
        }
    )
    response = site_editor.post(reverse("admin:consular_guide_add"), data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    guide = Guide.objects.get()
    assert [d.text for d in guide.documents.all()] == ["A passport", "A photograph"]
    assert guide.fees.get().amount == 20
    form = guide.forms.get()
    assert form.file.name.startswith("forms/") and form.file.name.endswith(
        "/visa-form.pdf"
    )
    assert form.size == len(pdf_bytes())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body>Not a PDF</body></html>", "This is not a PDF document"),
        (
            pdf_with(lambda writer: writer.add_attachment("a.exe", b"MZ")),
            "embedded files",
        ),
    ],
    ids=["html renamed .pdf", "pdf with a file inside"],
)
def test_a_form_that_is_not_a_clean_pdf_is_refused_and_the_rest_kept(
    site_editor, content, message
):
    data = guide_post(
        **{
            "forms-TOTAL_FORMS": "1",
            "forms-0-title_en": "Application",
            "forms-0-order": "0",
            "forms-0-file": SimpleUploadedFile("form.pdf", content),
        }
    )
    response = site_editor.post(reverse("admin:consular_guide_add"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    # What the editor typed is still in the form.
    assert 'value="Foreigners visiting for up to 30 days."' in page or (
        "Foreigners visiting for up to 30 days." in page
    )
    assert not Guide.objects.exists()
    assert not GuideForm.objects.exists()


def test_a_guide_needs_its_kind_title_address_and_audience(site_editor):
    data = guide_post(kind="", title_en="", slug="", audience_en="")
    response = site_editor.post(reverse("admin:consular_guide_add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert {"kind", "title_en", "slug", "audience_en"} <= set(errors)


def test_the_pages_cost_the_same_queries_with_few_or_many_items(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    guide = make_guide(documents=["One"], fees=[("20", "USD")])
    make_form(guide)
    few = page_queries(client, "/en/consular/lost-passport/")
    listing = page_queries(client, "/en/consular/")
    for number in range(20):
        make_guide(slug=f"guide-{number}", kind=Guide.Kind.VISAS)
        make_form(guide, title=f"Form {number}")
        Fee.objects.create(guide=guide, amount=number + 1, currency="EUR")
    assert page_queries(client, "/en/consular/lost-passport/") == few
    assert page_queries(client, "/en/consular/") == listing


def test_search_finds_a_guide(client):
    make_guide(audience_en="Citizens whose passport was stolen in Geneva.")
    page = client.get("/en/search/", {"q": "stolen"}).content.decode()
    assert 'href="/en/consular/lost-passport/"' in page


def test_the_sitemap_lists_live_guides_in_every_language(client):
    make_guide()
    make_guide(slug="draft", status=Status.DRAFT)
    assert listed(client, r"/(en|ru|uz)/consular/[-\w]+/") == [
        "/en/consular/lost-passport/",
        "/ru/consular/lost-passport/",
    ]
