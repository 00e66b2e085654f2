from django.db import migrations

from embassy.roles import grant_group

GROUP = "Reviewers"


def create_group(apps, schema_editor):
    grant_group(apps, GROUP, {"gallery": ["album"]}, actions=("view", "change"))


class Migration(migrations.Migration):
    dependencies = [
        ("gallery", "0009_review"),
        ("embassy", "0009_reviewers_group"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
