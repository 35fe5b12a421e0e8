"""The article's own fields in a draft: kicker, title, sapo and dateline at the top; byline, source, related at the end.

Each is recognised by its style first (in any language we know), then by how reporters type it: the title is the
first large or bold line, the kicker a short line above it, the sapo a bold first paragraph, the dateline a line that
is nothing but a date and time (in any outlet's format, ``Thứ Bảy, 19/12/2020, 16:25 [GMT+7]``, ``16g25 …``) and a
place, the byline a short bold or right-aligned last paragraph, the source ``Theo TTXVN``. What is not recognised
stays in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from editor.importers.walk import Para
from editor.text.dateline import attach_zone

TITLE_LIMIT = 300
KICKER_WORDS = 14
BYLINE_LIMIT = 80
DATELINE_SEPARATORS = (" · ", " | ", " – ", " — ")
_DATE = re.compile(r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})")
_TIME = re.compile(r"(?P<H>\d{1,2})\s*[:hg]\s*(?P<M>\d{2})(?:\s*(?P<ampm>AM|PM|SA|CH)\b)?", re.IGNORECASE)
_ZONE = re.compile(r"[\[(]?\s*(?:GMT|UTC)\s*(?:(?P<sign>[+-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?)?\s*[\])]?")
_WEEKDAY = re.compile(r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|cn)\b", re.IGNORECASE)
_FILLER = re.compile(r"\b(?:ngày|lúc|cập nhật|đăng|giờ)\b", re.IGNORECASE)
_SOURCE = re.compile(r"^\s*(?:\(?\s*(?:Theo|Nguồn\s*:)\s+\S.{0,120})$", re.IGNORECASE)
_RELATED = re.compile(r"^\s*(?:tin|bài)\s+(?:liên quan|cùng chủ đề|đọc thêm)\s*:?\s*$|^\s*đọc thêm\s*:?\s*$", re.I)
_ROLE = re.compile(r"^(?P<role>(?:bài|ảnh|video|bài và ảnh|bài, ảnh|thực hiện|nhóm phóng viên)(?:\s*[,&và]+\s*\w+)*)"
                   r"\s*:\s*(?P<name>.+)$", re.IGNORECASE)  # fmt: skip


@dataclass
class Head:
    kicker: str = ""
    title: str = ""
    sapo: str = ""
    published: datetime | None = None
    location: str = ""
    authors_top: list[tuple[str, str]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # indices of paragraphs taken into fields


@dataclass
class Tail:
    authors: list[tuple[str, str]] = field(default_factory=list)  # (role, name)
    source: str = ""
    related: list[tuple[str, str]] = field(default_factory=list)
    related_heading: str = ""
    used: set[int] = field(default_factory=set)


def parse_dateline(text: str, zone: str = "Asia/Ho_Chi_Minh") -> tuple[datetime, str] | None:
    """(aware instant, place) when ``text`` is a dateline line and nothing else; None otherwise."""
    text = " ".join(text.split())
    if not text or len(text) > 120:
        return None
    place = ""
    for separator in DATELINE_SEPARATORS:
        if separator in text:
            text, place = text.split(separator, 1)
            break
    date, time = _DATE.search(text), _TIME.search(_DATE.sub(" ", text))
    if date is None or time is None:
        return None
    rest = _DATE.sub(" ", text)
    zone_match = _ZONE.search(rest)
    rest = _TIME.sub(" ", rest, count=1)
    rest = _ZONE.sub(" ", rest, count=1)
    rest = _FILLER.sub(" ", _WEEKDAY.sub(" ", rest))
    if re.sub(r"[\s,;:\-–—|/()\[\].]", "", rest):
        return None  # words other than the date's: a sentence that mentions a date, not a dateline
    hour, minute = int(time.group("H")), int(time.group("M"))
    ampm = (time.group("ampm") or "").upper()
    if ampm in ("PM", "CH") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA") and hour == 12:
        hour = 0
    try:
        wall = datetime(int(date.group("y")), int(date.group("m")), int(date.group("d")), hour, minute)
    except ValueError:
        return None
    if zone_match and zone_match.group("sign"):
        offset = timedelta(hours=int(zone_match.group("zh")), minutes=int(zone_match.group("zm") or 0))
        instant = wall.replace(tzinfo=timezone(offset if zone_match.group("sign") == "+" else -offset))
    elif zone_match and zone_match.group(0).strip().strip("[]()").strip():
        instant = wall.replace(tzinfo=UTC)
    else:
        instant = attach_zone(wall, zone)
    return instant, " ".join(place.split())


def _all_bold(para: Para) -> bool:
    runs = [r for r in para.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def _largest(para: Para, body_size: float) -> bool:
    runs = [r for r in para.runs if r.text.strip()]
    return bool(runs) and all((r.size or 0) >= body_size + 1.5 for r in runs)


def read_head(paras: list[Para], order: list[int], body_size: float, zone: str) -> Head:
    """Fields at the top: ``order`` lists the indices of the text paragraphs that may hold them, in reading order."""
    head = Head()
    window = order[:8]
    styled = {paras[i].style.role: i for i in reversed(window) if paras[i].style.role}
    title_at = styled.get("title")
    if title_at is None:
        for position, i in enumerate(window[:3]):
            para = paras[i]
            text = para.text.strip()
            looks = _largest(para, body_size) or (_all_bold(para) and position == 0)
            if para.style.role == "heading" or (len(text) <= TITLE_LIMIT and looks):
                title_at = i
                break
    if title_at is None:
        return head
    head.title = paras[title_at].text
    head.used.add(title_at)
    start = window.index(title_at)
    kicker_at = styled.get("kicker")
    if kicker_at is None and start > 0:
        above = window[start - 1]
        if len(paras[above].text.split()) <= KICKER_WORDS and paras[above].style.role in (None, "subtitle", "kicker"):
            kicker_at = above
    if kicker_at is not None and kicker_at not in head.used:
        head.kicker = paras[kicker_at].text
        head.used.add(kicker_at)
    after = [i for i in window[start + 1 :] if i not in head.used]
    for i in after[:4]:
        found = parse_dateline(paras[i].text, zone)
        if found and (paras[i].style.role in (None, "dateline", "subtitle")):
            head.published, head.location = found
            head.used.add(i)
            break
    for i in after[:4]:
        if i in head.used:
            continue
        role = paras[i].style.role
        if role == "byline":
            head.authors_top.append(split_author(paras[i].text))
            head.used.add(i)
            continue
        if role == "sapo" or (role in (None, "subtitle") and _all_bold(paras[i]) and len(paras[i].text) > 40):
            head.sapo = paras[i].text
            head.used.add(i)
        break
    return head


def split_author(text: str) -> tuple[str, str]:
    text = " ".join(text.split())
    found = _ROLE.match(text)
    if found:
        return found.group("role").strip(), found.group("name").strip()
    return "", text


def read_tail(paras: list[Para], order: list[int], links_of) -> Tail:
    """Fields at the end, read backwards: related links, the source line, the byline."""
    tail = Tail()
    remaining = list(order)
    for position in range(len(remaining) - 1, max(len(remaining) - 30, -1), -1):
        i = remaining[position]
        if paras[i].style.role == "related_heading" or _RELATED.match(paras[i].text):
            links = [links_of(j) for j in remaining[position + 1 :]]
            if links and all(links):
                tail.related_heading = paras[i].text.strip().rstrip(":")
                tail.related = [link for link in links if link]
                tail.used.update(remaining[position:])
                remaining = remaining[:position]
            break
    last = paras[remaining[-1]] if remaining else None
    if last is not None and (last.style.role == "source" or _SOURCE.match(last.text)) and len(last.text) <= 160:
        tail.source = last.text.strip().strip("()")
        tail.used.add(remaining.pop())
    while remaining:
        para = paras[remaining[-1]]
        text = para.text.strip()
        is_byline = para.style.role == "byline" or (
            len(text) <= BYLINE_LIMIT and len(text.split()) <= 10 and not text.endswith((".", "?", "!", ":"))
            and (_all_bold(para) or para.align in ("right", "end")) and para.style.role in (None, "subtitle")
        )  # fmt: skip
        if not is_byline or len(tail.authors) >= 4:
            break
        tail.authors.insert(0, split_author(text))
        tail.used.add(remaining.pop())
    return tail
