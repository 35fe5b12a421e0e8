"""Hostile drafts, generated here: each ends in an import with a report, or exit 2 with one line naming the file."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import docx
import pytest

from editor.cli import main
from editor.importers import package as package_mod
from editor.importers.api import draft_to_json, import_draft
from tests.media.hostile import jpeg, png_declaring

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _plain_docx(path: Path, *, picture: bytes | None = None, paragraphs: int = 3) -> Path:
    document = docx.Document()
    document.add_paragraph("Tít bài thử", style="Title")
    for n in range(paragraphs):
        document.add_paragraph(f"Đoạn văn số {n + 1} của bản thảo.")
    if picture is not None:
        document.add_paragraph().add_run().add_picture(io.BytesIO(jpeg()))
        document.add_paragraph("Chú thích ảnh. Ảnh: Vân Anh", style="Caption")
    document.save(path)
    if picture is not None:  # swap the embedded bytes for the hostile picture
        _rewrite(path, lambda name, data: picture if name.startswith("word/media/") else data)
    return path


def _rewrite(path: Path, edit, extra: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            if info.filename in drop:
                continue
            out.writestr(info.filename, edit(info.filename, data))
        for name, data in (extra or {}).items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)
    return path


def _exit_line(capsys, *argv: str) -> tuple[int, str]:
    code = main(["convert", *argv])
    err = capsys.readouterr().err.strip().splitlines()
    return code, err[-1] if err else ""


def _refused(capsys, draft: Path, tmp_path: Path, words: str) -> None:
    out = tmp_path / "out.banthao"
    code, line = _exit_line(capsys, str(draft), str(out))
    assert code == 2, line
    assert line.startswith("banthao: ") and draft.name in line and "Traceback" not in line
    assert words in line
    assert not out.exists() and not list(tmp_path.glob("*.tmp*"))


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("BANTHAO_LANG", "en")


def test_not_a_zip(capsys, tmp_path: Path):
    draft = tmp_path / "bai.docx"
    draft.write_text("Đây không phải tệp Word", encoding="utf-8")
    _refused(capsys, draft, tmp_path, "not a Word file")


def test_a_zip_that_is_not_a_docx(capsys, tmp_path: Path):
    draft = tmp_path / "anh.docx"
    with zipfile.ZipFile(draft, "w") as z:
        z.writestr("photo.jpg", jpeg())
    _refused(capsys, draft, tmp_path, "not a Word document")


def test_a_password_protected_file(capsys, tmp_path: Path):
    draft = tmp_path / "mat-khau.docx"  # what Word writes: an OLE container with the encrypted package inside
    sector = bytearray(512)
    sector[: len("EncryptedPackage") * 2] = "EncryptedPackage".encode("utf-16-le")
    draft.write_bytes(package_mod.OLE_MAGIC + bytes(504) + bytes(sector) + bytes(2048))
    _refused(capsys, draft, tmp_path, "saved with a password — save a copy without one")


def test_a_zip_bomb_by_ratio(capsys, tmp_path: Path):
    draft = _rewrite(_plain_docx(tmp_path / "bom.docx"), lambda n, d: d, extra={"word/media/bomb.bin": bytes(60 << 20)})
    _refused(capsys, draft, tmp_path, "zip bomb")


def test_a_zip_bomb_by_total_size(capsys, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(package_mod, "MAX_TOTAL_BYTES", 4 << 20)
    noise = random.Random(14).randbytes(5 << 20)  # 5 MB that does not deflate: passes the ratio check
    draft = _rewrite(_plain_docx(tmp_path / "lon.docx"), lambda n, d: d, extra={"word/media/big.bin": noise})
    _refused(capsys, draft, tmp_path, "too large for a draft")


BILLION_LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>""" % W_NS.encode()
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""" % W_NS.encode()


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL], ids=["entity-expansion", "external-entity"])
def test_entities_in_the_document_are_refused(capsys, tmp_path: Path, payload: bytes):
    draft = _rewrite(_plain_docx(tmp_path / "xml.docx"), lambda n, d: payload if n == "word/document.xml" else d)
    _refused(capsys, draft, tmp_path, "DTD")


def test_entities_in_the_styles_part_are_refused_too(capsys, tmp_path: Path):
    draft = _rewrite(_plain_docx(tmp_path / "kieu.docx"), lambda n, d: EXTERNAL if n == "word/styles.xml" else d)
    _refused(capsys, draft, tmp_path, "word/styles.xml")


def test_entry_names_that_climb_or_are_absolute_are_ignored_and_counted(tmp_path: Path):
    draft = _rewrite(_plain_docx(tmp_path / "ten.docx", picture=jpeg()), lambda n, d: d,
                     extra={"../../evil.txt": b"x", "/etc/evil.txt": b"y", "C:/evil.txt": b"z"})  # fmt: skip
    result = import_draft(draft, tmp_path / "out")
    assert "3 package entries with unsafe names" in result.report.text("en")
    assert len(result.article.figures) == 1
    assert not (tmp_path.parent / "evil.txt").exists() and not list(tmp_path.rglob("evil.txt"))


def test_a_relationship_target_climbing_out_of_the_package_reaches_nothing(tmp_path: Path):
    def climb(name: str, data: bytes) -> bytes:
        return data.replace(b'Target="media/', b'Target="../../../../../etc/') if name.endswith(".rels") else data

    draft = _rewrite(_plain_docx(tmp_path / "leo.docx", picture=jpeg()), climb)
    result = import_draft(draft, tmp_path / "out")
    assert result.article.figures == ()
    assert "picture 1 of the draft was not imported: the package has no picture part" in result.report.text("en")


def test_missing_relationships_and_parts(capsys, tmp_path: Path):
    no_rels = _rewrite(_plain_docx(tmp_path / "thieu.docx", picture=jpeg()), lambda n, d: d,
                       drop=("word/_rels/document.xml.rels", "_rels/.rels"))  # fmt: skip
    result = import_draft(no_rels, tmp_path / "out")
    assert result.article.title == "Tít bài thử"
    assert "relationship" in result.report.text("en")
    no_document = _rewrite(_plain_docx(tmp_path / "rong.docx"), lambda n, d: d, drop=("word/document.xml",))
    _refused(capsys, no_document, tmp_path, "word/document.xml")


def test_pictures_that_cannot_come_in_are_reported_one_by_one(tmp_path: Path):
    huge = _plain_docx(tmp_path / "150mp.docx", picture=png_declaring(13_000, 12_000))
    result = import_draft(huge, tmp_path / "a")
    assert result.article.figures == () and result.article.title == "Tít bài thử"
    assert "(156 MP), over the 150 MP limit" in result.report.text("en")
    emf = _rewrite(_plain_docx(tmp_path / "emf.docx", picture=jpeg()),
                   lambda n, d: d.replace(b".jpeg", b".emf").replace(b".jpg", b".emf"))  # fmt: skip
    with zipfile.ZipFile(emf) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
    _rewrite(emf, lambda n, d: d, drop=tuple(media),
             extra={m.rsplit(".", 1)[0] + ".emf": b"\x01\x00\x00\x00EMF" for m in media})  # fmt: skip
    assert "EMF drawing, not a photo" in import_draft(emf, tmp_path / "b").report.text("en")


def test_a_2000_page_draft_imports(tmp_path: Path):
    draft = _plain_docx(tmp_path / "dai.docx", paragraphs=20)
    body = "".join(f"<w:p><w:r><w:t>Đoạn {n}: {'chữ ' * 60}</w:t></w:r></w:p>" for n in range(40_000))
    _rewrite(draft, lambda n, d: (f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/>'
                                  f"</w:pPr><w:r><w:t>Tít dài</w:t></w:r></w:p>{body}</w:body></w:document>").encode()
             if n == "word/document.xml" else d)  # fmt: skip
    result = draft_to_json(draft, tmp_path / "dai.json")
    assert result.article.title == "Tít dài"
    assert len(result.article.body) == 40_000
    assert (tmp_path / "dai.json").stat().st_size > 10_000_000


def test_a_missing_file_and_an_unknown_type(capsys, tmp_path: Path):
    code, line = _exit_line(capsys, str(tmp_path / "khong-co.docx"), str(tmp_path / "x.banthao"))
    assert code == 2 and "khong-co.docx" in line
    draft = _plain_docx(tmp_path / "bai.docx")
    code, line = _exit_line(capsys, str(draft), str(tmp_path / "x.html"))
    assert code == 2 and "OUT.banthao or OUT.json" in line


def test_footnotes_and_endnotes_are_left_out_and_counted(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Tít có chú thích cuối trang", style="Title")
    p = document.add_paragraph("Một câu có chú thích.")
    p._p.append(docx.oxml.parse_xml(f'<w:r xmlns:w="{W_NS}"><w:footnoteReference w:id="1"/></w:r>'))
    p._p.append(docx.oxml.parse_xml(f'<w:r xmlns:w="{W_NS}"><w:endnoteReference w:id="1"/></w:r>'))
    document.save(tmp_path / "chu-thich.docx")
    report = import_draft(tmp_path / "chu-thich.docx", tmp_path / "out").report.text("en")
    assert "1 footnotes" in report and "1 endnotes" in report
