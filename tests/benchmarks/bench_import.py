"""Benchmark of the Word-draft import against the floor of unzipping the DOCX and hashing its media, same run.

    .venv/bin/python tests/benchmarks/bench_import.py CORPUS [--repeat 3] [--keep FOLDER]

CORPUS is a folder written by make_corpus.py (article.json + images/ + article.md). Two drafts are made from it:

* ``ours.docx``: our own exporter with the original photos embedded (``embed_originals``: the photos at original
  size), read as a draft (its source part removed, so the whole document walk, captions and photo extraction run);
* ``pandoc.docx``: ``pandoc article.md -o pandoc.docx`` (pandoc embeds the original files).

For each, in a fresh process: the floor (unzip every ``word/media`` entry to a file in 1 MB chunks and hash it with
SHA-256), then ``import_draft`` (timed from the call to the return, imports excluded as in the floor) and the
process's peak resident memory. The same is done on a 10-photo cut of the article to show memory does not grow with
the photo count. Goals: import ≤ 1.5 × floor, peak ≤ 300 MB. No assertions: machines differ (two shared cores).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from report import record  # tests/benchmarks/report.py: one table for run_all.py

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def floor(docx_path: Path, work: Path) -> dict:
    """Unzip the DOCX's media to files (1 MB chunks, as ``unzip`` does) and hash each: the least an import can do."""
    import hashlib

    out = Path(tempfile.mkdtemp(dir=work))
    t0 = time.perf_counter()
    total = 0
    with zipfile.ZipFile(docx_path) as z:
        for n, info in enumerate(z.infolist()):
            if not info.filename.startswith("word/media/"):
                continue
            digest = hashlib.sha256()
            with z.open(info) as handle, (out / f"{n}.bin").open("wb") as target:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
                    target.write(chunk)
                    total += len(chunk)
    wall = time.perf_counter() - t0
    shutil.rmtree(out)
    return {"wall_s": wall, "media_bytes": total}


def child(kind: str, docx_path: Path, work: Path) -> None:
    """Run in a fresh process: print one JSON line with the time and the peak memory of this process."""
    if kind == "floor":
        result = floor(docx_path, work)
    else:
        from editor.importers.api import import_draft

        out = Path(tempfile.mkdtemp(dir=work))
        t0 = time.perf_counter()
        draft = import_draft(docx_path, out)
        result = {"wall_s": time.perf_counter() - t0, "figures": len(draft.article.figures),
                  "captioned": sum(bool(f.caption) for f in draft.article.figures)}  # fmt: skip
        shutil.rmtree(out)
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


def peak_mb() -> float:
    """This process's peak resident memory: VmHWM (ru_maxrss would carry the parent's peak across exec on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, docx_path: Path, work: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(docx_path), str(work)], check=True,
                          capture_output=True, text=True, timeout=1800)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def without_source_part(docx_path: Path, target: Path) -> Path:
    """Our DOCX with its source part dropped: read as any other draft, the worst case for the importer."""
    with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            if info.filename.startswith("customXml/"):
                continue
            data = src.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"relationships/customXml", b"relationships/x-removed")
            out.writestr(info, data)
    return target


def make_drafts(corpus: Path, work: Path, photos: int | None, with_pandoc: bool = True) -> dict[str, Path]:
    from editor.export.api import export
    from editor.export.options import DocxOptions
    from editor.export.progress import run
    from editor.model.article import Figure
    from editor.model.interchange import article_to_json_text, read_article_json
    from editor.storage.documents import open_article

    source = corpus / "article.json"
    tag = f"-{photos}" if photos else ""
    if photos:  # the article cut after its n-th photo, beside the same images
        article = read_article_json(source)
        kept, seen = [], 0
        for block in article.body:
            seen += isinstance(block, Figure)
            if seen > photos:
                break
            kept.append(block)
        source = corpus / f"article{tag}.json"
        source.write_text(article_to_json_text(article.with_fields(body=tuple(kept))), encoding="utf-8")
    ours = work / f"ours{tag}.docx"
    with open_article(source) as opened:
        run(export(opened, ours, options=DocxOptions(embed_originals=True)))
    drafts = {"ours": without_source_part(ours, work / f"ours-draft{tag}.docx")}
    pandoc = shutil.which("pandoc")
    if pandoc and with_pandoc and not photos and (corpus / "article.md").is_file():
        target = work / "pandoc.docx"
        subprocess.run([pandoc, "article.md", "-o", str(target)], cwd=corpus, check=True, timeout=3600)
        drafts["pandoc"] = target
    return drafts


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is kept")
    parser.add_argument("--keep", type=Path, help="keep the drafts in this folder")
    parser.add_argument("--no-pandoc", action="store_true", help="skip the pandoc draft (pandoc takes minutes)")
    parser.add_argument("--draft", type=Path, action="append", default=[], help="also measure this DOCX as it is")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        drafts = make_drafts(args.corpus, work, None, with_pandoc=not args.no_pandoc)
        drafts.update({path.stem: path for path in args.draft})
        drafts.update({f"{k}-10": v for k, v in make_drafts(args.corpus, work, 10).items()})
        for name, docx_path in drafts.items():
            floors = [measure("floor", docx_path, work) for _ in range(args.repeat)]
            imports = [measure("import", docx_path, work) for _ in range(args.repeat)]
            best_floor = min(f["wall_s"] for f in floors)
            best = min(imports, key=lambda r: r["wall_s"])
            peak = max(r["peak_mb"] for r in imports)
            row = {"draft": name, "docx_mb": round(docx_path.stat().st_size / 2**20, 1),
                   "figures": best["figures"], "captioned": best["captioned"],
                   "floor_s": round(best_floor, 3), "import_s": round(best["wall_s"], 3),
                   "ratio": round(best["wall_s"] / best_floor, 2), "peak_mb": round(peak, 1),
                   "floor_peak_mb": round(max(f["peak_mb"] for f in floors), 1)}  # fmt: skip
            print(json.dumps(row))
            record(f"import {name}: time / unzip+hash floor", row["ratio"], "×", goal="≤ 1.5")
            record(f"import {name}: peak memory", row["peak_mb"], "MB", goal="≤ 300")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for docx_path in drafts.values():
                shutil.copy(docx_path, args.keep / docx_path.name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
