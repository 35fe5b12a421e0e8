"""VIETNAMESE.md § Unicode (NFC, tone-mark placement) and § Words (quotation marks): hygiene commands."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.text.counts import count_chu
from editor.text.hygiene import HygieneOptions, collapse_spaces, smart_quotes, tidy
from editor.text.normalize import clean_input, has_xml_illegal, nfc, strip_xml_illegal
from editor.text.profile import default_profile
from editor.text.slug import slugify_vi
from editor.text.tone import convert_tone_style, tone_style_of

TITLE = "Sức lan tỏa ở Uông Bí"
NEVER_CHANGE = ("hoàng", "hoạch", "quý", "thuyền", "khuỷu", "thuở", "giữa")


def unikey_composite(text: str) -> str:
    """UniKey's "Unicode tổ hợp": precomposed â/ơ/ư… plus a combining tone (neither NFC nor NFD)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in nfc(text):
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in d if m in tones)
        rest = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
        out.append(rest + tone)
    return "".join(out)


# -- NFC at every boundary -----------------------------------------------------------------------------------
def test_rule_nfc_repairs_nfd_and_unikey_composite_form() -> None:
    nfd = unicodedata.normalize("NFD", TITLE)
    composite = unikey_composite(TITLE)
    assert composite != TITLE and composite != nfd  # the third form really is a third form
    assert nfc(nfd) == nfc(composite) == TITLE
    assert clean_input(composite) == TITLE


def test_rule_nfd_input_counts_slugs_captions_and_tone_conversion_like_nfc() -> None:
    nfd = unicodedata.normalize("NFD", TITLE)
    composite = unikey_composite(TITLE)
    for variant in (nfd, composite):
        assert count_chu(variant) == 6
        assert slugify_vi(variant) == "suc-lan-toa-o-uong-bi"
        assert default_profile().caption_text(variant, "Vân Anh").encode() == (TITLE + ". Ảnh: Vân Anh").encode()
        assert convert_tone_style(variant, "new") == "Sức lan toả ở Uông Bí"
        assert tidy(variant, HygieneOptions(quotes=False, spaces=False)) == TITLE


def test_xml_illegal_characters_stripped_or_detected() -> None:
    assert has_xml_illegal("a\x00b\x0bc")
    assert strip_xml_illegal("a\x00b\x0bc\ud800d\tе\n") == "abcd\tе\n"
    assert clean_input("Ti\x07ếng Việt") == "Tiếng Việt"


# -- tone-mark placement -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hòa", "hoà"),
        ("khỏe", "khoẻ"),
        ("thủy", "thuỷ"),
        ("tỏa", "toả"),
        ("hóa", "hoá"),
        ("xòe", "xoè"),
        ("hủy", "huỷ"),
        ("Hòa", "Hoà"),
        ("HÒA", "HOÀ"),
        ("KHỎE", "KHOẺ"),
        ("Thủy", "Thuỷ"),
        ("THỦY", "THUỶ"),
        ("òa", "oà"),
        ("Tỏa", "Toả"),
    ],
)
def test_rule_tone_only_syllable_final_oa_oe_uy_differ_both_directions(old: str, new: str) -> None:
    assert convert_tone_style(old, "new") == new
    assert convert_tone_style(new, "old") == old
    assert convert_tone_style(old, "old") == old and convert_tone_style(new, "new") == new


@pytest.mark.parametrize("word", [f(w) for w in NEVER_CHANGE for f in (str.lower, str.upper, str.title)])
def test_rule_tone_converter_leaves_hoang_hoach_quy_thuyen_khuyu_thuo_giua_alone(word: str) -> None:
    assert convert_tone_style(word, "new") == word
    assert convert_tone_style(word, "old") == word


@pytest.mark.parametrize("word", ["quỳ", "Quý", "QUÝ", "khuya", "ngoẹo", "xoáy", "hoài", "thoại", "quạ", "quà"])
def test_rule_tone_not_after_q_and_not_before_another_letter(word: str) -> None:
    assert convert_tone_style(word, "new") == word
    assert convert_tone_style(word, "old") == word


def test_rule_tone_conversion_in_running_text_touches_only_those_syllables() -> None:
    old = "Hòa bình, khỏe mạnh: Thủy lợi “HÒA HỢP” ở Quảng Ninh, quý hoàng thuyền khuỷu thuở giữa."
    new = "Hoà bình, khoẻ mạnh: Thuỷ lợi “HOÀ HỢP” ở Quảng Ninh, quý hoàng thuyền khuỷu thuở giữa."
    assert convert_tone_style(old, "new") == new
    assert convert_tone_style(new, "old") == old
    assert tone_style_of(old) == "old" and tone_style_of(new) == "new" and tone_style_of("Quảng Ninh") is None


def test_rule_tone_style_applied_only_on_command() -> None:
    assert tidy("Hòa bình") == "Hòa bình"  # the default clean-up leaves tone marks where they are
    assert tidy("Hòa bình", HygieneOptions(tone_style="new")) == "Hoà bình"
    with pytest.raises(ValueError):
        convert_tone_style("hòa", "modern")  # type: ignore[arg-type]


@given(st.text(alphabet="hoaeuyqktHOAUYòóỏõọàáảãạèéẻẽẹùúủũụỳýỷỹỵÒÀ \n.,", max_size=40))
def test_tone_round_trip_is_stable(text: str) -> None:
    new = convert_tone_style(text, "new")
    assert convert_tone_style(convert_tone_style(new, "old"), "new") == new
    assert len(new) == len(nfc(text))


# -- quotes and spaces ---------------------------------------------------------------------------------------
def test_rule_quotation_marks_double_outside_single_nested() -> None:
    assert smart_quotes("\"Ông nói: 'Chào'.\"") == "“Ông nói: ‘Chào’.”"
    assert smart_quotes('Anh ấy hỏi "vì sao?" rồi đi.') == "Anh ấy hỏi “vì sao?” rồi đi."
    assert smart_quotes("('Bài 1')") == "(‘Bài 1’)"


def test_smart_quotes_apostrophes_inside_words() -> None:
    assert smart_quotes("rock'n'roll và O'Brien") == "rock’n’roll và O’Brien"
    assert smart_quotes("các cầu thủ' giày") == "các cầu thủ’ giày"


def test_collapse_double_spaces_keeps_line_breaks() -> None:
    assert collapse_spaces("Sức  lan   tỏa\n\nở  Uông Bí") == "Sức lan tỏa\n\nở Uông Bí"
    assert collapse_spaces("a\u00a0\u00a0b") == "a\u00a0b"
    assert collapse_spaces("a\t\tb") == "a\t\tb"


def test_tidy_runs_every_fix() -> None:
    text = unicodedata.normalize("NFD", 'Ông nói:  "Hòa  bình".\x00')
    assert tidy(text) == "Ông nói: “Hòa bình”."
    assert tidy(text, HygieneOptions(quotes=False, spaces=False, tone_style="new")) == 'Ông nói:  "Hoà  bình".'
