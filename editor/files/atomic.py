"""Write files so that a crash or a failed export never leaves a half-written file: temp file, fsync, replace."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from editor.errors import InputError
from editor.messages import msg

# A full disk, a folder without write permission, a read-only disk: expected events, each said plainly.
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_PERMISSION = {errno.EACCES, errno.EPERM}
WRITE_FAILURES = frozenset({*_NO_SPACE, errno.EROFS})  # errors only a write can meet (reading never fills a disk)
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_PERM = 13, 8, 3
_LOW_SPACE = 1 << 20  # under 1 MB free: a write that failed for an unnamed reason failed for lack of space


def write_refusal(exc: OSError | sqlite3.Error, target: Path | str) -> InputError:
    """The clear refusal for a failed write of ``target`` (the file the reporter chose, never a temporary)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        code = code & 0xFF if isinstance(code, int) else None
        reason = {_SQLITE_FULL: "storage.no_space", _SQLITE_READONLY: "storage.read_only",
                  _SQLITE_PERM: "storage.no_permission"}.get(code or 0)  # fmt: skip
        detail = str(exc)
    else:
        reason = (
            "storage.no_space" if exc.errno in _NO_SPACE
            else "storage.no_permission" if exc.errno in _NO_PERMISSION
            else "storage.read_only" if exc.errno == errno.EROFS
            else None
        )  # fmt: skip
        detail = exc.strerror or str(exc)
    reason = reason or _disk_condition(Path(target))
    if reason is not None:
        return InputError(msg(reason), source=target)
    return InputError(msg("storage.cannot_write", reason=detail), source=target)


def _disk_condition(target: Path) -> str | None:
    """Why a write in ``target``'s folder fails when the error itself did not say (SQLite reports a journal that
    cannot be created on a full disk as a "disk I/O error"): a read-only disk, no permission, or no space."""
    folder = target.parent
    with contextlib.suppress(OSError, AttributeError):
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "storage.read_only"
    with contextlib.suppress(OSError):
        if not os.access(folder, os.W_OK):
            return "storage.no_permission"
        if shutil.disk_usage(folder).free < _LOW_SPACE:
            return "storage.no_space"
    return None


@contextlib.contextmanager
def refusing_write_errors(target: Path | str, *temporaries: Path | str) -> Iterator[None]:
    """Turn a failed write inside the block into ``write_refusal`` naming ``target``; an InputError that names one
    of ``temporaries`` is renamed to ``target`` too (a reporter never sees ``.bai.banthao.x1y2.part``)."""
    try:
        yield
    except InputError as error:
        if error.source is not None and error.source in {str(t) for t in temporaries}:
            raise error.located(source=str(target)) from None
        raise
    except (OSError, sqlite3.Error) as exc:
        raise write_refusal(exc, target) from None


@contextlib.contextmanager
def atomic_output(path: Path, *, suffix: str = ".part", raw_errors: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on any error it is removed.

    An existing ``path`` survives a failed write unchanged. A failed write (full disk, no permission, read-only
    disk) is an InputError naming ``path``, not the temporary; ``raw_errors`` keeps the OSError (for caches,
    whose callers fall back to no cache).
    """
    path = Path(path)
    tmp: Path | None = None
    guard = contextlib.nullcontext() if raw_errors else refusing_write_errors(path)
    with guard:
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
            os.close(fd)
            tmp = Path(tmp_name)
            with refusing_write_errors(path, tmp) if not raw_errors else contextlib.nullcontext():
                yield tmp
            _fsync_file(tmp)
            give_default_mode(tmp, like=path)
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except BaseException:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            raise


@contextlib.contextmanager
def atomic_writer(path: Path, *, raw_errors: bool = False) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces ``path`` only when the block ends without error."""
    with atomic_output(path, raw_errors=raw_errors) as tmp, tmp.open("wb") as handle:
        yield handle


def write_bytes_atomic(path: Path, data: bytes, *, raw_errors: bool = False) -> None:
    with atomic_writer(path, raw_errors=raw_errors) as handle:
        handle.write(data)


def write_text_atomic(path: Path, text: str, *, raw_errors: bool = False) -> None:
    write_bytes_atomic(path, text.encode("utf-8"), raw_errors=raw_errors)


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


class PageStage:
    """Temporaries beside ``out`` for a page and (optionally) its folder of files, swapped in together by ``commit``.

    ``folder`` is the hidden staging folder to fill (None without ``files_dir``). Until ``commit`` succeeds nothing
    at ``out`` or ``files_dir`` changes; ``discard`` (also on leaving a ``with`` block) removes what is left, so a
    writer that fails or is cancelled half-way leaves no trace::

        with PageStage(out, out.parent / "bai_files") as stage:
            (stage.folder / "01.jpg").write_bytes(data)
            stage.commit(page_bytes)
    """

    def __init__(self, out: Path, files_dir: Path | None) -> None:
        self.out = Path(out)
        self.files_dir = files_dir
        self.folder: Path | None = None
        self._page: Path | None = None
        if files_dir is not None:
            self.folder = Path(tempfile.mkdtemp(prefix=f".{files_dir.name}.", suffix=".part", dir=self.out.parent))

    def commit(self, page: bytes) -> None:
        fd, name = tempfile.mkstemp(prefix=f".{self.out.name}.", suffix=".part", dir=self.out.parent)
        self._page = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(page)
            handle.flush()
            os.fsync(handle.fileno())
        commit_with_folder(self._page, self.out, self.folder, self.files_dir or self.out.parent)
        self._page = self.folder = None

    def discard(self) -> None:
        if self._page is not None:
            with contextlib.suppress(FileNotFoundError):
                self._page.unlink()
            self._page = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> PageStage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()
