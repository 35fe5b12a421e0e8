"""One way to name a photo in an export error, the same in every writer: "Ảnh 3 (images/x.jpg): …"."""

from __future__ import annotations

from editor.errors import InputError
from editor.export.ir import IRFigure
from editor.messages import msg


def photo_error(error: InputError, figure: IRFigure) -> InputError:
    """``error`` (a refusal from the photo pipeline) named by the photo's number and its name in the article."""
    problem = error.message if error.message is not None else error.problem
    return InputError(problem, where=msg("common.photo", number=figure.number, name=figure.image_name))
