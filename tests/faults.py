"""Real faults for tests: a database that refuses connections, a cache
that is not there."""

import socket
from contextlib import contextmanager

import psycopg
from django.db import connection


@contextmanager
def database_away():
    """The test database refuses connections and drops those it has, as a
    stopped server would, while the server itself keeps running."""
    name = connection.settings_dict["NAME"]
    params = connection.get_connection_params()
    params.update(dbname="postgres", autocommit=True)
    with psycopg.connect(**params) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        try:
            yield
        finally:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
            # What a server does after every request, and the test client
            # does not: the broken connection goes back to the pool, which
            # checks it before handing it out again.
            connection.close()


def closed_port():
    """A port of the loopback where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(location):
    return {"default": {"BACKEND": "embassy.cache.RedisCache", "LOCATION": location}}
