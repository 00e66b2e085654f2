"""Lists that say what they did not understand: list views, and the photos
of an album's page.

A value in the query string that is not understood answers 400 with the
list (built from the values that were understood) and a message naming it;
a page past the end answers 404. Views add their own messages to
``bad_input`` while they build the list.
"""

import re

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from . import pagecache


class StrictListMixin:
    def get(self, request, *args, **kwargs):
        self.bad_input = []
        response = super().get(request, *args, **kwargs)
        if self.bad_input:
            response.status_code = 400
        return response

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = Paginator(queryset, per_page, **kwargs)
        # Counting 100,000 live articles is a list's slowest query: the
        # count of each list is remembered until the content changes it.
        query = self.request.GET.copy()
        query.pop("page", None)
        name = f"count {self.request.path}?{query.urlencode()}"
        paginator.count = pagecache.remembered(name, lambda: paginator.count)
        return paginator

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
        return super().get_context_data(
            bad_input=self.bad_input, query_without_page=query.urlencode(), **kwargs
        )
