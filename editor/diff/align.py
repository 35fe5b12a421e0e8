"""Match the units of two versions: unchanged, changed (with word pieces), inserted, deleted, moved figures.

``difflib`` aligns the unit keys (text with its format; for a figure, its photo hash), which is fast because an
article has a few hundred units at most. Inside each replaced stretch, units are paired when they are the same kind
and alike enough (header fields always pair with their namesake), so an edited paragraph becomes one changed
paragraph with word pieces instead of a deleted and an inserted one. A photo deleted in one place and inserted in
another is a move: ``move_from`` where it was, ``move_to`` (with its caption's changes) where it is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from editor.diff.units import UNIQUE_KINDS, Unit
from editor.diff.words import Piece, diff_segments, similarity

PAIR_THRESHOLD = 0.35  # paragraphs sharing fewer words than this are a deletion and an insertion
LOOKAHEAD = 8  # how far a replaced stretch looks for a partner before giving a unit up as inserted/deleted
OPS = ("equal", "changed", "insert", "delete", "move_from", "move_to", "replace_photo")


@dataclass(frozen=True, slots=True)
class Change:
    """One unit of the merged document. ``pieces`` is the word-level text (for deleted units: all ``delete``)."""

    op: str
    old: Unit | None
    new: Unit | None
    pieces: tuple[Piece, ...]
    old_index: int = -1  # position among the old / new units (-1 when absent)
    new_index: int = -1

    @property
    def unit(self) -> Unit:
        return self.new if self.new is not None else self.old  # type: ignore[return-value]

    @property
    def kind(self) -> str:
        return self.unit.kind


def _pairs(old: Unit, new: Unit) -> bool:
    if old.kind != new.kind:
        return False
    if old.kind in UNIQUE_KINDS or old.kind == "figure":
        return True
    return similarity(old.segs, new.segs) >= PAIR_THRESHOLD


def _pair_change(old: Unit, new: Unit, oi: int, ni: int) -> Change:
    pieces = diff_segments(old.segs, new.segs)
    if old.kind == "figure" and old.photo != new.photo:
        return Change("replace_photo", old, new, pieces, oi, ni)
    same = all(p.op == "equal" for p in pieces)
    return Change("equal" if same else "changed", old, new, pieces, oi, ni)


def _same(old: Unit, new: Unit, oi: int, ni: int) -> Change:
    """Units with equal keys: text units are identical (no word diff needed); a figure's caption may differ."""
    if old.kind == "figure" and old.segs != new.segs:
        return _pair_change(old, new, oi, ni)
    return Change("equal", old, new, tuple(Piece("equal", s.text, s.fmt) for s in new.segs), oi, ni)


def _inserted(unit: Unit, ni: int) -> Change:
    return Change("insert", None, unit, diff_segments((), unit.segs), -1, ni)


def _deleted(unit: Unit, oi: int) -> Change:
    return Change("delete", unit, None, diff_segments(unit.segs, ()), oi, -1)


def _replace(old: list[Unit], new: list[Unit], i0: int, j0: int) -> list[Change]:
    changes: list[Change] = []
    if len(old) == len(new) == 1 and old[0].kind == new[0].kind:  # one unit edited in place: always a change
        return [_pair_change(old[0], new[0], i0, j0)]
    a = b = 0
    while a < len(old) and b < len(new):
        if _pairs(old[a], new[b]):
            changes.append(_pair_change(old[a], new[b], i0 + a, j0 + b))
            a, b = a + 1, b + 1
            continue
        ahead_new = next((k for k in range(1, LOOKAHEAD) if b + k < len(new) and _pairs(old[a], new[b + k])), None)
        ahead_old = next((k for k in range(1, LOOKAHEAD) if a + k < len(old) and _pairs(old[a + k], new[b])), None)
        if ahead_new is not None and (ahead_old is None or ahead_new <= ahead_old):
            changes.extend(_inserted(new[b + k], j0 + b + k) for k in range(ahead_new))
            b += ahead_new
        else:
            changes.append(_deleted(old[a], i0 + a))
            a += 1
    changes.extend(_deleted(old[k], i0 + k) for k in range(a, len(old)))
    changes.extend(_inserted(new[k], j0 + k) for k in range(b, len(new)))
    return changes


def align(old: list[Unit], new: list[Unit]) -> list[Change]:
    """The merged document, in the new version's reading order with deleted units where they were."""
    matcher = SequenceMatcher(None, [u.key for u in old], [u.key for u in new], autojunk=False)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes.extend(_same(old[i1 + k], new[j1 + k], i1 + k, j1 + k) for k in range(i2 - i1))
        else:
            changes.extend(_replace(old[i1:i2], new[j1:j2], i1, j1))
    return _moves(changes)


def _moves(changes: list[Change]) -> list[Change]:
    """A figure deleted here and inserted there (same photo) is one move; its caption changes travel with it."""
    deleted = {c.old.photo: i for i, c in enumerate(changes) if c.op == "delete" and c.kind == "figure" and c.old}
    for index, change in enumerate(changes):
        if change.op != "insert" or change.kind != "figure" or change.new is None:
            continue
        source = deleted.pop(change.new.photo, None)
        if source is None:
            continue
        old = changes[source].old
        assert old is not None
        changes[source] = Change("move_from", old, change.new, diff_segments(old.segs, old.segs),
                                 changes[source].old_index, change.new_index)  # fmt: skip
        changes[index] = Change("move_to", old, change.new, diff_segments(old.segs, change.new.segs),
                                changes[source].old_index, change.new_index)  # fmt: skip
    return changes


def has_changes(changes: list[Change]) -> bool:
    return any(c.op != "equal" for c in changes)
