"""The desktop app (PySide6). The only package that imports Qt; everything it edits lives in ``editor.model``."""

from __future__ import annotations

import sys

if sys.version_info < (3, 12):  # pragma: no branch
    import ctypes

    # PySide6 6.12's bindings return None from every void method without taking a reference, as if None were
    # immortal (it is from Python 3.12 on). On 3.11 each call steals one reference, and after a few thousand calls
    # the interpreter aborts with "none_dealloc". Giving None an enormous reference count makes it immortal in
    # practice, which is exactly the behaviour those bindings assume. (ob_refcnt is the first field of PyObject.)
    # True and False are immortal from 3.12 too, and some path steals theirs the same way: a UI test run lost a few
    # hundred references of True per window journey and aborted at exit with "bool_dealloc".
    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 48

# Workers (thumbnails, metadata, checks, export) run Python code between their C calls; every Qt callback on the
# GUI thread must take the GIL back from them. A 1 ms switch interval (default 5 ms) bounds that wait, so a burst
# of layout callbacks while photos load does not add up to a visible stall.
sys.setswitchinterval(0.001)
