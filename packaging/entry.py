"""Entry point of the frozen app: the same commands as ``python main.py`` (the GUI, export, check, convert)."""

import multiprocessing

if __name__ == "__main__":
    # The rendition workers are spawned processes; in a frozen app each one re-enters here and must stop at this call.
    multiprocessing.freeze_support()
    from editor.cli import main

    raise SystemExit(main())
