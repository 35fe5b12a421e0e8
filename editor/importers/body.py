"""From walked paragraphs to the article's blocks: legacy text decoded, captions attached, fields taken, body kept.

``plan`` decides, for every paragraph and picture, what it becomes: a header or end field, a photo's caption, a
figure, a subhead, a quote or a paragraph. Nothing with text is dropped: what is not recognised is a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from editor.importers import captions as cap
from editor.importers import fields
from editor.importers.report import FieldList, ImportReport
from editor.importers.walk import Para, Picture, WalkCounts
from editor.messages import msg
from editor.model.article import Article, Figure, Heading, Quote, Span
from editor.model.cleaning import decode_run, legacy_encoding, tidy_spans
from editor.model.interchange import MAX_LENGTH
from editor.text.legacy import detect_mojibake
from editor.text.profile import OutletProfile

SUBHEAD_WORDS = 16
MOJIBAKE_CONFIDENCE = 0.5


def decode_legacy_runs(paras: list[Para], report: ImportReport) -> None:
    """Runs in .VnTime/VNI fonts decoded by their font; paragraphs of mojibake without a font hint by detection."""
    decoded = 0
    encodings: set[str] = set()
    for para in paras:
        hinted = False
        for run in para.runs:
            encoding = legacy_encoding(run.font)
            if encoding:
                hinted = True
                new = decode_run(run.text, encoding)
                if new != run.text:
                    run.text = new
                    decoded += 1
                    encodings.add(encoding)
        if hinted:
            continue
        guess = detect_mojibake(_sample(para.text)) if _may_be_mojibake(para.text) else None
        if guess is not None and guess.confidence >= MOJIBAKE_CONFIDENCE:
            for run in para.runs:
                run.text = decode_run(run.text, guess.encoding)
            decoded += 1
            encodings.add(guess.encoding)
    if decoded:
        report.ok("importers.r_legacy", count=decoded, encodings=", ".join(sorted(encodings)))


_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ«»°·")
_CP1252_EXTRAS = set("€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’“”•˜™š›œžŸ") - set("‘’“”•")
_VIQR_MARKS = re.compile(r"[a-zA-Z][\^(+*][`'?~.]?|[aeiouyAEIOUY][`?~]|[dD]{2}")


def _may_be_mojibake(text: str) -> bool:
    """A cheap filter before detection: legacy bytes read as cp1252 show Latin-1 letters Vietnamese never uses."""
    if len(text.split()) < 2:
        return False
    for ch in text:
        if ("\u00a1" <= ch <= "\u00ff" and ch not in _VIETNAMESE_LATIN1) or ch in _CP1252_EXTRAS:
            return True
    return text.isascii() and bool(_VIQR_MARKS.search(text))


def _sample(text: str, words: int = 80) -> str:
    return " ".join(text.split()[:words])


@dataclass
class Entry:
    kind: str  # block | figure
    data: dict[str, Any]
    picture: Picture | None = None


@dataclass
class Plan:
    head: fields.Head
    tail: fields.Tail
    entries: list[Entry] = field(default_factory=list)
    seq_dropped: int = 0
    credits: int = 0
    stray_captions: int = 0
    split: int = 0
    cropped: int = 0
    text_box_paragraphs: int = 0

    def article_data(self, blocks: list[dict[str, Any]]) -> dict[str, Any]:
        head, tail = self.head, self.tail
        authors = [_author(role, name, "top") for role, name in head.authors_top]
        authors += [_author(role, name, "end") for role, name in tail.authors]
        data: dict[str, Any] = {
            "version": 1,
            "kicker": _clip(head.kicker, "kicker"),
            "title": _clip(head.title, "title"),
            "sapo": _clip(head.sapo, "sapo"),
            "location": _clip(head.location, "location"),
            "authors": [a for a in authors if a["name"]],
            "body": blocks,
            "source": _clip(tail.source, "source"),
            "related": [
                {"title": _clip(t, "title") or url[:200], "url": url}
                for t, url in tail.related
                if len(url) <= MAX_LENGTH["url"]
            ],
        }
        if head.published is not None:
            data["published"] = head.published.isoformat()
        return data


def _author(role: str, name: str, position: str) -> dict[str, str]:
    return {"name": _clip(name, "name"), "role": _clip(role, "role"), "position": position}


def _clip(text: str, key: str) -> str:
    text = " ".join(text.split())
    return text[: MAX_LENGTH[key]]


def _spans(para: Para) -> tuple[Span, ...]:
    spans = [Span(r.text.replace("\t", " "), *r.emphasis, r.link) for r in para.runs if not r.seq]
    return tidy_spans(spans)


def _captions(paras: list[Para], size: float) -> dict[tuple[int, int], int]:
    """(paragraph, picture) → index of the paragraph that is its caption."""
    taken: dict[tuple[int, int], int] = {}
    used: set[int] = set()

    def free(j: int) -> bool:
        return 0 <= j < len(paras) and j not in used and cap.looks_like_caption(paras[j], size)

    for i, para in enumerate(paras):
        if not para.pictures:
            continue
        if _captions_itself(para, size):
            taken[(i, len(para.pictures) - 1)] = i
            continue
        last = len(para.pictures) - 1
        for k, _picture in enumerate(para.pictures):
            choice = None
            if para.cell is not None:
                choice = _cell_caption(paras, i, k, free)
            elif k == last:
                following = [j for j in range(i + 1, min(i + 4, len(paras))) if paras[j].text.strip() or
                             paras[j].pictures][:1]  # fmt: skip
                if following and free(following[0]):
                    choice = following[0]
                elif i > 0 and free(i - 1) and paras[i - 1].style.role == "caption":
                    choice = i - 1
            if choice is not None:
                taken[(i, k)] = choice
                used.add(choice)
    return taken


SELF_CAPTION_WORDS = 60


def _captions_itself(para: Para, size: float) -> bool:
    """Pictures first, then a short text in the same paragraph: Writer's caption frames, LibreOffice's HTML import."""
    if any(pic.offset for pic in para.pictures):
        return False
    text = para.text.strip()
    if not text or len(text.split()) > SELF_CAPTION_WORDS:
        return False
    styled = para.style.role == "caption" or para.context == "textbox"
    return styled or cap.looks_like_caption(_without_pictures(para), size) or len(text.split()) <= 40


def _without_pictures(para: Para) -> Para:
    return Para(para.runs, para.style, para.align, para.numbered, [], para.context, para.cell)


def _cell_caption(paras: list[Para], i: int, k: int, free: Callable[[int], bool]) -> int | None:
    table, row, column = paras[i].cell  # type: ignore[misc]
    if k == len(paras[i].pictures) - 1:  # the same cell, after the picture
        for j in range(i + 1, len(paras)):
            if paras[j].cell != (table, row, column):
                break
            if paras[j].text.strip():
                return j if free(j) or (paras[j].context == "table" and not paras[j].pictures) else None
    below = next((j for j in range(i + 1, len(paras)) if paras[j].cell == (table, row + 1, column)
                  and paras[j].text.strip()), None)  # fmt: skip
    if below is not None and not paras[below].pictures and len(paras[below].text) <= cap.MAX_CAPTION:
        return below
    return None


def plan(paras: list[Para], size: float, profile: OutletProfile, zone: str) -> Plan:
    captions = _captions(paras, size)
    own = {i for (i, _k), j in captions.items() if i == j}  # paragraphs that caption their own picture
    caption_at = set(captions.values()) - own
    order = [i for i, p in enumerate(paras)
             if p.text.strip() and i not in caption_at and not p.pictures and p.context == "body"]  # fmt: skip
    head = fields.read_head(paras, order, size, zone)
    rest = [i for i in order if i not in head.used]

    def link_of(j: int) -> tuple[str, str] | None:
        links = {r.link for r in paras[j].runs if r.link and r.text.strip()}
        return (paras[j].text.strip(), links.pop()) if len(links) == 1 else None

    tail = fields.read_tail(paras, rest, link_of)
    result = Plan(head, tail)
    skip = head.used | tail.used
    for i, para in enumerate(paras):
        if i in skip or i in caption_at:
            continue
        before = [k for k, pic in enumerate(para.pictures) if pic.offset == 0]
        after = [k for k in range(len(para.pictures)) if k not in before]
        for k in before:
            result.entries.append(_figure(paras, i, k, captions, profile, result))
        if para.text.strip() and i not in own:
            result.entries.extend(_text_blocks(paras, i, result))
        for k in after:
            result.entries.append(_figure(paras, i, k, captions, profile, result))
    return result


def _figure(paras: list[Para], i: int, k: int, captions: dict, profile: OutletProfile, plan: Plan) -> Entry:
    picture = paras[i].pictures[k]
    caption = credit = ""
    if (i, k) in captions:
        caption, credit, numbered = cap.split_caption(paras[captions[(i, k)]].runs, profile)
        plan.seq_dropped += numbered
        plan.credits += bool(credit)
        if len(credit) > MAX_LENGTH["credit"]:
            caption, credit = f"{caption} {credit}".strip(), ""
    if picture.crop or picture.rotation:
        plan.cropped += 1
    data: dict[str, Any] = {
        "type": "figure",
        "caption": caption[: MAX_LENGTH["caption"]],
        "credit": credit,
        "alt": " ".join((picture.alt or picture.title).split())[: MAX_LENGTH["alt"]],
        "layout": picture.side or paras[i].float_side or "full",
        "rotation": picture.rotation,
    }
    if picture.crop:
        data["crop"] = list(picture.crop)
    return Entry("figure", data, picture)


def _text_blocks(paras: list[Para], i: int, plan: Plan) -> list[Entry]:
    para = paras[i]
    role = para.style.role
    text = " ".join(para.text.split())
    if (role in ("heading", "title") or _bold_subhead(paras, i)) and len(text) <= MAX_LENGTH["title"]:
        return [Entry("block", {"type": "heading", "text": text})]
    if role == "caption":
        plan.stray_captions += 1
    plan.text_box_paragraphs += para.context == "textbox"
    kind = "quote" if role == "quote" else "paragraph"
    spans = _spans(para)
    if not spans:
        return []
    chunks = _split_long(spans)
    plan.split += len(chunks) > 1
    return [Entry("block", {"type": kind, "spans": [_span_data(s) for s in chunk]}) for chunk in chunks]


def _bold_subhead(paras: list[Para], i: int) -> bool:
    """A short all-bold line between body paragraphs, without a final full stop: a subhead typed by hand."""
    para = paras[i]
    text = para.text.strip()
    runs = [r for r in para.runs if r.text.strip()]
    if para.context != "body" or para.style.role or not runs or not all(r.bold for r in runs):
        return False
    if len(text.split()) > SUBHEAD_WORDS or text.endswith((".", ",", ";", ":")):
        return False
    neighbours = [paras[j] for j in (i - 1, i + 1) if 0 <= j < len(paras) and paras[j].text.strip()]
    return any(not all(r.bold for r in n.runs if r.text.strip()) for n in neighbours)


def _split_long(spans: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    limit = MAX_LENGTH["text"]
    if sum(len(s.text) for s in spans) <= limit:
        return [spans]
    chunks: list[list[Span]] = [[]]
    size = 0
    for span in spans:
        for start in range(0, len(span.text), limit // 2):
            piece = Span(span.text[start : start + limit // 2], span.bold, span.italic, span.link)
            if size + len(piece.text) > limit:
                chunks.append([])
                size = 0
            chunks[-1].append(piece)
            size += len(piece.text)
    return [tuple(c) for c in chunks if c]


def _span_data(span: Span) -> dict[str, Any]:
    data: dict[str, Any] = {"text": span.text}
    if span.bold:
        data["bold"] = True
    if span.italic:
        data["italic"] = True
    if span.link:
        data["link"] = span.link[: MAX_LENGTH["url"]]
    return data


def summarise(article: Article, plan: Plan, counts: WalkCounts, report: ImportReport) -> None:
    """The report's lines about what the article now holds."""
    values = {
        "kicker": article.kicker,
        "title": article.title,
        "sapo": article.sapo,
        "published": article.dateline.published,
        "location": article.dateline.location,
        "authors": article.authors,
        "source": article.source,
        "related": article.related,
    }
    found = [msg(f"importers.f_{name}") for name, value in values.items() if value]
    if found:
        report.ok("importers.r_fields", fields=FieldList(tuple(found)))
    if not article.title.strip():
        report.miss("importers.n_no_title")
    blocks = article.body
    paragraphs = sum(not isinstance(b, Figure | Heading | Quote) for b in blocks)
    headings = sum(isinstance(b, Heading) for b in blocks)
    quotes = sum(isinstance(b, Quote) for b in blocks)
    report.ok("importers.r_paragraphs", count=paragraphs, headings=headings, quotes=quotes)
    figures = article.figures
    if figures:
        captioned = [n for n, f in enumerate(figures, 1) if f.caption or f.credit]
        report.ok("importers.r_figures", count=len(figures), captioned=len(captioned), credits=plan.credits)
        bare = [n for n, f in enumerate(figures, 1) if not (f.caption or f.credit)]
        if bare:
            report.miss("importers.n_no_caption", numbers=", ".join(map(str, bare)))
        no_credit = [n for n, f in enumerate(figures, 1) if f.caption and not f.credit]
        if no_credit:
            report.miss("importers.n_no_credit", numbers=", ".join(map(str, no_credit)))
    counted = (
        (report.ok, "importers.r_seq", plan.seq_dropped),
        (report.ok, "importers.r_crop", plan.cropped),
        (report.miss, "importers.n_lists", counts.list_items),
        (report.miss, "importers.n_tables", counts.tables),
        (report.miss, "importers.n_text_boxes", plan.text_box_paragraphs),
        (report.miss, "importers.n_stray_caption", plan.stray_captions),
        (report.miss, "importers.n_split", plan.split),
    )
    for line, code, count in counted:
        if count:
            line(code, count=count)
