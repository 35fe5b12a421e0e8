"""Screenshots of the main window with the sample article and of the export dialog, for a human look.

Saved under $BANTHAO_SCREENSHOTS (default: the test's temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.conftest import SAMPLE


def test_main_window_and_export_dialog_screenshots(qapp, qtbot, tmp_path) -> None:  # type: ignore
    from editor.ui.i18n import install_translators
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    out = Path(os.environ.get("BANTHAO_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    translators = install_translators(qapp, "vi")  # what a reporter sees by default
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    try:
        _shoot(window, qtbot, out)
    finally:
        window.session.close(discard=True)
        for translator in translators:
            qapp.removeTranslator(translator)


def _shoot(window, qtbot, out: Path) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.export_dialog import ExportDialog

    window.files.start(SAMPLE)
    window.resize(1280, 860)
    qtbot.waitUntil(lambda: window.session.photos.ready_count() >= 3, timeout=20_000)
    qtbot.wait(200)
    window.editor.select_block(2)  # the first photo: the inspector shows its caption, credit and alt text
    qtbot.wait(300)
    assert window.grab().save(str(out / "main-window.png"))
    window.editor.verticalScrollBar().setValue(window.editor.verticalScrollBar().maximum() // 3)
    qtbot.wait(300)
    assert window.grab().save(str(out / "main-window-photos.png"))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.grab().save(str(out / "export-dialog.png"))
    assert (out / "main-window.png").stat().st_size > 20_000
