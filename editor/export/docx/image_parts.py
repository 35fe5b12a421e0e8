"""Work around python-docx hashing every embedded image again each time one more is added.

``ImageParts.get_or_add_image_part`` looks for an identical image by comparing SHA-1 digests, and ``ImagePart.sha1``
is a property that hashes the whole blob on every access: adding n photos hashes 1 + 2 + … + n blobs (465 hashes of
about 650 KB each for the 30-photo benchmark article, ~0.3 s of main-process CPU taken from the rendition workers).
An image part's blob never changes once created, so its digest is remembered on first use.
"""

from __future__ import annotations

from docx.parts.image import ImagePart

_MEMO_KEY = "_banthao_sha1"


def remember_image_digests() -> None:
    """Make ``ImagePart.sha1`` compute once per part (idempotent; same values, same output bytes)."""
    if getattr(ImagePart, "_banthao_sha1_remembered", False):
        return
    compute = ImagePart.sha1.fget
    assert compute is not None

    def sha1(self: ImagePart) -> str:
        digest = self.__dict__.get(_MEMO_KEY)
        if digest is None:
            digest = self.__dict__[_MEMO_KEY] = compute(self)
        return digest

    ImagePart.sha1 = property(sha1, doc=ImagePart.sha1.__doc__)  # type: ignore[method-assign,assignment]
    ImagePart._banthao_sha1_remembered = True  # type: ignore[attr-defined]
