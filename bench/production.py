"""The settings the benchmarks run the site with, as deployed: production's,
without TLS (everything is on the loopback), with a throwaway secret."""

import secrets


def production_environment(redis_database, log_level):
    """Environment variables for ``embassy.settings.production``, its page
    cache in its own Redis database."""
    return {
        "DJANGO_SETTINGS_MODULE": "embassy.settings.production",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CACHE_URL": f"redis://127.0.0.1:6379/{redis_database}",
        "LOG_LEVEL": log_level,
    }
