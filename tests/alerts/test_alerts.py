"""The emergency alert: published only in every language, shown at the top
of every page while it is live and on none before or after, announced to
screen readers, at a fixed cost in queries, and never left behind by the
page cache."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from alerts.models import Alert
from embassy import pagecache
from embassy.publishing import Status
from pages.models import SiteSettings
from tests.conftest import BACKEND
from tests.embassy.test_metadata import PAGES, site  # noqa: F401 (a fixture)
from tests.news.factories import make_article, make_category
from tests.offices.factories import make_office
from tests.queries import page_queries

from .factories import every_language, make_alert

pytestmark = pytest.mark.django_db

BANNER = 'class="alert-banner alert-banner--'
EVERY_PAGE = {
    **PAGES,
    "search": ("/en/search/?q=minister", 200),
    "archive": (None, 200),  # the year of the site's article
    "russian home": ("/ru/", 200),
}


def address(name, site):  # noqa: F811
    url, status = EVERY_PAGE[name]
    if name == "archive":
        # In the site's time zone, as the archive counts.
        year = timezone.localtime(site["article"].publish_at).year
        url = f"/en/news/archive/{year}/"
    return url, status


def banners(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode().count(BANNER)


def test_an_alert_in_english_only_is_refused_but_kept_as_a_draft():
    alert = Alert(
        kind=Alert.Kind.SECURITY,
        status=Status.PUBLISHED,
        title_en="Road closures",
        text_en="Avoid the city centre.",
        title_ru="Перекрытие дорог",
        text_ru="Избегайте центра города.",
    )
    with pytest.raises(ValidationError) as refused:
        alert.full_clean()
    assert "every language. Missing: Uzbek." in str(refused.value.message_dict)
    alert.status = Status.DRAFT
    alert.full_clean()
    alert.save()
    assert not Alert.objects.live().exists()


@pytest.mark.parametrize("name", EVERY_PAGE)
def test_a_live_alert_is_on_every_page_above_the_header(client, site, name):  # noqa: F811
    make_alert(title_en="Road closures", link="/news/visit/")
    url, status = address(name, site)
    response = client.get(url)
    assert response.status_code == status
    content = response.content.decode()
    assert content.count(BANNER) == 1, name
    assert content.index(BANNER) < content.index('class="site-header"')
    if name == "russian home":
        assert "Road closures (ru)" in content
        assert 'href="/ru/news/visit/">Подробнее<' in content


def test_no_alert_before_its_start_or_after_its_end(client, site):  # noqa: F811
    now = timezone.now()
    make_alert(publish_at=now + timedelta(hours=1))
    make_alert(publish_at=now - timedelta(days=2), end_at=now - timedelta(days=1))
    make_alert(status=Status.DRAFT)
    for name in EVERY_PAGE:
        assert banners(client, *address(name, site)) == 0, name


def test_urgent_alerts_are_read_out_at_once_and_others_politely(client):
    make_alert(kind=Alert.Kind.INFORMATION, **every_language("title", "Elections"))
    make_alert(kind=Alert.Kind.SECURITY, **every_language("title", "Road closures"))
    content = client.get("/en/").content.decode()
    security = content.index("alert-banner--security")
    information = content.index("alert-banner--information")
    assert security < information, "the most severe first"
    assert 'role="alert"' in content[security - 80 : security + 200]
    assert 'role="status"' in content[information - 80 : information + 200]
    # Nothing takes the focus: no autofocus, no script moving it.
    assert "autofocus" not in content


def test_the_banner_costs_the_same_queries_with_one_alert_or_fifty(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    make_alert()
    one = page_queries(client, "/en/")
    for number in range(49):
        make_alert(**every_language("title", f"Alert {number}"))
    assert page_queries(client, "/en/") == one
    assert banners(client, "/en/") == 50


def test_a_cached_page_shows_an_alert_as_soon_as_it_is_published(client):
    assert client.get("/en/")["X-Page-Cache"] == "miss"
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    alert = make_alert(status=Status.DRAFT)
    alert.status = Status.PUBLISHED
    alert.save()
    assert banners(client, "/en/") == 1
    alert.status = Status.DRAFT
    alert.save()
    assert banners(client, "/en/") == 0


def test_a_cached_page_is_kept_no_longer_than_the_alerts_end(client):
    end = timezone.now() + timedelta(hours=2)
    make_alert(end_at=end)
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert BANNER in response.content.decode()
    # Less than the cache's own day: the stored page expires at the end.
    kept_until = pagecache.keep_until(pagecache.current_generation())
    assert kept_until == pytest.approx(end.timestamp(), abs=0.001)


def test_a_press_officer_publishes_an_alert_while_texts_are_reviewed(
    django_user_model, roles
):
    SiteSettings.objects.create(review_before_publishing=True)
    user = django_user_model.objects.create_user("press", is_staff=True)
    user.groups.add(Group.objects.get(name="Press officers"))
    client = Client()
    client.force_login(user, backend=BACKEND)
    form = client.get(reverse("admin:alerts_alert_add")).content.decode()
    assert '<option value="submitted"' not in form
    assert '<option value="published"' in form
    response = client.post(
        reverse("admin:alerts_alert_add"),
        {
            "kind": "closure",
            **every_language("title", "Consular section closed"),
            **every_language("text", "Closed on Monday."),
            "status": "published",
            "publish_at_0": timezone.localtime().strftime("%Y-%m-%d"),
            "publish_at_1": "00:00:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Alert.objects.live().get().title_ru == "Consular section closed (ru)"


def test_the_admin_refuses_an_untranslated_alert_with_a_message(
    django_user_model, roles
):
    user = django_user_model.objects.create_user("site", is_staff=True)
    user.groups.add(Group.objects.get(name="Site editors"))
    client = Client()
    client.force_login(user, backend=BACKEND)
    response = client.post(
        reverse("admin:alerts_alert_add"),
        {
            "kind": "security",
            "title_en": "Road closures",
            "text_en": "Avoid the city centre.",
            "status": "published",
            "publish_at_0": timezone.localtime().strftime("%Y-%m-%d"),
            "publish_at_1": "00:00:00",
        },
    )
    assert response.status_code == 200
    assert "Missing: Russian, Uzbek." in response.content.decode()
    assert not Alert.objects.exists()


def test_the_list_action_does_not_publish_an_untranslated_draft(admin_client):
    alert = Alert.objects.create(title_en="Road closures", text_en="Avoid it.")
    response = admin_client.post(
        reverse("admin:alerts_alert_changelist"),
        {"action": "publish", "_selected_action": [alert.pk]},
        follow=True,
    )
    assert "Missing: Russian, Uzbek." in response.content.decode()
    alert.refresh_from_db()
    assert alert.status == Status.DRAFT


def test_a_security_alert_turns_the_home_page_to_its_crisis_layout(client, site):  # noqa: F811
    make_office(name="Consular section", emergency_phone="+41 79 000 00 00")
    other = make_category(slug="tourism", name_en="Tourism")
    make_article(category=other, slug="festival", title_en="Festival", featured=True)
    usual = client.get("/en/").content.decode()
    assert "Contacts in an emergency" not in usual
    assert "Festival" in usual

    make_alert(kind=Alert.Kind.INFORMATION)
    assert "Contacts in an emergency" not in client.get("/en/").content.decode()
    make_alert(kind=Alert.Kind.SECURITY, category=site["category"])
    crisis = client.get("/en/").content.decode()
    contacts = crisis.index("Contacts in an emergency")
    assert (
        contacts
        < crisis.index('href="tel:+41790000000">+41 79 000 00 00</a>', contacts)
        < crisis.index("+41 22 000 00 00", contacts)
        < crisis.index("Latest news: Meetings")
    )
    assert "The Minister visits Geneva" in crisis
    assert "Festival" not in crisis, "only the related news"
    assert 'class="more" href="/en/news/category/meetings/"' in crisis


def test_a_related_category_without_live_news_leaves_the_latest_news(client, site):  # noqa: F811
    make_alert(category=make_category(slug="ahead", name_en="Made ahead"))
    crisis = client.get("/en/").content.decode()
    assert "Contacts in an emergency" in crisis
    assert "Made ahead" not in crisis
    assert "The Minister visits Geneva" in crisis
