"""One way to name a photo in an export error, the same in every writer: "Ảnh 3 (images/x.jpg): …"."""

from __future__ import annotations

from pathlib import Path

from editor.errors import InputError
from editor.export.ir import IRFigure
from editor.media.safe_open import check_file
from editor.messages import msg


def photo_error(error: InputError, figure: IRFigure) -> InputError:
    """``error`` (a refusal from the photo pipeline) named by the photo's number and its name in the article."""
    problem = error.message if error.message is not None else error.problem
    return InputError(problem, where=msg("common.photo", number=figure.number, name=figure.image_name))


def checked_photo(figure: IRFigure) -> Path:
    """The figure's photo file, checked inside its root before any work; a refusal names the photo."""
    try:
        return check_file(figure.original(), allowed_roots=figure.roots())
    except InputError as exc:
        raise photo_error(exc, figure) from None
