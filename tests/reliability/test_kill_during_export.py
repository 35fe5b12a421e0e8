"""Kill-during-export: an export killed at any moment never leaves a partial output file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .kill_loop import kill_loop

ROUNDS = int(os.environ.get("BANTHAO_KILL_ROUNDS", "12"))


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_killed_export_leaves_no_partial_output(tmp_path: Path, fmt: str) -> None:
    pytest.importorskip(f"editor.export.{fmt}")
    stats = kill_loop(tmp_path, fmt, ROUNDS)
    assert stats.partial_outputs == 0, stats
    assert stats.failures == 0, stats
    assert stats.orphans == 0, f"worker processes outlived their killed export: {stats}"
    assert stats.killed_mid_way > 0, f"every export finished before the kill: the test tested nothing ({stats})"
