"""A lock file beside a project: one app (one window) writes a project at a time; a crashed app's lock is stale.

Qt-free, and in the format Qt's ``QLockFile`` writes (``pid\\nappname\\nhostname\\n`` in ``.~name.lock``), so a
lock left by an earlier Bản Thảo is read the same way. The holder keeps the file open under ``flock``: a lock is
held while some open file holds that flock, in this process (another window) or another one. A lock whose holder
is gone (killed, crashed) is stale and taken over; when ``flock`` is not available (some network disks), a lock
from this machine is stale when its process no longer runs.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import socket
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; the process check alone decides
    fcntl = None  # type: ignore[assignment]

APP_NAME = "banthao"


class Outcome(enum.Enum):
    TAKEN = "taken"  # this object holds the lock now
    HELD = "held"  # another window or app holds it
    UNAVAILABLE = "unavailable"  # no lock can be made here (a read-only folder): the caller decides


def lock_path(path: Path) -> Path:
    """The lock file of ``path`` (``.~bai.banthao.lock`` beside ``bai.banthao``)."""
    path = Path(path)
    return path.parent / f".~{path.name}.lock"


class LockFile:
    """The lock of one file. ``acquire()`` once; ``release()`` when done (also safe when never taken)."""

    def __init__(self, target: Path) -> None:
        self.path = lock_path(target)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> Outcome:
        if self._fd is not None:
            return Outcome.TAKEN
        for _attempt in range(3):  # a stale lock removed, then created again: a rival may win in between
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                if not self._remove_if_stale():
                    return Outcome.HELD
                continue
            except OSError:
                return Outcome.UNAVAILABLE
            if not _flock(fd) or not _still_there(fd, self.path):  # a rival came between create and flock
                os.close(fd)
                return Outcome.HELD
            with contextlib.suppress(OSError):
                os.write(fd, f"{os.getpid()}\n{APP_NAME}\n{socket.gethostname()}\n".encode())
            self._fd = fd
            return Outcome.TAKEN
        return Outcome.HELD

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()  # still under our flock: nobody can take a half-removed lock for a live one
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None

    def _remove_if_stale(self) -> bool:
        """Remove the existing lock file when its holder is gone; True if it is gone now."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return True  # released meanwhile
        except OSError:
            return False
        try:
            state = _probe(fd)
            if state is None:  # no flock here: judge by the process that wrote the file
                state = not _holder_alive(os.read(fd, 512))
            if not state:
                return False
            # Removed while we hold its flock, so a rival judging the same file sees it held, not stale.
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return True
        except OSError:
            return False
        finally:
            os.close(fd)


def _flock(fd: int) -> bool:
    """Take the flock of ``fd``; False when another open file holds it. True when flock is unsupported."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
    return True


def _still_there(fd: int, path: Path) -> bool:
    """The lock file at ``path`` is the one ``fd`` has open (a rival did not remove it as stale meanwhile)."""
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def _probe(fd: int) -> bool | None:
    """Whether the lock behind ``fd`` is free (True), held (False), or unknown (None: no flock on this disk)."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        return None
    return True


def _holder_alive(content: bytes) -> bool:
    """Whether the process named in a lock file's ``content`` still runs (unknown ones, or other hosts', do)."""
    lines = content.decode("utf-8", "replace").splitlines()
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return False  # an empty or garbled lock: its writer died while writing it
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # another machine's: it cannot be checked from here
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it runs, as another user
    return True
