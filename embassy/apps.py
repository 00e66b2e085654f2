from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, pre_save
from django.utils.translation import gettext_lazy as _


class EmbassyConfig(AppConfig):
    name = "embassy"
    verbose_name = _("Site")

    def ready(self):
        from .images import ImageField, delete_files_of_deleted, remember_replaced_files

        # Uploads leave storage with the item that held them, or when replaced.
        for model in apps.get_models():
            if any(isinstance(field, ImageField) for field in model._meta.fields):
                post_delete.connect(delete_files_of_deleted, sender=model)
                pre_save.connect(remember_replaced_files, sender=model)
