"""The pre-send checks: what a desk editor would send back, found before the reporter sends.

Each rule is a small function from a ``CheckContext`` to findings; ``run_checks`` runs them all. Photo rules read each
original once (``image_info``: header, hash and a draft-mode dHash), only when a photo source is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from editor.checks.alt_text import alt_problem
from editor.checks.findings import Finding, Location, Severity
from editor.checks.text_fields import text_fields
from editor.errors import InputError
from editor.export.build import related_item
from editor.messages import Message, msg
from editor.model.article import Article, Figure, Layout
from editor.text.counts import count_chu
from editor.text.legacy import detect_mojibake
from editor.text.profile import OutletProfile

if TYPE_CHECKING:
    from editor.media.info import ImageInfo
    from editor.model.photos import PhotoSource
    from editor.text.spell import SpellChecker

# Print frame widths of the house template (A4, 2.5 cm side margins: a 16 cm column; floats take about half).
FRAME_CM = {Layout.FULL: 16.0, Layout.WIDE: 16.0, Layout.LEFT: 8.0, Layout.RIGHT: 8.0}
MIN_PRINT_DPI = 200
FUTURE_SLACK = timedelta(hours=1)
FAR_PAST = timedelta(days=30)
ILLUSTRATIVE = re.compile(r"ảnh\s+minh\s+h[ọo]ạ?", re.IGNORECASE)
# "… Ảnh: Vân Anh", "… - Ảnh: BẢO PHÚ", "… (Ảnh: X/TTXVN)" typed at the end of the caption.
CREDIT_IN_CAPTION = re.compile(
    r"^(?P<caption>.*?[.!?…]?)[\s\-–—]*\(?\s*Ảnh\s*:\s*(?P<credit>[^()]{1,80}?)\s*\)?\s*\.?$", re.DOTALL
)
TIME_WORDS = re.compile(
    r"\b(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|tháng|năm|sáng nay|chiều nay|\d{1,2}/\d{1,2})\b", re.IGNORECASE
)
PLACE_WORDS = re.compile(r"\b(?:tại|ở|trên|dưới|bên|trước|sau|giữa|thuộc)\b", re.IGNORECASE)
STRAIGHT_QUOTES = re.compile(r"\"|(?<![\w])'|'(?![\w])")


@dataclass
class CheckContext:
    article: Article
    profile: OutletProfile
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    photos: PhotoSource | None = None
    spell: SpellChecker | None = None
    _infos: dict[str, ImageInfo | InputError] = field(default_factory=dict)

    def info(self, name: str) -> ImageInfo | InputError | None:
        """Facts about a photo original (read once), an error when it cannot be read, None without photos."""
        if self.photos is None:
            return None
        if name not in self._infos:
            from editor.media.info import image_info

            try:
                self._infos[name] = image_info(self.photos.path(name))
            except InputError as error:
                self._infos[name] = error
        return self._infos[name]


def _finding(id_: str, severity: Severity, location: Location, fix: str | None = None, *, code: str | None = None,
             **args: object) -> Finding:  # fmt: skip
    """A finding whose message is the catalogue's ``code`` (default ``check.<id>``) with ``args``."""
    return Finding(id_, severity, msg(code or f"check.{id_}", **args), location, fix)


def _photo(number: int, figure: Figure) -> Message:
    return msg("common.photo", number=number, name=figure.image)


Rule = Callable[[CheckContext], Iterator[Finding]]
RULES: list[Rule] = []


def rule(fn: Rule) -> Rule:
    RULES.append(fn)
    return fn


# -- the article's parts ---------------------------------------------------------------------------------------


@rule
def header(ctx: CheckContext) -> Iterator[Finding]:
    a = ctx.article
    if not a.title.strip():
        yield _finding("title.empty", Severity.ERROR, Location("title"))
    else:
        words, limit = count_chu(a.title), ctx.profile.title_word_limit
        if words > limit:
            yield _finding("title.too-long", Severity.WARNING, Location("title"), words=words, limit=limit)
    if not a.sapo.strip():
        yield _finding("sapo.missing", Severity.WARNING, Location("sapo"))
    if not any(author.name.strip() for author in a.authors):
        yield _finding("author.missing", Severity.WARNING, Location("authors"))


@rule
def dateline(ctx: CheckContext) -> Iterator[Finding]:
    published = ctx.article.dateline.published
    where = Location("dateline", part="published")
    if published is None:
        yield _finding("dateline.missing", Severity.HINT, where)
    elif published > ctx.now + FUTURE_SLACK:
        yield _finding("dateline.future", Severity.WARNING, where)
    elif published < ctx.now - FAR_PAST:
        yield _finding("dateline.far-past", Severity.WARNING, where)


# What export does with a related link (editor.export.build.related_item) → finding id, severity, message code.
_RELATED = {
    "none": ("related.no-url", Severity.HINT, "editing.related-no-url"),
    "https": ("related.no-scheme", Severity.WARNING, "editing.related-no-scheme"),
    "unsafe": ("related.bad-url", Severity.WARNING, "editing.related-bad-url"),
}


@rule
def related_links(ctx: CheckContext) -> Iterator[Finding]:
    """Say what export does with each related link that is not a plain web address (it never drops one)."""
    for i, link in enumerate(ctx.article.related):
        _shown, url, change = related_item(link.title, link.url)
        if not change:
            continue
        id_, severity, code = _RELATED[change]
        address = (url or link.url.strip())[:60]
        title = link.title.strip()[:40] or msg("editing.related-untitled")
        part = "title" if change == "none" else "url"
        yield _finding(id_, severity, Location("related", i, part), "related-https" if change == "https" else None,
                       code=code, url=address, title=title)  # fmt: skip


