"""What changed between two versions of an article: word-level text changes, blocks, figures by photo hash.

Qt-free and writer-free: ``units`` turns an article (or an export IR) into a flat list of units in reading order,
``align`` matches the two lists (figures by their photo's hash, so a moved photo is a move and an edited caption an
edited caption), ``words`` finds the changed words inside a matched pair, and ``report`` prints the result as lines,
JSON or an HTML review page. The DOCX tracked-changes writer (``editor.export.docx.revisions``) reads the same result.
"""

from editor.diff.align import Change, align
from editor.diff.units import Unit, units_from_article, units_from_ir
from editor.diff.words import Piece, Seg, diff_segments

__all__ = ["Change", "Piece", "Seg", "Unit", "align", "diff_segments", "units_from_article", "units_from_ir"]
