"""``python main.py check INPUT [--json]``: exit 0 when there is no error, 1 when there is, 2 on bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from editor.checks.findings import Severity
from editor.checks.rules import CheckContext, run_checks
from editor.storage.documents import open_article

SYMBOL = {Severity.ERROR: "LỖI", Severity.WARNING: "CẢNH BÁO", Severity.HINT: "GỢI Ý"}


def run_check(path: Path, *, profile: str | None = None, as_json: bool = False, language: str = "vi") -> int:
    from editor.export.api import resolve_profile
    from editor.text.spell import SpellChecker

    chosen = resolve_profile(profile)
    with open_article(path) as opened:
        spell = SpellChecker.open(tone_style=chosen.tone_style)
        findings = run_checks(CheckContext(opened.article, chosen, photos=opened.photos, spell=spell))
    errors = sum(f.severity is Severity.ERROR for f in findings)
    if as_json:
        json.dump(
            {"input": str(path), "errors": errors, "findings": [f.as_dict() for f in findings]},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for finding in findings:
            print(f"{SYMBOL[finding.severity]:<9} {finding.location.describe():<22} {finding.message(language)}")
        warnings = sum(f.severity is Severity.WARNING for f in findings)
        print(f"{errors} lỗi, {warnings} cảnh báo, {len(findings) - errors - warnings} gợi ý")
    return 1 if errors else 0
