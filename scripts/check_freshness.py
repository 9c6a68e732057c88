"""List the sources of comparison.yml that were last checked more than 12 months ago.

    .venv/bin/python scripts/check_freshness.py [comparison.yml] [--today YYYY-MM-DD]

Each source records in `checked` the day its cited facts were last compared with it. Facts
age: a version changes, a limit is lifted. This prints one line per source whose `checked`
day is more than 12 months before today (or that says `unverified`), with the data file's
line and key, and exits 1 if there is any. A weekly workflow runs it.
"""

from __future__ import annotations

import argparse
import calendar
import datetime
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))  # the generator package lives beside the hook

from comparison.problems import ProblemsFound  # noqa: E402
from comparison.yaml_reader import LineMap, read_yaml  # noqa: E402

MONTHS = 12


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day of the month `months` earlier, or that month's last day if it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last_day))


def _as_date(value: object) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def stale_sources(raw: object, lines: LineMap, today: datetime.date) -> list[str]:
    """One line per source checked before the cut-off, never checked, or with no date."""
    cutoff = months_before(today, MONTHS)
    sources = raw.get("sources") if isinstance(raw, dict) else None
    found = []
    for index, source in enumerate(sources if isinstance(sources, list) else []):
        if not isinstance(source, dict):
            continue
        path = ("sources", index, "checked")
        where = f"{lines.line_of(path) or lines.line_of(('sources', index))}: "
        where += lines.name(path)
        checked = source.get("checked")
        day = _as_date(checked)
        if day is None:
            found.append(
                f"{where}: '{checked}' is no day of checking; "
                "expected the day its facts were compared with the source"
            )
        elif day < cutoff:
            found.append(
                f"{where}: checked {day.isoformat()}, more than {MONTHS} months ago "
                f"(before {cutoff.isoformat()}); expected a check against the source"
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_file", nargs="?", type=Path, default=ROOT / "comparison.yml")
    parser.add_argument(
        "--today",
        type=datetime.date.fromisoformat,
        default=datetime.date.today(),
        help="the day to count from (default: today)",
    )
    args = parser.parse_args(argv)
    shown_as = args.data_file.name
    try:
        raw, lines = read_yaml(args.data_file, shown_as)
    except ProblemsFound as error:
        print(error, file=sys.stderr)
        return 1
    stale = stale_sources(raw, lines, args.today)
    for line in stale:
        print(f"{shown_as}:{line}", file=sys.stderr)
    count = len(raw.get("sources") or []) if isinstance(raw, dict) else 0
    print(f"{count} sources, {len(stale)} checked more than {MONTHS} months ago or never")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
