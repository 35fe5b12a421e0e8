"""The CLI's hand-off commands: ``export --changes-since REF``, ``diff REF INPUT``, and recording sent versions.

Kept apart from ``editor/cli.py`` so that file stays a thin table of commands.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor.errors import InputError
from editor.messages import msg, render

if TYPE_CHECKING:
    from editor.model.photos import OpenedArticle

EXIT_OK = 0


def revision_instant(args: argparse.Namespace) -> datetime:
    """``--revision-date``, else SOURCE_DATE_EPOCH (reproducible builds' convention), else now (whole seconds)."""
    if getattr(args, "revision_date", None):
        when = args.revision_date
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def default_author(input_path: Path) -> str:
    from editor.storage.documents import open_article

    with open_article(input_path) as opened:
        names = [a.name.strip() for a in opened.article.authors if a.name.strip()]
    return names[0] if names else "Bản Thảo"


def export_with_changes(args: argparse.Namespace, options: object, report: Callable[[object], None]) -> None:
    from editor.export.api import export
    from editor.export.progress import run
    from editor.handoff import export_changes

    warnings: list[str] = []
    if Path(args.output).suffix.lower() in (".html", ".htm"):
        from editor.storage.documents import open_article

        with open_article(args.input) as opened:
            run(export(opened, args.output, profile=args.profile, options=options), report=report)
        review = write_review(args.changes_since, args.input, Path(args.output), profile=args.profile,
                              warnings=warnings)  # fmt: skip
        _warn(warnings)
        if not args.quiet:
            print(render(msg("versions.review_written", path=review)), file=sys.stderr)
        return
    author = args.author or default_author(args.input)
    steps = export_changes(args.input, args.output, args.changes_since, profile=args.profile, docx=options,
                           author=author, when=revision_instant(args), warnings=warnings)  # fmt: skip
    run(steps, report=report)
    _warn(warnings)


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"banthao: {warning}", file=sys.stderr)


def review_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.review.html")


def write_review(ref: str, input_path: Path, out: Path, *, profile: str | None, warnings: list[str]) -> Path:
    """The desk's review page beside the publishable ``out``: the new article with <ins>/<del> marks."""
    from editor.diff.report import review_html
    from editor.files.atomic import write_bytes_atomic

    changes, label = _compare(ref, input_path, profile, warnings)
    target = review_path(out)
    write_bytes_atomic(target, review_html(changes, ref_label=label).encode("utf-8"))
    return target


def _compare(ref: str, input_path: Path, profile: str | None, warnings: list[str]) -> tuple[list, str]:
    from editor.export.api import resolve_profile
    from editor.handoff import compare_articles, open_ref, other_article_warning, side_of
    from editor.storage.documents import open_article
    from editor.text.dateline import format_dateline

    chosen = resolve_profile(profile)
    with open_article(input_path) as opened:
        new = side_of(opened)
        old = open_ref(ref, opened, warnings)
        try:
            warning = other_article_warning(old, new)
            if warning:
                warnings.append(warning)
            changes = compare_articles(old, new, lambda instant: format_dateline(instant, chosen.dateline))
        finally:
            old.close()
    return changes, old.label


def run_diff(args: argparse.Namespace) -> int:
    from editor.diff.report import as_json, lines

    warnings: list[str] = []
    changes, label = _compare(args.ref, args.input, args.profile, warnings)
    _warn(warnings)
    if args.json:
        print(json.dumps({"ref": label, "input": str(args.input), "changes": as_json(changes)}, ensure_ascii=False,
                         indent=2))  # fmt: skip
        return EXIT_OK
    found = lines(changes)
    for line in found:
        print(line)
    if not found:
        print(render(msg("versions.no_changes")), file=sys.stderr)
    return EXIT_OK


def record_sent_version(args: argparse.Namespace, opened: OpenedArticle | None = None) -> None:
    """An export of a project to the desk is remembered in it (a failure to record is said, never fatal).

    ``opened``: the article as the export opened it; its project records the version without being opened again."""
    from editor.storage.documents import resolve_input
    from editor.storage.project import SUFFIX, Project
    from editor.storage.versions import record
    from editor.text.profile import DEFAULT_PROFILE

    source = resolve_input(Path(args.input))
    if source.suffix.lower() != SUFFIX:
        return
    out = Path(args.output)
    from editor.export.registry import writer_for

    fmt = writer_for(out).key  # docx, html, markdown…
    if fmt == "docx" and getattr(args, "changes_since", None):
        fmt = "changes"
    elif fmt == "docx" and args.bundle:
        fmt = "bundle"
    profile = str(args.profile or DEFAULT_PROFILE)
    open_project = getattr(opened.owner, "project", None) if opened is not None else None
    try:
        if opened is not None and isinstance(open_project, Project):  # the export's open project
            number = record(open_project, opened.article, file_name=out.name, fmt=fmt, profile=profile)
        else:
            with Project.open(source) as project:
                number = record(project, project.load(), file_name=out.name, fmt=fmt, profile=profile)
    except InputError as error:
        print(f"banthao: {render(msg('versions.not_recorded', problem=error.one_line()))}", file=sys.stderr)
        return
    if not args.quiet:
        print(render(msg("versions.recorded", number=number)), file=sys.stderr)
