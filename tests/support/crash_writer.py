"""Child process for the kill-during-save test: saves, autosaves and saves-as in a loop until killed.

Usage: python crash_writer.py PROJECT COPY_TARGET. Prints "ready" once the loop starts and "wrote" after each save or
autosave; every article it writes has a title "v<N>" so the parent can check that what it reads back is a state that
was really written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from editor.model import Figure, Paragraph
from editor.storage.project import Project


def main() -> None:
    path, copy_target = Path(sys.argv[1]), Path(sys.argv[2])
    project = Project.open(path)
    article = project.load()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        name = f"images/extra-{n % 5}.bin"
        project.add_photo_bytes(name, os.urandom(200_000))
        article = article.with_fields(title=f"v{n}").insert_blocks(0, [Paragraph.plain(f"đoạn {n}"), Figure(name)])
        article = article.with_fields(body=article.body[:40])
        kept = {f.image for f in article.figures}
        article = article.with_fields(
            body=tuple(b for b in article.body if not isinstance(b, Figure) or b.image in kept)
        )
        if n % 3 == 0:
            project.save(article)
        else:
            project.autosave(article)
        print("wrote", flush=True)  # the parent counts writes, so its kills land among them on a busy machine too
        if n % 7 == 0:
            project.save_as(copy_target, article).close()


if __name__ == "__main__":
    main()
