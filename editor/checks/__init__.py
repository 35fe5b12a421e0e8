"""Pre-send checks (no Qt): findings with a severity, a bilingual message, a location and an optional fix."""

from __future__ import annotations

from editor.checks import rights as _rights  # noqa: F401  (registers the photo rights rules with the runner)
from editor.checks.findings import Finding, Location, Severity
from editor.checks.fixes import apply_finding_fix, apply_fix
from editor.checks.rules import CheckContext, run_checks

__all__ = ["CheckContext", "Finding", "Location", "Severity", "apply_finding_fix", "apply_fix", "run_checks"]
