"""Shared, module-scoped exports: a few DOCX files made once and inspected by many tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.export_docx.helpers import make_photos, rich_document, run_export


@pytest.fixture(scope="module")
def isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Module-scoped fixtures run before the suite's per-test cache isolation: isolate them too."""
    folder = tmp_path_factory.mktemp("docx-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BANTHAO_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_photos(tmp_path_factory.mktemp("photos") / "images")


@pytest.fixture(scope="module")
def rich_docx(tmp_path_factory: pytest.TempPathFactory, photos: dict[str, Path], isolated_cache: Path) -> Path:
    out = tmp_path_factory.mktemp("rich") / "lang-gom.docx"
    run_export(rich_document(photos), out, bundle=True)
    return out
