from django.db import migrations

from embassy.roles import grant_group

GROUP = "Reviewers"


def create_group(apps, schema_editor):
    grant_group(apps, GROUP, {"news": ["article"]}, actions=("view", "change"))
    # For the article form's choice of category.
    grant_group(apps, GROUP, {"news": ["category"]}, actions=("view",))


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0011_review"),
        ("embassy", "0009_reviewers_group"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
