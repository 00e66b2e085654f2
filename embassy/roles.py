"""Roles are Django groups made by data migrations, each holding exactly the
permissions of the content it manages. Superusers do everything else."""

from django.contrib.auth.management import create_permissions

ACTIONS = ("add", "change", "delete", "view")


def grant_group(apps, group_name, models_by_app, actions=ACTIONS):
    """Create ``group_name`` (if needed) with the ``actions`` permissions (all
    four unless told) on the given models, e.g. ``{"news": ["article",
    "category"]}``."""
    for app_label, model_names in models_by_app.items():
        codenames = [f"{action}_{model}" for model in model_names for action in actions]
        grant_codenames(apps, group_name, app_label, codenames)


def grant_codenames(apps, group_name, app_label, codenames):
    """Create ``group_name`` (if needed) with the permissions of ``app_label``
    named ``codenames``."""
    # On a fresh database permissions are made only after migrate, by a
    # post_migrate signal: make them now so they can be granted.
    # The migration state's app configs have no models_module; without one
    # create_permissions would skip them.
    app_config = apps.get_app_config(app_label)
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    permissions = Permission.objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    assert permissions.count() == len(codenames), "a permission is missing"
    group.permissions.add(*permissions)


def remove_group(apps, group_name):
    apps.get_model("auth", "Group").objects.filter(name=group_name).delete()
