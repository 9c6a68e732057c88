"""Building generated HTML as an element tree, and the ids one page hands out.

Generators never write HTML as strings: they build elements, and the page's serializer
escapes every text and attribute value when the page is written.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Iterable


def add(
    parent: etree.Element, tag: str, text: str | None = None, /, **attributes: str
) -> etree.Element:
    """A new `tag` element at the end of `parent`, with `text` and `attributes` (those that
    are None are left out; write `**{"class": …}` for names that are Python keywords)."""
    child = etree.SubElement(
        parent, tag, {name: value for name, value in attributes.items() if value is not None}
    )
    child.text = text
    return child


def add_text(parent: etree.Element, text: str) -> None:
    """Plain text at the end of `parent`, after its last child."""
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class PageIds:
    """The element ids of one page: each generated id is made unique among them.

    A page may show the same table, flowchart or diagram twice; the second copy gets `-2`.
    """

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = set(taken)

    def claim(self, wanted: str) -> str:
        candidate, number = wanted, 2
        while candidate in self._taken:
            candidate, number = f"{wanted}-{number}", number + 1
        self._taken.add(candidate)
        return candidate
