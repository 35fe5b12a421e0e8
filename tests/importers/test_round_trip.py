"""Our own DOCX round-trips: article → DOCX → import gives the article back, every field equal.

The photos that come back are the DOCX's embedded renditions; a figure whose crop or turn the rendition already
carries comes back uncropped and upright (applying them again would crop twice), and the report says so.
"""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editor.export.api import export
from editor.export.progress import run
from editor.importers.api import draft_to_project, import_draft
from editor.model.article import Author, BylinePosition, Figure, Layout, Paragraph, Quote, RelatedLink, Span
from editor.model.interchange import article_to_json_text, read_article_json
from editor.storage.documents import open_article
from editor.storage.project import Project
from tests.conftest import SAMPLE_DIR


def _export_to(source: Path, out: Path) -> None:
    with open_article(source) as opened:
        run(export(opened, out))


def _variant(sample: Path, folder: Path) -> Path:
    """The sample with every field the model has in use: top byline, crop and turn, quote spans, x- keys."""
    shutil.copytree(sample.parent / "images", folder / "images")
    article = read_article_json(sample)
    body = list(article.body)
    first = next(i for i, b in enumerate(body) if isinstance(b, Figure))
    body[first] = replace(body[first], crop=(0.1, 0.0, 0.9, 0.8), rotation=90, layout=Layout.LEFT,
                          provenance=(("caption", "IPTC 2:120"),))  # fmt: skip
    body.insert(1, Quote((Span("Đậm", bold=True), Span(" và "), Span("nghiêng", italic=True))))
    body.append(Paragraph((Span("Xem "), Span("thêm", link="https://example.org/them"), Span("."))))
    variant = replace(
        article,
        body=tuple(body),
        authors=(Author("Minh Khang", "Ảnh", BylinePosition.TOP), *article.authors),
        source="Theo TTXVN",
        related=(*article.related, RelatedLink("Bài khác", "https://example.org/khac")),
        dateline=replace(article.dateline, published=datetime(2021, 2, 3, 7, 5, tzinfo=timezone(timedelta(hours=7)))),
        extensions=(("x-cms", '{"id": 42}'),),
    )
    path = folder / "article.json"
    path.write_text(article_to_json_text(variant), encoding="utf-8")
    return path


@pytest.fixture(params=["sample", "variant"])
def source(request, tmp_path: Path) -> Path:
    if request.param == "sample":
        return SAMPLE_DIR / "article.json"
    return _variant(SAMPLE_DIR / "article.json", tmp_path / "variant")


def _expected(article):
    body = tuple(replace(b, crop=None, rotation=0) if isinstance(b, Figure) and (b.crop or b.rotation) else b
                 for b in article.body)  # fmt: skip
    return replace(article, body=body)


def test_article_to_docx_to_article_gives_every_field_back(source: Path, tmp_path: Path):
    docx_path = tmp_path / "bai.docx"
    _export_to(source, docx_path)
    draft = import_draft(docx_path, tmp_path / "in")
    original = read_article_json(source)
    assert draft.article == _expected(original)
    assert draft.report.own_export and not draft.report.edited_after_export
    for figure in draft.article.figures:  # the photos are the renditions the DOCX embeds, byte for byte
        data = draft.photos[figure.image].read_bytes()
        with zipfile.ZipFile(docx_path) as z:
            assert any(z.read(n) == data for n in z.namelist() if n.startswith("word/media/"))


def test_the_imported_article_exports_the_same_document_again(source: Path, tmp_path: Path):
    first = tmp_path / "mot.docx"
    _export_to(source, first)
    project = tmp_path / "bai.banthao"
    draft_to_project(first, project)
    second = tmp_path / "hai.docx"
    _export_to(project, second)
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        assert a.read("word/document.xml") == b.read("word/document.xml")
    with Project.open(project) as opened:
        assert opened.load() == draft_to_project(first, tmp_path / "lai.banthao").article


def test_a_docx_edited_in_word_is_read_as_a_draft_with_a_note(tmp_path: Path):
    docx_path = tmp_path / "bai.docx"
    _export_to(SAMPLE_DIR / "article.json", docx_path)
    edited = tmp_path / "sua.docx"
    with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace("120 hộ nghèo".encode(), "150 hộ nghèo".encode())
            out.writestr(info, data)
    draft = import_draft(edited, tmp_path / "in")
    original = read_article_json(SAMPLE_DIR / "article.json")
    assert draft.report.edited_after_export and not draft.report.own_export
    assert "edited after Bản Thảo exported it" in draft.report.text("en")
    article = draft.article
    assert "150 hộ nghèo" in " ".join(
        b.text for b in article.body if isinstance(b, Paragraph)
    )  # the body, not the part
    assert (article.title, article.kicker, article.sapo) == (original.title, original.kicker, original.sapo)
    assert article.dateline == original.dateline
    assert [(f.caption, f.credit, f.alt, f.layout) for f in article.figures] == [
        (f.caption, f.credit, f.alt, f.layout) for f in original.figures
    ]
    assert article.authors == original.authors and article.related == original.related
