"""Entry point of the desktop app: ``run(path)`` creates the QApplication, opens the article and runs the loop."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def create_window(path: Path | None = None, *, first_run: bool = True) -> object:
    """The main window with ``path`` (or the sample / restored work) open, not yet shown. Needs a QApplication.
    ``first_run=False`` never asks the first start's questions."""
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    settings = Settings()
    window = MainWindow(settings)
    window.restore_geometry(settings.get("window/geometry"))
    if path is None and first_run:
        window.files.first_run()  # a first start from the menu asks for the outlet; opening a file does not wait
    window.files.start(Path(path) if path is not None else None)
    return window


def run(path: Path | None = None) -> int:
    """Open ``path`` (a .json article, a folder with article.json, a .banthao project) and run; the exit code."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    import editor.ui  # noqa: F401 - applies the PySide6 workaround before Qt is used
    from editor.ui.i18n import install_translators
    from editor.ui.settings import APPLICATION, ORGANISATION, Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Bản Thảo")
    QGuiApplication.setDesktopFileName("banthao")
    from PySide6.QtGui import QIcon

    from editor.ui.about import ICON

    app.setWindowIcon(QIcon(str(ICON)))
    translators = install_translators(app, Settings().get("ui/language"))
    window = create_window(path)
    window.show()  # type: ignore[attr-defined]
    if os.environ.get("BANTHAO_SMOKE_SCREENSHOT"):
        _screenshot_then_quit(window, Path(os.environ["BANTHAO_SMOKE_SCREENSHOT"]))
    from editor.ui.paste import release_clipboard

    app.aboutToQuit.connect(release_clipboard)  # else Qt's exit handlers crash on our copied data
    code = app.exec()
    del translators
    return code


def _screenshot_then_quit(window: object, target: Path) -> None:
    """Smoke tests of a build (``.ci/run``) and the start-up figure: save the first painted window, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def shoot() -> None:
        handle = window.windowHandle()  # type: ignore[attr-defined]
        if handle is None or not handle.isExposed():
            QTimer.singleShot(20, shoot)
            return
        window.grab().save(str(target))  # type: ignore[attr-defined]
        QApplication.instance().quit()  # type: ignore[union-attr]

    QTimer.singleShot(0, shoot)
