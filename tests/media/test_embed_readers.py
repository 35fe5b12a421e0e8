"""Rights and captions travel with the photo: a photo with full IPTC/XMP (written by exiftool, not by us) is read on
import, exported to DOCX, HTML and the bundle, and exiftool, PHP's iptcparse and Pillow read every field back."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from editor.export.api import export
from editor.export.options import DocxOptions
from editor.media.metadata import read_metadata, rights_from_metadata
from editor.model import Article, Dateline, Figure, article_to_data
from editor.model.rights import DigitalSourceType
from editor.storage.documents import open_article
from tests.support.external import require_tool
from tests.support.photo_meta import exiftool_json, iptcparse

pytestmark = pytest.mark.timeout(240)

CAPTION = "Khói bốc lên từ các lò nung ở làng gốm Đông Xá <sáng sớm> & “mù sương”"
ALT = "Người thợ nặn bình gốm bên bàn xoay"
CREATOR = "Nguyễn Thị Vân Anh"
CREDIT = "TTXVN"
COPYRIGHT = "© Thông tấn xã Việt Nam 2020"
TERMS = "Chỉ dùng cho bài này; không bán lại"
WEB = "https://example.org/giay-phep?anh=1&kho=2"
DST = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
LABEL = "Ảnh minh họa do AI tạo ra"


def _source_photo(folder: Path) -> Path:
    """A camera-like JPEG with full IPTC/XMP, GPS and a camera serial number, all written by exiftool."""
    tool = require_tool("exiftool")
    path = folder / "images" / "p01.jpg"
    path.parent.mkdir(parents=True)
    Image.new("RGB", (1600, 1067), (90, 120, 160)).save(path, quality=90)
    args = [
        "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8",
        f"-IPTC:Caption-Abstract={CAPTION}", f"-XMP-dc:Description={CAPTION}",
        f"-IPTC:By-line={CREATOR}", f"-XMP-dc:Creator={CREATOR}",
        f"-IPTC:Credit={CREDIT}", f"-XMP-photoshop:Credit={CREDIT}",
        f"-IPTC:CopyrightNotice={COPYRIGHT}", f"-XMP-dc:Rights={COPYRIGHT}",
        f"-XMP-xmpRights:UsageTerms={TERMS}", f"-XMP-xmpRights:WebStatement={WEB}",
        f"-XMP-iptcExt:DigitalSourceType={DST}", f"-XMP-iptcCore:AltTextAccessibility={ALT}",
        "-EXIF:DateTimeOriginal=2020:12:19 08:30:00", "-EXIF:OffsetTimeOriginal=+07:00",
        "-EXIF:SerialNumber=CAM123456", "-EXIF:GPSLatitude=21.0", "-EXIF:GPSLatitudeRef=N",
        "-EXIF:GPSLongitude=105.8", "-EXIF:GPSLongitudeRef=E",
        "-overwrite_original", str(path),
    ]  # fmt: skip
    subprocess.run([tool, *args], check=True, capture_output=True, timeout=60)
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("rights")
    photo = _source_photo(folder)
    meta = read_metadata(photo)
    rights, provenance = rights_from_metadata(meta)
    figure = Figure("images/p01.jpg", caption=meta.caption or "", credit=meta.credit or "", alt=meta.alt or "",
                    provenance=provenance, rights=rights)  # fmt: skip
    published = rights.taken.replace(year=2020, month=12, day=20) if rights.taken else None
    article = Article(title="Làng gốm Đông Xá", dateline=Dateline(published), body=(figure,))
    (folder / "article.json").write_text(json.dumps(article_to_data(article), ensure_ascii=False), encoding="utf-8")
    out = folder / "out"
    out.mkdir()
    opened = open_article(folder / "article.json")
    for _ in export(opened, out / "bai.docx", docx=DocxOptions(bundle=True)):
        pass
    for _ in export(opened, out / "bai.html"):
        pass
    media = out / "media"
    media.mkdir()
    with zipfile.ZipFile(out / "bai.docx") as docx:
        for name in docx.namelist():
            if name.startswith("word/media/"):
                (media / Path(name).name).write_bytes(docx.read(name))
    bundle = out / "bundle"
    with zipfile.ZipFile(out / "bai.zip") as z:
        z.extractall(bundle)
    return {"photo": photo, "meta": meta, "rights": rights, "provenance": provenance, "out": out,
            "docx_media": sorted(media.iterdir()), "html_media": sorted((out / "bai_files").glob("*.jpg")),
            "bundle": bundle}  # fmt: skip


def test_import_prefills_every_rights_field_with_its_source(exported) -> None:  # type: ignore[no-untyped-def]
    rights, provenance = exported["rights"], dict(exported["provenance"])
    assert (rights.creator, rights.copyright, rights.usage_terms, rights.license_url) == (
        CREATOR, COPYRIGHT, TERMS, WEB)  # fmt: skip
    assert rights.digital_source_type is DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA
    assert rights.taken is not None and rights.taken.isoformat() == "2020-12-19T08:30:00+07:00"
    assert exported["meta"].credit == CREDIT  # the credit line (agency) stays apart from the by-line (creator)
    assert provenance["creator"] == "XMP dc:creator" and provenance["copyright"] == "XMP dc:rights"
    assert provenance["digital_source_type"] == "XMP Iptc4xmpExt:DigitalSourceType"
    assert provenance["taken"].startswith("XMP photoshop:DateCreated") or "EXIF" in provenance["taken"]


def _expect_fields(tags: dict[str, object], caption: str) -> None:
    expected = {
        "XMP-dc:Description": caption,
        "IPTC:Caption-Abstract": caption,
        "XMP-iptcCore:AltTextAccessibility": ALT,
        "XMP-dc:Creator": CREATOR,
        "IPTC:By-line": CREATOR,
        "XMP-photoshop:Credit": CREDIT,
        "IPTC:Credit": CREDIT,
        "XMP-dc:Rights": COPYRIGHT,
        "IPTC:CopyrightNotice": COPYRIGHT,
        "XMP-xmpRights:UsageTerms": TERMS,
        "XMP-xmpRights:WebStatement": WEB,
        "XMP-iptcExt:DigitalSourceType": DST,
        "XMP-photoshop:DateCreated": "2020:12:19 08:30:00+07:00",
        "IPTC:DateCreated": "2020:12:19",
        "IPTC:TimeCreated": "08:30:00+07:00",
    }
    for key, value in expected.items():
        if key.startswith("IPTC:") and tags.get("File:FileType") == "XMP":
            continue
        found = tags.get(key)
        assert (", ".join(found) if isinstance(found, list) else str(found)) == value, (key, found)
    leaked = [k for k in tags if "GPS" in k or "Serial" in k or k.startswith(("ExifIFD:", "IFD0:"))]
    assert not leaked, leaked


def test_exiftool_shows_every_field_in_docx_media_and_html_renditions(exported) -> None:  # type: ignore
    files = [*exported["docx_media"], *exported["html_media"]]
    assert len(exported["docx_media"]) == 1 and len(exported["html_media"]) >= 2
    caption = f"{CAPTION}. {LABEL}"  # the AI label goes with the caption into the files too
    for tags in exiftool_json(*files):
        _expect_fields(tags, caption)
    for path in files:
        with Image.open(path) as im:
            im.load()  # Pillow reopens every rendition


def test_php_iptcparse_reads_caption_credit_byline_copyright(exported) -> None:  # type: ignore[no-untyped-def]
    for path in [*exported["docx_media"], *exported["html_media"]]:
        iptc = iptcparse(path)
        assert iptc["2#120"] == [f"{CAPTION}. {LABEL}"]
        assert iptc["2#110"] == [CREDIT]
        assert iptc["2#080"] == [CREATOR]
        assert iptc["2#116"] == [COPYRIGHT]


def test_bundle_keeps_originals_byte_for_byte_and_adds_one_sidecar_each(exported) -> None:  # type: ignore
    bundle: Path = exported["bundle"]
    originals = sorted(bundle.glob("*.jpg"))
    sidecars = sorted(bundle.glob("*.xmp"))
    assert len(originals) == 1 and [s.stem for s in sidecars] == [o.stem for o in originals]
    assert hashlib.sha256(originals[0].read_bytes()).digest() == hashlib.sha256(
        exported["photo"].read_bytes()).digest()  # fmt: skip
    (tags,) = exiftool_json(sidecars[0])
    assert tags["File:FileType"] == "XMP"
    _expect_fields(tags, f"{CAPTION}. {LABEL}")


def test_html_json_ld_carries_the_rights(exported) -> None:  # type: ignore[no-untyped-def]
    html = (exported["out"] / "bai.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    data = json.loads(html[start : html.index("</script>", start)])
    (image,) = data["image"]
    assert image["creator"] == {"@type": "Person", "name": CREATOR}
    assert image["creditText"] == CREDIT
    assert image["copyrightNotice"] == COPYRIGHT
    assert image["license"] == WEB
    assert image["digitalSourceType"] == "https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource"
    assert LABEL in html  # printed with the caption


def test_export_is_deterministic_with_metadata(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = exported["out"].parent / "article.json"
    again = tmp_path / "bai.docx"
    for _ in export(open_article(source), again):
        pass
    assert again.read_bytes() == (exported["out"] / "bai.docx").read_bytes()


def test_png_renditions_carry_xmp(tmp_path: Path) -> None:
    from editor.media.embed import EmbeddedMetadata
    from editor.media.renditions import Recipe, render_bytes

    buf = io.BytesIO()
    Image.new("RGBA", (40, 30), (0, 0, 0, 0)).save(buf, "PNG")
    meta = EmbeddedMetadata(caption=CAPTION, creator=CREATOR, digital_source_type=DST)
    rendition = render_bytes(buf.getvalue(), Recipe(20, fmt="png", embed=meta), source="t.png")
    (tmp_path / "t.png").write_bytes(rendition.data)
    (tags,) = exiftool_json(tmp_path / "t.png")
    assert (tags["XMP-dc:Description"], tags["XMP-dc:Creator"]) == (CAPTION, [CREATOR])
    with Image.open(tmp_path / "t.png") as im:
        im.load()
