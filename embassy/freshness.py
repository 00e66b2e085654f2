"""Translation freshness in the admin: each item's state per language (a
column, a filter), the actions that mark translations current once checked,
and the page of every content type's coverage per language. The states
themselves are dated by ``embassy.translated.TranslationDates``."""

from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .translated import State, TranslationDates, edited_column, translated_languages


def language_name(code):
    return dict(settings.LANGUAGES)[code]


class TranslationFilter(admin.SimpleListFilter):
    title = gettext_lazy("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            (f"{code}-{state}", f"{language_name(code)}: {label}")
            for code in translated_languages()
            for state, label in State.choices
        ]

    def queryset(self, request, queryset):
        code, _dash, state = (self.value() or "").partition("-")
        if code in translated_languages() and state in State.values:
            return queryset.filter(queryset.model.in_state(code, state))
        return None


def translation_states(item):
    return format_html_join(
        ", ",
        '<span class="translation-state translation-state--{}">{}: {}</span>',
        (
            (state, code.upper(), State(state).label)
            for code in translated_languages()
            for state in [item.translation_state(code)]
        ),
    )


def mark_current_actions():
    """An action per translated language: its texts of the chosen items,
    checked against the default language's, are current again."""

    def action_for(code):
        def mark_current(model_admin, request, queryset):
            outdated = queryset.filter(queryset.model.in_state(code, State.OUTDATED))
            count = outdated.update(**{edited_column(code): timezone.now()})
            model_admin.message_user(
                request,
                ngettext(
                    "%(count)d %(language)s translation marked current.",
                    "%(count)d %(language)s translations marked current.",
                    count,
                )
                % {"count": count, "language": language_name(code)},
                messages.SUCCESS,
            )

        return mark_current

    actions = {}
    for code in translated_languages():
        description = _(
            "Mark the %(language)s texts of the selected items as current"
        ) % {"language": language_name(code)}
        actions[f"mark_{code}_current"] = admin.Action(
            func=action_for(code),
            name=f"mark_{code}_current",
            description=description,
            plural_description=description,
            locations=[admin.ActionLocation.CHANGE_LIST],
        )
    return actions


def coverage_view(admin_site, request):
    """How many items of each content type the user may see are current,
    out of date and missing, per translated language: one query a type."""
    rows = []
    for model, model_admin in admin_site._registry.items():
        if not issubclass(model, TranslationDates):
            continue
        if not model_admin.has_view_or_change_permission(request):
            continue
        counts = model._base_manager.aggregate(
            total=Count("pk"),
            **{
                f"{code}_{state}": Count("pk", filter=model.in_state(code, state))
                for code in translated_languages()
                for state in State.values
            },
        )
        changelist = reverse(
            f"{admin_site.name}:{model._meta.app_label}_{model._meta.model_name}_changelist"
        )
        rows.append(
            {
                "name": model._meta.verbose_name_plural,
                "url": changelist,
                "total": counts["total"],
                "languages": [
                    [
                        (
                            counts[f"{code}_{state}"],
                            f"{changelist}?translation={code}-{state}",
                        )
                        for state in State.values
                    ]
                    for code in translated_languages()
                ],
            }
        )
    rows.sort(key=lambda row: str(row["name"]))
    context = {
        **admin_site.each_context(request),
        "title": _("Translations"),
        "languages": [language_name(code) for code in translated_languages()],
        "states": [label for _value, label in State.choices],
        "rows": rows,
        "columns": 2 + len(translated_languages()) * len(State.values),
    }
    request.current_app = admin_site.name
    return TemplateResponse(request, "admin/embassy/translations.html", context)
