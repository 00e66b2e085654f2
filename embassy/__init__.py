"""The project package, in two parts.

The wiring (settings/, urls.py, wsgi.py, asgi.py, context_processors.py,
demo/ and the load_demo command) puts the site together and alone may name
the apps. Everything else is the shared kernel that the apps import; it
names no app, not even in a string or a template (tests/embassy/
test_kernel.py holds it to that).
"""
