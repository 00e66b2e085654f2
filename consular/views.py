from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from embassy.publishing import PreviewMixin

from .models import Guide


class GuideListView(ListView):
    """Every live guide, grouped by kind in the kinds' order."""

    template_name = "consular/guide_list.html"
    context_object_name = "guides"

    def get_queryset(self):
        kinds = list(Guide.Kind.values)
        guides = Guide.objects.live()
        return sorted(guides, key=lambda g: (kinds.index(g.kind), g.order, g.pk))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        labels = dict(Guide.Kind.choices)
        groups = {}
        for guide in context["guides"]:
            groups.setdefault(guide.kind, []).append(guide)
        context["groups"] = [
            (kind, labels[kind], items) for kind, items in groups.items()
        ]
        return context


class GuideDetailView(PreviewMixin, DetailView):
    model = Guide
    template_name = "consular/guide_detail.html"
    context_object_name = "guide"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("documents", "fees", "forms")


class FormDownloadView(GuideDetailView):
    """A guide's form, only while the guide may be seen: a draft's forms
    are not public either. Sent as a download, with its type."""

    def get_queryset(self):
        # Editors may download a draft's forms; visitors only a live guide's
        # (not a withdrawn one's, as the page itself would show).
        queryset = super().get_queryset()
        return queryset if self.can_preview() else queryset.live()

    def get(self, request, *args, **kwargs):
        guide = self.get_object()
        form = get_object_or_404(guide.forms, pk=kwargs["form_pk"])
        try:
            file = form.file.open("rb")
        except FileNotFoundError as missing:
            raise Http404("The form's file is missing.") from missing
        return FileResponse(
            file,
            as_attachment=True,
            filename=form.download_name,
            content_type="application/pdf",
        )
