"""Run the code on disk at every rebuild of `mkdocs serve`, not the code it started with.

MkDocs loads each hook module once per process (its loader is cached), and the packages the
hooks import stay in `sys.modules`; so, left alone, `mkdocs serve` rebuilds after an edit of
`hooks/` but runs the old code. Reloading single modules would leave other modules holding
the old classes. Instead:

- `forget_hook_modules()`, at the start of every outer build, empties MkDocs' cache of hook
  modules, so the next rebuild executes the hook files again;
- `fresh_start(__file__)`, the first thing each hook file does, forgets every module of the
  project's packages when a file under `hooks/` has changed since they were imported (or they
  were imported from another copy of `hooks/`), so the imports that follow read the files anew.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.config_options import Hooks

KEPT = {__name__, "serve_errors"}
"""Modules never unloaded: their state lasts as long as the process."""

_loaded_from: Path | None = None
_loaded_times: dict[Path, int] = {}
"""Where the project's modules were last imported from, and its files' times then."""


def _modification_times(folder: Path) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in folder.rglob("*.py")}


def fresh_start(hook_file: str) -> None:
    global _loaded_from, _loaded_times
    hooks_dir = Path(hook_file).resolve().parent
    times = _modification_times(hooks_dir)
    if hooks_dir == _loaded_from and times == _loaded_times:
        return
    first = _loaded_from is None
    ours = {
        path.stem if path.is_file() else path.name
        for path in hooks_dir.iterdir()
        if path.suffix == ".py" or (path / "__init__.py").is_file() or path.is_dir()
    }
    # These stay: they hold what the process must remember between builds (this record, and
    # whether it serves), and the hook file being run; an edit of them needs a restart.
    ours -= KEPT | {Path(hook_file).stem}
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] not in ours:
            continue
        # The first time, what was imported from this very folder (by tests) may stay.
        origin = getattr(module, "__file__", None) or ""
        if first and Path(origin).resolve().is_relative_to(hooks_dir):
            continue
        del sys.modules[name]
    _loaded_from, _loaded_times = hooks_dir, times


def forget_hook_modules() -> None:
    # `_load_hook` is MkDocs' private, cached loader (mkdocs 1.6); tests/test_serve_reload.py
    # tells the day it changes.
    Hooks._load_hook.cache_clear()
