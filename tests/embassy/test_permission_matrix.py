# ruff: noqa: E501 (the table keeps one address to a line)
"""Every admin address, asked by every kind of user, with GET and POST, is
answered as the table below says: the roles' least privilege, checked in.

Legend, one letter per user, in the order of USERS:
  L  sent to the sign-in page      D  refused (403)
  N  not found (404)                O  let in (the page, or a redirect)
A change to a role or an admin that alters a letter fails this test until
the table is changed with it, in review."""

import io

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import NoReverseMatch, reverse

from embassy.models import ChangeNote
from pages.models import HeadOfMission, SiteSettings
from tests.alerts.factories import make_alert
from tests.consular.factories import make_guide
from tests.events.factories import make_event
from tests.gallery.factories import make_album
from tests.images import image_bytes
from tests.news.factories import make_article
from tests.offices.factories import closure, make_office
from tests.pages.factories import make_link, make_menu_item, make_page, make_slide

pytestmark = pytest.mark.django_db

BACKEND = "django.contrib.auth.backends.ModelBackend"
USERS = [
    "anonymous",
    "staff",
    "Press officers",
    "Gallery editors",
    "Site editors",
    "Reviewers",
    "superuser",
]

# Users: anonymous, staff without a role, press officer, gallery editor,
# site editor, reviewer, superuser. Each row: (GET, POST).
EXPECTED = {
    "admin:alerts_alert_add": ("LDODODO", "LDODODO"),
    "admin:alerts_alert_change": ("LDODOOO", "LDODOOO"),
    "admin:alerts_alert_changelist": ("LDODOOO", "LDODOOO"),
    "admin:alerts_alert_delete": ("LDODODO", "LDODODO"),
    "admin:alerts_alert_history": ("LDODOOO", "LDODOOO"),
    "admin:app_list alerts": ("LNONOOO", "LNONOOO"),
    "admin:app_list auth": ("LNNNNNO", "LNNNNNO"),
    "admin:app_list axes": ("LNNNNNO", "LNNNNNO"),
    "admin:app_list consular": ("LNNNOOO", "LNNNOOO"),
    "admin:app_list django_tasks_database": ("LNNNNNO", "LNNNNNO"),
    "admin:app_list embassy": ("LNONOOO", "LNONOOO"),
    "admin:app_list events": ("LNONNOO", "LNONNOO"),
    "admin:app_list gallery": ("LNNONOO", "LNNONOO"),
    "admin:app_list news": ("LNONNOO", "LNONNOO"),
    "admin:app_list offices": ("LNNNONO", "LNNNONO"),
    "admin:app_list otp_static": ("LNNNNNO", "LNNNNNO"),
    "admin:app_list otp_totp": ("LNNNNNO", "LNNNNNO"),
    "admin:app_list pages": ("LNNNOOO", "LNNNOOO"),
    "admin:auth_group_add": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_group_change": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_group_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_group_delete": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_group_history": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_user_add": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_user_change": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_user_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_user_delete": ("LDDDDDO", "LDDDDDO"),
    "admin:auth_user_history": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accessattempt_add": ("LDDDDDD", "LDDDDDD"),
    "admin:axes_accessattempt_change": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accessattempt_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accessattempt_delete": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accessattempt_history": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accessfailurelog_add": ("LDDDDDD", "LDDDDDD"),
    "admin:axes_accessfailurelog_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accesslog_add": ("LDDDDDD", "LDDDDDD"),
    "admin:axes_accesslog_change": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accesslog_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accesslog_delete": ("LDDDDDO", "LDDDDDO"),
    "admin:axes_accesslog_history": ("LDDDDDO", "LDDDDDO"),
    "admin:consular_guide_add": ("LDDDODO", "LDDDODO"),
    "admin:consular_guide_change": ("LDDDOOO", "LDDDOOO"),
    "admin:consular_guide_changelist": ("LDDDOOO", "LDDDOOO"),
    "admin:consular_guide_delete": ("LDDDODO", "LDDDODO"),
    "admin:consular_guide_history": ("LDDDOOO", "LDDDOOO"),
    "admin:django_tasks_database_dbtaskresult_add": ("LDDDDDD", "LDDDDDD"),
    "admin:django_tasks_database_dbtaskresult_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:embassy_changenote_add": ("LDDDDDD", "LDDDDDD"),
    "admin:embassy_changenote_change": ("LDODOOO", "LDODOOO"),
    "admin:embassy_changenote_changelist": ("LDODOOO", "LDODOOO"),
    "admin:embassy_changenote_delete": ("LDODOOO", "LDODOOO"),
    "admin:embassy_changenote_history": ("LOOOOOO", "LOOOOOO"),
    "admin:embassy_textimage_add": ("LDDDDDD", "LDDDDDD"),
    "admin:embassy_textimage_change": ("LDDDDDO", "LDDDDDD"),
    "admin:embassy_textimage_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:embassy_textimage_delete": ("LDDDDDO", "LDDDDDO"),
    "admin:embassy_textimage_history": ("LDDDDDO", "LDDDDDO"),
    "admin:events_event_add": ("LDODDDO", "LDODDDO"),
    "admin:events_event_change": ("LDODDOO", "LDODDOO"),
    "admin:events_event_changelist": ("LDODDOO", "LDODDOO"),
    "admin:events_event_delete": ("LDODDDO", "LDODDDO"),
    "admin:events_event_history": ("LDODDOO", "LDODDOO"),
    "admin:gallery_album_add": ("LDDODDO", "LDDODDO"),
    "admin:gallery_album_change": ("LDDODOO", "LDDODOO"),
    "admin:gallery_album_changelist": ("LDDODOO", "LDDODOO"),
    "admin:gallery_album_delete": ("LDDODDO", "LDDODDO"),
    "admin:gallery_album_history": ("LDDODOO", "LDDODOO"),
    "admin:gallery_photo_add": ("LDDDDDD", "LDDDDDD"),
    "admin:gallery_photo_change": ("LDDODDO", "LDDODDO"),
    "admin:gallery_photo_changelist": ("LDDODDO", "LDDODDO"),
    "admin:gallery_photo_delete": ("LDDODDO", "LDDODDO"),
    "admin:gallery_photo_history": ("LDDODDO", "LDDODDO"),
    "admin:index": ("LOOOOOO", "LOOOOOO"),
    "admin:news_article_add": ("LDODDDO", "LDODDDO"),
    "admin:news_article_change": ("LDODDOO", "LDODDOO"),
    "admin:news_article_changelist": ("LDODDOO", "LDODDOO"),
    "admin:news_article_delete": ("LDODDDO", "LDODDDO"),
    "admin:news_article_history": ("LDODDOO", "LDODDOO"),
    "admin:news_category_add": ("LDODDDO", "LDODDDO"),
    "admin:news_category_change": ("LDODDOO", "LDODDDO"),
    "admin:news_category_changelist": ("LDODDOO", "LDODDOO"),
    "admin:news_category_delete": ("LDODDDO", "LDODDDO"),
    "admin:news_category_history": ("LDODDOO", "LDODDOO"),
    "admin:offices_closure_add": ("LDDDODO", "LDDDODO"),
    "admin:offices_closure_change": ("LDDDODO", "LDDDODO"),
    "admin:offices_closure_changelist": ("LDDDODO", "LDDDODO"),
    "admin:offices_closure_delete": ("LDDDODO", "LDDDODO"),
    "admin:offices_closure_history": ("LDDDODO", "LDDDODO"),
    "admin:offices_office_add": ("LDDDODO", "LDDDODO"),
    "admin:offices_office_change": ("LDDDODO", "LDDDODO"),
    "admin:offices_office_changelist": ("LDDDODO", "LDDDODO"),
    "admin:offices_office_delete": ("LDDDODO", "LDDDODO"),
    "admin:offices_office_history": ("LDDDODO", "LDDDODO"),
    "admin:otp_static_staticdevice_add": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_static_staticdevice_change": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_static_staticdevice_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_static_staticdevice_delete": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_static_staticdevice_history": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_totp_totpdevice_add": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_totp_totpdevice_change": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_totp_totpdevice_changelist": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_totp_totpdevice_delete": ("LDDDDDO", "LDDDDDO"),
    "admin:otp_totp_totpdevice_history": ("LDDDDDO", "LDDDDDO"),
    "admin:pages_headofmission_add": ("LDDDODO", "LDDDODO"),
    "admin:pages_headofmission_change": ("LDDDODO", "LDDDODO"),
    "admin:pages_headofmission_changelist": ("LDDDODO", "LDDDODO"),
    "admin:pages_headofmission_delete": ("LDDDODO", "LDDDODO"),
    "admin:pages_headofmission_history": ("LDDDODO", "LDDDODO"),
    "admin:pages_linkgroup_add": ("LDDDODO", "LDDDODO"),
    "admin:pages_linkgroup_change": ("LDDDODO", "LDDDODO"),
    "admin:pages_linkgroup_changelist": ("LDDDODO", "LDDDODO"),
    "admin:pages_linkgroup_delete": ("LDDDODO", "LDDDODO"),
    "admin:pages_linkgroup_history": ("LDDDODO", "LDDDODO"),
    "admin:pages_menuitem_add": ("LDDDODO", "LDDDODO"),
    "admin:pages_menuitem_change": ("LDDDODO", "LDDDODO"),
    "admin:pages_menuitem_changelist": ("LDDDODO", "LDDDODO"),
    "admin:pages_menuitem_delete": ("LDDDODO", "LDDDODO"),
    "admin:pages_menuitem_history": ("LDDDODO", "LDDDODO"),
    "admin:pages_page_add": ("LDDDODO", "LDDDODO"),
    "admin:pages_page_change": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_page_changelist": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_page_delete": ("LDDDODO", "LDDDODO"),
    "admin:pages_page_history": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_sitesettings_add": ("LDDDDDD", "LDDDDDD"),
    "admin:pages_sitesettings_change": ("LDDDODO", "LDDDODO"),
    "admin:pages_sitesettings_changelist": ("LDDDODO", "LDDDODO"),
    "admin:pages_sitesettings_delete": ("LDDDDDD", "LDDDDDD"),
    "admin:pages_sitesettings_history": ("LDDDODO", "LDDDODO"),
    "admin:pages_slide_add": ("LDDDODO", "LDDDODO"),
    "admin:pages_slide_change": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_slide_changelist": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_slide_delete": ("LDDDODO", "LDDDODO"),
    "admin:pages_slide_history": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_usefullink_add": ("LDDDODO", "LDDDODO"),
    "admin:pages_usefullink_change": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_usefullink_changelist": ("LDDDOOO", "LDDDOOO"),
    "admin:pages_usefullink_delete": ("LDDDODO", "LDDDODO"),
    "admin:pages_usefullink_history": ("LDDDOOO", "LDDDOOO"),
    "admin:password_change": ("LOOOOOO", "LOOOOOO"),
    "admin:translations": ("LOOOOOO", "LOOOOOO"),
    "admin:waiting_for_review": ("LOOOOOO", "LOOOOOO"),
}


