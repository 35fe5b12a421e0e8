"""Every area's messages, merged into one ``CATALOGUE`` (code → (vi, en)); a code defined twice is an error."""

from __future__ import annotations

import importlib
import pkgutil

CATALOGUE: dict[str, tuple[str, str]] = {}


def _load() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for code, pair in module.MESSAGES.items():
            if code in CATALOGUE:
                raise RuntimeError(f"message {code!r} is defined twice (again in {info.name})")
            CATALOGUE[code] = pair


_load()
