"""The external links of the data file (each source's `url` and `url_ja`), and checking them.

Builds and tests never reach the network; a weekly workflow runs `scripts/check_links.py`.
Only extraction is tested offline, and checking against a local server.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from .yaml_reader import LineMap

LINK_KEYS = ("url", "url_ja")
USER_AGENT = "containers-vms-link-check/1.0"


@dataclass(frozen=True)
class Link:
    line: int | None
    where: str
    """The key path in the data file: `sources[docker-overview].url_ja`."""
    url: str


def source_links(raw: object, lines: LineMap) -> list[Link]:
    """Every `sources[].url` and `sources[].url_ja` of the parsed data file, in file order."""
    sources = raw.get("sources") if isinstance(raw, dict) else None
    links = []
    for index, source in enumerate(sources if isinstance(sources, list) else []):
        if not isinstance(source, dict):
            continue
        for key in LINK_KEYS:
            url = source.get(key)
            if isinstance(url, str):
                path = ("sources", index, key)
                links.append(Link(lines.line_of(path), lines.name(path), url))
    return links


def check_url(url: str, timeout: float = 20.0) -> str | None:
    """None if `url` answers with success (after redirects); otherwise what went wrong."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout):
                return None
        except urllib.error.HTTPError as error:
            # Some servers refuse HEAD (405, 403, 501) but serve GET; ask again before failing.
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return f"HTTP {error.code} {error.reason}"
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            reason = getattr(error, "reason", error)
            return f"no answer ({reason})"
    return "no answer"
