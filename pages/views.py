from django.views.generic import TemplateView

from news.models import Article


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        latest = (
            Article.objects.live().for_listing().order_by("-featured", "-publish_at")
        )
        return super().get_context_data(latest_articles=latest[:6], **kwargs)
