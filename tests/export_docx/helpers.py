"""Small deterministic photos and hand-built IR documents for the DOCX writer's tests.

Photos are a few hundred pixels: the writer sizes frames from the page, not from the pixel count, so small photos
exercise every layout decision while keeping the suite quick.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw

from editor.export.ir import IRByline, IRDocument, IRFigure, IRHeading, IRParagraph, IRQuote
from editor.model.article import Layout, Span

ICT = timezone(timedelta(hours=7))
PUBLISHED = datetime(2020, 12, 19, 16, 25, tzinfo=ICT)
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _picture(size: tuple[int, int], colour: tuple[int, int, int], label: str) -> Image.Image:
    """A picture with a marker in its upper-left corner, so a sideways rendition is visible."""
    im = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, size[0] // 4, size[1] // 6), fill=(250, 250, 250))
    draw.text((4, 4), label, fill=(200, 0, 0))
    for x in range(0, size[0], 37):
        draw.line((x, 0, size[0] - x, size[1]), fill=(x % 255, 90, 160), width=3)
    return im


def write_jpeg(path: Path, size: tuple[int, int] = (600, 400), *, orientation: int = 1, gps: bool = False,
               colour: tuple[int, int, int] = (70, 120, 180)) -> Path:  # fmt: skip
    im = _picture(size, colour, path.stem)
    exif = Image.Exif()
    exif[0x010F] = "TestCam"  # Make
    if orientation != 1:
        exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)}
    im.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def write_png_with_alpha(path: Path, size: tuple[int, int] = (300, 200)) -> Path:
    im = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    draw.ellipse((10, 10, size[0] - 10, size[1] - 10), fill=(200, 40, 40, 255))
    im.save(path, "PNG")
    return path


def write_bomb_png(path: Path, side: int = 40000) -> Path:
    """A tiny PNG whose header declares side × side pixels (1.6 gigapixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )
    return path


def make_photos(folder: Path) -> dict[str, Path]:
    """The standard set: landscape with GPS, stored sideways (EXIF 6), transparent PNG, very tall portrait."""
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "landscape": write_jpeg(folder / "p01.jpg", (600, 400), gps=True),
        "sideways": write_jpeg(folder / "p02.jpg", (600, 400), orientation=6, colour=(160, 110, 60)),
        "png": write_png_with_alpha(folder / "p03.png"),
        "tall": write_jpeg(folder / "p04.jpg", (200, 900), colour=(60, 150, 90)),
    }


def figure(number: int, path: Path, *, caption: str, credit: str = "", layout: Layout = Layout.FULL,
           alt: str = "", rotation: int = 0, slug: str = "") -> IRFigure:  # fmt: skip
    parts: list[tuple[str, bool]] = []
    if caption:
        parts.append((caption if not credit else f"{caption} ", False))
    if credit:
        parts.append((f"Ảnh: {credit}", True))
    return IRFigure(
        number=number,
        image_name=f"images/{path.name}",
        photo_path=path,
        photo_root=path.parent,
        slug=slug or f"{number:02d}-anh-{number}",
        caption=caption,
        credit=credit,
        caption_parts=tuple(parts),
        alt=alt or caption or "Ảnh minh họa cho bài viết",
        layout=layout,
        rotation=rotation,
        crop=None,
    )


def rich_document(photos: dict[str, Path]) -> IRDocument:
    """Every part of an article: kicker to related links, four figures in three layouts."""
    blocks = (
        IRParagraph(
            (
                Span("Những ngày cuối tháng 12, làng gốm "),
                Span("Đông Xá", bold=True),
                Span(" rộn tiếng máy nhào đất. Theo "),
                Span("báo cáo", italic=True, link="https://example.vn/bao-cao"),
                Span(" của xã, làng có hơn 200 hộ làm gốm."),
            )
        ),
        figure(
            1,
            photos["landscape"],
            caption="Khói bốc lên từ các lò nung vào sáng sớm.",
            credit="Vân Anh",
            alt="Khói trắng bốc lên trên mái các lò gốm",
        ),
        IRHeading("Mùa hàng Tết"),
        IRParagraph(
            (
                Span(
                    "Ông Nguyễn Văn Khải, 68 tuổi, người đã gắn bó với nghề hơn nửa thế kỷ, cho biết đất "
                    "làm gốm của làng được lấy từ các bãi phù sa."
                ),
            )
        ),
        figure(
            2,
            photos["sideways"],
            caption="Thợ chuyển đất sét đã ủ ba tháng vào máy nhào.",
            credit="Vân Anh",
            layout=Layout.RIGHT,
        ),
        IRQuote((Span("“Đất có ngấu thì gốm mới dẻo, lên hình mới không nứt”, ông nói."),)),
        IRParagraph(
            (
                Span(
                    "Trong xưởng nhỏ của gia đình chị Lê Thu Hường, bốn bàn xoay chạy liên tục từ 6 giờ "
                    "sáng. Những khối đất nâu sẫm dưới đôi tay khéo léo thành hình bình hoa, chậu cảnh."
                ),
            )
        ),
        figure(3, photos["png"], caption="Biểu trưng của hợp tác xã gốm.", credit="", layout=Layout.LEFT),
        IRParagraph((Span("Chị Hường kể, năm nay đơn hàng tăng khoảng 30% so với cùng kỳ."),)),
        figure(4, photos["tall"], caption="Lò nung cổ nhất làng, xây từ năm 1962.", credit="Ngọc Thành/TTXVN"),
        IRParagraph((Span("Sau khi tạo hình, sản phẩm được phơi trong bóng râm từ năm đến bảy ngày."),)),
    )
    return IRDocument(
        lang="vi",
        title="Làng gốm bên sông vào mùa lò Tết",
        kicker="Phóng sự ảnh",
        sapo=("Những ngày cuối năm, làng gốm Đông Xá ven sông Hồng đỏ lửa suốt đêm."),
        dateline_text="Thứ Bảy, 19/12/2020, 16:25 [GMT+7]",
        published=PUBLISHED,
        location="Hà Nội",
        blocks=blocks,
        byline_top=IRByline(()),
        byline_end=IRByline(("Vân Anh", "Ngọc Thành")),
        author_names=("Vân Anh", "Ngọc Thành"),
        source_line="Theo TTXVN",
        related_heading="Tin liên quan",
        related=(
            ("Gốm Bát Tràng vào mùa cao điểm", "https://example.vn/gom-bat-trang"),
            ("Nghề gốm và chuyện giữ lửa", "https://example.vn/giu-lua?a=1&b=2"),
        ),
        keywords=("gốm", "làng nghề", "Tết"),
        description="Những ngày cuối năm, làng gốm Đông Xá đỏ lửa.",
        slug="lang-gom-ben-song-vao-mua-lo-tet",
    )


def with_blocks(doc: IRDocument, blocks: tuple) -> IRDocument:
    return replace(doc, blocks=blocks)


def part(docx_path: Path, name: str) -> bytes:
    with zipfile.ZipFile(docx_path) as package:
        return package.read(name)


def media(docx_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(docx_path) as package:
        return {n: package.read(n) for n in package.namelist() if n.startswith("word/media/")}


def open_media(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def run_export(doc: IRDocument, out: Path, **options: object) -> list:
    from editor.export.docx import export_docx
    from editor.export.options import DocxOptions

    return list(export_docx(doc, out, DocxOptions(**options)))  # type: ignore[arg-type]
