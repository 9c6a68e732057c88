"""Inline Markdown from the data file, made safe and correct for the page that shows it.

Texts in the data file may use bold, code and links. Raw HTML is never let through: every `<`
outside a code span is escaped, so `<script>` shows as text. Code spans are left to Markdown,
which escapes them itself. Links to pages are written relative to `docs/` in the data file and
rewritten relative to the page that shows them, so MkDocs can then check and convert them.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

# A run of backticks, the shortest text, and the same run again (as Python-Markdown reads them).
_CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
# `[text](target)` or `[text](target "title")`; the text may hold no `]`.
_LINK = re.compile(r"(?P<open>\[[^\]]*\]\()(?P<target>[^)\s]+)(?P<close>(?:\s+\"[^\"]*\")?\))")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def _prose_and_code(text: str) -> Iterator[tuple[bool, str]]:
    """Split `text` into (is_code, part) pieces."""
    position = 0
    for match in _CODE_SPAN.finditer(text):
        if match.start() > position:
            yield False, text[position : match.start()]
        yield True, match.group(0)
        position = match.end()
    if position < len(text):
        yield False, text[position:]


def is_page_link(target: str) -> bool:
    """True for a link to a page of this site (`containers.md#kernel`), not a web address."""
    return not (_SCHEME.match(target) or target.startswith(("/", "#")))


def page_links(text: str) -> list[str]:
    """The targets of links to pages of this site, outside code spans."""
    return [
        match.group("target")
        for is_code, part in _prose_and_code(text)
        if not is_code
        for match in _LINK.finditer(part)
        if is_page_link(match.group("target"))
    ]


def relative_link(target: str, page_path: str) -> str:
    """Rewrite `target`, relative to `docs/`, to be relative to the page at `page_path`."""
    path, hash_sign, anchor = target.partition("#")
    page_dir = posixpath.dirname(page_path)
    relative = posixpath.relpath(path, page_dir or ".") if path else ""
    return relative + hash_sign + anchor


def for_page(text: str, page_path: str) -> str:
    """`text` as inline Markdown for the page at `page_path` (relative to `docs/`)."""

    def rewrite(match: re.Match[str]) -> str:
        target = match.group("target")
        if is_page_link(target):
            target = relative_link(target, page_path)
        return match.group("open") + target + match.group("close")

    pieces = []
    for is_code, part in _prose_and_code(text):
        if not is_code:
            part = _LINK.sub(rewrite, part.replace("<", "&lt;"))
        pieces.append(part)
    return "".join(pieces)
