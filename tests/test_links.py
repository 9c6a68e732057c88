"""The link check's offline parts: which links it finds, and how it judges an answer.

The weekly workflow runs `scripts/check_links.py` against the real sources; here a local
server stands in for them.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from comparison.links import Link, check_url, source_links
from comparison.yaml_reader import read_yaml
from conftest import ROOT

DATA = """\
subjects: []
sources:
  - id: one
    title: One
    url: https://example.org/one
    checked: unverified
  - id: two
    title: Two
    url: https://example.org/two
    url_ja: https://example.org/ja/two
    checked: 2026-11-26
"""


def test_links_are_each_source_url_and_japanese_url_with_their_lines(tmp_path: Path):
    (tmp_path / "data.yml").write_text(DATA, "utf-8")
    raw, lines = read_yaml(tmp_path / "data.yml", "data.yml")
    assert source_links(raw, lines) == [
        Link(5, "sources[one].url", "https://example.org/one"),
        Link(9, "sources[two].url", "https://example.org/two"),
        Link(10, "sources[two].url_ja", "https://example.org/ja/two"),
    ]


def test_every_source_of_the_data_file_is_checked():
    raw, lines = read_yaml(ROOT / "comparison.yml", "comparison.yml")
    expected = [
        url for source in raw["sources"] for url in (source["url"], source.get("url_ja")) if url
    ]
    assert [link.url for link in source_links(raw, lines)] == expected
    assert len(expected) >= 3


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802 (http.server's name)
        self.answer(head=True)

    def do_GET(self):  # noqa: N802
        self.answer(head=False)

    def answer(self, head: bool):
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/no-head":
            self.send_response(405 if head else 200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/ok", None), ("/moved", None), ("/no-head", None), ("/gone", "HTTP 404 Not Found")],
)
def test_check_url_follows_redirects_and_retries_refused_head_with_get(server, path, expected):
    assert check_url(server + path, timeout=5) == expected
