"""IR documents for the HTML writer's tests, built directly (writers never see Article) with small real photos."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image

from editor.export.ir import IRByline, IRDocument, IRFigure, IRHeading, IRParagraph, IRQuote
from editor.model.article import Layout, Span
from tests.conftest import SAMPLE_DIR

ICT = timezone(timedelta(hours=7))
PUBLISHED = datetime(2020, 12, 19, 16, 25, tzinfo=ICT)

# Everything a hostile or careless paste can hold: markup, event handlers, quotes, script and comment openers,
# RTL overrides and zero-width characters, plus characters HTML forbids (a C1 control, a non-character). It sits in
# Vietnamese prose, as in a real paste: alone, its few Latin words made the Nu checker guess another language.
HOSTILE = (
    "Người dân phường Thanh Sơn dán vào bài viết: "
    "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\" 'single' & </script><!-- -->"
    " \u202eRTL\u202c \u200f\u200b\u200d\ufeff ]]> \x85\ufffe end"
)


def write_photo(path: Path, size: tuple[int, int], colour: tuple[int, int, int], orientation: int = 1) -> Path:
    """A small JPEG with a gradient (so it compresses like a photo) and an optional EXIF orientation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    im = Image.new("RGB", size, colour)
    band = Image.linear_gradient("L").resize(size)
    im = Image.merge("RGB", [Image.blend(c, band, 0.35) for c in im.split()])
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=85, exif=exif.tobytes())
    return path


def figure(root: Path, number: int, name: str, *, layout: Layout = Layout.FULL, caption: str = "", credit: str = "",
           alt: str = "", slug: str = "") -> IRFigure:  # fmt: skip
    parts: list[tuple[str, bool]] = []
    if caption:
        parts.append((caption + (" " if credit else ""), False))
    if credit:
        parts.append(("Ảnh: " + credit, True))
    return IRFigure(
        number=number,
        image_name=f"images/{name}",
        photo_path=(root / "images" / name).resolve(),
        photo_root=root.resolve(),
        slug=slug or f"{number:02d}-anh",
        caption=caption,
        credit=credit,
        caption_parts=tuple(parts),
        alt=alt or caption or "Ảnh minh họa cho bài viết",
        layout=layout,
        rotation=0,
        crop=None,
    )


def make_photos(root: Path) -> None:
    write_photo(root / "images" / "p01.jpg", (1200, 800), (180, 90, 40))
    write_photo(root / "images" / "p02.jpg", (600, 400), (40, 120, 180), orientation=6)  # stored sideways
    write_photo(root / "images" / "p03.jpg", (2000, 1000), (60, 150, 60))


def sample_document(root: Path) -> IRDocument:
    """A realistic short article: kicker, title, dateline, sapo, paragraphs with formatting, photos of every layout."""
    make_photos(root)
    blocks = (
        IRParagraph(
            (
                Span("Sáng 19/12, tại phường Bắc Sơn, TP Uông Bí, Ủy ban MTTQ thành phố tổ chức trao "),
                Span("120 suất quà", bold=True),
                Span(" cho các hộ nghèo trên địa bàn."),
            ),
        ),
        figure(
            root,
            1,
            "p01.jpg",
            caption="Lãnh đạo thành phố trao quà cho các hộ nghèo trên địa bàn phường.",
            credit="Vân Anh",
            alt="Người dân nhận quà trong hội trường phường",
            slug="01-trao-qua-cho-ho-ngheo",
        ),
        IRHeading("Lan tỏa tinh thần tương thân tương ái"),
        IRParagraph(
            (
                Span("Theo "),
                Span("báo cáo", italic=True),
                Span(" của "),
                Span("MTTQ thành phố", link="https://example.com/mttq?a=1&b=2"),
                Span(", năm 2020 toàn thành phố đã vận động được hơn 10,3 tỷ đồng."),
            ),
        ),
        IRQuote((Span("“Mỗi phần quà là một tấm lòng của người dân Uông Bí gửi đến bà con.”"),)),
        figure(
            root,
            2,
            "p02.jpg",
            layout=Layout.RIGHT,
            caption="Một hộ nghèo nhận quà.",
            credit="Thu Chung",
            slug="02-ho-ngheo-nhan-qua",
        ),
        IRParagraph((Span("Chương trình sẽ tiếp tục được tổ chức trong dịp Tết Nguyên đán Tân Sửu 2021."),)),
        figure(root, 3, "p03.jpg", layout=Layout.WIDE, caption="Toàn cảnh buổi lễ.", slug="03-toan-canh"),
    )
    return IRDocument(
        lang="vi",
        title="Sức lan tỏa ở Uông Bí",
        kicker="Vì người nghèo",
        sapo="Những phần quà ý nghĩa đã đến tay các hộ nghèo của TP Uông Bí trước thềm năm mới…",
        dateline_text="Thứ Bảy, 19/12/2020, 16:25 [GMT+7]",
        published=PUBLISHED,
        location="Uông Bí",
        blocks=blocks,
        byline_top=IRByline(()),
        byline_end=IRByline(("Thu Chung",), bold=True, align="right"),
        author_names=("Thu Chung",),
        source_line="",
        related_heading="Tin liên quan",
        related=(
            ("Uông Bí ra quân làm sạch môi trường", "https://example.com/uong-bi-moi-truong"),
            ("Hơn 2.000 suất quà Tết cho người nghèo", "https://example.com/qua-tet"),
        ),
        keywords=("Uông Bí", "MTTQ", "hộ nghèo"),
        description="Những phần quà ý nghĩa đã đến tay các hộ nghèo của TP Uông Bí trước thềm năm mới…",
        slug="suc-lan-toa-o-uong-bi",
    )


def hostile_document(root: Path) -> IRDocument:
    """HOSTILE in every field, unsafe links that only a careless builder would let through, hostile slugs."""
    make_photos(root)
    h = HOSTILE
    blocks = (
        IRParagraph(
            (
                Span(h),
                Span(h, bold=True),
                Span(h, italic=True),
                Span(h, link="javascript:alert(1)"),
                Span(h, link="https://example.com/?q=" + h),
                Span(h, link="mailto:a@example.com"),
            ),
        ),
        IRHeading(h),
        IRQuote((Span(h, bold=True, italic=True),)),
        figure(root, 1, "p01.jpg", caption=h, credit=h, alt=h, slug="../../" + h),
        figure(root, 2, "p02.jpg", layout=Layout.LEFT, caption=h, slug=h),
    )
    return IRDocument(
        lang="vi",
        title=h,
        kicker=h,
        sapo=h,
        dateline_text=h,
        published=PUBLISHED,
        location=h,
        blocks=blocks,
        byline_top=IRByline((h,), bold=False, align='left" onclick="x'),
        byline_end=IRByline((h, h), bold=True),
        author_names=(h,),
        source_line=h,
        related_heading=h,
        related=((h, "https://example.com/" + h), (h, "javascript:alert(1)"), (h, "data:text/html,<script>")),
        keywords=(h, h),
        description=h,
        slug=h,
    )


def sample_article_document() -> IRDocument:
    """The bundled sample article (resources/sample) through build.py with the default profile."""
    from editor.export.build import build_document
    from editor.model.interchange import read_article_json
    from editor.storage.documents import FolderPhotos
    from editor.text.profile import default_profile

    path = SAMPLE_DIR / "article.json"
    return build_document(read_article_json(path), FolderPhotos(path.parent), default_profile())
