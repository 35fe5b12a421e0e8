"""python-docx's image de-duplication no longer re-hashes every embedded photo for each new one."""

from __future__ import annotations

import hashlib
import io

import docx
import pytest
from PIL import Image

from editor.export.docx.image_parts import remember_image_digests


def _png(color: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(buffer, "PNG")
    return buffer.getvalue()


def test_each_image_is_hashed_about_once_and_duplicates_still_share_a_part(monkeypatch: pytest.MonkeyPatch) -> None:
    remember_image_digests()
    calls = []
    real_sha1 = hashlib.sha1

    def counting_sha1(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real_sha1(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(hashlib, "sha1", counting_sha1)
    document = docx.Document()
    blobs = [_png((i * 8, 0, 255 - i * 8)) for i in range(20)]
    for blob in [*blobs, blobs[3]]:
        document.add_picture(io.BytesIO(blob))
    parts = {rel.target_part.partname for rel in document.part.rels.values() if "image" in rel.reltype}
    assert len(parts) == 20  # the repeated photo reuses its part
    assert len(calls) <= 2 * 21 + 1, f"{len(calls)} SHA-1 computations for 21 pictures (quadratic would be 231+)"
