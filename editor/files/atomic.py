"""Write files so that a crash or a failed export never leaves a half-written file: temp file, fsync, replace."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from editor.errors import InputError
from editor.messages import msg


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


def commit_with_folder(page_tmp: Path, out: Path, staging: Path | None, files_dir: Path) -> None:
    """Swap a finished page and its finished folder of files into place together; on failure put the old ones back.

    ``page_tmp`` and ``staging`` are temporaries beside ``out`` (the page and e.g. ``OUT_files``); with no
    ``staging`` only the page is replaced. Files in ``staging`` are fsynced before anything is renamed.
    """
    if staging is None:
        give_default_mode(page_tmp, like=out)
        os.replace(page_tmp, out)
        fsync_dir(out.parent)
        return
    give_default_mode(page_tmp, like=out)  # temporaries are private (0600/0700); the web server must read these
    for path in staging.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
    give_default_mode(staging, like=files_dir, folder=True)
    if files_dir.is_symlink() or (files_dir.exists() and not files_dir.is_dir()):
        raise InputError(msg("export.files-not-folder"), source=files_dir)
    backup: Path | None = None
    if files_dir.exists():
        backup = Path(tempfile.mkdtemp(prefix=f".{files_dir.name}.", suffix=".old", dir=out.parent))
        backup.rmdir()  # only the unique name is wanted; rename needs it free
        os.rename(files_dir, backup)
    try:
        os.rename(staging, files_dir)
        try:
            os.replace(page_tmp, out)
        except BaseException:
            os.rename(files_dir, staging)  # the caller removes staging
            raise
    except BaseException:
        if backup is not None:
            os.rename(backup, files_dir)
        raise
    fsync_dir(out.parent)
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)
