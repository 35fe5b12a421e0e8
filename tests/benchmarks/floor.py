"""The bare-Pillow floor's per-photo work, for machines without the team's ``../shared/bench/pillow_floor.py``.

Same algorithm as that script: draft-mode decode to the smallest scale ≥ the target, LANCZOS resize, EXIF orientation
applied, JPEG encode in memory. Benchmarks prefer the shared script when it is there (and say which they used).
"""

from __future__ import annotations

import io

_TRANSPOSE = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE", 6: "ROTATE_270",
              7: "TRANSVERSE", 8: "ROTATE_90"}  # fmt: skip


def floor_rendition(path: str, size: int, quality: int = 85) -> bytes:
    """One photo through the floor: its long side at most ``size`` px, upright, as JPEG bytes."""
    from PIL import Image

    with Image.open(path) as im:
        orientation = im.getexif().get(0x0112, 1)
        scale = min(1.0, size / max(im.size))
        target = (max(1, round(im.width * scale)), max(1, round(im.height * scale)))
        im.draft("RGB", target)
        im.load()
        out = im.resize(target, Image.Resampling.LANCZOS) if im.size != target else im
        if orientation in _TRANSPOSE:
            out = out.transpose(getattr(Image.Transpose, _TRANSPOSE[orientation]))
        buffer = io.BytesIO()
        out.convert("RGB").save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()
