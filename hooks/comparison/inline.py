"""Inline Markdown of the data file's texts, read by Python-Markdown itself.

A text may use emphasis, code spans and links. What is a code span, a link or raw HTML is
decided once, here, by Python-Markdown's own inline patterns (the rules the pages follow too),
and the result is an element tree: generators copy it into the page's tree, and the page's
serializer escapes every text and attribute on the way out. Raw HTML and entities are not
among the patterns, so `<img onerror=…>` stays text and shows as written. A link may point to
the web (`https://`, `http://`) or to a page of the site relative to `docs/`
(`containers.md#kernel`); `link_problem` says why any other target is refused.
"""

from __future__ import annotations

import copy
import functools
import html
import posixpath
import re
import xml.etree.ElementTree as etree

from markdown import Markdown

# Inline patterns a data text may not use: raw HTML and entities (shown as text instead),
# images, reference links (a data text has no definitions), autolinks and hard breaks.
_REFUSED_PATTERNS = (
    "html",
    "entity",
    "image_link",
    "image_reference",
    "reference",
    "short_reference",
    "short_image_ref",
    "autolink",
    "automail",
    "linebreak",
)
# Python-Markdown marks its own placeholders with these; a text must not smuggle one in.
_PLACEHOLDER_MARKS = {0x02: None, 0x03: None}

_WEB = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
_PAGE = re.compile(r"^(?P<path>[A-Za-z0-9_-][A-Za-z0-9_./-]*\.md)(?:#[A-Za-z0-9_-]+)?$")


@functools.cache
def _markdown() -> Markdown:
    md = Markdown()
    for name in _REFUSED_PATTERNS:
        if name in md.inlinePatterns:
            md.inlinePatterns.deregister(name)
    return md


@functools.lru_cache(maxsize=4096)
def _parsed(text: str) -> etree.Element:
    md = _markdown()
    holder = etree.Element("div")
    fragment = etree.SubElement(holder, "span")
    fragment.text = text.translate(_PLACEHOLDER_MARKS)
    md.treeprocessors["inline"].run(holder)
    md.treeprocessors["unescape"].run(holder)
    return fragment


def parse(text: str) -> etree.Element:
    """`text` as a `span` whose text and children are its inline Markdown, read once.

    The element is shared: copy it (`append_to` does) before putting it in a tree.
    """
    return _parsed(text)


def link_targets(text: str) -> list[str]:
    """Every link target in `text`, as Python-Markdown reads its links."""
    return [link.get("href", "") for link in _parsed(text).iter("a")]


def is_page_link(target: str) -> bool:
    """True for a link to a page of this site (`containers.md#kernel`), not a web address."""
    return _PAGE.match(target) is not None


def page_links(text: str) -> list[str]:
    """The targets of links in `text` to pages of this site."""
    return [target for target in link_targets(text) if is_page_link(target)]


def link_problem(target: str) -> str | None:
    """Why `target` may not be linked from the data file, or None when it may."""
    if _WEB.match(target):
        return None
    page = _PAGE.match(target)
    if page and ".." not in page["path"].split("/"):
        return None
    return (
        f"link target {target!r} is not allowed; expected an address starting with https:// or "
        "http://, or a page path relative to docs/ (for example containers.md#kernel)"
    )


def relative_link(target: str, page_path: str) -> str:
    """Rewrite `target`, relative to `docs/`, to be relative to the page at `page_path`."""
    if not is_page_link(target):
        return target
    path, hash_sign, anchor = target.partition("#")
    page_dir = posixpath.dirname(page_path)
    return posixpath.relpath(path, page_dir or ".") + hash_sign + anchor


def append_to(parent: etree.Element, text: str, page_path: str) -> etree.Element:
    """Add `text`'s inline content at the end of `parent`, links made relative to the page.

    MkDocs then turns each page link into the page's address and checks that it exists.
    """
    fragment = copy.deepcopy(_parsed(text))
    for link in fragment.iter("a"):
        target = link.get("href", "")
        if link_problem(target):
            # The data checks refuse such a link first; should one get here, it is no link.
            link.tag, link.attrib = "span", {}
        else:
            link.set("href", relative_link(target, page_path))
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + (fragment.text or "")
    else:
        parent.text = (parent.text or "") + (fragment.text or "")
    parent.extend(list(fragment))
    return parent


def plain_text(text: str) -> str:
    """What a reader sees of `text` without its markup: for tooltips and text alternatives."""
    # Python-Markdown keeps a code span's text escaped already (`&lt;`): undo that here.
    return html.unescape("".join(_parsed(text).itertext()))