def answer(client, method, url):
    """The letter of what ``client`` gets at ``url``; a redirect elsewhere
    than the sign-in page is followed (to the page it leads to, or to the
    language's address of a page that is not found)."""
    response = getattr(client, method)(url)
    for _hop in range(3):
        if response.status_code != 302:
            break
        if "/admin/login/" in response["Location"]:
            return "L"
        response = client.get(response["Location"])
    return {403: "D", 404: "N", 405: "M"}.get(response.status_code, "O")


@pytest.fixture
def clients(django_user_model, roles):
    superuser = django_user_model.objects.create_superuser("root", password="x")
    result = {"anonymous": Client(), "superuser": Client()}
    result["superuser"].force_login(superuser, backend=BACKEND)
    for name in USERS[1:-1]:
        user = django_user_model.objects.create_user(
            name.split()[0].lower(), is_staff=True
        )
        if name != "staff":
            user.groups.add(Group.objects.get(name=name))
        result[name] = Client()
        result[name].force_login(user, backend=BACKEND)
    return result


@pytest.fixture
def content(clients):
    """One object of every kind the admin edits, made the way the site
    makes them."""
    ChangeNote.objects.create(item=make_article(), note_en="Added a quote.")
    make_menu_item(label_en="Mission", page=make_page())
    make_slide()
    make_link()
    make_alert()
    closure("2026-09-01", office=make_office(), save=True)
    make_guide(documents=["A passport"], fees=[("20", "USD")])
    make_event()
    HeadOfMission.objects.create(
        name_en="Akmal Rustamov", title_en="Ambassador", appointed_on="2024-03-15"
    )
    make_album(photos=1)
    SiteSettings.objects.create(mission_name_en="Embassy of Uzbekistan")
    clients["Press officers"].post(
        reverse("editor_image_upload"),
        {"upload": SimpleUploadedFile("chart.png", image_bytes("PNG"))},
    )
    call_command("enrol_two_factor", "root", stdout=io.StringIO())
    # A failed sign-in and a successful one, for the sign-in records.
    Client().post(reverse("admin:login"), {"username": "root", "password": "wrong"})
    Client().post(reverse("admin:login"), {"username": "root", "password": "x"})


