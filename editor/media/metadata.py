"""Caption, by-line, credit, city, date and alt text from a photo's IPTC IIM, XMP and EXIF.

Desks pre-fill the caption and the credit from what the photographer or the agency embedded. The same field may
sit in three places; like the Metadata Working Group guidance we prefer XMP, except when the IPTC block was
changed by a tool that does not know XMP (Photoshop's IPTC digest, resource 0x0425, no longer matches the IIM
bytes), and fall back to EXIF last. Each value remembers where it came from (``sources``, "IPTC 2:120"), so the UI
can say "from the photo's information (IPTC)" and keep the tag for its tooltip. The photographer (2:80 By-line) and
the supplier's credit line (2:110 Credit, 2:115 Source) stay apart; ``editor.media.prefill`` decides what is printed.

Everything here is untrusted: IIM lengths may lie, XMP may carry entity bombs (parsed with defusedxml), strings
may be in any encoding. A damaged field is skipped, never a reason to refuse the photo.
"""

from __future__ import annotations

import hashlib
import logging
import re
import struct
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from PIL import Image

from editor.media.safe_open import DECODE_ERRORS, decoding, open_image, quiet
from editor.messages import Message, msg
from editor.model.rights import MAX_LENGTH as RIGHTS_LENGTH
from editor.model.rights import DigitalSourceType, Rights
from editor.text.normalize import clean_input

log = logging.getLogger("editor.media")

FIELDS = ("caption", "creator", "credit", "supplier", "city", "date_created", "alt", "copyright", "usage_terms",
          "license_url", "digital_source_type")  # fmt: skip
# Bigger blocks are not read at all (a note says so): no camera or agency writes more, and a 10 MB packet is an attack
# or an accident that would only slow the import down.
MAX_XMP_BYTES = 1 << 20
MAX_IIM_BYTES = 256 << 10
# A capture time without a UTC offset (old cameras, IIM without 2:60) is taken as Vietnam time, and said so.
ASSUMED_OFFSET = "+07:00"

# IPTC IIM record 2 datasets we read: (record, dataset) -> field.
IIM_FIELDS: dict[tuple[int, int], str] = {
    (2, 120): "caption",
    (2, 80): "creator",
    (2, 110): "credit",
    (2, 115): "supplier",
    (2, 90): "city",
    (2, 55): "date_created",
    (2, 116): "copyright",
}
_UTF8_MARKERS = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")  # ISO 2022 escapes for UTF-8 in dataset 1:90

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XMP_FIELDS: dict[str, tuple[str, str]] = {  # field -> (namespace, property), label built from the prefix
    "caption": ("http://purl.org/dc/elements/1.1/", "description"),
    "creator": ("http://purl.org/dc/elements/1.1/", "creator"),
    "credit": ("http://ns.adobe.com/photoshop/1.0/", "Credit"),
    "supplier": ("http://ns.adobe.com/photoshop/1.0/", "Source"),
    "city": ("http://ns.adobe.com/photoshop/1.0/", "City"),
    "date_created": ("http://ns.adobe.com/photoshop/1.0/", "DateCreated"),
    "alt": ("http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/", "AltTextAccessibility"),
    "copyright": ("http://purl.org/dc/elements/1.1/", "rights"),
    "usage_terms": ("http://ns.adobe.com/xap/1.0/rights/", "UsageTerms"),
    "license_url": ("http://ns.adobe.com/xap/1.0/rights/", "WebStatement"),
    "digital_source_type": ("http://iptc.org/std/Iptc4xmpExt/2008-02-29/", "DigitalSourceType"),
}
_PREFIX = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
}

