"""``python main.py check INPUT [--json]``: exit 0 when there is no error, 1 when there is, 2 on bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from editor.checks.findings import Severity
from editor.checks.rules import CheckContext, run_checks
from editor.messages import text
from editor.storage.documents import open_article


def run_check(path: Path, *, profile: str | None = None, as_json: bool = False, language: str | None = None) -> int:
    """Print the findings (in ``language``, default the current one); 1 when there is an error, else 0."""
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
            symbol = text(f"check.severity.{finding.severity.value}", language)
            print(f"{symbol:<9} {finding.place(language):<22} {finding.message(language)}")
        warnings = sum(f.severity is Severity.WARNING for f in findings)
        hints = len(findings) - errors - warnings
        print(text("check.summary", language, errors=errors, warnings=warnings, hints=hints))
    return 1 if errors else 0
