"""When each page last changed, from git history; and whether that history can be trusted.

A shallow clone (CI's default `fetch-depth: 1`) holds one commit, so every file would seem to
have changed on that day; an export or archive has no history at all. Both are reported as
such, never as dates.

A commit can also say that a translation was checked against its original without changing
it (the original's change was a typo or markup, say): the trailer `Translation-checked:`
followed by the English page's path, one trailer per page, on the commit that changes the
original or on a commit of its own (`git commit --allow-empty`).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class History(Enum):
    FULL = "full"
    SHALLOW = "shallow"
    NONE = "none"
    """Not a git repository, or git is not installed."""


@dataclass(frozen=True, order=True)
class LastChange:
    timestamp: int
    """Seconds since the epoch of the last commit that touched the file."""
    date: str
    """The same moment as shown: `YYYY-MM-DD HH:MM UTC`. The minutes tell apart two changes
    made on one day, so a flagged translation never shows the same date as its original."""


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), *args],
            env={**os.environ, "TZ": "UTC"},
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    except FileNotFoundError:
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def history_of(root: Path) -> History:
    """How much git history the project at `root` has."""
    if _git(root, "rev-parse", "--is-inside-work-tree") != "true":
        return History.NONE
    if _git(root, "rev-parse", "--is-shallow-repository") == "true":
        return History.SHALLOW
    return History.FULL


def last_changes(root: Path, paths: list[str]) -> dict[str, LastChange | None]:
    """The last commit of each of `paths` (relative to `root`), from one read of the history:
    newest commit first, each path takes the first commit that names it."""
    found = _git(
        root,
        "log",
        "--date=format-local:%Y-%m-%d %H:%M",
        "--format=%x00%ct %cd",
        "--name-only",
        "--relative",  # names relative to `root`, as `paths` are
        "--",
        *paths,
    )
    return _newest_per_path(found, paths)


CHECKED_TRAILER = "Translation-checked"


def last_checks(root: Path, paths: list[str]) -> dict[str, LastChange | None]:
    """The last commit whose `Translation-checked:` trailer names each of `paths` (relative to
    `root`). Read from every commit, as a check may be a commit that changes no file."""
    found = _git(
        root,
        "log",
        "--date=format-local:%Y-%m-%d %H:%M",
        f"--format=%x00%ct %cd%n%(trailers:key={CHECKED_TRAILER},valueonly)",
    )
    return _newest_per_path(found, paths)


def _newest_per_path(log: str | None, paths: list[str]) -> dict[str, LastChange | None]:
    """Each of `paths` with the first commit of `log` that names it. `log` is `git log`
    output, newest first, each commit a NUL, then `<seconds> <date>`, then one path a line."""
    newest: dict[str, LastChange | None] = dict.fromkeys(paths)
    for commit in (log or "").split("\x00")[1:]:
        header, *named = commit.strip().splitlines()
        timestamp, date = header.split(" ", 1)
        for name in (line.strip() for line in named):
            if name in newest and newest[name] is None:
                newest[name] = LastChange(int(timestamp), f"{date} UTC")
    return newest
