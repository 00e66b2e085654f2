"""Review before publishing, when the mission turns it on (a site setting,
off by default, so that a one-person office is not slowed).

While it is on, an author (anyone without the permission ``embassy.review``)
cannot publish: they submit a text ("Waiting for review"), and a reviewer
(the Reviewers role: the head of mission, the press secretary) publishes it
or sends it back to draft with a comment. Nobody approves their own
submission; a reviewer may publish urgently, without review, which is
recorded. Each step is a ReviewStep in the item's history, and mailed: a
submission to the reviewers, a decision to whoever submitted.

The rules hold in the change form, the list's bulk actions and any POST
made by hand, since all of them go through ``refusal``.
"""

from urllib.parse import urljoin

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from .models import ReviewStep
from .publishing import Status

Kind = ReviewStep.Kind

_required = None


RESERVED = gettext_noop(
    "It is on the site, and texts are reviewed before they are published: "
    "only a reviewer changes it, withdraws it or takes it off the site."
)


def required_when(check):
    """Say where the mission's choice is read (a callable): the kernel
    knows no site settings of its own."""
    global _required
    _required = check


def required(model=None):
    """Whether texts are reviewed now; of ``model`` (a class or an item),
    unless its kind says it cannot wait (``reviewed = False``)."""
    if model is not None and not getattr(model, "reviewed", True):
        return False
    return bool(_required and _required())


def is_reviewer(user):
    return user.has_perm("embassy.review")


def reserves(item, user):
    """Whether changes to ``item``, shown to visitors (live, or withdrawn at
    its address), are a reviewer's and not ``user``'s."""
    return (
        required(item) and not is_reviewer(user) and (item.is_live or item.is_withdrawn)
    )


def steps(item):
    return ReviewStep.objects.filter(
        content_type=ContentType.objects.get_for_model(item), object_id=item.pk
    ).select_related("user")


def stored_status(item):
    """The item's status as stored, whatever a form has set since (and, in
    a restore, as it was before the old revision was written)."""
    if item.pk is None:
        return Status.DRAFT
    return getattr(item, "stored_status", item.status)


def submission(item):
    """The step that put the item in review, if it is there."""
    if stored_status(item) != Status.SUBMITTED:
        return None
    return steps(item).filter(kind=Kind.SUBMITTED).first()


def refusal(item, status, user, urgent=False):
    """Why ``user`` may not give ``item`` (as stored) the ``status``, or
    None; with the step it makes, as (refusal, kind of step or None)."""
    stored = stored_status(item)
    if not required(item):
        return None, None
    if not is_reviewer(user):
        if getattr(item, "was_live", False) or stored == Status.WITHDRAWN:
            # On the site (or at its address, withdrawn): changing it, or
            # taking it off, is a reviewer's decision.
            return gettext(RESERVED), None
        if status in (Status.PUBLISHED, Status.WITHDRAWN):
            return (
                gettext(
                    "Texts are reviewed before they are published: choose "
                    "“Waiting for review”, and a reviewer publishes it."
                ),
                None,
            )
        if status == Status.SUBMITTED and stored != Status.SUBMITTED:
            return None, Kind.SUBMITTED
        return None, None
    # A withdrawn text was reviewed when it was published, and changed
    # since by reviewers only: published again, it needs no new review.
    if status == Status.PUBLISHED and stored not in (
        Status.PUBLISHED,
        Status.WITHDRAWN,
    ):
        if urgent:
            return None, Kind.URGENT
        submitted = submission(item)
        if submitted is None:
            return (
                gettext(
                    "It has not been reviewed: submit it for review, or tick "
                    "“Publish without review” if it cannot wait."
                ),
                None,
            )
        if submitted.user_id == user.pk:
            return (
                gettext(
                    "You submitted it: another reviewer approves it, or tick "
                    "“Publish without review” if it cannot wait."
                ),
                None,
            )
        return None, Kind.APPROVED
    if status == Status.SUBMITTED and stored != Status.SUBMITTED:
        return None, Kind.SUBMITTED
    if stored == Status.SUBMITTED and status == Status.DRAFT:
        submitted = submission(item)
        if submitted is not None and submitted.user_id != user.pk:
            return None, Kind.RETURNED
    return None, None


