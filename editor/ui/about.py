"""Tệp › Giới thiệu: the version, what the app bundles and under which licence, where the log is, which fonts it found.

Only reads; everything shown is computed when the dialog opens, so it tells the truth about this machine and build.
"""

from __future__ import annotations

import html
import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFont, QFontInfo, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from editor import __version__
from editor.ui.i18n import I18N_DIR

ICON = I18N_DIR.parent / "icons" / "banthao.svg"  # the app's icon (editor.ui.app sets it from here)

# What a build carries, with the licence each is distributed under (checked against each project's own files).
BUNDLED = (
    ("Python", "PSF-2.0"),
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("Pillow", "MIT-CMU (HPND)"),
    ("pi-heif, libheif, libde265", "BSD-3-Clause; LGPL-3.0"),
    ("python-docx", "MIT"),
    ("lxml, libxml2", "BSD-3-Clause; MIT"),
    ("Babel, CLDR data", "BSD-3-Clause; Unicode-3.0"),
    ("tzdata", "Apache-2.0"),
    ("Jinja2, MarkupSafe", "BSD-3-Clause"),
    ("defusedxml", "PSF-2.0"),
    ("spylls", "MPL-2.0"),
    ("python-slugify, text-unidecode", "MIT; Artistic-1.0 / GPL-2.0+"),
    ("readability-lxml, cssselect, lxml-html-clean", "Apache-2.0; BSD-3-Clause"),
    ("chardet", "LGPL-2.1+"),
)
DOCX_FONT = "Times New Roman"  # the house template's font (resources/docx/reference.docx)


def font_report() -> tuple[str, str]:
    """(the font the DOCX names, the family this machine draws it with): Liberation Serif stands in on Linux."""
    return DOCX_FONT, QFontInfo(QFont(DOCX_FONT)).family()


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, log_path: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Bản Thảo"))
        self.setWindowIcon(QIcon(str(ICON)))
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>Bản Thảo {html.escape(__version__)}</h2>")
        heading.setObjectName("about-heading")
        layout.addWidget(heading)
        wanted, found = font_report()
        facts = [
            self.tr("Python {0}, Qt {1} (PySide6 {2}), {3}").format(
                platform.python_version(), qVersion(), pyside_version, platform.system() or sys.platform
            ),
            self.tr("Log file: {0}").format(log_path),
            self.tr("Font for the DOCX: {0}; on this computer it is drawn with {1}.").format(wanted, found),
        ]
        info = QLabel("<br>".join(html.escape(line) for line in facts))
        info.setObjectName("about-facts")
        info.setWordWrap(True)
        info.setTextInteractionFlags(info.textInteractionFlags() | info.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(info)
        licences = QTextBrowser()
        licences.setObjectName("about-licences")
        rows = "".join(f"<tr><td>{html.escape(n)}</td><td>{html.escape(lic)}</td></tr>" for n, lic in BUNDLED)
        licences.setHtml(
            f"<p>{html.escape(self.tr('Bản Thảo is free software under the MIT licence. It bundles:'))}</p>"
            f"<table cellpadding='3'>{rows}</table>"
        )
        layout.addWidget(licences)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 460)
