"""VIETNAMESE.md § Words, numbers, slugs; § Datelines' Babel and tzdata facts."""

from __future__ import annotations

import importlib.util
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_datetime
from babel.numbers import format_percent

from editor.text.counts import READING_CHU_PER_MINUTE, count_chu, count_parts, reading_minutes
from editor.text.numbers import format_number_vi, format_percent_vi
from editor.text.slug import slugify_vi

VN = ZoneInfo("Asia/Ho_Chi_Minh")


# -- chữ -----------------------------------------------------------------------------------------------------
def test_rule_chu_count_is_word_count_sucs_lan_toa_o_uong_bi_is_6() -> None:
    assert count_chu("Sức lan tỏa ở Uông Bí") == 6


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("Sức lan tỏa – ở Uông Bí …", 6),  # a lone dash or ellipsis is not a word
        ("TP Hạ Long, GD&ĐT, 10,3%, 19/12/2020.", 6),
        ("“Cảm ơn!” – bà nói.", 4),
        ("Người\u00a0dân", 2),  # a no-break space separates words too
    ],
)
def test_chu_tokens_need_a_letter_or_digit(text: str, count: int) -> None:
    assert count_chu(text) == count


def test_rule_chu_count_after_nfc() -> None:
    assert count_chu(unicodedata.normalize("NFD", "Sức lan tỏa ở Uông Bí")) == 6


def test_per_part_counts_and_reading_time() -> None:
    counts = count_parts(
        title="Sức lan tỏa ở Uông Bí",
        sapo="Phong trào hiến đất làm đường lan rộng.",
        body=["Người dân hiến đất.", "Chính quyền hỗ trợ xi măng."],
        captions=["Trao quà. Ảnh: Vân Anh"],
    )
    assert (counts.title, counts.sapo, counts.body, counts.captions) == (6, 8, 10, 5)
    assert counts.total == 29
    assert counts.reading_minutes == 1
    assert reading_minutes(0) == 0
    assert reading_minutes(READING_CHU_PER_MINUTE) == 1
    assert reading_minutes(READING_CHU_PER_MINUTE + 1) == 2
    assert reading_minutes(1000, per_minute=250) == 4


# -- numbers -------------------------------------------------------------------------------------------------
def test_rule_numbers_babel_vi_thousands_dot_decimal_comma() -> None:
    assert format_number_vi(1234.5) == "1.234,5"
    assert format_number_vi(1234567) == "1.234.567"


def test_rule_percent_needs_explicit_pattern_default_rounds() -> None:
    assert format_percent(0.103, locale="vi") == "10%"  # Babel's default pattern rounds away the decimal
    assert format_percent_vi(0.103) == "10,3%"
    assert format_percent_vi(0.5) == "50%"


# -- slugs ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Sức lan tỏa ở Uông Bí", "suc-lan-toa-o-uong-bi"),
        ("Đất 10,3%", "dat-10-3"),
        ("ĐƯỜNG ĐẸP", "duong-dep"),
        ("Thu 1.234,5 tỷ đồng", "thu-1-234-5-ty-dong"),
        ("Năm 2020, rồi 2021.", "nam-2020-roi-2021"),
        ("“Hòa” & ‘khỏe’!", "hoa-khoe"),
        ("!!!", ""),
    ],
)
def test_rule_slug_ascii_lower_hyphens_d_for_dj_and_digit_separators(text: str, slug: str) -> None:
    assert slugify_vi(text) == slug


def test_slug_max_length_cuts_at_word_boundary_and_nfd_same() -> None:
    slug = slugify_vi("Người dân hiến đất làm đường " * 5, max_length=30)
    assert len(slug) <= 30 and not slug.endswith("-") and slug.startswith("nguoi-dan-hien-dat")
    assert slugify_vi(unicodedata.normalize("NFD", "Sức lan tỏa")) == "suc-lan-toa"


# -- Babel and tzdata facts the dateline relies on -----------------------------------------------------------
def test_rule_babel_vi_pattern_gives_thu_bay_and_chu_nhat() -> None:
    saturday = datetime(2020, 12, 19, 16, 25, tzinfo=VN)
    assert format_datetime(saturday, "EEEE, dd/MM/yyyy, HH:mm", locale="vi") == "Thứ Bảy, 19/12/2020, 16:25"
    sunday = datetime(2020, 12, 20, 16, 25, tzinfo=VN)
    assert format_datetime(sunday, "EEEE", locale="vi") == "Chủ Nhật"


def test_rule_babel_reads_naive_as_utc_which_is_why_naive_is_refused() -> None:
    naive = datetime(2020, 12, 19, 16, 25)
    assert format_datetime(naive, "HH:mm", tzinfo=VN, locale="vi") == "23:25"


def test_rule_babel_a_pattern_is_sa_ch_in_vietnamese() -> None:
    assert format_datetime(datetime(2020, 12, 19, 9, 0, tzinfo=VN), "a", locale="vi") == "SA"
    assert format_datetime(datetime(2020, 12, 19, 16, 0, tzinfo=VN), "a", locale="vi") == "CH"


def test_rule_depend_on_tzdata_package_for_windows() -> None:
    assert importlib.util.find_spec("tzdata") is not None
    from importlib import resources

    assert resources.files("tzdata").joinpath("zoneinfo", "Asia", "Ho_Chi_Minh").is_file()
