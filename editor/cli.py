"""The command line: open the app, or run headless commands (convert, export, check).

Exit codes: 0 success; 1 ``check`` found errors; 2 bad input (one line on stderr naming the file); 3 an internal
error (one line on stderr, details in a log file under the cache folder); 130 interrupted. Never a traceback, never a
partial output file.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from editor import __version__
from editor.errors import Cancelled, InputError
from editor.messages import current_language, msg, render, set_language, text
from editor.messages.catalogue import CATALOGUE

if TYPE_CHECKING:
    from editor.model.photos import OpenedArticle

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
COMMANDS = ("convert", "export", "check", "diff")


def _parser() -> argparse.ArgumentParser:
    """The argument parser, its help in the current language (build it inside ``_argparse_words``)."""

    def h(key: str, **args: object) -> str:
        return text(f"cli.help.{key}", **args)

    parser = argparse.ArgumentParser(prog="banthao", description=text("cli.description"), epilog=text("cli.epilog"))
    version_help = text("cli.argparse.show program's version number and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help=version_help)
    parser.add_argument("--lang", choices=("vi", "en"), help=h("lang"))  # read before parsing; listed for --help
    commands = parser.add_subparsers(dest="command", metavar=h("commands"))

    convert = commands.add_parser("convert", help=h("convert"), description=h("convert-description"))
    convert.add_argument("input", type=Path, metavar="IN")
    convert.add_argument("output", type=Path, metavar="OUT")

    formats = _formats()
    export = commands.add_parser("export", help=h("export", formats=formats), description=h("export", formats=formats))
    export.add_argument("input", type=Path, metavar="INPUT", help=h("input"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                        help=h("output", formats=formats))  # fmt: skip
    export.add_argument("--profile", metavar="NAME", help=h("profile"))
    docx = export.add_argument_group(text("cli.group.docx"))
    docx.add_argument("--reference", type=Path, metavar="FILE.docx", help=h("reference"))
    docx.add_argument("--bundle", action="store_true", help=h("bundle"))
    docx.add_argument("--font-size", type=float, metavar="PT", help=h("font-size"))
    docx.add_argument("--number-captions", action="store_true", help=h("number-captions"))
    docx.add_argument("--embed-originals", action="store_true", help=h("embed-originals"))
    html = export.add_argument_group(text("cli.group.html")).add_mutually_exclusive_group()
    html.add_argument("--folder", dest="html_mode", action="store_const", const="folder", help=h("folder"))
    html.add_argument("--self-contained", dest="html_mode", action="store_const", const="self-contained",
                      help=h("self-contained"))  # fmt: skip
    html.add_argument("--fragment", dest="html_mode", action="store_const", const="fragment", help=h("fragment"))
    export.add_argument("-q", "--quiet", action="store_true", help=h("quiet"))
    _add_changes_arguments(export, h)

    check = commands.add_parser("check", help=h("check"), description=h("check"))
    check.add_argument("input", type=Path, metavar="INPUT", help=h("input"))
    check.add_argument("--profile", metavar="NAME", help=h("profile"))
    check.add_argument("--json", action="store_true", help=h("json"))

    diff = commands.add_parser("diff", help=h("diff"), description=h("diff"))
    diff.add_argument("ref", metavar="REF", help=h("diff-ref"))
    diff.add_argument("input", type=Path, metavar="INPUT", help=h("input"))
    diff.add_argument("--profile", metavar="NAME", help=h("profile"))
    diff.add_argument("--json", action="store_true", help=h("json"))
    return parser


def _add_changes_arguments(export: argparse.ArgumentParser, h: Callable[..., str]) -> None:
    from datetime import datetime

    changes = export.add_argument_group(h("changes-group"))
    changes.add_argument("--changes-since", metavar="REF", help=h("changes-since"))
    changes.add_argument("--author", metavar="NAME", help=h("author"))
    changes.add_argument("--revision-date", type=datetime.fromisoformat, metavar="ISO", help=h("revision-date"))


@contextlib.contextmanager
def _argparse_words() -> Iterator[None]:
    """argparse's own words ("usage:", "options", its errors) from the catalogue, while the parser is in use."""

    def gettext(source: str) -> str:
        code = f"cli.argparse.{source}"
        return text(code) if code in CATALOGUE else source

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _take_language(argv: list[str]) -> list[str]:
    """Apply ``--lang vi|en`` (anywhere on the line) and return the other arguments."""
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv):
            value, i = argv[i + 1], i + 2
        elif arg.startswith("--lang="):
            value, i = arg.split("=", 1)[1], i + 1
        else:
            rest.append(arg)
            i += 1
            continue
        if value.lower() not in ("vi", "en"):
            raise InputError(msg("cli.bad-language", value=value))
        set_language(value.lower())
    return rest


