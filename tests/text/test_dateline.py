"""Datelines (VIETNAMESE.md § Datelines): every preset over a table of instants, zones, naive times."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from editor.errors import InputError
from editor.text.dateline import (
    DatelineStyle,
    attach_zone,
    format_dateline,
    gmt_text,
    prose_date,
    style_from_mapping,
)
from editor.text.profile import load_profile

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PARIS = ZoneInfo("Europe/Paris")

SATURDAY = datetime(2020, 12, 19, 16, 25, tzinfo=VN)
SUNDAY = datetime(2024, 9, 1, 9, 27, tzinfo=VN)
MIDNIGHT = datetime(2021, 1, 1, 0, 0, tzinfo=VN)
IN_1965 = datetime(1965, 6, 1, 12, 0, tzinfo=VN)  # tzdata: Saigon on GMT+8 until 13 June 1975
PARIS_JULY = datetime(2024, 7, 14, 9, 5, tzinfo=PARIS)  # 14:05 in Vietnam
INSTANTS = (SATURDAY, SUNDAY, MIDNIGHT, IN_1965, PARIS_JULY)

EXPECTED = {
    "bao-quang-ninh": (
        "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]",
        "Chủ Nhật, 01/09/2024, 09:27 [GMT+7]",
        "Thứ Sáu, 01/01/2021, 00:00 [GMT+7]",
        "Thứ Ba, 01/06/1965, 12:00 [GMT+8]",
        "Chủ Nhật, 14/07/2024, 14:05 [GMT+7]",
    ),
    "vnexpress": (
        "Thứ bảy, 19/12/2020, 16:25 (GMT+7)",
        "Chủ nhật, 1/9/2024, 09:27 (GMT+7)",
        "Thứ sáu, 1/1/2021, 00:00 (GMT+7)",
        "Thứ ba, 1/6/1965, 12:00 (GMT+8)",
        "Chủ nhật, 14/7/2024, 14:05 (GMT+7)",
    ),
    "tuoi-tre": (
        "19/12/2020 16:25 GMT+7",
        "01/09/2024 09:27 GMT+7",
        "01/01/2021 00:00 GMT+7",
        "01/06/1965 12:00 GMT+8",
        "14/07/2024 14:05 GMT+7",
    ),
    "dan-tri": (
        "Thứ bảy, 19/12/2020 - 16:25",
        "Chủ nhật, 01/09/2024 - 09:27",
        "Thứ sáu, 01/01/2021 - 00:00",
        "Thứ ba, 01/06/1965 - 12:00",
        "Chủ nhật, 14/07/2024 - 14:05",
    ),
    "vietnamnet": (
        "Thứ Bảy, 19/12/2020 - 16:25",
        "Chủ Nhật, 01/09/2024 - 09:27",
        "Thứ Sáu, 01/01/2021 - 00:00",
        "Thứ Ba, 01/06/1965 - 12:00",
        "Chủ Nhật, 14/07/2024 - 14:05",
    ),
    "bao-tin-tuc": (
        "16:25 19/12/2020",
        "09:27 01/09/2024",
        "00:00 01/01/2021",
        "12:00 01/06/1965",
        "14:05 14/07/2024",
    ),
    "dan-viet": (
        "Thứ bảy, ngày 19/12/2020 04:25 PM (GMT+7)",
        "Chủ nhật, ngày 01/09/2024 09:27 AM (GMT+7)",
        "Thứ sáu, ngày 01/01/2021 12:00 AM (GMT+7)",
        "Thứ ba, ngày 01/06/1965 12:00 PM (GMT+8)",
        "Chủ nhật, ngày 14/07/2024 02:05 PM (GMT+7)",
    ),
    "mau-tuy-chinh": (
        "16g25 thứ bảy 19.12.2020 (GMT+7)",
        "09g27 chủ nhật 1.9.2024 (GMT+7)",
        "00g00 thứ sáu 1.1.2021 (GMT+7)",
        "12g00 thứ ba 1.6.1965 (GMT+8)",
        "14g05 chủ nhật 14.7.2024 (GMT+7)",
    ),
}
EXPECTED["thanh-nien"] = EXPECTED["tuoi-tre"]


@pytest.mark.parametrize("profile", sorted(EXPECTED))
@pytest.mark.parametrize("index", range(len(INSTANTS)), ids=["saturday", "sunday", "midnight", "1965", "paris-july"])
def test_preset_dateline_over_instants(profile: str, index: int) -> None:
    style = load_profile(profile).dateline
    assert format_dateline(INSTANTS[index], style) == EXPECTED[profile][index]


@pytest.mark.parametrize(
    ("profile", "instant", "text"),
    [
        ("bao-quang-ninh", SATURDAY, "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]"),
        ("vnexpress", SATURDAY, "Thứ bảy, 19/12/2020, 16:25 (GMT+7)"),
        ("vnexpress", SUNDAY, "Chủ nhật, 1/9/2024, 09:27 (GMT+7)"),
        ("tuoi-tre", SATURDAY, "19/12/2020 16:25 GMT+7"),
        ("thanh-nien", SATURDAY, "19/12/2020 16:25 GMT+7"),
        ("dan-tri", SATURDAY, "Thứ bảy, 19/12/2020 - 16:25"),
        ("vietnamnet", SATURDAY, "Thứ Bảy, 19/12/2020 - 16:25"),
        ("bao-tin-tuc", SATURDAY, "16:25 19/12/2020"),
        ("dan-viet", datetime(2024, 10, 13, 10, 8, tzinfo=VN), "Chủ nhật, ngày 13/10/2024 10:08 AM (GMT+7)"),
    ],
)
def test_rule_dateline_preset_table_examples(profile: str, instant: datetime, text: str) -> None:
    assert format_dateline(instant, load_profile(profile).dateline) == text


def test_paris_reporter_shown_in_paris_time_on_request() -> None:
    style = load_profile("bao-quang-ninh").dateline
    assert format_dateline(PARIS_JULY, style, display_zone="Europe/Paris") == "Chủ Nhật, 14/07/2024, 09:05 [GMT+2]"
    own_zone = DatelineStyle(display_zone=None)
    assert format_dateline(PARIS_JULY, own_zone) == "Chủ Nhật, 14/07/2024, 09:05 [GMT+2]"


def test_rule_zone_text_from_utcoffset_with_minutes_only_when_nonzero() -> None:
    india = datetime(2024, 3, 5, 8, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert format_dateline(india, DatelineStyle(display_zone=None)).endswith("[GMT+5:30]")
    assert format_dateline(SATURDAY, DatelineStyle(zone="parens")).endswith("(GMT+7)")
    assert format_dateline(SATURDAY, DatelineStyle(zone="plain")).endswith(" GMT+7")
    assert format_dateline(SATURDAY, DatelineStyle(zone="none")) == "Thứ Bảy, 19/12/2020, 16:25"
    newfoundland = datetime(2024, 1, 5, 8, 0, tzinfo=ZoneInfo("America/St_Johns"))
    assert gmt_text(newfoundland.utcoffset()) == "GMT-3:30"
    assert gmt_text(datetime(2024, 1, 5, tzinfo=ZoneInfo("UTC")).utcoffset()) == "GMT+0"


def test_rule_never_babel_O_pattern_no_none_no_padded_offset() -> None:
    for instant in INSTANTS:
        for profile in EXPECTED:
            text = format_dateline(instant, load_profile(profile).dateline)
            assert "None" not in text
            assert "GMT+07:00" not in text and "+07:00" not in text


def test_rule_before_13_june_1975_saigon_was_gmt8_and_zone_text_follows_instant() -> None:
    assert format_dateline(datetime(1975, 6, 12, 12, 0, tzinfo=VN)).endswith("[GMT+8]")
    assert format_dateline(datetime(1975, 6, 14, 12, 0, tzinfo=VN)).endswith("[GMT+7]")


def test_rule_naive_datetime_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        format_dateline(datetime(2020, 12, 19, 16, 25))
    with pytest.raises(ValueError):
        prose_date(datetime(2020, 12, 19, 16, 25))


def test_rule_typed_wall_clock_attached_to_reporter_zone_default_vietnam() -> None:
    instant = attach_zone(datetime(2020, 12, 19, 16, 25))
    assert instant.utcoffset().total_seconds() == 7 * 3600
    assert format_dateline(instant) == "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]"  # not 23:25
    in_paris = attach_zone(datetime(2024, 7, 14, 9, 5), "Europe/Paris")
    assert in_paris == PARIS_JULY
    with pytest.raises(ValueError):
        attach_zone(SATURDAY)


def test_rule_am_pm_written_in_english_not_babel_sa_ch() -> None:
    style = DatelineStyle(clock=12)
    assert format_dateline(datetime(2020, 12, 19, 9, 5, tzinfo=VN), style) == "Thứ Bảy, 19/12/2020, 09:05 AM [GMT+7]"
    assert format_dateline(datetime(2020, 12, 19, 12, 0, tzinfo=VN), style).endswith("12:00 PM [GMT+7]")
    for hour in range(24):
        text = format_dateline(datetime(2020, 12, 19, hour, 0, tzinfo=VN), style)
        assert " SA " not in text and " CH " not in text


def test_rule_midnight_is_00_00_in_24_hour_presets() -> None:
    assert "00:00" in format_dateline(MIDNIGHT, DatelineStyle())
    assert "24:00" not in format_dateline(MIDNIGHT, DatelineStyle())


def test_rule_babel_weekday_names_sunday_chu_nhat_and_lowercase_option() -> None:
    assert format_dateline(SUNDAY, DatelineStyle()).startswith("Chủ Nhật, ")
    assert format_dateline(SUNDAY, DatelineStyle(weekday_case="sentence")).startswith("Chủ nhật, ")
    assert format_dateline(SUNDAY, DatelineStyle(weekday_case="lower")).startswith("chủ nhật, ")
    assert format_dateline(SUNDAY, DatelineStyle(weekday_case="upper")).startswith("CHỦ NHẬT, ")


def test_weekday_off_removes_its_separator() -> None:
    assert format_dateline(SATURDAY, DatelineStyle(weekday=False)) == "19/12/2020, 16:25 [GMT+7]"
    dan_viet = load_profile("dan-viet").dateline
    no_weekday = DatelineStyle(**{**dan_viet.__dict__, "weekday": False})
    assert format_dateline(SATURDAY, no_weekday) == "ngày 19/12/2020 04:25 PM (GMT+7)"


def test_padding_and_separators_options() -> None:
    style = DatelineStyle(pad_day=False, pad_month=False, pad_hour=False, date_separator="-", time_separator="h")
    assert format_dateline(SUNDAY, style) == "Chủ Nhật, 1-9-2024, 9h27 [GMT+7]"
    quoted = DatelineStyle(date_separator="'", weekday=False, zone="none")
    assert format_dateline(SATURDAY, quoted) == "19'12'2020, 16:25"


def test_rule_custom_user_template_with_fine_fields() -> None:
    style = DatelineStyle(template="Cập nhật {hour} giờ {minute}, {weekday} {day} tháng {month} năm {year} ({gmt})")
    assert format_dateline(SATURDAY, style) == "Cập nhật 16 giờ 25, Thứ Bảy 19 tháng 12 năm 2020 (GMT+7)"


def test_bad_template_placeholder_is_an_input_error_naming_the_key() -> None:
    with pytest.raises(InputError) as err:
        DatelineStyle(template="{weekday} {seconds}")
    assert err.value.where == "template"
    with pytest.raises(InputError) as err:
        style_from_mapping({"clock": 13})
    assert err.value.where == "clock"
    with pytest.raises(InputError) as err:
        style_from_mapping({"pad_day": "yes"})
    assert err.value.where == "pad_day"
    with pytest.raises(InputError) as err:
        style_from_mapping({"display_zone": "Mars/Olympus"})
    assert err.value.where == "display_zone"


def test_prose_date_for_running_text() -> None:
    assert prose_date(SATURDAY) == "ngày 19 tháng 12 năm 2020"
    assert prose_date(SUNDAY) == "ngày 1 tháng 9 năm 2024"
    assert prose_date(PARIS_JULY, display_zone="Europe/Paris") == "ngày 14 tháng 7 năm 2024"
    late_in_paris = datetime(2024, 7, 14, 22, 0, tzinfo=PARIS)  # already the 15th in Vietnam
    assert prose_date(late_in_paris) == "ngày 15 tháng 7 năm 2024"
    assert prose_date(SATURDAY, weekday=True) == "thứ Bảy, ngày 19 tháng 12 năm 2020"
