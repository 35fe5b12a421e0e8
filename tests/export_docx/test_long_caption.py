"""Issue 11 item 8: a long caption stays on the page of its photo in the DOCX, as LibreOffice lays it out.

Portrait and landscape photos, each under a caption of several hundred to about two thousand characters, follow
paragraphs of different lengths so that photos fall at every height of a page. In the PDF LibreOffice makes, the
first and the last words of every caption are on the page that shows its photo.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from editor.export.ir import IRParagraph
from editor.model.article import Layout, Span
from tests.export_docx.helpers import figure, rich_document, run_export, write_jpeg
from tests.export_docx.test_clients import FILLER, images_per_page, page_texts
from tests.support.external import require_tool

pytestmark = pytest.mark.external

SENTENCE = "Người dân làng gốm Đông Triều chuẩn bị mẻ gốm cuối cùng của năm trước khi thương lái các tỉnh về lấy hàng. "


def caption(i: int) -> str:
    return f"Mở đầu chú thích {i:02d}. " + SENTENCE * (4 + (i * 5) % 15) + f"Kết chú thích {i:02d}."


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory, photos, isolated_cache) -> Path:
    soffice = require_tool("soffice", "libreoffice")
    folder = tmp_path_factory.mktemp("dai")
    doc = rich_document(photos)
    blocks = []
    for i in range(1, 13):
        blocks.append(IRParagraph((Span(FILLER * (1 + (i * 5) % 8)),)))
        size = (600, 900) if i % 2 else (900, 600)
        path = write_jpeg(folder / f"d{i:02d}.jpg", size, colour=(30 + 10 * i, 80, 120))
        layout = Layout.LEFT if i % 5 == 0 else Layout.FULL
        blocks.append(figure(i, path, caption=caption(i), credit="Minh Khang", layout=layout))
    out = folder / "dai.docx"
    run_export(replace(doc, blocks=tuple(blocks)), out)
    profile = f"-env:UserInstallation={(folder / 'lo').as_uri()}"
    command = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(out)]
    subprocess.run(command, check=True, capture_output=True, timeout=240)
    return folder / "dai.pdf"


def test_item_08_long_caption_keeps_with_its_photo(laid_out: Path) -> None:
    pages = page_texts(laid_out)
    images = images_per_page(laid_out)
    seen_images = 0
    for number, text in enumerate(pages, 1):
        seen_images += images.get(number, 0)
        for i in range(1, 13):
            if f"Mở đầu chú thích {i:02d}" in text:
                assert f"Kết chú thích {i:02d}" in " ".join(text.split()), f"caption {i} runs over page {number}"
                assert seen_images >= i, f"caption {i} on page {number}, before its photo"
            if f"Kết chú thích {i:02d}" in text:
                assert seen_images >= i, f"caption {i} on page {number}, but its photo is on a later page"
    placed = [n for n, text in enumerate(pages, 1) for i in range(1, 13) if f"Mở đầu chú thích {i:02d}" in text]
    assert len(placed) == 12
    # Each photo is on the page of its caption: the count of photos up to a caption's page equals its number.
    running = 0
    for number in range(1, len(pages) + 1):
        running += images.get(number, 0)
        in_page = [i for i in range(1, 13) if f"Mở đầu chú thích {i:02d}" in pages[number - 1]]
        if in_page:
            assert running == max(in_page), (number, running, in_page)
