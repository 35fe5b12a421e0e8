"""The same damaged photo gives the same message from the DOCX and the HTML export, in each language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.export.api import export
from editor.export.progress import run
from editor.storage.documents import open_article
from tests.conftest import SAMPLE_DIR


def _refusal(folder: Path, out: Path) -> InputError:
    with pytest.raises(InputError) as caught, open_article(folder / "article.json") as opened:
        run(export(opened, out))
    assert not out.exists()
    return caught.value


def test_docx_and_html_say_the_same_about_a_truncated_photo(tmp_path: Path) -> None:
    folder = tmp_path / "bai"
    shutil.copytree(SAMPLE_DIR, folder)
    photos = sorted((folder / "images").glob("*.jpg"))
    damaged = photos[1]
    damaged.write_bytes(damaged.read_bytes()[:3000])  # a half-copied file from a card reader
    docx, html = _refusal(folder, tmp_path / "bai.docx"), _refusal(folder, tmp_path / "bai.html")
    assert docx.message is not None and docx.message.code == "photo.truncated"
    for language in ("vi", "en"):
        assert docx.one_line(language) == html.one_line(language)
    name = f"images/{damaged.name}"
    assert docx.one_line("vi") == (
        f"Ảnh 2 ({name}) bị cắt cụt, có thể chép chưa xong; hãy chép lại ảnh từ máy ảnh hoặc điện thoại"
    )
    assert docx.one_line("en").startswith(f"Photo 2 ({name}) is truncated")