# -- photos ----------------------------------------------------------------------------------------------------


def _figures(article: Article) -> Iterator[tuple[int, Figure]]:
    for i, block in enumerate(article.body):
        if isinstance(block, Figure):
            yield i, block


def _numbered(article: Article) -> Iterator[tuple[int, int, Figure]]:
    """(block index, photo number from 1, figure)."""
    for number, (i, figure) in enumerate(_figures(article), start=1):
        yield i, number, figure


@rule
def figure_texts(ctx: CheckContext) -> Iterator[Finding]:
    illustrative = {c.casefold() for c in ctx.profile.preset_credits}
    for i, number, fig in _numbered(ctx.article):
        photo = _photo(number, fig)
        caption, credit = fig.caption.strip(), fig.credit.strip()
        if not caption:
            yield _finding("figure.caption-missing", Severity.ERROR, Location("body", i, "caption"), photo=photo)
        typed_credit = CREDIT_IN_CAPTION.match(caption) if caption else None
        if typed_credit and typed_credit.group("caption").strip():
            where = Location("body", i, "caption")
            yield _finding("figure.credit-in-caption", Severity.WARNING, where, "split-credit", photo=photo)
        elif not credit and not ILLUSTRATIVE.search(caption) and caption.casefold() not in illustrative:
            yield _finding("figure.credit-missing", Severity.WARNING, Location("body", i, "credit"), photo=photo)
        problem = alt_problem(fig)
        codes = {"empty": "figure.alt-missing", "caption": "figure.alt-is-caption", "file": "figure.alt-is-file-name"}
        if problem in codes:
            yield _finding(codes[problem], Severity.WARNING, Location("body", i, "alt"), photo=photo)
        if (
            caption
            and not TIME_WORDS.search(caption)
            and not PLACE_WORDS.search(caption)
            and not _has_proper_noun(caption)
        ):
            where = Location("body", i, "caption")
            yield _finding("figure.caption-no-place-time", Severity.HINT, where, photo=photo)


def _has_proper_noun(text: str) -> bool:
    words = re.findall(r"\w+", text)
    return any(w[:1].isupper() for w in words[1:])


def _print_width(info: ImageInfo, fig: Figure) -> int:
    width = info.height if fig.rotation in (90, 270) else info.width
    if fig.crop is not None:
        width = round(width * (fig.crop[2] - fig.crop[0]))
    return width


@rule
def figure_files(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.photos is None:
        return
    from editor.media.info import effective_dpi, find_duplicates

    readable: list[tuple[int, ImageInfo]] = []
    numbers: dict[int, int] = {}
    for i, number, fig in _numbered(ctx.article):
        numbers[i] = number
        photo = _photo(number, fig)
        info = ctx.info(fig.image)
        if isinstance(info, InputError):
            problem = info.message or info.problem
            yield _finding("figure.unreadable", Severity.ERROR, Location("body", i, "image"), photo=photo,
                           problem=problem)  # fmt: skip
            continue
        if info is None:
            continue
        readable.append((i, info))
        dpi = effective_dpi(_print_width(info, fig), FRAME_CM[fig.layout])
        if dpi < MIN_PRINT_DPI:
            where = Location("body", i, "image")
            yield _finding("figure.low-resolution", Severity.WARNING, where, photo=photo, dpi=f"{dpi:.0f}",
                           needed=MIN_PRINT_DPI)  # fmt: skip
    for group in find_duplicates([info for _, info in readable]):
        first = readable[group.members[0]][0]
        for member in group.members[1:]:
            block = readable[member][0]
            figure = ctx.article.body[block]
            assert isinstance(figure, Figure)
            kind = "figure.duplicate" if group.kind == "exact" else "figure.near-duplicate"
            yield _finding(kind, Severity.WARNING, Location("body", block, "image"),
                           photo=_photo(numbers[block], figure), first=numbers[first])  # fmt: skip


# -- text hygiene ----------------------------------------------------------------------------------------------


@rule
def text_hygiene(ctx: CheckContext) -> Iterator[Finding]:
    for location, text in text_fields(ctx.article):
        if not text:
            continue
        if not unicodedata.is_normalized("NFC", text):
            yield _finding("text.not-nfc", Severity.WARNING, location, "normalise")
        if "\u00ad" in text:
            yield _finding("text.soft-hyphen", Severity.WARNING, location, "remove-soft-hyphens")
        guess = detect_mojibake(text) if len(text.split()) >= 2 else None
        if guess is not None:
            yield _finding("text.legacy-font", Severity.WARNING, location, f"convert-legacy:{guess.encoding}",
                           encoding=guess.encoding.upper(), decoded=guess.decoded[:40])  # fmt: skip
        if location.part not in ("alt",) and STRAIGHT_QUOTES.search(text):
            yield _finding("text.straight-quotes", Severity.HINT, location, "smart-quotes")
        if "  " in text:
            yield _finding("text.double-space", Severity.HINT, location, "collapse-spaces")


@rule
def spelling(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.spell is None or not ctx.spell.available:
        return
    count = 0
    for location, text in text_fields(ctx.article):
        if location.field in ("title", "sapo", "body", "kicker") and location.part not in ("credit",):
            count += len(ctx.spell.check(text))
    if count:
        yield _finding("spelling.hints", Severity.HINT, Location("body"), count=count)


def run_checks(ctx: CheckContext) -> list[Finding]:
    """Every finding, errors first, then in article order."""
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.HINT: 2}
    findings = [finding for check in RULES for finding in check(ctx)]
    return sorted(findings, key=lambda f: order[f.severity])
