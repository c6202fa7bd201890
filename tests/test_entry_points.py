"""Plugins from other distributions, found through the ``newsparse.extractors`` entry points.

The main test builds two small distributions in a temporary directory, each with its own
pyproject.toml, installs them with pip into a throwaway virtual environment and runs Python
there: discovery must be lazy (nothing imported before the registry is first used), find the
good plugins, and log and skip the broken entry points.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import newsparse

HANG_GUARD = 240  # seconds; CI has ten minutes

GOOD_PYPROJECT = """
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "newsparse-example-times"
version = "1.0"
dependencies = ["newsparse"]

[project.entry-points."newsparse.extractors"]
example-times = "example_times_plugin:ExampleTimes"
example-sections = "example_sections_plugin"

[tool.setuptools]
py-modules = ["example_times_plugin", "example_sections_plugin"]
"""

GOOD_PLUGIN = """
from newsparse import SiteExtractor


class ExampleTimes(SiteExtractor):
    name = "example-times"
    domains = ("exampletimes.com",)
    body = "div.story-body"
    headline = "h1.story-title"
    remove = (".newsletter-signup",)
    related = "section.more-stories a"
"""

# A module that registers its plugin with the decorator when the entry point imports it.
MODULE_PLUGIN = """
import newsparse


@newsparse.register
class ExampleSections(newsparse.SiteExtractor):
    name = "example-sections"
    domains = ("sections.example",)
    body = "main"
"""

BROKEN_PYPROJECT = """
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "newsparse-broken-plugins"
version = "0.1"

[project.entry-points."newsparse.extractors"]
missing-attribute = "broken_plugins:NoSuchClass"
missing-module = "no_such_module_for_newsparse:Plugin"
not-a-plugin = "broken_plugins:NOT_A_CLASS"
raises-on-import = "raising_plugin:Plugin"

[tool.setuptools]
py-modules = ["broken_plugins", "raising_plugin"]
"""

PAGE = """<!DOCTYPE html><html><head><title>Dam opens | The Example Times</title></head><body>
<h1 class="story-title">New dam opens on the river</h1>
<div class="story-body"><p>The dam opened on Monday after six years of work.</p>
<div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
<p>It will supply power to two cities.</p></div>
<section class="more-stories"><a href="/2024/05/floods">Floods recede</a></section>
</body></html>"""

CHECK = """
import json, logging, sys
logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(message)s")
import newsparse
lazy = not any(m in sys.modules for m in ("example_times_plugin", "example_sections_plugin"))
names = [p.name for p in newsparse.plugins()]
page = sys.stdin.read()
article = newsparse.parse(page, url="https://www.exampletimes.com/2024/05/dam")
print(json.dumps({"lazy": lazy, "names": names, "article": article.to_dict()}))
"""


def write_package(root: Path, pyproject: str, modules: dict[str, str]) -> Path:
    root.mkdir()
    (root / "pyproject.toml").write_text(textwrap.dedent(pyproject), encoding="utf-8")
    for name, source in modules.items():
        (root / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return root


def newsparse_location() -> str:
    """The directory the newsparse under test is imported from (src/ or site-packages)."""
    return str(Path(newsparse.__file__).resolve().parent.parent)


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, capture_output=True, text=True, timeout=HANG_GUARD, check=False, **kwargs
    )


def check_result(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["lazy"], "entry points were loaded before the registry was first used"
    assert "example-times" in report["names"]
    assert "example-sections" in report["names"]
    assert "wordpress-jannah" in report["names"]  # the built-ins are still there
    article = report["article"]
    assert article["extractor"] == "example-times"
    assert article["headline"] == "New dam opens on the river"
    assert article["body"] == (
        "The dam opened on Monday after six years of work.\n\nIt will supply power to two cities."
    )
    assert article["related"] == [
        {"url": "https://www.exampletimes.com/2024/05/floods", "title": "Floods recede"}
    ]
    log = result.stderr
    for broken in ("missing-attribute", "missing-module", "not-a-plugin", "raises-on-import"):
        assert f"skipping plugin entry point '{broken}'" in log, log


@pytest.fixture
def packages(tmp_path: Path) -> tuple[Path, Path]:
    good = write_package(
        tmp_path / "good",
        GOOD_PYPROJECT,
        {"example_times_plugin": GOOD_PLUGIN, "example_sections_plugin": MODULE_PLUGIN},
    )
    broken = write_package(
        tmp_path / "broken",
        BROKEN_PYPROJECT,
        {"broken_plugins": "NOT_A_CLASS = 42\n", "raising_plugin": "raise RuntimeError('bug')\n"},
    )
    return good, broken


def test_plugins_installed_with_pip_into_a_venv(
    tmp_path: Path, packages: tuple[Path, Path]
) -> None:
    venv = tmp_path / "venv"
    created = run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert created.returncode == 0, created.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site_packages = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]
    ).stdout.strip()
    # The venv sees the newsparse under test and its dependencies (lxml, bs4...) through a
    # .pth file; the plugins are the only distributions pip installs into it.
    outer_sites = [p for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
    lines = [newsparse_location(), *(f"import site; site.addsitedir({p!r})" for p in outer_sites)]
    Path(site_packages, "outer.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for package in packages:
        pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
        installed = run([*pip, "install", "-q", "--no-deps", str(package)])
        assert installed.returncode == 0, installed.stderr
    assert any(p.name.startswith("newsparse_example_times") for p in Path(site_packages).iterdir())
    check_result(run([str(python), "-c", CHECK], input=PAGE, cwd=tmp_path))
    listing = run([str(python), "-m", "newsparse.cli", "plugins"], cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert "example-times\texampletimes.com\texample_times_plugin.ExampleTimes" in listing.stdout


def test_plugins_found_from_a_dist_info_on_sys_path(
    tmp_path: Path, packages: tuple[Path, Path]
) -> None:
    """The same discovery without pip: distributions laid out as installers leave them."""
    site = tmp_path / "site"
    site.mkdir()
    for package, dist in zip(packages, ("newsparse_example_times-1.0", "broken-0.1"), strict=True):
        for module in package.glob("*.py"):
            (site / module.name).write_text(module.read_text(encoding="utf-8"), encoding="utf-8")
        info = site / f"{dist}.dist-info"
        info.mkdir()
        name = dist.rsplit("-", 1)[0]
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
        )
        pyproject = (package / "pyproject.toml").read_text(encoding="utf-8")
        group = pyproject.split('[project.entry-points."newsparse.extractors"]')[1]
        entries = group.split("[tool.setuptools]")[0].strip()
        (info / "entry_points.txt").write_text(
            "[newsparse.extractors]\n" + entries.replace('"', "") + "\n", encoding="utf-8"
        )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), newsparse_location()])}
    check_result(run([sys.executable, "-c", CHECK], input=PAGE, cwd=tmp_path, env=env))
