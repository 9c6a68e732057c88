"""A Content-Security-Policy for every page: only the site's own scripts may run.

GitHub Pages sets no response headers, so the policy travels in the page itself, as
`<meta http-equiv="Content-Security-Policy">` at the top of the head (overrides/main.html
writes it with `SCRIPT_HASHES` in place of the hashes). Scripts may come from the site's
files, and the theme's few inline scripts run by their SHA-256 hash. Only the theme's part
of the page is read for them, never the page's content: a script slipped into the content
gets no hash, so it does not run.
"""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser

SCRIPT_HASHES = "CSP-INLINE-SCRIPT-HASHES"
"""What the template writes where the hashes of the page's inline scripts go."""

_JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


class _InlineScripts(HTMLParser):
    """Collects the text of each `<script>` without `src` that a browser would run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        attributes = dict(attrs)
        runs = (attributes.get("type") or "").strip().lower() in _JAVASCRIPT_TYPES
        self._current = [] if runs and "src" not in attributes else None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def inline_scripts(page_html: str) -> list[str]:
    parser = _InlineScripts()
    parser.feed(page_html)
    parser.close()
    return parser.scripts


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def with_policy(page_html: str, content: str = "") -> str:
    """`page_html` with the hashes of the theme's inline scripts in its policy: those outside
    `content`, the page's own content as the theme received it."""
    if SCRIPT_HASHES not in page_html:
        return page_html
    theme_part = page_html.replace(content, "", 1) if content else page_html
    hashes = sorted({script_hash(script) for script in inline_scripts(theme_part)})
    return page_html.replace(SCRIPT_HASHES, " ".join(hashes), 1)
