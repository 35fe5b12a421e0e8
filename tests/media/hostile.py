#!/usr/bin/env python3
"""Generator of hostile, damaged and unusual image files for the photo pipeline's tests.

    python tests/media/hostile.py OUTDIR      # writes every case and prints what each is

Each case says what the pipeline must do with it: "ok" (imported), "refuse" (an InputError naming the file) or
"either" (damage a decoder may or may not notice, e.g. flipped bits in entropy-coded data): never a crash, another
exception type or a hang. Images are tiny so the whole set is made in well under a second. Only Pillow (and
pi-heif for HEIC) is used: fixtures carry IPTC IIM bytes in an APP13 Photoshop 8BIM block and XMP packets in
APP1 built by hand, so no exiftool is needed.
"""

from __future__ import annotations

import io
import os
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

Expect = str  # "ok" | "refuse" | "either"


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    expect: Expect
    note: str = ""


# ------------------------------------------------------------------ building blocks


def photo(size: tuple[int, int] = (48, 32), mode: str = "RGB") -> Image.Image:
    """A small image with a distinct top-left corner (red) and a gradient, so orientation is checkable."""
    im = Image.new("RGB", size, (40, 90, 160))
    d = ImageDraw.Draw(im)
    w, h = size
    for x in range(w):
        d.line([(x, 0), (x, h)], fill=(40 + 200 * x // max(1, w), 90, 160))
    d.rectangle([0, 0, max(0, w // 4 - 1), max(0, h // 4 - 1)], fill=(255, 0, 0))
    return im.convert(mode) if mode != "RGB" else im


def encode(im: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def jpeg(size: tuple[int, int] = (48, 32), **kw: object) -> bytes:
    return encode(photo(size), "JPEG", quality=90, **kw)


def exif_bytes(
    orientation: int | None = None,
    *,
    description: bytes | None = None,
    artist: bytes | None = None,
    gps: bool = False,
    serial: str | None = None,
    taken: str | None = None,
) -> bytes:
    ex = Image.Exif()
    if orientation is not None:
        ex[0x0112] = orientation
    if description is not None:
        ex[0x010E] = description
    if artist is not None:
        ex[0x013B] = artist
    if gps:
        g = ex.get_ifd(0x8825)
        g.update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)})
    if serial or taken:
        e = ex.get_ifd(0x8769)
        if serial:
            e[0xA431] = serial  # BodySerialNumber
        if taken:
            e[0x9003] = taken
    return ex.tobytes()


def insert_segment(jpeg_data: bytes, marker: int, payload: bytes) -> bytes:
    """Insert an APPn segment right after SOI (the order of APP segments does not matter to readers)."""
    assert jpeg_data[:2] == b"\xff\xd8"
    return jpeg_data[:2] + bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload + jpeg_data[2:]


def iim(record: int, dataset: int, value: bytes) -> bytes:
    return bytes([0x1C, record, dataset]) + struct.pack(">H", len(value)) + value


def photoshop_block(resource_id: int, data: bytes) -> bytes:
    return (
        b"8BIM"
        + struct.pack(">H", resource_id)
        + b"\x00\x00"
        + struct.pack(">I", len(data))
        + data
        + (b"\x00" if len(data) % 2 else b"")
    )


def app13(iim_data: bytes, digest: bytes | None = None) -> bytes:
    blocks = photoshop_block(0x0404, iim_data)
    if digest is not None:
        blocks += photoshop_block(0x0425, digest)
    return b"Photoshop 3.0\x00" + blocks


def iptc_block(
    fields: dict[tuple[int, int], str | list[str]], *, charset: bytes | None = b"\x1b%G", encoding: str = "utf-8"
) -> bytes:
    out = iim(1, 90, charset) if charset is not None else b""
    out += iim(2, 0, b"\x00\x04")
    for (rec, ds), value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            out += iim(rec, ds, v.encode(encoding))
    return out


def xmp_packet(
    *,
    description: str | None = None,
    creator: list[str] | None = None,
    credit: str | None = None,
    city: str | None = None,
    date: str | None = None,
    alt: str | None = None,
    attribute_form: bool = False,
) -> bytes:
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")

    attrs, props = [], []
    if description is not None:
        props.append(
            f'<dc:description><rdf:Alt><rdf:li xml:lang="en">English</rdf:li>'
            f'<rdf:li xml:lang="x-default">{esc(description)}</rdf:li></rdf:Alt></dc:description>'
        )
    if creator is not None:
        items = "".join(f"<rdf:li>{esc(c)}</rdf:li>" for c in creator)
        props.append(f"<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>")
    for tag, value in (("photoshop:Credit", credit), ("photoshop:City", city), ("photoshop:DateCreated", date)):
        if value is not None:
            if attribute_form:
                attrs.append(f'{tag}="{esc(value)}"')
            else:
                props.append(f"<{tag}>{esc(value)}</{tag}>")
    if alt is not None:
        props.append(
            f'<Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">{esc(alt)}'
            "</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>"
        )
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        f'xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" {" ".join(attrs)}>'
        + "".join(props)
        + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def app1_xmp(packet: bytes) -> bytes:
    return b"http://ns.adobe.com/xap/1.0/\x00" + packet


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_declaring(width: int, height: int) -> bytes:
    """A PNG of a few hundred bytes whose header declares width×height (a decompression bomb's shape)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def jpeg_with_size(width: int, height: int) -> bytes:
    """A valid small JPEG whose SOF header is patched to declare width×height."""
    data = bytearray(jpeg((16, 16)))
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            struct.pack_into(">HH", data, i + 5, height, width)
            return bytes(data)
        i += 2 + length
    raise AssertionError("no SOF")


def tiff_with_size(tiff: bytes, width: int, height: int) -> bytes:
    """A little-endian TIFF whose ImageWidth/ImageLength entries are patched to width×height."""
    data = bytearray(tiff)
    assert data[:4] == b"II*\x00"
    ifd = struct.unpack_from("<I", data, 4)[0]
    for i in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * i
        tag, kind = struct.unpack_from("<HH", data, entry)
        if tag in (256, 257):
            value = width if tag == 256 else height
            struct.pack_into("<H" if kind == 3 else "<I", data, entry + 8, value)
    return bytes(data)


def flip_bits(data: bytes, positions: list[int]) -> bytes:
    out = bytearray(data)
    for p in positions:
        if p < len(out):
            out[p] ^= 0xA5
    return bytes(out)


def rgb_icc(primaries: tuple[tuple[float, float, float], ...], gamma: float = 2.2) -> bytes:
    """A minimal ICC v2 matrix/TRC RGB display profile (so tests can tag an image with a non-sRGB space)."""

    def s15(v: float) -> bytes:
        return struct.pack(">i", round(v * 65536))

    def xyz(v: tuple[float, float, float]) -> bytes:
        return b"XYZ " + b"\0" * 4 + b"".join(s15(c) for c in v)

    def curve(g: float) -> bytes:
        return b"curv" + b"\0" * 4 + struct.pack(">IH", 1, round(g * 256)) + b"\0\0"

    text = b"Test wide RGB"
    desc = b"desc" + b"\0" * 4 + struct.pack(">I", len(text) + 1) + text + b"\0" + b"\0" * 8 + b"\0" * 2 + b"\0" * 68
    tags = [
        (b"desc", desc),
        (b"wtpt", xyz((0.9642, 1.0, 0.8249))),
        (b"rXYZ", xyz(primaries[0])),
        (b"gXYZ", xyz(primaries[1])),
        (b"bXYZ", xyz(primaries[2])),
        (b"rTRC", curve(gamma)),
        (b"gTRC", curve(gamma)),
        (b"bTRC", curve(gamma)),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags:
        while (offset + len(body)) % 4:
            body += b"\0"
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = struct.pack(">I", size) + b"lcms" + struct.pack(">I", 0x02100000) + b"mntrRGB XYZ "
    header += struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + b"APPL" + b"\0" * 4 + b"\0" * 8 + b"\0" * 8
    header += struct.pack(">I", 0) + s15(0.9642) + s15(1.0) + s15(0.8249) + b"lcms"
    header = header.ljust(128, b"\0")
    return header + struct.pack(">I", len(tags)) + table + body


# Swapping sRGB's red and green primaries: an sRGB-red pixel tagged with this profile is really green.
SWAPPED_PRIMARIES = ((0.3851, 0.7169, 0.0971), (0.4361, 0.2225, 0.0139), (0.1431, 0.0606, 0.7141))


# ------------------------------------------------------------------ the cases


def make_cases(folder: Path, *, special_files: bool = True) -> list[Case]:
    """Write every hostile case under ``folder`` (created) and describe them."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, data: bytes, expect: Expect, note: str = "") -> None:
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(name, path, expect, note))

    good_jpeg = jpeg((64, 48))
    good_png = encode(photo((64, 48)), "PNG")
    add("good.jpg", good_jpeg, "ok")
    add("good.png", good_png, "ok")
    for cut in (2, 20, 200, len(good_jpeg) // 2, len(good_jpeg) - 40):
        add(f"truncated-jpeg-{cut}.jpg", good_jpeg[:cut], "refuse", f"JPEG cut after {cut} bytes")
    add("truncated-jpeg-no-eoi.jpg", good_jpeg[:-2], "either", "only the end marker missing")
    for cut in (8, 30, len(good_png) // 2):
        add(f"truncated-png-{cut}.png", good_png[:cut], "refuse", f"PNG cut after {cut} bytes")
    add("truncated-png-no-iend.png", good_png[:-12], "either", "only the IEND chunk missing")
    for i, positions in enumerate(([0, 1], [2, 3, 6], [20, 21, 22], list(range(100, 160, 7)))):
        add(f"bitflip-jpeg-{i}.jpg", flip_bits(good_jpeg, positions), "either", f"bits flipped at {positions}")
        add(f"bitflip-png-{i}.png", flip_bits(good_png, positions), "either", f"bits flipped at {positions}")
    add("empty.jpg", b"", "refuse", "zero bytes")
    add("zeros.jpg", b"\x00" * 4096, "refuse", "4 KB of zero bytes")
    add("text.jpg", "Đây là văn bản, không phải ảnh.\n".encode() * 20, "refuse", "text named .jpg")
    add("page.png", b"<!DOCTYPE html><html><body>not a png</body></html>", "refuse", "HTML named .png")
    add("eps.jpg", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "refuse", "EPS must never reach Ghostscript")
    add("icon.jpg", encode(photo((16, 16)), "ICO"), "refuse", "ICO is not a supported format")
    add("pixmap.jpg", encode(photo((16, 16)), "PPM"), "refuse", "PPM is not a supported format")
    add("bomb-30000.png", png_declaring(30000, 30000), "refuse", "tiny PNG declaring 900 MP")
    add("bomb-13000x12000.png", png_declaring(13000, 12000), "refuse", "156 MP: over our limit, under Pillow's")
    add("absurd-jpeg-65535.jpg", jpeg_with_size(65535, 65535), "refuse", "SOF declares 65535×65535")
    add("absurd-jpeg-zero.jpg", jpeg_with_size(0, 16), "refuse", "SOF declares width 0")
    gif = bytearray(encode(photo((16, 16)), "GIF"))
    struct.pack_into("<HH", gif, 6, 65535, 65535)
    add("absurd-gif.gif", bytes(gif), "either", "logical screen 65535×65535")
    bmp = bytearray(encode(photo((16, 16)), "BMP"))
    struct.pack_into("<ii", bmp, 18, 60000, 60000)
    add("absurd-bmp.bmp", bytes(bmp), "refuse", "BMP header declares 60000×60000")
    tiff = encode(photo((16, 16)), "TIFF")
    add("truncated.tif", tiff[: len(tiff) // 2], "refuse", "TIFF cut in half")
    add("absurd-tiff.tif", tiff_with_size(tiff, 60000, 60000), "refuse", "IFD declares 60000×60000")
    for n in range(1, 9):
        add(f"orientation-{n}.jpg", jpeg((48, 32), exif=exif_bytes(n)), "ok", f"EXIF Orientation {n}")
    add("orientation-99.jpg", jpeg((48, 32), exif=exif_bytes(99)), "ok", "invalid orientation value")
    add(
        "corrupt-exif.jpg",
        insert_segment(good_jpeg, 0xE1, b"Exif\x00\x00II*\x00\xff\xff\xff\x7f" + b"\xde" * 60),
        "ok",
        "EXIF IFD offset points nowhere",
    )
    add(
        "corrupt-exif-count.jpg",
        insert_segment(good_jpeg, 0xE1, b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff" + b"\x01\x12\x00\x03" * 8),
        "ok",
        "EXIF entry count lies",
    )
    add("corrupt-icc.jpg", jpeg((48, 32), icc_profile=b"not a profile" * 20), "ok", "garbage ICC profile")
    add(
        "corrupt-iptc.jpg",
        insert_segment(
            good_jpeg,
            0xED,
            b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\xff\xff\xff\xff" + b"\x1c\x02\x78\xff\xff" + b"x" * 10,
        ),
        "ok",
        "IPTC lengths lie",
    )
    bomb_xmp = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><x:xmpmeta xmlns:x="adobe:ns:meta/">&c;</x:xmpmeta>'
    )
    add("xmp-entity-bomb.jpg", insert_segment(good_jpeg, 0xE1, app1_xmp(bomb_xmp)), "ok", "billion laughs in XMP")
    add("xmp-garbage.jpg", insert_segment(good_jpeg, 0xE1, app1_xmp(b"<x:xmpmeta><unclosed")), "ok", "broken XMP")
    add("tiny-1x1.png", encode(Image.new("RGB", (1, 1), "white"), "PNG"), "ok", "1×1")
    add("tiny-1x1.jpg", encode(Image.new("RGB", (1, 1), "white"), "JPEG"), "ok", "1×1 JPEG")
    add("strip-20000x20.png", encode(Image.new("L", (20000, 20), 128), "PNG"), "ok", "20000×20 panorama strip")
    add("strip-20x20000.jpg", encode(Image.new("RGB", (20, 20000), "gray"), "JPEG"), "ok", "20×20000")
    frames = [photo((32, 24)).quantize(16), Image.new("RGB", (32, 24), "blue").quantize(4)]
    add("animated.gif", encode(frames[0], "GIF", save_all=True, append_images=frames[1:], loop=0), "ok", "2 frames")
    add(
        "animated.webp",
        encode(photo((32, 24)), "WEBP", save_all=True, append_images=[Image.new("RGB", (32, 24), "blue")]),
        "ok",
        "animated WebP",
    )
    add("mpo.jpg", encode(photo((48, 32)), "MPO", save_all=True, append_images=[photo((48, 32))]), "ok", "MPO")
    add("cmyk.jpg", encode(photo((48, 32)).convert("CMYK"), "JPEG"), "ok", "CMYK JPEG without profile")
    add("wide-gamut.jpg", jpeg((48, 32), icc_profile=rgb_icc(SWAPPED_PRIMARIES)), "ok", "non-sRGB ICC profile")
    add("gray16.png", encode(Image.new("I;16", (32, 16), 40000), "PNG"), "ok", "16-bit grey")
    add("palette-alpha.png", encode(_palette_with_transparency(), "PNG"), "ok", "palette with transparency")
    add("rgba.png", encode(_half_transparent(), "PNG"), "ok", "RGBA")
    add("la.png", encode(_half_transparent().convert("LA"), "PNG"), "ok", "grey + alpha")
    add("bilevel.tif", encode(photo((32, 16)).convert("1"), "TIFF", compression="group4"), "ok", "1-bit TIFF G4")
    add("rgb.tif", encode(photo((32, 16)), "TIFF", compression="tiff_lzw"), "ok", "LZW TIFF")
    add("rgb.bmp", encode(photo((32, 16)), "BMP"), "ok", "BMP")
    add("rgb.webp", encode(photo((32, 16)), "WEBP"), "ok", "WebP")
    heic = _heic()
    if heic is not None:
        add("iphone.heic", heic, "ok", "HEIC")
        add("truncated.heic", heic[: len(heic) // 2], "refuse", "HEIC cut in half")
    for name in (
        "ảnh Đông Xá – lò gốm.jpg",
        "Ảnh\u0301 NFD " + "Đông Xá".replace("ô", "o\u0302") + ".jpg",
        "tab\tand\nnewline.jpg",
        "emoji 📷.jpg",
        "-dash-first.jpg",
        "  spaces  .jpg",
        "no-extension",
    ):
        add(name, good_jpeg, "ok", "odd file name")
    add("misnamed-png.jpg", good_png, "ok", "a PNG named .jpg is still a PNG")
    add(os.fsdecode(b"latin1-caf\xe9.jpg"), good_jpeg, "ok", "a name that is not valid UTF-8")

    if special_files:
        (folder / "folder.jpg").mkdir(exist_ok=True)
        cases.append(Case("folder.jpg", folder / "folder.jpg", "refuse", "a directory"))
        if hasattr(os, "mkfifo"):
            fifo = folder / "pipe.jpg"
            if not fifo.exists():
                os.mkfifo(fifo)
            cases.append(Case("pipe.jpg", fifo, "refuse", "a FIFO (opening it blocking would hang)"))
        if Path("/dev/zero").exists():
            dev = folder / "dev-zero.jpg"
            if not dev.is_symlink():
                dev.symlink_to("/dev/zero")
            cases.append(Case("dev-zero.jpg", dev, "refuse", "a symlink to a device"))
        dangling = folder / "dangling.jpg"
        if not dangling.is_symlink():
            dangling.symlink_to(folder / "does-not-exist.jpg")
        cases.append(Case("dangling.jpg", dangling, "refuse", "a dangling symlink"))
        loop = folder / "loop.jpg"
        if not loop.is_symlink():
            loop.symlink_to(loop)
        cases.append(Case("loop.jpg", loop, "refuse", "a symlink to itself"))
    return cases


def make_escape(folder: Path, outside: Path) -> tuple[Path, Path]:
    """A symlink inside ``folder`` pointing at a real image in ``outside``; returns (link, target)."""
    outside.mkdir(parents=True, exist_ok=True)
    target = outside / "secret.jpg"
    target.write_bytes(jpeg((16, 16)))
    link = folder / "innocent.jpg"
    if not link.is_symlink():
        link.symlink_to(target)
    return link, target


def _palette_with_transparency() -> Image.Image:
    im = photo((32, 24)).quantize(8)
    im.info["transparency"] = 0
    return im


def _half_transparent() -> Image.Image:
    im = photo((32, 24)).convert("RGBA")
    alpha = Image.new("L", im.size, 255)
    ImageDraw.Draw(alpha).rectangle([0, 0, 15, 23], fill=0)
    im.putalpha(alpha)
    return im


HEIC_FIXTURES = Path(__file__).parent / "fixtures"


def _heic() -> bytes | None:
    """A 64×48 HEIC (made once with pillow-heif's x265 encoder: the app carries only pi-heif, which reads)."""
    return (HEIC_FIXTURES / "plain.heic").read_bytes()


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-images")
    for case in make_cases(out):
        print(f"{case.expect:<7} {case.name!r:<45} {case.note}")
