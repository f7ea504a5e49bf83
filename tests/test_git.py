"""Reading maps from git: REV:PATH parsing, refusal of unsafe revisions, errors.

Every test builds its own temporary repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.load import git as cxgit
from cxmap.load.git import (
    NotAFile,
    NotARepository,
    PathNotInRevision,
    RefusedRevision,
    RevPath,
    UnknownRevision,
    parse_spec,
    read_source,
)

CONF = Path(__file__).parent / "conformance"
EXPECTED = json.loads((CONF / "expected.json").read_text())["diff_bank_2024_to_2025"]
HAVE_GIT = shutil.which("git") is not None
needs_git = pytest.mark.skipif(not HAVE_GIT, reason="git is not installed")
runner = CliRunner()


class GitRepo:
    """A throw-away repository with deterministic commits."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.n = 0
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        self.n += 1
        env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
               "GIT_AUTHOR_DATE": f"2025-01-{1 + self.n % 28:02d}T12:00:00+00:00",
               "GIT_COMMITTER_DATE": f"2025-01-{1 + self.n % 28:02d}T12:00:00+00:00",
               "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
        proc = subprocess.run(["git", "-C", str(self.root), "-c", "commit.gpgsign=false",
                               *args], capture_output=True, env=env, check=True)
        return proc.stdout.decode()

    def write(self, rel: str, data: bytes | str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode()
        path.write_bytes(data)
        return path

    def commit(self, message: str, *paths: str) -> None:
        self.git("add", "--", *(paths or (".",)))
        self.git("commit", "-q", "-m", message)


@pytest.fixture
def bank_repo(tmp_path: Path) -> GitRepo:
    """maps/bank.cxmap.yaml: wave 2024 tagged v2024, then wave 2025 committed."""
    repo = GitRepo(tmp_path / "repo")
    repo.write("maps/bank.cxmap.yaml", (CONF / "bank-2024.cxmap.yaml").read_bytes())
    repo.commit("wave 2024")
    repo.git("tag", "v2024")
    repo.write("maps/bank.cxmap.yaml", (CONF / "bank-2025.cxmap.yaml").read_bytes())
    repo.commit("wave 2025")
    return repo


def cli(*args: str) -> Any:
    return runner.invoke(app, list(args))


# ----------------------------------------------------------------------------- parsing
def test_plain_paths_are_not_specs(tmp_path: Path) -> None:
    assert parse_spec("maps/bank.cxmap.yaml", tmp_path) is None
    assert parse_spec("C:\\maps\\bank.yaml", tmp_path) is None
    assert parse_spec("c:/maps/bank.yaml", tmp_path) is None


def test_existing_file_with_colon_wins(tmp_path: Path) -> None:
    (tmp_path / "v2024:bank.cxmap.yaml").write_bytes((CONF / "bank-2024.cxmap.yaml").read_bytes())
    assert parse_spec("v2024:bank.cxmap.yaml", tmp_path) is None
    assert read_source("v2024:bank.cxmap.yaml", tmp_path).startswith(b"# Public")


def test_spec_split_at_first_colon(tmp_path: Path) -> None:
    assert parse_spec("v2024:maps/a:b.yaml", tmp_path) == RevPath("v2024", "maps/a:b.yaml")
    assert parse_spec("HEAD~1:x.yaml", tmp_path) == RevPath("HEAD~1", "x.yaml")


@pytest.mark.parametrize("spec", [
    "--output=/tmp/cxmap-pwned:x.yaml", "-p:x.yaml", "-:x.yaml", "HEAD x:y.yaml",
    "HEAD\t:y.yaml", "HE\x01AD:y.yaml", "v1\n:y.yaml", ":x.yaml", "HEAD:", "HEAD:a\x00b",
])
def test_unsafe_specs_refused_without_calling_git(spec: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def no_git(*a: object, **k: object) -> None:
        raise AssertionError("git must not be called")

    monkeypatch.setattr(cxgit.subprocess, "run", no_git)
    with pytest.raises(RefusedRevision):
        read_source(spec, tmp_path)


@needs_git
def test_option_like_revision_does_not_reach_git(bank_repo: GitRepo, tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    result = cli("diff", "-C", str(bank_repo.root), "--", f"--output={target}:maps/bank.cxmap.yaml",
                 "maps/bank.cxmap.yaml")
    assert result.exit_code == 2
    assert "must not start with '-'" in result.stderr
    assert not target.exists()


# ----------------------------------------------------------------------------- reading
@needs_git
def test_diff_against_last_years_tag(bank_repo: GitRepo) -> None:
    result = cli("diff", "-C", str(bank_repo.root), "v2024:maps/bank.cxmap.yaml",
                 "maps/bank.cxmap.yaml", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"] == EXPECTED["summary"]
    assert {t["id"]: t["status"] for t in data["touchpoints"]} == EXPECTED["status"]
    assert data["old"]["source"] == "v2024:maps/bank.cxmap.yaml"


@needs_git
def test_rev_to_rev_and_relative_paths(bank_repo: GitRepo) -> None:
    sub = bank_repo.root / "maps"
    assert read_source("HEAD~1:./bank.cxmap.yaml", sub) == (
        CONF / "bank-2024.cxmap.yaml").read_bytes()
    assert read_source("v2024:maps/bank.cxmap.yaml", sub) == (
        CONF / "bank-2024.cxmap.yaml").read_bytes()
    with pytest.raises(PathNotInRevision, match=r"did you mean v2024:\./bank"):
        read_source("v2024:bank.cxmap.yaml", sub)
    result = cli("diff", "-C", str(bank_repo.root), "v2024:maps/bank.cxmap.yaml",
                 "HEAD:maps/bank.cxmap.yaml", "-f", "json", "--fail-on", "worsened")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["worsened"] == 1


@needs_git
def test_crlf_and_bom_bytes_read_verbatim(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "r")
    raw = b"\xef\xbb\xbf" + (CONF / "bank-2024.cxmap.yaml").read_bytes().replace(b"\n", b"\r\n")
    repo.write("m.cxmap.yaml", raw)
    repo.commit("crlf")
    assert read_source("HEAD:m.cxmap.yaml", repo.root) == raw


@needs_git
def test_directory_symlink_missing_path_unknown_rev(bank_repo: GitRepo) -> None:
    root = bank_repo.root
    (root / "link.cxmap.yaml").symlink_to("maps/bank.cxmap.yaml")
    bank_repo.commit("link", "link.cxmap.yaml")
    with pytest.raises(NotAFile, match="directory"):
        read_source("HEAD:maps", root)
    with pytest.raises(NotAFile, match="symbolic link"):
        read_source("HEAD:link.cxmap.yaml", root)
    with pytest.raises(PathNotInRevision):
        read_source("v2024:maps/other.cxmap.yaml", root)
    with pytest.raises(UnknownRevision, match="v1999"):
        read_source("v1999:maps/bank.cxmap.yaml", root)
    with pytest.raises(PathNotInRevision, match="outside"):
        read_source("HEAD:../x.yaml", root)


@needs_git
@pytest.mark.parametrize(("spec", "message"), [
    ("HEAD:maps", "directory"),
    ("v2024:maps/none.cxmap.yaml", "does not exist"),
    ("nosuchtag:maps/bank.cxmap.yaml", "unknown revision"),
])
def test_cli_git_errors_exit_2(bank_repo: GitRepo, spec: str, message: str) -> None:
    result = cli("diff", "-C", str(bank_repo.root), spec, "maps/bank.cxmap.yaml")
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.startswith("cxmap: error:")


@needs_git
def test_invalid_map_in_revision_exit_1(bank_repo: GitRepo) -> None:
    bank_repo.write("maps/bank.cxmap.yaml", (CONF / "bad-score.cxmap.yaml").read_bytes())
    bank_repo.commit("broken")
    result = cli("diff", "-C", str(bank_repo.root), "v2024:maps/bank.cxmap.yaml",
                 "HEAD:maps/bank.cxmap.yaml")
    assert result.exit_code == 1
    assert "HEAD:maps/bank.cxmap.yaml:22:16: error CX103" in result.stderr


@needs_git
def test_not_a_repository(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    if os.environ.get("GIT_DIR"):
        pytest.skip("GIT_DIR set")
    with pytest.raises(NotARepository):
        read_source("HEAD:x.yaml", folder)
    result = cli("diff", "-C", str(folder), "HEAD:x.yaml", "HEAD:y.yaml")
    assert result.exit_code == 2 and "not in a git repository" in result.stderr


def test_git_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = cli("diff", "-C", str(tmp_path), "HEAD:x.yaml", "HEAD:y.yaml")
    assert result.exit_code == 2
    assert "git is not installed" in result.stderr
