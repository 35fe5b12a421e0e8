"""Opening untrusted image files: the one door every photo goes through.

A reporter's Downloads folder holds anything: phone photos, screenshots, files renamed to ``.jpg``, half-copied
files from a card reader, symlinks. Before Pillow sees a byte we check that the path is a regular file inside the
allowed folders (no FIFO that would block forever, no device, no directory, no symlink escaping the project), read
it in one go (so the file is opened once, cannot turn into a FIFO between the check and the read, and the bytes
can be hashed without a second read), and hand Pillow an in-memory buffer with the list of decoders we support, so
exotic plugins (EPS through Ghostscript, PSD, ICO, ...) are never reached. Our own pixel limit refuses
decompression bombs with a clear message; every refusal is an ``InputError`` of one line naming the file.

Pillow reports oddities (corrupt EXIF, large images) through ``warnings``; they are captured here and sent to the
``editor.media`` logger at debug level so they never reach the user's terminal.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import logging
import os
import stat
import struct
import threading
import warnings
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from PIL import Image

from editor.errors import InputError
from editor.messages import Message, msg
from editor.messages.log import log_cause
from editor.text.normalize import nfc

log = logging.getLogger("editor.media")

# Pillow plugin ids we let Image.open try. HEIF comes from pi-heif. MPO (phone photos carrying a second
# depth or preview frame) has no opener of its own: the JPEG opener returns it, so it is in ACCEPTED_FORMATS.
# Anything else is refused before a decoder runs.
SUPPORTED_FORMATS: tuple[str, ...] = ("JPEG", "PNG", "WEBP", "HEIF", "TIFF", "GIF", "BMP")
ACCEPTED_FORMATS: frozenset[str] = frozenset((*SUPPORTED_FORMATS, "MPO"))

# 150 MP covers every camera reporters carry (the largest phones are 50 MP, medium format 100 MP).
MAX_PIXELS = 150_000_000
# A photo file above this is not a photo we want in a newspaper article (and would be read into memory).
MAX_FILE_BYTES = 512 * 1024 * 1024

# Exceptions Pillow and its plugins raise on hostile or damaged data. Anything of these types while opening or
# decoding becomes an InputError naming the file.
DECODE_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    struct.error,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    OverflowError,
    RuntimeError,
    MemoryError,
    zlib.error,
    Image.DecompressionBombError,
)

_warnings_lock = threading.RLock()
_heif_registered = False


def display_name(path: str | os.PathLike[str]) -> str:
    """A file name fit for a one-line message: NFC, control characters (a newline in a name) shown as '?'."""
    # Names that are not valid UTF-8 on disk arrive with lone surrogates; show them as U+FFFD, not a crash later.
    text = nfc(os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    return "".join("?" if (ord(c) < 32 or ord(c) == 127) else c for c in text)


# Pillow logs some refusals (a TIFF with 40000 samples per pixel) at ERROR level; with no handler configured,
# Python's last-resort handler would print them. A NullHandler keeps them off the terminal while still letting
# them propagate to whatever logging the application configures.
logging.getLogger("PIL").addHandler(logging.NullHandler())
_libtiff_silenced = False


def _silence_libtiff() -> None:
    """Stop libtiff printing "TIFFFetchNormalTag: Incorrect count..." on stderr for damaged TIFFs.

    libtiff reports through global C handlers that write to stderr; Pillow learns of failures from return codes,
    so the handlers can be removed. Done once, for the libtiff Pillow loaded (found in /proc/self/maps on Linux;
    elsewhere left as is).
    """
    global _libtiff_silenced
    if _libtiff_silenced:
        return
    _libtiff_silenced = True
    try:
        from PIL import _imaging  # noqa: F401  - loads Pillow's libtiff into the process

        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split()[-1] for line in maps if "libtiff" in line}
        for path in paths:
            if not path.startswith("/"):
                continue
            lib = ctypes.CDLL(path)
            for name in ("TIFFSetWarningHandler", "TIFFSetErrorHandler"):
                setter = getattr(lib, name)
                setter.argtypes, setter.restype = [ctypes.c_void_p], ctypes.c_void_p
                setter(None)
    except (OSError, AttributeError, ImportError, ValueError) as exc:
        log.debug("libtiff messages left on stderr: %s", exc)


def _register_heif() -> None:
    global _heif_registered
    if _heif_registered:
        return
    try:
        import pi_heif

        pi_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - pi-heif is a dependency; HEIC is then refused as unsupported
        log.warning("pi-heif is not installed; HEIC photos cannot be opened")
    _heif_registered = True


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Capture Pillow's warnings (corrupt EXIF, large image...) into the log instead of the terminal.

    ``warnings.catch_warnings`` swaps process-wide state, so concurrent users are serialised by a lock; it is
    only held around header parsing and metadata reading, which take microseconds to milliseconds.
    """
    with _warnings_lock, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for w in caught:
        log.debug("image decoder warning: %s", w.message)


def check_file(path: str | os.PathLike[str], allowed_roots: Sequence[Path] | None = None) -> Path:
    """The resolved path of ``path`` if it is a non-empty regular file inside ``allowed_roots`` (when given).

    Symlinks are resolved first, so a link inside the project pointing at ``/etc/passwd`` or another user's files
    is refused as outside the allowed folders.
    """
    name = display_name(path)
    try:
        resolved = Path(path).resolve(strict=True)
    except FileNotFoundError:
        raise InputError(msg("photo.not-found"), source=name) from None
    except (OSError, RuntimeError) as exc:  # symlink loops, permission on a parent folder
        raise _open_error(exc, name) from None
    except ValueError:  # a NUL character in the name
        raise InputError(msg("photo.bad-name"), source=name) from None
    if allowed_roots is not None:
        roots = [Path(r).resolve() for r in allowed_roots]
        if not any(resolved == r or resolved.is_relative_to(r) for r in roots):
            raise InputError(msg("photo.outside-folder"), source=name)
    try:
        st = os.stat(resolved)
    except OSError as exc:
        raise _open_error(exc, name) from None
    _check_stat(st, name)
    return resolved


