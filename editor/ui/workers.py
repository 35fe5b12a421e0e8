"""Run Python callables on a QThreadPool and get results back on the GUI thread through queued signals.

Results are plain values, bytes or QImage (never QPixmap, which only the GUI thread may create). Each job owns a
small QObject living on the GUI thread; its signals are emitted from the worker, so Qt queues them to the GUI.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from editor.errors import Cancelled, InputError

log = logging.getLogger("editor.ui")


WORKER_NICENESS = 2
_niced = threading.local()


def _lower_thread_priority() -> None:
    """Let the GUI thread win the CPU when workers and other programs compete for two cores.

    On Linux a nice value is per thread (setpriority on the thread id), and Qt's thread priorities are ignored under
    the default scheduler; elsewhere this does nothing.
    """
    if getattr(_niced, "done", False):
        return
    _niced.done = True
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


_POOLS: dict[str, QThreadPool] = {}


def own_pool(name: str, threads: int = 1) -> QThreadPool:
    """A pool of ``threads`` kept for the whole process, for work that must not take the shared pool's threads.

    Never give a pool a widget as parent: deleting the widget deletes the pool, whose destructor waits for the
    running job while the GUI thread holds the interpreter lock the job needs to finish, and both wait for ever (seen
    when a window was deleted while its checks ran). These pools are drained at exit by a Python call, which lets go
    of the lock while it waits.
    """
    pool = _POOLS.get(name)
    if pool is None:
        if not _POOLS:
            atexit.register(_drain_pools)
        pool = _POOLS[name] = QThreadPool()
        pool.setMaxThreadCount(threads)
    return pool


def _drain_pools() -> None:
    for pool in _POOLS.values():
        pool.waitForDone(30_000)


_LIVE: set[QObject] = set()  # relays of running jobs, whatever happens to the windows that started them


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        _lower_thread_priority()
        relay, self.relay = self.relay, None  # the GUI thread keeps the last reference (see Jobs.submit)
        try:
            result = self.fn()
        except Cancelled:
            self._send(relay.failed, "")
        except InputError as error:
            self._send(relay.failed, error.one_line())
        except Exception as exc:  # a worker must never take the app down; the user gets one line
            log.exception("background job failed")
            self._send(relay.failed, f"{exc.__class__.__name__}: {exc}")
        else:
            self._send(relay.done, result)

    @staticmethod
    def _send(signal: object, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran: nobody is left to tell
            signal.emit(value)  # type: ignore[attr-defined]


def _deleted(error: RuntimeError) -> bool:
    return "already deleted" in str(error)


class Jobs(QObject):
    """Keeps relays alive until their job reports, so a finished signal is never lost to garbage collection.

    Relays have no Qt parent: closing a window (which deletes its children) while a job runs must not delete the
    object the worker is about to emit on. A relay is released on the GUI thread a moment after it reported.
    """

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_failed: Callable[[str], None] | None = None, priority: int = 0) -> None:  # fmt: skip
        relay = _Relay()
        self._relays.add(relay)
        _LIVE.add(relay)

        def release() -> None:
            self._relays.discard(relay)
            QTimer.singleShot(500, lambda: _LIVE.discard(relay))  # the worker has long returned by then

        def finished(result: Any) -> None:
            release()
            try:
                on_done(result)
            except RuntimeError as error:  # the widget that asked was closed meanwhile
                if not _deleted(error):
                    raise

        def failed(message: str) -> None:
            release()
            try:
                if on_failed is not None:
                    on_failed(message)
                elif message:
                    log.warning("background job: %s", message)
            except RuntimeError as error:
                if not _deleted(error):
                    raise

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self.pool.start(_Job(fn, relay), priority)

    @property
    def pending(self) -> int:
        return len(self._relays)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
