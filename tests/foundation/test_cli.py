"""The headless CLI in a real subprocess: exit codes, one-line errors, no traceback, no partial output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)], cwd=cwd, capture_output=True, text=True,
        timeout=300, env=env,
    )  # fmt: skip


def test_help_lists_commands() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for command in ("convert", "export", "check"):
        assert command in result.stdout


def test_convert_both_ways_losslessly(sample_json: Path, tmp_path: Path) -> None:
    project = tmp_path / "bai.banthao"
    assert _run("convert", sample_json.parent, project).returncode == 0
    out = tmp_path / "back" / "article.json"
    result = _run("convert", project, out)
    assert result.returncode == 0, result.stderr
    from editor.model import read_article_json

    assert read_article_json(out) == read_article_json(sample_json)


def _assert_bad_input(result: subprocess.CompletedProcess[str], names: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert names in lines[0]


def test_bad_json_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bài.json"
    bad.write_text('{"title": "x", "body": [{"type": "figure", "image": "../x.jpg"}]}', encoding="utf-8")
    result = _run("convert", bad, tmp_path / "out.banthao")
    _assert_bad_input(result, f"{bad}: body[0].image:")
    assert not list(tmp_path.glob("*.banthao*")) and not list(tmp_path.glob(".out*"))


def test_missing_and_corrupt_inputs(tmp_path: Path) -> None:
    _assert_bad_input(_run("convert", tmp_path / "nope.json", tmp_path / "o.banthao"), "nope.json")
    corrupt = tmp_path / "hỏng.banthao"
    corrupt.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    _assert_bad_input(_run("convert", corrupt, tmp_path / "o.json"), "hỏng.banthao")
    assert not (tmp_path / "o.json").exists()


def test_convert_wrong_direction_is_bad_input(sample_json: Path, tmp_path: Path) -> None:
    _assert_bad_input(_run("convert", sample_json, tmp_path / "x.txt"), "convert cần")


def test_export_unknown_suffix_and_missing_folder(sample_json: Path, tmp_path: Path) -> None:
    _assert_bad_input(_run("export", sample_json, "-o", tmp_path / "x.pdf"), "x.pdf")
    _assert_bad_input(_run("export", sample_json, "-o", tmp_path / "no" / "x.docx"), str(tmp_path / "no"))


def test_export_bad_input_leaves_existing_output_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "a.json"
    bad.write_text(json.dumps({"title": "x", "published": "2020-12-19T16:25:00"}), encoding="utf-8")
    out = tmp_path / "out.docx"
    out.write_bytes(b"previous export")
    _assert_bad_input(_run("export", bad, "-o", out), "published")
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "out.docx"]


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_export_sample_succeeds(sample_json: Path, tmp_path: Path, suffix: str) -> None:
    pytest.importorskip(f"editor.export.{suffix[1:]}")
    out = tmp_path / f"bai{suffix}"
    result = _run("export", sample_json, "-o", out, "-q")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
