"""Export is a generator of progress steps: the same code drives a progress bar, cancellation and a plain test.

Cancelling means closing the generator (``gen.close()``) or passing a ``cancel`` callable that returns True; writers
clean up their temporary files in ``finally`` blocks, so a cancelled export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from editor.errors import Cancelled
from editor.messages import Message, render


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    step: Message | str  # what is being done, from the catalogue

    @property
    def message(self) -> str:
        """The step in the language of the moment."""
        return render(self.step)


def run(steps: Iterator[Progress], cancel: Callable[[], bool] | None = None,
        report: Callable[[Progress], None] | None = None) -> None:  # fmt: skip
    """Drive an export to its end; raises Cancelled (after closing the generator) when ``cancel()`` says so."""
    try:
        for step in steps:
            if report is not None:
                report(step)
            if cancel is not None and cancel():
                raise Cancelled("cancelled by the user")
    finally:
        close = getattr(steps, "close", None)
        if close is not None:
            close()
