"""`mkdocs serve` runs the code on disk: an edit under hooks/ shows at the next rebuild.

Serve rebuilds in one process, as `build_in_process` does. The test works on a copy of
`hooks/`, since pytest has this repository's copy imported already.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from conftest import FIXTURE_SITE, ROOT, build_in_process, page


@pytest.fixture
def modules_restored():
    before = dict(sys.modules)
    yield
    sys.modules.clear()
    sys.modules.update(before)


def test_an_edited_generator_runs_at_the_next_rebuild(tmp_path: Path, modules_restored):
    hooks = tmp_path / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    site = tmp_path / "source"
    shutil.copytree(FIXTURE_SITE, site)
    config = site / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8") + f"hooks:\n  - {hooks / 'comparison_hook.py'}\n", "utf-8"
    )

    build_in_process(config, tmp_path / "first")
    header = page(tmp_path / "first", "en").select_one("thead th")
    assert header.get_text() == "Attribute"

    words = hooks / "comparison" / "generated_words.py"
    words.write_text(words.read_text("utf-8").replace('"en": "Attribute"', '"en": "Property"'))
    build_in_process(config, tmp_path / "second")
    assert page(tmp_path / "second", "en").select_one("thead th").get_text() == "Property"
    # Every module was read again, not just the edited one: the table's module uses the
    # new words, and no module holds the old ones.
    assert sys.modules["comparison.generated_words"].__file__ == str(words)
