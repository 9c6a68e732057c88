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
from collections.abc import Callable, Iterator

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


def number_in_reading_order(root: etree.Element, footnotes: FootnoteExtension, title: str) -> None:
    """Number the footnotes 1, 2, 3 … in the order a reader meets them, list them in that
    order under `title`: the text's references first, then those inside the footnotes, one
    footnote after another. Left to the extension, the numbers follow the order of the
    definitions (every offered source among them), or the order its inline step happened to
    visit the page's blocks, which puts a list's references after the paragraph below it."""
    footnote_list = _footnote_list(root)
    items = footnote_list.find("ol") if footnote_list is not None else None
    if items is None:
        return
    key_of_item = {footnotes.makeFootnoteId(key): key for key in footnotes.footnotes}
    key_of_target = {f"#{item}": key for item, key in key_of_item.items()}
    item_of = {key_of_item[li.get("id")]: li for li in items if li.get("id") in key_of_item}

    references: list[tuple[etree.Element, str]] = []
    met: list[str] = []
    order: dict[str, int] = {}

    def meet(links: Iterator[etree.Element]) -> None:
        for link in links:
            key = key_of_target.get(link.get("href", ""))
            if link.get("class") == "footnote-ref" and key is not None:
                references.append((link, key))
                if key not in order:
                    order[key] = len(met) + 1
                    met.append(key)

    meet(_links_outside(root, footnote_list))
    for key in met:  # grows while footnotes cite footnotes: each is met after its citer
        if key in item_of:
            meet(item_of[key].iter("a"))
    for link, key in references:
        link.text = footnotes.getConfig("SUPERSCRIPT_TEXT").format(order[key])
    footnotes.footnote_order[:] = met

    # Sources offered but not cited go last; `withdraw_uncited` takes them out.
    def place(item: etree.Element) -> int:
        return order.get(key_of_item.get(item.get("id", ""), ""), len(order) + 1)

    in_order = sorted(items, key=place)
    for number, item in enumerate(in_order, start=1):
        items.remove(item)
        items.append(item)
        backlink = item.find(".//a[@class='footnote-backref']")
        if backlink is not None:
            backlink.set("title", footnotes.getConfig("BACKLINK_TITLE").format(number))
    heading = etree.Element("p", {"class": "footnote-title"})
    heading.text = title
    rule = footnote_list.find("hr")
    footnote_list.insert(0 if rule is None else list(footnote_list).index(rule) + 1, heading)


def _links_outside(element: etree.Element, skipped: etree.Element) -> Iterator[etree.Element]:
    """The `a` elements under `element` in document order, but for those under `skipped`."""
    for child in element:
        if child is skipped:
            continue
        if child.tag == "a":
            yield child
        yield from _links_outside(child, skipped)


def withdraw_uncited(root: etree.Element, footnotes: FootnoteExtension, offered: list[str]) -> None:
    """Take out the offered sources that no reference used; the footnote list, if empty."""
    uncited = {footnotes.makeFootnoteId(s) for s in offered if s not in footnotes.footnote_order}
    footnote_list = _footnote_list(root)
    if footnote_list is None:
        return
    items = footnote_list.find("ol")
    for item in list(items if items is not None else ()):
        if item.get("id") in uncited:
            items.remove(item)
    if items is None or not len(items):
        _remove(root, footnote_list)


def _footnote_list(root: etree.Element) -> etree.Element | None:
    """The `div` in which the footnotes extension lists the page's footnotes, if any."""
    return next((div for div in root.iter("div") if div.get("class") == "footnote"), None)


def _remove(root: etree.Element, element: etree.Element) -> None:
    for parent in root.iter():
        if element in list(parent):
            parent.remove(element)
            return
