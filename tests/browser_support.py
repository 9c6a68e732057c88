"""What the browser tests need: the browser, axe-core, and the built site served locally.

A missing browser or axe-core skips the browser tests with a message saying how to install
them, except under `REQUIRE_BROWSER=1` (set by `.ci/run`), where it fails them.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Chromium without background traffic, so every request seen comes from the page."""

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
"""axe-core rules for WCAG 2.x, levels A and AA."""

INSTALL_HINT = (
    "install Chromium and Japanese fonts (Debian: apt-get install chromium fonts-noto-cjk) or "
    "set CHROMIUM_PATH to a Chromium executable, and run `npm ci --omit=dev` in the project "
    "folder for axe-core (or set AXE_CORE_PATH to axe.min.js); `.ci/run` does all this"
)


def unavailable(what: str) -> None:
    """Skip, or fail under REQUIRE_BROWSER=1, because `what` is missing."""
    message = f"{what}; {INSTALL_HINT}"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {message}", pytrace=False)
    pytest.skip(message)


def chromium_path() -> str:
    """The Chromium to drive: `CHROMIUM_PATH`, else `chromium` found on PATH."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        if not Path(configured).is_file():
            unavailable(f"CHROMIUM_PATH={configured} is not a file")
        return configured
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    unavailable("no Chromium found (CHROMIUM_PATH is unset and `chromium` is not on PATH)")
    raise AssertionError("unreachable")


def axe_script() -> Path:
    """axe-core's browser script: `AXE_CORE_PATH`, else the project's node_modules."""
    path = Path(
        os.environ.get("AXE_CORE_PATH") or ROOT / "node_modules" / "axe-core" / "axe.min.js"
    )
    if not path.is_file():
        unavailable(f"axe-core not found at {path}")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib's name)
        pass


@contextmanager
def serve(site_dir: Path, port: int) -> Iterator[str]:
    """Serve `site_dir` on 127.0.0.1 in a background thread; yields the site's URL."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
