"""Read exported photos' metadata with the real readers: exiftool (-j) and PHP's iptcparse (what WordPress uses)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.support.external import require_tool

IPTCPARSE = Path(__file__).resolve().parent / "iptcparse.php"


def exiftool_json(*paths: Path) -> list[dict[str, object]]:
    """exiftool's view of ``paths`` (one dict each, keys "Group:Tag", every value as text, duplicates kept)."""
    tool = require_tool("exiftool")
    out = subprocess.run([tool, "-j", "-a", "-G1", "-struct", "-charset", "iptc=UTF8", *map(str, paths)],
                         capture_output=True, check=True, timeout=120)  # fmt: skip
    return json.loads(out.stdout.decode("utf-8"))


def iptcparse(path: Path) -> dict[str, list[str]]:
    """PHP's ``iptcparse`` of the JPEG's APP13, keys like "2#120"."""
    php = require_tool("php")
    out = subprocess.run([php, str(IPTCPARSE), str(path)], capture_output=True, check=True, timeout=60)
    return json.loads(out.stdout.decode("utf-8"))
