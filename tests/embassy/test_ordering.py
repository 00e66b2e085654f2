"""Orderable: the number editors give an item decides where it is listed."""

import pytest

from embassy.ordering import Orderable
from gallery.models import Photo
from news.models import Category
from pages.models import LinkGroup, MenuItem, Page, Slide, UsefulLink

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model", [Category, LinkGroup, MenuItem, Page, Photo, Slide, UsefulLink]
)
def test_every_ordered_model_sorts_by_its_order_first(model):
    assert issubclass(model, Orderable)
    assert model._meta.ordering[0] == "order"
    assert model._meta.get_field("order").help_text == "Smaller numbers come first."


def test_equal_numbers_keep_the_order_of_creation():
    second = LinkGroup.objects.create(name_en="Second", order=1)
    first = LinkGroup.objects.create(name_en="First", order=0)
    third = LinkGroup.objects.create(name_en="Third", order=1)
    assert list(LinkGroup.objects.all()) == [first, second, third]


def test_categories_with_equal_numbers_are_alphabetical():
    Category.objects.create(name_en="Tourism", slug="tourism")
    Category.objects.create(name_en="Meetings", slug="meetings")
    Category.objects.create(name_en="Decrees", slug="decrees", order=1)
    names = list(Category.objects.values_list("name", flat=True))
    assert names == ["Meetings", "Tourism", "Decrees"]
