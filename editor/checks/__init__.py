"""Pre-send checks (no Qt): findings with a severity, a bilingual message, a location and an optional fix.

``editor.checks.rules`` runs them (``run_checks``; the rule modules register when it first runs), ``findings``
holds what they find, ``fixes`` applies a finding's fix, ``find`` is find and replace. Nothing is imported here,
so the app's find bar and panels load only the part they use at start-up.
"""
