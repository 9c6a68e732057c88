"""Problems found in the data file or in a page, reported together and located."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Sequence
from dataclasses import dataclass

KeyPath = tuple[str | int, ...]


def did_you_mean(found: str, expected: Collection[str], what: str = "") -> str:
    """`one of: a, b, c` for a short list; otherwise the closest names, so that a message
    does not run to 30 entries."""
    names = sorted(expected) if isinstance(expected, (set, frozenset)) else list(expected)
    close = difflib.get_close_matches(found, names, n=1, cutoff=0.6)
    if not names:
        return f"{what or 'an entry'} defined first (there is none)"
    if len(names) <= 8:
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return "one of: " + ", ".join(names) + hint
    counted = f"one of the {len(names)} {what or 'names'}"
    return f"{counted}; did you mean '{close[0]}'?" if close else counted


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with where it is, what was found and what was expected."""

    file: str
    line: int | None
    where: str
    message: str
    column: int | None = None

    def __str__(self) -> str:
        location = f"{self.file}:{self.line}" if self.line else self.file
        if self.line and self.column:
            location += f":{self.column}"
        return (
            f"{location}: {self.where}: {self.message}"
            if self.where
            else f"{location}: {self.message}"
        )


class ProblemsFound(Exception):
    """Raised with every problem found, so that one run shows all of them."""

    def __init__(self, summary: str, problems: Sequence[Problem]):
        self.summary = summary
        self.problems = tuple(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.problems)
        heading = f"{self.summary} ({count} problem{'s' if count != 1 else ''}):"
        return "\n".join([heading, *(f"  - {problem}" for problem in self.problems)])


class DataFileError(ProblemsFound):
    """The data file cannot be used."""


class MarkerError(ProblemsFound):
    """A page has a marker that cannot be drawn."""
