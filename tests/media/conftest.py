"""Fixtures for the photo pipeline tests: small images written on the fly (no binary fixtures in the repo)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# hostile.py is both a script and the tests' image factory; make it importable whatever the import mode.
sys.path.insert(0, str(Path(__file__).parent))

import hostile


@pytest.fixture(scope="session")
def hostile_cases(tmp_path_factory: pytest.TempPathFactory) -> list[hostile.Case]:
    return hostile.make_cases(tmp_path_factory.mktemp("hostile"))


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """write(name, bytes) -> Path in a fresh folder."""

    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write
