"""Every pre-send check fires on the case it is for and stays quiet on a clean article; fixes are mechanical."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from editor.checks.findings import Location, Severity
from editor.checks.fixes import apply_finding_fix, apply_fix
from editor.checks.rules import CheckContext, run_checks
from editor.model import (
    Article,
    Author,
    Dateline,
    Figure,
    Heading,
    Layout,
    Paragraph,
    RelatedLink,
    Span,
    read_article_json,
)
from editor.storage.documents import FolderPhotos
from editor.text.legacy import as_mojibake, encode_tcvn3
from editor.text.profile import default_profile

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2020, 12, 19, 12, 0, tzinfo=UTC)
VN = timezone(timedelta(hours=7))


def _clean() -> Article:
    return Article(
        title="Sức lan tỏa ở Uông Bí",
        sapo="Sapo của bài.",
        dateline=Dateline(datetime(2020, 12, 19, 16, 25, tzinfo=VN), "Uông Bí"),
        body=(
            Paragraph.plain("Đoạn văn đầu tiên của bài viết."),
            Figure("a.jpg", caption="Lãnh đạo phường trao quà tại Uông Bí.", credit="Vân Anh",
                   alt="Người dân nhận quà trước nhà văn hóa."),
        ),
        authors=(Author("Thu Chung"),),
        related=(RelatedLink("Tin khác", "https://example.org/a"),),
    )  # fmt: skip


def _ids(article: Article, **kwargs: object) -> list[str]:
    return [f.id for f in run_checks(CheckContext(article, default_profile(), now=NOW, **kwargs))]  # type: ignore[arg-type]


def _with_figure(**changes: object) -> Article:
    article = _clean()
    return article.replace_block(1, replace(article.body[1], **changes))  # type: ignore[arg-type]


def test_clean_article_has_no_findings() -> None:
    assert _ids(_clean()) == []


CASES = [
    ("title.empty", lambda: _clean().with_fields(title=" ")),
    ("title.too-long", lambda: _clean().with_fields(title=" ".join(["chữ"] * 13))),
    ("sapo.missing", lambda: _clean().with_fields(sapo="")),
    ("author.missing", lambda: _clean().with_fields(authors=())),
    ("dateline.missing", lambda: _clean().with_fields(dateline=Dateline())),
    ("dateline.future", lambda: _clean().with_fields(dateline=Dateline(NOW + timedelta(days=2)))),
    ("dateline.far-past", lambda: _clean().with_fields(dateline=Dateline(NOW - timedelta(days=400)))),
    ("figure.caption-missing", lambda: _with_figure(caption="")),
    ("figure.credit-missing", lambda: _with_figure(credit="")),
    ("figure.credit-in-caption", lambda: _with_figure(caption="Trao quà tại Uông Bí. Ảnh: Vân Anh", credit="")),
    ("figure.alt-missing", lambda: _with_figure(alt="")),
    ("figure.alt-is-caption", lambda: _with_figure(alt="Lãnh đạo phường trao quà tại Uông Bí.")),
    ("figure.alt-is-file-name", lambda: _with_figure(alt="IMG_1234")),
    ("figure.alt-is-file-name", lambda: _with_figure(alt="anh-trao-qua.jpg")),
    ("figure.caption-no-place-time", lambda: _with_figure(caption="hai người cười vui.")),
    ("text.not-nfc", lambda: _clean().with_fields(sapo="Sa\u0300o")),
    ("text.soft-hyphen", lambda: _clean().with_fields(sapo="Sa\u00adpo")),
    ("text.straight-quotes", lambda: _clean().with_fields(sapo='Ông nói "được".')),
    ("text.double-space", lambda: _clean().with_fields(sapo="Hai  cách.")),
    ("text.legacy-font", lambda: _clean().with_fields(sapo=as_mojibake(encode_tcvn3("Người dân hiến đất làm đường")))),
    ("related.bad-url", lambda: _clean().with_fields(related=(RelatedLink("x", "javascript:alert(1)"),))),
    ("related.bad-url", lambda: _clean().with_fields(related=(RelatedLink("x", "ftp://a.vn/x"),))),
    ("related.no-scheme", lambda: _clean().with_fields(related=(RelatedLink("x", "example.org/x"),))),
    ("related.no-url", lambda: _clean().with_fields(related=(RelatedLink("x", ""),))),
]  # fmt: skip


@pytest.mark.parametrize(("check_id", "make"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_check_fires(check_id: str, make: object) -> None:
    assert check_id in _ids(make())  # type: ignore[operator]


def test_illustrative_photo_needs_no_credit() -> None:
    assert "figure.credit-missing" not in _ids(_with_figure(caption="Ảnh minh họa", credit=""))
    assert "figure.credit-missing" not in _ids(_with_figure(caption="Cảnh phố đêm (Ảnh minh hoạ)", credit=""))


def test_findings_are_ordered_errors_first_and_bilingual() -> None:
    findings = run_checks(CheckContext(_with_figure(caption="", alt=""), default_profile(), now=NOW))
    assert findings[0].severity is Severity.ERROR
    for finding in findings:
        assert finding.message("vi") and finding.message("en") and finding.message("vi") != finding.message("en")
        assert json.loads(json.dumps(finding.as_dict()))["id"] == finding.id
    assert findings[0].location == Location("body", 1, "caption")


def test_fix_split_credit() -> None:
    article = _with_figure(caption="Trao quà tại Uông Bí. - Ảnh: BẢO PHÚ", credit="")
    finding = next(f for f in run_checks(CheckContext(article, default_profile(), now=NOW)) if f.fix == "split-credit")
    fixed = apply_finding_fix(article, finding)
    figure = fixed.body[1]
    assert isinstance(figure, Figure)
    assert (figure.caption, figure.credit) == ("Trao quà tại Uông Bí.", "BẢO PHÚ")
    agency = _with_figure(caption="Trao quà tại Uông Bí (Ảnh: Dương Giang/TTXVN)", credit="")
    figure = apply_fix(agency, "split-credit").body[1]
    assert (figure.caption, figure.credit) == ("Trao quà tại Uông Bí", "Dương Giang/TTXVN")  # type: ignore[union-attr]


def test_fix_legacy_text_converts_and_keeps_spans() -> None:
    mojibake = as_mojibake(encode_tcvn3("Người dân hiến đất làm đường"))
    article = _clean().replace_block(0, Paragraph((Span(mojibake, bold=True),)))
    finding = next(
        f for f in run_checks(CheckContext(article, default_profile(), now=NOW)) if f.id == "text.legacy-font"
    )
    fixed = apply_finding_fix(article, finding)
    assert fixed.body[0] == Paragraph((Span("Người dân hiến đất làm đường", bold=True),))
    assert _ids(fixed) == []


def test_text_fixes_reach_every_field_or_only_the_one_asked() -> None:
    article = _clean().with_fields(sapo='Ông nói "được".', title='Tít "mới"')
    everywhere = apply_fix(article, "smart-quotes")
    assert (everywhere.sapo, everywhere.title) == ("Ông nói “được”.", "Tít “mới”")
    only_sapo = apply_fix(article, "smart-quotes", Location("sapo"))
    assert (only_sapo.sapo, only_sapo.title) == ("Ông nói “được”.", 'Tít "mới"')
    assert apply_fix(_clean(), "collapse-spaces") == _clean()
    assert apply_fix(_clean().with_fields(sapo="a\u00adb"), "remove-soft-hyphens").sapo == "ab"
    assert apply_fix(_clean().with_fields(sapo="Sa\u0300o"), "normalise").sapo == "Sào"
    with pytest.raises(ValueError, match="unknown fix"):
        apply_fix(_clean(), "make-it-good")


def _jpeg(path: Path, size: tuple[int, int], color: tuple[int, int, int], pattern: bool = True) -> None:
    image = Image.new("RGB", size, color)
    if pattern:
        for x in range(0, size[0], max(1, size[0] // 8)):
            image.paste((255 - color[0], 80, 40), (x, 0, x + max(1, size[0] // 16), size[1]))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    path.write_bytes(buffer.getvalue())


def test_photo_checks_resolution_duplicates_unreadable(tmp_path: Path) -> None:
    _jpeg(tmp_path / "small.jpg", (600, 400), (200, 30, 30))
    _jpeg(tmp_path / "big.jpg", (2400, 1600), (30, 30, 200))
    (tmp_path / "copy.jpg").write_bytes((tmp_path / "big.jpg").read_bytes())
    _jpeg(tmp_path / "near.jpg", (1200, 800), (30, 30, 200))
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a jpeg at all")
    base = _with_figure()
    figure = base.body[1]
    assert isinstance(figure, Figure)
    body = (
        base.body[0],
        replace(figure, image="small.jpg"),
        replace(figure, image="big.jpg"),
        replace(figure, image="copy.jpg"),
        replace(figure, image="near.jpg", layout=Layout.RIGHT),
        replace(figure, image="broken.jpg"),
        Heading("x"),
    )
    findings = run_checks(CheckContext(base.with_fields(body=body), default_profile(), now=NOW,
                                       photos=FolderPhotos(tmp_path)))  # fmt: skip
    by_id = {(f.id, f.location.block) for f in findings}
    assert ("figure.low-resolution", 1) in by_id
    assert ("figure.low-resolution", 2) not in by_id
    assert ("figure.low-resolution", 4) not in by_id  # 1200 px over a half-width float is enough
    assert ("figure.duplicate", 3) in by_id
    assert ("figure.near-duplicate", 4) in by_id
    assert ("figure.unreadable", 5) in by_id
    assert next(f for f in findings if f.id == "figure.unreadable").severity is Severity.ERROR


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(REPO / "main.py"), "check", *map(str, args)], capture_output=True,
                          text=True, timeout=120, env={**os.environ})  # fmt: skip


def test_check_cli_exit_codes(sample_json: Path, tmp_path: Path) -> None:
    ok = _cli(sample_json, "--json")
    assert ok.returncode == 0, ok.stderr
    report = json.loads(ok.stdout)
    assert report["errors"] == 0
    assert all(f["severity"] != "error" for f in report["findings"])

    article = read_article_json(sample_json)
    from editor.model import article_to_json_text

    bad = article.replace_block(2, replace(article.body[2], caption=""))  # type: ignore[arg-type]
    folder = tmp_path / "bai"
    folder.mkdir()
    shutil.copytree(sample_json.parent / "images", folder / "images")
    (folder / "article.json").write_text(article_to_json_text(bad), encoding="utf-8")
    failing = _cli(folder)
    assert failing.returncode == 1, failing.stderr
    assert "LỖI" in failing.stdout and "chú thích" in failing.stdout

    missing = _cli(tmp_path / "khong-co.json")
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1 and "khong-co.json" in missing.stderr


@pytest.mark.parametrize(
    ("alt", "problem"),
    [("", "empty"), ("  ", "empty"), ("Lễ  trao QUÀ", "caption"), ("IMG_2041", "file"), ("DSC00123.JPG", "file"),
     ("p01-trao-qua", "file"), ("P01-TRAO-QUA.jpg", "file"), ("Người dân nhận quà trước nhà văn hóa", None)],
)  # fmt: skip
def test_one_alt_text_rule_for_checks_and_the_inspector(alt: str, problem: str | None) -> None:
    """The inspector shows what the checks find: both call editor.checks.alt_text.alt_problem."""
    from editor.checks.alt_text import alt_problem

    figure = Figure("images/p01-trao-qua.jpg", caption="Lễ trao quà", credit="Vân Anh", alt=alt)
    assert alt_problem(figure) == problem
    ids = {f.id for f in run_checks(CheckContext(Article(title="Tít", body=(figure,)), default_profile()))}
    expected = {"empty": "figure.alt-missing", "caption": "figure.alt-is-caption", "file": "figure.alt-is-file-name"}
    assert {i for i in ids if i.startswith("figure.alt")} == ({expected[problem]} if problem else set())
