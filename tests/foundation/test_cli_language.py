"""The CLI over the repository's hostile inputs speaks one language at a time: no English in a Vietnamese line.

Hostile photos (tests/media/hostile.py), hostile article JSON (test_interchange.BAD_CASES), hostile profiles
(test_profile's cases) and damaged project files go through the real ``main()`` in-process (the same code as the
``banthao`` command; a few subprocess runs prove ``BANTHAO_LANG`` and ``--help``). Every line a reporter reads, with
the file names the input itself brought taken out, must hold none of the common English words in Vietnamese, and no
Vietnamese letter in English.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from editor.cli import main
from editor.messages import set_language
from tests.conftest import REPO, SAMPLE_DIR
from tests.foundation.test_interchange import BAD_CASES
from tests.media import hostile

ENGLISH = re.compile(r"\b(is|the|not|cannot|file|no such|invalid|error)\b", re.IGNORECASE)
VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323\u1ea0-\u1ef9àáảãèéẻẽìíỉĩòóỏõùúủũỳýỷỹ]")
pytestmark = pytest.mark.timeout(300)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own errors and --help
        code = int(exit_.code or 0)
    finally:
        set_language(None)
    out = capsys.readouterr()
    return code, [line for line in (out.out + out.err).splitlines() if line.strip()]


def _scrub(line: str, inputs: list[str]) -> str:
    """The line without what the input brought (paths, names, values), which may be in any language."""
    for value in sorted(inputs, key=len, reverse=True):
        if value:
            line = line.replace(value, "«»")
    return line.replace("Bản Thảo", "«»")


def _assert_language(lines: list[str], language: str, inputs: list[str]) -> None:
    assert lines, "no line at all"
    for line in lines:
        if line.lstrip().startswith(("{", "}", '"', "[")):  # --json output is for machines
            continue
        scrubbed = _scrub(line, inputs)
        if language == "vi":
            assert not ENGLISH.search(scrubbed), f"English in a Vietnamese line: {line}"
        else:
            assert not VIETNAMESE.search(scrubbed), f"Vietnamese in an English line: {line}"


def _article(folder: Path, images: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    body = [{"type": "figure", "image": f"images/{name}", "caption": "Chú thích tại Hạ Long", "credit": "Vân Anh",
             "alt": "Một bức ảnh"} for name in images]  # fmt: skip
    path = folder / "article.json"
    path.write_text(json.dumps({"title": "Tít", "body": body}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_photos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[hostile.Case]]:
    folder = tmp_path_factory.mktemp("cli-hostile")
    cases = hostile.make_cases(folder / "images")
    return folder, [c for c in cases if _utf8(c.path.name)]  # an article JSON cannot name a non-UTF-8 file


def _utf8(name: str) -> bool:
    """Names an article can hold as they are: UTF-8 and NFC (an NFD name is normalised, then not found)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return unicodedata.is_normalized("NFC", name)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_hostile_photos_in_check_and_export(hostile_photos, language, tmp_path, capsys) -> None:
    folder, cases = hostile_photos
    refused = [c for c in cases if c.expect == "refuse"]
    regular = [c for c in cases if c.path.is_file() and not c.path.is_symlink()]
    article = _article(folder, [c.path.name for c in regular])
    inputs = [str(folder), str(tmp_path), *(f"images/{c.path.name}" for c in cases), *(c.path.name for c in cases)]
    code, lines = _run(["--lang", language, "check", str(article)], capsys)
    assert code == 1, lines  # the refused photos are errors
    unreadable = [line for line in lines if "images/" in line]
    assert len(unreadable) >= len([c for c in refused if c in regular]), lines
    _assert_language(lines, language, inputs)
    for case in refused:
        one = _article(tmp_path / case.name, [case.path.name])
        (one.parent / "images").mkdir(exist_ok=True)
        target = one.parent / "images" / case.path.name
        if not target.exists() and not target.is_symlink():
            os.symlink(case.path, target) if not case.path.is_file() else target.write_bytes(case.path.read_bytes())
        code, lines = _run(["--lang", language, "export", str(one), "-o", str(tmp_path / f"{case.name}.docx")], capsys)
        assert code == 2, (case.name, lines)
        errors = [line for line in lines if line.startswith("banthao:")]
        assert len(errors) == 1, lines
        _assert_language(errors, language, [*inputs, str(tmp_path / case.name), str(case.path)])


