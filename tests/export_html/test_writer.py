"""export_html end to end on small real photos: output layout, renditions, atomicity, cancellation, the cache."""

from __future__ import annotations

import base64
import io
import os
import re
from pathlib import Path

import pytest
from PIL import Image

from editor.errors import InputError
from editor.export.html import export_html, files_folder_name
from editor.export.options import HtmlOptions
from editor.export.progress import Progress
from editor.files.paths import cache_dir
from tests.conftest import SAMPLE_DIR
from tests.export_html.fixtures import sample_article_document, sample_document, write_photo

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages


def run(doc, out: Path, **options) -> list[Progress]:
    return list(export_html(doc, out, HtmlOptions(**options)))


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def doc(tmp_path):
    return sample_document(tmp_path / "article")


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_folder_mode_writes_page_and_named_renditions(doc, out_dir):
    steps = run(doc, out_dir / "bai-viet.html")
    assert steps[-1].done == steps[-1].total and all(0 <= s.done <= s.total for s in steps)
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert files_folder_name(out_dir / "bai-viet.html") == "bai-viet_files"
    files = listing(out_dir)
    assert files == [
        "bai-viet.html",
        "bai-viet_files",
        # 1200 px original: 480, 960 and itself, never upscaled to 1600
        "bai-viet_files/01-trao-qua-cho-ho-ngheo-1200.jpg",
        "bai-viet_files/01-trao-qua-cho-ho-ngheo-480.jpg",
        "bai-viet_files/01-trao-qua-cho-ho-ngheo-960.jpg",
        # 600×400 stored sideways (EXIF 6): upright 400×600; widths bound the long side (480 → 320×480)
        "bai-viet_files/02-ho-ngheo-nhan-qua-320.jpg",
        "bai-viet_files/02-ho-ngheo-nhan-qua-400.jpg",
        "bai-viet_files/03-toan-canh-1600.jpg",
        "bai-viet_files/03-toan-canh-480.jpg",
        "bai-viet_files/03-toan-canh-960.jpg",
    ]
    html = (out_dir / "bai-viet.html").read_text("utf-8")
    assert 'width="1200" height="800"' in html and 'width="400" height="600"' in html
    portrait = "bai-viet_files/02-ho-ngheo-nhan-qua"
    assert f'srcset="{portrait}-320.jpg 320w, {portrait}-400.jpg 400w"' in html
    for src in re.findall(r'(?:src|srcset)="([^"]+)"', html):
        for url in re.findall(r"bai-viet_files/[a-z0-9-]+\.jpg", src):
            assert (out_dir / url).is_file()
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".")]  # no temporaries left


def test_renditions_are_upright_srgb_jpegs_without_metadata(doc, out_dir):
    run(doc, out_dir / "a.html")
    with Image.open(out_dir / "a_files" / "02-ho-ngheo-nhan-qua-400.jpg") as im:
        assert im.size == (400, 600) and im.mode == "RGB"
        assert not im.getexif() and "icc_profile" not in im.info


def test_self_contained_is_one_file_with_data_uris(doc, out_dir):
    run(doc, out_dir / "mot-tep.html", mode="self-contained")
    assert listing(out_dir) == ["mot-tep.html"]
    html = (out_dir / "mot-tep.html").read_text("utf-8")
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert len(sources) == 3 and all(s.startswith("data:image/jpeg;base64,") for s in sources)
    assert "srcset" not in html and "_files" not in html
    first = Image.open(io.BytesIO(base64.b64decode(sources[0].split(",", 1)[1])))
    assert first.width == 960


def test_fragment_mode_writes_body_only_with_images_folder(doc, out_dir):
    run(doc, out_dir / "dan.html", mode="fragment")
    html = (out_dir / "dan.html").read_text("utf-8")
    assert html.startswith("<article") and "<style" not in html and " style=" not in html and "<script" not in html
    assert 'src="dan_files/01-trao-qua-cho-ho-ngheo-960.jpg"' in html
    assert (out_dir / "dan_files" / "01-trao-qua-cho-ho-ngheo-960.jpg").is_file()


def test_output_names_with_spaces_and_vietnamese_are_url_encoded(doc, out_dir):
    run(doc, out_dir / "Bài viết số 1.html")
    html = (out_dir / "Bài viết số 1.html").read_text("utf-8")
    assert "B%C3%A0i%20vi%E1%BA%BFt%20s%E1%BB%91%201_files/01-trao-qua-cho-ho-ngheo-480.jpg 480w" in html
    assert (out_dir / "Bài viết số 1_files" / "01-trao-qua-cho-ho-ngheo-480.jpg").is_file()


def test_re_export_replaces_the_old_folder(doc, out_dir):
    run(doc, out_dir / "a.html")
    (out_dir / "a_files" / "stale.jpg").write_bytes(b"old")
    run(doc, out_dir / "a.html")
    assert "a_files/stale.jpg" not in listing(out_dir)
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".")]


def _existing_output(out_dir: Path) -> dict[str, bytes]:
    (out_dir / "a.html").write_text("old page", "utf-8")
    (out_dir / "a_files").mkdir()
    (out_dir / "a_files" / "old.jpg").write_bytes(b"old image")
    return {name: (out_dir / name).read_bytes() for name in ("a.html", "a_files/old.jpg")}


