"""Renditions made in idle time, before anyone asks for them: one photo at a time, one worker, lowest priority.

The app hands a ``Prerenderer`` the renditions the article's exports will need (``editor.export.prerender`` says
which: the DOCX print size and the HTML widths of every figure, with its crop and rotation) whenever the article
changes; it makes the missing ones into the content-addressed ``RenditionCache``, so clicking Export only reads
them back. Rules, so that typing never waits for it:

* one worker process at the lowest CPU priority the system has (``SCHED_IDLE`` on Linux, else ``nice 19``): it
  uses at most one core, and only what the editor leaves; decoding happens outside the editor's process, so it
  never holds the editor's GIL;
* ``pause()`` (the app calls it on every key press) holds back the next photo; the one being made finishes (a
  fraction of a second, on the idle core) and the worker then waits for ``resume()``;
* ``want()`` replaces the queue with the article's current needs, so an edit (a crop, a turn, a removed photo)
  drops work that is no longer wanted; entries are keyed by content and recipe, so a stale one is never served;
* ``close()`` drops the queue, lets the running photo finish and stops the worker.

The worker hashes what it reads (``RenditionCache.make`` without a known hash): the file it is given may be the
reporter's own copy, which can change after it was brought in, and pixels are only ever filed under the hash of the
bytes they were made from.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from editor.errors import InputError
from editor.media.batch import _exit_with_parent
from editor.media.renditions import Recipe, RenditionCache

log = logging.getLogger("editor.media")


@dataclass(frozen=True)
class Wanted:
    """A rendition an export will need: the original (resolved when its turn comes), the recipe, a known hash."""

    resolve: Callable[[], Path]
    recipe: Recipe
    sha256: str | None = None  # the original's hash when the caller knows it: a cached entry is then skipped at once
    label: str = ""  # for the log


def _lowest_priority(parent: int) -> None:
    """Worker start-up: idle scheduling class (or nice 19), and leave when the app is gone."""
    _exit_with_parent(parent)
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        with contextlib.suppress(AttributeError, OSError):
            os.nice(19)


def _make(path: Path, recipe: Recipe, cache: RenditionCache) -> str | None:
    """In the worker: make and file one rendition; nothing but a refusal's text travels back (never the bytes)."""
    try:
        cache.make(path, recipe)
    except InputError as exc:  # InputError's arguments do not survive pickling: its text does
        return exc.one_line()
    return None


def make_idle_pool(executor: str = "processes") -> cf.Executor:
    """One worker at the lowest priority (a spawned process: the app has threads, forking it could deadlock)."""
    if executor == "threads":
        return cf.ThreadPoolExecutor(1, thread_name_prefix="prerender")
    return cf.ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("spawn"), initializer=_lowest_priority, initargs=(os.getpid(),)
    )


class Prerenderer:
    """Fills ``cache`` with the wanted renditions in the background (see the module docstring)."""

    def __init__(self, cache: RenditionCache, *, executor: str = "processes",
                 on_idle: Callable[[], None] | None = None) -> None:  # fmt: skip
        self.cache = cache
        self.executor = executor
        self.on_idle = on_idle  # called from the prerender thread when the queue has run dry
        self.made = 0  # renditions made by the worker
        self.skipped = 0  # wanted renditions already in the cache
        self.failed = 0  # refused photos (unreadable, gone): the export will say why, not this
        self._queue: list[Wanted] = []
        self._paused = False
        self._closed = False
        self._busy = False
        self._cond = threading.Condition()
        self._pool: cf.Executor | None = None
        self._thread = threading.Thread(target=self._run, name="prerender", daemon=True)
        self._thread.start()

    # -- the owner's side (any thread) -----------------------------------------------------------------------

    def want(self, wanted: Iterable[Wanted]) -> None:
        """Replace what is to be made with ``wanted`` (the article as it is now), in that order."""
        with self._cond:
            self._queue = list(wanted)
            self._cond.notify_all()

    def pause(self) -> None:
        with self._cond:
            self._paused = True

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._cond.notify_all()

    @property
    def paused(self) -> bool:
        return self._paused

    def idle(self) -> bool:
        """Nothing queued and nothing being made."""
        with self._cond:
            return not self._queue and not self._busy

    def wait_idle(self, timeout: float) -> bool:
        """Block until idle (tests and benchmarks); False on timeout or when paused with work left."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue and not self._busy, timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Drop the queue, let the photo being made finish, stop the worker. Idempotent."""
        with self._cond:
            self._closed = True
            self._queue.clear()
            self._cond.notify_all()
        self._thread.join(timeout)
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    # -- the prerender thread ----------------------------------------------------------------------------------

    def _next(self) -> Wanted | None:
        with self._cond:
            self._busy = False
            if not self._queue:
                self._cond.notify_all()  # wake wait_idle()
            self._cond.wait_for(lambda: self._closed or (self._queue and not self._paused))
            if self._closed:
                return None
            self._busy = True
            return self._queue.pop(0)

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                self._one(job)
            except Exception:  # never let one photo stop the others; the export will report a real problem
                self.failed += 1
                log.exception("pre-rendering %s failed", job.label)
            with self._cond:
                ran_dry = not self._queue
            if ran_dry and self.on_idle is not None:
                self.on_idle()

    def _one(self, job: Wanted) -> None:
        if job.sha256 is not None and self.cache.get(job.sha256, job.recipe) is not None:
            self.skipped += 1
            return
        try:
            path = job.resolve()
        except InputError as exc:  # gone, or not copied in yet: the next want() brings it back
            self.failed += 1
            log.info("pre-rendering %s skipped: %s", job.label, exc.one_line())
            return
        if self._pool is None:
            self._pool = make_idle_pool(self.executor)
        try:
            refusal = self._pool.submit(_make, path, job.recipe, self.cache).result()
        except cf.BrokenExecutor:  # a decoder crash killed the worker: a new one for the next photo
            self.failed += 1
            self._pool = None
            return
        if refusal is None:
            self.made += 1
        else:
            self.failed += 1
            log.info("pre-rendering %s refused: %s", job.label, refusal)
