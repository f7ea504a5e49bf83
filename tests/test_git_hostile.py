"""History cannot be spoofed by commit subjects, survives a missing object, reads
every revision through one git process; REV:PATH works in a bare repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cxmap.commands.history import file_waves
from cxmap.load.git import parse_log, parse_spec, read_spec
from tests.test_git import CONF, GitRepo, needs_git

BANK_2024 = (CONF / "bank-2024.cxmap.yaml").read_text(encoding="utf-8")
BANK_2025 = (CONF / "bank-2025.cxmap.yaml").read_text(encoding="utf-8")
MAP = "maps/bank.cxmap.yaml"


def _sha(repo: GitRepo, rev: str = "HEAD") -> str:
    return repo.git("rev-parse", rev).strip()


@needs_git
def test_a_subject_with_separators_cannot_make_history_read_another_commit(
        tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.write(MAP, BANK_2024)
    repo.commit("wave 2024")
    repo.git("checkout", "-q", "-b", "gone")
    repo.write(MAP, BANK_2025.replace("2025-04-14", "2030-01-01"))
    repo.commit("a wave on a branch deleted later")
    hidden = _sha(repo)
    repo.git("checkout", "-q", "main")
    repo.git("branch", "-q", "-D", "gone")
    repo.write(MAP, BANK_2025)
    # the separators the old parser split on, then the hidden commit's id
    subject = f"\x1ecxmap-commit\x1f{hidden}\x1f2030-01-01T00:00:00+00:00\x1fspoof %x00 \x00"
    repo.git("add", ".")
    repo.git("commit", "-q", "-m", subject.replace("\x00", ""))
    h = file_waves(repo.root / MAP, include_worktree=False)
    assert [w.label for w in h.waves] == ["2024-04-10", "2025-04-14"]
    assert [w.commit for w in h.waves][1] == _sha(repo)
    assert h.waves[1].subject == subject.replace("\x00", "").rstrip()
    assert hidden not in {w.commit for w in h.waves}


def test_the_log_is_parsed_by_position() -> None:
    a, b, blob = "a" * 40, "b" * 40, "c" * 40
    out = (f"{a}\0002025-01-02T00:00:00+00:00\0{b}\x1f\n:100644 100644\0\n"
           f":100644 100644 {'0' * 40} {blob} M\0m.yaml\0"
           f"{b}\0002025-01-01T00:00:00+00:00\0first\0\n"
           f":000000 100644 {'0' * 40} {blob} A\0old name.yaml\0").encode()
    commits = parse_log(out)
    assert [(c.sha, c.subject, c.path, c.blob) for c in commits] == [
        (a, f"{b}\x1f\n:100644 100644", "m.yaml", blob),
        (b, "first", "old name.yaml", blob)]


@needs_git
def test_a_missing_object_skips_one_revision_not_the_history(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.write(MAP, BANK_2024)
    repo.commit("wave 2024")
    repo.write(MAP, BANK_2024.replace("Welcome call", "Welcome phone call"))
    repo.commit("typo")
    blob = repo.git("rev-parse", f"HEAD:{MAP}").strip()
    repo.write(MAP, BANK_2025)
    repo.commit("wave 2025")
    (repo.root / ".git" / "objects" / blob[:2] / blob[2:]).unlink()  # a broken clone
    h = file_waves(repo.root / MAP, include_worktree=False)
    assert [w.label for w in h.waves] == ["2024-04-10", "2025-04-14"]
    [skipped] = h.skipped
    assert skipped.diagnostics[0].code == "CX003"
    assert f"object {blob[:10]} missing" in skipped.diagnostics[0].message


@needs_git
def test_every_revision_comes_through_one_git_process(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    repo = GitRepo(tmp_path / "repo")
    for year in range(2018, 2026):
        repo.write(MAP, BANK_2024.replace("2024-04-10", f"{year}-04-10"))
        repo.commit(f"wave {year}")
    started: list[list[str]] = []
    real_popen = subprocess.Popen

    class Popen(real_popen):  # type: ignore[misc, valid-type]
        def __init__(self, args: Any, *a: Any, **kw: Any) -> None:
            started.append(list(args))
            super().__init__(args, *a, **kw)

    monkeypatch.setattr(subprocess, "Popen", Popen)
    h = file_waves(repo.root / MAP, include_worktree=False)
    assert len(h.waves) == 8
    # one --batch-check (sizes first) and one --batch (contents), not per revision
    assert [args[4] for args in started if "cat-file" in args] == ["--batch-check", "--batch"]
    assert len(started) <= 7  # rev-parse x3, log, tags, cat-file x2


@needs_git
def test_rev_path_in_a_bare_repository(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.write(MAP, BANK_2024)
    repo.commit("wave 2024")
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo.root), str(bare)], check=True)
    spec = parse_spec(f"main:{MAP}", bare)
    assert spec is not None
    assert read_spec(spec, bare) == BANK_2024.encode()
    proc = subprocess.run([sys.executable, "-m", "cxmap", "diff", f"main:{MAP}", f"main:{MAP}",
                           "-C", str(bare), "-f", "json"], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
