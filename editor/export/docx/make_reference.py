"""Generate the house template ``resources/docx/reference.docx`` from scratch, reproducibly.

    python -m editor.export.docx.make_reference [OUT.docx] [--font-size 13]

Written part by part instead of derived from python-docx's default template, so nothing of that template survives
(creator "python-docx", 2013 dates, en-US, a blue 9 pt Caption, a theme and hundreds of latent styles). Every style the
writer uses is defined here, on Times New Roman with ``vi-VN`` proofing in docDefaults, on A4 with 2 cm margins.
The same arguments give the same bytes (fixed zip times); a test regenerates the file and compares it with the
committed one, so edit this script, run it, and commit both.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.export.docx.package import DeterministicZip
from editor.export.docx.template import HOUSE_TEMPLATE
from editor.media.embed import quoteattr  # not xml.sax.saxutils, which loads urllib.request, http and ssl

FONT = "Times New Roman"
LANG = "vi-VN"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument"

# A4 in twips with 2 cm margins: a 17 cm text column, 25.7 cm of text height.
PAGE_W, PAGE_H, MARGIN, HEADER_FOOTER = 11906, 16838, 1134, 709


def _rpr(size: float | None = None, *, font: str = FONT, bold: bool | None = None, italic: bool | None = None,
         color: str | None = None, underline: str | None = None, fonts: bool = False) -> str:  # fmt: skip
    parts = []  # EG_RPrBase order: rFonts, b, bCs, i, iCs, color, sz, szCs, u
    if fonts:
        parts.append(
            f"<w:rFonts w:ascii={quoteattr(font)} w:hAnsi={quoteattr(font)} w:cs={quoteattr(font)} "
            f"w:eastAsia={quoteattr(font)}/>"
        )
    if bold is not None:
        value = "" if bold else ' w:val="0"'
        parts.append(f"<w:b{value}/><w:bCs{value}/>")
    if italic is not None:
        value = "" if italic else ' w:val="0"'
        parts.append(f"<w:i{value}/><w:iCs{value}/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size is not None:
        parts.append(f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
    if underline:
        parts.append(f'<w:u w:val="{underline}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _ppr(*, keep_next: bool = False, keep_lines: bool = False, num_id: int | None = None, border: bool = False,
         before: int = 0, after: int = 0, line: int | None = None, left: int = 0, right: int = 0,
         hanging: int = 0, contextual: bool = False, jc: str | None = None,
         outline: int | None = None) -> str:  # fmt: skip
    parts = []  # CT_PPrBase order: keepNext, keepLines, numPr, pBdr, spacing, ind, contextualSpacing, jc, outlineLvl
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if num_id is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    if border:
        parts.append('<w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="808080"/></w:pBdr>')
    line_attr = f' w:line="{line}" w:lineRule="auto"' if line else ""
    parts.append(f'<w:spacing w:before="{before}" w:after="{after}"{line_attr}/>')
    if left or right or hanging:
        hang = f' w:hanging="{hanging}"' if hanging else ""
        parts.append(f'<w:ind w:left="{left}" w:right="{right}"{hang}/>')
    if contextual:  # no space between consecutive paragraphs of the style (several byline lines)
        parts.append("<w:contextualSpacing/>")
    if jc:
        parts.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>"


def _style(kind: str, style_id: str, name: str, *, based_on: str | None = "Normal", next_id: str | None = None,
           ppr: str = "", rpr: str = "", priority: int = 1, default: bool = False) -> str:  # fmt: skip
    """One w:style in CT_Style order: name, basedOn, next, uiPriority, qFormat, pPr, rPr."""
    attrs = f' w:type="{kind}"' + (' w:default="1"' if default else "") + f' w:styleId="{style_id}"'
    body = f"<w:name w:val={quoteattr(name)}/>"
    if based_on:
        body += f'<w:basedOn w:val="{based_on}"/>'
    if next_id:
        body += f'<w:next w:val="{next_id}"/>'
    body += f'<w:uiPriority w:val="{priority}"/><w:qFormat/>{ppr}{rpr}'
    return f"<w:style{attrs}>{body}</w:style>"


def styles_xml(font_size: float = 13.0, font: str = FONT) -> str:
    small = font_size - 1
    styles = [
        _style(
            "paragraph",
            "Normal",
            "Normal",
            based_on=None,
            default=True,
            priority=0,
            ppr="<w:pPr><w:widowControl/></w:pPr>",
            rpr=_rpr(font_size, font=font, fonts=True),
        ),
        _style("character", "DefaultParagraphFont", "Default Paragraph Font", based_on=None, default=True),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        _style(
            "paragraph",
            "Kicker",
            "Kicker",
            next_id="Title",
            ppr=_ppr(keep_next=True, after=60),
            rpr=_rpr(small, bold=True, color="7F1D1D"),
        ),
        _style(
            "paragraph",
            "Title",
            "Title",
            next_id="Dateline",
            ppr=_ppr(keep_next=True, keep_lines=True, after=120),
            rpr=_rpr(font_size + 7, bold=True),
        ),
        _style(
            "paragraph",
            "Dateline",
            "Dateline",
            next_id="Sapo",
            ppr=_ppr(keep_next=True, after=200),
            rpr=_rpr(small - 1, italic=True, color="595959"),
        ),
        _style(
            "paragraph",
            "Sapo",
            "Sapo",
            next_id="BodyText",
            ppr=_ppr(after=200, line=276, jc="both"),
            rpr=_rpr(bold=True),
        ),
        _style("paragraph", "BodyText", "Body Text", ppr=_ppr(after=120, line=276, jc="both")),
        _style(
            "paragraph",
            "Heading1",
            "heading 1",
            next_id="BodyText",
            priority=9,
            ppr=_ppr(keep_next=True, keep_lines=True, before=240, after=120, outline=0),
            rpr=_rpr(font_size, bold=True),
        ),
        _style(
            "paragraph",
            "Quote",
            "Quote",
            next_id="BodyText",
            priority=29,
            ppr=_ppr(after=120, line=276, left=567, right=567, jc="both"),
            rpr=_rpr(italic=True),
        ),
        _style(
            "paragraph",
            "CaptionedFigure",
            "Captioned Figure",
            next_id="Caption",
            ppr=_ppr(keep_next=True, keep_lines=True, before=120, after=60, jc="center"),
        ),
        _style(
            "paragraph",
            "Caption",
            "caption",
            next_id="BodyText",
            priority=35,
            ppr=_ppr(keep_lines=True, after=200, jc="center"),
            rpr=_rpr(small, italic=True),
        ),
        _style("character", "PhotoCredit", "Photo Credit", based_on="DefaultParagraphFont", rpr=_rpr(bold=True)),
        _style(
            "paragraph",
            "Byline",
            "Byline",
            ppr=_ppr(keep_lines=True, before=240, after=0, contextual=True, jc="right"),
            rpr=_rpr(bold=True),
        ),
        _style(
            "paragraph", "SourceLine", "Source Line", ppr=_ppr(before=60, after=0, jc="right"), rpr=_rpr(italic=True)
        ),
        _style(
            "paragraph",
            "RelatedHeading",
            "Related Heading",
            next_id="RelatedLink",
            ppr=_ppr(keep_next=True, keep_lines=True, border=True, before=360, after=120),
            rpr=_rpr(small, bold=True),
        ),
        _style(
            "paragraph",
            "RelatedLink",
            "Related Link",
            ppr=_ppr(keep_lines=True, num_id=1, after=60, left=360, hanging=360),
        ),
        _style(
            "character",
            "Hyperlink",
            "Hyperlink",
            based_on="DefaultParagraphFont",
            priority=99,
            rpr=_rpr(color="0563C1", underline="single"),
        ),
        _style("paragraph", "Footer", "footer", priority=99, ppr=_ppr(jc="center"), rpr=_rpr(small - 1)),
    ]
    defaults = (
        f"<w:docDefaults><w:rPrDefault><w:rPr>"
        f"<w:rFonts w:ascii={quoteattr(font)} w:hAnsi={quoteattr(font)} w:cs={quoteattr(font)} "
        f"w:eastAsia={quoteattr(font)}/>"
        f'<w:sz w:val="{round(font_size * 2)}"/><w:szCs w:val="{round(font_size * 2)}"/>'
        f'<w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f'<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        f"</w:docDefaults>"
    )
    return f'{DECL}<w:styles xmlns:w="{W_NS}">{defaults}{"".join(styles)}</w:styles>'


def document_xml() -> str:
    section = (
        f'<w:sectPr><w:footerReference w:type="default" r:id="rId5"/>'
        f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
        f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
        f'w:header="{HEADER_FOOTER}" w:footer="{HEADER_FOOTER}" w:gutter="0"/>'
        f'<w:cols w:space="425"/></w:sectPr>'
    )
    return (
        f'{DECL}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
        f'<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>{section}</w:body></w:document>'
    )


def footer_xml() -> str:
    """A centred page number: desks print and annotate manuscripts, and pages get shuffled."""
    run = '<w:r><w:fldChar w:fldCharType="{}"/></w:r>'
    return (
        f'{DECL}<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
        f'{run.format("begin")}<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f"{run.format('separate')}<w:r><w:t>1</w:t></w:r>{run.format('end')}</w:p></w:ftr>"
    )


def numbering_xml() -> str:
    """One bullet list definition, used by the Related Link style."""
    return (
        f'{DECL}<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
        f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/></w:rPr></w:lvl></w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def settings_xml() -> str:
    return (
        f'{DECL}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        f'<w:characterSpacingControl w:val="doNotCompress"/>'
        f'<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        f'w:val="15"/></w:compat><w:themeFontLang w:val="{LANG}"/>'
        f'<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>'
    )


def font_table_xml() -> str:
    return (
        f'{DECL}<w:fonts xmlns:w="{W_NS}"><w:font w:name="{FONT}"><w:panose1 w:val="02020603050405020304"/>'
        f'<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>'
    )


def core_xml() -> str:
    """Empty properties apart from the language: the writer fills title, authors and dates per article."""
    return (
        f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        f' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        f' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator></dc:creator>'
        f"<dc:language>{LANG}</dc:language></cp:coreProperties>"
    )


def app_xml() -> str:
    return (
        f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>Bản Thảo</Application><DocSecurity>0</DocSecurity></Properties>"
    )


def content_types_xml() -> str:
    overrides = [
        ("/word/document.xml", f"{CT}.wordprocessingml.document.main+xml"),
        ("/word/styles.xml", f"{CT}.wordprocessingml.styles+xml"),
        ("/word/settings.xml", f"{CT}.wordprocessingml.settings+xml"),
        ("/word/numbering.xml", f"{CT}.wordprocessingml.numbering+xml"),
        ("/word/fontTable.xml", f"{CT}.wordprocessingml.fontTable+xml"),
        ("/word/footer1.xml", f"{CT}.wordprocessingml.footer+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{CT}.extended-properties+xml"),
    ]
    body = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
    return (
        f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{body}</Types>'
    )


def _rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in items)
    return f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


def parts(font_size: float = 13.0) -> list[tuple[str, str]]:
    package_rels = _rels(
        [
            ("rId1", f"{REL}/officeDocument", "word/document.xml"),
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
            ),
            ("rId3", f"{REL}/extended-properties", "docProps/app.xml"),
        ]
    )
    document_rels = _rels(
        [
            ("rId1", f"{REL}/styles", "styles.xml"),
            ("rId2", f"{REL}/settings", "settings.xml"),
            ("rId3", f"{REL}/numbering", "numbering.xml"),
            ("rId4", f"{REL}/fontTable", "fontTable.xml"),
            ("rId5", f"{REL}/footer", "footer1.xml"),
        ]
    )
    return [
        ("[Content_Types].xml", content_types_xml()),
        ("_rels/.rels", package_rels),
        ("docProps/core.xml", core_xml()),
        ("docProps/app.xml", app_xml()),
        ("word/document.xml", document_xml()),
        ("word/_rels/document.xml.rels", document_rels),
        ("word/styles.xml", styles_xml(font_size)),
        ("word/settings.xml", settings_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/fontTable.xml", font_table_xml()),
        ("word/footer1.xml", footer_xml()),
    ]


def write_reference(out: Path, font_size: float = 13.0) -> Path:
    with DeterministicZip(out) as package:
        for name, xml in parts(font_size):
            package.write_bytes(name, xml.encode("utf-8"), compress=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=HOUSE_TEMPLATE)
    parser.add_argument("--font-size", type=float, default=13.0)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    print(write_reference(args.out, args.font_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
