"""schema.org NewsArticle JSON-LD and Open Graph / article meta tags, from the IR and the written images.

The JSON goes inside ``<script type="application/ld+json">``, where HTML escaping does not apply: a headline holding
``</script>`` or ``<!--`` would end the script or confuse the parser. So ``<``, ``>`` and ``&`` (and the JavaScript
line separators) are written as ``\\u003c``-style escapes, which every JSON parser reads back as the same text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup

from editor.export.html.safety import clean_text
from editor.export.html.view import ImageFile
from editor.export.ir import IRDocument, IRFigure

_SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}
# schema.org's IPTCDigitalSourceEnumeration members (https://schema.org/<Name>DigitalSource); a NewsCodes name without
# one (humanEdits, screenCapture) is given as its IPTC URI, which the property also accepts as a URL.
SCHEMA_ORG_SOURCES = frozenset(
    {
        "algorithmicMedia",
        "algorithmicallyEnhanced",
        "compositeCapture",
        "composite",
        "compositeSynthetic",
        "compositeWithTrainedAlgorithmicMedia",
        "dataDrivenMedia",
        "digitalArt",
        "digitalCapture",
        "minorHumanEdits",
        "negativeFilm",
        "positiveFilm",
        "print",
        "trainedAlgorithmicMedia",
        "virtualRecording",
    }
)
# Open Graph wants a locale in the language_TERRITORY form.
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}


def script_json(data: Any) -> Markup:
    """``data`` as JSON that is safe verbatim inside a ``<script>`` element (no ``<``, ``>`` or ``&`` left)."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    return Markup(text.translate(_SCRIPT_SAFE))  # safe: the translation above removed <, > and &


def _text(value: str) -> str:
    return clean_text(value).strip()


def news_article(doc: IRDocument, images: Mapping[int, tuple[ImageFile, ...]], *, with_urls: bool) -> dict[str, Any]:
    """The NewsArticle object; image URLs only when they are files (a data URI is no use to a crawler)."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _text(doc.title)}
    if _text(doc.kicker):
        data["alternativeHeadline"] = _text(doc.kicker)
    if _text(doc.description):
        data["description"] = _text(doc.description)
    if doc.published is not None:
        data["datePublished"] = doc.published.isoformat(timespec="seconds")
    authors = [{"@type": "Person", "name": _text(name)} for name in doc.author_names if _text(name)]
    if authors:
        data["author"] = authors
    if _text(doc.outlet_name):
        data["publisher"] = {"@type": "NewsMediaOrganization", "name": _text(doc.outlet_name)}
    image_list = []
    for figure in doc.figures:
        files = images.get(figure.number, ())
        if not files:
            continue
        largest = files[-1]
        item: dict[str, Any] = {"@type": "ImageObject"}
        if with_urls:
            item["url"] = largest.src
        item["width"] = largest.width
        item["height"] = largest.height
        if _text(figure.caption):
            item["caption"] = _text(figure.caption)
        if _text(figure.credit):
            item["creditText"] = _text(figure.credit)
        item.update(_rights(figure))
        image_list.append(item)
    if image_list:
        data["image"] = image_list
    keywords = [_text(k) for k in doc.keywords if _text(k)]
    if keywords:
        data["keywords"] = keywords
    data["inLanguage"] = doc.lang or "vi"
    return data


def _rights(figure: IRFigure) -> dict[str, Any]:
    """creator, copyrightNotice, license, acquireLicensePage, digitalSourceType: what the builder decided."""
    data: dict[str, Any] = {}
    if _text(figure.creator):
        data["creator"] = {"@type": "Person", "name": _text(figure.creator)}
    if _text(figure.copyright):
        data["copyrightNotice"] = _text(figure.copyright)
    if figure.license_url:
        data["license"] = figure.license_url
    if figure.acquire_license_url:
        data["acquireLicensePage"] = figure.acquire_license_url
    if figure.digital_source_type:
        name = figure.digital_source_type.rsplit("/", 1)[-1]
        data["digitalSourceType"] = (
            f"https://schema.org/{name[0].upper()}{name[1:]}DigitalSource"
            if name in SCHEMA_ORG_SOURCES
            else figure.digital_source_type
        )
    return data


def meta_tags(
    doc: IRDocument, images: Mapping[int, tuple[ImageFile, ...]], *, with_urls: bool
) -> list[tuple[str, str, str]]:
    """(attribute, key, content) for each ``<meta>``: Open Graph under ``property``, the rest under ``name``."""
    tags: list[tuple[str, str, str]] = []
    title, description = _text(doc.title), _text(doc.description)
    if title:
        tags.append(("property", "og:title", title))
    if description:
        tags.append(("property", "og:description", description))
    tags.append(("property", "og:type", "article"))
    if _text(doc.outlet_name):
        tags.append(("property", "og:site_name", _text(doc.outlet_name)))
    tags.append(("property", "og:locale", OG_LOCALES.get(doc.lang, "vi_VN")))
    if with_urls:
        for figure in doc.figures[:1]:
            files = images.get(figure.number, ())
            if files:
                tags.append(("property", "og:image", files[-1].src))
                tags.append(("property", "og:image:width", str(files[-1].width)))
                tags.append(("property", "og:image:height", str(files[-1].height)))
                tags.append(("property", "og:image:alt", _text(figure.alt) or title))
    if doc.published is not None:
        tags.append(("property", "article:published_time", doc.published.isoformat(timespec="seconds")))
    for name in doc.author_names:
        if _text(name):
            tags.append(("property", "article:author", _text(name)))
    for keyword in doc.keywords:
        if _text(keyword):
            tags.append(("property", "article:tag", _text(keyword)))
    if doc.author_names:
        tags.append(("name", "author", ", ".join(_text(n) for n in doc.author_names if _text(n))))
    return [t for t in tags if t[2]]
