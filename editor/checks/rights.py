"""Checks on photo rights and provenance, with their one-click fixes (registered with the rule runner on import).

What the desk would send back: an agency photo whose credit does not name the agency, a social-media photo without
its link, an AI-made image whose caption does not say so, an old photo not marked as archive, one photographer
spelled two ways, a missing creator where the outlet asks for one; and what the exported files would lose (IIM
fields cut to their byte limits, links that are not web addresses).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

from editor.checks.findings import Finding, Location, Severity
from editor.checks.rules import CheckContext, rule
from editor.export.rights import embedded, labelled_caption, photo_labels, safe_web_url
from editor.media.embed import iim_overflows
from editor.messages import msg
from editor.model.article import Article, Figure
from editor.model.rights import SourceKind
from editor.text.profile import OutletProfile

ARCHIVE_AGE = timedelta(days=365)
# Agencies Vietnamese desks credit, as they are written in a credit line; matched as whole words, any case.
AGENCIES = ("TTXVN", "VNA", "Reuters", "AFP", "AP", "EPA", "Getty Images", "Xinhua", "Kyodo", "Yonhap", "Bernama",
            "ANTARA", "Sputnik", "TASS", "Anadolu", "dpa", "Bloomberg", "Shutterstock")  # fmt: skip
FIX_PREFIX = "rights:"


def _finding(id_: str, severity: Severity, code: str, location: Location, fix: str | None = None,
             **args: object) -> Finding:  # fmt: skip
    return Finding(id_, severity, msg(f"check.{code}", **args), location, fix)  # rendered when shown


def _figures(article: Article) -> Iterator[tuple[int, Figure]]:
    for i, block in enumerate(article.body):
        if isinstance(block, Figure):
            yield i, block


def _names_agency(text: str, agency: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(agency)}(?!\w)", text, re.IGNORECASE) is not None


def agency_of(figure: Figure) -> str | None:
    """The agency the photo's copyright notice or creator names, if any."""
    for text in (figure.rights.copyright, figure.rights.creator, figure.rights.usage_terms):
        for agency in AGENCIES:
            if _names_agency(text, agency):
                return agency
    return None


