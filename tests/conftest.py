"""Shared helpers: a fresh copy of the fixture site per test, and ways to build it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"
HOOK = ROOT / "hooks" / "comparison_hook.py"
RULES_HOOK = ROOT / "hooks" / "content_rules_hook.py"


SCREENSHOTS = pytest.StashKey[Path]()
"""Where the browser tests wrote their screenshots, to be named at the end of the run."""


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    folder = config.stash.get(SCREENSHOTS, None)
    if folder is not None:
        terminalreporter.write_line(f"Screenshots for a person to look at: {folder}")


@pytest.fixture
def fixture_site(tmp_path: Path) -> Path:
    """A private copy of the small fixture site, wired to this project's hooks."""
    site = tmp_path / "source"
    shutil.copytree(FIXTURE_SITE, site)
    config = site / "mkdocs.yml"
    hooks = f"hooks:\n  - {RULES_HOOK}\n  - {HOOK}\n"
    config.write_text(config.read_text(encoding="utf-8") + hooks, "utf-8")
    return site


def run_mkdocs_build(
    config: Path,
    site_dir: Path,
    env: dict[str, str] | None = None,
    *,
    program: str = "mkdocs",
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` as a contributor runs it: a separate process.

    `env` adds to the environment, for example `SITE_URL`, which mkdocs.yml reads. `program`
    names another builder with MkDocs' command line (`properdocs`); `cwd` is where it runs, for
    a `config` given relative to it.
    """
    return subprocess.run(
        [sys.executable, "-m", program, "build", "--strict"]
        + ["-f", str(config), "-d", str(site_dir)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        check=False,
    )


def build_in_process(config: Path, site_dir: Path) -> None:
    """Build inside this process, as `mkdocs serve` rebuilds: hook modules stay loaded."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(config_file=str(config), site_dir=str(site_dir), strict=True))


def page(site_dir: Path, path: str) -> BeautifulSoup:
    """The parsed HTML of a built page, `path` as in its URL (`en/guide/`)."""
    return BeautifulSoup((site_dir / path / "index.html").read_text("utf-8"), "html.parser")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """This repository's site, built once per test run with `mkdocs build --strict`."""
    site_dir = tmp_path_factory.mktemp("real-site")
    result = run_mkdocs_build(ROOT / "mkdocs.yml", site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir
