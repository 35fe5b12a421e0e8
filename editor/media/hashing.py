"""Content hashes of originals: sha256 of the file bytes, remembered by (path, size, mtime, inode).

The rendition cache and the project file address photos by the sha256 of their bytes. Hashing 30 × 8 MB is
about a quarter of a second, so a hash is remembered for a file whose size, modification time and inode have not
changed: a second export reads no original at all when its renditions are cached.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path

_MEMO_SIZE = 4096

_memo: OrderedDict[tuple[str, int, int, int], str] = OrderedDict()
_memo_lock = threading.Lock()


def file_key(path: Path, st: os.stat_result | None = None) -> tuple[str, int, int, int]:
    st = st or os.stat(path)
    return (os.fspath(path), st.st_size, st.st_mtime_ns, st.st_ino)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def remembered(key: tuple[str, int, int, int]) -> str | None:
    with _memo_lock:
        digest = _memo.get(key)
        if digest is not None:
            _memo.move_to_end(key)
        return digest


def remember(key: tuple[str, int, int, int], digest: str) -> None:
    with _memo_lock:
        _memo[key] = digest
        _memo.move_to_end(key)
        while len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
