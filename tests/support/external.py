"""Real clients nobody here wrote (LibreOffice, pandoc, pdftotext, the Nu checker, Chromium).

On a reporter's or developer's machine a missing client skips its tests with a clear reason. CI sets
BANTHAO_REQUIRE_EXTERNAL=1 (see .ci/run): there a missing client fails the test, so a green CI means they ran.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(*names: str) -> str:
    """The path of the first of ``names`` on PATH; skip (or fail in CI) when none is installed."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    message = f"{' / '.join(names)} is not installed"
    if os.environ.get("BANTHAO_REQUIRE_EXTERNAL") == "1":
        pytest.fail(f"{message}, and BANTHAO_REQUIRE_EXTERNAL=1 says it must be")
    pytest.skip(message)
    raise AssertionError("unreachable")
