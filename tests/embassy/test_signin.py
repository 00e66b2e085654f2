"""Staff sign-in withstands guessing: failed attempts pause sign-in by
address and by user name, before any password is hashed; passwords made of
the site's names are refused; an idle session ends, unless its editor is
typing; with the requirement on, a second factor is needed."""

import datetime
import io
import re
from base64 import b32encode
from types import SimpleNamespace

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from pages.models import SiteSettings

pytestmark = pytest.mark.django_db

PASSWORD = "a long and quiet passphrase"


class CountingHasher(MD5PasswordHasher):
    """The test suite's hasher, counting the passwords it checks."""

    checked = 0

    def verify(self, password, encoded):
        CountingHasher.checked += 1
        return super().verify(password, encoded)


@pytest.fixture
def press(settings):
    settings.PASSWORD_HASHERS = ["tests.embassy.test_signin.CountingHasher"]
    return User.objects.create_user("press", password=PASSWORD, is_staff=True)


def sign_in(client, username, password, address="192.0.2.1", **headers):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def visible(response, username):
    """The page, without what changes on every response (nonces, the CSRF
    token) and without the name typed."""
    text = re.sub(
        r'nonce="[^"]*"|name="csrfmiddlewaretoken" value="[^"]*"', "", response.text
    )
    return text.replace(username, "")


def test_five_failures_pause_sign_in_even_with_the_right_password(client, press):
    statuses = [sign_in(client, "press", "wrong").status_code for _ in range(5)]
    # The fifth failure is answered with the pause already.
    assert statuses == [200] * 4 + [429]
    response = sign_in(client, "press", PASSWORD)
    assert response.status_code == 429
    assert "Signing in is paused" in response.text
    assert "Embassy administration" in response.text
    assert "15 minutes" in response.text
    assert "_auth_user_id" not in client.session


def test_a_paused_sign_in_hashes_no_password(client, press):
    for _attempt in range(5):
        sign_in(client, "press", "wrong")
    checked = CountingHasher.checked
    for _attempt in range(20):
        assert sign_in(client, "press", "wrong").status_code == 429
    assert CountingHasher.checked == checked


def test_a_user_name_is_paused_whichever_addresses_guess_it(client, press):
    for number in range(5):
        sign_in(client, "press", "wrong", address=f"198.51.100.{number}")
    assert sign_in(client, "press", PASSWORD, address="203.0.113.9").status_code == 429


def test_an_address_is_paused_whichever_names_it_tries(client, press):
    for number in range(5):
        sign_in(client, f"guess{number}", "wrong")
    assert sign_in(client, "press", PASSWORD).status_code == 429
    # Another address is not affected.
    assert sign_in(client, "press", PASSWORD, address="192.0.2.2").status_code == 302


def test_known_and_unknown_names_get_the_same_answers(client, press):
    answers = {}
    for number, username in enumerate(["press", "nobody"]):
        address = f"192.0.2.{10 + number}"
        failed = [sign_in(client, username, "wrong", address) for _ in range(6)]
        answers[username] = [(r.status_code, visible(r, username)) for r in failed]
    assert answers["press"] == answers["nobody"]
    assert [status for status, _text in answers["press"]] == [200] * 4 + [429] * 2


def test_an_administrator_unlocks_a_user_name(client, press):
    for number in range(5):
        sign_in(client, "press", "wrong", address=f"198.51.100.{number}")
    call_command("axes_reset_username", "press", verbosity=0)
    assert sign_in(client, "press", PASSWORD, address="203.0.113.9").status_code == 302


