"""Review before publishing, when the mission turns it on: an author
submits, a reviewer publishes or sends back; nobody approves their own
submission; urgent publishing is recorded; each step is mailed."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from embassy.models import ReviewStep
from embassy.publishing import Status
from news.models import Article
from pages.models import SiteSettings
from tests.conftest import BACKEND
from tests.gallery.factories import make_album
from tests.news.factories import article_fields, make_article

pytestmark = pytest.mark.django_db

Kind = ReviewStep.Kind


def signed_in(django_user_model, name, *groups):
    user = django_user_model.objects.create_user(
        name, email=f"{name}@mission.example", is_staff=True
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    client = Client()
    client.force_login(user, backend=BACKEND)
    client.user = user
    return client


@pytest.fixture
def review_on():
    settings = SiteSettings.load()
    settings.review_before_publishing = True
    settings.save()


@pytest.fixture
def author(django_user_model):
    return signed_in(django_user_model, "aziza", "Press officers")


@pytest.fixture
def reviewer(django_user_model):
    return signed_in(django_user_model, "ambassador", "Reviewers")


@pytest.fixture
def press_secretary(django_user_model):
    """A reviewer who writes too."""
    return signed_in(django_user_model, "secretary", "Reviewers", "Press officers")


def add(client, category, **changes):
    data = article_fields(category, slug="statement", **changes)
    return client.post(reverse("admin:news_article_add"), data)


def change(client, article, category, **changes):
    article.refresh_from_db()
    data = article_fields(
        category, slug=article.slug, based_on=article.updated_at.isoformat(), **changes
    )
    response = client.post(
        reverse("admin:news_article_change", args=[article.pk]), data
    )
    article.refresh_from_db()
    return response


def errors(response):
    assert response.status_code == 200, response.status_code
    return response.context["adminform"].form.errors


def status_choices(client, url):
    form = client.get(url).context["adminform"].form
    return [value for value, _label in form.fields["status"].choices]


def submitted(author, category, django_capture_on_commit_callbacks, comment=""):
    with django_capture_on_commit_callbacks(execute=True):
        response = add(
            author, category, status=Status.SUBMITTED, review_comment=comment
        )
    assert response.status_code == 302, errors(response)
    return Article.objects.get(slug="statement")


def test_with_review_off_everything_is_as_before(author, category):
    # Nothing new can be withdrawn: only what visitors have seen.
    assert status_choices(author, reverse("admin:news_article_add")) == [
        Status.DRAFT,
        Status.PUBLISHED,
    ]
    assert add(author, category).status_code == 302
    assert Article.objects.get().is_live
    assert not ReviewStep.objects.exists()


def test_an_author_cannot_publish_by_the_form_a_crafted_post_or_the_list(
    review_on, author, category
):
    assert Status.PUBLISHED not in status_choices(
        author, reverse("admin:news_article_add")
    )
    # The status "published", posted by hand.
    assert "status" in errors(add(author, category, status=Status.PUBLISHED))
    assert add(author, category, status=Status.DRAFT).status_code == 302
    article = Article.objects.get()
    # Not offered in the list, and refused when posted.
    actions = author.get(reverse("admin:news_article_changelist")).context[
        "action_form"
    ]
    assert "publish" not in dict(actions.fields["action"].choices)
    author.post(
        reverse("admin:news_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
        follow=True,
    )
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert Client().get("/en/news/statement/").status_code == 404


def test_an_author_cannot_change_an_approved_text_nor_bring_its_time_forward(
    review_on, author, category
):
    """Approved for next week: moving its publish time to the past would
    publish it now, and any change would publish a text nobody reviewed."""
    next_week = timezone.localtime() + datetime.timedelta(days=7)
    article = make_article(
        slug="statement", category=category, publish_at=next_week, author=author.user
    )
    response = change(
        author,
        article,
        category,
        publish_at_0="2026-03-10",
        publish_at_1="10:30:00",
    )
    assert "reviewed before they are published" in errors(response)["status"][0]
    assert article.publish_at > timezone.now()
    assert Client().get("/en/news/statement/").status_code == 404
    # Taking it off the site, or back to draft, publishes nothing.
    assert change(author, article, category, status=Status.DRAFT).status_code == 302


def test_a_submission_is_mailed_to_every_reviewer_but_its_author(
    review_on,
    author,
    reviewer,
    press_secretary,
    category,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    article = submitted(
        author, category, django_capture_on_commit_callbacks, "Urgent for Monday."
    )
    assert article.status == Status.SUBMITTED
    assert Client().get("/en/news/statement/").status_code == 404
    step = ReviewStep.objects.get()
    assert (step.kind, step.user, step.comment) == (
        Kind.SUBMITTED,
        author.user,
        "Urgent for Monday.",
    )
    [mail] = mailoutbox
    assert sorted(mail.to) == [
        "ambassador@mission.example",
        "secretary@mission.example",
    ]
    assert mail.subject == f"Waiting for review: {article.title}"
    assert "aziza submitted" in mail.body
    assert "Urgent for Monday." in mail.body
    assert f"/admin/news/article/{article.pk}/change/" in mail.body


def test_a_reviewer_publishes_a_submission_and_its_author_is_told(
    review_on,
    author,
    reviewer,
    category,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    article = submitted(author, category, django_capture_on_commit_callbacks)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = change(reviewer, article, category, status=Status.PUBLISHED)
    assert response.status_code == 302
    assert article.is_live
    assert ReviewStep.objects.first().kind == Kind.APPROVED
    [mail] = mailoutbox
    assert mail.to == ["aziza@mission.example"]
    assert mail.subject == f"Published: {article.title}"


def test_a_reviewer_sends_a_text_back_with_a_comment(
    review_on,
    author,
    reviewer,
    category,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    article = submitted(author, category, django_capture_on_commit_callbacks)
    mailoutbox.clear()
    response = change(reviewer, article, category, status=Status.DRAFT)
    assert errors(response)["review_comment"] == ["Say why it goes back to its author."]
    with django_capture_on_commit_callbacks(execute=True):
        response = change(
            reviewer,
            article,
            category,
            status=Status.DRAFT,
            review_comment="Quote the Minister exactly.",
        )
    assert response.status_code == 302
    assert article.status == Status.DRAFT
    [mail] = mailoutbox
    assert mail.subject == f"Sent back: {article.title}"
    assert "Quote the Minister exactly." in mail.body
    # The author reads it in the form's review history.
    form = author.get(reverse("admin:news_article_change", args=[article.pk]))
    assert "sent back · ambassador: Quote the Minister exactly." in form.text


def test_nobody_approves_their_own_submission(
    review_on, reviewer, press_secretary, category, django_capture_on_commit_callbacks
):
    article = submitted(press_secretary, category, django_capture_on_commit_callbacks)
    response = change(press_secretary, article, category, status=Status.PUBLISHED)
    assert errors(response)["status"][0].startswith("You submitted it")
    response = change(reviewer, article, category, status=Status.PUBLISHED)
    assert response.status_code == 302
    assert article.is_live


def test_a_reviewer_may_publish_urgently_and_the_history_says_so(
    review_on, press_secretary, category
):
    response = add(press_secretary, category, status=Status.PUBLISHED)
    assert errors(response)["status"][0].startswith("It has not been reviewed")
    response = add(
        press_secretary, category, status=Status.PUBLISHED, publish_urgently="on"
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.is_live
    step = ReviewStep.objects.get()
    assert (step.kind, step.user) == (Kind.URGENT, press_secretary.user)
    form = press_secretary.get(reverse("admin:news_article_change", args=[article.pk]))
    assert "published urgently, without review · secretary" in form.text


def test_a_reviewers_bulk_publish_approves_others_submissions_only(
    review_on,
    author,
    reviewer,
    category,
    django_capture_on_commit_callbacks,
):
    theirs = submitted(author, category, django_capture_on_commit_callbacks)
    own = make_article(slug="own", category=category, status=Status.DRAFT)
    response = reviewer.post(
        reverse("admin:news_article_changelist"),
        {"action": "publish", "_selected_action": [theirs.pk, own.pk]},
        follow=True,
    )
    assert "1 item published." in response.text
    assert "It has not been reviewed" in response.text
    theirs.refresh_from_db()
    own.refresh_from_db()
    assert (theirs.status, own.status) == (Status.PUBLISHED, Status.DRAFT)
    assert ReviewStep.objects.first().kind == Kind.APPROVED


def test_the_waiting_list_shows_what_each_may_review(
    review_on,
    author,
    reviewer,
    client_in_role,
    category,
    django_capture_on_commit_callbacks,
):
    article = submitted(
        author, category, django_capture_on_commit_callbacks, "Please check."
    )
    url = reverse("admin:waiting_for_review")
    response = reviewer.get(url)
    assert response.status_code == 200
    [(item, kind, step, link)] = response.context["entries"]
    assert (item, step.user, link) == (
        article,
        author.user,
        reverse("admin:news_article_change", args=[article.pk]),
    )
    assert "Please check." in response.text
    # Site editors change no article: nothing of theirs waits.
    editor = client_in_role("Site editors", username="editor")
    assert editor.get(url).context["entries"] == []


def test_only_an_administrator_turns_review_on_or_off(client_in_role, admin_client):
    url = reverse("admin:pages_sitesettings_change", args=[1])
    SiteSettings.load().save()
    assert "review_before_publishing" in (
        admin_client.get(url).context["adminform"].form.fields
    )
    editor = client_in_role("Site editors", username="editor")
    form = editor.get(url).context["adminform"].form
    assert "review_before_publishing" not in form.fields


def test_an_author_cannot_withdraw_or_change_a_withdrawn_text(
    review_on, author, category
):
    article = make_article(slug="statement", category=category)
    response = change(
        author,
        article,
        category,
        status=Status.WITHDRAWN,
        withdrawal_reason_en="Issued in error.",
        body_en="<p>An unreviewed text, at a public address.</p>",
    )
    # Not offered, and refused when posted.
    assert "status" in errors(response)
    assert article.status == Status.PUBLISHED
    assert "Issued in error." not in Client().get("/en/news/statement/").text


def test_a_restore_is_judged_by_the_item_as_it_was_before(
    review_on, author, reviewer, category
):
    """Restoring a published revision of what is now a draft does not make
    it published, nor withdrawable, for an author."""
    article = make_article(slug="statement", category=category)
    assert change(reviewer, article, category).status_code == 302
    assert change(reviewer, article, category, status=Status.DRAFT).status_code == 302
    published = Version.objects.get_for_object(article).last()
    assert published.field_dict["status"] == Status.PUBLISHED
    url = reverse("admin:news_article_revision", args=[article.pk, published.pk])
    form = author.get(url).context["adminform"].form
    assert Status.WITHDRAWN not in dict(form.fields["status"].choices)
    article.refresh_from_db()
    data = article_fields(
        category,
        slug="statement",
        based_on=article.updated_at.isoformat(),
        status=Status.WITHDRAWN,
        withdrawal_reason_en="Issued in error.",
    )
    response = author.post(url, data)
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert Client().get("/en/news/statement/").status_code == 404


def test_a_photo_of_a_published_album_waits_for_a_reviewer(review_on, client_in_role):
    album = make_album(photos=1)
    editor = client_in_role("Gallery editors", username="photos")
    photo = album.photos.get()
    url = reverse("admin:gallery_photo_change", args=[photo.pk])
    response = editor.post(url, {"caption_en": "Unreviewed", "order": 1})
    assert response.status_code in (302, 403)
    photo.refresh_from_db()
    assert photo.caption_en != "Unreviewed"


def test_a_comment_nobody_would_read_is_refused_not_dropped(
    review_on, author, category
):
    response = add(author, category, status=Status.DRAFT, review_comment="Hello")
    assert errors(response)["review_comment"][0].startswith("A comment goes with")
    assert not Article.objects.exists()


def test_an_items_review_steps_go_with_it(
    review_on, author, category, django_capture_on_commit_callbacks
):
    article = submitted(author, category, django_capture_on_commit_callbacks)
    assert ReviewStep.objects.count() == 1
    article.delete()
    # A later item given the same number would otherwise inherit them.
    assert not ReviewStep.objects.exists()


def test_a_reviewer_publishes_a_withdrawn_text_again_without_a_new_review(
    review_on, reviewer, category
):
    article = make_article(
        slug="statement",
        category=category,
        status=Status.WITHDRAWN,
        withdrawal_reason_en="Issued in error.",
    )
    assert (
        change(reviewer, article, category, status=Status.PUBLISHED).status_code == 302
    )
    assert article.is_live
    assert not ReviewStep.objects.exists()


def test_an_author_submits_from_the_list(
    review_on,
    author,
    reviewer,
    category,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    article = make_article(slug="statement", category=category, status=Status.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        response = author.post(
            reverse("admin:news_article_changelist"),
            {"action": "submit_for_review", "_selected_action": [article.pk]},
            follow=True,
        )
    assert "1 item submitted for review." in response.text
    article.refresh_from_db()
    assert article.status == Status.SUBMITTED
    assert [mail.to for mail in mailoutbox] == [["ambassador@mission.example"]]


def test_an_author_cannot_take_a_published_text_off_the_site(
    review_on, author, category
):
    article = make_article(slug="statement", category=category)
    opened = author.get(reverse("admin:news_article_change", args=[article.pk]))
    assert "only a reviewer changes it" in opened.text
    assert "What visitors are told" not in opened.text
    for status in (Status.DRAFT, Status.SUBMITTED):
        response = change(author, article, category, status=status)
        assert "only a reviewer changes it" in errors(response)["status"][0]
    response = author.post(
        reverse("admin:news_article_changelist"),
        {"action": "submit_for_review", "_selected_action": [article.pk]},
        follow=True,
    )
    assert "only a reviewer changes it" in response.text
    assert Client().get("/en/news/statement/").status_code == 200
