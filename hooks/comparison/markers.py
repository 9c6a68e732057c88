"""Markers: what a `compare:` comment asks for, and the elements that answer it.

A marker is an HTML comment alone on its line (or alone in a list item, an admonition or a
details block), so it stays readable on GitHub:

    <!-- compare:table -->                                   every attribute, every subject
    <!-- compare:table group=security -->                    one group
    <!-- compare:table attributes=size,startup subjects=container,vm -->
    <!-- compare:flowchart tree=choose -->
    <!-- compare:diagram name=architecture -->
    <!-- compare:glossary -->

Whether a comment is a comment at all, or an example inside code, is Python-Markdown's
decision (see `page_extension`); this module reads the comment's words. A comment that looks
like a misspelt marker (`<!-- compre:table -->`) is an error, not a silently empty spot.
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .builder import PageIds
from .diagram import render_diagram
from .flowchart import render_flowchart
from .glossary import render_glossary
from .localized_text import Language
from .model import ComparisonData
from .tables import TableRequest, render_table

PREFIX = "compare"
COMMENT = re.compile(r"^<!--\s*(?P<body>.*?)\s*-->$", re.DOTALL)
_HEAD = re.compile(r"^(?P<prefix>[A-Za-z_-]+)\s*:\s*(?P<name>[A-Za-z_-]*)(?P<rest>.*)$", re.DOTALL)
_ARGUMENT = re.compile(r'\s+(?P<key>[a-z_-]+)=(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]+))')


@dataclass(frozen=True)
class Marker:
    name: str
    arguments: dict[str, tuple[str, ...]]


class Unusable(Exception):
    """A marker's words are wrong; the message says how."""


def _looks_like_marker(prefix: str) -> bool:
    return prefix.lower() == PREFIX or bool(
        difflib.get_close_matches(prefix.lower(), [PREFIX], cutoff=0.7)
    )


def parse_comment(comment: str) -> Marker | None:
    """The marker that the HTML comment `comment` spells, or None for any other comment.

    Raises `Unusable` for a comment that is meant as a marker but cannot be read.
    """
    found = COMMENT.match(comment.strip())
    if found is None:
        return None
    body = found["body"]
    head = _HEAD.match(body)
    if head is None:
        first_word = body.split()[0] if body.split() else ""
        if _looks_like_marker(first_word):
            raise Unusable(f"'{body}' is not a marker; expected `{PREFIX}:NAME key=value …`")
        return None
    if not _looks_like_marker(head["prefix"]):
        return None
    if head["prefix"] != PREFIX:
        raise Unusable(f"unknown marker prefix '{head['prefix']}:'; expected '{PREFIX}:'")
    arguments: dict[str, tuple[str, ...]] = {}
    rest = head["rest"]
    position = 0
    for match in _ARGUMENT.finditer(rest):
        if match.start() != position:
            break
        value = match["quoted"] if match["quoted"] is not None else match["bare"]
        if match["key"] in arguments:
            raise Unusable(f"`{match['key']}` is given twice; expected it once")
        arguments[match["key"]] = tuple(part.strip() for part in value.split(",") if part.strip())
        position = match.end()
    if rest[position:].strip():
        raise Unusable(
            f"cannot read '{rest[position:].strip()}'; expected arguments as key=value, "
            "lists separated by commas (attributes=size,startup)"
        )
    return Marker(head["name"], arguments)


def _known(kind: str, asked: tuple[str, ...], known: list[str]) -> None:
    unknown = [item for item in asked if item not in known]
    if unknown:
        raise Unusable(
            f"unknown {kind} {', '.join(repr(u) for u in unknown)}; expected "
            + ("one of: " + ", ".join(known) if known else f"a {kind} defined in the data file")
        )


def _allowed(marker: Marker, keys: tuple[str, ...]) -> None:
    for key in marker.arguments:
        if key not in keys:
            raise Unusable(
                f"unknown argument `{key}` for compare:{marker.name}; expected "
                + (", ".join(keys) if keys else "no arguments")
            )


def _table(data: ComparisonData, marker: Marker) -> TableRequest:
    _allowed(marker, ("attributes", "group", "subjects"))
    args = marker.arguments
    if "attributes" in args and "group" in args:
        raise Unusable("give `attributes` or `group`, not both")
    for key in args:
        if not args[key]:
            raise Unusable(f"`{key}` is empty; expected at least one id")
    _known("attribute", args.get("attributes", ()), [a.id for a in data.attributes])
    _known("subject", args.get("subjects", ()), [s.id for s in data.subjects])
    if "group" in args:
        if len(args["group"]) != 1:
            raise Unusable("`group` names one group; expected a single id")
        _known("group", args["group"], [g.id for g in data.groups])
    return TableRequest(
        attributes=args.get("attributes", ()),
        group=args["group"][0] if "group" in args else None,
        subjects=args.get("subjects", ()),
    )


def draw(
    marker: Marker,
    data: ComparisonData,
    language: Language,
    *,
    page_path: str,
    ids: PageIds,
    more: Mapping[str, Callable[[], list[etree.Element]]] = MappingProxyType({}),
) -> list[etree.Element]:
    """The elements `marker` stands for, in `language`, for the page at `page_path`.

    `more` adds markers that take no arguments and draw from elsewhere than the data file
    (`compare:translation-status`, from git history), by name.
    """
    if marker.name in more:
        _allowed(marker, ())
        return more[marker.name]()
    if marker.name == "table":
        request = _table(data, marker)
        return render_table(data, request, language, page_path=page_path, ids=ids)
    if marker.name == "flowchart":
        tree = _one_id(marker, "tree", "decision tree", list(data.decision_trees))
        return [render_flowchart(data, tree, language, page_path=page_path, ids=ids)]
    if marker.name == "diagram":
        name = _one_id(marker, "name", "diagram", list(data.diagrams))
        return [render_diagram(data, name, language, ids=ids)]
    if marker.name == "glossary":
        _allowed(marker, ())
        if data.glossary is None:
            raise Unusable("the data file has no `glossary`; expected one to list")
        return [render_glossary(data, language, page_path=page_path, ids=ids)]
    raise Unusable(
        f"unknown marker 'compare:{marker.name}'; expected one of: "
        + ", ".join(f"compare:{name}" for name in (*MARKERS, *more))
    )


MARKERS = ("table", "flowchart", "diagram", "glossary")


def _one_id(marker: Marker, key: str, kind: str, known: list[str]) -> str:
    """The single id that `key` names, checked against the `known` ids of its kind."""
    _allowed(marker, (key,))
    asked = marker.arguments.get(key, ())
    if len(asked) != 1:
        raise Unusable(
            f"`{key}` names one {kind}; expected {key}=ID with one of: " + ", ".join(known)
        )
    _known(kind, asked, known)
    return asked[0]


def mentions_marker(html: str) -> bool:
    """True when raw HTML holds a `compare:` comment among other markup."""
    return re.search(rf"<!--\s*{PREFIX}\s*:", html, re.IGNORECASE) is not None
