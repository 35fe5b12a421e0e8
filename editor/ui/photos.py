"""Photos of the open article: readable files, thumbnails and metadata, all made off the GUI thread.

A photo brought by the reporter is read where it lies (thumbnail, metadata) and copied into the project on a
single background thread, so the GUI never waits for a 10 MB blob write. Photos already in a project are
thumbnailed from their bytes. Thumbnails come back as QImage (QPixmap is GUI-thread only).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from editor.errors import InputError
from editor.messages import msg
from editor.model.article import Crop, Figure
from editor.storage.project import Project
from editor.text.normalize import nfc
from editor.ui.imaging import decode
from editor.ui.workers import Jobs

THUMB_SIZE = 256  # shown first: JPEG draft mode decodes a 24 MP photo at 1/8 scale for it, so 30 appear at once
PREVIEW_SIZE = 900  # then a sharper picture for the editor column, made after every thumbnail is on screen
ThumbKey = tuple[str, int, Crop | None]


@dataclass(frozen=True)
class Probe:
    """What a worker learnt about a photo file before it enters the article (with its thumbnail, already made)."""

    path: Path
    name: str
    figure: Figure
    thumbnail: QImage
    meta: Any = None  # the PhotoMetadata read, if any: the outlet's credit and the notes (editor.media.prefill)


def probe_file(path: Path, name: str) -> Probe:
    """Read the file once: metadata for the pre-filled fields and the thumbnail, from the same bytes."""
    from editor.media.renditions import render_bytes
    from editor.media.safe_open import decoding, open_bytes, read_file
    from editor.media.thumbnails import thumbnail_recipe

    checked, data = read_file(path)
    figure, meta = Figure(image=name), None
    try:
        from editor.media.metadata import metadata_of

        with decoding(checked):
            meta = metadata_of(open_bytes(data, checked))
        figure = figure_for(meta, name)
    except Exception:  # unreadable metadata never keeps a photo out; an unreadable picture does, below
        pass
    rendition = render_bytes(data, thumbnail_recipe(THUMB_SIZE), source=checked)
    return Probe(checked, name, figure, decode(rendition.data), meta)


def figure_for(meta: Any, name: str) -> Figure:
    """A new figure, caption/credit/alt/rights pre-filled from the photo's IPTC/XMP when present (with their origin)."""
    from editor.media.prefill import figure_from_metadata

    return figure_from_metadata(meta, name)


