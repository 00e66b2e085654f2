from django.views.generic import DetailView, ListView

from embassy.pagination import StrictListMixin
from embassy.publishing import PreviewMixin

from .models import Album


class AlbumListView(StrictListMixin, ListView):
    model = Album
    paginate_by = 12

    def get_queryset(self):
        return Album.objects.live().for_listing()


class AlbumDetailView(StrictListMixin, PreviewMixin, DetailView):
    """An album, its photos a page at a time: an album of several hundred
    costs what one page of them does."""

    model = Album
    photos_per_page = 60

    def get_context_data(self, **kwargs):
        paginator, page, photos, is_paginated = self.paginate_queryset(
            self.object.photos.ready(), self.photos_per_page
        )
        return super().get_context_data(
            photos=photos,
            paginator=paginator,
            page_obj=page,
            is_paginated=is_paginated,
            **kwargs,
        )
