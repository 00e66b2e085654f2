"""The demo content that `make run` loads."""

import io
import random
from importlib import resources

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from alerts.models import Alert
from consular.models import Guide, GuideForm
from embassy.demo import drawing, load
from embassy.management.commands.load_demo import Command
from embassy.pdf import validate_pdf
from events.models import Event
from gallery.models import Album, Photo
from news.models import Article, Category
from offices.models import Closure, Hours, Office
from pages.models import (
    HeadOfMission,
    MenuItem,
    Page,
    SiteSettings,
    Slide,
    UsefulLink,
)


@pytest.fixture(autouse=True)
def trying_out(settings):
    settings.DEBUG = True


class Recorded(dict):
    """A table of a data file that notes which of its values were read."""

    def __init__(self, table, path, seen):
        super().__init__(
            {key: recorded(value, (*path, key), seen) for key, value in table.items()}
        )
        self.path = path
        self.seen = seen

    def __getitem__(self, key):
        self.seen.add((*self.path, key))
        return super().__getitem__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def items(self):
        return [(key, self[key]) for key in self]


def is_array_of_tables(value):
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def recorded(value, path, seen):
    if isinstance(value, dict):
        return Recorded(value, path, seen)
    if is_array_of_tables(value):
        return [Recorded(item, (*path, n), seen) for n, item in enumerate(value)]
    return value


def leaves(value, path):
    """The paths of a data file's values: texts, numbers, colours."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif is_array_of_tables(value):
        for n, item in enumerate(value):
            yield from leaves(item, (*path, n))
    else:
        yield path


def test_every_demo_data_file_parses():
    folder = resources.files("embassy.demo")
    names = {entry.name for entry in folder.iterdir() if entry.name.endswith(".toml")}
    assert names == {f"{name}.toml" for name in load.FILES}
    for name in load.FILES:
        assert load.read(name)


def test_a_demo_picture_depends_only_on_its_seed():
    def cover(seed):
        rng = random.Random(seed)
        image = drawing.picture((160, 90), ((0, 110, 140), (20, 150, 70)), rng, "rings")
        return drawing.jpeg(image, "cover.jpg").read()

    assert cover("an-article") == cover("an-article")
    assert cover("an-article") != cover("another-article")


@pytest.mark.django_db
def test_demo_content_loads_all_its_data_once_and_again_without_harm(monkeypatch):
    files = {name: load.read(name) for name in load.FILES}
    seen = set()
    monkeypatch.setattr(load, "read", lambda name: recorded(files[name], (name,), seen))
    call_command("load_demo", stdout=io.StringIO())
    # A value the loader never read would be demo content that never shows.
    unread = {path for name in files for path in leaves(files[name], (name,))} - seen
    assert not unread

    articles = Article.objects.live()
    assert articles.count() == 45
    assert Category.objects.count() == 15
    assert all(category.articles.exists() for category in Category.objects.all())
    years = {article.publish_at.year for article in articles}
    assert max(years) - min(years) >= 2
    fully_translated = articles.exclude(title_ru="").exclude(title_uz="")
    assert fully_translated.count() >= 30
    # Every fourth article has no cover.
    assert articles.exclude(cover="").count() == 34
    for article in articles.exclude(cover="")[:3]:
        assert article.cover_alt_en
        assert article.cover_small_webp.storage.exists(article.cover_small_webp.name)
    assert Page.objects.live().filter(parent=None).count() >= 3
    assert Page.objects.live().exclude(parent=None).count() >= 5
    assert MenuItem.objects.count() == 8
    assert Slide.objects.live().count() == 8
    assert UsefulLink.objects.live().count() == 15
    assert SiteSettings.load().year_theme_en
    albums = Album.objects.live().for_listing()
    assert albums.count() == 4
    assert sorted(album.photo_count for album in albums) == [10, 12, 15, 18]
    assert not Photo.objects.exclude(state=Photo.State.READY).exists()
    # An alert that has ended: in the admin, on no page.
    assert Alert.objects.count() == 1
    assert not Alert.objects.live().exists()
    # Two offices with their week, and days closed both past and ahead.
    assert Office.objects.count() == 2
    assert Hours.objects.filter(kind=Hours.Kind.RECEPTION).exists()
    today = timezone.localdate()
    assert Closure.objects.filter(last_day__lt=today).exists()
    assert Closure.objects.filter(first_day__gt=today).exists()
    assert Closure.objects.exclude(office=None).exists()
    # Service guides, one of them overdue for review, with real PDF forms.
    guides = Guide.objects.live()
    assert guides.count() == 5
    assert [guide.slug for guide in guides if guide.review_overdue] == [
        "passport-for-travel-abroad"
    ]
    assert GuideForm.objects.count() == 3
    # The present head of mission, with a portrait, on the page that
    # presents them; two former ones.
    present = HeadOfMission.objects.get(left_on=None)
    assert present.photo and present.biography_ru
    assert HeadOfMission.objects.exclude(left_on=None).count() == 2
    assert Page.objects.live().filter(presents_head_of_mission=True).count() == 1
    # Events ahead and past, one all day for several days.
    assert Event.objects.upcoming().count() == 3
    assert Event.objects.past().count() == 2
    assert Event.objects.filter(all_day=True).exclude(ends_at=None).exists()
    assert Event.objects.exclude(picture="").count() == 2
    for form in GuideForm.objects.all():
        with form.file.open("rb") as file:
            validate_pdf(file)
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
