"""The window's parts get what they need, not the window: read with ``ast`` (as tests/foundation/test_layers.py reads
the core), the command and dialog modules never import the main window, and ``editor/ui`` has no import circle."""

from __future__ import annotations

import pytest

from tests.foundation.test_layers import GRAPH, find_circles

# Edges to leave aside while a refactor takes them apart (none now: the Qt-free workspace, issue 12 item 2, took
# the session's apart). Delete an entry when its import has gone.
PENDING: set[tuple[str, str]] = set()
PARTS = ("files", "photo_actions", "import_actions", "export_dialog", "versions_dialog", "recent_menu", "preferences")


@pytest.mark.parametrize("part", PARTS)
def test_the_parts_do_not_import_the_main_window(part: str) -> None:
    assert "editor.ui.main_window" not in GRAPH[f"editor.ui.{part}"]


def test_editor_ui_has_no_import_circle() -> None:
    """Type-only and lazy imports count too: a circle of them is still a circle of knowledge."""
    ui = {m: {t for t in ts if t.startswith("editor.ui.") and (m, t) not in PENDING}
          for m, ts in GRAPH.items() if m.startswith("editor.ui.")}  # fmt: skip
    circles = find_circles(ui)
    assert not circles, "import circles in editor/ui:\n" + "\n".join(circles)


def test_the_circle_finder_finds_one() -> None:
    assert find_circles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a → b → c → a"]
