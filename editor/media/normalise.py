"""Bringing any decoded image to 8-bit sRGB (or grey) with or without alpha, ready to encode.

Phones give 8-bit sRGB or Display P3 (HEIC); agencies send CMYK JPEGs with a press profile; screenshots are
palette PNGs with transparency; scanners write 16-bit TIFFs. Renditions must all be 8-bit sRGB because browsers
and Word assume untagged images are sRGB (we write no ICC profile, no EXIF). Colour conversion runs after the
downscale, on a few megapixels instead of 24.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging

from PIL import Image, ImageCms

log = logging.getLogger("editor.media")

_TO_RGB_MODES = {"YCbCr", "LAB", "HSV", "RGBX"}
_HIGH_BIT_MODES = {"I", "F", "I;16", "I;16L", "I;16B", "I;16N", "I;16S"}


def working_mode(im: Image.Image) -> Image.Image:
    """A mode Pillow can resample well: L, RGB, RGBA or CMYK (kept for its profile until after resizing)."""
    mode = im.mode
    if mode in ("L", "RGB", "RGBA", "CMYK"):
        return im
    if mode == "1":
        return im.convert("L")
    if mode == "P":
        return im.convert("RGBA" if "transparency" in im.info else "RGB")
    if mode in ("PA", "LA", "La", "RGBa"):
        return im.convert("RGBA")
    if mode in _HIGH_BIT_MODES:
        return sixteen_to_eight(im)
    if mode in _TO_RGB_MODES:
        return im.convert("RGB")
    return im.convert("RGBA" if "A" in im.getbands() else "RGB")


def sixteen_to_eight(im: Image.Image) -> Image.Image:
    """16-bit (or 32-bit, float) grey to 8-bit, scaling the range instead of clipping it at 255."""
    i = im.convert("F") if im.mode != "F" else im
    lo, hi = i.getextrema()
    if isinstance(lo, tuple):  # pragma: no cover - single-band modes only here
        lo, hi = lo[0], hi[1]
    if lo >= 0 and hi <= 255:
        scale = 1.0
    elif lo >= 0 and hi <= 65535:
        scale = 255.0 / 65535.0
    else:  # floats or signed data: stretch what is there
        span = (hi - lo) or 1.0
        return i.point(lambda v: (v - lo) * 255.0 / span).convert("L")
    return i.point(lambda v: v * scale).convert("L")


def has_visible_alpha(im: Image.Image) -> bool:
    """True when the image has an alpha channel that is not fully opaque everywhere."""
    if im.mode != "RGBA":
        return False
    lo, _hi = im.getchannel("A").getextrema()
    return lo < 255


def flatten_on_white(im: Image.Image) -> Image.Image:
    """RGBA to RGB over white, the page colour of both the DOCX and the web article."""
    if im.mode != "RGBA":
        return im
    base = Image.new("RGB", im.size, (255, 255, 255))
    base.paste(im, mask=im.getchannel("A"))
    return base


def to_srgb(im: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Convert from the embedded profile to sRGB; CMYK without a profile gets Pillow's naive conversion.

    A corrupt profile is ignored (the image is treated as sRGB) rather than refusing a photo over metadata.
    """
    if icc_profile and im.mode in ("RGB", "RGBA", "CMYK"):
        out_mode = "RGBA" if im.mode == "RGBA" else "RGB"
        transform = _transform(hashlib.sha1(icc_profile).hexdigest(), icc_profile, im.mode, out_mode)
        if transform is not None:
            try:
                return ImageCms.applyTransform(im, transform)  # type: ignore[return-value]
            except (ImageCms.PyCMSError, ValueError, OSError) as exc:
                log.debug("colour conversion failed, keeping pixels as they are: %s", exc)
    if im.mode == "CMYK":
        return im.convert("RGB")
    return im


@functools.lru_cache(maxsize=32)
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@functools.lru_cache(maxsize=64)
def _transform(key: str, icc_profile: bytes, in_mode: str, out_mode: str) -> ImageCms.ImageCmsTransform | None:
    """A cached transform (building one costs milliseconds; a corpus usually has one or two profiles)."""
    del key  # only there so the cache key is short to compare; lru_cache hashes the bytes anyway
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        if in_mode != "CMYK" and "srgb" in (ImageCms.getProfileDescription(src) or "").lower():
            return None  # already sRGB: converting would cost time and change nothing
        return ImageCms.buildTransform(src, _srgb(), in_mode, out_mode, renderingIntent=ImageCms.Intent.PERCEPTUAL)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
        log.debug("ignoring an unusable ICC profile: %s", exc)
        return None
