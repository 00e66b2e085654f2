from django.db import migrations

from embassy.roles import grant_group, remove_group

GROUP = "Site editors"


def create_group(apps, schema_editor):
    grant_group(
        apps,
        GROUP,
        # The site settings, once in the kernel, are granted where they
        # moved to (0004).
        {"pages": ["page", "menuitem", "slide", "linkgroup", "usefullink"]},
    )


def delete_group(apps, schema_editor):
    remove_group(apps, GROUP)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
