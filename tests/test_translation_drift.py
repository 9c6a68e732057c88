"""The translation check: each English page has the structure of its Japanese original."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from translation.drift import check_translations

JAPANESE = """---
description: 説明
---

# 選び方 {#choose}

<!-- compare:flowchart tree=choose -->

## 仮想マシン {#choose-vm}

```markdown
## コード内の見出しは数えない
<!-- compare:table -->
```

## コンテナ {#choose-container}

<!-- compare:table group=footprint -->
"""

ENGLISH = """---
description: A description
---

# Choosing {#choose}

<!-- compare:flowchart tree=choose -->

## Virtual machines {#choose-vm}

## Containers {#choose-container}

<!-- compare:table group=footprint -->
"""


def problems(root):
    return [str(problem) for problem in check_translations(root)]


def write_pair(root: Path, japanese: str, english: str, name: str = "choose") -> None:
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    (docs / f"{name}.md").write_text(japanese, "utf-8")
    (docs / f"{name}.en.md").write_text(english, "utf-8")


def test_the_site_has_no_drift():
    assert problems(ROOT) == []


def test_matching_pages_pass_and_fenced_code_is_not_structure(tmp_path):
    write_pair(tmp_path, JAPANESE, ENGLISH)
    assert problems(tmp_path) == []


def test_a_heading_removed_from_a_real_english_page_is_named(tmp_path):
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    english = tmp_path / "docs" / "choose.en.md"
    lines = english.read_text("utf-8").splitlines(keepends=True)
    english.write_text("".join(x for x in lines if "{#choose-container}" not in x), "utf-8")

    japanese = (ROOT / "docs" / "choose.md").read_text("utf-8").splitlines()
    headings = [x for x in japanese if x.startswith("#")]
    removed = next(x for x in headings if "{#choose-container}" in x)
    line = japanese.index(removed) + 1
    number = headings.index(removed) + 1
    assert problems(tmp_path) == [
        f"docs/choose.en.md: headings: found {len(headings) - 1}; expected {len(headings)}, "
        "as in docs/choose.md",
        f"docs/choose.en.md: heading {number} of docs/choose.md (line {line}): "
        f"found no counterpart of '{removed}'; expected one here",
    ]


def test_heading_levels_and_ids(tmp_path):
    english = ENGLISH.replace("## Containers {#choose-container}", "### Containers {#containers}")
    english = english.replace("## Virtual machines {#choose-vm}", "## Virtual machines")
    write_pair(tmp_path, JAPANESE, english)
    assert problems(tmp_path) == [
        "docs/choose.en.md:9: heading 2: found no id; expected {#choose-vm}, as in docs/choose.md",
        "docs/choose.en.md:11: heading 3: found level 3; expected level 2, as in docs/choose.md",
        "docs/choose.en.md:11: heading 3: found {#containers}; expected {#choose-container}, "
        "as in docs/choose.md",
    ]


def test_an_added_heading_is_named_and_later_headings_keep_their_numbers(tmp_path):
    english = ENGLISH.replace(
        "## Containers {#choose-container}",
        "## Extra {#extra}\n\n### Containers {#choose-container}",
    )
    write_pair(tmp_path, JAPANESE, english)
    assert problems(tmp_path) == [
        "docs/choose.en.md: headings: found 4; expected 3, as in docs/choose.md",
        "docs/choose.en.md:11: heading: found '## Extra {#extra}', which docs/choose.md does "
        "not have; expected only the headings of docs/choose.md",
        "docs/choose.en.md:13: heading 3: found level 3; expected level 2, as in docs/choose.md",
    ]


def test_markers_that_differ_or_are_missing(tmp_path):
    english = ENGLISH.replace("tree=choose", "tree=other").replace(
        "<!-- compare:table group=footprint -->\n", ""
    )
    write_pair(tmp_path, JAPANESE, english)
    assert problems(tmp_path) == [
        "docs/choose.en.md: markers: found 1; expected 2, as in docs/choose.md",
        "docs/choose.en.md:7: marker 1: found '<!-- compare:flowchart tree=other -->'; expected "
        "'<!-- compare:flowchart tree=choose -->', as in docs/choose.md (line 7)",
        "docs/choose.en.md: marker 2 of docs/choose.md (line 18): found no counterpart of "
        "'<!-- compare:table group=footprint -->'; expected one here",
    ]


def test_front_matter_keys(tmp_path):
    english = ENGLISH.replace("description: A description", "title: Choosing")
    write_pair(tmp_path, JAPANESE, english)
    assert problems(tmp_path) == [
        "docs/choose.en.md: front-matter keys: found title; expected description, "
        "as in docs/choose.md"
    ]


def test_pages_without_their_twin(tmp_path):
    write_pair(tmp_path, JAPANESE, ENGLISH)
    (tmp_path / "docs" / "hybrid.md").write_text("# 組み合わせ\n", "utf-8")
    (tmp_path / "docs" / "guide").mkdir()
    (tmp_path / "docs" / "guide" / "only-english.en.md").write_text("# Only\n", "utf-8")
    assert problems(tmp_path) == [
        "docs/hybrid.en.md: missing; docs/hybrid.md has no English translation",
        "docs/guide/only-english.md: missing; docs/guide/only-english.en.md has no Japanese "
        "original",
    ]


@pytest.mark.parametrize("drift", [False, True], ids=["clean", "drift"])
def test_the_command_reports_and_exits(tmp_path, drift):
    write_pair(
        tmp_path, JAPANESE, ENGLISH.replace("## Virtual", "### Virtual") if drift else ENGLISH
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_translations.py"), "--root", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if drift:
        assert result.returncode == 1
        assert result.stderr == (
            "docs/choose.en.md:9: heading 2: found level 3; expected level 2, "
            "as in docs/choose.md\n"
            "1 translation problem(s) found\n"
        )
    else:
        assert (result.returncode, result.stdout) == (
            0,
            "1 page pairs; the English pages match the Japanese structure\n",
        )