class ReviewedForm(forms.ModelForm):
    """The change form's part of the review: the statuses its user may
    choose, the rules on saving, a comment for the other side, and a
    reviewer's urgent publishing. ``user`` is set by the admin."""

    user = None
    # The step the save makes, once the form is valid, if it makes one.
    review_step = None

    review_comment = forms.CharField(
        label=_("Comment"),
        help_text=_(
            "For its author, when you send it back to draft (required then); "
            "for the other reviewers, when you submit it."
        ),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    publish_urgently = forms.BooleanField(
        label=_("Publish without review"),
        help_text=_(
            "Only for a text that cannot wait: it is published now and its "
            "history records that it skipped review."
        ),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is None or self.user is None:
            return
        stored = stored_status(self.instance)
        offered = {Status.DRAFT, Status.PUBLISHED, stored}
        if getattr(self.instance, "was_live", False):
            offered.add(Status.WITHDRAWN)  # only what visitors can see
        reviewed = required(self.instance)
        if reviewed:
            offered.add(Status.SUBMITTED)
            if not is_reviewer(self.user):
                offered -= {Status.PUBLISHED, Status.WITHDRAWN} - {stored}
        status.choices = [choice for choice in status.choices if choice[0] in offered]
        if reviewed and not is_reviewer(self.user):
            status.help_text = _(
                "Texts are reviewed before they are published: choose “Waiting "
                "for review” when it is ready, and a reviewer publishes it."
            )
            self.fields["review_comment"].help_text = _(
                "Optional: for the reviewers, when you submit it."
            )

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status is None or self.user is None:
            return cleaned
        reason, step = refusal(
            self.instance, status, self.user, cleaned.get("publish_urgently")
        )
        if reason:
            self.add_error("status", reason)
        elif step == Kind.RETURNED and not cleaned.get("review_comment"):
            self.add_error(
                "review_comment", gettext("Say why it goes back to its author.")
            )
        elif step is None and cleaned.get("review_comment"):
            # Nobody would read it.
            self.add_error(
                "review_comment",
                gettext(
                    "A comment goes with a text submitted for review or sent "
                    "back: choose that status, or clear the comment."
                ),
            )
        else:
            self.review_step = step
        return cleaned


def fieldset(user):
    fields = ["review_history", "review_comment"]
    if is_reviewer(user):
        fields.insert(1, "publish_urgently")
    return (_("Review"), {"fields": fields})


def record(item, kind, user, comment="", link=""):
    """Keep the step in the item's history, and mail whom it concerns once
    it is committed (``link``: the item's address in the admin)."""
    step = ReviewStep.objects.create(item=item, kind=kind, user=user, comment=comment)
    from .tasks import send_review_mail

    transaction.on_commit(lambda: send_review_mail.enqueue(step.pk, link))
    return step


def told(kind):
    """What the person who made a step is told of it."""
    return {
        Kind.SUBMITTED: gettext("Submitted for review: the reviewers are told."),
        Kind.RETURNED: gettext(
            "Sent back to draft: its author is told, with your comment."
        ),
        Kind.APPROVED: gettext("Published after review: its author is told."),
        Kind.URGENT: gettext(
            "Published without review, as urgent: its history says so."
        ),
    }[kind]


def reviewers():
    """Whom a submission is mailed to: the active users given the
    permission to review, by a group or themselves, who have an address."""
    permission = Permission.objects.get(
        content_type__app_label="embassy", codename="review"
    )
    return (
        get_user_model()
        .objects.filter(
            Q(groups__permissions=permission) | Q(user_permissions=permission)
        )
        .filter(is_active=True)
        .exclude(email="")
        .distinct()
    )


def mail_for(step, link):
    """(subject, body, recipients) of the mail a step sends, or None."""
    item = step.item
    if item is None:
        return None
    name = step.user.get_username() if step.user else gettext("Someone")
    values = {"name": name, "item": item, "comment": step.comment, "link": link}
    if step.kind == Kind.SUBMITTED:
        recipients = [user.email for user in reviewers() if user.pk != step.user_id]
        subject = gettext("Waiting for review: %(item)s") % values
        body = gettext("%(name)s submitted “%(item)s” for review.") % values
    else:
        submitted = steps(item).filter(kind=Kind.SUBMITTED, at__lte=step.at).first()
        author = submitted.user if submitted else getattr(item, "author", None)
        if author is None or author.pk == step.user_id or not author.email:
            return None
        recipients = [author.email]
        if step.kind == Kind.RETURNED:
            subject = gettext("Sent back: %(item)s") % values
            body = gettext("%(name)s sent “%(item)s” back to draft.") % values
        else:
            subject = gettext("Published: %(item)s") % values
            body = gettext("%(name)s published “%(item)s”.") % values
            if link and hasattr(item, "get_absolute_url"):
                body += "\n\n" + urljoin(link, item.get_absolute_url())
    if step.comment:
        body += "\n\n" + step.comment
    if link:
        body += "\n\n" + link
    return subject, body, recipients


def waiting(admin_site, request):
    """The items waiting for review that the user may change, the longest
    waiting first, each as (item, its submission)."""
    found = []
    for model, model_admin in admin_site._registry.items():
        if "status" not in {field.name for field in model._meta.fields}:
            continue
        if not model_admin.has_change_permission(request):
            continue
        items = list(model._base_manager.filter(status=Status.SUBMITTED))
        submissions = {}
        for step in ReviewStep.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[item.pk for item in items],
            kind=Kind.SUBMITTED,
        ).select_related("user"):
            submissions.setdefault(step.object_id, step)  # the newest first
        found += [(item, submissions.get(item.pk)) for item in items]
    found.sort(key=lambda entry: entry[1].at if entry[1] else entry[0].updated_at)
    return found
