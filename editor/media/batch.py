"""Renditions of many photos on all cores, streamed: ``render_many`` and its worker pools.

Threads or processes (tests/benchmarks/bench_media.py --executor both on the 30 × 24 MP corpus, 2 cores,
Pillow 13, 2400 px renditions; the machine is shared, so figures are the best of alternating rounds):

* Pillow releases the GIL while decoding, resampling and encoding: two threads decoded in draft mode 1.5× and
  resized with LANCZOS 1.9× faster than one. (A first measurement saying resizing did not scale was disturbed
  by another job on the machine; repeated interleaved runs settled it.)
* End to end on a quiet machine the two are level: processes 3.8 s, threads 4.0 s, bare-Pillow floor 3.8 s
  (best of three alternating rounds); peak memory of all processes 219 MB with processes, 179 MB with threads.
  With other programs busy, threads fell behind (5.8-6.5 s against 3.6-4.6 s for processes in the same runs):
  a thread preempted while holding the GIL stalls the other, where processes only share the cores.
* Processes also isolate crashes: a decoder that segfaults on a hostile file kills one worker, which
  ``render_many`` detects and turns into a refusal of that file, instead of killing the editor and the
  reporter's unsaved work; and decode loops stay off the GUI process's GIL.

So ``render_many`` uses worker processes by default. They are forked when the calling process runs a single
thread (command line, tests, benchmark: starting costs milliseconds) and spawned otherwise (the Qt application
has threads, and forking a threaded process can deadlock the child). Results come back as bytes of a few hundred
kilobytes, so pickling is negligible. A long-lived pool from ``make_pool`` can be passed as ``pool`` so the UI
pays the spawn (about 0.2 s) once per session. ``executor="threads"`` stays available.

In-flight work is bounded to twice the worker count, so memory does not grow with the number of photos.

A job may carry the original's sha256 when the caller knows it (a project stores it): a cached rendition is then
found without reading or hashing the original. A worker that reads an original of unknown hash hashes the bytes
it already holds and files its rendition in the cache itself: about 2 % of a photo's time, spread over the workers.
(Filing them afterwards in the calling process, as 2a0a0df did, read every original a second time after the last
photo: 0.35 s of wall and CPU on the benchmark article, against 0.05 s of wall this way.)

``Prerenderer`` fills the cache in idle time, one photo at a time on one worker process at the lowest CPU priority,
paused and resumed by its owner (the app pauses it while the reporter types): see ``editor.ui.prerender``.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from editor.errors import Cancelled, InputError
from editor.media import renditions as _renditions
from editor.media.renditions import Recipe, Rendition, RenditionCache
from editor.media.safe_open import display_name
from editor.messages import Message, msg

log = logging.getLogger("editor.media")

Executor = Literal["threads", "processes"]
_Job = tuple[int, Path, Recipe, "str | None"]
# (original, recipe[, its known sha256]); the original may be a callable giving the file, called only on a cache miss
PathSpec = Path | Callable[[], Path]
JobSpec = tuple[PathSpec, Recipe] | tuple[PathSpec, Recipe, "str | None"]
_processes_work: bool | None = None  # learnt once per process: can worker processes start here at all?


@dataclass(frozen=True)
class _Refusal:
    """An InputError in transit from a worker process (InputError's keyword arguments do not survive pickling)."""

    problem: str | Message  # the catalogue message travels, so it is rendered in the reader's language later
    source: str | None
    where: str | Message | None


def _job(path: Path, recipe: Recipe, cache: RenditionCache | None, digest: str | None = None) -> Rendition | _Refusal:
    """One photo, in a worker: refusals come back as values so one bad file does not stop the others."""
    try:
        return cache.make(path, recipe, digest) if cache is not None else _renditions.make_rendition(path, recipe)
    except InputError as exc:
        return _Refusal(exc.message or exc.problem, exc.source, exc.where)


def _ping() -> bool:
    return True


def _result(value: Rendition | _Refusal) -> Rendition | InputError:
    if isinstance(value, _Refusal):
        return InputError(value.problem, source=value.source, where=value.where)
    return value


def make_pool(workers: int | None = None, executor: Executor = "processes") -> cf.Executor:
    """A worker pool for ``render_many``: processes (forked when this process has one thread, else spawned)."""
    workers = max(1, workers or os.cpu_count() or 1)
    if executor == "threads":
        return cf.ThreadPoolExecutor(workers, thread_name_prefix="rendition")
    import multiprocessing  # here: a re-export from the cache starts no process and need not load it

    single_threaded = threading.active_count() == 1
    method = "fork" if single_threaded and "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return cf.ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context(method), initializer=_exit_with_parent, initargs=(os.getpid(),)
    )


