"""Golden files per XML part of the rich test article (document, styles, core properties, relationships).

Parts are pretty-printed and volatile values (dates) masked before comparing, and a mismatch prints a unified diff.
To accept an intended change, regenerate and review the diff in git:

    BANTHAO_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/export_docx/test_golden.py
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from lxml import etree

from tests.export_docx.helpers import part

GOLDEN = Path(__file__).parent / "golden"
PARTS = {
    "word/document.xml": "document.xml",
    "word/styles.xml": "styles.xml",
    "docProps/core.xml": "core.xml",
    "word/_rels/document.xml.rels": "document.xml.rels",
}
_VOLATILE = [
    (re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)"), r"\1DATE\2"),
]


def normalised(xml: bytes) -> str:
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    etree.indent(root, space="  ")
    text = etree.tostring(root, encoding="unicode")
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text + "\n"


@pytest.mark.parametrize("name", sorted(PARTS))
def test_part_matches_its_golden_file(rich_docx: Path, name: str):
    actual = normalised(part(rich_docx, name))
    golden = GOLDEN / PARTS[name]
    if os.environ.get("BANTHAO_UPDATE_GOLDEN") == "1" or not golden.exists():
        golden.write_text(actual, encoding="utf-8")
        if os.environ.get("BANTHAO_UPDATE_GOLDEN") != "1":
            pytest.fail(f"{golden.name} did not exist and was written: review and commit it")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), f"golden/{golden.name}", f"exported {name}", n=2
            )
        )
        pytest.fail(f"{name} differs from golden/{golden.name} (BANTHAO_UPDATE_GOLDEN=1 regenerates):\n{diff[:6000]}")
