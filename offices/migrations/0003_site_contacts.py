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
    if site is None:
        return
    texts = {
        field: {code: text(site, field, code) for code in LANGUAGES}
        for field in ("address", "opening_hours")
    }
    moved = [site.phones, site.email]
    moved += [value for by_language in texts.values() for value in by_language.values()]
    if not any(moved):
        return
    # The offices' table is new: this is its first row.
    office = Office(phones=site.phones or "", email=site.email or "")
    for code in LANGUAGES:
        setattr(office, f"name_{code}", NAME[code])
        setattr(office, f"address_{code}", texts["address"][code])
        setattr(office, f"note_{code}", texts["opening_hours"][code])
    office.name = office.name_en
    office.address = office.address_en
    office.note = office.note_en
    office.save()


def text(site, field, code):
    """A translated field's text in one language; in English, the field's
    own column when the language's is empty (a row from before the field
    was translated)."""
    value = getattr(site, f"{field}_{code}") or ""
    if not value and code == "en":
        value = getattr(site, field) or ""
    return value


def move_back(apps, schema_editor):
    SiteSettings = apps.get_model("pages", "SiteSettings")
    Office = apps.get_model("offices", "Office")
    site = SiteSettings.objects.filter(pk=1).first()
    office = Office.objects.order_by("order", "pk").first()
    if site is None or office is None:
        return
    # The first office's contacts go back; the site settings held no more.
    site.phones, site.email = office.phones, office.email
    for code in LANGUAGES:
        setattr(site, f"address_{code}", getattr(office, f"address_{code}") or "")
        setattr(site, f"opening_hours_{code}", getattr(office, f"note_{code}") or "")
    site.address, site.opening_hours = site.address_en, site.opening_hours_en
    site.save()


class Migration(migrations.Migration):
    dependencies = [
        ("offices", "0002_roles"),
        ("pages", "0011_reviewers_group"),
    ]

    operations = [migrations.RunPython(move, move_back)]
