"""The demo content that `make run` loads."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from embassy.management.commands.load_demo import Command
from embassy.models import SiteSettings
from gallery.models import Album, Photo
from news.models import Article, Category
from pages.models import MenuItem, Page, Slide, UsefulLink


@pytest.fixture(autouse=True)
def trying_out(settings):
    settings.DEBUG = True


@pytest.mark.django_db
def test_demo_content_loads_once_and_again_without_harm():
    call_command("load_demo", stdout=io.StringIO())
    articles = Article.objects.live()
    assert articles.count() >= 40
    assert Category.objects.count() == 15
    assert all(category.articles.exists() for category in Category.objects.all())
    years = {article.publish_at.year for article in articles}
    assert max(years) - min(years) >= 2
    fully_translated = articles.exclude(title_ru="").exclude(title_uz="")
    assert fully_translated.count() >= 30
    assert articles.exclude(cover="").count() >= 30
    for article in articles.exclude(cover="")[:3]:
        assert article.cover_alt_en
        assert article.cover_small_webp.storage.exists(article.cover_small_webp.name)
    assert Page.objects.live().filter(parent=None).count() >= 3
    assert Page.objects.live().exclude(parent=None).count() >= 5
    assert MenuItem.objects.count() == 6
    assert Slide.objects.live().count() == 8
    assert UsefulLink.objects.live().count() == 15
    assert SiteSettings.load().year_theme_en
    albums = Album.objects.live().for_listing()
    assert albums.count() == 4
    assert all(10 <= album.photo_count <= 20 for album in albums)
    assert not Photo.objects.exclude(state=Photo.State.READY).exists()
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="press").groups.filter(name="Press officers")
    assert User.objects.get(username="editor").groups.filter(name="Site editors")

    edited = articles.first()
    edited.title_en = "Edited by a press officer"
    edited.save()
    call_command("load_demo", stdout=io.StringIO())
    assert Article.objects.count() == articles.count()
    edited.refresh_from_db()
    assert edited.title_en == "Edited by a press officer"
    assert Article.objects.filter(publish_at__gt=timezone.now()).count() == 0


def test_demo_content_is_refused_under_production_settings(settings):
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError, match="never loaded under production"):
        call_command("load_demo")


def test_demo_content_is_refused_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="nor with DEBUG off"):
        call_command("load_demo")


@pytest.mark.django_db
def test_no_demo_login_beside_real_users(django_user_model):
    django_user_model.objects.create_user("consul", password="x")
    command = Command(stdout=io.StringIO())
    assert command.create_users() == []
    assert "no demo logins made" in command.stdout.getvalue()
    assert not django_user_model.objects.filter(username="admin").exists()
