"""The newsparse command: JSON or text out; one line on stderr and a non-zero exit for input
that is not a readable HTML page."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "sites" / "wp_magazine_seed.html"
URL = "https://asiatradewire.example/2019/06/national-development-and-reform-commission/"


def run_cli(
    *args: str, stdin: bytes | None = None, module: str = "newsparse.cli"
) -> subprocess.CompletedProcess[bytes]:
    """The command in a fresh interpreter, as a user runs it."""
    src = str(Path(newsparse.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_json_for_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--url", URL]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "National Development and Reform Commission"
    assert data["extractor"] == "wordpress-jannah"
    assert data["url"] == URL
    assert data["published"] == "2019-06-06T02:14:33+00:00"
    assert len(data["related"]) == 2
    assert newsparse.Article.from_dict(data) == newsparse.parse(SEED.read_bytes(), URL)


def test_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--format", "text"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "National Development and Reform Commission"
    assert "By: Daniel Ho" in lines
    assert "Published: 2019-06-06T02:14:33+00:00" in lines
    assert "Rare earths have always been regarded" in out
    assert "Related:" in lines
    assert out.rstrip().endswith("set-high-standards/>")


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--url", URL]) == 0
    assert json.loads(capsys.readouterr().out)["extractor"] == "wordpress-jannah"


def test_force_generic(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--generic"]) == 0
    assert json.loads(capsys.readouterr().out)["extractor"] == "generic"
    assert main([str(SEED), "--extractor", "wordpress-jannah"]) == 0
    assert json.loads(capsys.readouterr().out)["extractor"] == "wordpress-jannah"


def test_plugins_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert "wordpress-jannah\tfingerprint\tnewsparse.sites.wordpress.JannahTheme" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        (b'{"headline": "Not a page", "body": "<p>json</p>"}', "JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"", "empty input"),
    ],
    ids=["pdf", "json", "png", "empty"],
)
def test_not_html_gives_one_line_on_stderr(
    tmp_path: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "input.html"
    path.write_bytes(content)
    assert main([str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"newsparse: {path}: expected an HTML page, received")
    assert message in captured.err


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.html")]) == 1
    err = capsys.readouterr().err
    assert err == f"newsparse: {tmp_path / 'nope.html'}: No such file or directory\n"
    assert main([str(tmp_path)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_unknown_extractor(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--extractor", "nope"]) == 1
    assert "no extractor named 'nope'" in capsys.readouterr().err


def test_the_real_command_prints_no_traceback(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n")
    for args, stdin in (([str(pdf)], None), (["-"], b"\x00\x01\x02" * 400), (["missing"], None)):
        result = run_cli(*args, stdin=stdin)
        assert result.returncode == 1
        assert result.stdout == b""
        assert b"Traceback" not in result.stderr
        assert result.stderr.count(b"\n") == 1 and result.stderr.startswith(b"newsparse: ")


def test_the_real_command_reads_stdin_and_writes_utf8_json() -> None:
    result = run_cli("-", "--url", URL, stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert "China’s “trump cards”" in data["body"]


def test_python_dash_m_newsparse_runs_the_command() -> None:
    result = run_cli(
        "-", "--url", URL, "--format", "text", stdin=SEED.read_bytes(), module="newsparse"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("National Development and Reform Commission")


def test_several_pages_give_json_lines_and_a_bad_one_does_not_stop_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = ROOT / "fixtures" / "metadata" / "german_dpa.html"
    missing = tmp_path / "gone.html"
    assert main([str(SEED), str(missing), str(other), "--generic"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2  # one compact JSON object per parsed page
    first, second = (json.loads(line) for line in lines)
    assert first["file"] == str(SEED)
    assert first["headline"] == "National Development and Reform Commission"
    assert second["file"] == str(other)
    assert second["headline"] == "Bahn kündigt neue Verbindungen nach Prag an"
    assert captured.err.strip() == f"newsparse: {missing}: No such file or directory"


def test_url_with_several_pages_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([str(SEED), str(SEED), "--url", URL])
    assert stopped.value.code == 2
    assert "--url names one page" in capsys.readouterr().err
