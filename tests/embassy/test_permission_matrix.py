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

from pages.models import SiteSettings
from tests.gallery.factories import make_album
from tests.images import image_bytes
from tests.news.factories import make_article
from tests.pages.factories import make_link, make_menu_item, make_page, make_slide

pytestmark = pytest.mark.django_db

BACKEND = "django.contrib.auth.backends.ModelBackend"
USERS = [
    "anonymous",
    "staff",
    "Press officers",
    "Gallery editors",
    "Site editors",
    "superuser",
]

# Users: anonymous, staff without a role, press officer, gallery editor,
# site editor, superuser. Each row: (GET, POST).
EXPECTED = {
    "admin:app_list auth": ("LNNNNO", "LNNNNO"),
    "admin:app_list axes": ("LNNNNO", "LNNNNO"),
    "admin:app_list django_tasks_database": ("LNNNNO", "LNNNNO"),
    "admin:app_list embassy": ("LNNNNO", "LNNNNO"),
    "admin:app_list gallery": ("LNNONO", "LNNONO"),
    "admin:app_list news": ("LNONNO", "LNONNO"),
    "admin:app_list otp_static": ("LNNNNO", "LNNNNO"),
    "admin:app_list otp_totp": ("LNNNNO", "LNNNNO"),
    "admin:app_list pages": ("LNNNOO", "LNNNOO"),
    "admin:auth_group_add": ("LDDDDO", "LDDDDO"),
    "admin:auth_group_change": ("LDDDDO", "LDDDDO"),
    "admin:auth_group_changelist": ("LDDDDO", "LDDDDO"),
    "admin:auth_group_delete": ("LDDDDO", "LDDDDO"),
    "admin:auth_group_history": ("LDDDDO", "LDDDDO"),
    "admin:auth_user_add": ("LDDDDO", "LDDDDO"),
    "admin:auth_user_change": ("LDDDDO", "LDDDDO"),
    "admin:auth_user_changelist": ("LDDDDO", "LDDDDO"),
    "admin:auth_user_delete": ("LDDDDO", "LDDDDO"),
    "admin:auth_user_history": ("LDDDDO", "LDDDDO"),
    "admin:axes_accessattempt_add": ("LDDDDD", "LDDDDD"),
    "admin:axes_accessattempt_change": ("LDDDDO", "LDDDDO"),
    "admin:axes_accessattempt_delete": ("LDDDDO", "LDDDDO"),
    "admin:axes_accessattempt_history": ("LDDDDO", "LDDDDO"),
    "admin:axes_accessattempt_changelist": ("LDDDDO", "LDDDDO"),
    "admin:axes_accessfailurelog_add": ("LDDDDD", "LDDDDD"),
    "admin:axes_accessfailurelog_changelist": ("LDDDDO", "LDDDDO"),
    "admin:axes_accesslog_add": ("LDDDDD", "LDDDDD"),
    "admin:axes_accesslog_change": ("LDDDDO", "LDDDDO"),
    "admin:axes_accesslog_changelist": ("LDDDDO", "LDDDDO"),
    "admin:axes_accesslog_delete": ("LDDDDO", "LDDDDO"),
    "admin:axes_accesslog_history": ("LDDDDO", "LDDDDO"),
    "admin:django_tasks_database_dbtaskresult_add": ("LDDDDD", "LDDDDD"),
    "admin:django_tasks_database_dbtaskresult_changelist": ("LDDDDO", "LDDDDO"),
    "admin:embassy_textimage_add": ("LDDDDD", "LDDDDD"),
    "admin:embassy_textimage_change": ("LDDDDO", "LDDDDD"),
    "admin:embassy_textimage_changelist": ("LDDDDO", "LDDDDO"),
    "admin:embassy_textimage_delete": ("LDDDDO", "LDDDDO"),
    "admin:embassy_textimage_history": ("LDDDDO", "LDDDDO"),
    "admin:gallery_album_add": ("LDDODO", "LDDODO"),
    "admin:gallery_album_change": ("LDDODO", "LDDODO"),
    "admin:gallery_album_changelist": ("LDDODO", "LDDODO"),
    "admin:gallery_album_delete": ("LDDODO", "LDDODO"),
    "admin:gallery_album_history": ("LDDODO", "LDDODO"),
    "admin:gallery_photo_add": ("LDDDDD", "LDDDDD"),
    "admin:gallery_photo_change": ("LDDODO", "LDDODO"),
    "admin:gallery_photo_changelist": ("LDDODO", "LDDODO"),
    "admin:gallery_photo_delete": ("LDDODO", "LDDODO"),
    "admin:gallery_photo_history": ("LDDODO", "LDDODO"),
    "admin:index": ("LOOOOO", "LOOOOO"),
    "admin:news_article_add": ("LDODDO", "LDODDO"),
    "admin:news_article_change": ("LDODDO", "LDODDO"),
    "admin:news_article_changelist": ("LDODDO", "LDODDO"),
    "admin:news_article_delete": ("LDODDO", "LDODDO"),
    "admin:news_article_history": ("LDODDO", "LDODDO"),
    "admin:news_category_add": ("LDODDO", "LDODDO"),
    "admin:news_category_change": ("LDODDO", "LDODDO"),
    "admin:news_category_changelist": ("LDODDO", "LDODDO"),
    "admin:news_category_delete": ("LDODDO", "LDODDO"),
    "admin:news_category_history": ("LDODDO", "LDODDO"),
    "admin:otp_static_staticdevice_add": ("LDDDDO", "LDDDDO"),
    "admin:otp_static_staticdevice_change": ("LDDDDO", "LDDDDO"),
    "admin:otp_static_staticdevice_changelist": ("LDDDDO", "LDDDDO"),
    "admin:otp_static_staticdevice_delete": ("LDDDDO", "LDDDDO"),
    "admin:otp_static_staticdevice_history": ("LDDDDO", "LDDDDO"),
    "admin:otp_totp_totpdevice_add": ("LDDDDO", "LDDDDO"),
    "admin:otp_totp_totpdevice_change": ("LDDDDO", "LDDDDO"),
    "admin:otp_totp_totpdevice_changelist": ("LDDDDO", "LDDDDO"),
    "admin:otp_totp_totpdevice_delete": ("LDDDDO", "LDDDDO"),
    "admin:otp_totp_totpdevice_history": ("LDDDDO", "LDDDDO"),
    "admin:pages_linkgroup_add": ("LDDDOO", "LDDDOO"),
    "admin:pages_linkgroup_change": ("LDDDOO", "LDDDOO"),
    "admin:pages_linkgroup_changelist": ("LDDDOO", "LDDDOO"),
    "admin:pages_linkgroup_delete": ("LDDDOO", "LDDDOO"),
    "admin:pages_linkgroup_history": ("LDDDOO", "LDDDOO"),
    "admin:pages_menuitem_add": ("LDDDOO", "LDDDOO"),
    "admin:pages_menuitem_change": ("LDDDOO", "LDDDOO"),
    "admin:pages_menuitem_changelist": ("LDDDOO", "LDDDOO"),
    "admin:pages_menuitem_delete": ("LDDDOO", "LDDDOO"),
    "admin:pages_menuitem_history": ("LDDDOO", "LDDDOO"),
    "admin:pages_page_add": ("LDDDOO", "LDDDOO"),
    "admin:pages_page_change": ("LDDDOO", "LDDDOO"),
    "admin:pages_page_changelist": ("LDDDOO", "LDDDOO"),
    "admin:pages_page_delete": ("LDDDOO", "LDDDOO"),
    "admin:pages_page_history": ("LDDDOO", "LDDDOO"),
    "admin:pages_sitesettings_add": ("LDDDDD", "LDDDDD"),
    "admin:pages_sitesettings_change": ("LDDDOO", "LDDDOO"),
    "admin:pages_sitesettings_changelist": ("LDDDOO", "LDDDOO"),
    "admin:pages_sitesettings_delete": ("LDDDDD", "LDDDDD"),
    "admin:pages_sitesettings_history": ("LDDDOO", "LDDDOO"),
    "admin:pages_slide_add": ("LDDDOO", "LDDDOO"),
    "admin:pages_slide_change": ("LDDDOO", "LDDDOO"),
    "admin:pages_slide_changelist": ("LDDDOO", "LDDDOO"),
    "admin:pages_slide_delete": ("LDDDOO", "LDDDOO"),
    "admin:pages_slide_history": ("LDDDOO", "LDDDOO"),
    "admin:pages_usefullink_add": ("LDDDOO", "LDDDOO"),
    "admin:pages_usefullink_change": ("LDDDOO", "LDDDOO"),
    "admin:pages_usefullink_changelist": ("LDDDOO", "LDDDOO"),
    "admin:pages_usefullink_delete": ("LDDDOO", "LDDDOO"),
    "admin:pages_usefullink_history": ("LDDDOO", "LDDDOO"),
    "admin:password_change": ("LOOOOO", "LOOOOO"),
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
    make_article()
    make_menu_item(label_en="Mission", page=make_page())
    make_slide()
    make_link()
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
    urls["admin:password_change"] = reverse("admin:password_change")
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
