"""Give a member of staff their second factor: an authenticator app, whose
QR code is printed in the terminal, and ten backup codes for a lost phone.

    manage.py enrol_two_factor <username>
    manage.py enrol_two_factor <username> --replace   (a lost phone)

A superuser runs it, on the server; the codes are shown once and never
stored readably (the app's key aside, which django-otp needs)."""

import io
from base64 import b32encode

import qrcode
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODES = 10


class Command(BaseCommand):
    help = "Give a member of staff an authenticator app and backup codes."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Remove their current app and codes first (a lost phone).",
        )

    def handle(self, username, replace, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"There is no user {username!r}.") from None
        with transaction.atomic():
            devices = list(devices_for_user(user, confirmed=None))
            if devices and not replace:
                raise CommandError(
                    f"{username} already has a second factor. If the phone is "
                    "lost, run again with --replace: the old codes stop working."
                )
            for device in devices:
                device.delete()
            app = TOTPDevice.objects.create(
                user=user, name="Authenticator app", confirmed=True
            )
            backup = StaticDevice.objects.create(
                user=user, name="Backup codes", confirmed=True
            )
            codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
            backup.token_set.bulk_create(
                [StaticToken(device=backup, token=code) for code in codes]
            )
        self.stdout.write(
            f"Scan this with an authenticator app on {username}'s phone:\n"
        )
        self.stdout.write(_terminal_qr(app.config_url))
        self.stdout.write(f"Or enter this key by hand: {_key(app)}\n")
        self.stdout.write(
            "Backup codes, each good once, for when the phone is not at hand "
            "(print them and keep them safe):"
        )
        for code in codes:
            self.stdout.write(f"  {code}")


def _terminal_qr(data):
    code = qrcode.QRCode(border=2)
    code.add_data(data)
    text = io.StringIO()
    code.print_ascii(out=text, invert=True)
    return text.getvalue()


def _key(device):
    return b32encode(device.bin_key).decode()
