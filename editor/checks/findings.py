"""What a pre-send check reports: an id, a severity, a catalogue message (``check.<id>``) and where to look."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from editor.messages import LANGUAGES, Message, msg, render


class Severity(StrEnum):
    ERROR = "error"  # the desk would send it back: `check` exits 1
    WARNING = "warning"
    HINT = "hint"


Kind = Literal["photo", "paragraph"]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points, so the UI can jump there.

    ``field`` is one of title, kicker, sapo, dateline, authors, body, related; ``block`` indexes ``Article.body``
    (or ``Article.related``); ``part`` names a figure's field (caption, credit, alt, image) or a span of text.
    ``kind`` and ``number`` say how the reporter counts a body block ("Ảnh 3" is the third photo in body order,
    "Đoạn 2" the second paragraph); ``run_checks`` fills them in. They are not part of a location's identity: a
    finding's location equals the one ``text_fields`` yields for the same place, so fixes find it.
    """

    field: str
    block: int | None = None
    part: str | None = None
    kind: Kind | None = field(default=None, compare=False)
    number: int | None = field(default=None, compare=False)

    def label(self, language: str | None = None, *, with_part: bool = True) -> str:
        """Where, in the reader's words: "Ảnh 3 · Chú thích", "Đoạn 4", "Tít", "Tác giả 2 · Tên"."""
        indexed = {"authors": "author", "related": "related-item", "keywords": "keyword"}
        if self.field == "dateline" and self.part and _known(f"check.part.{self.part}"):
            return render(msg(f"check.part.{self.part}"), language)  # "Ngày giờ đăng", "Địa danh"
        if self.field == "body" and self.kind is not None and self.number is not None:
            text = render(msg(f"check.where.{self.kind}", number=self.number), language)
        elif self.field == "body" and self.block is not None:
            text = render(msg("check.where.block", number=self.block + 1), language)
        elif self.block is not None and self.field in indexed:
            text = render(msg(f"check.where.{indexed[self.field]}", number=self.block + 1), language)
        else:
            code = f"check.where.{self.field}"
            text = render(msg(code), language) if _known(code) else self.field
        if self.part and with_part and self.part != "text":
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


# Findings whose message already names the photo field it is about ("chưa có chú thích"): their place is the photo
# alone ("Ảnh 3 — chưa có chú thích"); the generic text findings name the field in the place ("Ảnh 3 · Chú thích").
NAMES_ITS_FIELD = ("figure.", "rights.", "related.")


@dataclass(frozen=True, slots=True)
class Finding:
    id: str  # stable, e.g. "figure.credit-missing"
    severity: Severity
    text: Message  # from the catalogue, rendered when shown: msg("check.figure.credit-missing")
    location: Location
    fix: str | None = None  # id of a mechanical fix (editor.checks.fixes), when one exists

    def message(self, language: str | None = None) -> str:
        """The finding in ``language`` (default: the language of the moment)."""
        return render(self.text, language)

    def place(self, language: str | None = None) -> str:
        """Where it is, as the reporter names it: "Ảnh 3", "Sapo", "Đoạn 2 · …"."""
        return self.location.label(language, with_part=not self.id.startswith(NAMES_ITS_FIELD))

    def line(self, language: str | None = None) -> str:
        """The place and the finding as one line: "Ảnh 3 — chưa có chú thích."."""
        return f"{self.place(language)} — {self.message(language)}"

    @property
    def message_vi(self) -> str:
        return render(self.text, "vi")

    @property
    def message_en(self) -> str:
        return render(self.text, "en")

    def as_dict(self) -> dict[str, Any]:
        where = self.location
        return {
            "id": self.id,
            "severity": self.severity.value,
            "code": self.text.code,
            "message": {language: render(self.text, language) for language in LANGUAGES},
            "where": {language: self.place(language) for language in LANGUAGES},
            "location": {"field": where.field, "block": where.block, "part": where.part, "number": where.number},
            "fix": self.fix,
        }
