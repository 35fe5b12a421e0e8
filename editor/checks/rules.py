"""The pre-send checks: what a desk editor would send back, found before the reporter sends.

Each rule is a small function from a ``CheckContext`` to findings, registered with ``@rule``; ``run_checks`` runs
them all. This module holds the runner and the rules on the article's parts and its text; the photo rules live in
``figures.py`` (caption, credit, alt text) and ``photo_files.py`` (what the photo files allow: read each original
once, only when a photo source is given), the rights rules in ``rights.py``.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from editor.checks.findings import Finding, Kind, Location, Severity
from editor.checks.text_fields import text_fields
from editor.errors import InputError
from editor.export.build import related_item
from editor.messages import msg
from editor.model.article import Article, Figure
from editor.text.counts import count_chu
from editor.text.legacy import MojibakeGuess, detect_mojibake
from editor.text.profile import OutletProfile

if TYPE_CHECKING:
    from editor.media.info import ImageInfo
    from editor.model.photos import PhotoSource
    from editor.text.spell import SpellChecker

FUTURE_SLACK = timedelta(hours=1)
FAR_PAST = timedelta(days=30)
STRAIGHT_QUOTES = re.compile(r"\"|(?<![\w])'|'(?![\w])")


# Where a photo original could not be read: absent (missing) or there but not a picture Pillow can decode.
MISSING_CODES = frozenset({"photo.not-found", "json.image.missing", "storage.reason_missing",
                           "session.photo_unavailable", "storage.photo_missing"})  # fmt: skip


class PhotoNotReady(Exception):
    """Raised by a photo source for a photo still arriving (being copied into the project): its checks wait."""


@dataclass(frozen=True)
class Unreadable:
    """A photo original the checks could not read: ``missing`` when there is no file, else it cannot be decoded."""

    error: InputError
    missing: bool


@dataclass
class CheckContext:
    """What the rules read. ``infos`` caches facts about photo originals by name; the app passes the same dict to
    every run for one project, so a photo is read once, not after every keystroke (only readable ones are kept)."""

    article: Article
    profile: OutletProfile
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    photos: PhotoSource | None = None
    spell: SpellChecker | None = None
    infos: dict[str, ImageInfo] = field(default_factory=dict)
    _problems: dict[str, Unreadable] = field(default_factory=dict)

    def info(self, name: str) -> ImageInfo | Unreadable | None:
        """Facts about a photo original (read once), why it cannot be read, or None without photos."""
        if self.photos is None:
            return None
        if name in self.infos:
            return self.infos[name]
        if name not in self._problems:
            from editor.media.info import image_info

            try:
                path = self.photos.path(name)
            except PhotoNotReady:
                return None
            except InputError as error:
                self._problems[name] = Unreadable(error, missing=True)
                return self._problems[name]
            try:
                self.infos[name] = image_info(path)
                return self.infos[name]
            except InputError as error:
                code = error.message.code if error.message is not None else ""
                self._problems[name] = Unreadable(error, missing=code in MISSING_CODES or not path.exists())
        return self._problems[name]


def report(id_: str, severity: Severity, location: Location, fix: str | None = None, *, code: str | None = None,
             **args: object) -> Finding:  # fmt: skip
    """A finding whose message is the catalogue's ``code`` (default ``check.<id>``) with ``args``."""
    return Finding(id_, severity, msg(code or f"check.{id_}", **args), location, fix)


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
        yield report("title.empty", Severity.ERROR, Location("title"))
    else:
        words, limit = count_chu(a.title), ctx.profile.title_word_limit
        if words > limit:
            yield report("title.too-long", Severity.WARNING, Location("title"), words=words, limit=limit)
    if not a.sapo.strip():
        yield report("sapo.missing", Severity.WARNING, Location("sapo"))
    if not any(author.name.strip() for author in a.authors):
        yield report("author.missing", Severity.WARNING, Location("authors"))


@rule
def dateline(ctx: CheckContext) -> Iterator[Finding]:
    published = ctx.article.dateline.published
    where = Location("dateline", part="published")
    if published is None:
        yield report("dateline.missing", Severity.HINT, where)
    elif published > ctx.now + FUTURE_SLACK:
        yield report("dateline.future", Severity.WARNING, where)
    elif published < ctx.now - FAR_PAST:
        yield report("dateline.far-past", Severity.WARNING, where)


# What export does with a related link (editor.export.build.related_item) → finding id, severity, message code.
_RELATED = {
    "none": ("related.no-url", Severity.HINT),
    "https": ("related.no-scheme", Severity.WARNING),
    "unsafe": ("related.bad-url", Severity.WARNING),
}


