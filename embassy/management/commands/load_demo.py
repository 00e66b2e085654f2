"""Fill the site with demo content, for trying it out.

Idempotent: what exists already (matched by slug or user name) is left as it
is, so the command can run again without harm. The content is the data in
embassy/demo/, loaded by embassy.demo.load. Refuses to run under production
settings or with DEBUG off.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from embassy.demo import load

DEMO_USERS = [
    # user name, password, superuser, groups
    ("admin", "embassy-admin", True, []),
    ("press", "embassy-press", False, ["Press officers"]),
    ("editor", "embassy-editor", False, ["Site editors"]),
    ("photos", "embassy-photos", False, ["Gallery editors"]),
    ("ambassador", "embassy-ambassador", False, ["Reviewers"]),
]


class Command(BaseCommand):
    help = "Load demo content and demo users (only when trying the site out)."

    def handle(self, *args, **options):
        # DEBUG is on only when trying the site out: a server that has
        # DATABASE_URL set but forgot its settings module is refused too.
        if settings.IS_PRODUCTION or not settings.DEBUG:
            raise CommandError(
                "Demo content is never loaded under production settings, "
                "nor with DEBUG off."
            )
        with transaction.atomic():
            users = self.create_users()
            # In this order: the press officer writes the articles, a menu
            # item may lead to a news category, the year's banner to a page.
            load.news(self.stdout)
            pages = load.pages(self.stdout)
            load.site_settings(self.stdout, pages)
            load.gallery(self.stdout)
            load.alerts(self.stdout)
            load.offices(self.stdout)
            load.consular(self.stdout)
            load.heads(self.stdout)
            load.events(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        if users:
            self.stdout.write("Log in at /admin/ as:")
        for name, password, superuser, groups in users:
            role = "administrator" if superuser else ", ".join(groups)
            self.stdout.write(f"  {name} / {password}  ({role})")

    def create_users(self):
        """The demo logins, made only in a database without real users, so
        that a known password never lands beside them."""
        User = get_user_model()
        demo_names = [name for name, *_rest in DEMO_USERS]
        if User.objects.exclude(username__in=demo_names).exists():
            self.stdout.write("This database has its own users: no demo logins made.")
            return []
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
