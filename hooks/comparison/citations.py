"""Cite the data file's sources in page prose: `[^gvisor-security]` becomes a footnote.

A page cites a source by its id as a Markdown footnote reference and writes no definition;
the definition is generated from the data file, in the page's language, so a title, an
address or a "checked" date is written once. What counts as a footnote reference is decided by
the `footnotes` extension itself: every source is offered to it as a definition before the
page's inline text is read, and the sources the page did not cite are taken out afterwards. A
reference that is neither defined on the page nor a source id stays literal text, and is
reported instead of shipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.extensions.footnotes import FootnoteExtension

from .model import ComparisonData

# What a reference left unresolved by the footnotes extension looks like in the text it left.
UNRESOLVED = re.compile(r"\[\^(?P<id>[^\]\s]+)\]")


def offer_sources(
    footnotes: FootnoteExtension, data: ComparisonData, placeholder: Callable[[str], str]
) -> list[str]:
    """Define every source the page does not define itself as a footnote whose text is
    `placeholder(source_id)`; return the ids offered."""
    offered = [s.id for s in data.sources if s.id not in footnotes.footnotes]
    for source_id in offered:
        footnotes.setFootnote(source_id, placeholder(source_id))
    return offered


def number_in_reading_order(root: etree.Element, footnotes: FootnoteExtension) -> None:
    """Number the footnote references 1, 2, 3 … in the order a reader meets them, and make
    that the order of the footnote list (which the footnotes extension's reordering step then
    follows). Left to the extension, the numbers follow the order of the definitions, every
    offered source among them, or else the order its inline step happened to visit the
    page's blocks, which puts a list's references after the paragraph that follows it."""
    by_target = {f"#{footnotes.makeFootnoteId(key)}": key for key in footnotes.footnotes}
    references = [
        (link, by_target[link.get("href")])
        for link in root.iter("a")
        if link.get("class") == "footnote-ref" and link.get("href") in by_target
    ]
    order = list(dict.fromkeys(key for _, key in references))
    for link, key in references:
        link.text = str(order.index(key) + 1)
    footnotes.footnote_order[:] = order


def withdraw_uncited(root: etree.Element, footnotes: FootnoteExtension, offered: list[str]) -> None:
    """Take out the offered sources that no reference used; the footnote list, if empty."""
    uncited = {footnotes.makeFootnoteId(s) for s in offered if s not in footnotes.footnote_order}
    for div in root.iter("div"):
        if div.get("class") != "footnote":
            continue
        items = div.find("ol")
        for item in list(items if items is not None else ()):
            if item.get("id") in uncited:
                items.remove(item)
        if items is None or not len(items):
            _remove(root, div)
        return


def title_footnotes(root: etree.Element, title: str) -> None:
    """Head the page's footnote list with `title`: a table's sources, numbered [1], [2] …
    under the table, are another list."""
    for div in root.iter("div"):
        if div.get("class") == "footnote":
            heading = etree.Element("p", {"class": "footnote-title"})
            heading.text = title
            rule = div.find("hr")
            div.insert(0 if rule is None else list(div).index(rule) + 1, heading)
            return


def _remove(root: etree.Element, element: etree.Element) -> None:
    for parent in root.iter():
        if element in list(parent):
            parent.remove(element)
            return
