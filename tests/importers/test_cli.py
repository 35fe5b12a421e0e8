"""``banthao convert DRAFT.docx OUT.json|OUT.banthao``: the article, its photos, the report and the checks."""

from __future__ import annotations

from pathlib import Path

from editor.cli import main
from editor.model.interchange import read_article_json
from editor.storage.project import Project

DRAFTS = Path(__file__).parent / "drafts"


def test_convert_a_draft_to_json_with_photos_beside_it(capsys, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("BANTHAO_LANG", "en")
    out = tmp_path / "bai" / "article.json"
    out.parent.mkdir()
    assert main(["convert", str(DRAFTS / "word-layouts.docx"), str(out)]) == 0
    captured = capsys.readouterr()
    assert "Import of the Word draft word-layouts.docx" in captured.err
    assert "Recognised:" in captured.err and "4 photos, 4 with a caption" in captured.err
    assert "error(s)" in captured.out  # the pre-send checks ran on the result (in English here)
    article = read_article_json(out)  # photos beside it: the reader checks every image file exists
    assert article.title == "Sức lan tỏa ở Uông Bí" and len(article.figures) == 4
    assert sorted(p.name for p in (out.parent / "images").iterdir()) == ["p01.jpg", "p02.jpg", "p03.jpg", "p04.jpg"]
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".banthao-import")]


def test_convert_a_draft_to_a_project(capsys, tmp_path: Path):
    out = tmp_path / "bai.banthao"
    assert main(["convert", str(DRAFTS / "word-shapes.docx"), str(out)]) == 0
    with Project.open(out) as project:
        article = project.load()
        assert len(article.figures) == 4
        assert set(project.photo_names()) == set(article.image_names())


def test_a_draft_without_a_title_cannot_become_json_but_can_become_a_project(capsys, tmp_path: Path, monkeypatch):
    import docx

    monkeypatch.setenv("BANTHAO_LANG", "en")
    draft = tmp_path / "khong-tit.docx"
    document = docx.Document()
    document.add_paragraph("một đoạn văn thường, không có tít, viết liền một mạch cho dài hơn bốn mươi ký tự.")
    document.save(draft)
    assert main(["convert", str(draft), str(tmp_path / "a.json")]) == 2
    assert "no title was found" in capsys.readouterr().err
    assert not (tmp_path / "a.json").exists()
    assert main(["convert", str(draft), str(tmp_path / "a.banthao")]) == 0
