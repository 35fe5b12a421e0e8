"""Entry point of the desktop app: ``run(path)`` creates the QApplication, opens the article and runs the loop."""

from __future__ import annotations

import sys
from pathlib import Path


def create_window(path: Path | None = None) -> object:
    """The main window with ``path`` (or the sample / restored work) open, not yet shown. Needs a QApplication."""
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    settings = Settings()
    window = MainWindow(settings)
    window.restore_geometry(settings.get("window/geometry"))
    if path is None:
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
    translators = install_translators(app, Settings().get("ui/language"))
    window = create_window(path)
    window.show()  # type: ignore[attr-defined]
    from editor.ui.paste import release_clipboard

    app.aboutToQuit.connect(release_clipboard)  # else Qt's exit handlers crash on our copied data
    code = app.exec()
    del translators
    return code
