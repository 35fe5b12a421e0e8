"""The writer queue: one background thread runs every write to the open project, in the order asked.

One thread, because SQLite has one connection and the disk one head; in order, because a photo copy must land
before the autosave that refers to it. Qt-free: results reach the owner through ``post`` (the app posts them to its
GUI thread); without one they are called on the writer thread itself. The thread starts with the first job and
ends when the queue has been idle a moment, so a hundred closed windows leave no hundred idle threads.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys
import threading
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from editor.errors import Cancelled, InputError
from editor.storage.rescue import readable

log = logging.getLogger(__name__)

Post = Callable[[Callable[[], None]], None]
WORKER_NICENESS = 2  # the GUI thread wins the CPU when the writer and other programs compete for two cores
_IDLE_SECONDS = 2.0
_LIVE: weakref.WeakSet[Writer] = weakref.WeakSet()


def _call(fn: Callable[[], None]) -> None:
    fn()


def _lower_thread_priority() -> None:
    if sys.platform.startswith("linux"):  # a nice value is per thread on Linux; elsewhere this does nothing
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


class Writer:
    def __init__(self, post: Post | None = None) -> None:
        self._post = post or _call
        self._jobs: deque[tuple[Callable[[], Any], Callable[[Any], None] | None, Callable[[InputError], None] | None]]
        self._jobs = deque()
        self._cond = threading.Condition()
        self._unfinished = 0
        self._thread: threading.Thread | None = None
        _LIVE.add(self)

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_failed: Callable[[InputError], None] | None = None) -> None:  # fmt: skip
        """Run ``work()`` after every job asked before it; then ``on_done(result)`` or ``on_failed(error)``.

        ``error`` is an InputError a reporter can read (anything unexpected is logged, see ``readable``); a job that
        raised ``Cancelled`` reports nothing."""
        with self._cond:
            self._jobs.append((work, on_done, on_failed))
            self._unfinished += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="banthao-writer", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    @property
    def busy(self) -> bool:
        """Some job is queued or running (or its report is being delivered)."""
        with self._cond:
            return self._unfinished > 0

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every job asked so far has run; False when ``timeout`` (seconds) passed first.

        Never call it from a job: the writer would wait for itself."""
        if threading.current_thread() is self._thread:
            return not self._jobs
        with self._cond:
            return self._cond.wait_for(lambda: self._unfinished == 0, timeout)

    def _serve(self) -> None:
        _lower_thread_priority()
        while True:
            with self._cond:
                if not self._jobs:
                    self._cond.wait(_IDLE_SECONDS)
                if not self._jobs:
                    self._thread = None
                    return
                job = self._jobs.popleft()
            try:
                self._run(*job)
            finally:
                with self._cond:
                    self._unfinished -= 1
                    self._cond.notify_all()

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None,
             on_failed: Callable[[InputError], None] | None) -> None:  # fmt: skip
        try:
            result = work()
        except Cancelled:
            return
        except Exception as exc:  # the writer must never die: the owner gets a readable line
            error = readable(exc)
            if on_failed is not None:
                self._deliver(lambda: on_failed(error))
            else:
                log.warning("background write failed: %s", error.one_line())
            return
        if on_done is not None:
            self._deliver(lambda: on_done(result))

    def _deliver(self, report: Callable[[], None]) -> None:
        try:
            self._post(report)
        except Exception:  # the owner is gone (a closed window): nobody is left to tell
            log.exception("a background write's report could not be delivered")


@atexit.register
def _finish_writes() -> None:
    """At exit, let writes already asked for reach the disk (the thread is a daemon, so it cannot hold exit up)."""
    for writer in list(_LIVE):
        writer.wait(30)
