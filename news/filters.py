"""The filters of the public news list: category, text and a date range."""

import datetime

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from django_filters.fields import DateRangeField

from embassy.search import matching

from .models import Article, Category


def visible_categories(request):
    return Category.objects.visible()


class ArchiveDateRangeField(DateRangeField):
    """Dates a news archive can hold. Far-off years would overflow when
    converted to UTC; they are refused as not understood instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields:
            field.validators = [
                MinValueValidator(datetime.date(1900, 1, 1)),
                MaxValueValidator(datetime.date(2999, 12, 31)),
            ]

    def compress(self, data_list):
        if data_list and all(data_list) and data_list[0] > data_list[1]:
            raise ValidationError(
                _("The first date comes after the second."), code="reversed_dates"
            )
        return super().compress(data_list)


class ArchiveDateRangeFilter(django_filters.DateFromToRangeFilter):
    field_class = ArchiveDateRangeField


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="search",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Category"),
        # Called for each request: which categories are visible changes
        # with the time, as articles go live.
        queryset=visible_categories,
        to_field_name="slug",
        empty_label=_("All categories"),
    )
    # Named "date", so the query string says ?date_after=…&date_before=…
    date = ArchiveDateRangeFilter(
        label=_("Published between"),
        field_name="publish_at",
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )

    class Meta:
        model = Article
        fields = ("q", "category", "date")

    def search(self, queryset, name, value):
        # The site search's engine, in the visitor's language: the list stays
        # newest first.
        return matching(queryset, value, ranked=False)
