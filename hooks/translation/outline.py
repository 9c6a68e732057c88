"""What of a page's structure must be the same in both languages: headings, markers, front matter.

Only the source text is read; nothing is rendered. Headings and markers inside fenced code are
examples, not structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from comparison.fences import lines_outside_code

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)?---[ \t]*\n", re.DOTALL)
_HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
_HEADING_ID = re.compile(r"\{[^}]*?#(?P<id>[A-Za-z0-9_:.-]+)[^}]*\}$")
_MARKER = re.compile(r"^\s*<!--\s*(?P<body>compare:.*?)\s*-->\s*$")


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


def read_outline(text: str) -> Outline:
    """The headings, markers and front-matter keys of a Markdown page."""
    keys: tuple[str, ...] = ()
    first_line = 1
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            meta = yaml.safe_load(front["body"] or "") or {}
        except yaml.YAMLError:
            meta = {}  # the content rules report the front matter that cannot be read
        keys = tuple(meta) if isinstance(meta, dict) else ()
        first_line += front.group(0).count("\n")
        text = text[front.end() :]

    headings: list[Heading] = []
    markers: list[Marker] = []
    for number, line, is_outside_code in lines_outside_code(text, first_line):
        if not is_outside_code:
            continue
        if heading := _HEADING.match(line):
            content = heading["text"].rstrip("#").rstrip() or heading["text"]
            explicit = _HEADING_ID.search(content)
            headings.append(
                Heading(
                    number, len(heading["hashes"]), content, explicit["id"] if explicit else None
                )
            )
        elif marker := _MARKER.match(line):
            markers.append(Marker(number, " ".join(marker["body"].split())))
    return Outline(tuple(headings), tuple(markers), keys)


def title_of(text: str) -> str | None:
    """The page's first level-1 heading, without its `{#id}`."""
    for heading in read_outline(text).headings:
        if heading.level == 1:
            return _HEADING_ID.sub("", heading.text).strip()
    return None
