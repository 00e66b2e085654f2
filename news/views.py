import re

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from embassy.publishing import PreviewMixin

from .filters import ArticleFilter
from .models import Article, Category


class ArticleListView(ListView):
    """The news list, all of it or one category's, filtered by the query
    string. A value that is not understood answers 400 with the list
    filtered by the values that were, and says which one it was."""

    model = Article
    paginate_by = 12
    category = None

    def get(self, request, *args, **kwargs):
        if "slug" in kwargs:
            self.category = get_object_or_404(Category, slug=kwargs["slug"])
        self.bad_input = []
        response = super().get(request, *args, **kwargs)
        if self.bad_input:
            response.status_code = 400
        return response

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

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        number = self.request.GET.get("page", "1")
        if not re.fullmatch(r"[0-9]+", number) or not number.strip("0"):
            self.bad_input.append(
                _("Page: “%(value)s” is not a page number.") % {"value": number[:20]}
            )
            number = "1"
        # A number too long to be a page is past the end like any other.
        if len(number) > 9 or int(number) > paginator.num_pages:
            raise Http404(_("There is no such page."))
        page = paginator.page(int(number))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        # ?category=<slug> shows the category's page; its path is canonical.
        category = self.category or self.filterset.form.cleaned_data.get("category")
        return super().get_context_data(
            category=category,
            filter_form=self.filterset.form,
            bad_input=self.bad_input,
            query_without_page=query.urlencode(),
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
