"""The Markdown writer, read back by pandoc (``-f commonmark``): what the reporter wrote, and nothing else, as text."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest
from PIL import Image

from editor.errors import InputError
from editor.export.api import export
from editor.export.build import build_document
from editor.export.markdown import MarkdownOptions, export_markdown, render_markdown
from editor.export.progress import run
from editor.export.registry import all_suffixes, register, writer, writer_for, writers
from editor.model.interchange import read_article_json
from editor.storage.documents import FolderPhotos, open_article
from editor.text.profile import default_profile, load_profile
from tests.export_html.fixtures import hostile_document
from tests.support.external import require_tool

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "article.json"


def pandoc_ast(path: Path) -> dict:
    pandoc = require_tool("pandoc")
    done = subprocess.run([pandoc, "-f", "commonmark", "-t", "json", str(path)], check=True, capture_output=True,
                          timeout=120)  # fmt: skip
    return json.loads(done.stdout)


def walk(node: object) -> list[dict]:
    """Every pandoc element (a dict with "t") in document order."""
    found: list[dict] = []
    if isinstance(node, dict):
        if "t" in node:
            found.append(node)
        for value in node.values():
            found.extend(walk(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(walk(item))
    return found


def plain(inlines: list[dict]) -> str:
    """The text of pandoc inlines, as a reader sees it."""
    out = []
    for element in walk(inlines):
        kind = element["t"]
        if kind == "Str":
            out.append(element["c"])
        elif kind in ("Space", "SoftBreak"):
            out.append(" ")
        elif kind == "LineBreak":
            out.append("\n")
    return "".join(out)


def blocks_text(ast: dict) -> list[str]:
    return [plain(block.get("c", [])) for block in ast["blocks"]]


@pytest.fixture
def sample_md(tmp_path: Path) -> Path:
    """The sample article exported through the real CLI: ``banthao export article.json -o bài viết.md``."""
    out = tmp_path / "bài viết.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "export", str(SAMPLE), "-o", str(out)],
                          capture_output=True, text=True, timeout=300, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out


def test_cli_writes_markdown_and_photos_beside_it(sample_md: Path) -> None:
    article = read_article_json(SAMPLE)
    folder = sample_md.parent / "bài viết_md_files"
    files = sorted(folder.iterdir())
    assert len(files) == len(article.image_names()) == 3
    for file in files:
        with Image.open(file) as im:
            assert im.format == "JPEG" and max(im.size) <= MarkdownOptions().width
            assert not im.getexif()  # web renditions: no GPS, no camera serials
    assert sorted(p.name for p in sample_md.parent.iterdir()) == ["bài viết.md", "bài viết_md_files"]  # no leftovers


def test_pandoc_reads_every_image_caption_and_the_dateline(sample_md: Path) -> None:
    article = read_article_json(SAMPLE)
    document = build_document(article, FolderPhotos(SAMPLE.parent), default_profile())
    ast = pandoc_ast(sample_md)
    images = [e for e in walk(ast) if e["t"] == "Image"]
    assert len(images) == len(document.figures)
    texts = blocks_text(ast)
    for image, figure in zip(images, document.figures, strict=True):
        target = unquote(image["c"][2][0])
        assert (sample_md.parent / target).is_file(), target  # relative, inside the folder beside the file
        assert target.startswith("bài viết_md_files/")
        assert plain(image["c"][1]) == figure.alt
        assert figure.caption_text in texts  # the caption line in the outlet's template, credit included
        assert "Ảnh: " + figure.credit in figure.caption_text
    assert document.dateline_line in texts  # "Thứ Bảy, 19/12/2020, 16:25 [GMT+7] · Uông Bí"
    headers = [plain(b["c"][2]) for b in ast["blocks"] if b["t"] == "Header"]
    assert headers[0] == article.title and "Người dân hiến đất làm đường" in headers
    assert "Thu Chung" in texts  # the end byline as the profile prints it
    assert sum(1 for b in ast["blocks"] if b["t"] == "BlockQuote") == 1
    links = [e["c"][2][0] for e in walk(ast) if e["t"] == "Link"]
    assert links[0] == "https://example.org/uong-bi/thanh-son" and len(links) == 3


def test_caption_credit_on_its_own_line_and_upper_case_by_the_profile(tmp_path: Path) -> None:
    """tuoi-tre writes "{caption} - Ảnh: {CREDIT}": the template decides, the writer only follows the segments."""
    article = read_article_json(SAMPLE)
    profile = load_profile("tuoi-tre")
    document = build_document(article, FolderPhotos(SAMPLE.parent), profile)
    out = tmp_path / "bai.md"
    run(export_markdown(document, out))
    texts = blocks_text(pandoc_ast(out))
    for figure in document.figures:
        assert figure.caption_text in texts
        assert figure.credit.upper() in figure.caption_text


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    """Markup characters, HTML, unsafe links and a hostile slug never become markup, links or paths."""
    document = hostile_document(tmp_path)
    out = tmp_path / "hostile.md"
    run(export_markdown(document, out))
    ast = pandoc_ast(out)
    kinds = {e["t"] for e in walk(ast)}
    assert not kinds & {"RawInline", "RawBlock", "CodeBlock", "Code", "OrderedList", "HorizontalRule"}
    lists = [b for b in ast["blocks"] if b["t"] == "BulletList"]
    assert len(lists) == 1 and len(lists[0]["c"]) == 3  # related: never dropped, unsafe ones as plain text
    assert [e["t"] for item in lists[0]["c"] for e in item[0]["c"][:1]] == ["Link", "Str", "Str"]
    links = [e["c"][2][0] for e in walk(ast) if e["t"] == "Link"]
    assert links and all(link.startswith(("https://", "mailto:")) for link in links)
    assert "<script>alert(1)</script>" in " ".join(blocks_text(ast))
    names = sorted(p.name for p in (tmp_path / "hostile_md_files").iterdir())
    assert len(names) == 2 and all(re.fullmatch(r"[a-z0-9-]+\.jpg", name) for name in names), names


@pytest.mark.parametrize("text", ["1. not a list", "- not a list", "# not a heading", "> not a quote", "    code?"])
def test_line_start_markers_are_escaped(text: str) -> None:
    from editor.export.ir import IRParagraph
    from editor.model.article import Span

    document = build_document(read_article_json(SAMPLE), FolderPhotos(SAMPLE.parent), default_profile())
    document = type(document)(**{**document.__dict__, "blocks": (IRParagraph((Span(text),)),), "related": ()})
    markdown = render_markdown(document, {})
    pandoc = require_tool("pandoc")
    done = subprocess.run([pandoc, "-f", "commonmark", "-t", "json"], input=markdown.encode(), capture_output=True,
                          check=True, timeout=60)  # fmt: skip
    ast = json.loads(done.stdout)
    assert text.strip() in blocks_text(ast)
    assert {b["t"] for b in ast["blocks"]} <= {"Para", "Header"}


def test_cancel_leaves_an_existing_export_as_it_was(tmp_path: Path) -> None:
    document = build_document(read_article_json(SAMPLE), FolderPhotos(SAMPLE.parent), default_profile())
    out = tmp_path / "bai.md"
    out.write_text("old", encoding="utf-8")
    steps = export_markdown(document, out)
    next(steps)
    next(steps)  # one photo done
    steps.close()
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bai.md"]


def test_the_registry_lists_markdown_and_the_api_picks_it_by_suffix(tmp_path: Path) -> None:
    assert [w.key for w in writers()][:3] == ["docx", "html", "markdown"]
    chosen = writer_for(tmp_path / "BAI.MD")
    assert chosen is writer("markdown") and chosen.suffix == ".md"
    assert chosen.label("en") == "Markdown (CommonMark)"
    assert chosen.make_options(quality=70, bundle=True, width=None) == MarkdownOptions(quality=70)
    with open_article(SAMPLE) as opened:
        run(export(opened, tmp_path / "bai.markdown", options=MarkdownOptions(width=320)))
    assert (tmp_path / "bai.markdown").read_text(encoding="utf-8").startswith("Chung tay vì người nghèo\n\n# ")
    with Image.open(next((tmp_path / "bai_md_files").iterdir())) as im:
        assert max(im.size) == 320


def test_an_unknown_suffix_names_the_file_and_every_format(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        writer_for(tmp_path / "bai.pdf")
    assert "bai.pdf" in str(caught.value)
    assert all(suffix in caught.value.problem_in("en") for suffix in all_suffixes())


def test_a_clashing_writer_is_refused() -> None:
    with pytest.raises(ValueError, match="markdown"):
        register(writer("markdown"))
