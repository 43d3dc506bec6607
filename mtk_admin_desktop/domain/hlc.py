"""Hybrid logical clock: wall-clock milliseconds, a counter and the device id.

Timestamps order every operation across laptops (design/sync.md). The clock never runs backwards:
when the wall clock goes back (a laptop set wrong, a restored VM) the last timestamp carries on with the
counter. A remote timestamp far in the future is accepted, but moves this clock at most ``max_jump_ms``
ahead of its own wall clock, and is reported as skew so the user can be warned.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_FORWARD_JUMP_MS = 10 * 60 * 1000  # ten minutes
MAX_COUNTER = 0xFFFF  # the largest counter :meth:`Timestamp.encode` writes in its four hex digits


@dataclass(frozen=True, order=True)
class Timestamp:
    """One HLC reading; ordered by (wall_ms, counter, device)."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """A string that sorts like the timestamp: ``0001732531200000-0000-<device>``."""
        return f"{self.wall_ms:016d}-{self.counter:04x}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        """Parse :meth:`encode` output; raises ValueError on anything else."""
        wall, counter, device = text.split("-", 2)
        if len(wall) != 16 or not wall.isdigit() or not device:
            raise ValueError(f"not an HLC timestamp: {text!r}")
        return cls(int(wall), int(counter, 16), device)


@dataclass
class Skew:
    """A remote timestamp that was further ahead than the clock may jump."""

    remote: Timestamp
    ahead_ms: int


class HybridLogicalClock:
    """The clock of one device. ``last`` is the newest timestamp it has issued or seen."""

    def __init__(
        self,
        device: str,
        last: Timestamp | None = None,
        wall: Callable[[], int] | None = None,
        max_jump_ms: int = MAX_FORWARD_JUMP_MS,
    ) -> None:
        self.device = device
        self.last = last or Timestamp(0, 0, device)
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self.max_jump_ms = max_jump_ms

    def now(self) -> Timestamp:
        """A new timestamp, greater than every one issued or received before."""
        wall = self._wall()
        if wall > self.last.wall_ms:
            ts = Timestamp(wall, 0, self.device)
        elif self.last.counter >= MAX_COUNTER:
            # The counter is encoded in four hex digits and ops are ordered by the encoded text: past
            # 0xffff it would sort before older stamps (after a clock set years ahead and put right,
            # the counter runs for years). Move the wall one millisecond on instead.
            ts = Timestamp(self.last.wall_ms + 1, 0, self.device)
        else:
            ts = Timestamp(self.last.wall_ms, self.last.counter + 1, self.device)
        self.last = ts
        return ts

    def receive(self, remote: Timestamp) -> Skew | None:
        """Take a remote timestamp into account; returns a :class:`Skew` if it was too far ahead.

        The clock moves to at most ``wall + max_jump_ms``; the remote op keeps its own timestamp (the
        merge orders by it), so a laptop days ahead wins ties in the merge but cannot drag every other
        clock days forward.
        """
        wall = self._wall()
        # Relative to our own wall clock only: measured from ``last``, every op of a laptop days ahead
        # would move us another ten minutes, and a thousand ops a week.
        limit = wall + self.max_jump_ms
        skew = None
        target = remote
        if remote.wall_ms > limit:
            skew = Skew(remote, remote.wall_ms - wall)
            target = Timestamp(limit, 0, remote.device)
        if (target.wall_ms, target.counter) > (self.last.wall_ms, self.last.counter):
            self.last = Timestamp(target.wall_ms, target.counter, self.device)
        return skew
