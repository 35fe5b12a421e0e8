"""The IPTC/XMP writer and the rights reader on bad input: limits, character boundaries, escaping, hostile packets."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import hostile
import pytest
from PIL import Image, PngImagePlugin

from editor.media.embed import (
    EmbeddedMetadata,
    embed_metadata,
    iim_block,
    iim_overflows,
    truncate_utf8,
    xmp_packet,
)
from editor.media.metadata import MAX_XMP_BYTES, _parse_iim, metadata_of, read_metadata, rights_from_metadata
from editor.media.renditions import Recipe, RenditionCache, render_bytes
from editor.model.rights import DigitalSourceType

pytestmark = pytest.mark.timeout(60)
ICT = timezone(timedelta(hours=7))


def test_truncation_stops_at_a_character_boundary() -> None:
    name = "Nguyễn Thị Vân Anh Phương Thảo"  # 3-byte letters straddle the 32-byte limit
    cut = truncate_utf8(name, 32)
    assert len(cut.encode("utf-8")) <= 32 and name.startswith(cut) and cut == unicodedata.normalize("NFC", cut)
    decomposed = "Ae\u0301\u0301xyz"  # a letter with two marks: never cut between them
    assert truncate_utf8(decomposed, 4) == "A"
    assert truncate_utf8("ngắn", 32) == "ngắn"


def test_iim_fields_are_cut_to_their_limits_and_reported() -> None:
    meta = EmbeddedMetadata(caption="c" * 2500, creator="Nguyễn Thị Vân Anh Phương Thảo", credit="TTXVN")
    assert iim_overflows(meta) == [("creator", 32), ("caption", 2000)]
    fields = _parse_iim(iim_block(meta))
    assert fields["caption"][0] == "c" * 2000
    assert len(fields["creator"][0].encode("utf-8")) <= 32 and fields["credit"][0] == "TTXVN"
    assert "Phương Thảo" in xmp_packet(meta).decode("utf-8")  # XMP has no such limit: the full name


def test_text_is_nfc_one_line_and_xml_escaped() -> None:
    meta = EmbeddedMetadata(caption='Nguye\u0302\u0303n <b>&amp;</b> ]]> \x00\n"x"', creator="A & B")
    assert meta.caption == 'Nguyễn <b>&amp;</b> ]]> "x"'
    packet = xmp_packet(meta).decode("utf-8")
    assert "&lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt;" in packet and "A &amp; B" in packet
    im = Image.open(io.BytesIO(embed_metadata(hostile.jpeg((16, 16)), "jpg", meta)))
    read = metadata_of(im)
    assert (read.caption, read.creator) == (meta.caption, "A & B")


def test_output_is_deterministic_and_a_new_caption_never_comes_back_old(tmp_path) -> None:  # type: ignore
    one = EmbeddedMetadata(caption="Một", date_created=datetime(2020, 12, 19, 8, 30, tzinfo=ICT))
    two = EmbeddedMetadata(caption="Hai", date_created=one.date_created)
    data = hostile.jpeg((64, 48))
    assert embed_metadata(data, "jpg", one) == embed_metadata(data, "jpg", one)
    # The cache files pixels: a caption typed after the photo was pre-rendered reuses them...
    assert RenditionCache.key("ab" * 32, Recipe(32, embed=one)) == RenditionCache.key("ab" * 32, Recipe(32, embed=two))
    original = tmp_path / "p.jpg"
    original.write_bytes(data)
    cache = RenditionCache(tmp_path / "cache")
    first = cache.make(original, Recipe(32, embed=one))
    assert first.data == render_bytes(data, Recipe(32, embed=one), source=original).data  # as made without a cache
    # ...and every rendition that leaves the cache carries the metadata asked for now.
    assert metadata_of(Image.open(io.BytesIO(cache.make(original, Recipe(32, embed=two)).data))).caption == "Hai"
    assert cache.make(original, Recipe(32, embed=one)).data == first.data
    assert len(list((tmp_path / "cache").glob("??/*.jpg"))) == 1


def test_a_huge_caption_still_fits_one_jpeg_segment() -> None:
    meta = EmbeddedMetadata(caption="ữ" * 30_000, alt="mô tả")
    data = embed_metadata(hostile.jpeg((16, 16)), "jpg", meta)
    im = Image.open(io.BytesIO(data))
    im.load()
    read = metadata_of(im)
    assert read.alt == "mô tả" and read.caption and read.caption.startswith("ữ" * 1000)


def test_oversized_xmp_packet_is_ignored_with_a_note(write) -> None:  # type: ignore[no-untyped-def]
    packet = hostile.xmp_packet(description="x" * (MAX_XMP_BYTES + 10))
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", packet.decode("utf-8"))
    meta = read_metadata(write("big.png", hostile.encode(hostile.photo((8, 8)), "PNG", pnginfo=info)))
    assert meta.caption is None
    assert any("ignored" in note and "XMP" in note for note in meta.notes)


def test_entity_tricks_are_refused_with_a_note(write) -> None:  # type: ignore[no-untyped-def]
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c SYSTEM "file:///etc/passwd">]>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>&b;&c;</dc:creator>'
        b"</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    data = hostile.insert_segment(hostile.jpeg((16, 16)), 0xE1, hostile.app1_xmp(bomb))
    meta = read_metadata(write("bomb.jpg", data))
    assert meta.creator is None and any("unreadable XMP" in note for note in meta.notes)


def test_iim_declared_utf8_but_latin1_is_read_with_a_note(write) -> None:  # type: ignore[no-untyped-def]
    iim = hostile.iptc_block({(2, 80): "José"}, encoding="latin-1")  # 1:90 says UTF-8, the bytes are Latin-1
    meta = read_metadata(write("l.jpg", hostile.insert_segment(hostile.jpeg((16, 16)), 0xED, hostile.app13(iim))))
    assert meta.creator is not None and meta.creator.startswith("Jos")
    assert any("declared UTF-8" in note for note in meta.notes)
    legacy = hostile.iptc_block({(2, 116): "© Agência"}, charset=None, encoding="cp1252")
    meta = read_metadata(write("c.jpg", hostile.insert_segment(hostile.jpeg((16, 16)), 0xED, hostile.app13(legacy))))
    assert meta.copyright == "© Agência"


def test_oversized_iim_block_is_ignored_with_a_note() -> None:
    from editor.media.metadata import MAX_IIM_BYTES, _iptc

    block = hostile.app13(hostile.iim(2, 120, b"x" * 60000) * (MAX_IIM_BYTES // 60000 + 1))
    fake = SimpleNamespace(applist=[("APP13", block)], info={})
    notes: list[str] = []
    assert _iptc(fake, notes)[0] == {}  # type: ignore[arg-type]
    assert notes and "ignored" in notes[0]


def test_rights_from_metadata_tolerates_odd_values(write) -> None:  # type: ignore[no-untyped-def]
    exif = Image.Exif()
    exif[0x8298] = "© Báo Quảng Ninh".encode()  # UTF-8 in an ASCII field, as phones write it
    exif.get_ifd(0x8769)[0x9003] = "2019:05:01 07:15:00"
    data = hostile.encode(hostile.photo((16, 16)), "JPEG", exif=exif.tobytes())
    meta = read_metadata(write("e.jpg", data))
    rights, provenance = rights_from_metadata(meta)
    assert rights.copyright == "© Báo Quảng Ninh" and dict(provenance)["copyright"] == "EXIF Copyright"
    assert rights.taken is not None and rights.taken.isoformat() == "2019-05-01T07:15:00+07:00"
    assert dict(provenance)["taken"] == "EXIF DateTimeOriginal (+07:00 assumed)"
    assert DigitalSourceType.from_text("https://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture/") is (
        DigitalSourceType.DIGITAL_CAPTURE
    )
