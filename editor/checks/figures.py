"""The checks on what the reporter wrote for each photo: its caption, its credit and its alt text.

One rule per field, each reading the figures in body order; what the photo files allow is in ``photo_files.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.checks.alt_text import alt_problem
from editor.checks.findings import Finding, Location, Severity
from editor.checks.rules import CheckContext, figures, report, rule
from editor.model.article import Figure
from editor.text.counts import count_chu
from editor.text.profile import ROLE_WORDS, OutletProfile
from editor.text.tone import convert_tone_style

ILLUSTRATIVE = re.compile(r"ảnh\s+minh\s+h[ọo]ạ?", re.IGNORECASE)
# "… Ảnh: Vân Anh", "… - Ảnh: BẢO PHÚ", "… (Ảnh: X/TTXVN)" typed at the end of the caption.
CREDIT_IN_CAPTION = re.compile(
    r"^(?P<caption>.*?[.!?…]?)[\s\-–—]*\(?\s*Ảnh\s*:\s*(?P<credit>[^()]{1,80}?)\s*\)?\s*\.?$", re.DOTALL
)
TIME_WORDS = re.compile(
    r"\b(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|tháng|năm|sáng nay|chiều nay|\d{1,2}/\d{1,2})\b", re.IGNORECASE
)
PLACE_WORDS = re.compile(r"\b(?:tại|ở|trên|dưới|bên|trước|sau|giữa|thuộc)\b", re.IGNORECASE)
# A caption says who, what, where and when in one to three sentences: the long ones on Vietnamese news sites run to
# 50–70 chữ (syllables). Past 100 chữ — five full lines under a full-width photo in the 13 pt house style — it is a
# paragraph of the story typed into the caption box (a pasted page does this), and it squeezes the photo on the page.
CAPTION_WORD_LIMIT = 100
# A label at the start of a credit: a role word ("Ảnh", "Nguồn", "Đồ họa"…) and a colon.
LEADING_LABEL = re.compile(r"^\s*(?P<word>[^\W\d_]+(?: [^\W\d_]+)?)\s*:\s*")
_ROLE_WORDS = frozenset(convert_tone_style(word, "new") for word in ROLE_WORDS)


def _alone(fig: Figure, profile: OutletProfile) -> bool:
    """An illustration ("Ảnh minh họa") needs no credit."""
    caption = fig.caption.strip()
    presets = {c.casefold() for c in profile.preset_credits}
    return ILLUSTRATIVE.search(caption) is not None or caption.casefold() in presets


@rule
def captions(ctx: CheckContext) -> Iterator[Finding]:
    for i, _number, fig in figures(ctx.article):
        caption, where = fig.caption.strip(), Location("body", i, "caption")
        if not caption:
            yield report("figure.caption-missing", Severity.ERROR, where)
            continue
        words = count_chu(caption)
        if words > CAPTION_WORD_LIMIT:
            yield report("figure.caption-too-long", Severity.WARNING, where, words=words, limit=CAPTION_WORD_LIMIT)
        if not (TIME_WORDS.search(caption) or PLACE_WORDS.search(caption) or _has_proper_noun(caption)):
            yield report("figure.caption-no-place-time", Severity.HINT, where)


def _has_proper_noun(text: str) -> bool:
    words = re.findall(r"\w+", text)
    return any(w[:1].isupper() for w in words[1:])


@rule
def credits(ctx: CheckContext) -> Iterator[Finding]:
    for i, _number, fig in figures(ctx.article):
        caption, credit = fig.caption.strip(), fig.credit.strip()
        typed = CREDIT_IN_CAPTION.match(caption) if caption else None
        if typed and typed.group("caption").strip():
            yield report("figure.credit-in-caption", Severity.WARNING, Location("body", i, "caption"), "split-credit")
        elif not credit and not _alone(fig, ctx.profile):
            yield report("figure.credit-missing", Severity.WARNING, Location("body", i, "credit"))
        printed = printed_credit(fig, ctx.profile)
        if len(leading_labels(printed)) > 1:
            yield report("figure.credit-twice-labelled", Severity.WARNING, Location("body", i, "credit"),
                         "credit-label", printed=printed)  # fmt: skip


@rule
def alt_texts(ctx: CheckContext) -> Iterator[Finding]:
    codes = {"empty": "figure.alt-missing", "caption": "figure.alt-is-caption", "file": "figure.alt-is-file-name"}
    for i, _number, fig in figures(ctx.article):
        problem = alt_problem(fig)
        if problem in codes:
            yield report(codes[problem], Severity.WARNING, Location("body", i, "alt"))


# -- the credit line as printed --------------------------------------------------------------------------------


def printed_credit(fig: Figure, profile: OutletProfile) -> str:
    """The credit as the outlet's caption line prints it, with its label ("Ảnh: Vân Anh", "ẢNH: VÂN ANH")."""
    return "".join(text for text, is_credit in profile.caption_parts(fig.caption, fig.credit) if is_credit).strip()


def leading_labels(text: str) -> list[str]:
    """The role labels a credit line starts with: ["Ảnh", "Nguồn"] for "Ảnh: Nguồn: TTXVN"."""
    labels: list[str] = []
    while (match := LEADING_LABEL.match(text)) is not None:
        if convert_tone_style(match.group("word"), "new").casefold() not in _ROLE_WORDS:
            break
        labels.append(match.group("word"))
        text = text[match.end() :]
    return labels


def one_label(credit: str) -> str:
    """The credit with only its last leading label ("Ảnh: Ảnh: Vân Anh" → "Ảnh: Vân Anh", "Ảnh: Nguồn: TTXVN" →
    "Nguồn: TTXVN"): the caption line then prints one label, the outlet's or the credit's own role word."""
    credit = credit.strip()
    while len(leading_labels(credit)) > 1:
        match = LEADING_LABEL.match(credit)
        assert match is not None
        credit = credit[match.end() :]
    return credit
