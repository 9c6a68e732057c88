"""While `mkdocs serve` runs, a failed build shows its problems in the browser.

MkDocs itself leaves the browser waiting while a build fails: the problems are only in the
terminal. Here, under `serve`, the project's problems (data file, content rules, markers)
and the warnings that `strict` turns into failures (a broken link, a missing anchor) do not
stop the build; they are kept, and when the build ends every page of the served site is
replaced by one page that lists them, each with its file and line. Serve's live reload then
shows it in the page the contributor is looking at, and the site again, by itself, once a
save fixes the problem. `mkdocs build` is unchanged: it prints them and exits 1.

This module's state lives as long as the process: `code_reload` never unloads it.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

serving = False
"""True between `on_startup(command="serve")` and `on_shutdown`."""

_problems: list[str] = []
_warnings: list[str] = []


class _KeepWarnings(logging.Handler):
    """Keeps what MkDocs and its plugins log as warnings during a build under serve."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message not in _warnings:
            _warnings.append(message)


_handler = _KeepWarnings()


def _keep(message: str) -> None:
    if message not in _problems:
        _problems.append(message)


def stop(message: str) -> None:
    """Stop the build with `message` (`mkdocs build`), or keep it for the error page (serve)."""
    if not serving:
        raise PluginError(message)
    _keep(message)


def build_started(*, outer: bool) -> None:
    """At the start of each pass (`outer`: of the whole build, which forgets the last build's
    problems): under serve, keep warnings for the error page instead of failing on them."""
    logger = logging.getLogger("mkdocs")
    if outer:
        _problems.clear()
        _warnings.clear()
        logger.removeHandler(_handler)
    if serving:
        # MkDocs counts warnings for `strict` with a handler that each pass's build adds before
        # any event; without it, the build goes on to the end, where the page lists them.
        for handler in list(logger.handlers):
            if isinstance(handler, CountHandler):
                logger.removeHandler(handler)
        if _handler not in logger.handlers:
            logger.addHandler(_handler)


def build_finished(site_dir: Path) -> None:
    """At the very end of the outer build under serve: the error page, if anything failed."""
    logging.getLogger("mkdocs").removeHandler(_handler)
    if not serving or not (_problems or _warnings):
        return
    # While the project's own problems stand, MkDocs' warnings may only follow from them (a
    # table not drawn leaves its row anchors missing): they show once those are fixed.
    page = error_page(_problems or _warnings)
    for path in site_dir.rglob("*.html"):
        path.write_text(page, "utf-8")


def error_page(problems: list[str]) -> str:
    """A page that lists `problems`: readable in either language's place, escaped."""
    items = "\n".join(f"<li><pre>{html.escape(problem)}</pre></li>" for problem in problems)
    count = len(problems)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>The site cannot be built</title>
<style>
  body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
         padding: 0 1rem; color: #1a1a1a; background: #fff; line-height: 1.5; }}
  @media (prefers-color-scheme: dark) {{ body {{ color: #eee; background: #1e1e1e; }} }}
  h1 {{ color: #b00020; font-size: 1.6rem; }}
  @media (prefers-color-scheme: dark) {{ h1 {{ color: #ff8a80; }} }}
  li {{ margin-bottom: 0.8rem; }}
  pre {{ white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font-size: 0.95rem; }}
</style>
</head>
<body>
<main class="build-problems">
<h1>The site cannot be built</h1>
<p>{count} problem{"s" if count != 1 else ""}. Fix {"them" if count != 1 else "it"} and save:
this page goes back to the site by itself. CONTRIBUTING.md (日本語: CONTRIBUTING.ja.md)
explains every message.</p>
<ol>
{items}
</ol>
</main>
</body>
</html>
"""
