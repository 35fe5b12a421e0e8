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
from editor.messages import text as message_text
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


def _finding(id_: str, severity: Severity, vi: str, en: str, location: Location, fix: str | None = None) -> Finding:
    return Finding(id_, severity, vi, en, location, fix)


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
        yield _finding(
            "title.empty", Severity.ERROR, "Bài chưa có tít.", "The article has no title.", Location("title")
        )
    else:
        words, limit = count_chu(a.title), ctx.profile.title_word_limit
        if words > limit:
            yield _finding(
                "title.too-long",
                Severity.WARNING,
                f"Tít dài {words} chữ, quá {limit} chữ theo quy định của báo.",
                f"The title has {words} words, more than the outlet's {limit}.",
                Location("title"),
            )
    if not a.sapo.strip():
        yield _finding(
            "sapo.missing", Severity.WARNING, "Bài chưa có sapo.", "The article has no lead (sapo).", Location("sapo")
        )
    if not any(author.name.strip() for author in a.authors):
        yield _finding(
            "author.missing",
            Severity.WARNING,
            "Bài chưa ghi tên tác giả.",
            "No author is credited.",
            Location("authors"),
        )


@rule
def dateline(ctx: CheckContext) -> Iterator[Finding]:
    published = ctx.article.dateline.published
    where = Location("dateline", part="published")
    if published is None:
        yield _finding("dateline.missing", Severity.HINT, "Chưa có ngày giờ đăng.", "No publication time yet.", where)
    elif published > ctx.now + FUTURE_SLACK:
        yield _finding(
            "dateline.future",
            Severity.WARNING,
            "Ngày giờ đăng ở tương lai.",
            "The publication time is in the future.",
            where,
        )
    elif published < ctx.now - FAR_PAST:
        yield _finding(
            "dateline.far-past",
            Severity.WARNING,
            "Ngày giờ đăng đã cách đây hơn 30 ngày.",
            "The publication time is more than 30 days ago.",
            where,
        )


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
        vi, en = (
            message_text(code, lang, url=address,
                         title=link.title.strip()[:40] or message_text("editing.related-untitled", lang))
            for lang in ("vi", "en")
        )  # fmt: skip
        part = "title" if change == "none" else "url"
        yield _finding(id_, severity, vi, en, Location("related", i, part),
                       fix="related-https" if change == "https" else None)  # fmt: skip


# -- photos ----------------------------------------------------------------------------------------------------


def _figures(article: Article) -> Iterator[tuple[int, Figure]]:
    for i, block in enumerate(article.body):
        if isinstance(block, Figure):
            yield i, block


@rule
def figure_texts(ctx: CheckContext) -> Iterator[Finding]:
    illustrative = {c.casefold() for c in ctx.profile.preset_credits}
    for i, fig in _figures(ctx.article):
        caption, credit = fig.caption.strip(), fig.credit.strip()
        if not caption:
            yield _finding(
                "figure.caption-missing",
                Severity.ERROR,
                "Ảnh chưa có chú thích.",
                "A photo has no caption.",
                Location("body", i, "caption"),
            )
        typed_credit = CREDIT_IN_CAPTION.match(caption) if caption else None
        if typed_credit and typed_credit.group("caption").strip():
            yield _finding(
                "figure.credit-in-caption",
                Severity.WARNING,
                "Tên tác giả ảnh được gõ trong chú thích; nên tách ra ô “Tác giả ảnh”.",
                "The photo credit is typed inside the caption; move it to the credit field.",
                Location("body", i, "caption"),
                fix="split-credit",
            )
        elif not credit and not ILLUSTRATIVE.search(caption) and caption.casefold() not in illustrative:
            yield _finding(
                "figure.credit-missing",
                Severity.WARNING,
                "Ảnh chưa ghi tác giả ảnh.",
                "A photo has no credit.",
                Location("body", i, "credit"),
            )
        problem = alt_problem(fig)
        if problem == "empty":
            yield _finding(
                "figure.alt-missing",
                Severity.WARNING,
                "Ảnh chưa có mô tả thay thế (alt) cho người không nhìn thấy ảnh.",
                "A photo has no alt text for people who cannot see it.",
                Location("body", i, "alt"),
            )
        elif problem == "caption":
            yield _finding(
                "figure.alt-is-caption",
                Severity.WARNING,
                "Mô tả thay thế trùng chú thích; hãy tả những gì có trong ảnh.",
                "The alt text repeats the caption; describe what the picture shows.",
                Location("body", i, "alt"),
            )
        elif problem == "file":
            yield _finding(
                "figure.alt-is-file-name",
                Severity.WARNING,
                "Mô tả thay thế chỉ là tên tệp ảnh.",
                "The alt text is a file name.",
                Location("body", i, "alt"),
            )
        if (
            caption
            and not TIME_WORDS.search(caption)
            and not PLACE_WORDS.search(caption)
            and not _has_proper_noun(caption)
        ):
            yield _finding(
                "figure.caption-no-place-time",
                Severity.HINT,
                "Chú thích chưa nói ảnh chụp ở đâu, khi nào.",
                "The caption does not say where or when the photo was taken.",
                Location("body", i, "caption"),
            )


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
    for i, fig in _figures(ctx.article):
        info = ctx.info(fig.image)
        if isinstance(info, InputError):
            yield _finding(
                "figure.unreadable",
                Severity.ERROR,
                f"Không đọc được ảnh: {info.problem}",
                f"The photo cannot be read: {info.problem}",
                Location("body", i, "image"),
            )
            continue
        if info is None:
            continue
        readable.append((i, info))
        dpi = effective_dpi(_print_width(info, fig), FRAME_CM[fig.layout])
        if dpi < MIN_PRINT_DPI:
            yield _finding(
                "figure.low-resolution",
                Severity.WARNING,
                f"Ảnh quá nhỏ để in ở khổ này: chỉ {dpi:.0f} dpi (cần từ {MIN_PRINT_DPI} dpi).",
                f"The photo is too small to print at this size: {dpi:.0f} dpi (needs {MIN_PRINT_DPI}).",
                Location("body", i, "image"),
            )
    for group in find_duplicates([info for _, info in readable]):
        first = readable[group.members[0]][0]
        for member in group.members[1:]:
            block = readable[member][0]
            if group.kind == "exact":
                yield _finding(
                    "figure.duplicate",
                    Severity.WARNING,
                    f"Ảnh này trùng với ảnh ở khối {first + 1}.",
                    f"This photo is the same file as the one in block {first + 1}.",
                    Location("body", block, "image"),
                )
            else:
                yield _finding(
                    "figure.near-duplicate",
                    Severity.WARNING,
                    f"Ảnh này gần giống ảnh ở khối {first + 1}.",
                    f"This photo looks almost the same as the one in block {first + 1}.",
                    Location("body", block, "image"),
                )


