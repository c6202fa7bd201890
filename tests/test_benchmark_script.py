"""benchmarks/run.py end to end on a two-page corpus made from our fixtures.

The real scorer lives beside the public corpora, outside the project; a small scorer with the
same interface (``score`` and ``per_page_f1``) stands in for it here, so what is tested is the
script's own work: running the extractors, timing, the table and the memory children.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"

# Token-overlap F1, enough to tell a right body from a wrong one.
STAND_IN_SCORER = """
def _f1(gold, pred):
    g, p = set(gold.split()), set(pred.split())
    tp = len(g & p)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall

def per_page_f1(items, predictions):
    rows = []
    for item in items:
        f1, p, r = _f1(item["body"], predictions[item["id"]].get("body") or "")
        rows.append((f1, p, r, item["id"]))
    return sorted(rows)

def score(items, predictions):
    rows = per_page_f1(items, predictions)
    n = len(rows)
    body = {
        "f1": sum(r[0] for r in rows) / n, "f1_std": 0.0,
        "precision": sum(r[1] for r in rows) / n, "recall": sum(r[2] for r in rows) / n,
        "accuracy": 0.0,
    }
    return {"body": body, "snippets": None, "related": None, "headline": None}
"""

PAGES = {
    "seed": ("sites/wp_magazine_seed.html", "https://example-magazine.com/2024/05/story/"),
    "drupal": ("pages/drupal_messy_jsonld.html", None),
}


@pytest.fixture
def corpus(tmp_path: Path, read_fixture: Callable[[str], bytes]) -> Path:
    """A corpus directory in the benchmark format, gold bodies from newsparse's own output
    on one page and a wrong gold on the other (so the F1 column has something to tell)."""
    import newsparse

    (tmp_path / "score.py").write_text(STAND_IN_SCORER, encoding="utf-8")
    root = tmp_path / "tiny"
    (root / "html").mkdir(parents=True)
    lines = []
    for page_id, (fixture, url) in PAGES.items():
        raw = read_fixture(fixture)
        name = f"html/{page_id}.html.gz"
        (root / name).write_bytes(gzip.compress(raw))
        body = newsparse.parse(raw, url=url).body if page_id == "seed" else "nothing alike"
        lines.append(json.dumps({"id": page_id, "html": name, "url": url, "body": body}))
    (root / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def run_script(corpus: Path, *options: str) -> str:
    """What the script prints for the corpus (no linearity check: it needs 30 pages)."""
    command = [sys.executable, str(SCRIPT), str(corpus), *options, "--no-linearity"]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    return result.stdout


def test_prints_a_row_per_extractor_with_speed_and_peak_memory(corpus: Path) -> None:
    output = run_script(corpus, "--extractors", "newsparse-generic,newsparse", "--worst", "2")
    lines = output.splitlines()
    assert lines[0].startswith(f"corpus {corpus} (2 pages)")
    header = lines[1].split()
    assert header[-4:] == ["ms/page", "time/traf", "peak", "MB"]
    rows = {line.split()[0]: line.split() for line in lines if line.startswith("newsparse")}
    assert set(rows) == {"newsparse-generic", "newsparse"}
    for row in rows.values():
        f1, peak = float(row[1]), float(row[-1])
        assert f1 == pytest.approx(0.5, abs=0.01)  # one page right, one page wrong
        assert 5 < peak < 500  # MB: a real reading from the child process
        assert row[-2] == "-"  # no trafilatura in this run: no time ratio
    worst = [line.split() for line in lines if line.lstrip().startswith("F1 ")]
    assert [row[-1] for row in worst[:2]] == ["drupal", "seed"]
    assert "peak memory:" in output and "before the first page" in output


def test_memory_check_can_be_skipped(corpus: Path) -> None:
    output = run_script(corpus, "--extractors", "newsparse-generic", "--no-memory")
    row = next(line.split() for line in output.splitlines() if line.startswith("newsparse"))
    assert row[-1] == "-"
    assert "peak memory:" not in output


HOSTILE = SCRIPT.parent / "hostile.py"


def run_hostile(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(HOSTILE), *arguments]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)


def test_hostile_scaling_times_named_shapes_and_reports_none_superlinear() -> None:
    result = run_hostile("scaling", "--only", "pile-b,nested-text-containers")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("pile-b ") and lines[1].startswith("nested-text-containers ")
    assert "for x4" in lines[0]
    assert lines[-1] == "2 shapes, 0 super-linear"


def test_hostile_fuzz_parses_mutated_corpus_pages(corpus: Path, tmp_path: Path) -> None:
    result = run_hostile(
        "fuzz", str(corpus), "--count", "12", "--seed", "3", "--keep", str(tmp_path)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("12 variants, 0 exceptions; slowest ")
    assert not list(tmp_path.glob("crash-*"))


ROBUSTNESS = SCRIPT.parent / "robustness.py"


def test_robustness_prints_a_row_per_rewrite(corpus: Path) -> None:
    command = [
        sys.executable,
        str(ROBUSTNESS),
        str(corpus),
        "--rewrites",
        "divp,br,wrapped",
        "--extractors",
        "newsparse-generic",
        "--worst",
        "1",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    lines = result.stdout.splitlines()
    assert lines[0] == f"corpus {corpus} (2 pages): body F1 / precision / recall"
    rows = {line.split()[0]: line.split() for line in lines[2:] if not line.startswith(" ")}
    assert list(rows) == ["none", "divp", "br", "wrapped"]
    for row in rows.values():
        # the seed page stays right whatever its markup, the other page's gold is wrong
        assert float(row[1]) == pytest.approx(0.5, abs=0.01)
    worst = [line.split() for line in lines if line.startswith("    F1 ")]
    assert [row[-1] for row in worst] == ["drupal"] * 4


def test_rewrites_keep_the_words_readers_see(read_fixture: Callable[[str], bytes]) -> None:
    import lxml.etree
    import lxml.html

    from newsparse.generic.visibility import is_not_displayed

    sys.path.insert(0, str(SCRIPT.parent))
    from robustness import REWRITES

    raw = read_fixture("sites/wp_magazine_seed.html")

    def words(html: bytes) -> list[str]:
        """The visible words (the text of scripts, styles and undisplayed blocks left out)."""
        root = lxml.html.document_fromstring(html)
        lxml.etree.strip_elements(root, "script", "style", with_tail=False)
        for element in [element for element in root.iter("*") if is_not_displayed(element)]:
            element.drop_tree()
        body = root.find("body")
        return body.text_content().split() if body is not None else []

    for name, rewrite in REWRITES.items():
        changed = rewrite(raw)
        assert changed != raw, name
        assert words(changed) == words(raw), name


def test_the_hidden_copy_takes_paragraphs_only() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    from robustness import REWRITES

    raw = (
        b'<html><body><svg><path d="M0 0"></path></svg><p>One</p><pre>code</pre>'
        b"<div><p class='lead'>Two <b>bold</b></p><p>Open<div>block</div></p></div></body></html>"
    )
    changed = REWRITES["hidden-copy"](raw)
    assert changed == raw.replace(
        b"</body>",
        b"<div style=\"display: none\"><p>One</p><p class='lead'>Two <b>bold</b></p></div></body>",
    )


def test_legacy_bytes_serves_the_page_in_its_scripts_code_page_undeclared() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    from robustness import REWRITES

    story = "Городской совет одобрил план ремонта школ. " * 3
    raw = (
        '<html><head><meta charset="utf-8"><title>Новости</title></head>'
        f"<body><p>{story}</p><p>“Quoted” — 5 €</p></body></html>"
    ).encode()
    changed = REWRITES["legacy-bytes"](raw)
    assert b"charset" not in changed
    assert changed.decode("cp1251") == raw.decode().replace('<meta charset="utf-8">', "")
