"""Every hostile file is imported or refused with an InputError naming it: no crash, no hang, no noise."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import hostile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.errors import InputError
from editor.media.info import image_info
from editor.media.metadata import read_metadata
from editor.media.renditions import Recipe, make_rendition
from editor.media.safe_open import check_file, open_image
from editor.media.thumbnails import make_thumbnail

# These tests read the English messages.
pytestmark = [pytest.mark.timeout(20), pytest.mark.usefixtures("english")]


def _outcome(fn, path: Path) -> str:  # type: ignore[no-untyped-def]
    try:
        fn(path)
    except InputError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message, message
        assert exc.source, "the refusal must name the file"
        return "refuse"
    return "ok"


def test_every_case_is_imported_or_refused_cleanly(hostile_cases: list[hostile.Case], capfd) -> None:  # type: ignore[no-untyped-def]
    assert len(hostile_cases) > 60
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for case in hostile_cases:
            got = _outcome(lambda p: make_rendition(p, Recipe(max_width=64)), case.path)
            if case.expect != "either":
                assert got == case.expect, f"{case.name} ({case.note}): expected {case.expect}, got {got}"
            # The other entry points share the door: refused or fine, never another exception.
            info = _outcome(image_info, case.path)
            thumb = _outcome(make_thumbnail, case.path)
            assert info == thumb == got or case.expect == "either", case.name
            _outcome(read_metadata, case.path)  # reads headers only: may accept a file whose pixels are cut
    assert [str(w.message) for w in caught] == []
    out, err = capfd.readouterr()
    assert out == "" and err == "", "decoders must stay quiet on the terminal"


def test_refusals_name_the_file_and_say_what_is_wrong(hostile_cases: list[hostile.Case]) -> None:
    by_name = {c.name: c for c in hostile_cases}
    expectations = {
        "empty.jpg": "empty (0 bytes)",
        "text.jpg": "not a photo in a usable format",
        "eps.jpg": "not a photo in a usable format",
        "bomb-30000.png": "refused for safety",
        "bomb-13000x12000.png": "13000×12000",
        "absurd-jpeg-65535.jpg": "refused for safety",
        "truncated-jpeg-867.jpg": "truncated",
        "folder.jpg": "folder",
        "pipe.jpg": "pipe",
        "dangling.jpg": "not there",
    }
    for name, words in expectations.items():
        case = by_name[name]
        with pytest.raises(InputError) as info:
            make_rendition(case.path, Recipe(max_width=64))
        assert case.path.name in str(info.value)
        assert words in str(info.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.timeout(5)
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        open_image(fifo)


def test_a_file_growing_while_read_is_read_whole_and_bounded(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """read_file allocates the size fstat gives; a file that grows after fstat is still read to its end, and
    refused once it passes the size limit."""
    from editor.media import safe_open

    photo = tmp_path / "growing.jpg"
    photo.write_bytes(b"x" * 100)
    real_fstat = os.fstat

    def fstat_then_grow(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        with open(photo, "ab") as f:  # the photographer's sync tool appends while we read
            f.write(b"y" * 50)
        return st

    monkeypatch.setattr(safe_open.os, "fstat", fstat_then_grow)
    _resolved, data = safe_open.read_file(photo)
    assert data == b"x" * 100 + b"y" * 50
    monkeypatch.setattr(safe_open, "MAX_FILE_BYTES", 160)  # 150 bytes pass fstat's check, 200 exceed the limit
    with pytest.raises(InputError, match=r"growing\.jpg"):
        safe_open.read_file(photo)


def test_symlink_escaping_the_allowed_folder_is_refused(tmp_path: Path) -> None:
    inside = tmp_path / "project"
    inside.mkdir()
    link, target = hostile.make_escape(inside, tmp_path / "elsewhere")
    with pytest.raises(InputError, match="outside the article's folder"):
        check_file(link, allowed_roots=[inside])
    with pytest.raises(InputError, match="outside the article's folder"):
        open_image(link, allowed_roots=[inside])
    # Inside the allowed folder, a link is followed and the real file returned.
    inner = inside / "real.jpg"
    inner.write_bytes(hostile.jpeg((8, 8)))
    (inside / "alias.jpg").symlink_to(inner)
    assert check_file(inside / "alias.jpg", allowed_roots=[inside]) == inner.resolve()
    assert check_file(target, allowed_roots=[inside, tmp_path / "elsewhere"]) == target.resolve()


def test_impossible_names_are_refused() -> None:
    with pytest.raises(InputError, match="a name with a character"):
        check_file("photo\x00.jpg")
    with pytest.raises(InputError, match="not there"):
        check_file(os.fsdecode(b"/nonexistent/caf\xe9.jpg"))


def test_vietnamese_file_names_are_nfc_in_messages(tmp_path: Path) -> None:
    nfd_name = "a\u0309nh ho\u0302\u0300.jpg"  # "ảnh hồ.jpg" decomposed, as macOS writes names
    path = tmp_path / nfd_name
    path.write_bytes(b"not an image")
    with pytest.raises(InputError) as info:
        open_image(path)
    assert "ảnh hồ.jpg" in str(info.value)


@pytest.mark.timeout(60)
def test_hostile_set_within_a_memory_bound(tmp_path: Path) -> None:
    """Run the whole set in a child with a hard address-space limit; its peak RSS must stay small."""
    if not Path("/proc/self/status").is_file():
        pytest.skip("the peak-memory probe reads /proc (Linux)")
    script = textwrap.dedent(f"""
        import resource, sys
        sys.path.insert(0, {str(Path(hostile.__file__).parent)!r})
        limit = 2 * 1024 ** 3
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from pathlib import Path
        import hostile
        from editor.errors import InputError
        from editor.media.renditions import Recipe, make_rendition
        for case in hostile.make_cases(Path({str(tmp_path)!r})):
            try:
                make_rendition(case.path, Recipe(max_width=256))
            except InputError:
                pass
        # VmHWM is this program's own peak; ru_maxrss would also count the pytest process it was forked from
        # (Linux keeps the high-water mark across exec), which grows with whatever ran before in the suite.
        print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=50)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr == ""
    peak_mb = int(done.stdout.strip().splitlines()[-1]) / 1024
    assert peak_mb < 250, f"peak RSS {peak_mb:.0f} MB"


