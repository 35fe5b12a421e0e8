"""Pre-send checks (no Qt): findings with a severity, a bilingual message, a location and an optional fix."""

from __future__ import annotations

# Importing the rule modules registers their rules with the runner (editor.checks.rules.RULES).
from editor.checks import figures as _figures  # noqa: F401
from editor.checks import photo_files as _photo_files  # noqa: F401
from editor.checks import rights as _rights  # noqa: F401
from editor.checks.findings import Finding, Location, Severity
from editor.checks.fixes import apply_finding_fix, apply_fix
from editor.checks.rules import CheckContext, run_checks

__all__ = ["CheckContext", "Finding", "Location", "Severity", "apply_finding_fix", "apply_fix", "run_checks"]
