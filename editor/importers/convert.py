"""ODT, DOC and RTF drafts become DOCX through LibreOffice headless, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from editor.errors import InputError
from editor.messages import msg

TIMEOUT = 300


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(path: Path, folder: Path, kind: str) -> Path:
    """``path`` converted to ``folder/<stem>.docx``; InputError naming the file when it cannot be."""
    program = soffice()
    if program is None:
        raise InputError(msg("importers.need_libreoffice", kind=kind), source=path)
    with tempfile.TemporaryDirectory(prefix="banthao-lo-") as profile:
        command = [program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder), str(path)]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise InputError(msg("importers.convert_failed", reason=f"> {TIMEOUT} s"), source=path) from None
        except OSError as exc:
            raise InputError(msg("importers.convert_failed", reason=exc.strerror or str(exc)), source=path) from None
    out = folder / f"{path.stem}.docx"
    if not out.is_file():
        reason = (done.stderr or done.stdout or b"").decode("utf-8", "replace").strip().splitlines()
        raise InputError(msg("importers.convert_failed", reason=(reason[-1] if reason else "?")[:120]), source=path)
    return out