def admin_urls():
    """Every address of the admin: the index, each app's page, and each
    model's list, add, change, delete and history pages."""
    urls = {"admin:index": reverse("admin:index")}
    for name in ("password_change", "translations", "waiting_for_review"):
        urls[f"admin:{name}"] = reverse(f"admin:{name}")
    for model in admin.site._registry:
        app, name = model._meta.app_label, model._meta.model_name
        urls[f"admin:app_list {app}"] = reverse("admin:app_list", args=[app])
        urls[f"admin:{app}_{name}_changelist"] = reverse(
            f"admin:{app}_{name}_changelist"
        )
        urls[f"admin:{app}_{name}_add"] = reverse(f"admin:{app}_{name}_add")
        item = model._default_manager.order_by("pk").first()
        for view in ("change", "delete", "history"):
            if item is not None:
                try:
                    url = reverse(f"admin:{app}_{name}_{view}", args=[item.pk])
                except NoReverseMatch:
                    continue
                urls[f"admin:{app}_{name}_{view}"] = url
    return urls


def test_every_admin_address_answers_each_user_as_the_table_says(clients, content):
    found = {}
    for name, url in sorted(admin_urls().items()):
        found[name] = tuple(
            "".join(answer(clients[user], method, url) for user in USERS)
            for method in ("get", "post")
        )
    assert found == EXPECTED
