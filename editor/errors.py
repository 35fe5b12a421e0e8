"""The one exception type that crosses input boundaries: a clear, one-line message for the user."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input from a file, the clipboard or the user, reported in one line.

    ``source`` names the file (or "clipboard"), ``where`` the place inside it (a JSON path such as
    ``body[3].image``, a profile key, a SQLite table) and ``problem`` what is wrong.
    """

    def __init__(self, problem: str, *, source: str | Path | None = None, where: str | None = None) -> None:
        self.problem = " ".join(str(problem).split())  # one line, whatever the cause said
        self.source = str(source) if source is not None else None
        self.where = where
        super().__init__(self.one_line())

    def one_line(self) -> str:
        parts = [p for p in (self.source, self.where) if p]
        parts.append(self.problem)
        return ": ".join(parts)

    def located(self, *, source: str | Path | None = None, where_prefix: str | None = None) -> InputError:
        """The same error with a file name and/or an outer JSON path added."""
        where = self.where
        if where_prefix:
            where = f"{where_prefix}{'.' if where and not where.startswith('[') else ''}{where or ''}"
        return InputError(self.problem, source=source if source is not None else self.source, where=where)


class Cancelled(Exception):
    """Long work (export, renditions) was cancelled by the user between steps."""
