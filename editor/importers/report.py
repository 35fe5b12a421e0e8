"""The import report: what was recognised, what was not, and what was left out, in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.messages import Message, msg, render


@dataclass(frozen=True)
class FieldList:
    """Several catalogue words shown as one comma-separated argument, each in the language of the moment."""

    items: tuple[Message, ...]

    def __format__(self, spec: str) -> str:
        return ", ".join(render(item) for item in self.items)


@dataclass
class ImportReport:
    source: Path
    recognised: list[Message] = field(default_factory=list)
    not_recognised: list[Message] = field(default_factory=list)
    left_out: list[Message] = field(default_factory=list)
    edited_after_export: bool = False
    own_export: bool = False  # read back from the source part of a Bản Thảo DOCX

    def ok(self, code: str, **args: object) -> None:
        self.recognised.append(msg(code, **args))

    def miss(self, code: str, **args: object) -> None:
        self.not_recognised.append(msg(code, **args))

    def out(self, code: str, **args: object) -> None:
        self.left_out.append(msg(code, **args))

    def sections(self, language: str | None = None) -> list[tuple[str, list[str]]]:
        """(heading, lines) for each non-empty section, rendered now."""
        found = [
            ("importers.report_recognised", self.recognised),
            ("importers.report_not_recognised", self.not_recognised),
            ("importers.report_left_out", self.left_out),
        ]
        return [(render(msg(code), language), [render(m, language) for m in items]) for code, items in found if items]

    def lines(self, language: str | None = None) -> list[str]:
        out = [render(msg("importers.report_title", name=self.source.name), language)]
        for heading, items in self.sections(language):
            out.append(heading)
            out.extend(f"  • {line}" for line in items)
        return out

    def text(self, language: str | None = None) -> str:
        return "\n".join(self.lines(language))
