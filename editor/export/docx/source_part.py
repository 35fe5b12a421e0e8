"""The source article inside every DOCX Bản Thảo exports, so the DOCX can be read back as the article that made it.

The interchange JSON of the article sits in a custom XML part (``customXml/itemN.xml`` with its ``itemPropsN.xml``),
related from the main document: Word and LibreOffice keep custom XML parts when they save. Beside the JSON the part
stores a digest of the body as exported (its plain text, and a mark where each picture sits); reading compares it with
the body found now, so a DOCX a desk editor changed in Word is known to be edited and is read as a draft instead.

The part is written deterministically: the same article gives the same bytes (the item id is derived from the JSON).
Reading lives in ``editor.importers.source``; ``read_source_article`` and ``SourceRecord`` are re-exported here.
"""

from __future__ import annotations

import uuid

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from editor.importers.source import SOURCE_NS, SOURCE_VERSION, SourceRecord, body_digest, read_source_article

__all__ = ["SOURCE_NS", "SourceRecord", "attach_source_part", "read_source_article"]

CT_ITEM = "application/xml"
CT_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_NAMESPACE_UUID = uuid.UUID("5b0c1f5e-6d1a-4d8e-9a57-62616e746861")


def _item_xml(article_json: str, digest: str) -> bytes:
    root = etree.Element(f"{{{SOURCE_NS}}}source", nsmap={"bt": SOURCE_NS})
    root.set("version", SOURCE_VERSION)
    root.set("bodyDigest", digest)
    etree.SubElement(root, f"{{{SOURCE_NS}}}article").text = article_json
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _props_xml(item_id: str) -> bytes:
    root = etree.Element(f"{{{DS_NS}}}datastoreItem", nsmap={"ds": DS_NS})
    root.set(f"{{{DS_NS}}}itemID", item_id)
    refs = etree.SubElement(root, f"{{{DS_NS}}}schemaRefs")
    etree.SubElement(refs, f"{{{DS_NS}}}schemaRef").set(f"{{{DS_NS}}}uri", SOURCE_NS)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=False)


def attach_source_part(document: Document, article_json: str) -> None:
    """Add the source part to a fully built document (call it after the last paragraph is written)."""
    package = document.part.package
    taken = {str(part.partname) for part in package.iter_parts()}
    number = 1
    while f"/customXml/item{number}.xml" in taken or f"/customXml/itemProps{number}.xml" in taken:
        number += 1
    item_id = "{" + str(uuid.uuid5(_NAMESPACE_UUID, article_json)).upper() + "}"
    digest = body_digest(document.element.body)
    item = Part(PackURI(f"/customXml/item{number}.xml"), CT_ITEM, _item_xml(article_json, digest), package)
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), CT_PROPS, _props_xml(item_id), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)
