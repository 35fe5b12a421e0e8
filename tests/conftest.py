"""Fixtures for the whole suite: deterministic, isolated from the user's caches and settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO / "resources" / "sample"


@pytest.fixture(autouse=True)
def _language_of_the_moment() -> Iterator[None]:
    """Each test starts with core messages in the default language (a test choosing English must not leak)."""
    from editor.messages import set_language

    set_language(None)
    yield
    set_language(None)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real cache folder."""
    monkeypatch.setenv("BANTHAO_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def english() -> Iterator[None]:
    """Core messages in English for this test (modules that match message text use it; the default is Vietnamese)."""
    from editor.messages import set_language

    set_language("en")
    yield
    set_language(None)


@pytest.fixture
def sample_json() -> Path:
    """The bundled sample article (interchange JSON with its photos beside it)."""
    return SAMPLE_DIR / "article.json"
