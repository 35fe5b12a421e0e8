"""Interface language: English source strings in the code, Vietnamese from tab-separated catalogues, loaded as they are.

``resources/i18n/vi.tsv`` (our strings: ``source<TAB>translation``) and ``resources/i18n/qt_vi.tsv`` (Qt's own words,
by context: standard buttons, the file dialog, text-field menus, undo; PySide6 ships no ``qtbase_vi.qm``) are read at
start by a ``QTranslator`` written here, so there is no ``.qm`` to build: an editable install, a wheel and a frozen app
all load the very file the catalogue test checks, and it can never be stale. English needs no catalogue. The core's
messages (``editor.messages``) follow the same choice through ``set_language``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from editor.messages import set_language

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("vi", "en")


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def read_catalogue(path: Path) -> dict[str, str]:
    """``source → translation`` from a two-column catalogue (blank lines and ``#`` comments skipped)."""
    table: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, _, translation = line.partition("\t")
            table[_unescape(source)] = _unescape(translation)
    return table


def read_qt_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """``(context, source) → translation`` from Qt's three-column catalogue."""
    table: dict[tuple[str, str], str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, translation = line.split("\t")
            table[(context, _unescape(source))] = _unescape(translation)
    return table


class CatalogueTranslator(QTranslator):
    """Answers Qt's lookups from the catalogues: Qt's words by context, ours by source text in any context."""

    def __init__(self, ours: dict[str, str], qt: dict[tuple[str, str], str], parent: QCoreApplication | None = None):
        super().__init__(parent)
        self._ours = {k: v for k, v in ours.items() if v}
        self._qt = qt

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found = self._qt.get((context, source))
        return found if found is not None else self._ours.get(source)

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []  # ours, so that a language switch replaces them


def interface_language() -> str:
    """The language the interface speaks now: Vietnamese while our translator is installed, else the English source."""
    return "vi" if _installed else "en"


def remove_translators(app: QCoreApplication) -> None:
    """Take our translators out again: the interface speaks its English source."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Use ``language`` for the interface and the core's messages (replacing an earlier choice); the translators."""
    remove_translators(app)
    if language not in LANGUAGES:
        language = "vi"
    set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    if language == "en":
        return []  # the source strings are English
    translator = CatalogueTranslator(
        read_catalogue(I18N_DIR / "vi.tsv"), read_qt_catalogue(I18N_DIR / "qt_vi.tsv"), app
    )
    app.installTranslator(translator)
    _installed.append(translator)
    return [translator]
