"""Build the self-contained app for the OS this runs on: ``dist/banthao/`` holding ``banthao`` (``banthao.exe``).

    .venv/bin/pip install -e '.[build]' && .venv/bin/python packaging/build.py [--smoke]

PyInstaller freezes Python, PySide6 (with Qt's plugins and translations), Pillow, python-docx, Babel's locale data,
tzdata and our resources (profiles, templates, the reference DOCX, the interface catalogues, the sample, icons) into
one folder; nothing is downloaded at build or run time. The Qt modules we never import are left out. ``--smoke``
runs the frozen app's ``--version`` afterwards. The same script runs on Windows and macOS runners
(``.github/workflows/build.yml``); on macOS it also makes ``dist/Bản Thảo.app``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "dist"
WORK = REPO / "build" / "pyinstaller"
NAME = "banthao"
# Qt modules PySide6-Essentials ships that the app never imports (each brings its own libraries).
UNUSED_QT = (
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest", "QtOpenGL",
    "QtOpenGLWidgets", "QtSql", "QtTest", "QtDBus", "QtConcurrent", "QtDesigner", "QtHelp", "QtUiTools",
    "QtXml", "QtSvgWidgets", "QtMultimedia", "QtWebEngineCore", "QtPdf", "QtPdfWidgets", "QtStateMachine",
)  # fmt: skip
UNUSED_PYTHON = (
    "tkinter", "unittest", "pydoc_data", "pytest", "hypothesis", "_pytest", "IPython", "numpy",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingtk", "PIL.ImageTk", "lxml.objectify",
)  # fmt: skip  # AVIF is not among the accepted photo formats (editor/media/safe_open.py); lxml.html is the web paste's


def executable() -> Path:
    return DIST / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def pyinstaller_args() -> list[str]:
    sep = os.pathsep  # PyInstaller's --add-data separator is the platform's path separator
    icon = REPO / "resources" / "icons" / ("banthao.ico" if sys.platform == "win32" else "banthao.icns")
    args = [
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        *(["--strip"] if sys.platform.startswith("linux") else []),  # symbols: libpython alone is 23 MB with them
        f"--name={NAME}",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        f"--specpath={WORK}",
        f"--paths={REPO}",  # an editable install's import hook is invisible to PyInstaller's analysis
        f"--add-data={REPO / 'resources'}{sep}resources",
        "--collect-submodules=editor",  # the message catalogue finds its area modules with pkgutil
        "--collect-data=tzdata",
        "--collect-data=babel",
        "--collect-data=docx",
        "--collect-data=slugify",
        "--collect-data=text_unidecode",
        "--hidden-import=text_unidecode",  # python-slugify imports its backend by name at run time
    ]
    for module in UNUSED_QT:
        args.append(f"--exclude-module=PySide6.{module}")
    for module in UNUSED_PYTHON:
        args.append(f"--exclude-module={module}")
    if sys.platform in ("win32", "darwin"):
        args.append(f"--icon={icon}")  # Linux takes the icon from the .desktop entry instead
    if sys.platform == "darwin":
        args += ["--windowed", "--osx-bundle-identifier=vn.banthao.app"]
    return [*args, str(REPO / "packaging" / "entry.py")]


# Qt plugins a desktop app on X11/Wayland uses; the rest (embedded EGL, VNC, evdev input, gtk3 theme, which alone
# pulls in GTK, cairo and pango) are dropped. Offscreen and minimal stay for smoke tests and headless use.
KEEP_PLUGINS = {
    "platforms": ("libqxcb", "libqwayland", "libqoffscreen", "libqminimal", "qwindows", "qcocoa", "qoffscreen",
                  "qminimal"),
    "imageformats": ("libqjpeg", "libqsvg", "libqico", "qjpeg", "qsvg", "qico", "libqicns", "qicns"),
    "platformthemes": ("libqxdgdesktopportal",),
}  # fmt: skip
DROP_PLUGIN_DIRS = (
    "egldeviceintegrations",
    "generic",
    "platforminputcontexts_unused",
    "wayland-graphics-integration-client",
)
BABEL_LOCALES = ("root", "vi", "en")  # datelines and numbers are Vietnamese; the interface may be English


def prune(folder: Path) -> list[str]:
    """Drop what the freezer collected but the app cannot use; the names of what went."""
    internal = folder / "_internal"
    gone: list[str] = []

    def drop(path: Path) -> None:
        gone.append(str(path.relative_to(folder)))
        shutil.rmtree(path) if path.is_dir() else path.unlink()

    for qm in internal.rglob("translations/*.qm"):
        if not qm.stem.endswith(("_vi", "_en")):
            drop(qm)
    for dat in (internal / "babel" / "locale-data").glob("*.dat"):
        if dat.stem not in BABEL_LOCALES and not dat.stem.startswith(("vi_", "en_US", "en_001")):
            drop(dat)
    for plugins in internal.rglob("plugins"):
        for kind, keep in KEEP_PLUGINS.items():
            for lib in (plugins / kind).glob("*") if (plugins / kind).is_dir() else ():
                if not lib.name.startswith(keep):
                    drop(lib)
        for name in DROP_PLUGIN_DIRS:
            if (plugins / name).is_dir():
                drop(plugins / name)
    for junk in ("resources/sample/make_photos.py", "resources/i18n/build_translations.py"):
        if (internal / junk).exists():
            drop(internal / junk)
    if sys.platform.startswith("linux"):
        gone += drop_unreferenced_libraries(internal)
    return gone


def _needed(elf: Path) -> set[str]:
    """The DT_NEEDED names of an ELF file (binutils' readelf; empty when it is missing or the file is not ELF)."""
    try:
        out = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True, check=False).stdout
    except OSError:
        return set()
    return {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line}


def drop_unreferenced_libraries(internal: Path) -> list[str]:
    """Shared libraries that no Python extension, Qt plugin or other kept library needs (what the dropped plugins
    alone had pulled in). Candidates are the ``lib*.so*`` beside the interpreter and in Qt's own ``lib`` folder;
    everything else (extension modules, plugins, the executable) is a root."""
    if shutil.which("readelf") is None:
        return []
    folders = (internal, *internal.glob("PySide6/Qt/lib"))
    libraries = {p.name: p for folder in folders for p in folder.glob("lib*.so*") if p.is_file()}
    candidates = set(libraries.values())
    roots = [p for p in internal.rglob("*.so*") if p.is_file() and p not in candidates]
    roots.append(internal.parent / NAME)
    kept = {name for name in libraries if name.startswith("libpython")}
    queue = list(roots)
    while queue:
        for name in _needed(queue.pop()):
            if name in libraries and name not in kept:
                kept.add(name)
                queue.append(libraries[name])
    gone = []
    for name, path in libraries.items():
        if name not in kept:
            path.unlink()
            gone.append(name)
    return gone


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the frozen app's --version afterwards")
    args = parser.parse_args()
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is missing: .venv/bin/pip install -e '.[build]'", file=sys.stderr)
        return 2
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    pyinstaller.run(pyinstaller_args())
    gone = prune(DIST / NAME)
    print(f"pruned {len(gone)} unused files (Qt plugins and translations, Babel locales, the libraries they needed)")
    exe = executable()
    if not exe.exists():
        print(f"the build made no {exe.relative_to(REPO)}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in (DIST / NAME).rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {exe.relative_to(REPO)} ({size / 1e6:.0f} MB in {NAME}/)")
    if args.smoke:
        subprocess.run([str(exe), "--version"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
