import datetime

from offices.models import Closure, Hours, Office

WEEKDAYS = range(5)  # Monday to Friday


def hours(*ranges, days=WEEKDAYS, kind=Hours.Kind.OPENING, office=None):
    """Weekly hours ("9:00", "13:00"), each range on each of ``days``;
    unsaved without an ``office``."""
    made = [
        Hours(
            office=office,
            kind=kind,
            weekday=day,
            opens=datetime.time.fromisoformat(f"{opens:0>5}"),
            closes=datetime.time.fromisoformat(f"{closes:0>5}"),
        )
        for day in days
        for opens, closes in ranges
    ]
    if office is not None:
        Hours.objects.bulk_create(made)
    return made


def closure(
    first_day, reason="Independence Day", last_day=None, office=None, save=False
):
    """A closure whose reason is ``reason`` in English and marked in the
    other languages, to tell them apart."""
    item = Closure(
        office=office,
        first_day=datetime.date.fromisoformat(first_day),
        last_day=datetime.date.fromisoformat(last_day or first_day),
        reason_en=reason,
        reason_ru=f"{reason} (ru)",
        reason_uz=f"{reason} (uz)",
    )
    if save:
        item.full_clean()
        item.save()
    return item


def make_office(name="Chancery", order=0, **fields):
    values = {
        "name_en": name,
        "name_ru": f"{name} (ru)",
        "address_en": "Rue de Varembé 3\n1202 Geneva",
        "phones": "+41 22 000 00 00, +41 22 000 00 01",
        "email": "mission@example.org",
        "order": order,
        **fields,
    }
    office = Office(**values)
    office.full_clean()
    office.save()
    return office
