"""How the layers above the model reach an article's photos, without knowing where they are kept.

``PhotoSource`` is the photo resolver: storage implements it (photos beside a JSON file, or blobs in a project
file), the app wraps it, and the builder and checks only read through it. ``OpenedArticle`` pairs an article with its
photos, so export and checks take one value whatever file it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from editor.model.article import Article


class PhotoSource(Protocol):
    """Gives exporters a readable file for each photo name of an article."""

    @property
    def root(self) -> Path:
        """The only folder photo files are read from (exporters pass it to the safe opener)."""
        ...

    def path(self, name: str) -> Path: ...


class Closeable(Protocol):
    def close(self) -> None: ...


@dataclass
class OpenedArticle:
    """An article with its photos; ``owner`` (an open project file, say) is closed with it."""

    article: Article
    photos: PhotoSource
    source: Path
    owner: Closeable | None = None

    def close(self) -> None:
        if self.owner is not None:
            self.owner.close()

    def __enter__(self) -> OpenedArticle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
