"""Hostile text in every field, from an interchange JSON through the real CLI to DOCX and HTML.

The DOCX must reopen in python-docx with the text intact (as text); the HTML must carry nothing live from the input:
no element, attribute, script or URL scheme that the input smuggled in.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest

REPO = Path(__file__).resolve().parents[2]
HOSTILE = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "</script><!-- ' \" & &amp; ]]>",
    "\u202eRTL override\u202c and zero\u200bwidth\u200d joiner",
    "Ti\u0301t NFD and emoji 📰",
    "{{ 7*7 }} {% raw %} ${x}",
]


def _hostile_article(folder: Path, sample: Path) -> Path:
    shutil.copytree(sample.parent / "images", folder / "images")
    text = " | ".join(HOSTILE)
    data = {
        "kicker": text, "title": "Tít " + text, "sapo": text, "location": text,
        "published": "2020-12-19T16:25:00+07:00",
        "authors": [text, {"name": text, "role": text, "position": "top"}],
        "body": [
            {"type": "paragraph", "spans": [{"text": text}, {"text": "link", "link": "javascript:alert(1)"},
                                            {"text": "ok", "link": "https://example.org/?q=<script>&x=\"y\""}]},
            {"type": "heading", "text": text},
            {"type": "quote", "text": text},
            {"type": "figure", "image": "images/p01-trao-qua.jpg", "caption": text, "credit": text, "alt": text,
             "layout": "left"},
        ],
        "source": text,
        "related": [{"title": text, "url": "data:text/html,<script>alert(1)</script>"},
                    {"title": text, "url": "https://example.org/a"}],
        "keywords": HOSTILE,
    }  # fmt: skip
    path = folder / "article.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _export(source: Path, out: Path) -> None:
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "export", str(source), "-o", str(out), "-q"],
                          capture_output=True, text=True, timeout=300, env={**os.environ})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture(scope="module")
def hostile_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _hostile_article(tmp_path_factory.mktemp("hostile"), REPO / "resources" / "sample" / "article.json")


def test_hostile_text_docx_reopens_with_text_intact(hostile_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.docx"
    _export(hostile_json, out)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    for piece in ('<script>alert("x")</script>', "</script><!-- ' \" & &amp; ]]>", "📰", "{{ 7*7 }}"):
        assert piece in text
    assert "javascript:" not in out.read_bytes().decode("latin-1")
    assert document.core_properties.title.startswith("Tít ")


def test_hostile_text_html_has_nothing_live(hostile_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    _export(hostile_json, out)
    html = out.read_text(encoding="utf-8")
    parser = _Collector()
    parser.feed(html)
    assert [tag for tag, _ in parser.tags].count("img") == 1  # the one photo; the injected <img> stayed text
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "srcset"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:text")), (tag, value)
    scripts = [s for tag, attrs in parser.tags if tag == "script" for s in [dict(attrs).get("type")]]
    assert scripts == ["application/ld+json"]
    data = json.loads(parser.scripts[0])
    assert data["headline"].startswith("Tít <script>")  # the text survives, escaped for the script context
    assert "<script>" not in parser.scripts[0] and "</script" not in parser.scripts[0]
    assert "&lt;script&gt;alert(" in html  # shown as text in the page
