from django.db import migrations

from embassy.roles import grant_codenames, remove_group

GROUP = "Reviewers"


def create_group(apps, schema_editor):
    """The head of mission, the press secretary: they publish what authors
    submit, while the mission reviews texts (embassy.review). Each content
    app gives the group the view and change of its own texts."""
    grant_codenames(apps, GROUP, "embassy", ["review"])


def delete_group(apps, schema_editor):
    remove_group(apps, GROUP)


class Migration(migrations.Migration):
    dependencies = [
        ("embassy", "0008_review"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
