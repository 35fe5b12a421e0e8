"""Property test: any text the IR may carry (even built by hand) gives a well-formed DOCX that reads back."""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.export.ir import IRParagraph
from editor.model.article import Span
from editor.text.normalize import strip_xml_illegal
from tests.export_docx.helpers import rich_document, run_export

TEXT = st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=60)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, caption=TEXT, body=st.lists(st.tuples(TEXT, st.booleans(), st.booleans()), max_size=4))
def test_any_text_exports_to_well_formed_xml_that_reads_back(photos, title, caption, body):
    doc = rich_document(photos)
    first = replace(doc.figures[0], caption=caption, caption_parts=((caption, False),) if caption else ())
    blocks = (IRParagraph(tuple(Span(text, bold=b, italic=i) for text, b, i in body)), first)
    doc = replace(doc, title=title, blocks=blocks)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bai.docx"
        run_export(doc, out)
        with zipfile.ZipFile(out) as package:
            for name in package.namelist():
                if name.endswith((".xml", ".rels")):
                    etree.fromstring(package.read(name))
        paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    expected_title = strip_xml_illegal(title)
    if expected_title.strip():
        assert expected_title.replace("\r", "\n") in [p.replace("\r", "\n") for p in paragraphs]
