"""Screenshots of the main window with the sample article and of the export dialog, for a human look.

Not a test (nothing here can be asserted about how a window looks); run it and open the PNGs:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots.py OUTDIR [--lang vi|en]

It uses throw-away settings and caches, so the reporter's own are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "article.json"


def wait(app, seconds: float, until: Callable[[], bool] | None = None) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop for ``seconds``, or until ``until()`` is true (then a failure if it never is)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.01)
    if until is not None:
        raise SystemExit("timed out waiting for the window")


def shoot(out: Path, language: str) -> list[Path]:
    sys.path.insert(0, str(REPO))
    import editor.ui  # noqa: F401 - the PySide6 workaround runs before Qt starts

    # isort: split
    from PySide6.QtWidgets import QApplication

    from editor.ui.export_dialog import ExportDialog
    from editor.ui.i18n import install_translators
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, language)
    window = MainWindow(Settings())
    window.show()
    shots = []
    try:
        window.files.start(SAMPLE)
        window.resize(1280, 860)
        wait(app, 30, lambda: window.session.photos.ready_count() >= 3)
        window.editor.select_block(2)  # the first photo: the inspector shows its caption, credit and alt text
        wait(app, 0.3)
        shots.append(out / "main-window.png")
        window.grab().save(str(shots[-1]))
        bar = window.editor.verticalScrollBar()
        bar.setValue(bar.maximum() // 3)
        wait(app, 0.3)
        shots.append(out / "main-window-photos.png")
        window.grab().save(str(shots[-1]))
        dialog = ExportDialog(window)
        dialog.show()
        wait(app, 0.1)
        shots.append(out / "export-dialog.png")
        dialog.grab().save(str(shots[-1]))
        dialog.close()
    finally:
        window.session.close(discard=True)
        for translator in translators:
            app.removeTranslator(translator)
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="banthao-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["BANTHAO_CONFIG_DIR"] = str(scratch / "config")
    os.environ["BANTHAO_CACHE_DIR"] = str(scratch / "cache")
    for shot in shoot(args.out, args.lang):
        print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
