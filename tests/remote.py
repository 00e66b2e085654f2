"""A person's requests to the site running in other processes (gunicorn
on the loopback): their cookies, their forms and their uploads, sent to
whichever port they are told, as a load balancer would."""

import http.client
import re
import time
from urllib.parse import urlencode

BOUNDARY = "embassy-form-boundary-5b1c0d"


def multipart(fields, files):
    """The body of a form with files: ``files`` is (field, name, content)."""
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            f"{value}\r\n".encode()
        )
    for field, name, content in files:
        assert BOUNDARY.encode() not in content
        parts.append(
            f"--{BOUNDARY}\r\nContent-Disposition: form-data; "
            f'name="{field}"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


class Session:
    """One person's cookies and the form token of the last page they saw.
    Cookies are not bound to a port, as behind a load balancer."""

    def __init__(self):
        self.cookies = {}
        self.csrf_token = ""

    def headers(self, port, path):
        headers = {"Host": "127.0.0.1", "Referer": f"http://127.0.0.1:{port}{path}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return headers

    def request(self, port, method, path, fields=None, files=(), timeout=30):
        """The response (read) and its text."""
        headers = self.headers(port, path)
        body = None
        if fields is not None:
            fields = {**fields, "csrfmiddlewaretoken": self.csrf_token}
            if files:
                body = multipart(fields, files)
                headers["Content-Type"] = f"multipart/form-data; boundary={BOUNDARY}"
            else:
                body = urlencode(fields, doseq=True)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
        server = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            server.request(method, path, body=body, headers=headers)
            response = server.getresponse()
            text = response.read().decode(errors="replace")
        finally:
            server.close()
        self.remember(response, text)
        return response, text

    def remember(self, response, text):
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
        if found:
            self.csrf_token = found.group(1)

    def sign_in(self, port, username, password):
        self.request(port, "GET", "/admin/login/")
        response, _ = self.request(
            port,
            "POST",
            "/admin/login/?next=/admin/",
            {"username": username, "password": password},
        )
        return response.status == 302


def wait_until_alive(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if Session().request(port, "GET", "/healthz")[0].status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"the site on port {port} did not start")


def wait_for(condition, seconds=30):
    """Whether ``condition()`` came to hold within ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)
    return condition()
