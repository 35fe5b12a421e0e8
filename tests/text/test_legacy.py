"""VIETNAMESE.md § Legacy 8-bit text: TCVN3 (ABC), VNI-Windows, VIQR; font names; the mojibake detector."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.text.legacy import (
    TCVN3_DECODE,
    VNI_ENCODE,
    MojibakeGuess,
    as_mojibake,
    decode_legacy,
    decode_tcvn3,
    decode_viqr,
    decode_vni,
    detect_mojibake,
    encode_tcvn3,
    encode_viqr,
    encode_vni,
    encoding_for_font,
)

ROUND_TRIP = (
    "thẳng",
    "Tỉnh ủy, HĐND",
    "Người dân hiến đất làm đường",
    "Thứ Bảy, 19/12/2020",
    "Báo Quảng Ninh",
    "Sức lan tỏa ở Uông Bí",
    "ĂÂÊÔƠƯĐ ăâêôơưđ quốc ngữ, khuỷu tay, giữa trưa, ỵ ỹ ý",
)
CAPITALS = ("TỈNH ỦY, HĐND", "NGƯỜI DÂN HIẾN ĐẤT LÀM ĐƯỜNG", "THẲNG", "SỨC LAN TỎA Ở UÔNG BÍ")
ALL_LETTERS = "".join(
    sorted({ch for code, ch in TCVN3_DECODE.items()} | {ch for ch in VNI_ENCODE} | {ch.upper() for ch in VNI_ENCODE})
)


# -- known byte strings --------------------------------------------------------------------------------------
def test_rule_tcvn3_known_bytes_thu_bay() -> None:
    data = encode_tcvn3("Thứ Bảy, 19/12/2020")
    assert data.startswith(bytes.fromhex("54 68 f8 20 42 b6 79 2c"))
    assert data == bytes.fromhex("54 68 f8 20 42 b6 79 2c") + b" 19/12/2020"
    assert decode_tcvn3(data) == "Thứ Bảy, 19/12/2020"


def test_rule_tcvn3_known_bytes_bao_quang_ninh() -> None:
    data = bytes.fromhex("42 b8 6f 20 51 75 b6 6e 67") + b" Ninh"
    assert decode_tcvn3(data) == "Báo Quảng Ninh"
    assert encode_tcvn3("Báo Quảng Ninh") == data


def test_rule_vni_known_bytes_thu_bay() -> None:
    data = bytes.fromhex("54 68 f6 f9 20 42 61 fb 79 2c") + b" 19/12/2020"
    assert decode_vni(data) == "Thứ Bảy, 19/12/2020"
    assert encode_vni("Thứ Bảy, 19/12/2020") == data


def test_rule_vni_known_bytes_bao_quang_ninh_base_letter_plus_mark() -> None:
    data = bytes.fromhex("42 61 f9 6f 20 51 75 61 fb 6e 67") + b" Ninh"
    assert decode_vni(data) == "Báo Quảng Ninh"
    assert encode_vni("Báo Quảng Ninh") == data


def test_rule_docx_mojibake_examples_decode() -> None:
    assert decode_tcvn3("Søc lan táa ë U«ng BÝ") == "Sức lan tỏa ở Uông Bí"
    assert decode_vni("Söùc lan toûa ôû Uoâng Bí") == "Sức lan tỏa ở Uông Bí"


def test_rule_tcvn3_u_horn_is_soft_hyphen_0xad_and_never_dropped() -> None:
    assert encode_tcvn3("ư") == b"\xad"
    assert decode_tcvn3(b"ng\xad\xeai") == "người"
    assert decode_tcvn3("Ng\u00adêi") == "Người"  # as Word shows it: a soft hyphen inside the word
    assert as_mojibake(encode_tcvn3("đường")) == "®\u00adêng"


# -- round trips ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ROUND_TRIP)
def test_round_trip_tcvn3_bytes_and_mojibake(text: str) -> None:
    data = encode_tcvn3(text)
    assert decode_tcvn3(data) == text
    assert decode_tcvn3(as_mojibake(data)) == text


@pytest.mark.parametrize("text", ROUND_TRIP + CAPITALS)
def test_round_trip_vni_bytes_and_mojibake_including_capitals(text: str) -> None:
    data = encode_vni(text)
    assert decode_vni(data) == text
    assert decode_vni(as_mojibake(data)) == text


@pytest.mark.parametrize("text", CAPITALS)
def test_rule_tcvn3_capitals_via_h_fonts_round_trip(text: str) -> None:
    data = encode_tcvn3(text, upper_font=True)
    assert decode_tcvn3(data, upper=True) == text
    assert decode_legacy(as_mojibake(data), "tcvn3-upper") == text


def test_rule_tcvn3_has_no_toned_capitals() -> None:
    with pytest.raises(ValueError, match="H font"):
        encode_tcvn3("Ủy ban")
    assert encode_tcvn3("Ủy ban", errors="replace") == b"?y ban"
    assert encode_tcvn3("HĐND ĂÂÊÔƠƯ") == b"H\xa7ND \xa1\xa2\xa3\xa4\xa5\xa6"  # untoned capitals do exist


@pytest.mark.parametrize("text", ROUND_TRIP + CAPITALS)
def test_round_trip_viqr(text: str) -> None:
    assert decode_viqr(encode_viqr(text)) == text


def test_viqr_decoding_and_escape() -> None:
    assert decode_viqr("Vie^.t Nam") == "Việt Nam"
    assert decode_viqr("DDa^'t nu+o+'c") == "Đất nước"
    assert decode_viqr("Ha\\. Long") == "Ha. Long"
    assert decode_viqr("i^") == "i^"


@given(st.text(alphabet=ALL_LETTERS.lower() + " abcdeghiklmnopqrstuvxy,.0123456789", max_size=30))
def test_every_lower_case_letter_round_trips_in_both_encodings(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text
    assert decode_vni(encode_vni(text)) == text


def test_unknown_encoding_refused() -> None:
    with pytest.raises(ValueError):
        decode_legacy("x", "vps")  # type: ignore[arg-type]


# -- font names ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", "tcvn3"),
        (".VnArial", "tcvn3"),
        (".VnTimeH", "tcvn3-upper"),
        (".VnArialH", "tcvn3-upper"),
        (".VnArial NarrowH", "tcvn3-upper"),
        (".VnCentury Schoolbook", "tcvn3"),
        ("VNI-Times", "vni"),
        ("VNI-Helve", "vni"),
        ("vni-aptima", "vni"),
        ("Times New Roman", None),
        ("Arial", None),
        ("", None),
        (None, None),
    ],
)
def test_rule_encoding_decided_from_font_name(font: str | None, encoding: str | None) -> None:
    assert encoding_for_font(font) == encoding


def test_rule_h_font_runs_decode_to_upper_case() -> None:
    mojibake = as_mojibake(encode_tcvn3("sức lan tỏa"))
    assert decode_legacy(mojibake, encoding_for_font(".VnTimeH")) == "SỨC LAN TỎA"


# -- detector ------------------------------------------------------------------------------------------------
PARAGRAPH = "Người dân hiến đất làm đường, cùng chung tay xây dựng nông thôn mới ở Quảng Ninh."


def test_detector_flags_tcvn3_mojibake() -> None:
    guess = detect_mojibake(as_mojibake(encode_tcvn3(PARAGRAPH)))
    assert isinstance(guess, MojibakeGuess)
    assert guess.encoding == "tcvn3" and guess.confidence > 0.8
    assert guess.decoded == PARAGRAPH
    assert detect_mojibake("Søc lan táa ë U«ng BÝ").encoding == "tcvn3"


def test_detector_flags_vni_mojibake() -> None:
    guess = detect_mojibake(as_mojibake(encode_vni(PARAGRAPH)))
    assert guess is not None and guess.encoding == "vni" and guess.confidence > 0.8
    assert guess.decoded == PARAGRAPH
    assert detect_mojibake("Söùc lan toûa ôû Uoâng Bí").encoding == "vni"


def test_detector_flags_viqr() -> None:
    guess = detect_mojibake(encode_viqr(PARAGRAPH))
    assert guess is not None and guess.encoding == "viqr"


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPH,
        "Sức lan tỏa ở Uông Bí",
        "Bà có ý gì? Cá kho, cà pháo, bí đỏ, cô giáo, ông bà.",
        "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]",
        "The quick brown fox jumps over the lazy dog. Isn't it? Go on, Mr. O'Brien.",
        "Breaking: the café served crème brûlée in São Paulo and Zürich; naïve façade, señor.",
        "HĐND, UBND, MTTQ, GD&ĐT, TTHC — 10,3% — 1.234,5 tỷ đồng.",
        "Cô có cá, bà có bò, chú có gà, mẹ có áo, bé có kẹo.",  # only Latin-1 letters, all valid both ways
        "Nguyen Van A and Tran Thi B met in Ha Noi on Monday.",
        "Hélène Müller, José Núñez and Søren Kierkegaard visited Zürich and Malmö.",
        "Le président a déclaré que la réunion était très importante pour l'économie.",
        "El niño comió una manzana en la mañana, ¿verdad? ¡Sí!",
        "Go. Me. So? Do. No? Ha. La. Ma. Ba? Ca. Da? Ta. Va. Xa.",  # VIQR-looking tone marks on English words
        "",
        "Søc",  # one word: too short to guess (the font name decides)
    ],
)
def test_detector_leaves_ordinary_vietnamese_and_english_alone(text: str) -> None:
    assert detect_mojibake(text) is None
