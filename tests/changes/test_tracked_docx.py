"""Tracked-changes DOCX judged by real clients: pandoc accepts/rejects to exactly each side, LibreOffice lays out both
sides, python-docx opens it. Every edit scenario runs through all of them."""

from __future__ import annotations

import re
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from editor.export.api import export
from editor.export.progress import run
from editor.handoff import export_changes
from editor.storage.documents import open_article
from tests.changes.scenarios import BASE, SCENARIOS, edited, write_article
from tests.support.external import require_tool

WHEN = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BANTHAO_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory, cache) -> dict[str, dict[str, Path]]:
    root = tmp_path_factory.mktemp("changes")
    old_json = write_article(root / "old", BASE)
    plain_export(old_json, root / "old.docx")
    result = {}
    for name in SCENARIOS:
        new_json = write_article(root / name, edited(name))
        plain, tracked = root / f"{name}-plain.docx", root / f"{name}.docx"
        plain_export(new_json, plain)
        run(export_changes(new_json, tracked, old_json, author="Vân Anh", when=WHEN))
        result[name] = {"json": new_json, "plain": plain, "tracked": tracked, "old": root / "old.docx"}
    return result


def plain_export(source: Path, out: Path) -> None:
    with open_article(source) as opened:
        run(export(opened, out))


def pandoc_text(path: Path, mode: str | None = None) -> str:
    pandoc = require_tool("pandoc")
    args = [pandoc, "-t", "plain", "--wrap=none", str(path)]
    if mode:
        args.insert(1, f"--track-changes={mode}")
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def revisions(path: Path) -> dict[str, int]:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return {tag: len(re.findall(f"<w:{tag}[ >]", xml)) for tag in ("ins", "del", "rPrChange", "moveFrom", "moveTo")}


PANDOC_TABLE_ROWS = pytest.mark.xfail(
    strict=True,
    reason="pandoc ignores tracked table rows (w:trPr/w:del): a deleted floating photo frame stays an "
    "empty table in its accepted text, and a deleted list paragraph (related links) an empty bullet; Word and "
    "LibreOffice honour both",
)
PANDOC_CASES = [pytest.param(n, marks=PANDOC_TABLE_ROWS) if n in ("floating_removed", "rewritten") else n
                for n in SCENARIOS]  # fmt: skip


@pytest.mark.external
@pytest.mark.parametrize("name", PANDOC_CASES)
def test_pandoc_accept_gives_the_new_article_and_reject_the_old(made, name):
    files = made[name]
    assert pandoc_text(files["tracked"], "accept") == pandoc_text(files["plain"])
    assert pandoc_text(files["tracked"], "reject") == pandoc_text(files["old"])


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_python_docx_opens_it_and_sees_the_new_text(made, name):
    document = docx.Document(str(made[name]["tracked"]))
    assert len(document.paragraphs) > 5
    assert document.core_properties.title == edited(name)["title"]


def test_a_one_word_edit_is_one_small_revision(made):
    counts = revisions(made["one_word"]["tracked"])
    assert counts == {"ins": 1, "del": 1, "rPrChange": 0, "moveFrom": 0, "moveTo": 0}
    xml = zipfile.ZipFile(made["one_word"]["tracked"]).read("word/document.xml").decode("utf-8")
    assert "<w:delText>bốn</w:delText>" in xml and "<w:t>năm</w:t>" in xml


def test_a_changed_tone_mark_is_a_changed_word(made):
    xml = zipfile.ZipFile(made["tone_mark"]["tracked"]).read("word/document.xml").decode("utf-8")
    assert revisions(made["tone_mark"]["tracked"])["del"] == 1
    assert "<w:delText>khoẻ</w:delText>" in xml and "<w:t>khỏe</w:t>" in xml


def test_bold_added_is_a_formatting_revision_holding_the_old_format(made):
    xml = zipfile.ZipFile(made["bold_added"]["tracked"]).read("word/document.xml").decode("utf-8")
    assert revisions(made["bold_added"]["tracked"]) == {"ins": 0, "del": 0, "rPrChange": 1, "moveFrom": 0,
                                                        "moveTo": 0}  # fmt: skip
    assert re.search(r"<w:b/><w:bCs/><w:rPrChange [^>]+><w:rPr/></w:rPrChange></w:rPr><w:t>30%</w:t>", xml)


def test_a_moved_photo_is_a_move_not_a_new_picture(made):
    counts = revisions(made["photo_moved"]["tracked"])
    assert counts["moveFrom"] >= 2 and counts["moveTo"] >= 2 and counts["ins"] == counts["del"] == 0
    xml = zipfile.ZipFile(made["photo_moved"]["tracked"]).read("word/document.xml").decode("utf-8")
    names = re.findall(r'<w:move(?:From|To)RangeStart [^>]*w:name="([^"]+)"', xml)
    assert len(names) == 2 and names[0] == names[1]


def test_an_edited_caption_is_an_edited_caption(made):
    xml = zipfile.ZipFile(made["caption_and_credit"]["tracked"]).read("word/document.xml").decode("utf-8")
    counts = revisions(made["caption_and_credit"]["tracked"])
    assert counts["moveFrom"] == counts["moveTo"] == 0
    assert xml.count("<w:drawing>") == 3  # no picture deleted and re-inserted
    assert "lúc sáng sớm" in xml


def test_every_revision_names_the_author_and_instant_and_same_inputs_give_same_bytes(made, tmp_path):
    xml = zipfile.ZipFile(made["title_changed"]["tracked"]).read("word/document.xml").decode("utf-8")
    stamps = set(re.findall(r'w:author="([^"]+)" w:date="([^"]+)"', xml))
    assert stamps == {("Vân Anh", "2026-12-01T10:00:00Z")}
    again = tmp_path / "again.docx"
    run(export_changes(made["title_changed"]["json"], again, made["title_changed"]["old"].parent / "old" /
                       "article.json", author="Vân Anh", when=WHEN))  # fmt: skip
    assert again.read_bytes() == made["title_changed"]["tracked"].read_bytes()


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.external
def test_libreoffice_lays_out_both_sides_of_every_scenario(made, tmp_path):
    soffice = require_tool("soffice", "libreoffice")
    require_tool("pdftotext")
    files = [str(made[name]["tracked"]) for name in SCENARIOS]
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), *files],
                   check=True, capture_output=True, timeout=300)  # fmt: skip
    for name, (_edit, old_marker, new_marker) in SCENARIOS.items():
        pdf = tmp_path / f"{name}.pdf"
        assert pdf.is_file(), name
        text = _squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout)
        for marker in (old_marker, new_marker):
            assert _squash(marker) in text, (name, marker)
