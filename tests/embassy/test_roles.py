"""Each role reaches the admin pages of its own work, and no others."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

pytestmark = pytest.mark.django_db

NEWS = [
    "admin:news_article_changelist",
    "admin:news_article_add",
    "admin:news_category_changelist",
    "admin:news_category_add",
]
SITE = [
    "admin:pages_page_changelist",
    "admin:pages_page_add",
    "admin:pages_menuitem_changelist",
    "admin:pages_menuitem_add",
    "admin:pages_slide_changelist",
    "admin:pages_slide_add",
    "admin:pages_usefullink_changelist",
    "admin:pages_usefullink_add",
    "admin:pages_linkgroup_changelist",
    "admin:pages_sitesettings_add",
]
ALERTS = ["admin:alerts_alert_changelist", "admin:alerts_alert_add"]
EVENTS = ["admin:events_event_changelist", "admin:events_event_add"]
CONSULAR = ["admin:consular_guide_changelist", "admin:consular_guide_add"]
OFFICES = [
    "admin:offices_office_changelist",
    "admin:offices_office_add",
    "admin:offices_closure_changelist",
    "admin:offices_closure_add",
]
GALLERY = [
    "admin:gallery_album_changelist",
    "admin:gallery_album_add",
    "admin:gallery_photo_changelist",
]
ADMINISTRATION = ["admin:auth_user_changelist", "admin:auth_group_changelist"]
ROLES = {
    "Press officers": NEWS + EVENTS + ALERTS,
    "Site editors": SITE + OFFICES + CONSULAR + ALERTS,
    "Gallery editors": GALLERY,
}
EVERYTHING = (
    NEWS + EVENTS + SITE + OFFICES + CONSULAR + GALLERY + ALERTS + ADMINISTRATION
)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_its_own_work_and_nothing_else(client_in_role, role):
    client = client_in_role(role)
    for url_name in EVERYTHING:
        expected = 200 if url_name in ROLES[role] else 403
        response = client.get(reverse(url_name))
        assert response.status_code == expected, (role, url_name)


def test_staff_without_a_role_sees_nothing_to_edit(client_in_role):
    client = client_in_role(None)
    for url_name in EVERYTHING:
        assert client.get(reverse(url_name)).status_code == 403, url_name
    index = client.get(reverse("admin:index")).content.decode()
    assert "You don’t have permission to view or edit anything." in index


def test_roles_are_made_by_migrations_with_exact_permissions():
    news = set(
        Group.objects.get(name="Press officers").permissions.values_list(
            "content_type__app_label", flat=True
        )
    )
    site = set(
        Group.objects.get(name="Site editors").permissions.values_list(
            "content_type__app_label", flat=True
        )
    )
    gallery = set(
        Group.objects.get(name="Gallery editors").permissions.values_list(
            "content_type__app_label", flat=True
        )
    )
    # Both may have to warn visitors at once.
    assert news == {"news", "events", "alerts"}
    assert site == {"pages", "offices", "consular", "alerts"}
    assert gallery == {"gallery"}


def test_reviewers_publish_and_change_but_add_and_delete_nothing():
    granted = set(
        Group.objects.get(name="Reviewers").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    texts = {
        ("news", "article"),
        ("pages", "page"),
        ("pages", "slide"),
        ("pages", "usefullink"),
        ("gallery", "album"),
        ("alerts", "alert"),
        ("consular", "guide"),
        ("events", "event"),
    }
    assert granted == {
        ("embassy", "review"),
        # The article form's choice of category.
        ("news", "view_category"),
        *(
            (app, f"{action}_{model}")
            for app, model in texts
            for action in ("view", "change")
        ),
    }
