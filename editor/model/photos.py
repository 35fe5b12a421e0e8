"""How the layers above the model reach an article's photos, without knowing where they are kept.

``PhotoSource`` is the photo resolver: storage implements it (photos beside a JSON file, or blobs in a project
file), the app wraps it, and the builder and checks only read through it. ``OpenedArticle`` pairs an article with its
photos, so export and checks take one value whatever file it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from editor.errors import InputError
from editor.model.article import Article


class PhotoSource(Protocol):
    """Gives exporters a readable file for each photo name of an article.

    A source may also offer ``sha256(name) -> str | None``: the hash of the photo's original bytes when it knows it
    without reading them (a project stores it). Exporters then look the photo's renditions up in the cache by it
    and ask for the file (``path``) only when one must be made; ``known_sha256`` asks for it.
    """

    @property
    def root(self) -> Path:
        """The only folder photo files are read from (exporters pass it to the safe opener)."""
        ...

    def path(self, name: str) -> Path: ...


def known_sha256(photos: PhotoSource, name: str) -> str | None:
    """The sha256 the source knows for photo ``name`` without reading it, or None (no such method, or unknown)."""
    known = getattr(photos, "sha256", None)
    if known is None:
        return None
    try:
        digest = known(name)
    except (InputError, OSError):
        return None
    if isinstance(digest, str) and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest):
        return digest
    return None


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
