"""The problems reported for the fixture's data file after one edit: for tests of messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparison.checks import pages_under
from comparison.loading import load_data
from comparison.problems import DataFileError
from conftest import FIXTURE_SITE

FIXTURE_DATA_TEXT = (FIXTURE_SITE / "comparison.yml").read_text("utf-8")


def problems_after(tmp_path: Path, old: str, new: str) -> list[str]:
    """Each problem line for the fixture data with the first `old` replaced by `new`."""
    assert old in FIXTURE_DATA_TEXT, f"the fixture data no longer contains {old!r}"
    data_file = tmp_path / "comparison.yml"
    data_file.write_text(FIXTURE_DATA_TEXT.replace(old, new, 1), "utf-8")
    with pytest.raises(DataFileError) as caught:
        load_data(data_file, pages_under(FIXTURE_SITE / "docs"))
    return [str(problem) for problem in caught.value.problems]
