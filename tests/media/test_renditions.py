"""Renditions: orientation, edits, sizes, colour, formats, no metadata, cache, streaming fan-out."""

from __future__ import annotations

import hashlib
import io
import itertools
from pathlib import Path

import hostile
import pytest
from PIL import Image, JpegImagePlugin

from editor.errors import Cancelled, InputError
from editor.media import hashing
from editor.media import renditions as rmod
from editor.media.batch import render_many
from editor.media.edits import ORIENTATION_TRANSPOSE, inverse
from editor.media.renditions import Recipe, Rendition, RenditionCache, make_rendition
from editor.media.thumbnails import make_thumbnail, make_thumbnails

pytestmark = pytest.mark.timeout(30)


def sideways(upright: Image.Image, orientation: int, fmt: str = "JPEG") -> bytes:
    """Store ``upright`` as a camera would with EXIF ``orientation``: displayed, it is upright again."""
    stored = apply(upright, inverse(ORIENTATION_TRANSPOSE.get(orientation)))
    return hostile.encode(stored, fmt, exif=hostile.exif_bytes(orientation), quality=95)


def apply(im: Image.Image, op: Image.Transpose | None) -> Image.Image:
    return im.transpose(op) if op is not None else im


def opened(r: Rendition) -> Image.Image:
    im = Image.open(io.BytesIO(r.data))
    im.load()
    return im


def is_red(px: tuple[int, ...]) -> bool:
    return px[0] > 160 and px[1] < 110 and px[2] < 110


