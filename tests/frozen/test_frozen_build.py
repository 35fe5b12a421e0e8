"""Smoke tests of the self-contained build (``python packaging/build.py``), run as a reporter's PC would run it.

They run only when ``BANTHAO_FROZEN_APP`` names the built executable (``.ci/run`` builds it after the suite and runs
this module with it set); each command runs in a clean environment: no virtual environment on PATH, an empty HOME,
no Python variables. The outputs go through the same real clients as the exporters' own tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor import __version__
from tests.support.external import require_tool

APP = os.environ.get("BANTHAO_FROZEN_APP")
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "article.json"
TITLE = "Sức lan tỏa ở Uông Bí"
pytestmark = pytest.mark.skipif(not APP, reason="BANTHAO_FROZEN_APP is not set (build with packaging/build.py)")


def run_frozen(tmp_path: Path, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **(extra_env or {})}
    if sys.platform == "win32":  # Windows cannot start a process without these
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP", "PATH") if k in os.environ})
        env["LOCALAPPDATA"] = str(home)
    assert APP is not None
    return subprocess.run(
        [str(Path(APP).resolve()), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )


def test_version(tmp_path: Path) -> None:
    result = run_frozen(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout


def test_export_docx_opens_in_libreoffice_and_pandoc(tmp_path: Path) -> None:
    result = run_frozen(tmp_path, "export", str(SAMPLE), "-o", "bai.docx")
    assert result.returncode == 0, result.stderr
    docx = tmp_path / "bai.docx"
    with zipfile.ZipFile(docx) as package:
        assert "word/document.xml" in package.namelist()
        assert sum(n.startswith("word/media/") for n in package.namelist()) == 3
    pandoc = require_tool("pandoc")
    text = subprocess.run([pandoc, str(docx), "-t", "plain"], capture_output=True, text=True, check=True).stdout
    assert TITLE in text and "Ảnh: Vân Anh" in text
    soffice = require_tool("soffice", "libreoffice")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(docx)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdftotext = require_tool("pdftotext")
    pdf_text = subprocess.run([pdftotext, str(tmp_path / "bai.pdf"), "-"], capture_output=True, text=True).stdout
    assert TITLE in pdf_text


def test_export_html_with_its_renditions(tmp_path: Path) -> None:
    result = run_frozen(tmp_path, "export", str(SAMPLE), "-o", "bai.html")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "bai.html").read_text(encoding="utf-8")
    assert f"<h1>{TITLE}</h1>" in page or TITLE in page
    assert len(list((tmp_path / "bai_files").glob("*.jpg"))) >= 3


def test_an_iphone_heic_photo_exports(tmp_path: Path) -> None:
    """pi-heif's decoder (libheif, libde265) travels inside the build: a HEIC photo becomes a JPEG rendition."""
    import json

    folder = tmp_path / "bai"
    (folder / "images").mkdir(parents=True)
    heic = Path(__file__).resolve().parents[1] / "media" / "fixtures" / "iphone-orientation-6.heic"
    shutil.copy(heic, folder / "images" / "iphone.heic")
    article = {"version": 1, "title": "Ảnh từ iPhone",
               "body": [{"type": "paragraph", "text": "Đoạn."},
                        {"type": "figure", "image": "images/iphone.heic", "caption": "Chụp bằng iPhone",
                         "credit": "Vân Anh"}]}  # fmt: skip
    (folder / "article.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    result = run_frozen(tmp_path, "export", str(folder), "-o", "bai.html")
    assert result.returncode == 0, result.stderr + result.stdout
    assert list((tmp_path / "bai_files").glob("*.jpg"))


def test_check_and_bad_input(tmp_path: Path) -> None:
    result = run_frozen(tmp_path, "check", str(SAMPLE))
    assert result.returncode in (0, 1), result.stderr
    assert "lỗi" in result.stdout
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    bad = run_frozen(tmp_path, "check", str(tmp_path / "bad.json"))
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and "bad.json" in bad.stderr


def test_window_opens_and_is_painted(tmp_path: Path) -> None:
    """The GUI under Xvfb (offscreen when Xvfb is missing outside CI); the screenshot is kept for a person."""
    shot = tmp_path / "frozen-window.png"
    env = {"BANTHAO_SMOKE_SCREENSHOT": str(shot)}
    if shutil.which("xvfb-run"):
        home = tmp_path / "home"
        home.mkdir(exist_ok=True)
        command = ["xvfb-run", "-a", str(Path(APP or "").resolve()), str(SAMPLE)]
        full_env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **env}
        result = subprocess.run(command, cwd=tmp_path, env=full_env, capture_output=True, text=True, timeout=120)
    else:
        result = run_frozen(tmp_path, str(SAMPLE), extra_env={**env, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    from PIL import Image

    with Image.open(shot) as image:
        assert image.width >= 800 and image.height >= 500
        colours = image.convert("RGB").resize((64, 64)).getcolors(4096) or []
        assert len(colours) > 20  # drawn, not a blank frame
    keep = os.environ.get("BANTHAO_SMOKE_KEEP")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux desktop integration")
def test_desktop_integration_installs_for_the_user(tmp_path: Path) -> None:
    """packaging/linux/install.sh into an empty HOME: command, menu entry, icons, and the .banthao type."""
    home = tmp_path / "home"
    data = home / ".local" / "share"
    script = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "install.sh"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    command = home / ".local" / "bin" / "banthao"
    assert subprocess.run([str(command), "--version"], capture_output=True, text=True, env=env).returncode == 0
    entry = (data / "applications" / "banthao.desktop").read_text(encoding="utf-8")
    assert f"Exec={command} %f" in entry and "application/x-banthao" in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "banthao.png").is_file()
    if shutil.which("update-mime-database"):
        assert "*.banthao" in (data / "mime" / "globs2").read_text(encoding="utf-8")
