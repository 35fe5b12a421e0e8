"""One declarative settings spec ``(key, type, default, doc)`` and a QSettings adapter.

No module keeps settings in globals: the window owns one ``Settings`` object and passes it where needed. A write that
changes a value emits ``changed(key, value)``: spelling, the autosave timer, the recent-files menu, the profile and the
interface language follow it, so the preferences dialog only writes settings. The ``doc`` strings are translatable
(``QT_TRANSLATE_NOOP``) because the preferences dialog is generated from this spec.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Signal

ORGANISATION = "BanThao"
APPLICATION = "BanThao"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str
    choices: tuple[str, ...] = ()  # allowed values for a text setting shown as a list
    visible: bool = True  # shown in the preferences dialog (state such as recent files is not)


SPEC: tuple[Setting, ...] = (
    Setting("ui/language", str, "vi", QT_TRANSLATE_NOOP("Settings", "Interface language"), ("vi", "en")),
    Setting("export/profile", str, "chung", QT_TRANSLATE_NOOP("Settings", "Outlet profile")),
    Setting("article/default_authors", str, "", QT_TRANSLATE_NOOP("Settings", "Default authors for a new article")),
    Setting("article/time_zone", str, "Asia/Ho_Chi_Minh", QT_TRANSLATE_NOOP("Settings", "Time zone for typed times")),
    Setting(
        "text/tone_style", str, "profile", QT_TRANSLATE_NOOP("Settings", "Tone-mark style"), ("profile", "old", "new")
    ),
    Setting("text/spell_check", bool, True, QT_TRANSLATE_NOOP("Settings", "Underline spelling mistakes")),
    Setting("export/docx_font_size", float, 13.0, QT_TRANSLATE_NOOP("Settings", "DOCX font size (pt)")),
    Setting("export/photo_quality", int, 85, QT_TRANSLATE_NOOP("Settings", "Photo rendition quality (JPEG)")),
    Setting("files/autosave_seconds", float, 3.0, QT_TRANSLATE_NOOP("Settings", "Autosave after seconds of idle")),
    Setting("files/recent", list, [], "recent files", visible=False),
    Setting("export/last_folder", str, "", "last export folder", visible=False),
    Setting("export/last_format", str, "docx", "last export format", visible=False),
    Setting("export/html_mode", str, "folder", "last HTML mode", visible=False),
    Setting("export/reference", str, "", "last reference template", visible=False),
    Setting("files/credits", list, [], "credits used before", visible=False),
    Setting("text/user_words", list, [], "words the spell checker accepts (names)", visible=False),
    Setting("session/open_project", str, "", "project open when the app last ran", visible=False),
    Setting("window/geometry", bytes, b"", "window geometry", visible=False),
    Setting("session/outlet_asked", bool, False, "the first run asked for the reporter's outlet", visible=False),
    Setting("session/welcomed", bool, False, "the first run opened the welcome (sample) article", visible=False),
    Setting("window/header_folded", bool, False, "the header fields folded away", visible=False),
)
SPEC_BY_KEY = {s.key: s for s in SPEC}
RECENT_LIMIT = 10


def settings_file() -> Path | None:
    """``BANTHAO_CONFIG_DIR`` makes the settings a plain INI file there (tests, portable installs)."""
    folder = os.environ.get("BANTHAO_CONFIG_DIR")
    return Path(folder) / "banthao.ini" if folder else None


class Settings(QObject):
    """Typed access to QSettings through the spec; unknown keys are a programming error.

    Subscribers connect a bound method of a QObject to ``changed`` (so the connection dies with them) and look at
    the key; ``changed`` fires only when the stored value really changes."""

    changed = Signal(str, object)

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if qsettings is None:
            path = settings_file()
            if path is not None:
                qsettings = QSettings(str(path), QSettings.Format.IniFormat)
            else:
                qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
        self._q = qsettings

    def get(self, key: str) -> Any:
        spec = SPEC_BY_KEY[key]
        raw = self._q.value(key, None)
        if raw is None:
            return spec.default
        return coerce(spec, raw)

    def set(self, key: str, value: Any) -> None:
        spec = SPEC_BY_KEY[key]
        value = coerce(spec, value)
        before = self.get(key)
        self._q.setValue(key, value)
        if value != before:
            self.changed.emit(key, value)

    def reset(self, key: str) -> None:
        before = self.get(key)
        self._q.remove(key)
        if self.get(key) != before:
            self.changed.emit(key, self.get(key))

    def sync(self) -> None:
        self._q.sync()

    # -- lists kept most-recent-first ----------------------------------------------------------------------

    def push_front(self, key: str, item: str, limit: int = RECENT_LIMIT) -> list[str]:
        items = [i for i in self.get(key) if i != item]
        items.insert(0, item)
        del items[limit:]
        self.set(key, items)
        return items


def coerce(spec: Setting, raw: Any) -> Any:
    """A stored value in the spec's type; anything unreadable falls back to the default (a hand-edited INI file)."""
    try:
        if spec.type is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return bool(raw)
        if spec.type is list:
            if raw in ("", None):
                return []
            if isinstance(raw, str):
                return [raw]
            return [str(i) for i in raw]
        if spec.type is bytes:
            return bytes(raw) if not isinstance(raw, str) else raw.encode("latin-1")
        value = spec.type(raw)
    except (TypeError, ValueError):
        return spec.default
    if spec.choices and value not in spec.choices:
        return spec.default
    return value
