"""Vietnamese UI by default (resources/i18n/vi.tsv), English on request, the choice kept; the settings spec."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from editor.ui.i18n import install_translators
from editor.ui.settings import SPEC, Settings, coerce


def test_vietnamese_is_the_default_and_english_is_available(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    assert settings.get("ui/language") == "vi"
    installed = install_translators(qapp, settings.get("ui/language"))
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
        from editor.ui.main_window import MainWindow

        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&Tệp", "&Sửa"]
        assert window.header.title.placeholderText() == "Tít"
        window.session.close(discard=True)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    settings.set("ui/language", "en")
    assert Settings().get("ui/language") == "en"
    assert install_translators(qapp, "en") == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_settings_spec_types_defaults_and_bad_values(tmp_path) -> None:  # type: ignore[no-untyped-def]
    raw = QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    settings = Settings(raw)
    for spec in SPEC:
        assert isinstance(settings.get(spec.key), spec.type), spec.key
        assert spec.doc
    raw.setValue("export/photo_quality", "not a number")
    raw.setValue("ui/language", "klingon")
    raw.setValue("text/spell_check", "false")
    assert settings.get("export/photo_quality") == 85
    assert settings.get("ui/language") == "vi"
    assert settings.get("text/spell_check") is False
    assert coerce(SPEC[0], "en") == "en"
    settings.push_front("files/recent", "/a")
    settings.push_front("files/recent", "/b")
    settings.push_front("files/recent", "/a")
    assert settings.get("files/recent") == ["/a", "/b"]


def test_preferences_dialog_is_built_from_the_spec_and_saves(qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.preferences import PreferencesDialog

    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.key for s in SPEC if s.visible}
    dialog.editors["export/photo_quality"].setValue(90)
    dialog.editors["ui/language"].setCurrentIndex(1)
    dialog.accept()
    assert Settings().get("export/photo_quality") == 90
    assert Settings().get("ui/language") == "en"


def test_settings_say_when_a_value_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat))
    seen: list[tuple[str, object]] = []
    settings.changed.connect(lambda key, value: seen.append((key, value)))
    settings.set("files/autosave_seconds", 5)
    settings.set("files/autosave_seconds", 5.0)  # the same value: nothing to follow
    settings.push_front("files/recent", "/a")
    settings.reset("files/autosave_seconds")
    assert seen == [("files/autosave_seconds", 5.0), ("files/recent", ["/a"]), ("files/autosave_seconds", 3.0)]


def test_preferences_is_only_a_dialog_and_the_window_follows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """File › Preferences… as hands use it: each change is a setting, and what depends on it follows at once."""
    from editor.messages import current_language
    from tests.ui.hands import choose, click, find_button
    from tests.ui.i18n_support import modal

    loaded: list[str] = []
    window.spelling.load = loaded.append  # type: ignore[method-assign]  # the dictionary itself: another test
    preferences = next(a for a in window.findChildren(type(window.undo_action)) if a.text() == "&Preferences…")

    def change(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.editors["files/autosave_seconds"].setValue(7)
        dialog.editors["text/spell_check"].setChecked(True)
        choose(qtbot, dialog.editors["text/tone_style"], "new")
        choose(qtbot, dialog.editors["export/profile"], "dan-tri")
        click(qtbot, find_button(dialog, "OK"))

    modal(preferences.trigger, change)
    assert window.autosave_timer.interval() == 7000
    assert loaded == ["new"]  # spelling loaded once, in the style chosen
    assert window.profile().name == "dan-tri"  # the window's profile followed the setting

    def english(dialog) -> None:  # type: ignore[no-untyped-def]
        choose(qtbot, dialog.editors["ui/language"], "en")
        dialog.editors["text/spell_check"].setChecked(False)
        click(qtbot, find_button(dialog, "OK"))

    session = window.session
    modal(preferences.trigger, english)
    try:
        assert current_language() == "en" and window.session is session
        assert window.spelling.checker is None
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&File", "&Edit"]
    finally:
        window.choose_language("vi")
        window.choose_language("en")  # the fixture's window speaks the source language
