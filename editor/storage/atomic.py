"""Write files so that a crash or a failed export never leaves a half-written file: temp file, fsync, replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(path: Path, *, suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on any error it is removed.

    An existing ``path`` survives a failed write unchanged.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync_file(tmp)
        give_default_mode(tmp, like=path)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces ``path`` only when the block ends without error."""
    with atomic_output(path) as tmp, tmp.open("wb") as handle:
        yield handle


def write_bytes_atomic(path: Path, data: bytes) -> None:
    with atomic_writer(path) as handle:
        handle.write(data)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def give_default_mode(path: Path, *, like: Path | None = None, folder: bool = False) -> None:
    """Temporary files are private (0600); the finished output gets the mode of the file it replaces, else the
    mode a plain ``open()`` would have given it (0666 or 0777 for folders, less the umask)."""
    if os.name != "posix":
        return
    try:
        mode = like.stat().st_mode & 0o7777 if like is not None and like.exists() else None
    except OSError:
        mode = None
    if mode is None:
        mode = (0o777 if folder else 0o666) & ~_umask()
    os.chmod(path, mode)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
