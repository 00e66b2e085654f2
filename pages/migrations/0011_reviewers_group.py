from django.db import migrations

from embassy.roles import grant_group

GROUP = "Reviewers"


def create_group(apps, schema_editor):
    grant_group(
        apps,
        GROUP,
        {"pages": ["page", "slide", "usefullink"]},
        actions=("view", "change"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0010_review"),
        ("embassy", "0009_reviewers_group"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
