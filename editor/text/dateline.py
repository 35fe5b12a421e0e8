"""Datelines: one aware instant + an outlet's style → the text shown in preview, DOCX and HTML.

Presets live as data in ``resources/profiles/*.json`` (see ``editor.text.profile``); this module only knows
the style fields. Weekday names and the numeric parts come from Babel's ``vi`` locale; the zone text
(``GMT+7``) is built from ``utcoffset()``: Babel's ``O`` prints ``None`` and ``OOOO`` gives ``GMT+07:00``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, tzinfo
from string import Formatter
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_datetime, get_day_names

from editor.errors import InputError
from editor.messages import Message, msg

VIETNAM_ZONE = "Asia/Ho_Chi_Minh"

WeekdayCase = Literal["title", "sentence", "lower", "upper"]
ZoneForm = Literal["brackets", "parens", "plain", "none"]

# Fields a dateline template may use; anything else is a profile error.
TEMPLATE_FIELDS = frozenset(
    {"weekday", "date", "time", "zone", "gmt", "day", "month", "year", "hour", "minute", "ampm"}
)
_WEEKDAY_CASES = ("title", "sentence", "lower", "upper")
_ZONE_FORMS = ("brackets", "parens", "plain", "none")


@dataclass(frozen=True)
class DatelineStyle:
    """How one outlet writes a dateline. Defaults: Báo Quảng Ninh, ``Thứ Bảy, 19/12/2020, 16:25 [GMT+7]``.

    ``template`` uses ``{weekday} {date} {time} {zone}`` (composed from the options below) or the finer
    ``{day} {month} {year} {hour} {minute} {ampm} {gmt}``. Turning the weekday or the zone off removes the
    field together with its separator, so one template serves both.
    """

    template: str = "{weekday}, {date}, {time} {zone}"
    weekday: bool = True
    weekday_case: WeekdayCase = "title"  # title: "Thứ Bảy"; sentence: "Thứ bảy"
    pad_day: bool = True
    pad_month: bool = True
    pad_hour: bool = True
    date_separator: str = "/"
    time_separator: str = ":"
    clock: int = 24  # 24 or 12
    am: str = "AM"  # Babel's vi "a" gives SA/CH; outlets on a 12-hour clock print English AM/PM
    pm: str = "PM"
    zone: ZoneForm = "brackets"
    display_zone: str | None = VIETNAM_ZONE  # None: the instant's own zone

    def __post_init__(self) -> None:
        problems = style_problems(self)
        if problems:
            key, problem = problems[0]
            raise InputError(problem, where=key)


def style_problems(style: DatelineStyle) -> list[tuple[str, Message]]:
    """(key, problem) pairs for a style's invalid values; empty when valid."""
    problems: list[tuple[str, Message]] = []
    try:
        names = [name for _, name, _, _ in Formatter().parse(style.template) if name is not None]
    except ValueError:
        problems.append(("template", msg("template.broken", template=style.template)))
        names = []
    for name in names:
        if name not in TEMPLATE_FIELDS:
            allowed = ", ".join("{" + f + "}" for f in sorted(TEMPLATE_FIELDS))
            field_ = "{" + name + "}"
            problems.append(("template", msg("template.unknown-field", name=field_, template=style.template,
                                             allowed=allowed)))  # fmt: skip
    if style.weekday_case not in _WEEKDAY_CASES:
        choices = ", ".join(_WEEKDAY_CASES)
        problems.append(("weekday_case", msg("dateline.not-a-choice", value=style.weekday_case, choices=choices)))
    if style.zone not in _ZONE_FORMS:
        problems.append(("zone", msg("dateline.not-a-choice", value=style.zone, choices=", ".join(_ZONE_FORMS))))
    if style.clock not in (12, 24):
        problems.append(("clock", msg("dateline.clock", value=style.clock)))
    if style.display_zone is not None:
        try:
            ZoneInfo(style.display_zone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(("display_zone", msg("dateline.unknown-zone", zone=style.display_zone)))
    return problems


def style_from_mapping(data: Mapping[str, Any]) -> DatelineStyle:
    """A style from a JSON object; unknown keys and wrong types raise InputError naming the key."""
    known = {f.name: f for f in fields(DatelineStyle)}
    defaults = DatelineStyle()
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            raise InputError(msg("profile.unknown-key", known=", ".join(sorted(known))), where=key)
        expected = type(getattr(defaults, key))
        if key == "display_zone":
            ok = value is None or isinstance(value, str)
        elif expected is bool:
            ok = isinstance(value, bool)
        elif expected is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, expected)
        if not ok:
            kinds = {str: "text", int: "whole-number", bool: "bool", float: "number"}
            want, found = kinds.get(expected, "other"), kinds.get(type(value), "other")
            problem = msg("profile.expected", expected=msg(f"profile.kind.{want}"), found=msg(f"profile.kind.{found}"),
                          value="")  # fmt: skip
            raise InputError(problem, where=key)
        values[key] = value
    return DatelineStyle(**values)


