"""The export API: the writer comes from the registry by suffix, the profile's writer settings reach the writer."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from editor.export.api import export
from editor.export.options import DocxOptions
from editor.export.progress import run
from editor.export.registry import writer
from editor.storage.documents import open_article
from editor.text.profile import load_profile

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "article.json"


def test_the_profile_font_size_reaches_the_docx_through_the_registry(tmp_path: Path) -> None:
    assert load_profile("mau-tuy-chinh").docx_font_size == 14.0
    with open_article(SAMPLE) as opened:
        run(export(opened, tmp_path / "bai.docx", profile="mau-tuy-chinh"))
        run(export(opened, tmp_path / "mac-dinh.docx"))
    styles = zipfile.ZipFile(tmp_path / "bai.docx").read("word/styles.xml").decode()
    default = zipfile.ZipFile(tmp_path / "mac-dinh.docx").read("word/styles.xml").decode()
    assert '<w:sz w:val="28"/>' in styles and '<w:sz w:val="28"/>' not in default  # 14 pt vs 13 pt


def test_the_profile_decides_writer_settings_and_the_reporter_the_rest() -> None:
    profile = load_profile("mau-tuy-chinh")
    options = writer("docx").for_profile(DocxOptions(font_size=16, bundle=True), profile)
    assert (options.font_size, options.bundle, options.profile_font_size) == (16, True, 14.0)
    assert writer("html").for_profile(writer("html").options(), profile).template == profile.html_template
    assert writer("markdown").for_profile(writer("markdown").options(), profile) == writer("markdown").options()


def test_export_takes_an_opened_article_not_a_path(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="open_article"):
        run(export(SAMPLE, tmp_path / "bai.docx"))  # type: ignore[arg-type]