@pytest.mark.parametrize("language", ["vi", "en"])
def test_hostile_article_json(language, tmp_path, capsys) -> None:
    for name, data, _pattern in BAD_CASES:
        path = tmp_path / name.replace(" ", "-") / "article.json"
        path.parent.mkdir()
        if not isinstance(data, str):
            (path.parent / "images").mkdir()
            (path.parent / "images" / "p01.jpg").write_bytes(hostile.jpeg())
            data = json.dumps(data)
        path.write_text(data, encoding="utf-8")
        code, lines = _run(["--lang", language, "convert", str(path), str(tmp_path / "out.banthao")], capsys)
        assert code == 2, (name, lines)
        _assert_language(lines, language, [str(path), str(tmp_path)])


def _profile_cases() -> list[dict]:
    from tests.text import test_profile

    mark = next(m for m in test_profile.test_invalid_profile_raises_input_error_naming_file_and_key.pytestmark
                if m.name == "parametrize")  # fmt: skip
    return [case[0] for case in mark.args[1]]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_hostile_profiles_and_projects(language, tmp_path, capsys) -> None:
    sample = str(SAMPLE_DIR / "article.json")
    for i, data in enumerate(_profile_cases()):
        profile = tmp_path / f"p{i}.json"
        profile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        argv = ["--lang", language, "export", sample, "-o", str(tmp_path / "x.html"), "--profile", str(profile)]
        code, lines = _run(argv, capsys)
        assert code == 2, (data, lines)
        values = [str(profile), *(str(v) for section in data.values() for v in (
            section.values() if isinstance(section, dict) else [section]))]  # fmt: skip
        _assert_language(lines, language, values)
    for i, content in enumerate([b"", b"PK\x03\x04" + b"\x00" * 200, b"SQLite format 3\x00" + b"\x00" * 84]):
        project = tmp_path / f"hong{i}.banthao"
        project.write_bytes(content)
        code, lines = _run(["--lang", language, "check", str(project)], capsys)
        assert code == 2
        _assert_language(lines, language, [str(project)])
    for argv in (["export"], ["export", sample], ["check", sample, "--bogus"], ["nope.json", "two.json"]):
        code, lines = _run(["--lang", language, *argv], capsys)
        assert code == 2, (argv, lines)
        _assert_language([line for line in lines if not line.startswith(("usage", "cách dùng", " "))], language,
                         ["nope.json", "two.json", "--bogus", "-o/--output"])  # fmt: skip


def test_banthao_lang_and_help_in_a_real_process(tmp_path: Path) -> None:
    def run(*args: str, lang: str | None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "BANTHAO_LANG"}
        if lang:
            env["BANTHAO_LANG"] = lang
        return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True, text=True,
                              env=env, timeout=120)  # fmt: skip

    vi, en = run("--help", lang=None), run("--help", lang="en")
    assert vi.returncode == en.returncode == 0
    assert "cách dùng:" in vi.stdout and "tùy chọn" in vi.stdout and "usage:" not in vi.stdout
    assert "usage:" in en.stdout and "options" in en.stdout and "tùy chọn" not in en.stdout
    assert "in hướng dẫn này rồi thoát" in vi.stdout and "show this help" not in vi.stdout
    missing = tmp_path / "khong-co.json"
    vi, en = run("check", str(missing), lang=None), run("check", str(missing), lang="en")
    assert vi.returncode == en.returncode == 2
    assert vi.stderr.strip() == f"banthao: {missing}: không có tệp này; kiểm tra lại tên và thư mục"
    assert en.stderr.strip() == f"banthao: {missing}: no such file; check the name and the folder"
    forced = run("--lang", "vi", "check", str(missing), lang="en")
    assert "không có tệp này" in forced.stderr  # --lang wins over BANTHAO_LANG
