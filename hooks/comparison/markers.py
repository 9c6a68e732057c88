"""Find the markers in a page's Markdown and put generated Markdown in their place.

A marker is an HTML comment alone on its line, so it stays readable on GitHub:

    <!-- compare:table -->                                   every attribute, every subject
    <!-- compare:table group=security -->                    one group
    <!-- compare:table attributes=size,startup subjects=container,vm -->
    <!-- compare:flowchart tree=choose -->
    <!-- compare:diagram name=architecture -->
    <!-- compare:glossary -->

Markers inside fenced code are examples, not markers. A comment that looks like a misspelt
marker (`<!-- compre:table -->`) is an error, not a silently empty spot.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .diagram import render_diagram
from .fences import lines_outside_code
from .flowchart import render_flowchart
from .glossary import render_glossary
from .model import ComparisonData
from .problems import MarkerError, Problem
from .tables import TableRequest, render_table
from .text import Language

PREFIX = "compare"
_COMMENT_LINE = re.compile(r"^\s*<!--\s*(?P<body>.*?)\s*-->\s*$")
_HEAD = re.compile(r"^(?P<prefix>[A-Za-z_-]+)\s*:\s*(?P<name>[A-Za-z_-]*)(?P<rest>.*)$")
_ARGUMENT = re.compile(r'\s+(?P<key>[a-z_-]+)=(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]+))')


@dataclass(frozen=True)
class _Marker:
    name: str
    arguments: dict[str, tuple[str, ...]]


class _Unusable(Exception):
    """A marker's words are wrong; the message says how."""


def _looks_like_marker(prefix: str) -> bool:
    return prefix.lower() == PREFIX or bool(
        difflib.get_close_matches(prefix.lower(), [PREFIX], cutoff=0.7)
    )


def _parse(body: str) -> _Marker | None:
    head = _HEAD.match(body)
    if head is None:
        first_word = body.split()[0] if body.split() else ""
        if _looks_like_marker(first_word):
            raise _Unusable(f"'{body}' is not a marker; expected `{PREFIX}:NAME key=value …`")
        return None
    if not _looks_like_marker(head["prefix"]):
        return None
    if head["prefix"] != PREFIX:
        raise _Unusable(f"unknown marker prefix '{head['prefix']}:'; expected '{PREFIX}:'")
    arguments: dict[str, tuple[str, ...]] = {}
    rest = head["rest"]
    position = 0
    for match in _ARGUMENT.finditer(rest):
        if match.start() != position:
            break
        value = match["quoted"] if match["quoted"] is not None else match["bare"]
        if match["key"] in arguments:
            raise _Unusable(f"`{match['key']}` is given twice; expected it once")
        arguments[match["key"]] = tuple(part.strip() for part in value.split(",") if part.strip())
        position = match.end()
    if rest[position:].strip():
        raise _Unusable(
            f"cannot read '{rest[position:].strip()}'; expected arguments as key=value, "
            "lists separated by commas (attributes=size,startup)"
        )
    return _Marker(head["name"], arguments)


def _known(kind: str, asked: tuple[str, ...], known: list[str]) -> None:
    unknown = [item for item in asked if item not in known]
    if unknown:
        raise _Unusable(
            f"unknown {kind} {', '.join(repr(u) for u in unknown)}; expected "
            + ("one of: " + ", ".join(known) if known else f"a {kind} defined in the data file")
        )


def _allowed(marker: _Marker, keys: tuple[str, ...]) -> None:
    for key in marker.arguments:
        if key not in keys:
            raise _Unusable(
                f"unknown argument `{key}` for compare:{marker.name}; expected "
                + (", ".join(keys) if keys else "no arguments")
            )


def _table(data: ComparisonData, marker: _Marker) -> TableRequest:
    _allowed(marker, ("attributes", "group", "subjects"))
    args = marker.arguments
    if "attributes" in args and "group" in args:
        raise _Unusable("give `attributes` or `group`, not both")
    for key in args:
        if not args[key]:
            raise _Unusable(f"`{key}` is empty; expected at least one id")
    _known("attribute", args.get("attributes", ()), [a.id for a in data.attributes])
    _known("subject", args.get("subjects", ()), [s.id for s in data.subjects])
    if "group" in args:
        if len(args["group"]) != 1:
            raise _Unusable("`group` names one group; expected a single id")
        _known("group", args["group"], [g.id for g in data.groups])
    return TableRequest(
        attributes=args.get("attributes", ()),
        group=args["group"][0] if "group" in args else None,
        subjects=args.get("subjects", ()),
    )


def _draw(
    marker: _Marker, data: ComparisonData, language: Language, page_path: str, number: int
) -> str:
    if marker.name == "table":
        request = _table(data, marker)
        return render_table(data, request, language, page_path=page_path, number=number)
    if marker.name == "flowchart":
        tree = _one_id(marker, "tree", "decision tree", list(data.decision_trees))
        return render_flowchart(data, tree, language, page_path=page_path)
    if marker.name == "diagram":
        name = _one_id(marker, "name", "diagram", list(data.diagrams))
        return render_diagram(data, name, language)
    if marker.name == "glossary":
        _allowed(marker, ())
        if data.glossary is None:
            raise _Unusable("the data file has no `glossary`; expected one to list")
        return render_glossary(data, language, page_path=page_path)
    raise _Unusable(
        f"unknown marker 'compare:{marker.name}'; expected one of: "
        + ", ".join(f"compare:{name}" for name in MARKERS)
    )


MARKERS = ("table", "flowchart", "diagram", "glossary")


def _one_id(marker: _Marker, key: str, kind: str, known: list[str]) -> str:
    """The single id that `key` names, checked against the `known` ids of its kind."""
    _allowed(marker, (key,))
    asked = marker.arguments.get(key, ())
    if len(asked) != 1:
        raise _Unusable(
            f"`{key}` names one {kind}; expected {key}=ID with one of: " + ", ".join(known)
        )
    _known(kind, asked, known)
    return asked[0]


def render_markers(
    markdown: str,
    data: ComparisonData,
    language: Language,
    *,
    page_path: str,
    shown_as: str,
    first_line: int = 1,
) -> str:
    """`markdown` with every marker replaced by what it names.

    `page_path` is the page relative to `docs/` (links are rewritten for it); `shown_as` names
    the page file in error messages, and `first_line` is the line of the file where `markdown`
    starts (after front matter). Raises `MarkerError` with every bad marker of the page.
    """
    output: list[str] = []
    problems: list[Problem] = []
    tables = 0

    for line_number, line, is_outside_code in lines_outside_code(markdown, first_line):
        comment = _COMMENT_LINE.match(line) if is_outside_code else None
        if comment is None:
            output.append(line)
            continue
        try:
            marker = _parse(comment["body"])
            if marker is None:
                output.append(line)
                continue
            if marker.name == "table":
                tables += 1
            output += ["", _draw(marker, data, language, page_path, tables), ""]
        except _Unusable as error:
            problems.append(Problem(shown_as, line_number, comment["body"], str(error)))
    if problems:
        raise MarkerError(f"Markers in {shown_as} cannot be drawn", problems)
    return "\n".join(output) + ("\n" if markdown.endswith("\n") else "")
