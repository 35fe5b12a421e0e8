"""The one exception type that crosses input boundaries: a clear, one-line message for the user."""

from __future__ import annotations

from pathlib import Path

from editor.messages import Message, render

# Places that read as the subject of the problem that follows (no colon between them).
SUBJECTS = frozenset({"common.photo"})


class InputError(Exception):
    """Bad input from a file, the clipboard or the user, reported in one line.

    ``source`` names the file (or "clipboard"), ``where`` the place inside it (a JSON path such as
    ``body[3].image``, a profile key, a SQLite table) and ``problem`` what is wrong: a catalogue ``Message``
    (rendered in the reader's language when shown) or, for text not yet in the catalogue, a plain string.
    """

    def __init__(
        self, problem: str | Message, *, source: str | Path | None = None, where: str | Message | None = None
    ) -> None:
        self.message = problem if isinstance(problem, Message) else None
        self._text = None if self.message else " ".join(str(problem).split())  # one line, whatever the cause said
        self.source = str(source) if source is not None else None
        self.where = where
        super().__init__(self.one_line())

    @property
    def problem(self) -> str:
        return render(self.message) if self.message else self._text or ""

    def problem_in(self, language: str | None = None) -> str:
        return render(self.message, language) if self.message else self._text or ""

    def one_line(self, language: str | None = None) -> str:
        where = render(self.where, language) if isinstance(self.where, Message) else self.where
        if where and not self.source and isinstance(self.where, Message) and self.where.code in SUBJECTS:
            text = f"{where} {self.problem_in(language)}"  # "Ảnh 3 (images/x.jpg) bị cắt cụt, …"
        else:
            text = ": ".join([*(p for p in (self.source, where) if p), self.problem_in(language)])
        return " ".join(text.split())  # one line, whatever a file name or a JSON key holds

    def __str__(self) -> str:
        return self.one_line()

    def located(self, *, source: str | Path | None = None, where_prefix: str | None = None) -> InputError:
        """The same error with a file name and/or an outer JSON path added."""
        where = self.where
        if where_prefix:
            where = render(where) if isinstance(where, Message) else where
            where = f"{where_prefix}{'.' if where and not where.startswith('[') else ''}{where or ''}"
        problem = self.message if self.message else self._text or ""
        return InputError(problem, source=source if source is not None else self.source, where=where)


class Cancelled(Exception):
    """Long work (export, renditions) was cancelled by the user between steps."""
