"""What a pre-send check reports: an id, a severity, a catalogue message (``check.<id>``) and where to look."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from editor.messages import LANGUAGES, Message, msg, render


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

    def label(self, language: str | None = None) -> str:
        """Where, in the reader's words: "đoạn 4 · chú thích", "tít", "tác giả 2 · tên"."""
        indexed = {"authors": "author", "body": "block", "related": "related-item", "keywords": "keyword"}
        if self.field == "dateline" and self.part and _known(f"check.part.{self.part}"):
            return render(msg(f"check.part.{self.part}"), language)  # "ngày giờ đăng", "nơi viết"
        if self.block is not None and self.field in indexed:
            text = render(msg(f"check.where.{indexed[self.field]}", number=self.block + 1), language)
        else:
            code = f"check.where.{self.field}"
            text = render(msg(code), language) if _known(code) else self.field
        if self.part:
            code = f"check.part.{self.part}"
            text += " · " + (render(msg(code), language) if _known(code) else self.part)
        return text

    def describe(self) -> str:
        text = self.field
        if self.block is not None:
            text += f"[{self.block}]"
        if self.part:
            text += f".{self.part}"
        return text


def _known(code: str) -> bool:
    from editor.messages.catalogue import CATALOGUE

    return code in CATALOGUE


@dataclass(frozen=True, slots=True)
class Finding:
    id: str  # stable, e.g. "figure.credit-missing"
    severity: Severity
    text: Message  # from the catalogue, rendered when shown: msg("check.figure.credit-missing", photo=…)
    location: Location
    fix: str | None = None  # id of a mechanical fix (editor.checks.fixes), when one exists

    def message(self, language: str | None = None) -> str:
        """The finding in ``language`` (default: the language of the moment)."""
        return render(self.text, language)

    @property
    def message_vi(self) -> str:
        return render(self.text, "vi")

    @property
    def message_en(self) -> str:
        return render(self.text, "en")

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity.value,
            "code": self.text.code,
            "message": {language: render(self.text, language) for language in LANGUAGES},
            "where": {language: self.location.label(language) for language in LANGUAGES},
            "location": {"field": self.location.field, "block": self.location.block, "part": self.location.part},
            "fix": self.fix,
        }