_SEEDS = {
    "jpg": hostile.jpeg((24, 16), exif=hostile.exif_bytes(6, description=b"x", gps=True)),
    "png": hostile.encode(hostile._half_transparent(), "PNG"),
    "gif": hostile.encode(hostile.photo((16, 8)).quantize(8), "GIF"),
    "tif": hostile.encode(hostile.photo((16, 8)), "TIFF", compression="tiff_lzw"),
    "webp": hostile.encode(hostile.photo((16, 8)), "WEBP"),
    "bmp": hostile.encode(hostile.photo((8, 8)), "BMP"),
}


@pytest.mark.timeout(60)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(sorted(_SEEDS)),
    edits=st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.integers(1, 4000)),
)
def test_mutated_files_never_escape_as_other_exceptions(
    tmp_path: Path,
    capfd,
    kind: str,  # type: ignore[no-untyped-def]
    edits: list[tuple[int, int]],
    cut: int | None,
) -> None:
    data = bytearray(_SEEDS[kind])
    for pos, value in edits:
        data[pos % len(data)] = value
    path = tmp_path / f"fuzz.{kind}"
    path.write_bytes(bytes(data[:cut] if cut else data))
    for fn in (lambda p: make_rendition(p, Recipe(max_width=32, rotation=1)), read_metadata, image_info):
        _outcome(fn, path)
    assert capfd.readouterr().err == "", "decoders (libtiff, Pillow's logger) must not write to the terminal"
