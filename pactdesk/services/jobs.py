"""What every long job (export, bundle, verify, import, compile) shares.

A long job is a plain function that runs on whatever thread calls it: the
command line's only thread, or the UI's worker thread (never the GUI
thread).  It takes a ``progress`` callback, called on that same thread with a
fraction in [0, 1] and a short label a person can read, and a ``cancelled``
callable it polls between steps; when that returns true the job raises
:class:`Cancelled` and leaves nothing behind (no half-written file).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """The user cancelled a long job; nothing was written."""


def check(cancelled: Callable[[], bool] | None) -> None:
    """Raise :class:`Cancelled` if the job was asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled("Cancelled; nothing was written.")
