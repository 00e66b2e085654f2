from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from embassy.pagination import StrictListMixin
from embassy.publishing import PreviewMixin

from .models import Album, Photo


class AlbumListView(StrictListMixin, ListView):
    model = Album
    paginate_by = 12

    def get_queryset(self):
        return Album.objects.live().for_listing()


class AlbumDetailView(PreviewMixin, DetailView):
    model = Album

    def get_queryset(self):
        photos = Prefetch(
            "photos", queryset=Photo.objects.ready(), to_attr="ready_photos"
        )
        return super().get_queryset().prefetch_related(photos)
