from django.db import migrations

from embassy.roles import grant_group

# Press officers announce the mission's events; reviewers publish or send
# back an event submitted for review, as every text.
EDITORS = "Press officers"
REVIEWERS = "Reviewers"


def grant(apps, schema_editor):
    grant_group(apps, EDITORS, {"events": ["event"]})
    grant_group(apps, REVIEWERS, {"events": ["event"]}, actions=("view", "change"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="events")
    for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_search"),
        ("news", "0012_reviewers_group"),
        ("embassy", "0009_reviewers_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
