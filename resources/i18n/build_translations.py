"""Regenerate the UI catalogues: lupdate over editor/ui, Vietnamese filled from vi.tsv, lrelease to .qm.

    .venv/bin/python resources/i18n/build_translations.py

English is the source language, so banthao_en.ts only lists the strings (a translator's starting point) and the app
loads no catalogue for English. A source string missing from vi.tsv is reported and left unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> int:
    sources = sorted(str(p) for p in (REPO / "editor" / "ui").glob("*.py"))
    for lang in ("vi", "en"):
        ts = HERE / f"banthao_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-target-language",
                        "vi_VN" if lang == "vi" else "en_US", "-ts", str(ts)], check=True, cwd=REPO)  # fmt: skip
    table = {}
    for line in (HERE / "vi.tsv").read_text("utf-8").splitlines():
        if line.strip():
            source, _, translation = line.partition("\t")
            table[source] = translation
    ts = HERE / "banthao_vi.ts"
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None:
            continue
        if source in table:
            node.text = table[source]
            node.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(HERE / "banthao_vi.qm")], check=True)
    for source in missing:
        print(f"untranslated: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
