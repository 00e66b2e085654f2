from django.db.models import Prefetch
from django.http import Http404
from django.views.generic import DetailView, ListView, TemplateView

from embassy.publishing import PreviewMixin

from .models import MAX_LIVE_SLIDES, HeadOfMission, LinkGroup, Page, Slide, UsefulLink

HOME_LINKS = 12


class HomeView(TemplateView):
    template_name = "pages/home.html"

    """The carousel, the theme of the year and the useful links; the latest
    news and albums come from their apps' template tags."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            slides=Slide.objects.live()[:MAX_LIVE_SLIDES],
            home_links=UsefulLink.objects.live().filter(show_on_home=True)[:HOME_LINKS],
            **kwargs,
        )


class PageDetailView(PreviewMixin, DetailView):
    """A static page at its path. It is shown only if every page above it
    may be shown too: a draft section hides its pages from visitors."""

    model = Page
    slug_field = "path"
    slug_url_kwarg = "path"

    def get_object(self, queryset=None):
        page = super().get_object(queryset)
        # Editors and preview links see a page under its section, published
        # or not; visitors only under live pages (not withdrawn ones).
        visible = Page.objects.all() if self.can_preview() else Page.objects.live()
        self.ancestors = list(
            visible.filter(path__in=page.ancestor_paths).order_by("path")
        )
        if len(self.ancestors) != len(page.ancestor_paths):
            raise Http404
        return page

    def get_context_data(self, **kwargs):
        section = self.ancestors[0] if self.ancestors else self.object
        # What visitors see, also for an editor previewing a draft.
        section_pages = Page.objects.live().filter(parent=section, show_in_menu=True)
        context = super().get_context_data(
            ancestors=self.ancestors,
            section=section,
            section_pages=section_pages,
            **kwargs,
        )
        context["is_preview"] = context["is_preview"] or any(
            not ancestor.is_live for ancestor in self.ancestors
        )
        if self.object.presents_head_of_mission:
            heads = list(HeadOfMission.objects.all())
            present = next((head for head in heads if head.left_on is None), None)
            context["head_of_mission"] = present
            context["former_heads"] = [head for head in heads if head is not present]
        return context


class LinkListView(ListView):
    """Every live useful link, by group."""

    template_name = "pages/link_list.html"
    context_object_name = "groups"

    def get_queryset(self):
        live_links = Prefetch(
            "links", queryset=UsefulLink.objects.live(), to_attr="live_links"
        )
        return LinkGroup.objects.prefetch_related(live_links)
