"""``banthao diff``, ``export --changes-since`` on bad references, the HTML review page, and golden revision XML.

Regenerate the golden files after an intended change with
    BANTHAO_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/changes/test_cli_and_golden.py
"""

from __future__ import annotations

import difflib
import json
import os
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from editor.cli import main
from editor.storage.documents import json_to_project
from tests.changes.scenarios import BASE, edited, write_article

GOLDEN = Path(__file__).parent / "golden"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2026-12-01T10:00:00+00:00"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return write_article(tmp_path / "old", BASE), write_article(tmp_path / "new", edited("one_word"))


def test_diff_prints_one_readable_line_per_change(pair, capsys):
    old, new = pair
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["~ Đoạn 3: Trong xưởng nhỏ, [-bốn-]{+năm+} bàn xoay chạy liên tục từ 6 giờ sáng đến tối."]


def test_diff_json_lists_pieces_and_photos(tmp_path: Path, capsys):
    old = write_article(tmp_path / "old", BASE)
    new = write_article(tmp_path / "new", edited("photo_moved"))
    assert main(["diff", "--json", str(old), str(new)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(c["op"], c["kind"]) for c in data["changes"]] == [("move_to", "figure"), ("move_from", "figure")]
    assert data["changes"][0]["photo"]["old"] == data["changes"][0]["photo"]["new"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe not json", "UTF-8"),
        (b'{"version": 9, "title": "x"}', "newer"),
        (b"[1, 2]", "object"),
    ],
)
@pytest.mark.usefixtures("english")  # the expected words are the English messages
def test_a_bad_reference_is_one_line_naming_it_and_exit_2(pair, tmp_path: Path, capsys, content, expected):
    bad = tmp_path / "bad" / "article.json"
    bad.parent.mkdir()
    bad.write_bytes(content)
    _old, new = pair
    assert main(["export", str(new), "-o", str(tmp_path / "out.docx"), "--changes-since", str(bad), "-q"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0] and expected in err[0]
    assert not (tmp_path / "out.docx").exists()


def test_a_version_number_needs_a_project_and_must_exist(pair, tmp_path: Path, capsys):
    old, new = pair
    assert main(["diff", "3", str(new)]) == 2
    assert ".banthao" in capsys.readouterr().err
    project = tmp_path / "bai.banthao"
    json_to_project(old, project)
    assert main(["diff", "3", str(project)]) == 2
    assert "3" in capsys.readouterr().err
    assert main(["export", str(project), "-o", str(tmp_path / "a.docx"), "-q"]) == 0
    assert main(["diff", "1", str(project)]) == 0


def test_html_review_page_sits_beside_the_publishable_page_never_inside(pair, tmp_path: Path):
    old, new = pair
    out = tmp_path / "bai.html"
    assert main(["export", str(new), "-o", str(out), "--self-contained", "--changes-since", str(old), "-q"]) == 0
    page = out.read_text(encoding="utf-8")
    review = (tmp_path / "bai.review.html").read_text(encoding="utf-8")
    assert "<ins>" not in page and "<del>" not in page and "năm bàn" in page
    assert "<del>bốn</del><ins>năm</ins>" in review
    assert '<meta name="robots" content="noindex">' in review


def test_an_entirely_rewritten_article_gives_a_readable_docx(tmp_path: Path):
    old = write_article(tmp_path / "old", BASE)
    new = write_article(tmp_path / "new", edited("rewritten"))
    out = tmp_path / "viet-lai.docx"
    assert main(["export", str(new), "-o", str(out), "--changes-since", str(old), "--revision-date", DATE, "-q"]) == 0
    docx.Document(str(out))  # opens
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "Đoạn mở đầu mới tinh" in xml and "bàn xoay" in xml
    # readable: whole paragraphs in and out, not a comb of one-word revisions
    assert xml.count("<w:ins ") <= 20 and xml.count("<w:del ") <= 45  # ~14 old paragraphs: runs + mark each


def revision_xml(path: Path) -> str:
    """The body's paragraphs that carry a revision, pretty-printed, pictures reduced to their name."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    for drawing in root.iter(f"{{{W}}}drawing"):
        name = drawing.find(".//{*}docPr").get("name")
        for child in list(drawing):
            drawing.remove(child)
        drawing.set("picture", name)
    marks = ("ins", "del", "rPrChange", "moveFrom", "moveTo")
    kept = [p for p in root.iter(f"{{{W}}}p") if any(p.find(f".//{{{W}}}{m}") is not None for m in marks)]
    text = "\n".join(etree.tostring(p, pretty_print=True, encoding="unicode") for p in kept)
    return re.sub(r' xmlns:\w+="[^"]+"', "", text)


@pytest.mark.parametrize("name", ["one_word", "bold_added", "photo_moved"])
def test_golden_revision_xml(tmp_path: Path, name: str):
    old = write_article(tmp_path / "old", BASE)
    new = write_article(tmp_path / "new", edited(name))
    out = tmp_path / f"{name}.docx"
    assert main(["export", str(new), "-o", str(out), "--changes-since", str(old), "--author", "Vân Anh",
                 "--revision-date", DATE, "-q"]) == 0  # fmt: skip
    actual = revision_xml(out)
    golden = GOLDEN / f"{name}.xml"
    if os.environ.get("BANTHAO_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "actual"))
        pytest.fail(f"{name}: revision XML differs from {golden.name}:\n{diff}")


# --- REF as a DOCX Bản Thảo exported (its source part) ----------------------------------------------------------


def _pandoc(path: Path, mode: str | None = None) -> str:
    import subprocess

    from tests.support.external import require_tool

    args = [require_tool("pandoc"), "-t", "plain", "--wrap=none", str(path)]
    if mode:
        args.insert(1, f"--track-changes={mode}")
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


@pytest.mark.external
def test_a_mailed_docx_is_a_reference_even_for_a_photo_no_longer_in_the_article(tmp_path: Path, capsys):
    old = write_article(tmp_path / "old", BASE)
    new = write_article(tmp_path / "new", edited("photo_removed"))
    sent = tmp_path / "da-gui.docx"
    assert main(["export", str(old), "-o", str(sent), "-q"]) == 0
    (tmp_path / "new" / "images" / "p02.jpg").unlink()  # the removed photo exists only inside the mailed DOCX
    out, plain = tmp_path / "sua.docx", tmp_path / "moi.docx"
    assert main(["export", str(new), "-o", str(out), "--changes-since", str(sent), "--revision-date", DATE, "-q"]) == 0
    assert main(["export", str(new), "-o", str(plain), "-q"]) == 0
    assert _pandoc(out, "accept") == _pandoc(plain)
    assert _pandoc(out, "reject") == _pandoc(sent)
    # the corrections DOCX carries its own source: it is itself a reference with no changes from the new article
    capsys.readouterr()
    assert main(["diff", str(out), str(new)]) == 0
    assert capsys.readouterr().out == ""


def test_another_articles_docx_is_accepted_with_a_warning(tmp_path: Path, capsys):
    other = write_article(tmp_path / "other", edited("rewritten"))
    sent = tmp_path / "khac.docx"
    assert main(["export", str(other), "-o", str(sent), "-q"]) == 0
    new = write_article(tmp_path / "new", BASE)
    assert main(["diff", str(sent), str(new)]) == 0
    err = capsys.readouterr().err
    assert "another article" in err or "bài khác" in err


def test_a_docx_without_our_part_or_not_a_docx_is_one_line_and_exit_2(tmp_path: Path, capsys):
    import zipfile as zf

    new = write_article(tmp_path / "new", BASE)
    foreign = tmp_path / "word.docx"
    sent = tmp_path / "ours.docx"
    assert main(["export", str(new), "-o", str(sent), "-q"]) == 0
    with zf.ZipFile(sent) as source, zf.ZipFile(foreign, "w") as target:  # the same document minus our part
        for item in source.infolist():
            if not item.filename.startswith("customXml/"):
                target.writestr(item, source.read(item.filename))
    capsys.readouterr()
    assert main(["diff", str(foreign), str(new)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "word.docx" in err[0]
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"not a zip at all")
    assert main(["diff", str(broken), str(new)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "hong.docx" in err[0]