# -- text hygiene ----------------------------------------------------------------------------------------------


@rule
def text_hygiene(ctx: CheckContext) -> Iterator[Finding]:
    for location, text in text_fields(ctx.article):
        if not text:
            continue
        if not unicodedata.is_normalized("NFC", text):
            yield _finding(
                "text.not-nfc",
                Severity.WARNING,
                "Chữ gõ ở dạng Unicode tổ hợp (NFD); nên chuẩn hóa để tìm kiếm, đếm chữ đúng.",
                "Text is in decomposed Unicode (NFD or composite); normalise it.",
                location,
                "normalise",
            )
        if "\u00ad" in text:
            yield _finding(
                "text.soft-hyphen",
                Severity.WARNING,
                "Còn dấu gạch nối mềm (U+00AD) ẩn trong chữ.",
                "A hidden soft hyphen (U+00AD) is left in the text.",
                location,
                "remove-soft-hyphens",
            )
        guess = detect_mojibake(text) if len(text.split()) >= 2 else None
        if guess is not None:
            yield _finding(
                "text.legacy-font",
                Severity.WARNING,
                f"Đoạn này có vẻ là chữ mã cũ ({guess.encoding.upper()}) bị lỗi phông: “{guess.decoded[:40]}…”",
                f"This looks like legacy-encoded ({guess.encoding.upper()}) text: “{guess.decoded[:40]}…”",
                location,
                f"convert-legacy:{guess.encoding}",
            )
        if location.part not in ("alt",) and STRAIGHT_QUOTES.search(text):
            yield _finding(
                "text.straight-quotes",
                Severity.HINT,
                "Có dấu ngoặc kép thẳng; nên dùng “ ”.",
                "Straight quotes; typographic “ ” are preferred.",
                location,
                "smart-quotes",
            )
        if "  " in text:
            yield _finding(
                "text.double-space",
                Severity.HINT,
                "Có hai dấu cách liền nhau.",
                "Double spaces.",
                location,
                "collapse-spaces",
            )


@rule
def spelling(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.spell is None or not ctx.spell.available:
        return
    count = 0
    for location, text in text_fields(ctx.article):
        if location.field in ("title", "sapo", "body", "kicker") and location.part not in ("credit",):
            count += len(ctx.spell.check(text))
    if count:
        yield _finding(
            "spelling.hints",
            Severity.HINT,
            f"Có {count} chữ có thể sai chính tả.",
            f"{count} word(s) may be misspelt.",
            Location("body"),
        )


def run_checks(ctx: CheckContext) -> list[Finding]:
    """Every finding, errors first, then in article order."""
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.HINT: 2}
    findings = [finding for check in RULES for finding in check(ctx)]
    return sorted(findings, key=lambda f: order[f.severity])
