"""The site's search page: every searchable content type, in the visitor's
language, best results first (embassy/search.py does the finding)."""

from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.views.generic import TemplateView

from embassy.pagination import StrictListMixin
from embassy.search import add_snippets, search, words

RESULTS_PER_PAGE = 10
# A query longer than this is cut, and the visitor is told.
MAX_QUERY_LENGTH = 200


class SearchView(StrictListMixin, TemplateView):
    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").replace("\x00", "").strip()
        query = query[:MAX_QUERY_LENGTH]
        hits = search(query) if words(query, get_language()) else []
        paginator, page, results, is_paginated = self.paginate_queryset(
            hits, RESULTS_PER_PAGE
        )
        add_snippets(results, query)
        return super().get_context_data(
            query=query,
            results=results,
            paginator=paginator,
            page_obj=page,
            is_paginated=is_paginated,
            **kwargs,
        )

    def get_paginator(self, hits, per_page):
        return Paginator(hits, per_page)