# Text cameras write into ImageDescription by themselves: not a caption.
_CAMERA_BOILERPLATE = re.compile(
    r"^(OLYMPUS DIGITAL CAMERA|SONY DSC|DCIM|DIGITAL CAMERA|default|KODAK .*|Exif_JPEG_PICTURE|"
    r"SAMSUNG|LG Electronics|Created with .*|Image|Picture|Photo)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PhotoMetadata:
    """Editorial metadata of a photo; every text is NFC and one line, None when absent."""

    caption: str | None = None
    creator: str | None = None  # the photographer (By-line)
    credit: str | None = None  # the credit line the supplier asks to be printed
    supplier: str | None = None  # IPTC Source: the agency or party that supplied the photo
    city: str | None = None
    date_created: str | None = None
    alt: str | None = None
    copyright: str | None = None
    usage_terms: str | None = None
    license_url: str | None = None  # xmpRights:WebStatement
    digital_source_type: str | None = None  # a NewsCodes URI or name as found
    taken: datetime | None = None  # date_created as an aware instant (offset assumed when absent: see sources)
    sources: dict[str, str] = field(default_factory=dict)
    has_gps: bool = False
    notes: tuple[str, ...] = ()  # parts that were ignored, and why (English, for the log and tests)
    warnings: tuple[Message, ...] = ()  # the same, for the reporter (one per note)


def read_metadata(path: Path) -> PhotoMetadata:
    """Read the editorial fields of the photo at ``path`` (header only, no pixel decoding)."""
    im = open_image(path)
    with decoding(path):
        return metadata_of(im)


def metadata_of(im: Image.Image) -> PhotoMetadata:
    """The editorial fields of an image opened by ``safe_open`` (no pixels are decoded)."""
    notes: list[Note] = []
    iim, iim_raw, digest = _iptc(im, notes)
    xmp = _xmp(im, notes)
    exif, has_gps = _exif(im)
    # MWG: a stored digest that no longer matches means IPTC was edited after XMP was written.
    iptc_first = digest is not None and iim_raw is not None and hashlib.md5(iim_raw).digest() != digest
    order = (iim, xmp, exif) if iptc_first else (xmp, iim, exif)
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for found in order:
        for name, (value, source) in found.items():
            if name not in values:
                values[name] = value
                sources[name] = source
    taken = _instant(values.get("date_created"))
    if taken is not None:
        sources["taken"] = sources["date_created"] + ("" if taken[1] else f" ({ASSUMED_OFFSET} assumed)")
    for note in notes:
        log.info("photo metadata: %s", note)
    return PhotoMetadata(**values, taken=taken[0] if taken else None, sources=sources, has_gps=has_gps,
                         notes=tuple(str(n) for n in notes), warnings=tuple(n.message for n in notes))  # fmt: skip


def rights_from_metadata(meta: PhotoMetadata) -> tuple[Rights, tuple[tuple[str, str], ...]]:
    """The figure's pre-filled rights and where each value came from (for ``Figure.provenance``).

    The by-line (IPTC 2:80, dc:creator, EXIF Artist) is the creator; the credit line (2:110, photoshop:Credit) stays
    the printed credit. A value too long for the model is cut at a character boundary, never a reason to refuse.
    """
    values: dict[str, object] = {}
    for name in ("creator", "copyright", "usage_terms", "license_url"):
        text = getattr(meta, name)
        if text:
            values[name] = text[: RIGHTS_LENGTH[name]]
    kind = DigitalSourceType.from_text(meta.digital_source_type or "")
    if kind is not None:
        values["digital_source_type"] = kind
    if meta.taken is not None:
        values["taken"] = meta.taken
    provenance = tuple((name, meta.sources.get(name, "metadata")) for name in values)
    return Rights(**values), provenance  # type: ignore[arg-type]


def _instant(iso: str | None) -> tuple[datetime, bool] | None:
    """An ISO date (and time) as an aware instant, and whether its offset was stated."""
    if not iso:
        return None
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if value.utcoffset() is not None:
        return value, True
    return datetime.fromisoformat(value.isoformat() + ASSUMED_OFFSET), False


class Note(str):
    """A part of the metadata that was ignored: the English text (for the log) with a message for the reporter."""

    message: Message

    def __new__(cls, text: str, message: Message) -> Note:
        note = super().__new__(cls, text)
        note.message = message
        return note


def _clean(text: str) -> str | None:
    text = " ".join(clean_input(text).split())
    return text or None


# ---------------------------------------------------------------- IPTC IIM


def _iptc(im: Image.Image, notes: list[Note]) -> tuple[dict[str, tuple[str, str]], bytes | None, bytes | None]:
    """Fields from the IIM block, the raw block, and Photoshop's IPTC digest when present."""
    iim_raw: bytes | None = None
    digest: bytes | None = None
    try:
        resources = b""
        for marker, payload in getattr(im, "applist", []):
            if marker == "APP13" and payload.startswith(b"Photoshop 3.0\x00"):
                resources += payload[len(b"Photoshop 3.0\x00") :]
        tags = getattr(im, "tag_v2", None)
        if tags is not None:  # TIFF: IIM in tag 33723, Photoshop resources in 34377
            if 34377 in tags:
                resources += _as_bytes(tags[34377], _endian(tags))
            if 33723 in tags:
                iim_raw = _as_bytes(tags[33723], _endian(tags))
        blocks = _photoshop_resources(resources)
        iim_raw = blocks.get(0x0404, iim_raw)
        digest = blocks.get(0x0425)
    except DECODE_ERRORS as exc:
        log.debug("ignoring unreadable IPTC: %s", exc)
    if not iim_raw:
        return {}, None, digest
    if len(iim_raw) > MAX_IIM_BYTES:
        text = f"IPTC IIM block of {len(iim_raw):,} bytes ignored (more than {MAX_IIM_BYTES:,})"
        notes.append(Note(text, msg("rights.note.iim-too-big", size=f"{len(iim_raw):,}", limit=f"{MAX_IIM_BYTES:,}")))
        return {}, None, None
    return _parse_iim(iim_raw, notes), iim_raw, digest


def _endian(tags: object) -> str:
    return "<" if getattr(tags, "_endian", ">") == "<" else ">"


def _as_bytes(value: object, endian: str = ">") -> bytes:
    """Raw bytes of a TIFF tag. Writers often type IPTC as LONG: Pillow then hands over integers read in the
    file's byte order, so they are packed back in that order."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "replace")
    if isinstance(value, int):
        value = (value,)
    if isinstance(value, tuple | list) and all(isinstance(v, int) for v in value):
        return b"".join(struct.pack(endian + "I", v & 0xFFFFFFFF) for v in value)
    return b""


def _photoshop_resources(data: bytes) -> dict[int, bytes]:
    """Image resource blocks: '8BIM', id (2), Pascal name padded to even, size (4), data padded to even."""
    out: dict[int, bytes] = {}
    pos = 0
    while pos + 12 <= len(data) and data[pos : pos + 4] == b"8BIM":
        rid = int.from_bytes(data[pos + 4 : pos + 6], "big")
        name_len = data[pos + 6]
        pos += 6 + name_len + 1 + ((name_len + 1) % 2)
        if pos + 4 > len(data):
            break
        size = int.from_bytes(data[pos : pos + 4], "big")
        pos += 4
        out.setdefault(rid, data[pos : pos + size])
        pos += size + (size % 2)
    return out


def _parse_iim(data: bytes, notes: list[Note] | None = None) -> dict[str, tuple[str, str]]:
    datasets: dict[tuple[int, int], list[bytes]] = {}
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, number = data[pos + 1], data[pos + 2]
        length = int.from_bytes(data[pos + 3 : pos + 5], "big")
        pos += 5
        if length & 0x8000:  # extended dataset: the low bits count the bytes of the real length
            n = length & 0x7FFF
            if n > 4:
                break
            length = int.from_bytes(data[pos : pos + n], "big")
            pos += n
        datasets.setdefault((record, number), []).append(data[pos : pos + length])
        pos += length
    utf8 = any(m in b"".join(datasets.get((1, 90), [])) for m in _UTF8_MARKERS)
    out: dict[str, tuple[str, str]] = {}
    for key, name in IIM_FIELDS.items():
        raws = datasets.get(key, [])
        if utf8 and notes is not None and any(_not_utf8(v) for v in raws):
            text = f"IPTC {key[0]}:{key[1]} declared UTF-8 but is not; unreadable bytes replaced"
            notes.append(Note(text, msg("rights.note.iim-not-utf8", field=msg(f"rights.note.field.{name}"))))
        parts = [t for t in (_decode_iim(v, utf8) for v in raws) if t]
        if not parts:
            continue
        value = _iim_date(parts[0], datasets.get((2, 60), [b""])[0]) if name == "date_created" else ", ".join(parts)
        if value:
            out[name] = (value, f"IPTC {key[0]}:{key[1]}")
    return out


def _not_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _decode_iim(raw: bytes, utf8: bool) -> str | None:
    raw = raw.rstrip(b"\x00")
    if utf8:
        text = raw.decode("utf-8", "replace")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")  # the usual legacy: Latin-1 cameras and Windows tools
    return _clean(text)


def _iim_date(date: str, time_raw: bytes) -> str | None:
    """IIM CCYYMMDD (+ HHMMSS±HHMM from 2:60) as ISO 8601."""
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", date)
    if not m:
        return None
    iso = f"{m[1]}-{m[2]}-{m[3]}"
    t = re.fullmatch(rb"(\d{2})(\d{2})(\d{2})([+-]\d{2})?(\d{2})?", time_raw.strip())
    if t:
        iso += f"T{t[1].decode()}:{t[2].decode()}:{t[3].decode()}"
        if t[4]:
            iso += f"{t[4].decode()}:{(t[5] or b'00').decode()}"
    return iso


# ---------------------------------------------------------------- XMP


def _xmp(im: Image.Image, notes: list[Note]) -> dict[str, tuple[str, str]]:
    packets: list[bytes] = []
    for key in ("xmp", "XML:com.adobe.xmp"):
        value = im.info.get(key)
        if isinstance(value, str):
            value = value.encode("utf-8", "replace")
        if isinstance(value, bytes) and value:
            packets.append(value)
    tags = getattr(im, "tag_v2", None)
    if tags is not None and 700 in tags:
        packets.append(_as_bytes(tags[700], _endian(tags)))
    for packet in packets:
        if len(packet) > MAX_XMP_BYTES:
            text = f"XMP packet of {len(packet):,} bytes ignored (more than {MAX_XMP_BYTES:,})"
            size, limit = f"{len(packet):,}", f"{MAX_XMP_BYTES:,}"
            notes.append(Note(text, msg("rights.note.xmp-too-big", size=size, limit=limit)))
            continue
        root = _parse_xmp(packet, notes)
        if root is not None:
            return _xmp_fields(root)
    return {}


def _parse_xmp(packet: bytes, notes: list[Note]) -> Element | None:
    packet = packet.replace(b"\x00", b"")
    start, end = packet.find(b"<x:xmpmeta"), packet.rfind(b"</x:xmpmeta>")
    if start >= 0 and end > start:
        packet = packet[start : end + len(b"</x:xmpmeta>")]
    try:
        return SafeET.fromstring(packet, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError, UnicodeError) as exc:
        notes.append(Note(f"unreadable XMP ignored ({exc.__class__.__name__})", msg("rights.note.xmp-unreadable")))
        return None


def _xmp_fields(root: Element) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    descriptions = list(root.iter(f"{{{RDF}}}Description"))
    for name, (ns, prop) in XMP_FIELDS.items():
        qname = f"{{{ns}}}{prop}"
        for desc in descriptions:
            value = desc.get(qname)
            if value is None and (el := desc.find(qname)) is not None:
                value = _xmp_value(el)
            if value and (text := _clean(value)):
                out[name] = (text, f"XMP {_PREFIX[ns]}:{prop}")
                break
    return out


def _xmp_value(el: Element) -> str | None:
    for container in ("Alt", "Seq", "Bag"):
        c = el.find(f"{{{RDF}}}{container}")
        if c is None:
            continue
        items = c.findall(f"{{{RDF}}}li")
        if container == "Alt":  # a language alternative: x-default, else the first
            chosen = next((li for li in items if li.get(f"{{{XML_NS}}}lang") == "x-default"), None)
            chosen = chosen if chosen is not None else (items[0] if items else None)
            return chosen.text if chosen is not None else None
        return ", ".join(t for li in items if (t := (li.text or "").strip())) or None
    return el.text


# ---------------------------------------------------------------- EXIF


def _exif(im: Image.Image) -> tuple[dict[str, tuple[str, str]], bool]:
    out: dict[str, tuple[str, str]] = {}
    has_gps = False
    try:
        with quiet():
            exif = im.getexif()
            has_gps = bool(exif.get_ifd(0x8825)) or 0x8825 in exif
            for tag, name, label in (
                (0x010E, "caption", "EXIF ImageDescription"),
                (0x013B, "creator", "EXIF Artist"),
                (0x8298, "copyright", "EXIF Copyright"),
            ):
                text = _exif_text(exif.get(tag))
                if text and not (name == "caption" and _CAMERA_BOILERPLATE.match(text)):
                    out[name] = (text, label)
            sub = exif.get_ifd(0x8769)
            taken = _exif_text(sub.get(0x9003))
            m = re.fullmatch(r"(\d{4}):(\d{2}):(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?", taken or "")
            if m and m[1] != "0000":
                iso = f"{m[1]}-{m[2]}-{m[3]}" + (f"T{m[4]}:{m[5]}:{m[6]}" if m[4] else "")
                offset = re.fullmatch(r"[+-]\d{2}:\d{2}", _exif_text(sub.get(0x9011)) or "")
                if offset and m[4]:
                    out["date_created"] = (iso + offset[0], "EXIF DateTimeOriginal + OffsetTimeOriginal")
                else:
                    out["date_created"] = (iso, "EXIF DateTimeOriginal")
    except DECODE_ERRORS as exc:
        log.debug("ignoring unreadable EXIF: %s", exc)
    return out, has_gps


def _exif_text(value: object) -> str | None:
    """EXIF ASCII is often UTF-8 in practice; Pillow hands it over decoded as Latin-1, so undo that."""
    if isinstance(value, bytes):
        raw = value
    elif isinstance(value, str):
        try:
            raw = value.encode("latin-1")
        except UnicodeEncodeError:
            return _clean(value)
    else:
        return None
    raw = raw.rstrip(b"\x00")
    try:
        return _clean(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return _clean(raw.decode("cp1252", "replace"))
