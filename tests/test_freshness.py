"""`scripts/check_freshness.py` lists sources checked more than 12 months ago, with their line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "check_freshness.py"

DATA = """\
sources:
  - id: fresh
    checked: 2025-11-30
  - id: old
    checked: 2025-11-29
  - id: leap
    checked: 2024-02-28
  - id: never
    checked: unverified
"""


def run(data_file: Path, today: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(data_file), "--today", today],
        capture_output=True,
        text=True,
        check=False,
    )


def test_sources_checked_more_than_twelve_months_ago_are_listed_with_their_line(tmp_path):
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(DATA, "utf-8")
    result = run(data_file, "2026-11-30")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "comparison.yml:5: sources[old].checked: checked 2025-11-29, more than 12 months"
        " ago (before 2025-11-30); expected a check against the source",
        "comparison.yml:7: sources[leap].checked: checked 2024-02-28, more than 12 months"
        " ago (before 2025-11-30); expected a check against the source",
        "comparison.yml:9: sources[never].checked: 'unverified' is no day of checking;"
        " expected the day its facts were compared with the source",
    ]


def test_twelve_months_from_the_last_day_of_february_and_a_clean_exit(tmp_path):
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(DATA.split("  - id: never")[0].replace("2025-11-29", "2025-11-30"))
    # 2025-02-28 is 12 months before 2026-02-28; 2024-02-28 is older.
    assert run(data_file, "2026-02-28").stderr.count("more than 12 months") == 1
    assert run(data_file, "2025-02-28").returncode == 0


def test_every_source_of_the_site_has_been_checked():
    # A day long past as "today": only sources never checked (`unverified`) are listed. Age
    # itself is the weekly workflow's to report, so that the tests do not fail by the calendar.
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--today", "1900-01-01"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
