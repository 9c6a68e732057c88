"""The translation status: last changes from git history, outdated translations, no history."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from comparison.localized_text import JAPANESE_CHARACTERS
from translation.history import History, history_of
from translation.status import forget_history, translation_status

DAY_1, DAY_2 = "2026-01-10T12:00:00+00:00", "2026-02-20T12:00:00+00:00"
DAY_3, DAY_4 = "2026-03-30T12:00:00+00:00", "2026-04-15T12:00:00+00:00"


def git(root: Path, *args: str, date: str = DAY_1) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-C", str(root), *args],
        env=env,
        check=True,
        capture_output=True,
    )


def write(root: Path, path: str, text: str) -> None:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text, "utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Two page pairs: `choose` translated after its original, `guide/setup` before."""
    root = tmp_path / "project"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    write(root, "docs/choose.md", "# 選び方 {#choose}\n")
    write(root, "docs/choose.en.md", "# Choosing {#choose}\n")
    write(root, "docs/guide/setup.en.md", "# Setting up\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "First pages", date=DAY_1)
    write(root, "docs/guide/setup.md", "# 準備\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Japanese setup page", date=DAY_2)
    return root


def test_full_history_lists_pages_and_flags_the_outdated_translation(project):
    assert history_of(project) is History.FULL
    assert translation_status(project, "en", page_path="status.md") == (
        "| Page | Status | Japanese (original) | English (translation) |\n"
        "|---|---|---|---|\n"
        "| [Choosing](choose.md) | Up to date | 2026-01-10 12:00 UTC | 2026-01-10 12:00 UTC |\n"
        "| [Setting up](guide/setup.md) | "
        "**Needs update**: the translation is older than the original | "
        "2026-02-20 12:00 UTC | 2026-01-10 12:00 UTC |\n"
    )
    assert translation_status(project, "ja", page_path="guide/status.md") == (
        "| ページ | 状態 | 日本語（原文） | 英語（翻訳） |\n"
        "|---|---|---|---|\n"
        "| [選び方](../choose.md) | 最新 | 2026-01-10 12:00 UTC | 2026-01-10 12:00 UTC |\n"
        "| [準備](setup.md) | **要更新**：翻訳が原文より古い | "
        "2026-02-20 12:00 UTC | 2026-01-10 12:00 UTC |\n"
    )


def test_a_translation_brought_up_to_date_is_no_longer_flagged(project):
    write(project, "docs/guide/setup.en.md", "# Setting up, revised\n")
    git(project, "commit", "-q", "-am", "Update the translation", date=DAY_3)
    assert "Needs update" not in translation_status(project, "en", page_path="status.md")


def test_a_page_never_committed_says_so_instead_of_a_date(project):
    write(project, "docs/new.md", "# 新しいページ\n")
    write(project, "docs/new.en.md", "# New page\n")
    english = translation_status(project, "en", page_path="status.md")
    japanese = translation_status(project, "ja", page_path="status.md")
    assert "| [New page](new.md) | unknown | not committed yet | not committed yet |" in english
    assert "| [新しいページ](new.md) | 不明 | 未コミット | 未コミット |" in japanese


def test_a_shallow_clone_shows_no_dates(project, tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{project}", str(clone)],
        check=True,
        capture_output=True,
    )
    assert history_of(clone) is History.SHALLOW
    assert translation_status(clone, "en", page_path="status.md") == (
        '!!! note "Last changes cannot be shown"\n\n'
        "    This site was built from a shallow clone, which holds only part of the git history, "
        "so the last change of each page cannot be worked out. Rather than show wrong dates, "
        "none are shown.\n"
    )
    assert translation_status(clone, "ja", page_path="status.md").startswith(
        '!!! note "更新日を表示できません"\n\n    このサイトはGitの履歴の一部だけ（shallow clone）'
    )


def test_an_export_without_git_shows_no_dates(project, tmp_path):
    export = tmp_path / "export"
    shutil.copytree(project, export, ignore=shutil.ignore_patterns(".git"))
    assert history_of(export) is History.NONE
    english = translation_status(export, "en", page_path="status.md")
    assert "outside a git repository (an export or an archive)" in english
    assert not JAPANESE_CHARACTERS.search(english)
    assert "エクスポートやアーカイブ" in translation_status(export, "ja", page_path="status.md")


def test_pages_are_listed_in_the_given_order_then_the_rest(project):
    write(project, "docs/index.md", "# ホーム\n")
    write(project, "docs/index.en.md", "# Home\n")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "Home", date=DAY_3)
    table = translation_status(project, "en", page_path="status.md", order=["index.md"])
    titles = [line.split("]")[0].removeprefix("| [") for line in table.splitlines()[2:]]
    assert titles == ["Home", "Choosing", "Setting up"]


