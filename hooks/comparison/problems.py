"""Problems found in the data file or in a page, reported together and located."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

KeyPath = tuple[str | int, ...]


def format_key_path(path: KeyPath) -> str:
    """`('attributes', 3, 'values', 'vm')` -> `attributes[3].values.vm`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with where it is, what was found and what was expected."""

    file: str
    line: int | None
    where: str
    message: str

    def __str__(self) -> str:
        location = f"{self.file}:{self.line}" if self.line else self.file
        return f"{location}: {self.where}: {self.message}"


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
