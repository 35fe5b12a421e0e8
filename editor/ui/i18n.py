"""Interface language: English source strings, Vietnamese by default through ``resources/i18n/banthao_vi.qm``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("vi", "en")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue (and Qt's own for standard buttons) for ``language``; keep the result alive."""
    installed: list[QTranslator] = []
    if language not in LANGUAGES:
        language = "vi"
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    if language == "en":
        return installed  # the source strings are English
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"banthao_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