def _formats() -> str:
    from editor.export.registry import writers

    return ", ".join(f"{'/'.join(w.suffixes)} {w.label(current_language())}" for w in writers())


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
        raise InputError(msg("cli.convert-direction", suffix=SUFFIX), source=args.input)
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
            print(f"[{step.done}/{step.total}] {render(step.step)}", file=sys.stderr)  # type: ignore[attr-defined]

    from editor.cli_changes import export_with_changes, record_sent_version

    def written(opened: OpenedArticle | None = None) -> None:
        if not args.quiet:
            print(f"→ {args.output}", file=sys.stderr)
        record_sent_version(args, opened)  # in the project already open, when there is one (a second open: 24 ms)

    if args.changes_since:
        export_with_changes(args, options, report)
        written()
        return EXIT_OK
    with open_article(args.input) as opened:
        try:
            run(export(opened, args.output, profile=args.profile, options=options), report=report)
        except InputError as error:
            raise explain(opened, error) from None  # the article's photo and the project, never a cache file
        written(opened)
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from editor.cli_changes import run_diff

    return run_diff(args)


def _check(args: argparse.Namespace) -> int:
    try:
        from editor.checks.cli import run_check
    except ImportError:
        raise InputError(msg("cli.check-unavailable"), source=args.input) from None
    return run_check(args.input, profile=args.profile, as_json=args.json)


def _open_app(path: Path | None) -> int:
    try:
        from editor.ui.app import run
    except ImportError:
        print(f"banthao: {text('cli.app-cannot-start', log=_log_internal_error())}", file=sys.stderr)
        return EXIT_INTERNAL
    return run(path)


def _guarded(action: Callable[[], int]) -> int:
    try:
        return action()
    except InputError as error:
        print(f"banthao: {error.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (KeyboardInterrupt, Cancelled):
        print(f"banthao: {text('cli.cancelled')}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:  # the promise is: never a traceback on the user's terminal; Python's words go to the log
        print(f"banthao: {text('cli.internal-error', log=_log_internal_error())}", file=sys.stderr)
        return EXIT_INTERNAL


def _log_internal_error() -> Path | str:
    try:
        from editor.files.paths import cache_dir

        log = cache_dir() / "error.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return log
    except Exception:
        return text("cli.no-log")


def _open_log() -> None:
    """Refusals' technical reasons (Pillow's, SQLite's, Python's words) go to banthao.log in the cache folder."""
    try:
        from editor.files.paths import cache_dir
        from editor.messages.log import open_log_file

        open_log_file(cache_dir())
    except Exception:  # no cache folder: the reasons are dropped, the reporter's line is unchanged
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        argv = _take_language(argv)  # --lang vi|en; else BANTHAO_LANG; else Vietnamese
    except InputError as error:
        print(f"banthao: {error.one_line()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _open_log()
    # `banthao FILE` opens FILE in the app: anything that is not a command or an option is a file to open.
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            print(f"banthao: {text('cli.one-file')}", file=sys.stderr)
            return EXIT_BAD_INPUT
        return _guarded(lambda: _open_app(Path(argv[0]) if argv else None))
    with _argparse_words():
        args = _parser().parse_args(argv)
    if args.command is None:  # options alone (e.g. only --lang): nothing to run but the app
        return _guarded(lambda: _open_app(None))
    handlers = {"convert": _convert, "export": _export, "check": _check, "diff": _diff}
    return _guarded(lambda: handlers[args.command](args))
