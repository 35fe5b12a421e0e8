"""Caption, by-line, credit, city, date and alt text from IPTC IIM, XMP and EXIF, with their sources."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import datetime

import hostile
import pytest
from PIL import Image, PngImagePlugin, TiffImagePlugin

from editor.media.metadata import PhotoMetadata, read_metadata

pytestmark = pytest.mark.timeout(20)

CAPTION = "Khói bốc lên từ các lò nung ở làng gốm Đông Xá vào sáng sớm."
IPTC_FIELDS = {(2, 120): CAPTION, (2, 80): "Vân Anh", (2, 110): "TTXVN", (2, 90): "Hà Nội", (2, 55): "20201219"}


def with_iptc(iim: bytes, *, digest: bytes | None = None, xmp: bytes | None = None, exif: bytes | None = None) -> bytes:
    data = hostile.jpeg((16, 16), **({"exif": exif} if exif else {}))
    data = hostile.insert_segment(data, 0xED, hostile.app13(iim, digest))
    if xmp is not None:
        data = hostile.insert_segment(data, 0xE1, hostile.app1_xmp(xmp))
    return data


def test_iptc_utf8_declared_by_coded_character_set(write) -> None:
    iim = hostile.iptc_block({**IPTC_FIELDS, (2, 60): "070000+0700"})
    meta = read_metadata(write("a.jpg", with_iptc(iim)))
    assert meta == PhotoMetadata(
        caption=CAPTION,
        creator="Vân Anh",
        credit="TTXVN",
        city="Hà Nội",
        date_created="2020-12-19T07:00:00+07:00",
        taken=datetime.fromisoformat("2020-12-19T07:00:00+07:00"),
        sources={
            "caption": "IPTC 2:120",
            "creator": "IPTC 2:80",
            "credit": "IPTC 2:110",
            "city": "IPTC 2:90",
            "date_created": "IPTC 2:55",
            "taken": "IPTC 2:55",
        },
    )


def test_iptc_without_charset_tries_utf8_then_cp1252(write) -> None:
    utf8 = hostile.iptc_block({(2, 120): CAPTION}, charset=None)
    assert read_metadata(write("u.jpg", with_iptc(utf8))).caption == CAPTION
    legacy = hostile.iptc_block(
        {(2, 120): "Café crème à Paris", (2, 80): "Jörg Müller"}, charset=None, encoding="cp1252"
    )
    meta = read_metadata(write("l.jpg", with_iptc(legacy)))
    assert (meta.caption, meta.creator) == ("Café crème à Paris", "Jörg Müller")


def test_repeated_bylines_are_joined_and_text_is_nfc_on_one_line(write) -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị\r\nHồng")
    iim = hostile.iptc_block({(2, 80): ["Vân Anh", "Ngọc Thành"], (2, 120): nfd + "\x00\x07"})
    meta = read_metadata(write("b.jpg", with_iptc(iim)))
    assert meta.creator == "Vân Anh, Ngọc Thành"
    assert meta.caption == "Nguyễn Thị Hồng"
    assert unicodedata.is_normalized("NFC", meta.caption)


@pytest.mark.parametrize("attribute_form", [False, True])
def test_xmp_fields_and_alt_text(write, attribute_form: bool) -> None:
    packet = hostile.xmp_packet(
        description=CAPTION,
        creator=["Vân Anh", "Minh Đức"],
        credit="Báo Quảng Ninh",
        city="Uông Bí",
        date="2020-12-19T16:25:00+07:00",
        alt="Người thợ nặn bình gốm bên bàn xoay",
        attribute_form=attribute_form,
    )
    data = hostile.insert_segment(hostile.jpeg((16, 16)), 0xE1, hostile.app1_xmp(packet))
    meta = read_metadata(write("x.jpg", data))
    assert meta.caption == CAPTION  # the x-default alternative, not the English one listed first
    assert meta.creator == "Vân Anh, Minh Đức"
    assert (meta.credit, meta.city, meta.date_created) == ("Báo Quảng Ninh", "Uông Bí", "2020-12-19T16:25:00+07:00")
    assert meta.alt == "Người thợ nặn bình gốm bên bàn xoay"
    assert meta.sources == {
        "caption": "XMP dc:description",
        "creator": "XMP dc:creator",
        "credit": "XMP photoshop:Credit",
        "city": "XMP photoshop:City",
        "date_created": "XMP photoshop:DateCreated",
        "taken": "XMP photoshop:DateCreated",
        "alt": "XMP Iptc4xmpCore:AltTextAccessibility",
    }


def test_xmp_wins_unless_the_iptc_digest_shows_iptc_was_edited_later(write) -> None:
    iim = hostile.iptc_block({(2, 120): "IPTC caption", (2, 110): "IPTC credit"})
    xmp = hostile.xmp_packet(description="XMP caption")
    both = read_metadata(write("both.jpg", with_iptc(iim, xmp=xmp)))
    assert (both.caption, both.sources["caption"]) == ("XMP caption", "XMP dc:description")
    assert (both.credit, both.sources["credit"]) == ("IPTC credit", "IPTC 2:110")  # missing in XMP: IPTC fills in
    in_sync = read_metadata(write("sync.jpg", with_iptc(iim, xmp=xmp, digest=hashlib.md5(iim).digest())))
    assert in_sync.caption == "XMP caption"
    stale = read_metadata(write("stale.jpg", with_iptc(iim, xmp=xmp, digest=b"\x00" * 16)))
    assert (stale.caption, stale.sources["caption"]) == ("IPTC caption", "IPTC 2:120")


def test_exif_description_artist_and_date_as_last_resort(write) -> None:
    exif = hostile.exif_bytes(
        description="Phố cổ Hội An".encode(), artist=b"Jos\xe9 (cp1252)", taken="2020:12:19 16:25:00", gps=True
    )
    meta = read_metadata(write("e.jpg", hostile.jpeg((16, 16), exif=exif)))
    assert meta.caption == "Phố cổ Hội An"  # UTF-8 in an ASCII field, as phones write it
    assert meta.creator == "José (cp1252)"
    assert meta.date_created == "2020-12-19T16:25:00"
    assert meta.sources == {
        "caption": "EXIF ImageDescription",
        "creator": "EXIF Artist",
        "date_created": "EXIF DateTimeOriginal",
        "taken": "EXIF DateTimeOriginal (+07:00 assumed)",
    }
    assert meta.has_gps
    camera = read_metadata(
        write("c.jpg", hostile.jpeg((16, 16), exif=hostile.exif_bytes(description=b"OLYMPUS DIGITAL CAMERA         ")))
    )
    assert camera.caption is None and not camera.has_gps


def test_png_and_tiff_carry_xmp_and_iptc_too(write) -> None:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", hostile.xmp_packet(description="Ảnh chụp màn hình").decode())
    meta = read_metadata(write("s.png", hostile.encode(hostile.photo((8, 8)), "PNG", pnginfo=info)))
    assert (meta.caption, meta.sources["caption"]) == ("Ảnh chụp màn hình", "XMP dc:description")

    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[33723] = hostile.iptc_block({(2, 80): "Ngọc Thành"})
    ifd.tagtype[33723] = 7  # UNDEFINED bytes
    ifd[700] = hostile.xmp_packet(credit="TTXVN")
    ifd.tagtype[700] = 1
    meta = read_metadata(write("t.tif", hostile.encode(hostile.photo((8, 8)), "TIFF", tiffinfo=ifd)))
    assert (meta.creator, meta.credit) == ("Ngọc Thành", "TTXVN")


def test_damaged_metadata_is_skipped_not_fatal(hostile_cases: list[hostile.Case]) -> None:
    for name in (
        "corrupt-exif.jpg",
        "corrupt-exif-count.jpg",
        "corrupt-iptc.jpg",
        "xmp-entity-bomb.jpg",
        "xmp-garbage.jpg",
        "corrupt-icc.jpg",
    ):
        case = next(c for c in hostile_cases if c.name == name)
        assert read_metadata(case.path).caption is None


def test_corpus_like_photo_without_metadata(write) -> None:
    meta = read_metadata(write("n.jpg", hostile.encode(Image.new("RGB", (4, 4)), "JPEG")))
    assert meta == PhotoMetadata()


def test_iptc_stored_as_tiff_long_integers_is_unpacked_in_file_byte_order() -> None:
    import struct

    from editor.media.metadata import _as_bytes, _parse_iim

    iim = hostile.iptc_block({(2, 120): "Chú thích"})
    iim += b"\x00" * (-len(iim) % 4)
    for endian in ("<", ">"):
        longs = struct.unpack(f"{endian}{len(iim) // 4}I", iim)  # what Pillow gives for a LONG-typed tag
        assert _as_bytes(longs, endian) == iim
        assert _parse_iim(_as_bytes(longs, endian))["caption"] == ("Chú thích", "IPTC 2:120")
