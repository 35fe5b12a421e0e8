"""Issue 17 item 1: findings name their place as the reporter counts it, and the new photo findings (a small photo
stretched to the column, a caption far too long, a credit printed twice-labelled, a photo that cannot be shown) fire
on real Pillow files and stay quiet on good ones."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from editor.checks.figures import CAPTION_WORD_LIMIT, leading_labels, one_label, printed_credit
from editor.checks.findings import Location
from editor.checks.fixes import apply_finding_fix
from editor.checks.photo_files import MIN_PRINT_PPI, print_geometry, printed_ppi
from editor.checks.rules import CheckContext, run_checks
from editor.media.info import image_info
from editor.model import Article, Author, Figure, Layout, Paragraph
from editor.storage.documents import FolderPhotos
from editor.text.profile import default_profile, load_profile

CAPTION = "Người dân nhận quà tại nhà văn hóa phường Thanh Sơn sáng 19/12."


def _photo(path: Path, size: tuple[int, int]) -> Path:
    image = Image.new("RGB", size, (40, 90, 160))
    for x in range(0, size[0], max(1, size[0] // 10)):  # stripes, so two sizes are not near-duplicates of a flat
        image.paste((220, 180, 40), (x, 0, x + max(1, size[0] // 20), size[1]))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    path.write_bytes(buffer.getvalue())
    return path


def _figure(name: str, **changes: object) -> Figure:
    base = Figure(name, caption=CAPTION, credit="Vân Anh", alt="Hai người trao túi quà trước cửa nhà văn hóa.")
    return replace(base, **changes)  # type: ignore[arg-type]


def _article(*blocks: object) -> Article:
    return Article(title="Tít", sapo="Sapo.", body=tuple(blocks), authors=(Author("Thu Chung"),))  # type: ignore


def _findings(article: Article, folder: Path | None = None, profile: object = None) -> list:  # type: ignore[type-arg]
    photos = FolderPhotos(folder) if folder is not None else None
    return run_checks(CheckContext(article, profile or default_profile(), photos=photos))  # type: ignore[arg-type]


def test_places_count_photos_and_paragraphs_as_the_reporter_sees_them() -> None:
    article = _article(Paragraph.plain("Một."), _figure("a.jpg"), Paragraph.plain("Hai  cách."),
                       _figure("b.jpg", caption=""), _figure("c.jpg", credit=""))  # fmt: skip
    found = {f.id: f for f in _findings(article)}
    missing = found["figure.caption-missing"]
    assert (missing.location.block, missing.location.number) == (3, 2)
    assert missing.line("vi") == "Ảnh 2 — chưa có chú thích."
    assert missing.line("en") == "Photo 2 — no caption."
    assert found["figure.credit-missing"].line("vi") == "Ảnh 3 — chưa ghi “Nguồn ảnh”."
    assert found["text.double-space"].place("vi") == "Đoạn 2"  # the second paragraph, whatever photos lie between
    assert found["text.double-space"].location == Location("body", 2, "text")  # what text_fields and fixes use
    assert "đoạn 7" not in " ".join(f.line("vi") for f in found.values()).casefold()


def test_a_photo_field_that_is_not_its_subject_is_named_in_the_place() -> None:
    article = _article(_figure("a.jpg", caption="Trao quà  tại Uông Bí."))
    double = next(f for f in _findings(article) if f.id == "text.double-space")
    assert double.line("vi") == "Ảnh 1 · Chú thích — có hai dấu cách liền nhau."


def test_a_small_photo_stretched_to_the_column(tmp_path: Path) -> None:
    _photo(tmp_path / "nho.jpg", (640, 427))
    _photo(tmp_path / "lon.jpg", (3000, 2000))
    article = _article(_figure("nho.jpg"), _figure("lon.jpg"), _figure("lon.jpg", crop=(0.0, 0.0, 0.2, 0.2)))
    low = [f for f in _findings(article, tmp_path) if f.id == "figure.low-resolution"]
    assert [f.location.block for f in low] == [0, 2]  # a crop keeping a fifth of 3000 px is 600 px wide
    # The house reference is A4 with 2 cm margins: 17 cm of column, so 640 px print at 640 / (17 / 2.54) ≈ 96 ppi.
    assert low[0].line("vi") == (
        "Ảnh 1 — ảnh nhỏ bị kéo giãn: 640 px in rộng 17 cm chỉ còn 96 ppi (cần từ 200 ppi), bản in sẽ nhòe."
    )
    info = image_info(tmp_path / "nho.jpg")
    ppi, cm = printed_ppi(info, _figure("nho.jpg"), print_geometry(default_profile()))
    assert round(ppi) == 96 and round(cm, 1) == 17.0
    floated, cm = printed_ppi(info, _figure("nho.jpg", layout=Layout.RIGHT), print_geometry(default_profile()))
    assert floated > ppi and round(cm, 1) == round(17 * 0.48, 1)  # half a column: the same pixels print denser


def test_the_column_comes_from_the_outlets_reference_document(tmp_path: Path) -> None:
    """A newsroom template with a narrower text area makes the same photo print denser."""
    import docx
    from docx.shared import Cm

    template = tmp_path / "hep.docx"
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.left_margin, section.right_margin = Cm(21), Cm(5.5), Cm(5.5)  # a 10 cm column
    document.save(str(template))
    profile = replace(default_profile(), reference_docx=str(template))
    info = image_info(_photo(tmp_path / "nho.jpg", (640, 427)))
    ppi, cm = printed_ppi(info, _figure("nho.jpg"), print_geometry(profile))
    assert round(cm) == 10 and round(ppi) == round(640 / (10 / 2.54))
    assert ppi < MIN_PRINT_PPI


def test_a_caption_far_too_long() -> None:
    long = " ".join(["Người dân phường Thanh Sơn nhận quà Tết tại nhà văn hóa."] * 12)  # 12 × 12 chữ
    article = _article(_figure("a.jpg", caption=long), _figure("b.jpg"))
    found = [f for f in _findings(article) if f.id == "figure.caption-too-long"]
    assert [f.location.block for f in found] == [0]
    assert found[0].line("vi").startswith(f"Ảnh 1 — chú thích dài 144 chữ (nên dưới {CAPTION_WORD_LIMIT})")
    at_limit = " ".join(["chữ"] * (CAPTION_WORD_LIMIT - 3)) + " tại Uông Bí"
    assert "figure.caption-too-long" not in {f.id for f in _findings(_article(_figure("a.jpg", caption=at_limit)))}


@pytest.mark.parametrize(
    ("profile_name", "credit", "printed", "after"),
    [
        ("chung", "Ảnh: Ảnh: Vân Anh", "Ảnh: Ảnh: Vân Anh", "Ảnh: Vân Anh"),
        ("chung", "Ảnh: Nguồn: TTXVN", "Ảnh: Nguồn: TTXVN", "Nguồn: TTXVN"),
        ("thanh-nien", "Ảnh: Ảnh: Vân Anh", "ẢNH: ẢNH: VÂN ANH", "Ảnh: Vân Anh"),
    ],
)
def test_a_credit_printed_twice_labelled_and_its_fix(profile_name: str, credit: str, printed: str, after: str) -> None:
    profile = load_profile(profile_name)
    article = _article(_figure("a.jpg", credit=credit))
    found = next(f for f in _findings(article, profile=profile) if f.id == "figure.credit-twice-labelled")
    assert found.location == Location("body", 0, "credit") and found.fix == "credit-label"
    assert f"“{printed}”" in found.message("vi")
    fixed = apply_finding_fix(article, found)
    figure = fixed.body[0]
    assert isinstance(figure, Figure) and figure.credit == after
    assert len(leading_labels(printed_credit(figure, profile))) == 1
    assert "figure.credit-twice-labelled" not in {f.id for f in _findings(fixed, profile=profile)}


def test_credits_with_one_label_are_left_alone() -> None:
    profile = default_profile()
    for credit in ("Vân Anh", "Ảnh: Vân Anh", "Nguồn: TTXVN", "Đồ họa: Minh Khang", "Ảnh minh họa"):
        article = _article(_figure("a.jpg", credit=credit))
        assert "figure.credit-twice-labelled" not in {f.id for f in _findings(article, profile=profile)}, credit
        assert one_label(credit) == credit


def test_a_photo_that_cannot_be_shown(tmp_path: Path) -> None:
    _photo(tmp_path / "tot.jpg", (2400, 1600))
    (tmp_path / "hong.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a jpeg at all")
    data = (tmp_path / "tot.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(data[: len(data) // 3])  # a copy that stopped a third of the way
    article = _article(_figure("tot.jpg"), _figure("mat.jpg"), _figure("hong.jpg"), _figure("cut.jpg"))
    found = {(f.id, f.location.block): f for f in _findings(article, tmp_path)}
    missing = found[("figure.missing", 1)]
    assert missing.severity.value == "error"
    assert missing.line("vi").startswith("Ảnh 2 — không hiển thị được: không tìm thấy tệp ảnh mat.jpg")
    assert found[("figure.unreadable", 2)].line("vi").startswith("Ảnh 3 — không hiển thị được: tệp ảnh hong.jpg")
    assert ("figure.unreadable", 3) in found
    assert not any(block == 0 for _id, block in found if _id.startswith("figure.") and _id != "figure.duplicate")


def test_photo_facts_are_read_once_per_cache(tmp_path: Path) -> None:
    _photo(tmp_path / "a.jpg", (1600, 1000))
    cache: dict = {}  # type: ignore[type-arg]
    article = _article(_figure("a.jpg"))
    run_checks(CheckContext(article, default_profile(), photos=FolderPhotos(tmp_path), infos=cache))
    assert set(cache) == {"a.jpg"}
    (tmp_path / "a.jpg").unlink()  # the app's project keeps the bytes; the cached facts stand for them
    again = run_checks(CheckContext(article, default_profile(), photos=FolderPhotos(tmp_path), infos=cache))
    assert "figure.missing" not in {f.id for f in again}


def test_a_photo_still_arriving_waits_instead_of_being_called_missing(tmp_path: Path) -> None:
    from editor.checks.rules import PhotoNotReady

    class Arriving:
        root = tmp_path

        def path(self, name: str) -> Path:
            raise PhotoNotReady(name)

    _photo(tmp_path / "nho.jpg", (640, 427))
    cache: dict = {}  # type: ignore[type-arg]
    article = _article(_figure("nho.jpg"), _figure("moi.jpg"))
    run_checks(CheckContext(_article(_figure("nho.jpg")), default_profile(), photos=FolderPhotos(tmp_path),
                            infos=cache))  # fmt: skip
    found = run_checks(CheckContext(article, default_profile(), photos=Arriving(), infos=cache))  # type: ignore
    assert [(f.id, f.location.block) for f in found if f.location.part == "image"] == [("figure.low-resolution", 0)]
