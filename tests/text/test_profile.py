"""Outlet profiles: loading, validation errors naming file and key, caption/credit segments."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from editor.errors import InputError
from editor.text.dateline import DatelineStyle
from editor.text.profile import (
    DEFAULT_PROFILE,
    PROFILE_DIR,
    OutletProfile,
    dateline_presets,
    default_profile,
    list_profiles,
    load_profile,
)

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages

PRESETS = (
    "bao-quang-ninh",
    "vnexpress",
    "tuoi-tre",
    "thanh-nien",
    "dan-tri",
    "vietnamnet",
    "bao-tin-tuc",
    "dan-viet",
)
CAPTION = "Lãnh đạo phường trao quà cho các hộ nghèo trên địa bàn phường"


def write(tmp_path: Path, data: object, name: str = "toa-soan.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_rule_presets_are_data_files_not_code() -> None:
    for name in (*PRESETS, "mau-tuy-chinh"):
        assert (PROFILE_DIR / f"{name}.json").is_file()
        json.loads((PROFILE_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert list_profiles()[0] == DEFAULT_PROFILE
    assert set(PRESETS) <= set(list_profiles())
    assert set(dateline_presets()) == set(list_profiles())


def test_default_profile_is_bao_quang_ninh_house_style() -> None:
    profile = default_profile()
    assert profile == load_profile("bao-quang-ninh")
    assert profile.name == "bao-quang-ninh" and profile.display_name == "Báo Quảng Ninh"
    assert profile.byline_position == "end" and profile.byline_bold
    assert profile.caption_template == "{caption} Ảnh: {credit}"
    assert profile.tone_style == "old"
    assert profile.docx_font == "Times New Roman" and profile.docx_font_size == 13.0
    assert profile.dateline == DatelineStyle()  # the built-in defaults are the same house style
    assert profile.source == PROFILE_DIR / "bao-quang-ninh.json"


def test_rule_docx_font_times_new_roman_13_or_14_pt() -> None:
    assert OutletProfile().docx_font_size == 13.0
    assert load_profile("mau-tuy-chinh").docx_font_size == 14.0
    assert all(load_profile(n).docx_font == "Times New Roman" for n in list_profiles())


def test_display_names_are_vietnamese_and_every_profile_is_complete() -> None:
    names = {n: load_profile(n).display_name for n in list_profiles()}
    assert names["tuoi-tre"] == "Báo Tuổi Trẻ"
    assert names["bao-tin-tuc"] == "Báo Tin tức (TTXVN)"
    for name in list_profiles():
        profile = load_profile(name)
        assert unicodedata.is_normalized("NFC", profile.display_name)
        assert profile.html_template and profile.title_word_limit >= 1


def test_load_by_path_and_newsroom_folder(tmp_path: Path) -> None:
    data = json.loads((PROFILE_DIR / "vnexpress.json").read_text(encoding="utf-8"))
    data["display_name"] = "Báo Hạ Long"
    path = write(tmp_path, data, "bao-ha-long.json")
    assert load_profile(path).display_name == "Báo Hạ Long"
    assert load_profile(str(path)).name == "bao-ha-long"
    assert load_profile("bao-ha-long", extra_dirs=[tmp_path]).display_name == "Báo Hạ Long"
    assert "bao-ha-long" in list_profiles([tmp_path])


def test_partial_profile_takes_defaults(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, {"display_name": "Báo X", "docx": {"font_size": 14}}))
    assert profile.docx_font_size == 14.0
    assert profile.caption_template == OutletProfile().caption_template


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        ({"colour": "red"}, "colour", "unknown key"),
        ({"caption": {"templat": "{caption}"}}, "caption.templat", "unknown key"),
        ({"dateline": {"zone_text": "[GMT+7]"}}, "dateline.zone_text", "unknown key"),
        ({"byline": {"bold": "yes"}}, "byline.bold", "expected true or false"),
        ({"docx": {"font_size": "13"}}, "docx.font_size", "expected a number"),
        ({"docx": {"font_size": 300}}, "docx.font_size", "between 6 and 72"),
        ({"checks": {"title_word_limit": 12.5}}, "checks.title_word_limit", "expected a whole number"),
        ({"dateline": {"pad_day": 1}}, "dateline.pad_day", "expected true or false"),
        ({"dateline": "Thứ Bảy"}, "dateline", "expected an object"),
        ({"dateline": {"template": "{weekday} {giay}"}}, "dateline.template", "unknown placeholder"),
        ({"dateline": {"zone": "square"}}, "dateline.zone", "not one of"),
        ({"caption": {"template": "{caption} Ảnh: {author}"}}, "caption.template", "unknown placeholder"),
        ({"caption": {"template": "{caption} Ảnh:"}}, "caption.template", "must hold"),
        ({"caption": {"template": "Ảnh: {credit} {caption}"}}, "caption.template", "before the credit"),
        ({"caption": {"template": "{caption:>10} {credit}"}}, "caption.template", "no format spec"),
        ({"caption": {"template": "{caption} {credit"}}, "caption.template", "broken template"),
        ({"tone_style": "mixed"}, "tone_style", "not one of"),
        ({"byline": {"position": "middle"}}, "byline.position", "not one of"),
        ({"preset_credits": ["Ảnh minh họa", 3]}, "preset_credits[1]", "expected text"),
        ({"words": {"related": 3}}, "words.related", "expected text"),
        ({"words": {"relatd": "Xem thêm"}}, "words.relatd", "unknown key"),
        ({"words": {"untitled": "  "}}, "words.untitled", "cannot be empty"),
        ({"words": {"photo": "Hình ảnh"}}, "words.photo", "single word"),
        ({"words": "Ảnh"}, "words", "expected an object"),
        ({"description": 3}, "description", "expected text"),
        ({"sources": "https://vnexpress.net/a.html"}, "sources", "expected a list"),
        ({"sources": [3]}, "sources[0]", "expected text"),
        ({"sources": ["vnexpress.net/a.html"]}, "sources[0]", "not the address of a web page"),
        ({"sources": ["https://vnexpress.net/a b.html"]}, "sources[0]", "not the address of a web page"),
        ({"byline": {"separator": 1}}, "byline.separator", "expected text"),
    ],
)
def test_invalid_profile_raises_input_error_naming_file_and_key(
    tmp_path: Path, data: dict, where: str, words: str
) -> None:
    path = write(tmp_path, data)
    with pytest.raises(InputError) as err:
        load_profile(path)
    assert err.value.source == str(path)
    assert err.value.where == where
    assert words in err.value.problem
    assert str(path) in str(err.value) and where in str(err.value)


def test_bad_json_and_missing_files_are_input_errors(tmp_path: Path) -> None:
    path = write(tmp_path, '{"display_name": "Báo X",}')
    with pytest.raises(InputError, match="not valid JSON") as err:
        load_profile(path)
    assert err.value.source == str(path)
    with pytest.raises(InputError, match="a JSON object"):
        load_profile(write(tmp_path, "[1, 2]", "list.json"))
    with pytest.raises(InputError, match="not found"):
        load_profile(tmp_path / "missing.json")
    with pytest.raises(InputError, match="no outlet profile"):
        load_profile("bao-khong-co")


# -- captions and credits ------------------------------------------------------------------------------------
def test_rule_caption_credit_bao_quang_ninh_form() -> None:
    profile = default_profile()
    assert profile.caption_parts(CAPTION, "Vân Anh") == [(CAPTION + ". ", False), ("Ảnh: Vân Anh", True)]
    assert profile.caption_text(CAPTION, "Vân Anh") == CAPTION + ". Ảnh: Vân Anh"


@pytest.mark.parametrize(
    ("caption", "text"),
    [
        (CAPTION + ".", CAPTION + ". Ảnh: Vân Anh"),  # never ".."
        (CAPTION + "…", CAPTION + "… Ảnh: Vân Anh"),
        (CAPTION + "...", CAPTION + "... Ảnh: Vân Anh"),
        ("Ai đã về?", "Ai đã về? Ảnh: Vân Anh"),
        ("Bà nói: “Cảm ơn.”", "Bà nói: “Cảm ơn.” Ảnh: Vân Anh"),
        ("Mô hình “xã đẹp”", "Mô hình “xã đẹp”. Ảnh: Vân Anh"),  # the period goes after the quote
        ("  Trao   quà  ", "Trao quà. Ảnh: Vân Anh"),
    ],
)
def test_caption_final_period_added_once(caption: str, text: str) -> None:
    assert default_profile().caption_text(caption, "Vân Anh") == text


def test_caption_without_credit_has_no_dangling_label() -> None:
    profile = default_profile()
    assert profile.caption_parts(CAPTION, "") == [(CAPTION + ".", False)]
    assert profile.caption_parts(CAPTION, None) == [(CAPTION + ".", False)]
    assert "Ảnh" not in profile.caption_text(CAPTION, "   ")


def test_credit_without_caption_and_neither() -> None:
    profile = default_profile()
    assert profile.caption_parts("", "Vân Anh") == [("Ảnh: Vân Anh", True)]
    assert profile.caption_parts(None, None) == []
    assert profile.caption_text("", "") == ""
    assert load_profile("bao-tin-tuc").caption_parts("", "Dương Giang/TTXVN") == [("Ảnh: Dương Giang/TTXVN", True)]


def test_credit_typed_with_its_label_is_not_doubled() -> None:
    assert default_profile().caption_text("Trao quà", "Ảnh: Vân Anh") == "Trao quà. Ảnh: Vân Anh"
    assert default_profile().caption_text("Trao quà", "ảnh: Vân Anh") == "Trao quà. Ảnh: Vân Anh"


def test_rule_caption_credit_dash_form_upper_cased_credit() -> None:
    profile = load_profile("tuoi-tre")
    parts = profile.caption_parts("Người dân làm thủ tục tại bộ phận một cửa.", "Bảo Phú")
    assert parts == [("Người dân làm thủ tục tại bộ phận một cửa - ", False), ("Ảnh: BẢO PHÚ", True)]


def test_rule_caption_credit_parenthesised_agency_form() -> None:
    # Dân trí writes the credit in parentheses with the full stop after them (see tests/text/test_profile_pages.py);
    # Báo Tin tức, which this test used to take, prints "…. Ảnh: X/TTXVN" on its pages.
    profile = load_profile("dan-tri")
    parts = profile.caption_parts("Quang cảnh hội nghị", "Dương Giang/TTXVN")
    assert parts == [("Quang cảnh hội nghị (", False), ("Ảnh: Dương Giang/TTXVN", True), (").", False)]
    assert profile.caption_text("Quang cảnh hội nghị.", "Dương Giang/TTXVN") == (
        "Quang cảnh hội nghị (Ảnh: Dương Giang/TTXVN)."
    )
    assert load_profile("bao-tin-tuc").caption_text("Quang cảnh hội nghị", "Dương Giang/TTXVN") == (
        "Quang cảnh hội nghị. Ảnh: Dương Giang/TTXVN"
    )


def test_rule_caption_credit_on_its_own_line_in_capitals() -> None:
    profile = load_profile("mau-tuy-chinh")
    assert profile.caption_parts("Trao quà.", "Vân Anh") == [("Trao quà.\n", False), ("VÂN ANH", True)]
    assert profile.caption_text("Trao quà", "Vân Anh") == "Trao quà\nVÂN ANH"


def test_rule_anh_minh_hoa_is_a_preset_credit() -> None:
    profile = default_profile()
    assert "Ảnh minh họa" in profile.preset_credits
    assert profile.caption_text("Trồng cây xanh", "Ảnh minh họa") == "Trồng cây xanh. Ảnh minh họa"
    assert profile.caption_parts("", "Ảnh tư liệu") == [("Ảnh tư liệu", True)]
    assert load_profile("tuoi-tre").caption_text("Trồng cây", "Ảnh minh họa") == "Trồng cây - ẢNH MINH HỌA"


def test_caption_parts_nfd_input_gives_nfc_segments() -> None:
    nfd = unicodedata.normalize("NFD", CAPTION)
    assert default_profile().caption_parts(
        nfd, unicodedata.normalize("NFD", "Vân Anh")
    ) == default_profile().caption_parts(CAPTION, "Vân Anh")


def test_profile_is_frozen_and_hashable() -> None:
    profile = default_profile()
    with pytest.raises(AttributeError):
        profile.docx_font = "Arial"  # type: ignore[misc]
    assert hash(profile) == hash(load_profile("bao-quang-ninh"))


def test_document_words_have_vietnamese_defaults_and_follow_the_profile(tmp_path: Path) -> None:
    words = OutletProfile().words
    assert (words.photo, words.related, words.untitled) == ("Ảnh", "Tin liên quan", "Bài viết")
    profile = load_profile(write(tmp_path, {"words": {"related": "Xem thêm", "photo": "Hình"}}))
    assert (profile.words.related, profile.words.photo, profile.words.untitled) == ("Xem thêm", "Hình", "Bài viết")


# -- byline, description, sources ----------------------------------------------------------------------------
def test_byline_separator_puts_several_authors_on_one_line(tmp_path: Path) -> None:
    assert default_profile().byline_lines(["Thu Chung", " ", "Vân Anh "]) == ("Thu Chung", "Vân Anh")
    assert load_profile("vnexpress").byline_lines(["Huy Mạnh", "Lộc Chung"]) == ("Huy Mạnh - Lộc Chung",)
    assert load_profile("vnexpress").byline_lines([]) == ()
    joined = load_profile(write(tmp_path, {"byline": {"separator": " và "}}))
    assert joined.byline_lines([unicodedata.normalize("NFD", "Hải Nam"), "Lương Kết"]) == ("Hải Nam và Lương Kết",)


def test_description_and_sources_are_read_and_do_not_change_what_prints(tmp_path: Path) -> None:
    data = {"description": "Báo X, đã đối chiếu", "sources": [" https://baox.vn/bai-1.html ", "http://baox.vn/2"]}
    profile = load_profile(write(tmp_path, data))
    assert profile.description == "Báo X, đã đối chiếu"
    assert profile.sources == ("https://baox.vn/bai-1.html", "http://baox.vn/2")
    assert profile == OutletProfile(name="toa-soan")  # metadata only: the profile prints like the defaults
