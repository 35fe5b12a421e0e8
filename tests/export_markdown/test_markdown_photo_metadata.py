"""The Markdown export's photos carry the caption, credit, creator and copyright, as the HTML renditions do: read
back by exiftool and by PHP's iptcparse (what WordPress uses), never by our own reader."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image

from editor.export.api import export
from editor.model import Article, Dateline, Figure, article_to_data
from editor.model.rights import Rights
from editor.storage.documents import open_article
from tests.support.photo_meta import exiftool_json, iptcparse

CAPTION = "Người dân Đông Xá phơi gốm trước sân nhà"
CREDIT = "Dương Giang/TTXVN"
CREATOR = "Dương Giang"
COPYRIGHT = "© Thông tấn xã Việt Nam"


def _article(folder: Path) -> Path:
    (folder / "images").mkdir()
    Image.new("RGB", (1200, 800), (150, 110, 70)).save(folder / "images" / "gom.jpg", quality=90)
    taken = datetime(2020, 12, 19, 8, 30, tzinfo=timezone(timedelta(hours=7)))
    figure = Figure("images/gom.jpg", caption=CAPTION, credit=CREDIT, alt="Những chiếc bình gốm xếp hàng",
                    rights=Rights(creator=CREATOR, copyright=COPYRIGHT, taken=taken))  # fmt: skip
    article = Article(title="Làng gốm Đông Xá", dateline=Dateline(taken + timedelta(days=1)), body=(figure,))
    source = folder / "article.json"
    source.write_text(json.dumps(article_to_data(article), ensure_ascii=False), encoding="utf-8")
    return source


def test_markdown_photos_carry_caption_credit_creator_and_copyright(tmp_path: Path) -> None:
    out = tmp_path / "out" / "bai.md"
    out.parent.mkdir()
    for _step in export(open_article(_article(tmp_path)), out):
        pass
    (photo,) = sorted((out.parent / "bai_md_files").glob("*.jpg"))
    (tags,) = exiftool_json(photo)
    caption = CAPTION  # the caption as written (the printed full stop belongs to the page)
    assert tags["IPTC:Caption-Abstract"] == caption and tags["XMP-dc:Description"] == caption
    assert tags["IPTC:Credit"] == CREDIT and tags["XMP-photoshop:Credit"] == CREDIT
    assert tags["IPTC:By-line"] == CREATOR and tags["XMP-dc:Creator"] in (CREATOR, [CREATOR])
    assert tags["IPTC:CopyrightNotice"] == COPYRIGHT and tags["XMP-dc:Rights"] == COPYRIGHT
    assert tags["XMP-photoshop:DateCreated"] == "2020:12:19 08:30:00+07:00"
    leaked = [k for k in tags if "GPS" in k or "Serial" in k or k.startswith(("ExifIFD:", "IFD0:"))]
    assert not leaked, leaked  # still a web rendition: no camera EXIF
    iptc = iptcparse(photo)
    assert iptc["2#120"] == [caption] and iptc["2#110"] == [CREDIT]
    assert iptc["2#080"] == [CREATOR] and iptc["2#116"] == [COPYRIGHT]
    assert f"![Những chiếc bình gốm xếp hàng](<bai_md_files/{photo.name}>" in out.read_text(encoding="utf-8")


def test_markdown_and_html_side_by_side_keep_their_own_photos(tmp_path: Path) -> None:
    """bai.html then bai.md in one folder: each page's photos stay (the Markdown used to replace bai_files/)."""
    from editor.export.destination import outputs

    source = _article(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    for target in (out / "bai.html", out / "bai.md", out / "bai.html"):
        for _step in export(open_article(source), target):
            pass
    html = (out / "bai.html").read_text(encoding="utf-8")
    markdown = (out / "bai.md").read_text(encoding="utf-8")
    html_photos = sorted(p.name for p in (out / "bai_files").iterdir())
    md_photos = sorted(p.name for p in (out / "bai_md_files").iterdir())
    assert len(html_photos) >= 2 and len(md_photos) == 1
    assert all(f"bai_files/{name}" in html for name in html_photos)
    assert f"bai_md_files/{md_photos[0]}" in markdown
    assert outputs(out / "bai.md") == [out / "bai.md", out / "bai_md_files"]  # the export dialog asks about both