@pytest.mark.parametrize(("orientation", "steps"), list(itertools.product(range(1, 9), range(4))))
def test_orientation_and_rotation_give_an_upright_then_turned_image(write, orientation: int, steps: int) -> None:
    path = write(f"o{orientation}.jpg", sideways(hostile.photo((48, 32)), orientation))
    r = make_rendition(path, Recipe(max_width=None, rotation=steps))
    im = opened(r)
    assert (r.width, r.height) == im.size == ((48, 32) if steps % 2 == 0 else (32, 48))
    w, h = im.size
    corner = [(3, 3), (w - 4, 3), (w - 4, h - 4), (3, h - 4)][steps]  # where the red top-left corner went
    assert is_red(im.getpixel(corner)), (orientation, steps, im.getpixel(corner))
    assert not is_red(im.getpixel((w // 2, h // 2)))


def test_heic_from_an_iphone_comes_out_upright(write) -> None:
    # hostile.photo((64, 48)) turned a quarter and stored with EXIF orientation 6, which the encoder (pillow-heif,
    # once) turned into the HEIF 'irot' transform, as iPhones store it
    data = (hostile.HEIC_FIXTURES / "iphone-orientation-6.heic").read_bytes()
    r = make_rendition(write("iphone.heic", data), Recipe(max_width=None, rotation=1))
    im = opened(r)
    assert im.size == (48, 64) and is_red(im.getpixel((44, 3)))  # upright, then one clockwise turn


@pytest.mark.parametrize(
    ("orientation", "steps", "crop"),
    [
        (1, 0, (0.25, 0.2, 0.75, 0.8)),
        (6, 0, (0.0, 0.5, 1.0, 1.0)),
        (8, 1, (0.1, 0.0, 0.6, 0.5)),
        (3, 2, (0.5, 0.5, 1.0, 1.0)),
        (5, 3, (0.2, 0.1, 0.4, 0.9)),
        (7, 1, (0.0, 0.0, 0.5, 0.25)),
    ],
)
def test_crop_is_taken_from_the_displayed_image(
    write, orientation: int, steps: int, crop: tuple[float, float, float, float]
) -> None:
    upright = hostile.photo((40, 20))
    stored = apply(upright, inverse(ORIENTATION_TRANSPOSE.get(orientation)))
    path = write("c.png", hostile.encode(stored, "PNG", exif=hostile.exif_bytes(orientation)))
    expected = upright
    for _ in range(steps):
        expected = expected.transpose(Image.Transpose.ROTATE_270)
    w, h = expected.size
    expected = expected.crop((round(crop[0] * w), round(crop[1] * h), round(crop[2] * w), round(crop[3] * h)))
    got = opened(make_rendition(path, Recipe(max_width=None, fmt="png", rotation=steps, crop=crop)))
    assert got.size == expected.size
    assert got.convert("RGB").tobytes() == expected.tobytes()


def test_sizes_fit_the_box_and_never_upscale(write) -> None:
    path = write("p.jpg", hostile.jpeg((400, 300)))
    assert make_rendition(path, Recipe(max_width=100)).width == 100
    r = make_rendition(path, Recipe(max_width=100))
    assert (r.width, r.height) == (100, 75)
    r = make_rendition(path, Recipe(max_width=None, max_height=60))
    assert (r.width, r.height) == (80, 60)
    r = make_rendition(path, Recipe(max_width=1000, max_height=1000))
    assert (r.width, r.height) == (400, 300)
    r = make_thumbnail(path)
    assert (r.width, r.height) == (256, 192)
    r = make_thumbnail(path, size=64, rotation=1, crop=(0.0, 0.0, 0.5, 1.0))  # rotated: 300×400, left half
    assert (r.width, r.height) == (24, 64)  # 150×400 fitted in 64


def test_jpeg_draft_decodes_at_the_smallest_scale_still_large_enough(write, monkeypatch) -> None:
    seen: list[tuple[tuple[int, int], tuple[int, int]]] = []
    original = JpegImagePlugin.JpegImageFile.draft

    def spy(self, mode, size):  # type: ignore[no-untyped-def]
        result = original(self, mode, size)
        seen.append((size, self.size))
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    path = write("big.jpg", hostile.jpeg((1600, 1200)))
    r = make_rendition(path, Recipe(max_width=400))
    assert (r.width, r.height) == (400, 300)
    assert seen[-1] == ((400, 300), (400, 300))  # decoded at 1/4 scale: exactly the target, no resize needed
    make_rendition(path, Recipe(max_width=300))
    assert seen[-1][1] == (400, 300)  # 1/4 is the smallest scale >= 300 px
    make_rendition(path, Recipe(max_width=300, crop=(0.0, 0.0, 0.5, 0.5)))
    assert seen[-1][1] == (800, 600)  # a quarter crop needs twice the resolution


def test_transparency_kept_in_png_and_flattened_on_white_in_jpeg(write) -> None:
    path = write("a.png", hostile.encode(hostile._half_transparent(), "PNG"))
    png = make_rendition(path, Recipe(max_width=None))
    assert (png.mime, png.ext) == ("image/png", "png")
    assert opened(png).mode == "RGBA" and opened(png).getpixel((2, 2))[3] == 0
    jpg = make_rendition(path, Recipe(max_width=None, fmt="jpeg"))
    assert (jpg.mime, jpg.ext) == ("image/jpeg", "jpg")
    assert all(c > 245 for c in opened(jpg).getpixel((4, 12)))  # transparent half is white paper
    pal = make_rendition(
        write("p.png", hostile.encode(hostile._palette_with_transparency(), "PNG")), Recipe(max_width=None)
    )
    assert pal.mime == "image/png" and opened(pal).mode == "RGBA"
    opaque = make_rendition(
        write("o.png", hostile.encode(hostile.photo().convert("RGBA"), "PNG")), Recipe(max_width=None)
    )
    assert opaque.mime == "image/jpeg"  # an alpha channel with nothing transparent gains nothing from PNG


def test_sixteen_bit_cmyk_and_profiles_become_8_bit_srgb(write) -> None:
    grey = opened(
        make_rendition(
            write("g.png", hostile.encode(Image.new("I;16", (8, 8), 40000), "PNG")), Recipe(max_width=None, fmt="png")
        )
    )
    assert grey.mode == "L" and abs(grey.getpixel((4, 4)) - round(40000 * 255 / 65535)) <= 1
    cmyk = opened(
        make_rendition(write("c.jpg", hostile.encode(hostile.photo().convert("CMYK"), "JPEG")), Recipe(max_width=None))
    )
    assert cmyk.mode == "RGB" and is_red(cmyk.getpixel((3, 3)))
    # A pixel stored as (255, 0, 0) in a space whose red and green primaries are sRGB's green and red is green.
    tagged = hostile.encode(
        Image.new("RGB", (8, 8), (255, 0, 0)), "PNG", icc_profile=hostile.rgb_icc(hostile.SWAPPED_PRIMARIES)
    )
    px = opened(make_rendition(write("w.png", tagged), Recipe(max_width=None, fmt="png"))).getpixel((4, 4))
    assert px[1] > 200 and px[0] < 60, px


def test_renditions_carry_no_gps_serial_or_other_metadata(write) -> None:
    data = hostile.jpeg(
        (64, 48),
        exif=hostile.exif_bytes(6, description=b"secret caption", gps=True, serial="SN-0042-SECRET"),
        icc_profile=hostile.rgb_icc(hostile.SWAPPED_PRIMARIES),
        comment=b"camera comment",
    )
    data = hostile.insert_segment(data, 0xE1, hostile.app1_xmp(hostile.xmp_packet(description="x", city="Hà Nội")))
    data = hostile.insert_segment(data, 0xED, hostile.app13(hostile.iptc_block({(2, 120): "chú thích"})))
    path = write("gps.jpg", data)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for recipe in (Recipe(max_width=32), Recipe(max_width=None, fmt="png"), Recipe(max_width=3000)):
        r = make_rendition(path, recipe)
        for needle in (
            b"Exif",
            b"SN-0042",
            b"xap/1.0",
            b"Photoshop",
            b"ICC_PROFILE",
            b"iCCP",
            b"eXIf",
            b"camera comment",
            b"secret",
        ):
            assert needle not in r.data, (recipe, needle)
        im = opened(r)
        assert not im.getexif() and not {"exif", "icc_profile", "xmp", "comment"} & set(im.info)
        assert r.sha256 == hashlib.sha256(r.data).hexdigest()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the original is never touched


def test_progressive_for_web_sizes_baseline_for_print(write) -> None:
    path = write("wide.jpg", hostile.jpeg((2200, 20)))
    assert opened(make_rendition(path, Recipe(max_width=1200))).info.get("progressive")
    assert not opened(make_rendition(path, Recipe(max_width=2200))).info.get("progressive")
    assert opened(make_rendition(path, Recipe(max_width=2200, progressive=True))).info.get("progressive")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rotation": 90},
        {"crop": (0.5, 0.0, 0.4, 1.0)},
        {"crop": (0.0, 0.0, 1.1, 1.0)},
        {"fmt": "gif"},
        {"quality": 0},
        {"max_height": 0},
    ],
)
def test_recipe_refuses_nonsense(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Recipe(max_width=100, **kwargs)  # type: ignore[arg-type]


def test_cache_makes_a_second_export_free(tmp_path: Path, write, monkeypatch) -> None:
    path = write("c.jpg", hostile.jpeg((200, 100)))
    cache = RenditionCache(tmp_path / "cache")
    recipe = Recipe(max_width=50)
    first = cache.make(path, recipe)
    assert first == make_rendition(path, recipe)

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("should have come from the cache")

    # A new cache object and a cold in-memory hash memo: the on-disk hash index still avoids reading the original.
    monkeypatch.setattr(hashing, "_memo", type(hashing._memo)())
    monkeypatch.setattr(rmod, "render_bytes", boom)
    monkeypatch.setattr(rmod, "read_file", boom)
    assert RenditionCache(tmp_path / "cache").make(path, recipe) == first
    assert [r for _, r in render_many([(path, recipe)], cache=cache)] == [first]
    monkeypatch.undo()

    assert cache.make(path, Recipe(max_width=40)).width == 40  # another recipe, another entry
    path.write_bytes(hostile.jpeg((300, 100)))  # the original changes: size and mtime differ
    assert cache.make(path, recipe).height == 17
    for f in (tmp_path / "cache").rglob("*.jpg"):  # damaged entries fail their hash check and are remade
        f.write_bytes(b"garbage")
    assert cache.make(path, recipe).height == 17


def test_render_many_streams_results_and_errors_with_their_index(write) -> None:
    good = write("good.jpg", hostile.jpeg((64, 48)))
    bad = write("bad.jpg", b"not an image")
    jobs = [(good, Recipe(max_width=32)), (bad, Recipe(max_width=32)), (good, Recipe(max_width=16))]
    for executor in ("threads", "processes"):
        results = dict(render_many(jobs, workers=2, executor=executor))  # type: ignore[arg-type]
        assert sorted(results) == [0, 1, 2]
        assert isinstance(results[0], Rendition) and results[0].width == 32
        assert isinstance(results[1], InputError) and "bad.jpg" in str(results[1])
        assert isinstance(results[2], Rendition) and results[2].width == 16


def test_render_many_keeps_work_in_flight_bounded(write) -> None:
    path = write("p.jpg", hostile.jpeg((64, 48)))
    consumed = 0

    def jobs():  # type: ignore[no-untyped-def]
        nonlocal consumed
        for _ in range(40):
            consumed += 1
            yield path, Recipe(max_width=8)

    stream = render_many(jobs(), workers=2, executor="threads")
    next(stream)
    assert consumed <= 2 * 2 + 1
    assert sum(1 for _ in stream) == 39


def test_cancelling_between_photos_raises_cancelled(write) -> None:
    path = write("p.jpg", hostile.jpeg((64, 48)))
    jobs = [(path, Recipe(max_width=8))] * 20
    with pytest.raises(Cancelled):
        list(render_many(jobs, workers=2, executor="threads", cancel=lambda: True))
    done: list[int] = []
    with pytest.raises(Cancelled):
        for index, _ in render_many(jobs, workers=2, executor="threads", cancel=lambda: len(done) >= 3):
            done.append(index)
    assert 3 <= len(done) < 20


def test_thumbnails_for_many_photos(write) -> None:
    paths = [write(f"t{i}.jpg", sideways(hostile.photo((600, 400)), 6 if i % 2 else 1)) for i in range(6)]
    results = dict(make_thumbnails(paths, size=128, workers=2))
    assert {i: (r.width, r.height) for i, r in results.items()} == {  # type: ignore[union-attr]
        i: (128, 85) for i in range(6)
    }  # half of them stored sideways, all displayed landscape


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="needs fork")
def test_a_file_that_kills_its_worker_is_refused_and_the_others_rendered(write, monkeypatch) -> None:
    """A decoder crash (simulated: the worker exits) must not lose the export; forked workers see the patch."""
    import os

    real = rmod.make_rendition

    def fragile(path: Path, recipe: Recipe) -> Rendition:
        if "crash" in path.name:
            os._exit(70)
        return real(path, recipe)

    monkeypatch.setattr(rmod, "make_rendition", fragile)
    good = write("good.jpg", hostile.jpeg((32, 24)))
    bad = write("crash.jpg", hostile.jpeg((32, 24)))
    jobs = [(good, Recipe(max_width=16)), (bad, Recipe(max_width=16))] + [(good, Recipe(max_width=8))] * 4
    results = dict(render_many(jobs, workers=2, executor="processes"))
    assert sorted(results) == list(range(6))
    assert isinstance(results[1], InputError) and "crash.jpg" in str(results[1]) and results[1].source
    assert all(isinstance(results[i], Rendition) for i in (0, 2, 3, 4, 5))


def test_recipes_for_the_exporters(write) -> None:
    from editor.media.renditions import docx_recipe, web_recipes

    assert docx_recipe() == Recipe(max_width=2400, max_height=2400)
    assert docx_recipe(16.0).max_width == 1890  # 16 cm at 300 ppi
    with pytest.raises(ValueError):
        docx_recipe(0)
    path = write("w.jpg", hostile.jpeg((1000, 500)))
    sizes = [(r.width, r.height) for r in (make_rendition(path, rc) for rc in web_recipes())]
    assert sizes == [(480, 240), (800, 400), (1000, 500), (1000, 500)]


def test_cache_fetch_all_answers_hits_in_order_and_leaves_no_thread(tmp_path: Path, write) -> None:
    """A re-export reads its cached photos at once on two threads: hits as ``fetch`` gives them, misses None."""
    import threading

    cache = RenditionCache(tmp_path / "cache")
    recipe = Recipe(max_width=50)
    paths = [write(f"p{i}.jpg", hostile.jpeg((120 + 10 * i, 80))) for i in range(4)]
    digests = [hashing.sha256_bytes(path.read_bytes()) for path in paths]
    for path, digest in zip(paths[:3], digests[:3], strict=True):  # the last one was never rendered
        cache.make(path, recipe, digest)
    before = dict(rmod.counters)
    threads = threading.active_count()
    got = cache.fetch_all([(digest, recipe) for digest in digests])
    assert [hit.width if hit else None for hit in got] == [50, 50, 50, None]
    assert got[:3] == [cache.fetch(digest, recipe) for digest in digests[:3]]
    assert rmod.counters["cache_hits"] - before.get("cache_hits", 0) == 3 + 3  # fetch_all's, then fetch's
    assert rmod.counters["cache_misses"] == before.get("cache_misses", 0)  # a miss is counted when made
    assert threading.active_count() == threads  # a later worker pool may still fork


def test_cache_prune_drops_least_recently_used(tmp_path: Path, write) -> None:
    import os

    cache = RenditionCache(tmp_path / "cache")
    paths = [write(f"p{i}.png", hostile.encode(hostile.photo((40 + i, 30)), "PNG")) for i in range(3)]
    made = [cache.make(p, Recipe(max_width=None, fmt="png")) for p in paths]
    files = sorted((tmp_path / "cache").glob("??/*"))
    for age, f in enumerate(files):  # make the order of use explicit
        os.utime(f, (1000 + age, 1000 + age))
    cache.make(paths[0], Recipe(max_width=None, fmt="png"))  # a hit: now the most recent
    keep = len(made[0].data) + max(len(m.data) for m in made[1:])
    assert cache.prune(keep) > 0
    assert cache.lookup(paths[0], Recipe(max_width=None, fmt="png")) is not None
    assert sum(f.stat().st_size for f in (tmp_path / "cache").glob("??/*")) <= keep


def test_a_pool_given_by_the_caller_that_died_is_replaced(write) -> None:
    from editor.media.batch import make_pool

    path = write("p.jpg", hostile.jpeg((32, 24)))
    pool = make_pool(1, "processes")
    pool.shutdown()
    results = dict(render_many([(path, Recipe(max_width=8))] * 3, pool=pool, workers=1))
    assert all(isinstance(r, Rendition) for r in results.values()) and len(results) == 3


def test_animated_images_give_their_first_frame(hostile_cases) -> None:  # type: ignore[no-untyped-def]
    for name in ("animated.gif", "animated.webp"):
        case = next(c for c in hostile_cases if c.name == name)
        im = opened(make_rendition(case.path, Recipe(max_width=None)))
        assert im.size == (32, 24) and is_red(im.getpixel((2, 2))), name  # frame 2 is all blue
