"""The one rule for a photo's alt text, used by the pre-send checks and by the app's inspector as the reporter types.

Alt text is for readers who cannot see the photo: it must exist, must not repeat the caption, and must not be a file
name (a camera's "IMG_2041", "DSC00123.JPG" or the photo's own file name).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Literal

from editor.model.article import Figure

AltProblem = Literal["empty", "caption", "file"]

FILE_NAME_ALT = re.compile(
    r"^\s*(?:(?:IMG|DSC|DSCN|DSCF|PXL|MVIMG|PHOTO|IMAGE|ANH|P)[_\- ]?\d{2,}\S*"
    r"|\S+\.(?:jpe?g|png|heic|heif|webp|tiff?|gif|bmp))\s*$",
    re.IGNORECASE,
)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def alt_problem(figure: Figure) -> AltProblem | None:
    """Why the figure's alt text does not describe the picture ("empty", "caption", "file"), or None when it does."""
    alt = _folded(figure.alt)
    if not alt:
        return "empty"
    if alt == _folded(figure.caption):
        return "caption"
    name = PurePosixPath(figure.image).name.casefold()
    if FILE_NAME_ALT.match(alt) or alt in (name, name.rsplit(".", 1)[0]):
        return "file"
    return None
