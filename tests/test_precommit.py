"""The pre-commit hooks: local only, running the project's own commands, which work."""

from __future__ import annotations

import shutil
import subprocess
import sys

import yaml

from conftest import FIXTURE_SITE, ROOT

CHECK_YAML = ROOT / "scripts" / "check_yaml.py"
CHECK_CONTENT = ROOT / "scripts" / "check_content.py"


def check_yaml(*paths) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECK_YAML), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_hooks_are_local_and_run_the_project_commands():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    entries = {hook["id"]: hook["entry"] for hook in config["repos"][0]["hooks"]}
    assert entries == {
        "ruff-check": ".venv/bin/ruff check --force-exclude",
        "ruff-format": ".venv/bin/ruff format --check --force-exclude",
        "check-yaml": ".venv/bin/python scripts/check_yaml.py",
        "check-content": ".venv/bin/python scripts/check_content.py",
        "check-schema": ".venv/bin/python scripts/generate_schema.py --check",
    }


def test_yaml_check_accepts_the_project_files_with_their_tags():
    files = [ROOT / "mkdocs.yml", ROOT / "comparison.yml", *ROOT.glob(".github/**/*.yml")]
    result = check_yaml(*files)
    assert (result.returncode, result.stderr) == (0, "")


def test_yaml_check_names_the_file_and_line_of_a_mistake(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("a: [1,\nb: 2\n", "utf-8")
    result = check_yaml(broken)
    assert result.returncode == 1
    assert result.stderr == (
        f"{broken}:3:1: YAML syntax: found the '[' of line 1 not closed; expected ']' on its line\n"
    )


def test_yaml_check_reads_a_day_that_does_not_exist_without_a_traceback(tmp_path):
    dated = tmp_path / "dated.yml"
    dated.write_text("checked: 2026-02-30\n", "utf-8")
    result = check_yaml(dated)
    assert (result.returncode, result.stderr) == (0, "")


def test_yaml_check_says_indent_with_spaces_for_a_tab(tmp_path):
    tabbed = tmp_path / "tabbed.yml"
    tabbed.write_text("a:\n\tb: 1\n", "utf-8")
    result = check_yaml(tabbed)
    assert result.stderr == (
        f"{tabbed}:2:1: YAML syntax: found a tab; expected spaces: indent with spaces\n"
    )


def test_content_check_runs_the_build_rules_on_a_site(tmp_path):
    # The same rules as the build: a Japanese page with a missing space fails here too.
    site = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, site)
    page = site / "docs" / "guide" / "index.md"
    page.write_text(
        page.read_text("utf-8").replace("# 案内", "# 案内\n\n箱はLinuxで動く大きな入れ物です。"),
        "utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(CHECK_CONTENT), "-f", str(site / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "docs/guide/index.md:7: spacing between Japanese and Latin words: found 'はLinux'; "
        "expected 'は Linux'",
        "docs/guide/index.md:7: spacing between Japanese and Latin words: found 'Linuxで'; "
        "expected 'Linux で'",
        "2 problem(s) found",
    ]
