"""The markup itself, rendered from IR documents with made-up image files (no photo pipeline involved)."""

from __future__ import annotations

import difflib
import itertools
import json
import os
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from editor.export.html.jsonld import script_json
from editor.export.html.render import render_html
from editor.export.html.safety import clean_text, file_stem, is_local_source, safe_href
from editor.export.html.view import ImageFile
from tests.export_html.fixtures import HOSTILE, hostile_document, sample_document

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("BANTHAO_REGEN_GOLDEN") == "1"


def fake_images(doc, folder: str = "bai-viet_files") -> dict[int, tuple[ImageFile, ...]]:
    """Three widths per figure, 3:2, named like the writer names them."""
    return {
        f.number: tuple(
            ImageFile(f"{folder}/{file_stem(f.slug, 'x')}-{w}.jpg", w, w * 2 // 3) for w in (480, 960, 1600)
        )
        for f in doc.figures
    }


class Collector(HTMLParser):
    """Start tags with their attributes, and the text inside <script> elements, for structural assertions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        else:
            self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    collector.close()
    return collector


@pytest.fixture
def sample(tmp_path):
    return sample_document(tmp_path)


@pytest.fixture
def hostile(tmp_path):
    return hostile_document(tmp_path)


def page(doc, **kwargs) -> str:
    return render_html(doc, fake_images(doc), fragment=False, folder="bai-viet_files", with_urls=True, **kwargs)


def assert_matches_golden(html: str, name: str, *, regenerate: bool = REGENERATE) -> None:
    """``html`` equals the golden file ``name``; when not, the failure shows a unified diff of the lines."""
    golden = GOLDEN / name
    if regenerate:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(html, "utf-8")
    expected = golden.read_text("utf-8")
    if html != expected:
        diff = difflib.unified_diff(expected.splitlines(), html.splitlines(), f"golden/{name}", "rendered", lineterm="")
        shown = list(itertools.islice(diff, 120))
        pytest.fail("\n".join([*shown, "", "set BANTHAO_REGEN_GOLDEN=1 to accept a deliberate change"]), pytrace=False)


def test_fragment_matches_golden_file(sample):
    html = render_html(sample, fake_images(sample), fragment=True, folder="bai-viet_files", with_urls=True)
    assert_matches_golden(html, "fragment.html")


def test_whole_page_matches_golden_file(sample):
    """Head, metadata, JSON-LD, styles and body: any change to the page shows as a readable diff."""
    assert_matches_golden(page(sample), "page.html")


def test_golden_failure_is_a_readable_diff(sample):
    changed = page(sample).replace("Sức lan tỏa", "Sức lan toả", 1)
    with pytest.raises(pytest.fail.Exception) as caught:
        assert_matches_golden(changed, "page.html", regenerate=False)
    report = str(caught.value)
    assert "--- golden/page.html" in report and "+++ rendered" in report
    assert any(line.startswith("-") and "Sức lan tỏa" in line for line in report.splitlines())
    assert any(line.startswith("+") and "Sức lan toả" in line for line in report.splitlines())


def test_fragment_has_no_styles_scripts_or_document_parts(sample):
    html = render_html(sample, fake_images(sample), fragment=True, folder="bai-viet_files", with_urls=True)
    tags = {t for t, _ in parse(html).tags}
    assert html.lstrip().startswith("<article")
    assert not tags & {"html", "head", "body", "style", "script", "link", "meta"}
    assert not any("style" in attrs for _, attrs in parse(html).tags)


def test_page_skeleton_and_semantics(sample):
    html = page(sample)
    doc = parse(html)
    assert html.startswith('<!doctype html>\n<html lang="vi">')
    assert doc.all("meta")[0] == {"charset": "utf-8"}
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in doc.all("meta")
    assert "<title>Sức lan tỏa ở Uông Bí</title>" in html
    assert {"name": "description", "content": sample.description} in doc.all("meta")
    assert re.search(r"<article[^>]*>\s*<header[^>]*>\s*<p class=\"bt-kicker\">Vì người nghèo</p>\s*<h1", html)
    assert '<time datetime="2020-12-19T16:25:00+07:00">Thứ Bảy, 19/12/2020, 16:25 [GMT+7]</time>' in html
    assert '<p class="bt-sapo">' in html
    assert "<strong>120 suất quà</strong>" in html and "<em>báo cáo</em>" in html
    assert '<a href="https://example.com/mttq?a=1&amp;b=2">MTTQ thành phố</a>' in html
    assert '<h2 class="bt-subhead">Lan tỏa tinh thần tương thân tương ái</h2>' in html
    assert "<blockquote" in html
    assert len(re.findall(r"<figure[^>]*>\s*<img[^>]*>\s*<figcaption", html)) == 3
    assert '<span class="bt-credit">Ảnh: Vân Anh</span></figcaption>' in html
    assert '<strong class="bt-author">Thu Chung</strong>' in html
    assert re.search(r'<nav class="bt-related" aria-labelledby="bt-related-heading">\s*<h2 id="bt-related-heading"',
                     html)  # fmt: skip
    assert [a["href"] for a in doc.all("a")][-2:] == [url for _, url in sample.related]


def test_images_have_srcset_shape_alt_and_loading_hints(sample):
    imgs = parse(page(sample)).all("img")
    assert len(imgs) == 3
    for i, img in enumerate(imgs):
        assert img["alt"]
        assert img["srcset"].count("w,") == 2 and img["srcset"].endswith("1600w")
        assert img["sizes"]
        assert (img["width"], img["height"]) == ("1600", "1066")  # the displayed (largest) shape
        assert img["decoding"] == "async"
        assert img.get("loading") == (None if i == 0 else "lazy")
        assert is_local_source(img["src"], "bai-viet_files")
    assert imgs[0]["alt"] == "Người dân nhận quà trong hội trường phường"


def test_layout_classes(sample):
    classes = [a["class"] for a in parse(page(sample)).all("figure")]
    assert classes == ["bt-figure bt-figure--full", "bt-figure bt-figure--right", "bt-figure bt-figure--wide"]


def test_json_ld_carries_the_article(sample):
    scripts = parse(page(sample)).scripts
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == "Sức lan tỏa ở Uông Bí"
    assert data["alternativeHeadline"] == "Vì người nghèo"
    assert data["description"] == sample.description
    assert data["datePublished"] == "2020-12-19T16:25:00+07:00"
    assert data["author"] == [{"@type": "Person", "name": "Thu Chung"}]
    assert data["inLanguage"] == "vi"
    assert [img["@type"] for img in data["image"]] == ["ImageObject"] * 3
    first = data["image"][0]
    assert first["url"] == "bai-viet_files/01-trao-qua-cho-ho-ngheo-1600.jpg"
    assert first["caption"] == "Lãnh đạo thành phố trao quà cho các hộ nghèo trên địa bàn phường."
    assert first["creditText"] == "Vân Anh"
    assert "creditText" not in data["image"][2]


def test_open_graph_and_article_meta(sample):
    metas = {
        (m.get("property") or m.get("name")): m["content"] for m in parse(page(sample)).all("meta") if "content" in m
    }
    assert metas["og:type"] == "article"
    assert metas["og:title"] == sample.title
    assert metas["og:locale"] == "vi_VN"
    assert metas["og:image"] == "bai-viet_files/01-trao-qua-cho-ho-ngheo-1600.jpg"
    assert metas["article:published_time"] == "2020-12-19T16:25:00+07:00"
    assert metas["article:author"] == "Thu Chung"


def test_self_contained_metadata_names_no_data_uri(sample):
    images = {n: (ImageFile("data:image/jpeg;base64,AAAA", 960, 640),) for n in fake_images(sample)}
    html = render_html(sample, images, fragment=False, folder="", with_urls=False)
    data = json.loads(parse(html).scripts[0])
    assert all("url" not in img for img in data["image"])
    assert "og:image" not in html
    assert all("srcset" not in img for img in parse(html).all("img"))


def test_json_ld_is_script_safe():
    text = script_json({"a": "</script><!-- & -->\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & -->\u2028"}


def test_hostile_text_is_escaped_everywhere(hostile):
    html = page(hostile)
    doc = parse(html)
    # Only our own elements: no script other than the JSON-LD, no img other than the figures, no event handlers.
    assert [attrs.get("type") for attrs in doc.all("script")] == ["application/ld+json"]
    assert len(doc.all("img")) == 2
    assert not any(k.startswith("on") for _, attrs in doc.tags for k in attrs)
    assert "<script>alert" not in html and "<!-- -->" not in html
    json_text = doc.scripts[0]
    assert "</" not in json_text and "<!--" not in json_text
    data = json.loads(json_text)
    assert data["headline"] == clean_text(HOSTILE).strip()
    # The text comes back intact (less the code points HTML forbids), RTL and zero-width characters included.
    assert clean_text(HOSTILE).strip() in "".join(doc.text)
    assert "\u202e" in html and "\u200b" in html and "\x85" not in html and "\ufffe" not in html
    # Unsafe links are dropped (text kept), the safe ones percent-encoded.
    hrefs = [a["href"] for a in doc.all("a")]
    assert all(h.startswith(("https://", "mailto:")) for h in hrefs)
    assert all(not re.search(r"[\s<>\"\[\]]", h) for h in hrefs)
    # javascript: and data: related links are printed as plain text, never as links and never left out.
    assert len(doc.all("li")) == 3
    # A hostile byline alignment cannot inject an attribute.
    assert all(set(a) <= {"class"} for a in doc.all("p"))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a b?q=<x>", "https://example.com/a%20b?q=%3Cx%3E"),
        ("HTTP://Example.com/tin-tức", "http://example.com/tin-t%E1%BB%A9c"),
        ("https://báo.vn/", "https://xn--bo-mia.vn/"),
        ("mailto:toa-soan@example.com", "mailto:toa-soan@example.com"),
        ("https://example.com/%zz", "https://example.com/%25zz"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("vbscript:x", None),
        ("file:///etc/passwd", None),
        ("//example.com/x", None),
        ("https://", None),
        ("mailto:", None),
        ("http://[::1]/", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(url, expected):
    assert safe_href(url) == expected


def test_file_stem_is_url_safe():
    assert file_stem("01-trao-qua", "01") == "01-trao-qua"
    assert file_stem("../../<script>", "02") == "script"
    assert file_stem("…", "03") == "03"
    assert re.fullmatch(r"[a-z0-9-]+", file_stem(HOSTILE, "04"))


def test_local_sources_only():
    assert is_local_source("bai-viet_files/01-a-480.jpg", "bai-viet_files")
    assert is_local_source("data:image/png;base64,AAAA", "")
    for src in ("https://evil.example/x.jpg", "//evil/x.jpg", "/etc/passwd", "bai-viet_files/../x.jpg",
                "other_files/x.jpg", "bai-viet_files/a/b.jpg", "javascript:x", "data:text/html,x"):  # fmt: skip
        assert not is_local_source(src, "bai-viet_files"), src


def test_image_outside_the_export_is_refused(sample):
    images = fake_images(sample)
    images[1] = (ImageFile("https://evil.example/x.jpg", 480, 320),)
    with pytest.raises(ValueError, match="outside the export"):
        render_html(sample, images, fragment=False, folder="bai-viet_files", with_urls=True)


def test_missing_title_gets_a_fallback_and_no_dateline_without_date(sample):
    doc = replace(sample, title="", dateline_text="", published=None, location="", kicker="", description="")
    html = page(doc)
    assert "<title>Bài viết</title>" in html
    assert "<time" not in html and "datePublished" not in html and 'name="description"' not in html


def test_nfd_document_renders_byte_identical_to_nfc(sample):
    import unicodedata
    from dataclasses import fields

    def nfd(value):
        if isinstance(value, str):
            return unicodedata.normalize("NFD", value)
        if isinstance(value, tuple):
            return tuple(nfd(v) for v in value)
        if hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
            return replace(value, **{f.name: nfd(getattr(value, f.name)) for f in fields(value) if f.init})
        return value

    decomposed = replace(
        sample,
        **{
            name: nfd(getattr(sample, name))
            for name in (
                "title",
                "kicker",
                "sapo",
                "dateline_text",
                "location",
                "blocks",
                "byline_end",
                "related",
                "description",
            )
        },
    )
    assert decomposed.title != sample.title
    assert page(decomposed) == page(sample)