def attach_zone(wall_clock: datetime, zone: str | tzinfo = VIETNAM_ZONE) -> datetime:
    """The instant a reporter means by a typed wall-clock time in their zone (default Vietnam).

    Only naive times are accepted: an aware one already is an instant and re-labelling it would move it.
    """
    if wall_clock.tzinfo is not None:
        raise ValueError("attach_zone expects a naive wall-clock time; this one already has a zone")
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    return wall_clock.replace(tzinfo=tz)


def _require_aware(instant: datetime) -> None:
    # Babel reads a naive datetime as UTC, which would shift a Vietnamese 16:25 to 23:25.
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("a dateline needs a time-zone-aware instant; use attach_zone() for a typed time")


def _localise(instant: datetime, zone: str | tzinfo | None) -> datetime:
    if zone is None:
        return instant
    return instant.astimezone(ZoneInfo(zone) if isinstance(zone, str) else zone)


def gmt_text(offset: timedelta | None) -> str:
    """``GMT+7``, ``GMT+5:30``, ``GMT-3``, ``GMT+0``: minutes only when they are non-zero."""
    if offset is None:
        raise ValueError("no UTC offset")
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"GMT{sign}{hours}" + (f":{mins:02d}" if mins else "")


def weekday_name(local: datetime, case: WeekdayCase = "title") -> str:
    """The Vietnamese weekday from Babel (``Thứ Bảy``, ``Chủ Nhật``), in the requested case."""
    name = get_day_names("wide", locale="vi")[local.weekday()]
    if case == "sentence":
        return name[:1].upper() + name[1:].lower()
    if case == "lower":
        return name.lower()
    if case == "upper":
        return name.upper()
    return name


def _quote(literal: str) -> str:
    # LDML: letters in a pattern are fields, so separators go in single quotes ('' is a literal quote).
    return "''".join(f"'{piece}'" if piece else "" for piece in literal.split("'"))


def _parts(local: datetime, style: DatelineStyle) -> dict[str, str]:
    d, m = ("dd" if style.pad_day else "d"), ("MM" if style.pad_month else "M")
    h = ("h" if style.clock == 12 else "H") * (2 if style.pad_hour else 1)
    sep, tsep = _quote(style.date_separator), _quote(style.time_separator)

    def fmt(pattern: str) -> str:
        return format_datetime(local, pattern, locale="vi")

    ampm = style.am if local.hour < 12 else style.pm
    time = fmt(f"{h}{tsep}mm") + (f" {ampm}" if style.clock == 12 else "")
    gmt = gmt_text(local.utcoffset())
    zone = {"brackets": f"[{gmt}]", "parens": f"({gmt})", "plain": gmt, "none": ""}[style.zone]
    return {
        "weekday": weekday_name(local, style.weekday_case) if style.weekday else "",
        "date": fmt(f"{d}{sep}{m}{sep}yyyy"),
        "time": time,
        "zone": zone,
        "gmt": gmt,
        "day": fmt(d),
        "month": fmt(m),
        "year": fmt("yyyy"),
        "hour": fmt(h),
        "minute": fmt("mm"),
        "ampm": ampm if style.clock == 12 else "",
    }


def _render(template: str, parts: dict[str, str]) -> str:
    tokens: list[tuple[str, str]] = []  # ("lit", text) or ("field", name)
    for literal, name, _, _ in Formatter().parse(template):
        if literal:
            tokens.append(("lit", literal))
        if name is not None:
            tokens.append(("field", name))
    # An empty field takes its separator (the punctuation and spaces, not words such as "ngày") with it: the
    # one after a leading field or the weekday, the one before any other.
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "field" and not parts[value]:
            del tokens[i]
            if i < len(tokens) and tokens[i][0] == "lit" and (i == 0 or value == "weekday"):
                tokens[i] = ("lit", re.sub(r"^[\W_]+", "", tokens[i][1]))
            elif i > 0 and tokens[i - 1][0] == "lit":
                tokens[i - 1] = ("lit", re.sub(r"[\W_]+$", "", tokens[i - 1][1]))
            continue
        i += 1
    text = "".join(parts[v] if k == "field" else v for k, v in tokens)
    return " ".join(text.split())


def format_dateline(
    instant: datetime, style: DatelineStyle | None = None, *, display_zone: str | tzinfo | None = None
) -> str:
    """The dateline text for an aware instant in an outlet's style.

    The clock and the zone text are those of ``display_zone`` (argument, else the style's, else the instant's
    own zone), so a story filed from Paris still shows Vietnam time for a Vietnamese paper.
    """
    _require_aware(instant)
    style = style or DatelineStyle()
    local = _localise(instant, display_zone if display_zone is not None else style.display_zone)
    return _render(style.template, _parts(local, style))


def prose_date(instant: datetime, *, display_zone: str | tzinfo | None = VIETNAM_ZONE, weekday: bool = False) -> str:
    """The date for running text: ``ngày 19 tháng 12 năm 2020`` (``thứ Bảy, ngày …`` with ``weekday``)."""
    _require_aware(instant)
    local = _localise(instant, display_zone)
    text = f"ngày {local.day} tháng {local.month} năm {local.year}"
    if weekday:
        name = weekday_name(local, "title")
        # Mid-sentence, "thứ"/"chủ" are lower case and the day word keeps its capital (thứ Bảy, chủ Nhật).
        text = f"{name[:1].lower()}{name[1:]}, {text}"
    return text
