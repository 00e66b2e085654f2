"""The publishing rule, in one place.

Every public content model inherits ``Publishable``; every public view, feed,
sitemap and template tag reads content through ``live()``. Nothing else
decides what a visitor may see, so a draft, a scheduled or an expired item
cannot leak, and scheduled publishing needs no cron job.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .links import LinkField, localize_link
from .pagecache import TrackedQuerySet
from .translated import TranslationDates


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    # Submitted by its author, while the mission reviews (embassy.review).
    SUBMITTED = "submitted", _("Waiting for review")
    PUBLISHED = "published", _("Published")
    # Off every list, still at its address with a notice (Withdrawable).
    WITHDRAWN = "withdrawn", pgettext_lazy("status", "Withdrawn")


def live_condition():
    """The rule of live() as a condition: published, started and not yet
    ended."""
    now = timezone.now()
    return (
        (Q(end_at__isnull=True) | Q(end_at__gt=now))
        & Q(status=Status.PUBLISHED)
        & Q(publish_at__lte=now)
    )


class PublishableQuerySet(TrackedQuerySet):
    def live(self):
        """What a visitor may see now: published, started and not yet ended."""
        return self.filter(live_condition())

    def at_address(self):
        """What a visitor may open at its address: live items, and withdrawn
        ones, which show their notice there and nowhere else."""
        return self.filter(live_condition() | Q(status=Status.WITHDRAWN))


class Publishable(TranslationDates, models.Model):
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status,
        default=Status.DRAFT,
        help_text=_(
            "Drafts are seen only by editors. Choose “Published” when it is "
            "ready; it then appears at the publish time."
        ),
    )
    publish_at = models.DateTimeField(
        _("publish time"),
        default=timezone.now,
        db_index=True,
        help_text=_("When visitors first see it. Set a future time to schedule it."),
    )
    end_at = models.DateTimeField(
        _("end time"),
        null=True,
        blank=True,
        # The page cache asks for the next end time on every change.
        db_index=True,
        help_text=_("Optional: when it disappears from the site again."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Deleting a user must never delete what they wrote.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    # Its review's history goes with it (embassy.review).
    review_steps = GenericRelation("embassy.ReviewStep")

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        # Whether it was shown when loaded: a save that takes it off the
        # site is a withdrawal (embassy.pagecache). Unknown for a row read
        # without its publishing columns, so taken as shown.
        if {"status", "publish_at", "end_at"} <= set(field_names):
            instance.was_live = instance.is_live
            instance.was_withdrawn = instance.is_withdrawn
        if "status" in field_names:
            # What the rules of review judge (embassy.review): the status as
            # stored, whatever a form has set since.
            instance.stored_status = instance.status
        return instance

    @property
    def is_live(self):
        """The rule of live(), for one object in memory (a form being
        validated before anything is saved). A test holds the two equal."""
        now = timezone.now()
        return (
            self.status == Status.PUBLISHED
            and self.publish_at <= now
            and (self.end_at is None or self.end_at > now)
        )

    @property
    def is_withdrawn(self):
        return self.status == Status.WITHDRAWN

    def clean(self):
        super().clean()
        if self.end_at and self.publish_at and self.end_at <= self.publish_at:
            raise ValidationError(
                {"end_at": _("The end time must come after the publish time.")}
            )


class Withdrawable(models.Model):
    """An item with a page of its own that can be withdrawn once published:
    it leaves every list, search, feed and the sitemap, and its page says
    when and why; or its address sends visitors to another page."""

    withdrawn_at = models.DateTimeField(
        _("time of withdrawal"), null=True, blank=True, editable=False
    )
    withdrawal_reason = models.TextField(
        _("reason for withdrawal"),
        blank=True,
        help_text=_(
            "Shown on its page while it is withdrawn, e.g. “Superseded by "
            "the statement of 3 May”."
        ),
    )
    redirect_to = LinkField(
        _("send visitors to"),
        blank=True,
        help_text=_(
            "Optional, while it is withdrawn: a path on this site such as "
            "/news/new-statement/, or a full address. Visitors who open it "
            "are sent there instead of seeing the notice."
        ),
    )

    # A reason written once, in English, does not put the texts' translations
    # out of date (embassy.translated).
    undated_fields = ("withdrawal_reason",)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.is_withdrawn:
            self.withdrawn_at = None
        elif self.withdrawn_at is None:
            self.withdrawn_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def unshown_fields(self):
        """Texts the page does not show now (embassy.translated)."""
        return frozenset() if self.is_withdrawn else {"withdrawal_reason"}

    @property
    def redirect_url(self):
        return localize_link(self.redirect_to) if self.is_withdrawn else ""

    def clean(self):
        super().clean()
        if not self.is_withdrawn:
            return
        shown = getattr(self, "was_live", False) or getattr(
            self, "was_withdrawn", False
        )
        if not shown:
            # A withdrawn item is public at its address: only what visitors
            # have seen may be withdrawn.
            raise ValidationError(
                {
                    "status": _(
                        "Only an item visitors can see now can be withdrawn; "
                        "return it to draft instead."
                    )
                }
            )
        if (
            self.redirect_to
            and localize_link(self.redirect_to) == self.get_absolute_url()
        ):
            raise ValidationError(
                {"redirect_to": _("Visitors would be sent back to where they are.")}
            )
        reason = getattr(self, f"withdrawal_reason_{settings.LANGUAGE_CODE}")
        if not (reason or self.redirect_to):
            raise ValidationError(
                {
                    f"withdrawal_reason_{settings.LANGUAGE_CODE}": _(
                        "Say why it is withdrawn, or where visitors are sent."
                    )
                }
            )


class Noted(models.Model):
    """A text whose changes after publishing visitors are told of: an
    editor changing it while it is live says whether it is a minor
    correction or a change with a note (embassy.models.ChangeNote, made by
    the admin's form), which its page shows, and which moves the date its
    feeds and metadata give as its last change."""

    noted_at = models.DateTimeField(
        _("last noted change"), null=True, blank=True, editable=False
    )
    change_notes = GenericRelation("embassy.ChangeNote")

    class Meta:
        abstract = True

    @cached_property
    def notes(self):
        """Its change notes, newest first, read once for its page."""
        return list(self.change_notes.all()) if self.noted_at else []

    @property
    def changed_at(self):
        """When visitors were last told it changed: a scheduled item is
        saved before it appears, and a minor correction tells nobody."""
        return max(self.publish_at, self.noted_at or self.publish_at)


class PreviewMixin:
    """For detail views: live objects for visitors; every object for users
    who may change it, so that the admin's 'view on site' previews a draft.

    A preview is marked on the page (``is_preview``) and never cached. A
    preview link (embassy.previews) shows its one item to anybody.
    """

    def can_preview(self):
        if self.previewed_item() is not None:
            return True
        # Without a session nobody is signed in: not reading it keeps the
        # page the same for every visitor (no "Vary: Cookie").
        if settings.SESSION_COOKIE_NAME not in self.request.COOKIES:
            return False
        model = self.model
        perm = f"{model._meta.app_label}.change_{model._meta.model_name}"
        return self.request.user.has_perm(perm)

    def previewed_item(self):
        """The item a preview link shows (embassy.previews), if it is one
        of this view's."""
        item = getattr(self.request, "previewed_item", None)
        return item if isinstance(item, self.model) else None

    def get_queryset(self):
        queryset = super().get_queryset()
        item = self.previewed_item()
        if item is not None:
            return queryset.filter(pk=item.pk)
        return queryset if self.can_preview() else queryset.at_address()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = not (self.object.is_live or self.object.is_withdrawn)
        return context

    def render_to_response(self, context, **response_kwargs):
        redirect_url = getattr(self.object, "redirect_url", "")
        # A preview link shows the item itself, notice and all.
        if redirect_url and self.previewed_item() is None:
            # Temporary: an editor may correct the address or publish the
            # item again, which a browser's cached permanent one would hide.
            return redirect(redirect_url)
        response = super().render_to_response(context, **response_kwargs)
        if context.get("is_preview"):
            add_never_cache_headers(response)
        return response
