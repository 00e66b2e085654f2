from django.db import migrations

from embassy.roles import grant_group

GROUP = "Site editors"


def grant(apps, schema_editor):
    grant_group(apps, GROUP, {"pages": ["headofmission"]})


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="pages", content_type__model="headofmission"
    )
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0014_head_of_mission"),
        ("pages", "0011_reviewers_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
