"""The command line: open the app, or run headless commands (convert, export, check).

Exit codes: 0 success; 1 ``check`` found errors; 2 bad input (one line on stderr naming the file); 3 an internal
error (one line on stderr, details in a log file under the cache folder); 130 interrupted. Never a traceback, never a
partial output file.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from editor import __version__
from editor.errors import Cancelled, InputError

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
COMMANDS = ("convert", "export", "check", "diff")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="banthao",
        description="Bản Thảo: assemble a Vietnamese news article with captioned photos; export DOCX and HTML.",
        epilog="Without a command, opens the app (on FILE when given: an article .json, a folder holding "
        "article.json, or a .banthao project). Exit codes: 0 ok, 1 check found errors, 2 bad input, "
        "3 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    convert = commands.add_parser(
        "convert",
        help="convert between an interchange JSON (with its photos) and a project file, either way",
        description="IN.json (or a folder with article.json) → OUT.banthao, or IN.banthao → OUT.json "
        "(the original photos are written beside OUT.json under their names). Lossless both ways.",
    )
    convert.add_argument("input", type=Path, metavar="IN")
    convert.add_argument("output", type=Path, metavar="OUT")

    formats = _formats()
    export = commands.add_parser("export", help=f"export an article ({formats})")
    export.add_argument("input", type=Path, metavar="INPUT", help="an article .json, its folder, or a .banthao project")
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help=f"the output; its suffix chooses the format: {formats}",
    )
    export.add_argument("--profile", metavar="NAME", help="outlet profile name or a profile .json file")
    docx = export.add_argument_group("DOCX")
    docx.add_argument("--reference", type=Path, metavar="FILE.docx", help="a newsroom's own reference DOCX")
    docx.add_argument("--bundle", action="store_true", help="also write OUT.zip with the original photos in order")
    docx.add_argument("--font-size", type=float, metavar="PT", help="body font size (default from the profile)")
    docx.add_argument("--number-captions", action="store_true", help="number captions “Ảnh 1” with SEQ fields")
    docx.add_argument("--embed-originals", action="store_true", help="embed original photos, not renditions")
    html = export.add_argument_group("HTML").add_mutually_exclusive_group()
    html.add_argument("--folder", dest="html_mode", action="store_const", const="folder", help="OUT.html + OUT_files/")
    html.add_argument("--self-contained", dest="html_mode", action="store_const", const="self-contained")
    html.add_argument("--fragment", dest="html_mode", action="store_const", const="fragment", help="body only")
    export.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    _add_changes_arguments(export)

    check = commands.add_parser("check", help="pre-send checks: what a desk editor would send back")
    check.add_argument("input", type=Path, metavar="INPUT")
    check.add_argument("--profile", metavar="NAME")
    check.add_argument("--json", action="store_true", help="machine-readable output")

    diff = commands.add_parser("diff", help="what changed between REF and INPUT, as readable lines")
    diff.add_argument("ref", metavar="REF", help="a version number of INPUT's project, an article .json, a "
                      ".banthao project or a DOCX exported by Bản Thảo")  # fmt: skip
    diff.add_argument("input", type=Path, metavar="INPUT")
    diff.add_argument("--profile", metavar="NAME")
    diff.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _add_changes_arguments(export: argparse.ArgumentParser) -> None:
    from datetime import datetime

    changes = export.add_argument_group("corrections for the desk")
    changes.add_argument("--changes-since", metavar="REF", help="DOCX: mark every difference from REF as a Word "
                         "revision; HTML: also write OUT.review.html with the changes marked. REF: a version "
                         "number of the project, an article .json, a .banthao or a DOCX Bản Thảo exported")  # fmt: skip
    changes.add_argument("--author", metavar="NAME", help="author of the revisions (default: the first byline)")
    changes.add_argument("--revision-date", type=datetime.fromisoformat, metavar="ISO",
                         help="instant stamped on the revisions (default: now, or SOURCE_DATE_EPOCH)")  # fmt: skip


def _formats() -> str:
    from editor.export.registry import writers

    return ", ".join(f"{'/'.join(w.suffixes)} {w.label('en')}" for w in writers())


def _convert(args: argparse.Namespace) -> int:
    from editor.storage.documents import json_to_project, project_to_json, resolve_input
    from editor.storage.project import SUFFIX

    source, target = resolve_input(args.input), args.output
    from editor.importers.cli import convert_draft, handles

    if handles(source):
        convert_draft(source, target)
        from editor.checks.cli import run_check

        run_check(target)  # the pre-send checks on the result, for the reporter; they do not change the exit code
        return EXIT_OK
    if source.suffix.lower() == ".json" and target.suffix.lower() == SUFFIX:
        json_to_project(source, target)
    elif source.suffix.lower() == SUFFIX and target.suffix.lower() == ".json":
        project_to_json(source, target)
    else:
        raise InputError(f"convert needs IN.json → OUT{SUFFIX} or IN{SUFFIX} → OUT.json", source=args.input)
    print(f"{source} → {target}", file=sys.stderr)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from editor.export.api import export
    from editor.export.options import DocxOptions, HtmlOptions
    from editor.export.progress import run
    from editor.export.registry import writer_for
    from editor.storage.documents import explain, open_article

    writer = writer_for(args.output)  # a wrong suffix fails before the input is opened
    if writer.key == "docx":
        options = DocxOptions(
            reference=args.reference,
            bundle=args.bundle,
            font_size=args.font_size,
            caption_numbering=args.number_captions,
            embed_originals=args.embed_originals,
        )
    elif writer.key == "html":
        options = HtmlOptions(mode=args.html_mode or "folder")
    else:
        options = writer.options()

    def report(step: object) -> None:
        if not args.quiet:
            print(f"[{step.done}/{step.total}] {step.message}", file=sys.stderr)  # type: ignore[attr-defined]

    from editor.cli_changes import export_with_changes, record_sent_version

    if args.changes_since:
        export_with_changes(args, options, report)
    else:
        with open_article(args.input) as opened:
            try:
                run(export(opened, args.output, profile=args.profile, options=options), report=report)
            except InputError as error:
                raise explain(opened, error) from None  # the article's photo and the project, never a cache file
    if not args.quiet:
        print(f"→ {args.output}", file=sys.stderr)
    record_sent_version(args)
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from editor.cli_changes import run_diff

    return run_diff(args)


def _check(args: argparse.Namespace) -> int:
    try:
        from editor.checks.cli import run_check
    except ImportError:
        raise InputError("the check command is not available in this build", source=args.input) from None
    return run_check(args.input, profile=args.profile, as_json=args.json)


def _open_app(path: Path | None) -> int:
    try:
        from editor.ui.app import run
    except ImportError as exc:
        print(f"banthao: the desktop app cannot start: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    return run(path)


def _guarded(action: Callable[[], int]) -> int:
    try:
        return action()
    except InputError as error:
        print(f"banthao: {error.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (KeyboardInterrupt, Cancelled):
        print("banthao: cancelled", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the promise is: never a traceback on the user's terminal
        log = _log_internal_error()
        print(f"banthao: internal error ({exc.__class__.__name__}: {exc}); details in {log}", file=sys.stderr)
        return EXIT_INTERNAL


def _log_internal_error() -> Path | str:
    try:
        from editor.files.paths import cache_dir

        log = cache_dir() / "error.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return log
    except Exception:
        return "(no log: the cache folder is not writable)"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `banthao FILE` opens FILE in the app: anything that is not a command or an option is a file to open.
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            print("banthao: give at most one file to open", file=sys.stderr)
            return EXIT_BAD_INPUT
        return _guarded(lambda: _open_app(Path(argv[0]) if argv else None))
    args = _parser().parse_args(argv)
    handlers = {"convert": _convert, "export": _export, "check": _check, "diff": _diff}
    return _guarded(lambda: handlers[args.command](args))
