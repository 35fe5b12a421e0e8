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