def test_failed_export_leaves_existing_output_unchanged(doc, out_dir):
    before = _existing_output(out_dir)
    broken = doc.figures[2].photo_path
    broken.write_bytes(broken.read_bytes()[:2000])  # truncated JPEG
    with pytest.raises(InputError, match=r"^Photo 3 \(images/p03\.jpg\) is truncated"):
        run(doc, out_dir / "a.html")
    assert listing(out_dir) == ["a.html", "a_files", "a_files/old.jpg"]
    assert {name: (out_dir / name).read_bytes() for name in before} == before


@pytest.mark.parametrize("mode", ["folder", "self-contained"])
def test_cancel_leaves_nothing_behind(doc, out_dir, mode):
    before = _existing_output(out_dir)
    steps = export_html(doc, out_dir / "a.html", HtmlOptions(mode=mode))
    next(steps)
    next(steps)
    steps.close()  # the reporter pressed Cancel
    assert listing(out_dir) == ["a.html", "a_files", "a_files/old.jpg"]
    assert {name: (out_dir / name).read_bytes() for name in before} == before


def test_photo_outside_its_root_is_refused(doc, out_dir, tmp_path):
    outside = write_photo(tmp_path / "elsewhere" / "secret.jpg", (64, 64), (0, 0, 0))
    link = doc.figures[0].photo_path
    link.unlink()
    link.symlink_to(outside)
    with pytest.raises(InputError, match="outside the article's folder"):
        run(doc, out_dir / "a.html")
    assert listing(out_dir) == []


def test_bad_options_are_one_line_errors(doc, out_dir):
    with pytest.raises(InputError, match="no HTML mode"):
        run(doc, out_dir / "a.html", mode="pdf")
    with pytest.raises(InputError, match="no usable photo width"):
        run(doc, out_dir / "a.html", widths=(0,))
    with pytest.raises(InputError, match="folder to export into does not exist"):
        run(doc, out_dir / "missing" / "a.html")
    (out_dir / "b_files").write_text("not a folder")
    with pytest.raises(InputError, match="already has the name of the photo folder"):
        run(doc, out_dir / "b.html")
    (out_dir / "b_files").unlink()
    with pytest.raises(InputError, match="no HTML page template"):
        run(doc, out_dir / "a.html", template="../../etc/passwd")
    assert listing(out_dir) == []


def test_second_export_comes_from_the_cache(doc, out_dir):
    run(doc, out_dir / "a.html")
    cache = cache_dir() / "renditions"
    cached = listing(cache)
    assert len([name for name in cached if name.endswith(".jpg")]) == 9  # 3 widths × 3 photos (some equal)
    run(doc, out_dir / "b.html")
    assert listing(cache) == cached  # nothing made again
    first = (out_dir / "a.html").read_bytes()
    assert (out_dir / "b.html").read_bytes() == first.replace(b"a_files/", b"b_files/")
    assert sorted(os.listdir(out_dir / "a_files")) == sorted(os.listdir(out_dir / "b_files"))


def test_outputs_get_ordinary_permissions(doc, out_dir):
    """Temporaries are private; the published page and folder must be readable by a web server."""
    old = os.umask(0o022)
    try:
        run(doc, out_dir / "a.html")
    finally:
        os.umask(old)
    assert (out_dir / "a.html").stat().st_mode & 0o777 == 0o644
    assert (out_dir / "a_files").stat().st_mode & 0o777 == 0o755
    assert {p.stat().st_mode & 0o777 for p in (out_dir / "a_files").iterdir()} == {0o644}
    (out_dir / "a.html").chmod(0o640)
    run(doc, out_dir / "a.html", mode="self-contained")
    assert (out_dir / "a.html").stat().st_mode & 0o777 == 0o640  # a replaced file keeps its mode


def test_failure_while_swapping_in_puts_the_old_output_back(doc, out_dir, monkeypatch):
    run(doc, out_dir / "warm.html")  # renditions cached: the second export reaches the swap at once
    before = _existing_output(out_dir)

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)  # the page's swap (editor.files.atomic.commit_with_folder)
    with pytest.raises(InputError, match="ổ đĩa đã đầy") as refused:  # a clear refusal (exit 2), not exit 3
        run(doc, out_dir / "a.html")
    assert refused.value.source == str(out_dir / "a.html")
    monkeypatch.undo()
    assert {name: (out_dir / name).read_bytes() for name in before} == before
    assert sorted(os.listdir(out_dir / "a_files")) == ["old.jpg"]
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".")]


def test_sample_article_structured_data_matches_its_ir(out_dir):
    """The bundled sample through build.py: JSON-LD and the <time> element carry the IR's values."""
    import json

    if not (SAMPLE_DIR / "article.json").is_file():
        pytest.skip("the sample article is not there yet")
    doc = sample_article_document()
    run(doc, out_dir / "mau.html")
    html = (out_dir / "mau.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["headline"] == doc.title and data["alternativeHeadline"] == doc.kicker
    assert data["datePublished"] == doc.published.isoformat(timespec="seconds")
    assert data["datePublished"].endswith("+07:00")
    assert [a["name"] for a in data["author"]] == list(doc.author_names)
    assert data["publisher"] == {"@type": "NewsMediaOrganization", "name": "Báo Quảng Ninh"}
    assert '<meta property="og:site_name" content="Báo Quảng Ninh">' in html
    assert len(data["image"]) == len(doc.figures)
    assert [i.get("creditText", "") for i in data["image"]] == [f.credit for f in doc.figures]
    assert f'<time datetime="{data["datePublished"]}">{doc.dateline_text}</time>' in html
    assert html.count("<figure") == len(doc.figures) and html.count('loading="lazy"') == len(doc.figures) - 1
