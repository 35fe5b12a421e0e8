"""The source part: every DOCX we export carries its article, read back exactly; an edit in Word is noticed."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.export.api import export
from editor.export.docx.source_part import SOURCE_NS, read_source_article
from editor.export.progress import run
from editor.model.interchange import read_article_json
from editor.storage.documents import open_article
from tests.conftest import SAMPLE_DIR
from tests.support.external import require_tool


def _export(source: Path, out: Path) -> Path:
    with open_article(source) as opened:
        run(export(opened, out))
    return out


def _rewrite(docx: Path, target: Path, edit) -> Path:
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = edit(data)
            out.writestr(info, data)
    return target


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    with pytest.MonkeyPatch.context() as mp:  # module-scoped: runs before the suite's per-test cache isolation
        mp.setenv("BANTHAO_CACHE_DIR", str(folder / "cache"))
        return _export(SAMPLE_DIR / "article.json", folder / "bai.docx")


def test_the_exported_docx_gives_back_its_article_unedited(exported: Path, sample_json: Path):
    record = read_source_article(exported)
    assert record is not None
    assert record.article == read_article_json(sample_json)
    assert record.edited is False
    assert record.exported_digest == record.current_digest


def test_the_part_is_a_custom_xml_item_related_from_the_document(exported: Path):
    with zipfile.ZipFile(exported) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        types = z.read("[Content_Types].xml").decode()
        item = z.read("customXml/item1.xml").decode()
        assert "customXmlProps" in z.read("customXml/_rels/item1.xml.rels").decode()
        props = z.read("customXml/itemProps1.xml").decode()
    assert 'relationships/customXml" Target="../customXml/item1.xml"' in rels
    assert "/customXml/itemProps1.xml" in types and "customXmlProperties+xml" in types
    assert SOURCE_NS in item and "Sức lan tỏa ở Uông Bí" in item
    assert SOURCE_NS in props and "ds:itemID" in props


def test_the_same_article_gives_the_same_bytes(exported: Path, sample_json: Path, tmp_path: Path):
    again = _export(sample_json, tmp_path / "lai.docx")
    assert again.read_bytes() == exported.read_bytes()


def test_a_body_edited_in_word_is_noticed(exported: Path, tmp_path: Path):
    edited = _rewrite(exported, tmp_path / "sua.docx", lambda d: d.replace("Uông Bí".encode(), "Hạ Long".encode(), 1))
    record = read_source_article(edited)
    assert record is not None and record.edited is True


def test_run_splits_and_proofing_marks_are_not_edits(exported: Path, tmp_path: Path):
    def split_runs(data: bytes) -> bytes:  # what Word does on save: same text, other runs
        return data.replace(
            b"</w:t></w:r>",
            b'</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="9"'
            b' w:name="x"/><w:bookmarkEnd w:id="9"/>',
            5,
        )

    record = read_source_article(_rewrite(exported, tmp_path / "word.docx", split_runs))
    assert record is not None and record.edited is False


def test_a_docx_from_elsewhere_has_no_source_and_a_non_docx_is_an_input_error(tmp_path: Path):
    import docx

    plain = tmp_path / "khac.docx"
    document = docx.Document()
    document.add_paragraph("Bản nháp")
    document.save(plain)
    assert read_source_article(plain) is None
    junk = tmp_path / "rac.docx"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(InputError) as caught:
        read_source_article(junk)
    assert "rac.docx" in caught.value.one_line()


def test_libreoffice_keeps_the_part_when_it_saves_the_docx(exported: Path, tmp_path: Path):
    soffice = require_tool("soffice", "libreoffice")
    out = tmp_path / "lo"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(out), str(exported)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    record = read_source_article(out / exported.name)
    assert record is not None and record.edited is False
    assert record.article == read_source_article(exported).article