def test_a_forwarded_address_is_believed_only_from_trusted_proxies(
    client, press, settings
):
    # Without a trusted proxy, X-Forwarded-For is the client's own claim.
    for number in range(5):
        sign_in(client, "x", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    assert sign_in(client, "press", PASSWORD).status_code == 429
    # Behind one proxy, the address it appended is the client's.
    settings.TRUSTED_PROXIES = 1
    proxy = "10.0.0.1"
    forwarded = "192.0.2.99, 198.51.100.7"
    for _attempt in range(5):
        sign_in(client, "y", "wrong", proxy, HTTP_X_FORWARDED_FOR=forwarded)
    other = "192.0.2.99, 198.51.100.8"
    response = sign_in(client, "press", PASSWORD, proxy, HTTP_X_FORWARDED_FOR=other)
    assert response.status_code == 302


@pytest.mark.parametrize(
    "password",
    [
        "embassy-admin",  # the demo logins
        "embassy-press",
        "Embassy2026!",
        "UzbekistanEmbassy2026",
        "uzbekistan-mission-2026",
        "Republic of Uzbekistan 2026",  # from the mission's name
        "quiet river",  # 11 characters
    ],
)
def test_weak_passwords_are_refused(password):
    SiteSettings.objects.update_or_create(
        pk=1, defaults={"mission_name_en": "Embassy of the Republic of Uzbekistan"}
    )
    with pytest.raises(ValidationError):
        validate_password(password)


@pytest.mark.parametrize(
    "password", ["correct horse battery staple", "Тихая река и старый мост", "x" * 200]
)
def test_passphrases_are_accepted(password):
    validate_password(password)


def test_an_idle_session_ends_and_typing_keeps_it(client, press):
    client.force_login(press)
    session = Session.objects.get()
    soon = timezone.now() + datetime.timedelta(minutes=1)
    Session.objects.filter(pk=session.pk).update(expire_date=soon)
    response = client.get(reverse("keep_alive"))
    assert response.json() == {"signed_in": True}
    assert "no-store" in response["Cache-Control"]
    expiry = Session.objects.get(pk=session.pk).expire_date
    assert expiry > timezone.now() + datetime.timedelta(minutes=59)
    Session.objects.filter(pk=session.pk).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert client.get(reverse("keep_alive")).json() == {"signed_in": False}
    assert client.get(reverse("admin:index")).status_code == 302


def sign_in_with_code(client, code, password=PASSWORD, address="192.0.2.1"):
    return client.post(
        reverse("admin:login"),
        {"username": "press", "password": password, "otp_token": code},
        REMOTE_ADDR=address,
    )


def app_code(device):
    token = TOTP(device.bin_key, device.step, device.t0, device.digits).token()
    return f"{token:0{device.digits}d}"


def error_note(response):
    return re.findall(r'<p class="errornote">(.*?)</p>', response.text, re.S)


@pytest.fixture
def enrolled(press):
    output = io.StringIO()
    call_command("enrol_two_factor", "press", stdout=output)
    codes = re.findall(r"^  (\w+)$", output.getvalue(), re.M)
    return SimpleNamespace(output=output.getvalue(), codes=codes)


class TestTwoFactor:
    @pytest.fixture(autouse=True)
    def required(self, settings):
        settings.TWO_FACTOR_REQUIRED = True

    def test_the_password_alone_does_not_sign_in_nor_is_checked(self, client, enrolled):
        checked = CountingHasher.checked
        response = sign_in(client, "press", PASSWORD)
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
        assert CountingHasher.checked == checked
        assert error_note(response)

    def test_the_authenticator_app_signs_in(self, client, enrolled):
        device = TOTPDevice.objects.get(user__username="press")
        assert sign_in_with_code(client, app_code(device)).status_code == 302
        assert client.get(reverse("admin:index")).status_code == 200

    def test_a_backup_code_signs_in_once(self, client, enrolled):
        code = enrolled.codes[0]
        assert sign_in_with_code(client, code).status_code == 302
        client.logout()
        assert sign_in_with_code(client, code).status_code == 200

    def test_a_wrong_code_is_answered_as_a_wrong_password(self, client, enrolled):
        device = TOTPDevice.objects.get(user__username="press")
        wrong_code = sign_in_with_code(
            client, "000000" if app_code(device) != "000000" else "111111"
        )
        wrong_password = sign_in_with_code(client, app_code(device), password="wrong")
        assert wrong_code.status_code == wrong_password.status_code == 200
        assert error_note(wrong_code) == error_note(wrong_password) != []

    def test_staff_without_a_second_factor_cannot_sign_in(self, client, press):
        assert sign_in_with_code(client, "123456").status_code == 200
        assert "_auth_user_id" not in client.session

    def test_a_session_signed_in_by_password_alone_is_not_let_in(self, client, press):
        client.force_login(press)
        response = client.get(reverse("admin:index"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))

    def test_wrong_codes_count_towards_the_lockout(self, client, enrolled):
        # With the right password and wrong codes, the guesser is paused too,
        # with the same answers as for a wrong password until then.
        statuses = [
            sign_in_with_code(client, "999999" if n % 2 else "000000").status_code
            for n in range(5)
        ]
        assert statuses == [200] * 4 + [429]

    def test_a_lost_phone_is_replaced_and_its_codes_stop_working(
        self, client, enrolled
    ):
        with pytest.raises(CommandError, match="--replace"):
            call_command("enrol_two_factor", "press", stdout=io.StringIO())
        call_command("enrol_two_factor", "press", "--replace", stdout=io.StringIO())
        assert sign_in_with_code(client, enrolled.codes[0]).status_code == 200
        assert StaticDevice.objects.filter(user__username="press").count() == 1


def test_enrolment_prints_a_qr_code_the_key_and_ten_backup_codes(enrolled):
    device = TOTPDevice.objects.get(user__username="press")
    assert "█" in enrolled.output
    assert b32encode(device.bin_key).decode() in enrolled.output
    assert len(set(enrolled.codes)) == 10


def test_without_the_requirement_the_password_signs_in(client, press):
    # The try-out site: the demo logins need no second factor.
    assert sign_in(client, "press", PASSWORD).status_code == 302


def test_a_success_does_not_reset_the_failures_of_its_address(client, press):
    # Four guesses at a colleague's password, then one's own sign-in: the
    # guesses still count, or one account would reset the guesser's count.
    User.objects.create_user("colleague", password="another long phrase", is_staff=True)
    for _attempt in range(4):
        sign_in(client, "colleague", "wrong")
    assert sign_in(client, "press", PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, "colleague", "wrong").status_code == 429


def test_a_forwarded_value_that_is_no_address_is_not_believed(client, press, settings):
    settings.TRUSTED_PROXIES = 1
    for _attempt in range(5):
        sign_in(client, "x", "wrong", "10.0.0.1", HTTP_X_FORWARDED_FOR="not an address")
    # The proxy's own address was counted: it is paused, not nothing.
    response = sign_in(client, "press", PASSWORD, "10.0.0.1", HTTP_X_FORWARDED_FOR="")
    assert response.status_code == 429


def test_a_random_password_without_a_name_is_accepted():
    validate_password("Xk9#2mP!4qZ7$w")
