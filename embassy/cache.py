"""Django's Redis cache backend, with one redis-py client per server.

Django's backend makes a new ``redis.Redis`` for every command, and each
one rebuilds redis-py's table of response callbacks (redis-py issue #3624):
a third of what a page from the cache costs. A client is safe to share
between threads, as each command takes a connection from the pool.
"""

from django.core.cache.backends import redis
from redis.exceptions import RedisError

# What the cache raises when it cannot be reached: the page cache renders
# pages without it meanwhile (embassy/pagecache.py).
CACHE_ERRORS = (RedisError,)


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
