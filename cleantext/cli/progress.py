"""The command line's progress display: tqdm's bar on standard error, only on a terminal.

It shows what is done, the rate, the elapsed time and, when the total is known,
the time left; after them, how many inputs failed (or, for WARC files, what
became of the records). Nothing is drawn when the stream is not a terminal, so
logs and pipes never see it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any, TextIO

from tqdm import tqdm

#: Least seconds between two redraws (tqdm's ``mininterval``).
MININTERVAL = 0.1
#: tqdm's layout with the byte unit after the counts, for a known and an unknown total.
_BYTES = "{l_bar}{bar}| {n_fmt}B/{total_fmt}B [{elapsed}<{remaining}, {rate_fmt}{postfix}]"
_BYTES_OPEN = "{n_fmt}B [{elapsed}, {rate_fmt}{postfix}]"


class _Bar(tqdm):  # type: ignore[type-arg]
    """tqdm without its monitor thread: worker processes are forked after the bar starts."""

    monitor_interval = 0


class Progress:
    """A progress bar of ``total`` items (``None``: unknown) on ``stream``, drawn only when it is a terminal.

    ``step`` counts one input done (and whether it failed); ``advance`` moves
    to a position and replaces the note after the figures (for byte counts).
    """

    def __init__(self, total: int | None, stream: TextIO, enabled: bool, *, unit: str = "doc", bytes_: bool = False, leave: bool = True) -> None:
        self.total, self.done, self.failed, self.stream = total, 0, 0, stream
        self.enabled = enabled and (total is None or total > 1 or bytes_) and _is_terminal(stream)
        self.bar: Any = None
        self._drawn = 0.0  # when `advance` last drew
        if self.enabled:
            options: dict[str, Any] = {"unit": unit, "postfix": "0 failed"}
            if bytes_:
                options = {"unit": "B", "unit_scale": True, "bar_format": _BYTES if total else _BYTES_OPEN}
            self.bar = _Bar(total=total, file=stream, leave=leave, mininterval=MININTERVAL, dynamic_ncols=True, **options)

    def step(self, ok: bool) -> None:
        """One more input done; ``ok`` is False when it failed."""
        self.done += 1
        self.failed += not ok
        if self.bar is not None:
            if not ok:
                self.bar.set_postfix_str(f"{self.failed} failed", refresh=False)
            self.bar.update(1)

    def advance(self, position: int, note: str) -> None:
        """Move to ``position`` (e.g. bytes read) and show ``note`` after the figures.

        Redrawn at most every `MININTERVAL` seconds, also when only the note changed.
        """
        if self.bar is None:
            return
        self.bar.set_postfix_str(note, refresh=False)
        if position > self.bar.n:
            self.bar.update(position - self.bar.n)
        now = time.monotonic()
        if now - self._drawn >= MININTERVAL:
            self.bar.refresh()
            self._drawn = now

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Clear the bar while the ``with`` body writes to the terminal, then draw it again."""
        if self.bar is None:
            yield
            return
        self.bar.clear()
        try:
            yield
        finally:
            self.bar.refresh()

    def close(self) -> None:
        """Draw the last state (kept on screen when ``leave``) and stop."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


__all__ = ["MININTERVAL", "Progress"]
