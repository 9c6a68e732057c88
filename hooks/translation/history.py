"""When each page last changed, from git history; and whether that history can be trusted.

A shallow clone (CI's default `fetch-depth: 1`) holds one commit, so every file would seem to
have changed on that day; an export or archive has no history at all. Both are reported as
such, never as dates.

A commit can also say that a translation was checked against its original without changing
it (the original's change was a typo or markup, say): the trailer `Translation-checked:`
followed by the English page's path, one trailer per page in the message's last paragraph,
on the commit that changes the original or on a commit of its own (`--allow-empty`).

Whether a change or a check of a translation came after its original's last change is a
question of ancestry, not of dates: a translation made on a branch may be dated after a
change of the original that it never saw.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class History(Enum):
    FULL = "full"
    SHALLOW = "shallow"
    NONE = "none"
    """Not a git repository, or git is not installed."""


@dataclass(frozen=True, order=True)
class LastChange:
    """The last commit that changed a file, or that said its translation was checked."""

    timestamp: int
    """Seconds since the epoch, as committed."""
    date: str
    """The same moment as shown: `YYYY-MM-DD HH:MM UTC`. The minutes tell apart two changes
    made on one day, so a flagged translation never shows the same date as its original."""
    commit: str = field(default="", compare=False)
    """The commit's hash: which changes it had in view is a question of its ancestors."""


class Lineage:
    """Which commits each commit has in view: itself and its ancestors."""

    def __init__(self, parents: dict[str, tuple[str, ...]]):
        self._parents = parents

    def has_seen(self, later: LastChange, earlier: LastChange) -> bool:
        """Whether `earlier`'s commit is `later`'s or one of its ancestors."""
        seen: set[str] = set()
        waiting = [later.commit]
        while waiting:
            commit = waiting.pop()
            if commit == earlier.commit:
                return True
            if commit not in seen:
                seen.add(commit)
                waiting.extend(self._parents.get(commit, ()))
        return False


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


# Each commit of `git log` output: a NUL, then its header fields split by SOH, then one
# path a line (changed files, or the values of a trailer).
_HEADER = "%x00%ct%x01%H%x01%P%x01%cd"
_DATES = "--date=format-local:%Y-%m-%d %H:%M"


def last_changes(root: Path, paths: list[str]) -> dict[str, LastChange | None]:
    """The last commit of each of `paths` (relative to `root`), from one read of the history:
    newest commit first, each path takes the first commit that names it."""
    found = _git(
        root,
        "log",
        _DATES,
        f"--format={_HEADER}",
        "--name-only",
        "--relative",  # names relative to `root`, as `paths` are
        "--",
        *paths,
    )
    return _newest_per_path(_commits(found), paths)


CHECKED_TRAILER = "Translation-checked"


def last_checks(root: Path, paths: list[str]) -> tuple[dict[str, LastChange | None], Lineage]:
    """The last commit whose `Translation-checked:` trailer names each of `paths` (relative to
    `root`), and the lineage of every commit. Read from every commit, as a check may be a
    commit that changes no file."""
    found = _git(
        root, "log", _DATES, f"--format={_HEADER}%n%(trailers:key={CHECKED_TRAILER},valueonly)"
    )
    commits = _commits(found)
    lineage = Lineage({change.commit: parents for change, parents, _ in commits})
    return _newest_per_path(commits, paths), lineage


def _commits(log: str | None) -> list[tuple[LastChange, tuple[str, ...], list[str]]]:
    """Each commit of `log` (newest first): when, its parents, and the paths it names."""
    commits = []
    for entry in (log or "").split("\x00")[1:]:
        header, *named = entry.strip().splitlines()
        timestamp, commit, parents, date = header.split("\x01")
        change = LastChange(int(timestamp), f"{date} UTC", commit)
        commits.append((change, tuple(parents.split()), [line.strip() for line in named]))
    return commits


def _newest_per_path(
    commits: list[tuple[LastChange, tuple[str, ...], list[str]]], paths: list[str]
) -> dict[str, LastChange | None]:
    newest: dict[str, LastChange | None] = dict.fromkeys(paths)
    for change, _, named in commits:
        for name in named:
            if name in newest and newest[name] is None:
                newest[name] = change
    return newest
