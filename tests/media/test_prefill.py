"""The photographer's by-line and the agency's credit line stay apart when a photo is read, and the printed credit
follows the outlet (``caption.credit_from``). Photos written by exiftool; read by our reader."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from editor.errors import InputError
from editor.media.metadata import read_metadata
from editor.media.prefill import figure_from_metadata, printed_credit
from editor.text.profile import load_profile, profile_from_mapping
from tests.support.external import require_tool


def photo(folder: Path, *tags: str) -> Path:
    path = folder / f"p{len(list(folder.iterdir()))}.jpg"
    Image.new("RGB", (64, 48), (90, 120, 160)).save(path, quality=90)
    tool = require_tool("exiftool")
    subprocess.run([tool, "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8", *tags, "-overwrite_original",
                    str(path)], check=True, capture_output=True, timeout=60)  # fmt: skip
    return path


@pytest.mark.parametrize(
    ("tags", "credit_from", "credit", "source"),
    [
        (("-IPTC:By-line=Dương Giang", "-IPTC:Credit=TTXVN"), "credit", "TTXVN", "IPTC 2:110"),
        (("-IPTC:By-line=Dương Giang", "-IPTC:Credit=TTXVN"), "creator", "Dương Giang", "IPTC 2:80"),
        (("-IPTC:By-line=Dương Giang", "-IPTC:Credit=TTXVN"), "creator/credit", "Dương Giang/TTXVN",
         "IPTC 2:80 + IPTC 2:110"),
        # The agency wrote the credit line with the name in it already: printed as written, never twice.
        (("-IPTC:By-line=Kim Kyung-Hoon", "-IPTC:Credit=REUTERS/Kim Kyung-Hoon"), "creator/credit",
         "REUTERS/Kim Kyung-Hoon", "IPTC 2:110"),
        # No credit line: the supplier (2:115 Source) is the agency; XMP photoshop:Source likewise.
        (("-IPTC:By-line=Nguyễn Khang", "-IPTC:Source=AFP"), "credit", "AFP", "IPTC 2:115"),
        (("-XMP-dc:Creator=Nguyễn Khang", "-XMP-photoshop:Source=AFP"), "creator/credit", "Nguyễn Khang/AFP",
         "XMP dc:creator + XMP photoshop:Source"),
        # A camera's own by-line only (a staff photographer): it is the credit whatever the outlet prints.
        (("-IPTC:By-line=Vân Anh",), "credit", "Vân Anh", "IPTC 2:80"),
        (("-EXIF:Artist=Vân Anh",), "creator/credit", "Vân Anh", "EXIF Artist"),
        # A Source that is the photographer again is not an agency.
        (("-IPTC:By-line=Vân Anh", "-IPTC:Source=Vân Anh"), "creator/credit", "Vân Anh", "IPTC 2:80"),
    ],
)  # fmt: skip
def test_by_line_and_credit_line_stay_apart(tmp_path, tags, credit_from, credit, source) -> None:  # type: ignore
    meta = read_metadata(photo(tmp_path, *tags))
    assert printed_credit(meta, credit_from) == (credit, source)
    figure = figure_from_metadata(meta, "images/p.jpg", credit_from)
    assert figure.credit == credit and figure.source_of("credit") == source
    assert figure.rights.creator == (meta.creator or "")  # the by-line is the creator, always
    assert figure.rights.creator and figure.source_of("creator") == meta.sources["creator"]


def test_a_photo_without_names_prefills_no_credit(tmp_path: Path) -> None:
    meta = read_metadata(photo(tmp_path, "-IPTC:Caption-Abstract=Phố cổ Hội An"))
    figure = figure_from_metadata(meta, "images/p.jpg", "creator/credit")
    assert (figure.caption, figure.credit, figure.rights.creator) == ("Phố cổ Hội An", "", "")
    assert dict(figure.provenance) == {"caption": "IPTC 2:120"}


def test_profiles_say_which_credit_they_print(tmp_path: Path) -> None:
    assert load_profile("bao-tin-tuc").credit_from == "creator/credit"  # "Ảnh: Văn Đức/TTXVN"
    assert load_profile("vnexpress").credit_from == "credit"  # "Ảnh: Reuters"
    with pytest.raises(InputError) as refused:
        profile_from_mapping({"caption": {"credit_from": "photographer"}}, name="x", source=tmp_path / "x.json")
    assert "caption.credit_from" in str(refused.value.where) or "caption.credit_from" in refused.value.one_line()
