from django.db import migrations

from embassy.roles import grant_group, remove_group

GROUP = "Gallery editors"


def create_group(apps, schema_editor):
    grant_group(apps, GROUP, {"gallery": ["album", "photo"]})


def delete_group(apps, schema_editor):
    remove_group(apps, GROUP)


class Migration(migrations.Migration):
    dependencies = [
        ("gallery", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
