"""Job locks that a killed worker cannot leave behind for ever.

Huey's ``lock_task`` keeps its lock until the job releases it; a worker process killed
mid-job (out of memory, a deploy, ``kill -9``) would leave the lock, and every later poll
of that account would be skipped as "already running". These locks expire: in Redis
atomically (``SET NX EX``), in the embedded SQLite queue by the expiry time they hold.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from huey import Huey
from huey.constants import EmptyData
from huey.exceptions import TaskLockedException
from huey.storage import RedisStorage

# Deletes the lock only when it still holds our token (it may have expired and been taken).
_RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"


def _lock_key(queue: Huey, name: str) -> str:
    return f"{queue.name}.expiring-lock.{name}"


@contextmanager
def expiring_lock(queue: Huey, name: str, ttl: float = 600) -> Iterator[None]:
    """Hold the lock ``name`` of ``queue`` for a job, or raise ``TaskLockedException``.

    The lock expires after ``ttl`` seconds even if its holder never releases it; pick a
    ``ttl`` longer than the job can take.
    """
    key = _lock_key(queue, name)
    token = uuid.uuid4().hex
    storage = queue.storage
    if isinstance(storage, RedisStorage):
        if not storage.conn.set(key, token, nx=True, ex=max(1, int(ttl))):
            raise TaskLockedException(f"unable to acquire lock {name}")
        try:
            yield
        finally:
            storage.conn.eval(_RELEASE_SCRIPT, 1, key, token)
        return
    value = f"{time.time() + ttl:.3f} {token}".encode()
    if not storage.put_if_empty(key, value):
        held = storage.peek_data(key)
        expired = held is not EmptyData and float(bytes(held).split(b" ", 1)[0]) < time.time()
        if not expired:
            raise TaskLockedException(f"unable to acquire lock {name}")
        storage.delete_data(key)  # left by a process that died; the embedded queue has one process
        if not storage.put_if_empty(key, value):
            raise TaskLockedException(f"unable to acquire lock {name}")
    try:
        yield
    finally:
        held = storage.peek_data(key)
        if held is not EmptyData and bytes(held).endswith(token.encode()):
            storage.delete_data(key)