def _exit_with_parent(parent: int) -> None:
    """Worker start-up: leave when the app that started us is gone.

    A worker blocks reading its task queue, whose write end its sibling workers also hold, so a parent killed
    outright (a crash, SIGKILL) would leave the workers waiting for ever. A daemon thread checks once a second.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def processes_work() -> bool:
    """Whether worker processes can start here (a frozen app or an unimportable main module cannot spawn)."""
    global _processes_work
    if _processes_work is None:
        pool = make_pool(1, "processes")
        try:
            _processes_work = bool(pool.submit(_ping).result(timeout=60))
        except (cf.BrokenExecutor, cf.TimeoutError, OSError):
            _processes_work = False
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if not _processes_work:
            log.warning("worker processes cannot start here; photos are rendered on threads instead")
    return _processes_work


class _Pools:
    """The current pool of a ``render_many`` call, replaced when a crash kills it."""

    def __init__(self, workers: int, executor: Executor, pool: cf.Executor | None) -> None:
        self.workers, self.executor, self.pool, self.own = workers, executor, pool, pool is None

    def submit(self, path: Path, recipe: Recipe, cache: RenditionCache | None,
               digest: str | None = None) -> cf.Future[Rendition | _Refusal]:  # fmt: skip
        for attempt in range(2):
            if self.pool is None:
                self.pool, self.own = make_pool(self.workers, self.executor), True
            try:
                return self.pool.submit(_job, path, recipe, cache, digest)
            except (cf.BrokenExecutor, RuntimeError):  # a pool given to us died earlier, or was shut down
                if attempt:
                    raise
                self.replace()
        raise AssertionError("unreachable")

    def replace(self) -> None:
        """Drop a dead pool (waiting lets its threads end, so the next pool may fork) and check a new one can start."""
        self.close()
        self.pool = None
        if self.executor == "processes" and not processes_work():
            self.executor = "threads"

    def close(self) -> None:
        if self.pool is not None and self.own:
            self.pool.shutdown(wait=True, cancel_futures=True)


def render_many(
    jobs: Iterable[JobSpec],
    *,
    cache: RenditionCache | None = None,
    workers: int | None = None,
    cancel: Callable[[], bool] | None = None,
    executor: Executor = "processes",
    pool: cf.Executor | None = None,
) -> Iterator[tuple[int, Rendition | InputError]]:
    """Yield (job index, rendition or InputError) as photos finish, on all cores, streaming.

    At most ``2 × workers`` photos are in flight, so memory stays flat whatever the number of photos and a
    consumer writing a package as results arrive never holds them all. ``cancel`` is polled between photos; when
    it returns True the photos not started are dropped, those running are finished, and Cancelled is raised.
    ``pool`` (from ``make_pool``) is used and left running; without it a pool is made for this call. A file that
    kills a worker process (a decoder crash) is found by re-running the photos that were in flight one by one,
    and refused; the others are rendered. A job's known sha256 (third item) finds a cached rendition without
    reading the original, and a callable original is called only when its photo must be made.
    """
    workers = max(1, workers or os.cpu_count() or 1)
    pools = _Pools(workers, executor, pool)
    limit = 2 * workers
    it = iter(enumerate(jobs))
    pending: _Pending = {}
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < limit:
                if cancel is not None and cancel():
                    raise Cancelled()
                try:
                    index, spec = next(it)
                except StopIteration:
                    exhausted = True
                    break
                answered = _start(index, spec, cache, pools, pending)
                if answered is not None:
                    yield answered
            if not pending:
                return
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            suspects: list[_Job] = []
            for fut in done:
                job = pending.pop(fut)
                try:
                    value = fut.result()
                except cf.BrokenExecutor:
                    suspects.append(job)
                    continue
                yield job[0], _result(value)
            if suspects:  # the pool is dead: every photo still in it failed with it
                cf.wait(pending)
                suspects += pending.values()
                pending.clear()
                pools.replace()
                yield from _isolate(sorted(suspects), cache, pools.executor)
            if cancel is not None and cancel():
                raise Cancelled()
    finally:
        for fut in pending:
            fut.cancel()
        if pools.own:
            pools.close()
        elif pending:
            cf.wait(pending)


_Pending = dict[cf.Future[Rendition | _Refusal], _Job]


def _start(index: int, spec: JobSpec, cache: RenditionCache | None, pools: _Pools,
           pending: _Pending) -> tuple[int, Rendition | InputError] | None:  # fmt: skip
    """Answer a job from the cache or refuse it (the answer), else hand it to a worker (None)."""
    source, recipe, digest = spec[0], spec[1], spec[2] if len(spec) > 2 else None
    # Cache hits are answered here, without a worker: a second export starts no process at all.
    hit = cache.fetch(digest, recipe) if cache is not None and digest is not None else None
    if hit is None:
        try:
            path = Path(source() if callable(source) else source)
        except InputError as exc:  # the source cannot give the file (gone, damaged, outside its folder)
            return index, exc
        if cache is not None and digest is None:
            hit = cache.lookup(path, recipe)
    if hit is not None:
        return index, hit
    pending[pools.submit(path, recipe, cache, digest)] = (index, path, recipe, digest)
    return None


def _isolate(
    suspects: list[_Job], cache: RenditionCache | None, executor: Executor
) -> Iterator[tuple[int, Rendition | InputError]]:
    """Re-run photos from a crashed pool one at a time in a fresh worker, refusing the one that crashes again."""
    pools = _Pools(1, executor, None)
    try:
        for index, path, recipe, digest in suspects:
            try:
                yield index, _result(pools.submit(path, recipe, cache, digest).result())
            except cf.BrokenExecutor:
                yield (
                    index,
                    InputError(msg("photo.decoder-crashed"), source=display_name(path)),
                )
                pools.replace()
    finally:
        pools.close()
