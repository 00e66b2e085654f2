import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format
from django.views.generic import DetailView, ListView

from embassy.pagination import StrictListMixin
from embassy.publishing import PreviewMixin

from .filters import ArticleFilter
from .models import Article, Category


class ArticleListView(StrictListMixin, ListView):
    """The news list, all of it or one category's, filtered by the query
    string. A value that is not understood answers 400 with the list
    filtered by the values that were, and says which one it was."""

    model = Article
    paginate_by = 12
    category = None

    def get(self, request, *args, **kwargs):
        if "slug" in kwargs:
            self.category = get_object_or_404(
                Category.objects.visible(), slug=kwargs["slug"]
            )
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        data = self.request.GET.copy()
        if self.category:
            data["category"] = self.category.slug
        self.filterset = ArticleFilter(
            data, queryset=Article.objects.live().for_listing()
        )
        for name, errors in self.filterset.errors.items():
            label = self.filterset.form.fields[name].label
            self.bad_input.extend(f"{label}: {error}" for error in errors)
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        # ?category=<slug> shows the category's page; its path is canonical.
        form = self.filterset.form
        category = self.category or form.cleaned_data.get("category")
        # The date fields show back only what was understood as a date.
        dates = form.cleaned_data.get("date")
        return super().get_context_data(
            date_after=dates.start.date() if dates and dates.start else None,
            date_before=dates.stop.date() if dates and dates.stop else None,
            category=category,
            filter_form=self.filterset.form,
            **kwargs,
        )


class ArticleArchiveView(StrictListMixin, ListView):
    """The live news of one year or one month, newest first.

    A period is the visitor's, in the site's time zone: an article
    published at 23:30 on 31 January in Tashkent is January's news, though
    it is 18:30 in UTC. A period without live news, or one no calendar has,
    is a 404."""

    model = Article
    paginate_by = 12
    template_name = "news/article_archive.html"

    def get(self, request, *args, year, month=None, **kwargs):
        # The period and the next one must both be dates that convert to
        # UTC, whatever the time zone: years 2 to 9998.
        if not datetime.MINYEAR < year < datetime.MAXYEAR:
            raise Http404
        if month is not None and not 1 <= month <= 12:
            raise Http404
        self.year, self.month = year, month
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        start = datetime.datetime(self.year, self.month or 1, 1)
        if self.month is None or self.month == 12:
            end = start.replace(year=self.year + 1, month=1)
        else:
            end = start.replace(month=self.month + 1)
        # A range of the indexed column, its ends in local time: a __month
        # lookup would extract the month of every row instead.
        return (
            Article.objects.live()
            .for_listing()
            .filter(
                publish_at__gte=timezone.make_aware(start),
                publish_at__lt=timezone.make_aware(end),
            )
            .order_by("-publish_at", "-pk")
        )

    def paginate_queryset(self, queryset, page_size):
        paginated = super().paginate_queryset(queryset, page_size)
        if not paginated[0].count:
            raise Http404
        return paginated

    def get_context_data(self, **kwargs):
        # The month's name in the visitor's language, as its date formats
        # write a month of a year ("March 2026", "Март 2026 г.").
        name = (
            date_format(datetime.date(self.year, self.month, 1), "YEAR_MONTH_FORMAT")
            if self.month
            else str(self.year)
        )
        return super().get_context_data(
            year=self.year, month=self.month, period_name=name, **kwargs
        )


class ArticleDetailView(PreviewMixin, DetailView):
    model = Article

    def get_queryset(self):
        return super().get_queryset().select_related("category")

    def get_context_data(self, **kwargs):
        related = (
            Article.objects.live()
            .for_listing()
            .filter(category=self.object.category_id)
            .exclude(pk=self.object.pk)[:3]
        )
        return super().get_context_data(related_articles=related, **kwargs)