@rule
def related_links(ctx: CheckContext) -> Iterator[Finding]:
    """Say what export does with each related link that is not a plain web address (it never drops one)."""
    for i, link in enumerate(ctx.article.related):
        _shown, url, change = related_item(link.title, link.url)
        if not change:
            continue
        id_, severity = _RELATED[change]
        address = (url or link.url.strip())[:60]
        title = link.title.strip()[:40] or msg("check.related.untitled")
        part = "title" if change == "none" else "url"
        yield report(id_, severity, Location("related", i, part), "related-https" if change == "https" else None,
                       url=address, title=title)  # fmt: skip


# -- text hygiene ----------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _legacy_guess(text: str) -> MojibakeGuess | None:
    """``detect_mojibake`` once per text: it is most of a run's time (30 decodes a field), and between two runs
    after a keystroke all fields but one are the same."""
    return detect_mojibake(text) if len(text.split()) >= 2 else None


@rule
def text_hygiene(ctx: CheckContext) -> Iterator[Finding]:
    for location, text in text_fields(ctx.article):
        if not text:
            continue
        if not unicodedata.is_normalized("NFC", text):
            yield report("text.not-nfc", Severity.WARNING, location, "normalise")
        if "\u00ad" in text:
            yield report("text.soft-hyphen", Severity.WARNING, location, "remove-soft-hyphens")
        guess = _legacy_guess(text)
        if guess is not None:
            yield report("text.legacy-font", Severity.WARNING, location, f"convert-legacy:{guess.encoding}",
                           encoding=guess.encoding.upper(), decoded=guess.decoded[:40])  # fmt: skip
        if location.part not in ("alt",) and STRAIGHT_QUOTES.search(text):
            yield report("text.straight-quotes", Severity.HINT, location, "smart-quotes")
        if "  " in text:
            yield report("text.double-space", Severity.HINT, location, "collapse-spaces")


@rule
def spelling(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.spell is None or not ctx.spell.available:
        return
    count = 0
    for location, text in text_fields(ctx.article):
        if location.field in ("title", "sapo", "body", "kicker") and location.part not in ("credit",):
            count += len(ctx.spell.check(text))
    if count:
        yield report("spelling.hints", Severity.HINT, Location("body"), count=count)


# -- the runner ---------------------------------------------------------------------------------------------

FIELD_ORDER = ("title", "kicker", "sapo", "dateline", "authors", "source", "body", "related", "keywords")
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.HINT: 2}


def figures(article: Article) -> Iterator[tuple[int, int, Figure]]:
    """(block index, photo number from 1 in body order, figure): photos as the reporter counts them."""
    number = 0
    for i, block in enumerate(article.body):
        if isinstance(block, Figure):
            number += 1
            yield i, number, block


def reporter_numbers(article: Article) -> list[tuple[Kind, int]]:
    """For each body block, how the reporter counts it: ("photo", 3) is "Ảnh 3", ("paragraph", 2) is "Đoạn 2"."""
    counts = {"photo": 0, "paragraph": 0}
    numbers: list[tuple[Kind, int]] = []
    for block in article.body:
        kind: Kind = "photo" if isinstance(block, Figure) else "paragraph"
        counts[kind] += 1
        numbers.append((kind, counts[kind]))
    return numbers


def placed(location: Location, numbers: list[tuple[Kind, int]]) -> Location:
    """``location`` with the reporter's count of its body block (see ``reporter_numbers``)."""
    if location.field != "body" or location.block is None or not 0 <= location.block < len(numbers):
        return location
    kind, number = numbers[location.block]
    return replace(location, kind=kind, number=number)


def _position(finding: Finding) -> tuple[int, int, int]:
    where = finding.location
    field_rank = FIELD_ORDER.index(where.field) if where.field in FIELD_ORDER else len(FIELD_ORDER)
    return SEVERITY_ORDER[finding.severity], field_rank, -1 if where.block is None else where.block


RULE_MODULES = ("editor.checks.figures", "editor.checks.photo_files", "editor.checks.rights")


def registered_rules() -> list[Rule]:
    """Every rule: the modules beyond this one register theirs when first imported (here, at the first run)."""
    for name in RULE_MODULES:
        importlib.import_module(name)
    return RULES


def run_checks(ctx: CheckContext) -> list[Finding]:
    """Every finding, errors first, then warnings, then hints; each group in article order."""
    numbers = reporter_numbers(ctx.article)
    findings = [replace(f, location=placed(f.location, numbers)) for check in registered_rules() for f in check(ctx)]
    return sorted(findings, key=_position)