def _check_stat(st: os.stat_result, name: str) -> None:
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise InputError(msg("photo.is-folder"), source=name)
    if not stat.S_ISREG(mode):
        raise InputError(msg("photo.is-pipe" if stat.S_ISFIFO(mode) else "photo.is-device"), source=name)
    if st.st_size == 0:
        raise InputError(msg("photo.empty"), source=name)
    if st.st_size > MAX_FILE_BYTES:
        size, limit = f"{st.st_size / 2**20:.0f}", f"{MAX_FILE_BYTES / 2**20:.0f}"
        raise InputError(msg("photo.file-too-large", size=size, limit=limit), source=name)


def read_file(path: str | os.PathLike[str], allowed_roots: Sequence[Path] | None = None) -> tuple[Path, bytes]:
    """Check ``path`` and read it whole; returns (resolved path, bytes).

    The file is opened non-blocking and checked again on the open descriptor, so a file swapped for a FIFO
    after ``check_file`` can neither block nor be read.
    """
    resolved = check_file(path, allowed_roots)
    name = display_name(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(resolved, flags)
    except OSError as exc:
        raise _open_error(exc, name) from None
    try:
        st = os.fstat(fd)
        _check_stat(st, name)
        with os.fdopen(fd, "rb", closefd=False) as f:
            # Asking for the size fstat gave (plus one byte, to see growth) allocates that much; asking for the
            # 512 MB limit made every read map and unmap 512 MB: 4 ms of CPU on each 7 MB photo.
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:  # the file grew since fstat: read on, up to the limit
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        log_cause(name, exc)
        raise InputError(msg("photo.cannot-read"), source=name) from None
    finally:
        os.close(fd)
    if not data:
        raise InputError(msg("photo.empty"), source=name)
    if len(data) > MAX_FILE_BYTES:
        size, limit = f"{len(data) / 2**20:.0f}", f"{MAX_FILE_BYTES / 2**20:.0f}"
        raise InputError(msg("photo.file-too-large", size=size, limit=limit), source=name)
    return resolved, data


def open_bytes(data: bytes, source: str | os.PathLike[str]) -> Image.Image:
    """Pillow image over ``data`` (header parsed, pixels not decoded yet), restricted to our formats and size."""
    if data[4:8] == b"ftyp":  # ISO base media (HEIC/HEIF): load pi-heif only when a file needs it
        _register_heif()
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        _silence_libtiff()
    formats = [f for f in SUPPORTED_FORMATS if f != "HEIF" or _heif_registered]
    name = display_name(source)
    try:
        with quiet():
            im = Image.open(io.BytesIO(data), formats=formats)
    except Image.DecompressionBombError as exc:
        log_cause(name, exc)
        raise InputError(msg("photo.too-many-pixels-unknown", limit=MAX_PIXELS // 1_000_000), source=name) from None
    except Image.UnidentifiedImageError as exc:
        log_cause(name, exc)
        raise InputError(msg("photo.unsupported"), source=name) from None
    except DECODE_ERRORS as exc:
        log_cause(name, exc)
        raise InputError(msg("photo.corrupt"), source=name) from None
    if im.format not in ACCEPTED_FORMATS:  # pragma: no cover - Image.open honours formats; belt and braces
        raise InputError(msg("photo.unsupported"), source=name)
    width, height = im.size
    if width <= 0 or height <= 0:
        raise InputError(msg("photo.empty-image", width=width, height=height), source=name)
    if width * height > MAX_PIXELS:
        megapixels, limit = f"{width * height / 1e6:.0f}", MAX_PIXELS // 1_000_000
        raise InputError(
            msg("photo.too-many-pixels", width=width, height=height, megapixels=megapixels, limit=limit), source=name
        )
    return im


def open_image(path: str | os.PathLike[str], *, allowed_roots: Sequence[Path] | None = None) -> Image.Image:
    """Open a photo safely: regular file inside ``allowed_roots``, supported format, within the pixel limit.

    Pixels are decoded lazily as Pillow does; decode inside ``decoding(path)`` (or call ``load(im, path)``) so a
    truncated file becomes an ``InputError`` too. The file itself is never modified.
    """
    _resolved, data = read_file(path, allowed_roots)
    return open_bytes(data, path)


@contextlib.contextmanager
def decoding(source: str | os.PathLike[str]) -> Iterator[None]:
    """Turn decoder failures (truncated data, corrupt stream, out of memory) into an InputError naming the file."""
    try:
        yield
    except InputError:
        raise
    except MemoryError:
        raise InputError(msg("photo.out-of-memory"), source=display_name(source)) from None
    except DECODE_ERRORS as exc:
        log_cause(display_name(source), exc)
        raise InputError(_decode_problem(exc), source=display_name(source)) from None


def load(im: Image.Image, source: str | os.PathLike[str]) -> Image.Image:
    """Decode the pixels of ``im`` (opened by this module), refusing damaged files with an InputError."""
    with decoding(source):
        im.load()
    return im


def _decode_problem(exc: BaseException) -> Message:
    if "truncated" in str(exc).lower() or isinstance(exc, EOFError):
        return msg("photo.truncated")
    return msg("photo.corrupt")


def _open_error(exc: BaseException, name: str) -> InputError:
    """A refusal to open ``name``; the system's reason goes to the log."""
    log_cause(name, exc)
    return InputError(
        msg("photo.no-permission" if isinstance(exc, PermissionError) else "photo.cannot-open"), source=name
    )
