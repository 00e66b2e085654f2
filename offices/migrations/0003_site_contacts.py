from django.db import migrations

# The contacts that the site settings held as free text become the first
# office; the free-text opening hours become its note, to be entered as
# weekly hours (the footer shows them once they are).
NAME = {"en": "Mission", "ru": "Представительство", "uz": "Vakolatxona"}
LANGUAGES = ("en", "ru", "uz")


def move(apps, schema_editor):
    SiteSettings = apps.get_model("pages", "SiteSettings")
    Office = apps.get_model("offices", "Office")
    site = SiteSettings.objects.filter(pk=1).first()
    if site is None or Office.objects.exists():
        return
    texts = [site.phones, site.email] + [
        getattr(site, f"{field}_{code}") or ""
        for field in ("address", "opening_hours")
        for code in LANGUAGES
    ]
    if not any(texts):
        return
    office = Office(phones=site.phones, email=site.email)
    for code in LANGUAGES:
        setattr(office, f"name_{code}", NAME[code])
        setattr(office, f"address_{code}", getattr(site, f"address_{code}") or "")
        setattr(office, f"note_{code}", getattr(site, f"opening_hours_{code}") or "")
    office.name = office.name_en
    office.address = office.address_en
    office.note = office.note_en
    office.save()


def move_back(apps, schema_editor):
    SiteSettings = apps.get_model("pages", "SiteSettings")
    Office = apps.get_model("offices", "Office")
    site = SiteSettings.objects.filter(pk=1).first()
    office = Office.objects.order_by("order", "pk").first()
    if site is None or office is None:
        return
    site.phones, site.email = office.phones, office.email
    for code in LANGUAGES:
        setattr(site, f"address_{code}", getattr(office, f"address_{code}"))
        setattr(site, f"opening_hours_{code}", getattr(office, f"note_{code}"))
    site.address, site.opening_hours = site.address_en, site.opening_hours_en
    site.save()


class Migration(migrations.Migration):
    dependencies = [
        ("offices", "0002_roles"),
        ("pages", "0011_reviewers_group"),
    ]

    operations = [migrations.RunPython(move, move_back)]