def fold(name: str) -> str:
    """A name with case, diacritics and spacing removed (đ as d): the key two spellings of one person share."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


@rule
def photo_rights(ctx: CheckContext) -> Iterator[Finding]:
    published = ctx.article.dateline.published
    for i, fig in _figures(ctx.article):
        rights, credit = fig.rights, fig.credit.strip()
        if rights.source is SourceKind.AGENCY and not any(_names_agency(credit, a) for a in AGENCIES):
            agency = agency_of(fig)
            if agency:
                yield _finding("rights.agency-credit", Severity.WARNING, "rights.agency-credit",
                               Location("body", i, "credit"), f"{FIX_PREFIX}credit-agency", agency=agency)  # fmt: skip
            else:
                yield _finding("rights.agency-credit", Severity.WARNING, "rights.agency-credit-unknown",
                               Location("body", i, "credit"))  # fmt: skip
        if rights.source is SourceKind.SOCIAL and not rights.source_url.strip():
            yield _finding("rights.social-no-url", Severity.WARNING, "rights.social-no-url",
                           Location("body", i, "source_url"))  # fmt: skip
        if rights.machine_made:
            labels = photo_labels(replace(fig, rights=replace(rights, source=None)), ctx.profile)
            if labels:
                yield _finding("rights.ai-no-label", Severity.WARNING, "rights.ai-no-label",
                               Location("body", i, "caption"), f"{FIX_PREFIX}add-label:{labels[0]}",
                               label=labels[0])  # fmt: skip
        if (
            rights.taken is not None
            and published is not None
            and rights.taken < published - ARCHIVE_AGE
            and rights.source is not SourceKind.ARCHIVE
        ):
            yield _finding("rights.old-not-archive", Severity.WARNING, "rights.old-not-archive",
                           Location("body", i, "source"), f"{FIX_PREFIX}mark-archive",
                           taken=rights.taken.strftime("%d/%m/%Y"))  # fmt: skip
        if ctx.profile.require_creator and not rights.creator.strip():
            fix = f"{FIX_PREFIX}creator-from-credit" if credit and not _is_preset(credit, ctx.profile) else None
            yield _finding("rights.creator-missing", Severity.WARNING, "rights.creator-missing",
                           Location("body", i, "creator"), fix)  # fmt: skip
        yield from _export_losses(i, fig, ctx.profile)
    yield from _spellings(ctx.article, ctx.profile)


def _is_preset(credit: str, profile: OutletProfile) -> bool:
    return credit.casefold() in {c.casefold() for c in profile.preset_credits}


def _export_losses(i: int, fig: Figure, profile: OutletProfile) -> Iterator[Finding]:
    labels = photo_labels(fig, profile)
    meta = embedded(fig, labelled_caption(fig.caption.strip(), labels), fig.alt, fig.credit.strip())
    for field, limit in iim_overflows(meta):
        yield _finding("rights.iim-truncated", Severity.HINT, "rights.iim-truncated",
                       Location("body", i, field if field in ("caption", "creator", "credit", "copyright") else None),
                       field=msg(f"check.part.{field}"), limit=limit)  # fmt: skip
    for part in ("license_url", "source_url"):
        url = getattr(fig.rights, part).strip()
        if url and not safe_web_url(url):
            yield _finding("rights.url-not-web", Severity.WARNING, "rights.url-not-web", Location("body", i, part),
                           url=url[:80])  # fmt: skip


def _people(article: Article, profile: OutletProfile) -> Iterator[tuple[int, str, str]]:
    """(block, part, name) for every creator and every credit naming people (not agencies, not "Ảnh minh họa")."""
    not_people = {fold(a) for a in AGENCIES} | {fold(c) for c in profile.preset_credits}
    for i, fig in _figures(article):
        for part, value in (("creator", fig.rights.creator), ("credit", fig.credit)):
            for name in re.split(r"\s*[/,;]\s*|\s+-\s+", value.strip()):
                if name and fold(name) not in not_people and not fold(name).startswith("anh "):
                    yield i, part, name


def _spellings(article: Article, profile: OutletProfile) -> Iterator[Finding]:
    people = list(_people(article, profile))
    by_key: dict[str, Counter[str]] = {}
    for _i, _part, name in people:
        by_key.setdefault(fold(name), Counter())[" ".join(name.split())] += 1
    for i, part, name in people:
        spellings = by_key[fold(name)]
        if len(spellings) < 2:
            continue
        preferred = _preferred(spellings)
        this = " ".join(name.split())
        if this != preferred:
            yield _finding("rights.creator-spelling", Severity.WARNING, "rights.creator-spelling",
                           Location("body", i, part), f"{FIX_PREFIX}spelling:{preferred}",
                           this=this, other=preferred)  # fmt: skip


def _preferred(spellings: Counter[str]) -> str:
    """The spelling used most; on a tie the one with more diacritics (the careful one), then the first."""
    return max(spellings, key=lambda s: (spellings[s], len(unicodedata.normalize("NFD", s)), -list(spellings).index(s)))


# -- fixes ------------------------------------------------------------------------------------------------------


def apply_rights_fix(article: Article, fix: str, location: Location | None = None) -> Article:
    """Apply ``rights:<name>`` at ``location`` (every photo when None); unknown names raise ValueError."""
    name = fix.removeprefix(FIX_PREFIX)
    blocks = [location.block] if location is not None and location.block is not None else None
    for i, fig in _figures(article):
        if blocks is not None and i not in blocks:
            continue
        changed = _fixed(fig, name)
        if changed != fig:
            article = article.replace_block(i, changed)
    return article


def _fixed(fig: Figure, name: str) -> Figure:
    rights = fig.rights
    if name == "credit-agency":
        agency = agency_of(fig)
        if agency is None or any(_names_agency(fig.credit, a) for a in AGENCIES):
            return fig
        credit = fig.credit.strip()
        return replace(fig, credit=f"{credit}/{agency}" if credit else agency)
    if name.startswith("add-label:"):
        label = name.split(":", 1)[1]
        if label.casefold() in fig.caption.casefold():
            return fig
        return replace(fig, caption=labelled_caption(fig.caption.strip(), (label,)))
    if name == "mark-archive":
        return replace(fig, rights=replace(rights, source=SourceKind.ARCHIVE))
    if name == "creator-from-credit":
        if rights.creator.strip() or not fig.credit.strip():
            return fig
        return replace(fig, rights=replace(rights, creator=fig.credit.strip()))
    if name.startswith("spelling:"):
        preferred = name.split(":", 1)[1]
        key = fold(preferred)
        credit = _respell(fig.credit, key, preferred)
        creator = _respell(rights.creator, key, preferred)
        return replace(fig, credit=credit, rights=replace(rights, creator=creator))
    raise ValueError(f"unknown fix {FIX_PREFIX}{name!r}")


def _respell(value: str, key: str, preferred: str) -> str:
    """``value`` with each name that folds to ``key`` written as ``preferred`` (separators kept)."""
    pieces = re.split(r"(\s*[/,;]\s*|\s+-\s+)", value)
    return "".join(preferred if i % 2 == 0 and piece.strip() and fold(piece) == key else piece
                   for i, piece in enumerate(pieces))  # fmt: skip
