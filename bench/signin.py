"""How many password guesses a minute reach the password check, with the
sign-in throttle and without it.

    .venv/bin/python bench/signin.py [seconds]

For each case a child process migrates a throwaway SQLite database, makes a
member of staff, and posts wrong passwords to the admin's sign-in form from
one address for the given time (20 s by default), through Django's test
client with the production password hasher ("without the throttle" raises
the failure limit out of reach). It prints how many guesses were answered
after a password check and how many were refused before one, and the CPU
time a guess cost on average, with the load average.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import os, sys, time
import django
django.setup()
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment

setup_test_environment()
call_command("migrate", verbosity=0)
User.objects.create_user("press", password="a long and quiet passphrase", is_staff=True)
client = Client()
seconds = float(sys.argv[1])
checked = refused = 0
cpu, start = time.process_time(), time.perf_counter()
while time.perf_counter() - start < seconds:
    response = client.post(
        "/admin/login/",
        {"username": "press", "password": f"guess {checked + refused}"},
        REMOTE_ADDR="192.0.2.1",
    )
    if response.status_code == 429:
        refused += 1
    else:
        checked += 1
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu
print(checked, refused, elapsed, cpu * 1000 / (checked + refused))
"""


def run(throttled, seconds):
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "embassy.settings.base",
            "DATABASE_URL": f"sqlite:///{folder}/db.sqlite3",
            "DEBUG": "false",
            "SIGN_IN_FAILURE_LIMIT": "5" if throttled else "1000000",
        }
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(seconds)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return [float(value) for value in result.stdout.split()]


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name, throttled in [("without the throttle", False), ("with it", True)]:
        start = time.perf_counter()
        checked, refused, elapsed, cpu = run(throttled, seconds)
        print(
            f"{name:<22} {checked:6.0f} checked, {refused:6.0f} refused in "
            f"{elapsed:.0f} s ({checked * 60 / elapsed:.0f} checked a minute), "
            f"{cpu:.1f} ms CPU a guess  ({time.perf_counter() - start:.0f} s in all)"
        )


if __name__ == "__main__":
    main()
