"""Fill the site with demo content, for trying it out.

Idempotent: what exists already (matched by slug or user name) is left as it
is, so the command can run again without harm. Each app contributes its own
content through a ``demo`` module with a ``load(stdout)`` function. Refuses
to run under production settings.
"""

import importlib
import importlib.util

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

DEMO_USERS = [
    # user name, password, superuser, groups
    ("admin", "embassy-admin", True, []),
    ("press", "embassy-press", False, ["Press officers"]),
]


class Command(BaseCommand):
    help = "Load demo content and demo users (not under production settings)."

    def handle(self, *args, **options):
        if settings.IS_PRODUCTION:
            raise CommandError(
                "Demo content is never loaded under production settings."
            )
        with transaction.atomic():
            users = self.create_users()
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if importlib.util.find_spec(module_name) is None:
                    continue
                importlib.import_module(module_name).load(self.stdout)
        self.stdout.write(
            self.style.SUCCESS("Demo content is ready. Log in at /admin/ as:")
        )
        for name, password, superuser, groups in users:
            role = "administrator" if superuser else ", ".join(groups)
            self.stdout.write(f"  {name} / {password}  ({role})")

    def create_users(self):
        User = get_user_model()
        for name, password, superuser, groups in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=name,
                defaults={"is_staff": True, "is_superuser": superuser},
            )
            if created:
                user.set_password(password)
                user.save()
                user.groups.set(Group.objects.filter(name__in=groups))
        return DEMO_USERS
