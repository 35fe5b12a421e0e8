"""The app in each language, walked as a reporter would: every menu, panel and dialog speaks that language only.

Menus, toolbar, header, inspector, checks and status bar are read through ``findChildren`` (texts, tooltips,
placeholders, titles, menu actions); the preferences and export dialogs are opened from their menu items and read
while their real ``exec()`` runs; a caption typed into the inspector names its undo entry in the same language; and
the checks' findings (from the core catalogue) follow too. Screenshots of a question box, an error box and the open
and save dialogs in both languages go to $BANTHAO_SCREENSHOTS (default: the test's folder) for a human look.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from editor.errors import InputError
from editor.messages import msg
from editor.ui.i18n import install_translators
from tests.ui.conftest import SAMPLE, type_text
from tests.ui.i18n_support import MESSAGE_BOXES, interface_texts, modal, shoot, untranslated

ENGLISH = re.compile(r"\b(is|the|not|cannot|file|no such|invalid|error)\b", re.IGNORECASE)
VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạ-ỹ]")


@pytest.fixture
def app_in(qapp, qtbot):  # type: ignore[no-untyped-def]
    """A main window on the sample article, built after the interface language is installed (as the app does)."""
    made: list[object] = []
    installed: list[object] = []

    def build(language: str):  # type: ignore[no-untyped-def]
        from editor.ui.main_window import MainWindow
        from editor.ui.settings import Settings

        settings = Settings()
        settings.set("ui/language", language)
        settings.set("text/spell_check", False)
        installed.extend(install_translators(qapp, language))
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.files.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
        window.files.start(SAMPLE)
        window.resize(1200, 820)
        window.show()
        qtbot.waitUntil(lambda: window.session.photos.ready_count() >= 3, timeout=20_000)
        made.append(window)
        return window

    yield build
    for window in made:
        window.session.close(discard=True)  # type: ignore[attr-defined]
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]


def _action(window, text: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    return next(a for a in window.findChildren(QAction) if a.text() == text)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_menu_panel_and_dialog_speaks_one_language(app_in, qtbot, language) -> None:  # type: ignore
    window = app_in(language)
    window.editor.select_block(2)  # a photo: the inspector shows its fields
    window.checks.timer.setInterval(0)
    window.checks.schedule(window.session.article, window.profile())
    qtbot.waitUntil(lambda: bool(window.checks.items), timeout=10_000)
    window.counts.count_now(window.session.article)
    for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x"))):
        menu.aboutToShow.emit()  # menus filled when opened (recent files)
    texts = list(interface_texts(window))
    assert len(texts) > 100
    wrong = untranslated(texts, language)
    dialogs = {}
    for label in ((window.tr("&Preferences…")), window.tr("&Export…")):
        action = _action(window, label)

        def read(dialog, label=label) -> None:  # type: ignore[no-untyped-def]
            found = list(interface_texts(dialog))
            dialogs[label] = len(found)
            wrong.extend(untranslated(found, language))

        modal(action.trigger, read)
    assert all(count > 5 for count in dialogs.values()), dialogs
    assert wrong == [], "\n".join(f"{where}: {text!r}" for where, text in wrong)
    findings = window.checks.lines()
    for line in findings:
        assert not (ENGLISH if language == "vi" else VIETNAMESE).search(re.sub(r"“[^”]*”|\([^)]*\)", "", line)), line
    counts = window.counts.text()
    assert ("chữ" in counts) == (language == "vi") and ("words" in counts) == (language == "en"), counts


@pytest.mark.parametrize("language", ["vi", "en"])
def test_undo_names_the_edit_in_the_same_language(app_in, qtbot, language) -> None:  # type: ignore
    window = app_in(language)
    window.editor.select_block(2)
    window.inspector.caption.setFocus()
    type_text(window.inspector.caption, " Ảnh")
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=5_000)
    text = window.undo_action.text().replace("&", "")
    expected = "Hoàn tác " if language == "vi" else "Undo "
    assert text.startswith(expected), text
    assert untranslated([("undo", text[len(expected) :])], language) == [], text
    if language == "vi":
        assert not re.search(r"[a-z]+\.[a-z-]+", text), text  # never a check id such as text.straight-quotes


@pytest.mark.parametrize("language", ["vi", "en"])
def test_screenshots_of_questions_errors_and_file_dialogs(app_in, qtbot, monkeypatch, tmp_path, language) -> None:  # type: ignore
    for name, original in MESSAGE_BOXES.items():  # the real boxes: each is read while open, then answered
        monkeypatch.setattr(QMessageBox, name, original)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", _widget_dialog(QFileDialog.getOpenFileName))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _widget_dialog(QFileDialog.getSaveFileName))
    window = app_in(language)
    del window.files.ask_save_changes  # the real question
    out = Path(os.environ.get("BANTHAO_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    words = {"vi": {"Lưu", "Không lưu", "Hủy"}, "en": {"Save", "Discard", "Cancel"}}[language]

    def question(box) -> None:  # type: ignore[no-untyped-def]
        assert {b.text().replace("&", "") for b in box.buttons()} == words
        shoot(box, out, f"question-{language}")

    modal(window.files.ask_save_changes, question, answer={"vi": "Hủy", "en": "Cancel"}[language])
    error = InputError(msg("photo.truncated"), where=msg("common.photo", number=3, name="images/x.jpg"))

    def error_box(box) -> None:  # type: ignore[no-untyped-def]
        shown = " ".join(label.text() for label in box.findChildren(QLabel))
        assert error.one_line(language) in shown
        assert not (ENGLISH if language == "vi" else VIETNAMESE).search(shown.replace("images/x.jpg", "")), shown
        shoot(box, out, f"error-{language}")

    modal(lambda: window.files.show_error(window.files.tr("Cannot open: {0}").format(error.one_line())), error_box)
    labels = {"vi": {"Tìm trong:", "Tên tệp:", "Loại tệp:"}, "en": {"Look in:", "File name:", "Files of type:"}}

    def file_dialog(name: str):  # type: ignore[no-untyped-def]
        def look(dialog) -> None:  # type: ignore[no-untyped-def]
            assert isinstance(dialog, QFileDialog)
            shown = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
            assert labels[language] <= shown, shown
            assert untranslated(list(interface_texts(dialog)), language) == []
            shoot(dialog, out, f"{name}-{language}")

        return look

    modal(_action(window, window.tr("&Open…")).trigger, file_dialog("open"))  # File › Open…, as a click does
    modal(_action(window, window.tr("Save &as…")).trigger, file_dialog("save"))


def _widget_dialog(static):  # type: ignore[no-untyped-def]
    """The same static call, with Qt's own dialog (offscreen there is no platform one to show)."""

    def call(parent, caption="", directory="", filters="", *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["options"] = QFileDialog.Option.DontUseNativeDialog
        return static(parent, caption, directory, filters, *args, **kwargs)

    return call


def test_switching_language_in_place_keeps_the_work(app_in, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """View › English, then Tiếng Việt: no question, the same window, session and undo steps; every word switches;
    Ctrl+Z, save and export go on working."""
    import docx
    from PySide6.QtGui import QTextCursor

    from editor.messages import current_language
    from tests.ui import hands

    window = app_in("vi")
    window.files.ask_save_changes = lambda: pytest.fail("a language switch asks nothing")  # type: ignore
    window.files.show_error = lambda message: pytest.fail(f"unexpected error dialog: {message}")  # type: ignore
    session, lock_path = window.session, window.session.path
    window.header.title.setFocus()
    type_text(window.header.title, " mới")
    first = window.editor.document().findBlockByNumber(0)
    caret = QTextCursor(first)
    caret.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(caret)
    window.editor.setFocus()
    type_text(window.editor, " Thêm chữ")
    qtbot.waitUntil(lambda: session.article.body[0].text.endswith(" Thêm chữ"), timeout=5_000)
    title, steps = session.article.title, session.stack.count()
    assert title.endswith(" mới")
    window.editor.select_block(2)  # a photo: the inspector shows its heading

    _action(window, "English").trigger()  # the View menu's entry, as a click does
    assert current_language() == "en" and window.session is session and session.path == lock_path
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert window.header.title.text() == title and session.article.body[0].text.endswith(" Thêm chữ")
    assert session.stack.count() == steps and window.isWindowModified()
    assert untranslated(list(interface_texts(window)), "en") == []
    assert window.header.zone.currentText().startswith("Vietnam (GMT")  # words made from state say them again
    assert window.inspector.title.text().startswith("<b>Photo</b>")
    assert window.undo_action.text().startswith("Undo ") and "Gõ" not in window.undo_action.text()

    window.editor.setFocus()
    hands.shortcut(qtbot, window, "Ctrl+Z")  # Ctrl+Z still undoes the typing done before the switch
    assert not session.article.body[0].text.endswith(" Thêm chữ") and session.article.title == title

    target = tmp_path / "doi-ngon-ngu.banthao"
    window.files.ask_path = lambda *args: target  # type: ignore[method-assign]
    hands.shortcut(qtbot, window, "Ctrl+S")
    assert session.path == target and not window.isWindowModified()
    out = tmp_path / "doi-ngon-ngu.docx"

    def export_in_english(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.windowTitle() == "Export the article"
        assert untranslated(list(interface_texts(dialog)), "en") == []
        dialog.destination.setText(str(out))
        hands.click(qtbot, dialog.export_button)
        if dialog.worker is None:  # "The checks hold … error(s). Press “Export anyway”"
            hands.click(qtbot, dialog.export_button)
        qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.isFinished(), timeout=60_000)

    modal(_action(window, "&Export…").trigger, export_in_english)
    assert docx.Document(str(out)).paragraphs and title in [p.text for p in docx.Document(str(out)).paragraphs]

    _action(window, "Tiếng Việt").trigger()
    assert current_language() == "vi" and window.session is session
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Tệp", "&Sửa"]
    assert untranslated(list(interface_texts(window)), "vi") == []
    assert window.undo_action.text().startswith("Hoàn tác ")
