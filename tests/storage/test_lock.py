"""The lock file beside a project: taken, held, stale, and in the format Qt's QLockFile wrote before."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from editor.storage.lock import LockFile, Outcome, lock_path


def test_one_holder_at_a_time_in_one_process(tmp_path: Path) -> None:
    target = tmp_path / "bai.banthao"
    first, second = LockFile(target), LockFile(target)
    assert first.acquire() is Outcome.TAKEN and lock_path(target).exists()
    assert second.acquire() is Outcome.HELD  # another window of the same app
    first.release()
    assert not lock_path(target).exists()
    assert second.acquire() is Outcome.TAKEN
    second.release()


def test_the_lock_reads_as_qlockfile_writes_it(tmp_path: Path) -> None:
    lock = LockFile(tmp_path / "bai.banthao")
    lock.acquire()
    pid, app, host = lock_path(tmp_path / "bai.banthao").read_text().splitlines()
    assert (int(pid), app, host) == (os.getpid(), "banthao", socket.gethostname())
    lock.release()


def test_a_lock_left_by_a_dead_process_is_stale(tmp_path: Path) -> None:
    target = tmp_path / "bai.banthao"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock_path(target).write_text(f"{dead.stdout.strip()}\nbanthao\n{socket.gethostname()}\n")  # as a crash left it
    lock = LockFile(target)
    assert lock.acquire() is Outcome.TAKEN
    assert lock_path(target).read_text().splitlines()[0] == str(os.getpid())
    lock.release()


def test_a_folder_that_cannot_hold_a_lock_says_so(tmp_path: Path) -> None:
    assert LockFile(tmp_path / "missing-folder" / "bai.banthao").acquire() is Outcome.UNAVAILABLE
