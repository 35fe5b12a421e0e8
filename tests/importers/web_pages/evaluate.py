"""Which main-content extractor the web paste uses, measured: precision and recall of the kept paragraphs.

    .venv/bin/python tests/importers/web_pages/evaluate.py

For each fixture page (see README.md beside this file), each way of cutting a page down gives body blocks; a block is
the article's when its text is one of the fixture's ``article`` lines, boilerplate unless it is ``neutral``.
Precision = article blocks / (article + boilerplate blocks); recall = article lines found / article lines.
"Formatting" counts the bold, italic and link runs kept in the article's blocks (the source pages have 13).
trafilatura is not a dependency of the app: its rows are printed when it is installed (``pip install trafilatura``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parents[2]) not in sys.path:
    sys.path.insert(0, str(HERE.parents[2]))

from editor.importers import web_page  # noqa: E402
from editor.importers.clipboard import clean_html  # noqa: E402
from editor.model.article import Block, Paragraph, Quote  # noqa: E402

PAGES = sorted(p.stem for p in HERE.glob("*.html"))


def fixture(name: str) -> tuple[str, dict[str, list[str]]]:
    return (HERE / f"{name}.html").read_text(encoding="utf-8"), json.loads((HERE / f"{name}.json").read_text("utf-8"))


def _norm(text: str) -> str:
    return " ".join(text.split())


def score(blocks: list[Block], expected: dict[str, list[str]]) -> dict[str, float]:
    article = {_norm(t) for t in expected["article"]}
    neutral = {_norm(t) for t in expected["neutral"]}
    texts = [_norm(b.text) for b in blocks]
    good = [t for t in texts if t in article]
    bad = [t for t in texts if t not in article and t not in neutral]
    leaked = [b for b in expected["boilerplate"] if any(b in t for t in texts)]
    runs = sum(1 for b in blocks if isinstance(b, Paragraph | Quote) and _norm(b.text) in article
               for s in b.spans if s.bold or s.italic or s.link)  # fmt: skip
    return {
        "precision": len(good) / max(1, len(good) + len(bad)),
        "recall": len(set(good)) / max(1, len(article)),
        "leaked": len(leaked),
        "formatting": runs,
    }


def _wrapped(html: str) -> str:
    return web_page._as_document(html)


def readability_alone(html: str) -> list[Block]:
    from readability import Document

    return clean_html(Document(_wrapped(html)).summary(html_partial=True)).blocks


def trafilatura_alone(html: str) -> list[Block]:
    import trafilatura

    out = trafilatura.extract(_wrapped(html), output_format="html", include_formatting=True, include_links=True,
                              include_images=True, include_tables=True)  # fmt: skip
    return clean_html(out or "").blocks


def rules_alone(html: str) -> list[Block]:
    """The hand-written part only: furniture taken out by tag, class and id, the Vietnamese line filter after."""
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(_wrapped(html))
    sapo = web_page._sapo(tree)
    web_page._strip_furniture(tree)
    for h1 in tree.iter("h1"):  # the page title is not body text
        h1.drop_tree()
    return web_page.drop_boilerplate(clean_html(f"<p>{sapo}</p>" + lxml_html.tostring(tree, encoding="unicode")).blocks)


def chosen(html: str) -> list[Block]:
    """What the app does: readability-lxml finds the node after the furniture is out; the line filter after."""
    article = web_page.article_html(html)
    return web_page.drop_boilerplate(clean_html(article or "").blocks)


def trafilatura_with_rules(html: str) -> list[Block]:
    import trafilatura
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(_wrapped(html))
    sapo = web_page._sapo(tree)
    web_page._strip_furniture(tree)
    out = trafilatura.extract(lxml_html.tostring(tree, encoding="unicode"), output_format="html",
                              include_formatting=True, include_links=True, include_images=True,
                              include_tables=True) or ""  # fmt: skip
    return web_page.drop_boilerplate(clean_html(f"<p>{sapo}</p>" + out).blocks)


WAYS: dict[str, Callable[[str], list[Block]]] = {
    "readability-lxml alone": readability_alone,
    "trafilatura alone": trafilatura_alone,
    "hand-written rules alone": rules_alone,
    "trafilatura + rules": trafilatura_with_rules,
    "readability-lxml + rules (the app)": chosen,
}


def evaluate() -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = {}
    for way, cut in WAYS.items():
        try:
            scores = [score(cut(html), expected) for html, expected in map(fixture, PAGES)]
        except ImportError:
            continue
        table[way] = {
            "precision": sum(s["precision"] for s in scores) / len(scores),
            "recall": sum(s["recall"] for s in scores) / len(scores),
            "leaked": sum(s["leaked"] for s in scores),
            "formatting": sum(s["formatting"] for s in scores),
            "perfect pages": sum(s["precision"] == s["recall"] == 1 for s in scores),
        }
    return table


def main() -> None:
    print(f"{len(PAGES)} pages: {', '.join(PAGES)}")
    print(f"{'way':38} {'precision':>9} {'recall':>7} {'leaked':>7} {'format':>7} {'perfect':>8}")
    for way, row in evaluate().items():
        print(f"{way:38} {row['precision']:9.2f} {row['recall']:7.2f} {row['leaked']:7.0f} {row['formatting']:7.0f} "
              f"{row['perfect pages']:5.0f}/{len(PAGES)}")  # fmt: skip


if __name__ == "__main__":
    main()
