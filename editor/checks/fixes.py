"""Mechanical fixes offered with findings: each is a pure function Article → Article, so the app can undo it."""

from __future__ import annotations

from dataclasses import replace

from editor.checks.figures import CREDIT_IN_CAPTION, one_label
from editor.checks.findings import Finding, Location
from editor.checks.text_fields import map_text
from editor.export.build import safe_url, with_https
from editor.messages import Message, msg
from editor.messages.catalogue import CATALOGUE
from editor.model.article import Article, Figure
from editor.text.hygiene import collapse_spaces, smart_quotes
from editor.text.legacy import decode_legacy
from editor.text.normalize import nfc

TEXT_FIXES = {
    "normalise": nfc,
    "remove-soft-hyphens": lambda text: text.replace("\u00ad", ""),
    "smart-quotes": smart_quotes,
    "collapse-spaces": collapse_spaces,
}


def split_credit(article: Article, block: int) -> Article:
    """Move "… Ảnh: Vân Anh" typed at the end of a caption into the figure's credit field."""
    figure = article.body[block]
    if not isinstance(figure, Figure):
        raise ValueError(f"block {block} is not a photo")
    match = CREDIT_IN_CAPTION.match(figure.caption.strip())
    if match is None:
        return article
    caption = match.group("caption").strip().rstrip("-–—").strip()
    credit = match.group("credit").strip()
    return article.replace_block(block, replace(figure, caption=caption, credit=figure.credit.strip() or credit))


def credit_one_label(article: Article, block: int | None) -> Article:
    """Credits that would print two labels ("Ảnh: Ảnh: Vân Anh") keep only the last (one photo, or all when None)."""
    for i, figure in enumerate(article.body):
        if isinstance(figure, Figure) and (block is None or i == block):
            credit = one_label(figure.credit)
            if credit != figure.credit.strip():
                article = article.replace_block(i, replace(figure, credit=credit))
    return article


def add_https(article: Article, index: int | None) -> Article:
    """Related links typed as ``example.org/…`` get the ``https://`` export would add (one, or all when None)."""
    related = list(article.related)
    for i, link in enumerate(related):
        fixed = with_https(link.url) if index is None or i == index else None
        if fixed is not None and safe_url(link.url) is None:
            related[i] = replace(link, url=fixed)
    return article.with_fields(related=tuple(related))


def apply_fix(article: Article, fix: str, location: Location | None = None) -> Article:
    """Apply the fix named ``fix`` at ``location`` (everywhere when None); unknown fixes raise ValueError."""
    if fix == "related-https":
        return add_https(article, location.block if location is not None else None)
    if fix == "credit-label":
        return credit_one_label(article, location.block if location is not None else None)
    if fix == "split-credit":
        if location is None or location.block is None:
            blocks = [i for i, b in enumerate(article.body) if isinstance(b, Figure)]
        else:
            blocks = [location.block]
        for block in blocks:
            article = split_credit(article, block)
        return article
    if fix.startswith("rights:"):
        from editor.checks.rights import apply_rights_fix

        return apply_rights_fix(article, fix, location)
    if fix.startswith("convert-legacy:"):
        encoding = fix.split(":", 1)[1]
        return map_text(article, lambda text: nfc(decode_legacy(text, encoding)), location)  # type: ignore[arg-type]
    change = TEXT_FIXES.get(fix)
    if change is None:
        raise ValueError(f"unknown fix {fix!r}")
    return map_text(article, change, location)


def fix_label(fix: str) -> Message:
    """What the fix does, in the reader's words: the undo history's entry ("Hoàn tác Sửa ngoặc kép")."""
    if fix.startswith("convert-legacy:"):
        return msg("check.fix.convert-legacy", encoding=fix.split(":", 1)[1].upper())
    if fix.startswith("rights:"):
        name = fix.removeprefix("rights:").split(":", 1)[0]  # credit-agency, add-label:…, spelling:…
        code = f"check.fix.rights-{name}"
        return msg(code) if code in CATALOGUE else msg("check.fix.other")
    if fix in TEXT_FIXES or fix in ("split-credit", "related-https", "credit-label"):
        return msg(f"check.fix.{fix}")
    return msg("check.fix.other")


def apply_finding_fix(article: Article, finding: Finding) -> Article:
    if finding.fix is None:
        return article
    return apply_fix(article, finding.fix, finding.location)
