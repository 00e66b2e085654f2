"""How Django's PostgreSQL pool checks a connection before handing it out.

psycopg_pool's own check, and when a connection fails it, every other idle
connection is checked at once as well. After a restart of the database all
of them are dead, and the pool would otherwise find that out one at a
time, waiting longer after each (1, 2, 4 … seconds): the first request
after the database's return would wait out the pool's timeout instead of
getting a new connection.
"""

from django.db import InterfaceError, OperationalError
from psycopg_pool import ConnectionPool

# What Django raises when the database cannot be reached, on any backend.
DATABASE_AWAY = (OperationalError, InterfaceError)


def check_connection(connection):
    try:
        ConnectionPool.check_connection(connection)
    except Exception:
        # The pool sets _pool on a connection it hands out; psycopg_pool
        # has no public way from a connection to its pool.
        pool = getattr(connection, "_pool", None)
        if pool is not None:
            pool.check()
        raise
