"""A comparison as readable lines (``banthao diff``), as JSON, or as an HTML review page with ``<ins>``/``<del>``.

Inline marks in lines follow wdiff: ``[-deleted-]``, ``{+inserted+}``, ``[*reformatted*]``. Long unchanged stretches
inside a changed paragraph are shortened to their ends, so one changed word in a long paragraph reads as one line.
The review page is a separate file for the web desk; the publishable page never carries these marks.
"""

from __future__ import annotations

import html
from typing import Any

from editor.diff.align import Change
from editor.diff.words import Piece, new_side, old_side
from editor.messages import render, text

CONTEXT = 40  # characters of unchanged text kept on each side of a change in a line
BODY_KINDS = ("paragraph", "quote", "heading")


def kind_label(change: Change, number: int, language: str | None = None) -> str:
    kind = change.kind
    if kind in BODY_KINDS:
        return text(f"versions.kind.{kind}", language, number=number)
    if kind == "figure":
        return text("versions.kind.figure", language, number=number)
    return text(f"versions.kind.{kind}", language)


def numbered(changes: list[Change]) -> list[tuple[Change, int]]:
    """Each change with its position among its own kind (paragraph 3, photo 2) on the side it belongs to."""
    counts: dict[str, int] = {}
    result = []
    for change in changes:
        group = "body" if change.kind in BODY_KINDS else change.kind
        counts[group] = counts.get(group, 0) + 1
        result.append((change, counts[group]))
    return result


def _short(value: str) -> str:
    if len(value) <= 2 * CONTEXT:
        return value
    return f"{value[:CONTEXT].rstrip()} … {value[-CONTEXT:].lstrip()}"


def _head(value: str) -> str:
    """The start of a long unchanged stretch, cut between words."""
    return value if len(value) <= CONTEXT * 3 // 2 else value[:CONTEXT].rsplit(" ", 1)[0] + " …"


def _tail(value: str) -> str:
    return value if len(value) <= CONTEXT * 3 // 2 else "… " + value[-CONTEXT:].split(" ", 1)[-1]


def inline(pieces: tuple[Piece, ...]) -> str:
    out = []
    for index, piece in enumerate(pieces):
        if piece.op == "equal":
            value = piece.text
            if index == 0:
                value = _tail(value)
            elif index == len(pieces) - 1:
                value = _head(value)
            elif len(value) > CONTEXT * 3:
                value = _head(value[: len(value) // 2]) + _tail(value[len(value) // 2 :])
            out.append(value)
        elif piece.op == "insert":
            out.append(f"{{+{piece.text}+}}")
        elif piece.op == "delete":
            out.append(f"[-{piece.text}-]")
        else:
            out.append(f"[*{piece.text}*]")
    return "".join(out)


def lines(changes: list[Change], language: str | None = None) -> list[str]:
    """One readable line per change (unchanged units are left out)."""
    result = []
    for change, number in numbered(changes):
        if change.op == "equal":
            continue
        label = kind_label(change, number, language)
        body = _describe(change, language)
        result.append(f"{_SIGN[change.op]} {label}: {body}")
    return result


_SIGN = {"changed": "~", "insert": "+", "delete": "-", "move_from": "<", "move_to": ">", "replace_photo": "~"}


def _describe(change: Change, language: str | None) -> str:
    if change.kind != "figure":
        if change.op == "changed":
            return inline(change.pieces)
        return _short(change.unit.text)
    name = _photo_name(change)
    caption = inline(change.pieces) if any(p.op != "equal" for p in change.pieces) else _short(change.unit.text)
    key = {"changed": "versions.fig_changed", "insert": "versions.fig_added", "delete": "versions.fig_removed",
           "move_from": "versions.fig_moved_from", "move_to": "versions.fig_moved_to",
           "replace_photo": "versions.fig_replaced"}[change.op]  # fmt: skip
    return text(key, language, name=name, caption=caption or "—")


def _photo_name(change: Change) -> str:
    ref = change.unit.ref
    name = getattr(ref, "image", None) or getattr(ref, "image_name", None) or (change.unit.photo or "")[:12]
    return str(name).rsplit("/", 1)[-1]


def as_json(changes: list[Change]) -> list[dict[str, Any]]:
    """Every change, machine-readable: op, kind, number, old and new text, the word pieces, photo hashes."""
    result = []
    for change, number in numbered(changes):
        if change.op == "equal":
            continue
        item: dict[str, Any] = {
            "op": change.op,
            "kind": change.kind,
            "number": number,
            "old": old_side(change.pieces) if change.old is not None else None,
            "new": new_side(change.pieces) if change.new is not None else None,
            "pieces": [{"op": p.op, "text": p.text, **({"bold": True} if p.fmt[0] else {}),
                        **({"italic": True} if p.fmt[1] else {})} for p in change.pieces],
        }  # fmt: skip
        if change.kind == "figure":
            item["photo"] = {"old": change.old.photo if change.old else None,
                             "new": change.new.photo if change.new else None}  # fmt: skip
            item["caption"] = {"old": change.old.caption if change.old else None,
                               "new": change.new.caption if change.new else None}  # fmt: skip
            item["credit"] = {"old": change.old.credit if change.old else None,
                              "new": change.new.credit if change.new else None}  # fmt: skip
        result.append(item)
    return result


def _html_pieces(pieces: tuple[Piece, ...]) -> str:
    out = []
    for piece in pieces:
        value = html.escape(piece.text)
        if piece.fmt[0]:
            value = f"<b>{value}</b>"
        if piece.fmt[1]:
            value = f"<i>{value}</i>"
        tag = {"insert": "ins", "delete": "del", "format": "mark"}.get(piece.op)
        out.append(f"<{tag}>{value}</{tag}>" if tag else value)
    return "".join(out)


_BLOCK_TAG = {"title": "h1", "kicker": "p", "heading": "h2", "quote": "blockquote", "related_heading": "h2"}


def review_html(changes: list[Change], *, ref_label: str, language: str | None = None) -> str:
    """A standalone page: the new article with every change marked, for the desk (never for publication)."""
    lang = "en" if (language or "").startswith("en") else "vi"
    heading = html.escape(text("versions.review_heading", language, ref=ref_label))
    rows = []
    for change, number in numbered(changes):
        css = f"{change.kind} {change.op}"
        if change.kind == "figure":
            label = html.escape(kind_label(change, number, language))
            note = html.escape(render(text(f"versions.op.{change.op}", language)))
            rows.append(f'<figure class="{css}"><div class="photo">{label} · {html.escape(_photo_name(change))}'
                        f' · {note}</div><figcaption>{_html_pieces(change.pieces)}</figcaption></figure>')  # fmt: skip
            continue
        tag = _BLOCK_TAG.get(change.kind, "p")
        rows.append(f'<{tag} class="{css}">{_html_pieces(change.pieces)}</{tag}>')
    style = ("body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em}"
             "ins{background:#d4f7d4;text-decoration:underline}del{background:#fbd3d3;color:#700}"
             "mark{background:#fff2a8}.insert{border-left:4px solid #2a2}.delete{border-left:4px solid #c22}"
             ".move_from,.move_to,.replace_photo{border-left:4px solid #26c}"
             "figure{margin:1em 0;padding-left:.5em}.photo{font:14px sans-serif;color:#345}"
             "header{font:14px sans-serif;color:#555;margin-bottom:2em}")  # fmt: skip
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="robots" content="noindex">\n<title>{heading}</title>\n<style>{style}</style>\n</head>\n'
            f"<body>\n<header>{heading}</header>\n" + "\n".join(rows) + "\n</body>\n</html>\n")  # fmt: skip