CHECKED = "Translation-checked: docs/guide/setup.en.md"


def row_of(table: str, title: str) -> str:
    return next(line for line in table.splitlines() if line.startswith(f"| [{title}]"))


def test_a_change_to_the_original_that_says_the_translation_was_checked_flags_nothing(project):
    write(project, "docs/guide/setup.md", "# 準備\n\n表記を直した本文。\n")
    git(project, "commit", "-q", "-am", "Fix a typo", "-m", CHECKED, date=DAY_3)
    english = translation_status(project, "en", page_path="status.md")
    japanese = translation_status(project, "ja", page_path="status.md")
    assert row_of(english, "Setting up") == (
        "| [Setting up](guide/setup.md) | Up to date "
        "| 2026-03-30 12:00 UTC | 2026-03-30 12:00 UTC (checked) |"
    )
    assert "| 最新 | 2026-03-30 12:00 UTC | 2026-03-30 12:00 UTC（確認済み） |" in row_of(
        japanese, "準備"
    )


def status_of(project: Path, title: str = "Setting up") -> str:
    """The English status row of `title`, read afresh as at the start of a build."""
    forget_history()
    return row_of(translation_status(project, "en", page_path="status.md"), title)


def test_a_check_of_its_own_with_no_change_brings_the_translation_up_to_date(project):
    # Several checks in one commit, in one block with another trailer.
    message = f"Translation-checked: docs/choose.en.md\n{CHECKED}\nSigned-off-by: Test <t@e.org>"
    git(project, "commit", "-q", "--allow-empty", "-m", "Check", "-m", message, date=DAY_3)
    assert status_of(project).endswith(
        "| Up to date | 2026-02-20 12:00 UTC | 2026-03-30 12:00 UTC (checked) |"
    )
    # Choosing was up to date by its own change: the check changes nothing shown.
    assert status_of(project, "Choosing").endswith(
        "| Up to date | 2026-01-10 12:00 UTC | 2026-01-10 12:00 UTC |"
    )


def test_a_check_names_one_page_and_is_overtaken_by_a_later_change_of_the_original(project):
    other = "Translation-checked: docs/choose.en.md"
    git(project, "commit", "-q", "--allow-empty", "-m", "Check another", "-m", other, date=DAY_3)
    assert "Needs update" in status_of(project)
    git(project, "commit", "-q", "--allow-empty", "-m", "Check", "-m", CHECKED, date=DAY_3)
    assert "Up to date" in status_of(project)
    write(project, "docs/guide/setup.md", "# 準備\n\n内容を加えた本文。\n")
    git(project, "commit", "-q", "-am", "More on setting up", date=DAY_4)
    row = status_of(project)
    assert "Needs update" in row and "(checked)" not in row


def test_a_trailer_outside_the_last_paragraph_is_no_check(project):
    message = f"{CHECKED}\n\nThe last paragraph is this one."
    git(project, "commit", "-q", "--allow-empty", "-m", "Check", "-m", message, date=DAY_3)
    assert "Needs update" in status_of(project)


def test_a_translation_or_check_that_never_saw_the_originals_change_is_outdated(project):
    """Made on a branch that started before the original changed, it is dated later but
    translates the older original."""
    git(project, "checkout", "-q", "-b", "translation", "HEAD~1")  # before the Japanese page
    write(project, "docs/guide/setup.en.md", "# Setting up\n\nMore text.\n")
    git(project, "commit", "-q", "-am", "Translate", date=DAY_3)
    git(project, "commit", "-q", "--allow-empty", "-m", "Check", "-m", CHECKED, date=DAY_3)
    git(project, "checkout", "-q", "main")
    git(project, "merge", "-q", "--no-ff", "-m", "Merge", "translation", date=DAY_4)
    assert "Needs update" in status_of(project)
    # A check made with the original's change in view does count.
    git(project, "commit", "-q", "--allow-empty", "-m", "Check", "-m", CHECKED, date=DAY_4)
    assert status_of(project).endswith(
        "| Up to date | 2026-02-20 12:00 UTC | 2026-04-15 12:00 UTC (checked) |"
    )
