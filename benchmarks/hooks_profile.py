"""How much of a build the project's hooks cost, and how fast `mkdocs serve` shows an edit.

Not a test: it prints figures for the README. Three measurements:

1. The hooks' share of a build of this site: the build runs in a new process under cProfile,
   and every call into code under hooks/ from code outside it (MkDocs' events, Python-Markdown
   calling the treeprocessors, the import of the hook modules) is added up; the shares of its
   parts (the content rules, the imports, the generated content …) and its largest entries
   are printed too.
2. A generated site with 16 times the attributes and pages of this one, built with the hooks,
   and without them in two ways: its own Markdown with the markers left as comments (so with
   no tables at all), and the same pages written out, each page's content from the hooks'
   build as one raw HTML block.
3. `mkdocs serve` on 127.0.0.1: the time from saving an edit of the data file until both
   languages' pages show it.

Usage: .venv/bin/python benchmarks/hooks_profile.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import pstats
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "hooks"
SCALE = 16


def _entries(profile: pstats.Stats, hooks_dir: Path) -> dict[str, float]:
    """Seconds spent in each way into hooks code from code outside it (an event, a
    treeprocessor Python-Markdown calls, a hook file's import), with all it calls.

    The import of the project's packages is inside the import of the hook files (MkDocs'
    loader runs those), so only the hook files' own `<module>` counts: the rest would count
    twice.
    """
    inside = str(hooks_dir)
    entries: dict[str, float] = {}
    for (filename, line, function), (_, _, _, _, callers) in profile.stats.items():
        if not filename.startswith(inside):
            continue
        if function == "<module>" and not filename.endswith("_hook.py"):
            continue
        name = f"{Path(filename).relative_to(hooks_dir)}:{line} {function}"
        for caller, (_, _, _, cumulative) in callers.items():
            if caller[0].startswith(inside) or _builtin_called_from(profile, caller, inside):
                continue
            entries[name] = entries.get(name, 0.0) + cumulative
    return entries


def _builtin_called_from(profile: pstats.Stats, function: tuple, inside: str) -> bool:
    """True for a built-in ("~" is cProfile's file for them) that hooks code calls, such as
    `sorted` or `str.join` calling back into it: that time counts already, with its caller.
    (`exec` running a hook file for MkDocs' loader is called from outside.)"""
    if function[0] != "~" or function not in profile.stats:
        return False
    return any(caller[0].startswith(inside) for caller in profile.stats[function][4])


def _hooks_share(profile: pstats.Stats, hooks_dir: Path) -> tuple[float, float]:
    """(seconds inside hooks code entered from outside it, seconds of the whole build)."""
    return sum(_entries(profile, hooks_dir).values()), profile.total_tt


def _part(entry: str) -> str:
    """What an entry into hooks code belongs to, for the README's breakdown."""
    if entry.endswith(" <module>"):
        return "importing the hook files and the project's packages"
    if entry.startswith("content_rules_hook.py"):
        return "the content rules (loading and checking the data file included)"
    if entry.startswith("comparison/"):
        return "the generated content (Python-Markdown's treeprocessors)"
    if entry.endswith(" on_post_build"):
        return "after the pages: the published data and the search index split"
    return "the other events"


def _parts(profile: pstats.Stats, hooks_dir: Path) -> str:
    shares: dict[str, float] = {}
    for entry, seconds in _entries(profile, hooks_dir).items():
        shares[_part(entry)] = shares.get(_part(entry), 0.0) + seconds / profile.total_tt
    return "\n".join(
        f"    {share:5.1%}  {part}" for part, share in sorted(shares.items(), key=lambda i: -i[1])
    )


def _largest(profile: pstats.Stats, hooks_dir: Path, count: int = 6) -> str:
    entries = sorted(_entries(profile, hooks_dir).items(), key=lambda item: -item[1])
    return "\n".join(
        f"    {seconds / profile.total_tt:5.1%}  {name}" for name, seconds in entries[:count]
    )


def build_in_process_profiled(config: Path, site_dir: Path) -> pstats.Stats:
    # A fresh process, so that the hook modules' import is measured too.
    script = (
        "import cProfile, sys\n"
        "profile = cProfile.Profile()\n"
        "profile.enable()\n"
        "from mkdocs.commands.build import build\n"
        "from mkdocs.config import load_config\n"
        "build(load_config(config_file=sys.argv[1], site_dir=sys.argv[2]))\n"
        "profile.disable()\n"
        "profile.dump_stats(sys.argv[3])\n"
    )
    profile_file = site_dir.with_suffix(".prof")
    subprocess.run(
        [sys.executable, "-c", script, str(config), str(site_dir), str(profile_file)],
        check=True,
        capture_output=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return pstats.Stats(str(profile_file))


def _timed_build(config: Path, site_dir: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        raise RuntimeError(f"the build of {config} failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - started


def _copy_project(target: Path) -> Path:
    for name in ("mkdocs.yml", "comparison.yml"):
        shutil.copy(ROOT / name, target / name)
    for folder in ("docs", "hooks", "overrides"):
        shutil.copytree(
            ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    return target / "mkdocs.yml"


def _scale_up(project: Path, factor: int) -> None:
    """`factor` times the attributes (new ids and labels, same values) and the content pages
    (copies beside the originals, so that their links still lead where they did)."""
    sys.path.insert(0, str(project / "hooks"))
    from comparison.yaml_reader import read_yaml

    data_file = project / "comparison.yml"
    raw, _ = read_yaml(data_file, "comparison.yml")
    copies = []
    for number in range(2, factor + 1):
        for attribute in raw["attributes"]:
            copy = dict(attribute, id=f"{attribute['id']}-{number}")
            label = attribute["label"]
            copy["label"] = {"ja": f"{label['ja']}（{number}）", "en": f"{label['en']} ({number})"}
            copies.append(copy)
    raw["attributes"] += copies
    data_file.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), "utf-8")

    config_file = project / "mkdocs.yml"
    config = config_file.read_text("utf-8")
    docs = project / "docs"
    pages = ["virtual-machines", "containers", "hybrid", "choose", "comparison"]
    nav = []
    for number in range(2, factor + 1):
        for name in pages:
            for suffix in (".md", ".en.md"):
                source = (docs / f"{name}{suffix}").read_text("utf-8")
                (docs / f"{name}-{number}{suffix}").write_text(source, "utf-8")
            nav.append(f"  - {name}-{number}.md")
    config = config.replace(
        "  - translations.md\n", "  - translations.md\n" + "\n".join(nav) + "\n"
    )
    config_file.write_text(config, "utf-8")


def _without_hooks(config: Path) -> Path:
    text = config.read_text("utf-8")
    start = text.index("hooks:\n")
    end = text.index("\nnav:")
    plain = config.with_name("mkdocs-plain.yml")
    plain.write_text(text[:start] + text[end + 1 :], "utf-8")
    return plain


def _built_page(site: Path, source: Path) -> Path:
    """Where the build of `source` (a page under docs/) wrote it."""
    name = source.name.removesuffix(".md")
    prefix = site
    if name.endswith(".en"):
        name, prefix = name.removesuffix(".en"), site / "en"
    return prefix / "index.html" if name == "index" else prefix / name / "index.html"


def _written_out(project: Path, built: Path) -> Path:
    """The same pages with no hooks to write them: each page's front matter, then the content
    the hooks' build gave it, as one raw HTML block. Its build indexes and writes the same
    text, but Python-Markdown reads all of it as raw HTML, which a hand-written site of
    Markdown tables would not: a baseline of its own kind, not the hooks' cost alone."""
    twin = project.with_name(project.name + "-written-out")
    shutil.copytree(project, twin, ignore=shutil.ignore_patterns("site", ".git"))
    for source in sorted((twin / "docs").glob("*.md")):
        text = source.read_text("utf-8")
        front_matter = ""
        if text.startswith("---\n"):
            end = text.index("\n---\n", 4) + len("\n---\n")
            front_matter = text[:end]
        page = BeautifulSoup(_built_page(built, source).read_text("utf-8"), "html.parser")
        article = page.find("article")
        for edit_button in article.select(".md-content__button"):
            edit_button.decompose()
        content = "".join(str(child) for child in article.children)
        source.write_text(f"{front_matter}\n<div>\n{content}\n</div>\n", "utf-8")
    return _without_hooks(twin / "mkdocs.yml")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve_latency(project: Path, runs: int) -> list[float]:
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "-f",
            str(project / "mkdocs.yml"),
            "-a",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(base + "comparison/", timeout=2).read()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError("mkdocs serve did not start") from None
                time.sleep(0.2)
        data_file = project / "comparison.yml"
        original = data_file.read_text("utf-8")
        label = yaml.safe_load(original)["attributes"][0]["label"]
        latencies = []
        for run in range(runs):
            english, japanese = f"Edited{run}x", f"編集{run}"
            edited = original.replace(label["en"], english, 1).replace(label["ja"], japanese, 1)
            data_file.write_text(edited, "utf-8")
            saved = time.perf_counter()
            for path, needle in (("en/comparison/", english), ("comparison/", japanese)):
                while needle not in urllib.request.urlopen(base + path, timeout=5).read().decode():
                    if time.perf_counter() - saved > 30:
                        raise RuntimeError(f"the edit never showed on /{path}")
                    time.sleep(0.05)
            latencies.append(time.perf_counter() - saved)
            time.sleep(1.0)
        data_file.write_text(original, "utf-8")
        return latencies
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)

        shares = []
        for run in range(runs):
            stats = build_in_process_profiled(ROOT / "mkdocs.yml", work / f"site-{run}")
            hooks_time, total = _hooks_share(stats, HOOKS)
            shares.append(hooks_time / total)
        print(
            f"hooks' share of a build of this site: {statistics.median(shares):.1%} "
            f"(median of {runs} builds under cProfile); its parts and largest entries, in "
            "the last build:"
        )
        print(_parts(stats, HOOKS))
        print(_largest(stats, HOOKS))

        scaled = work / "scaled"
        scaled.mkdir()
        config = _copy_project(scaled)
        _scale_up(scaled, SCALE)
        plain = _without_hooks(config)
        with_hooks = statistics.median(_timed_build(config, work / f"w{r}") for r in range(runs))
        without = statistics.median(_timed_build(plain, work / f"p{r}") for r in range(runs))
        written_out = _written_out(scaled, work / "w0")
        same_output = statistics.median(
            _timed_build(written_out, work / f"o{r}") for r in range(runs)
        )
        print(
            f"site with {SCALE}x the attributes and pages: {with_hooks:.2f} s with the hooks; "
            f"{same_output:.2f} s for the same pages written out, without hooks "
            f"({with_hooks / same_output:.2f}x); {without:.2f} s for its Markdown without hooks, "
            f"markers left as comments ({with_hooks / without:.2f}x)"
        )
        # Where that time goes: the hooks' own code, and Material's search plugin, which
        # indexes the text the hooks generate (the site without hooks has no tables to index).
        stats = build_in_process_profiled(config, work / "scaled-profiled")
        hooks_time, total = _hooks_share(stats, scaled / "hooks")
        search_time = sum(
            cumulative
            for (filename, _, function), (_, _, _, cumulative, _) in stats.stats.items()
            if filename.endswith("search/plugin.py") and function == "on_page_context"
        )
        print(
            f"  of that build under cProfile: the hooks {hooks_time / total:.1%}, "
            f"Material's search indexing {search_time / total:.1%}; the hooks' largest parts:"
        )
        print(_largest(stats, scaled / "hooks"))

        latencies = _serve_latency(_serve_project(work), runs)
        print(
            f"mkdocs serve, data file saved until both languages show the edit: "
            f"median {statistics.median(latencies):.2f} s "
            f"({', '.join(f'{t:.2f}' for t in latencies)})"
        )


def _serve_project(work: Path) -> Path:
    project = work / "serve"
    project.mkdir()
    _copy_project(project)
    return project


if __name__ == "__main__":
    main()
