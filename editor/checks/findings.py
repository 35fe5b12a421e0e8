"""What a pre-send check reports: an id, a severity, a message in Vietnamese and English, and where to look."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"  # the desk would send it back: `check` exits 1
    WARNING = "warning"
    HINT = "hint"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points, so the UI can jump there.

    ``field`` is one of title, kicker, sapo, dateline, authors, body, related; ``block`` indexes ``Article.body``
    (or ``Article.related``); ``part`` names a figure's field (caption, credit, alt, image) or a span of text.
    """

    field: str
    block: int | None = None
    part: str | None = None

    def describe(self) -> str:
        text = self.field
        if self.block is not None:
            text += f"[{self.block}]"
        if self.part:
            text += f".{self.part}"
        return text


@dataclass(frozen=True, slots=True)
class Finding:
    id: str  # stable, e.g. "figure.credit-missing"
    severity: Severity
    message_vi: str
    message_en: str
    location: Location
    fix: str | None = None  # id of a mechanical fix (editor.checks.fixes), when one exists

    def message(self, language: str = "vi") -> str:
        return self.message_en if language.startswith("en") else self.message_vi

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity.value,
            "message": {"vi": self.message_vi, "en": self.message_en},
            "location": {"field": self.location.field, "block": self.location.block, "part": self.location.part},
            "fix": self.fix,
        }
