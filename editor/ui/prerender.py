"""The app's idle pre-rendering: after photos arrive (or are cropped, turned, moved), their print and web
renditions are made in the background so that Export only writes the file.

Thin Qt glue over ``editor.media.prerender.Prerenderer`` (one worker process at the lowest CPU priority) and
``editor.export.prerender.wanted_renditions`` (which renditions). The GUI thread only starts timers:

* the session's article signal re-plans (debounced) when the figures changed — photo, crop, turn or layout; the plan
  is made on a plain thread (it waits for photos still being copied into the project);
* every edit (each key typed into any field is one) pauses the worker and restarts a 1 s timer that resumes it,
  so it never competes with typing;
* ``close()`` (the window closing) drops the queue and stops the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from editor.model.article import Article, Figure

log = logging.getLogger("editor.ui")
RESUME_AFTER_MS = 1000  # quiet time after the last key before the worker goes on
PLAN_AFTER_MS = 1500  # idle time after photos arrive (a burst of 30 is planned once)
RETRY_MS = 3000  # photos still being copied in: plan again a little later


def _figures_key(article: Article) -> tuple[tuple[object, ...], ...]:
    """What decides the renditions an article needs (its text does not)."""
    return tuple((b.image, b.rotation, b.crop, b.layout) for b in article.body if isinstance(b, Figure))


def _warm_export_path() -> None:
    """Import what the first Export click would otherwise import on its way (a second, on a busy machine): the
    export API, the house template's styles, the versions record made after it."""
    import editor.export.api
    import editor.export.docx.make_reference
    import editor.ui.versions_dialog  # noqa: F401


class IdlePrerender(QObject):
    planned = Signal(int)  # how many renditions are wanted (tests, status)
    _plan_failed = Signal()

    def __init__(self, parent: QObject, session: Any, settings: Any, profile: Callable[[], object]) -> None:
        """``session``: the open article (its ``changed`` signal, ``article``, ``active``, ``opened_for_export``);
        ``settings``: the export settings; ``profile()``: the outlet profile of the moment."""
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.profile = profile
        self._renderer: Any = None  # made at the first plan: start-up does not load the photo pipeline for it
        self._planned_key: tuple[tuple[object, ...], ...] = ()
        self._plan_timer = QTimer(self, singleShot=True, interval=PLAN_AFTER_MS)
        self._plan_timer.timeout.connect(self._plan)
        self._resume_timer = QTimer(self, singleShot=True, interval=RESUME_AFTER_MS)
        self._resume_timer.timeout.connect(lambda: self._renderer is not None and self._renderer.resume())
        self._plan_failed.connect(lambda: self._plan_timer.start(RETRY_MS))
        self.session.changed.connect(self._article_changed)
        self._closed = False
        self._planning = 0  # plans being made on their threads
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        made: list[Any] = []  # the renderer once made, for the window's destroyed signal
        self._made = made
        parent.destroyed.connect(lambda *_: [renderer.close() for renderer in made])  # deleted without closing

    @property
    def renderer(self) -> Any:
        """The worker (``editor.media.prerender.Prerenderer``), made when first needed."""
        if self._renderer is None:
            from editor.files.paths import cache_dir
            from editor.media.prerender import Prerenderer
            from editor.media.renditions import RenditionCache

            self._renderer = Prerenderer(RenditionCache(cache_dir() / "renditions"))
            self._made.append(self._renderer)
            if self._closed:
                self._renderer.close()
        return self._renderer

    def _article_changed(self, article: Article, _origin: object = None) -> None:
        """Every edit (a key typed in any field is one) holds the work back until the reporter pauses. The
        session's signal says so without an application-wide event filter, which would run Python for every
        event the app handles."""
        if self._closed:
            return
        if self._renderer is not None and not self._renderer.paused:
            self._renderer.pause()
        self._resume_timer.start()  # restarted at every edit: resumes 1 s after the last one
        key = _figures_key(article)
        if key != self._planned_key:
            self._planned_key = key
            self._plan_timer.start(PLAN_AFTER_MS)

    def _plan(self) -> None:
        """Ask for the article's renditions as it is now (a snapshot: the article is immutable)."""
        if self._closed or not self.session.active:
            return
        article, profile = self.session.article, self.profile()
        if not article.figures:
            if self._renderer is not None:
                self._renderer.want([])
            return
        renderer = self.renderer  # made here, on the GUI thread, not by the plan's thread
        docx, html = self._options()
        self._planning += 1

        def work() -> None:
            try:
                plan()
            finally:
                self._planning -= 1

        def plan() -> None:
            from editor.errors import InputError
            from editor.export.prerender import wanted_renditions

            try:
                opened = self.session.opened_for_export(article)
                wanted = wanted_renditions(opened, profile, docx=docx, html=html)  # type: ignore[arg-type]
            except InputError as exc:  # photos not copied in yet, or the article closed: try again shortly
                log.info("pre-rendering not planned yet: %s", exc.one_line())
                if not self._closed:
                    self._plan_failed.emit()
                return
            except Exception:
                log.exception("pre-rendering could not be planned")
                return
            if not self._closed:
                renderer.want(wanted)
                self.planned.emit(len(wanted))
            _warm_export_path()

        threading.Thread(target=work, name="prerender-plan", daemon=True).start()

    def _options(self) -> tuple[object, object]:
        """The export dialog's defaults from the settings, so the renditions made are the ones it will ask for."""
        from pathlib import Path

        from editor.export.options import DocxOptions, HtmlOptions

        settings = self.settings
        reference = str(settings.get("export/reference") or "").strip()
        quality = settings.get("export/photo_quality")
        docx = DocxOptions(reference=Path(reference).expanduser() if reference else None,
                           font_size=settings.get("export/docx_font_size"), quality=quality)  # fmt: skip
        return docx, HtmlOptions(quality=quality)

    def idle(self) -> bool:
        """Nothing planned, queued or being made (tests and benchmarks)."""
        idle = self._renderer is None or self._renderer.idle()
        return not self._plan_timer.isActive() and not self._planning and idle

    def close(self) -> None:
        """Stop: drop what is queued, let the photo being made finish, end the worker. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._plan_timer.stop()
        self._resume_timer.stop()
        if self._renderer is not None:
            self._renderer.close()
