"""Lighthouse scores of the built site, served with gzip on 127.0.0.1 (a benchmark, not a test).

    npm ci                                   # Lighthouse 12.2.3, pinned in package-lock.json
    .venv/bin/python benchmarks/lighthouse.py [--runs 3]

Builds the site, serves it compressed as a static host would, and runs Lighthouse (mobile
defaults, headless Chromium from CHROMIUM_PATH or `chromium` on PATH) several times on the
home, choosing and full comparison pages in both languages. Prints the median score of each
category and each page's transferred weight. Targets: accessibility, best practices and SEO
1.00; performance at least 0.98.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = ["", "choose/", "comparison/", "en/", "en/choose/", "en/comparison/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# The same Chromium, without background traffic, as the browser tests drive.
sys.path.insert(0, str(ROOT / "tests"))
from browser_support import CHROMIUM_FLAGS as BROWSER_TEST_FLAGS  # noqa: E402

CHROMIUM_FLAGS = ["--headless", *BROWSER_TEST_FLAGS]
COMPRESSED_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
)


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped when the browser accepts it, as GitHub Pages serves them."""

    def send_head(self):  # noqa: ANN201 (the standard library's signature)
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the standard handler redirects to the slash
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (path.is_file() and accepts_gzip and content_type.startswith(COMPRESSED_TYPES)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Body(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Body:
    """What `send_head` returns: a file-like object `copyfile` reads from."""

    def __init__(self, data: bytes):
        self._data = data

    def read(self, size: int = -1) -> bytes:
        data, self._data = (self._data, b"") if size < 0 else (self._data[:size], self._data[size:])
        return data

    def close(self) -> None:
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def chromium() -> str:
    found = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not found:
        sys.exit("no Chromium: set CHROMIUM_PATH or install `chromium`")
    return found


def build(site_dir: Path, site_url: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)],
        cwd=ROOT,
        check=True,
        env={**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"},
    )


def lighthouse(url: str, report: Path, executable: str) -> dict:
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": executable},
    )
    result = json.loads(report.read_text("utf-8"))
    scores = {name: result["categories"][name]["score"] for name in CATEGORIES}
    failed = sorted(
        audit_id
        for audit_id, audit in result["audits"].items()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
        and any(
            ref["id"] == audit_id
            for name in CATEGORIES[1:]
            for ref in result["categories"][name]["auditRefs"]
            if ref["weight"] > 0
        )
    )
    weight = result["audits"]["total-byte-weight"]["numericValue"]
    return {"scores": scores, "weight": weight, "failed": failed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` in the project folder")
    executable = chromium()
    port = free_port()
    site_url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryDirectory() as temporary:
        site_dir, report = Path(temporary) / "site", Path(temporary) / "report.json"
        build(site_dir, site_url)
        handler = functools.partial(GzipHandler, directory=str(site_dir))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            results = {
                page: [lighthouse(site_url + page, report, executable) for _ in range(runs)]
                for page in PAGES
            }
        finally:
            server.shutdown()

    print(f"Median of {runs} Lighthouse runs (mobile), served gzipped on 127.0.0.1\n")
    header = ["page", *CATEGORIES, "weight (KiB)"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for page, page_runs in results.items():
        medians = [
            statistics.median(run["scores"][name] for run in page_runs) for name in CATEGORIES
        ]
        weight = statistics.median(run["weight"] for run in page_runs) / 1024
        print(
            f"| /{page} | " + " | ".join(f"{score:.2f}" for score in medians) + f" | {weight:.0f} |"
        )
    failed = sorted(
        {audit for page_runs in results.values() for run in page_runs for audit in run["failed"]}
    )
    if failed:
        print("\nAudits below 1 in accessibility, best practices or SEO:", ", ".join(failed))


if __name__ == "__main__":
    main()
