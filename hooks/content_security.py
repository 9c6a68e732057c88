"""A Content-Security-Policy for every page: only the site's own scripts may run.

GitHub Pages sets no response headers, so the policy travels in the page itself, as
`<meta http-equiv="Content-Security-Policy">` at the top of the head (overrides/main.html
writes it with `SCRIPT_HASHES` in place of the hashes). Scripts may come from the site's
files, and the theme's few inline scripts run by their SHA-256 hash. The theme keeps those in
its `partials/javascripts/` templates: the hashes are of those templates as rendered for the
page, never of the page's content, so a script slipped into the content gets no hash and
does not run.
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


THEME_SCRIPTS = "partials/javascripts/"
"""Where Material keeps the templates of its inline scripts."""


def policy_hashes(theme_html: str) -> str:
    """The hashes of the inline scripts in `theme_html`, as a policy lists them."""
    return " ".join(sorted({script_hash(script) for script in inline_scripts(theme_html)}))


def with_policy(page_html: str, hashes: str) -> str:
    """`page_html` with `hashes` in its policy."""
    return page_html.replace(SCRIPT_HASHES, hashes, 1)
