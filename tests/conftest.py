"""Fixtures for the whole suite: deterministic, isolated from the user's caches and settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO / "resources" / "sample"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real cache folder."""
    monkeypatch.setenv("BANTHAO_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def sample_json() -> Path:
    """The bundled sample article (interchange JSON with its photos beside it)."""
    return SAMPLE_DIR / "article.json"
