"""What of a page's structure must be the same in both languages: headings, markers, front matter.

`content_rules.reading` reads a page with Python-Markdown into its outline; headings and
markers inside code are examples, not structure.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    """The heading as written, without its `#` signs: `Which one to choose {#choose}`."""
    id: str | None

    def __str__(self) -> str:
        return f"{'#' * self.level} {self.text}"


@dataclass(frozen=True)
class Marker:
    line: int
    body: str
    """`compare:table group=footprint`, spaces normalised."""

    def __str__(self) -> str:
        return f"<!-- {self.body} -->"


@dataclass(frozen=True)
class Outline:
    headings: tuple[Heading, ...]
    markers: tuple[Marker, ...]
    front_matter_keys: tuple[str, ...]
