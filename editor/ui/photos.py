"""Photos of the open article as the window shows them: thumbnails and metadata, all made off the GUI thread.

A photo brought by the reporter is read where it lies (thumbnail, metadata); the workspace then copies it into the
project on its writer thread, so the GUI never waits for a 10 MB blob write. Photos already in a project are
thumbnailed from their bytes. Thumbnails come back as QImage (QPixmap is GUI-thread only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from editor.errors import InputError
from editor.messages import msg
from editor.model.article import Crop, Figure
from editor.storage.workspace import Workspace
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
    """The photos as the window shows them: thumbnails and previews, and reading new photos before they enter.

    Which photos the article has, and copying them into the project, is the workspace's; this store only decides
    when the copies start (after the thumbnails on screen, which come first) and reads the project's bytes to draw.
    """

    thumbnailReady = Signal(str)  # photo name
    importsFinished = Signal()
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._thumbs: dict[ThumbKey, QImage] = {}
        self._previews: dict[ThumbKey, QImage] = {}
        self._thumb_wanted: set[ThumbKey] = set()
        self._thumb_jobs = 0
        self._deferred: list[ThumbKey] = []
        self._held = False
        self.jobs = Jobs(QThreadPool.globalInstance(), self)

    @property
    def pending(self) -> set[str]:
        """Photo names not yet copied into the project (the workspace's)."""
        return self.workspace.pending

    # -- names ---------------------------------------------------------------------------------------------

    def unique_name(self, wanted_file: str, taken: Iterable[str]) -> str:
        return self.workspace.unique_name(wanted_file, taken)

    def known_names(self) -> set[str]:
        """Photo names this session can show and export (files on disk, pending copies, the project's)."""
        return self.workspace.known_names()

    # -- bringing photos in --------------------------------------------------------------------------------

    def probe(self, paths: list[Path], taken: Iterable[str], on_done: Callable[[list[Probe], list[str]], None]) -> None:
        """Check and read metadata of ``paths`` in workers; ``on_done(probes, errors)`` once all have reported."""
        names: list[str] = []
        taken = set(taken)
        for path in paths:
            name = self.unique_name(path.name, taken | set(names))
            names.append(name)
            self.workspace.reserve(name)  # reserved until it is imported or dropped
        results: list[Probe | None] = [None] * len(paths)
        errors: list[str] = []
        remaining = [len(paths)]

        def finish() -> None:
            remaining[0] -= 1
            if remaining[0] == 0:
                probes = [p for p in results if p is not None]
                for i, probe in enumerate(results):
                    if probe is None:
                        self.workspace.unreserve(names[i])
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

    def adopt(self, probes: list[Probe], later: Callable[[Callable[[], None]], None] | None = None) -> None:
        """The probed photos are in the article: keep their thumbnails, ask for previews, copy them in.

        With ``later`` (e.g. ``AfterPaint.then``), the sharper previews and the copies start when it says, so the
        caller can lay out and paint the new figures first: the workers' Python would take the interpreter lock
        from each of the layout's callbacks into Python (three per figure). The photos are the workspace's at once
        either way (a save copies them)."""
        sharper: list[ThumbKey] = []
        for probe in probes:
            key: ThumbKey = (probe.name, 0, None)
            if not probe.thumbnail.isNull():
                self._thumbs[key] = probe.thumbnail
                self._thumb_wanted.add(key)
                if max(probe.thumbnail.width(), probe.thumbnail.height()) >= THUMB_SIZE - 1:
                    sharper.append(key)
        for probe in probes:
            self.workspace.register_photo(probe.name, probe.path)

        def start() -> None:
            for key in sharper:
                if key in self._thumbs:  # not forgotten meanwhile (another article opened)
                    self._request(key, PREVIEW_SIZE)
            self.pump_imports()

        if later is None:
            start()
        else:
            later(start)

    def import_file(self, name: str, path: Path) -> None:
        """Copy the original into the project, after the thumbnails on screen are made (they come first)."""
        self.workspace.register_photo(name, path)
        self.pump_imports()

    def pump_imports(self) -> None:
        """Start the waiting copies unless thumbnails are being made (then the last one starts them)."""
        if not self._thumb_jobs:
            self.workspace.copy_waiting()

    def flush_imports(self) -> None:
        """Start every waiting copy now, e.g. before a save or an export needs them."""
        self.workspace.copy_waiting()

    def wait_for_imports(self, msecs: int = 60_000) -> bool:
        """Flush and wait for the writer thread."""
        return self.workspace.settle(msecs / 1000)

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

    def hold_thumbnails(self, msecs: int) -> None:
        """Start no thumbnail for ``msecs`` or until ``release_thumbnails()``: a window opening paints itself first
        (the workers' Python would take the interpreter lock from the first layout, 60 ms of a half-second start)."""
        self._held = True
        QTimer.singleShot(msecs, self, self.release_thumbnails)

    def release_thumbnails(self) -> None:
        if self._held:
            self._held = False
            if self._deferred:
                QTimer.singleShot(0, self, self._start_deferred)

    def _start_deferred(self) -> None:
        if self._held:
            return  # release_thumbnails() starts them
        keys, self._deferred = self._deferred, []
        for key in keys:
            self._request(key, THUMB_SIZE)

    def _request(self, key: ThumbKey, size: int) -> None:
        name, rotation, crop = key  # quarter turns already (Figure.quarter_turns): the recipe's unit
        path = self.workspace.files.get(name)
        workspace = self.workspace

        def work() -> QImage:
            from editor.media.renditions import render_bytes
            from editor.media.thumbnails import make_thumbnail, thumbnail_recipe

            if path is not None:
                rendition = make_thumbnail(path, size, rotation, crop)
            else:
                data = workspace.photo_bytes(name)
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
            self.pump_imports()

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