class PhotoStore(QObject):
    thumbnailReady = Signal(str)  # photo name
    importsFinished = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = threading.RLock()  # serialises every use of the project's SQLite connection
        self.project: Project | None = None
        self.files: dict[str, Path] = {}  # names readable from a file on disk (brought in, or beside a JSON)
        self._thumbs: dict[ThumbKey, QImage] = {}
        self._previews: dict[ThumbKey, QImage] = {}
        self._thumb_wanted: set[ThumbKey] = set()
        self._thumb_jobs = 0
        self._deferred: list[ThumbKey] = []
        self._import_queue: list[tuple[str, Path]] = []
        self.pending: set[str] = set()  # names not yet copied into the project
        self.jobs = Jobs(QThreadPool.globalInstance(), self)
        writer = QThreadPool(self)
        writer.setMaxThreadCount(1)  # one writer: SQLite has one connection and the disk one head
        self.writer = Jobs(writer, self)

    # -- names ---------------------------------------------------------------------------------------------

    def unique_name(self, wanted_file: str, taken: Iterable[str]) -> str:
        base = nfc(PurePosixPath(wanted_file.replace("\\", "/")).name) or "anh.jpg"
        base = "".join(c for c in base if c.isprintable() and c not in '/:*?"<>|') or "anh.jpg"
        used = set(taken) | set(self.files) | self.pending
        if self.project is not None:
            with self.lock:
                used |= set(self.project.photo_names())
        candidate = f"images/{base}"
        stem, dot, ext = base.rpartition(".")
        if not dot:
            stem, ext = base, ""
        counter = 2
        while candidate in used:
            candidate = f"images/{stem}-{counter}{dot}{ext}"
            counter += 1
        return candidate

    def known_names(self) -> set[str]:
        """Photo names this session can show and export (files on disk, pending copies, the project's)."""
        names = set(self.files) | self.pending
        if self.project is not None:
            with self.lock:
                names |= set(self.project.photo_names())
        return names

    # -- bringing photos in --------------------------------------------------------------------------------

    def probe(self, paths: list[Path], taken: Iterable[str], on_done: Callable[[list[Probe], list[str]], None]) -> None:
        """Check and read metadata of ``paths`` in workers; ``on_done(probes, errors)`` once all have reported."""
        names: list[str] = []
        taken = set(taken)
        for path in paths:
            name = self.unique_name(path.name, taken | set(names))
            names.append(name)
            self.pending.add(name)  # reserved until it is imported or dropped
        results: list[Probe | None] = [None] * len(paths)
        errors: list[str] = []
        remaining = [len(paths)]

        def finish() -> None:
            remaining[0] -= 1
            if remaining[0] == 0:
                probes = [p for p in results if p is not None]
                for i, probe in enumerate(results):
                    if probe is None:
                        self.pending.discard(names[i])
                on_done(probes, errors)

        for i, (path, name) in enumerate(zip(paths, names, strict=True)):

            def work(path: Path = path, name: str = name) -> Probe:
                return probe_file(path, name)

            def done(probe: Probe, i: int = i) -> None:
                results[i] = probe
                finish()

            def failed(message: str) -> None:
                errors.append(message)
                finish()

            self.jobs.submit(work, done, failed)

    def adopt(self, probes: list[Probe]) -> None:
        """The probed photos are in the article: keep their thumbnails, ask for previews, copy them in."""
        for probe in probes:
            self.files[probe.name] = probe.path
            key: ThumbKey = (probe.name, 0, None)
            if not probe.thumbnail.isNull():
                self._thumbs[key] = probe.thumbnail
                self._thumb_wanted.add(key)
                if max(probe.thumbnail.width(), probe.thumbnail.height()) >= THUMB_SIZE - 1:
                    self._request(key, PREVIEW_SIZE)
        for probe in probes:
            self.import_file(probe.name, probe.path)

    def import_file(self, name: str, path: Path) -> None:
        """Copy the original into the project, after the thumbnails on screen are made (they come first)."""
        self.pending.add(name)
        self._import_queue.append((name, path))
        self._pump_imports()

    def _pump_imports(self) -> None:
        if self._thumb_jobs:
            return
        queue, self._import_queue = self._import_queue, []
        for name, path in queue:
            self._start_import(name, path)

    def _start_import(self, name: str, path: Path) -> None:
        def work() -> str:
            data = path.read_bytes()  # outside the lock: reading 10 MB must not hold up an autosave
            with self.lock:
                if self.project is None:
                    raise InputError(msg("session.photo_unavailable", name=name))
                self.project.add_photo_bytes(name, data)
            return name

        def done(_name: str) -> None:
            self.pending.discard(name)
            if not self.pending:
                self.importsFinished.emit()

        def failed(message: str) -> None:
            self.pending.discard(name)
            self.failed.emit(message)
            if not self.pending:
                self.importsFinished.emit()

        self.writer.submit(work, done, failed)

    def flush_imports(self) -> None:
        """Start every queued copy now (GUI thread only), e.g. before a save or an export needs them."""
        queue, self._import_queue = self._import_queue, []
        for name, path in queue:
            self._start_import(name, path)

    def wait_for_imports(self, msecs: int = 60_000) -> bool:
        """Flush and wait for the writer thread (GUI thread only)."""
        self.flush_imports()
        return self.writer.wait(msecs)

    # -- thumbnails ----------------------------------------------------------------------------------------

    def thumbnail(self, figure: Figure) -> QImage | None:
        """The thumbnail when ready; otherwise None and one is requested (the view repaints on thumbnailReady)."""
        key: ThumbKey = (figure.image, figure.quarter_turns, figure.crop)  # the recipe counts quarter turns
        preview = self._previews.get(key)
        if preview is not None and not preview.isNull():
            return preview
        image = self._thumbs.get(key)
        if image is None and key not in self._thumb_wanted:
            self._thumb_wanted.add(key)
            # Asked during layout: start the workers after it, or they would fight the layout for the GIL.
            if not self._deferred:
                QTimer.singleShot(0, self._start_deferred)
            self._deferred.append(key)
        return image

    def _start_deferred(self) -> None:
        keys, self._deferred = self._deferred, []
        for key in keys:
            self._request(key, THUMB_SIZE)

    def _request(self, key: ThumbKey, size: int) -> None:
        name, rotation, crop = key  # quarter turns already (Figure.quarter_turns): the recipe's unit
        path = self.files.get(name)
        project = self.project

        def work() -> QImage:
            from editor.media.renditions import render_bytes
            from editor.media.thumbnails import make_thumbnail, thumbnail_recipe

            if path is not None:
                rendition = make_thumbnail(path, size, rotation, crop)
            else:
                if project is None:
                    raise InputError(msg("session.photo_unavailable", name=name))
                with self.lock:
                    data = project.photo_bytes(name)
                rendition = render_bytes(data, thumbnail_recipe(size, rotation, crop), source=name)
            image = decode(rendition.data)
            if image.isNull():
                raise InputError(msg("session.photo_undecodable", name=name))
            return image

        preview = size != THUMB_SIZE
        self._thumb_jobs += 1

        def finish() -> None:
            self._thumb_jobs -= 1
            self.thumbnailReady.emit(name)
            self._pump_imports()

        def done(image: QImage) -> None:
            (self._previews if preview else self._thumbs)[key] = image
            if not preview and max(image.width(), image.height()) >= THUMB_SIZE - 1:
                self._request(key, PREVIEW_SIZE)  # the photo is bigger than the thumbnail: a sharper one follows
            finish()

        def failed(message: str) -> None:
            try:
                if not preview:
                    self._thumbs[key] = QImage()  # a null image: the view says "cannot show", not asking forever
                    self.failed.emit(message)
                finish()
            except RuntimeError as error:  # the window closed while the photo was read: nobody to tell
                if "deleted" not in str(error):
                    raise

        # Thumbnails before previews: the pool runs higher priorities first.
        self.jobs.submit(work, done, failed, priority=0 if preview else 1)

    def forget_thumbnails(self) -> None:
        self._thumbs.clear()
        self._previews.clear()
        self._thumb_wanted.clear()

    def ready_count(self) -> int:
        return sum(1 for image in self._thumbs.values() if not image.isNull())
