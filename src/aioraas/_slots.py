"""Connection slots: at most ``size`` calls of one client inside the pool at once.

``asyncio.Semaphore`` does this, but ``async with`` costs two coroutines and a generator expression per
call even when a slot is free, on every request of every client. Here a free slot is taken with a plain
method call; only a call that must wait creates a future. Slots are granted in arrival order, and a
released slot goes straight to the next caller in line.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib


class Slots:
    """A counting gate: :meth:`try_take` or ``await`` :meth:`take`, then :meth:`give` back exactly once."""

    __slots__ = ("_free", "_waiters")

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"size must be at least 1, not {size!r}")
        self._free = size
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()

    @property
    def free(self) -> int:
        """Slots nobody holds."""
        return self._free

    def try_take(self) -> bool:
        """Take a slot if one is free and nobody is waiting for one; True when taken."""
        if self._free and not self._waiters:
            self._free -= 1
            return True
        return False

    async def take(self) -> None:
        """Take a slot, waiting (behind earlier callers) until one is free."""
        if self.try_take():
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self.give()  # the slot was handed over just as this caller was cancelled: pass it on
            else:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            raise

    def give(self) -> None:
        """Give a slot back: to the next caller in line, or to the free pool."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1
