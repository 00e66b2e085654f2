from django.shortcuts import get_object_or_404
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
            self.category = get_object_or_404(Category, slug=kwargs["slug"])
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
