"""Read map files out of git: ``REV:PATH`` specs and a file's history.

Safety first, because a revision comes from the command line and ends up in a
``git`` command line (``git show --output=/tmp/x`` would write a file):

* a revision that starts with ``-`` or contains whitespace or a control
  character is refused before git is ever called, and every git call that
  takes a revision passes ``--end-of-options`` as well;
* the revision is first resolved to a commit id (``git rev-parse --verify``),
  after which only that hexadecimal id reaches git;
* the object at the path is inspected with ``git ls-tree`` before it is read,
  so a directory (``HEAD:dir``), a symbolic link (mode 120000) or a submodule
  is reported instead of read as if it were a map; the blob is then read as
  bytes with ``git cat-file blob <id>`` (no text conversion, no filters);
* pathspec magic is off (``GIT_LITERAL_PATHSPECS=1``): a path is a path.

How ``OLD``/``NEW`` arguments are told apart (:func:`parse_spec`): an argument
naming an **existing file wins** (so ``maps/a:b.yaml`` on disk is read as a
file); a Windows drive path (``C:\\...``) is a file; otherwise an argument
containing ``:`` is ``REV:PATH`` split at the **first** colon.  As with
``git show``, ``PATH`` is relative to the repository's top folder; start it
with ``./`` or ``../`` to make it relative to the current folder.

Every failure raises a :class:`GitError` subclass with a message fit for the
user; the CLI maps them to exit code 2.  Nothing here prints or exits.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cxmap.i18n import os_reason, resolve_language, t

_BAD_REV = re.compile(r"[\x00-\x20\x7f]")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_HEX = re.compile(r"^[0-9a-f]{40,64}$")


class SourceError(Exception):
    """A map source that cannot be read; ``str()`` is the message for the user."""


class MissingFile(SourceError):
    """A plain path that does not exist (and is not a ``REV:PATH``)."""


class GitError(SourceError):
    """A problem reading from git."""


class GitNotFound(GitError):
    """The ``git`` program is not installed or not on PATH."""


class NotARepository(GitError):
    """The folder is not inside a git repository."""


class RefusedRevision(GitError):
    """A revision or path that is refused without asking git (option-like, odd)."""


class UnknownRevision(GitError):
    """git does not know the revision."""

    def __init__(self, message: str, rev: str = "", top: str = "") -> None:
        super().__init__(message)
        self.rev, self.top = rev, top


class PathNotInRevision(GitError):
    """The path does not exist in that revision."""


class NotAFile(GitError):
    """The path names a directory, a symbolic link or a submodule in that revision."""


class TooBig(GitError):
    """The file in that revision is bigger than a map may be (git said its size
    before anything was read)."""


def _too_big(size: int) -> str:
    from cxmap.util.files import MAX_MAP_BYTES, too_big_reason

    return too_big_reason(size, MAX_MAP_BYTES)


def _over_limit(size: int) -> bool:
    from cxmap.util.files import MAX_MAP_BYTES

    return size > MAX_MAP_BYTES


@dataclass(frozen=True, slots=True)
class RevPath:
    """A parsed ``REV:PATH`` argument."""

    rev: str
    path: str

    def __str__(self) -> str:
        return f"{self.rev}:{self.path}"


@dataclass(frozen=True, slots=True)
class Repo:
    """A work tree: its top folder and the current folder relative to it."""

    top: Path
    prefix: str  # "" at the top, else "sub/dir/" (git's --show-prefix)


@dataclass(frozen=True, slots=True)
class Commit:
    """One commit in a file's history, with the file's path at that commit."""

    sha: str
    date: str      # committer date, ISO 8601 (strict)
    subject: str
    path: str      # path of the file in this commit (follows renames)
    deleted: bool = False
    blob: str = ""  # id of the file's blob in this commit
    mode: str = ""  # its mode (100644, 120000 for a symbolic link...)


def _say(key: str, **params: object) -> str:
    """A message of :mod:`cxmap.i18n.git` in the language of the run."""
    return t(f"git.{key}", resolve_language(), **params)


# ----------------------------------------------------------------------------- parsing
def check_revision(rev: str) -> str:
    """Return ``rev`` if it is safe to hand to git; raise :class:`RefusedRevision`."""
    if not rev:
        raise RefusedRevision(_say("empty_revision"))
    if rev.startswith("-"):
        raise RefusedRevision(_say("dash_revision", rev=rev))
    if _BAD_REV.search(rev):
        raise RefusedRevision(_say("odd_revision", rev=rev))
    return rev


def _check_path(path: str, spec: str) -> None:
    if not path:
        raise RefusedRevision(_say("no_path", spec=spec))
    if re.search(r"[\x00-\x1f\x7f]", path):
        raise RefusedRevision(_say("control_in_path", spec=spec))


def parse_spec(arg: str, cwd: Path | None = None) -> RevPath | None:
    """``REV:PATH`` -> :class:`RevPath`; a plain file path -> ``None``.

    An existing file wins over the ``REV:PATH`` reading; a Windows drive path
    is a file.  A spec with an unsafe revision raises :class:`RefusedRevision`.
    """
    base = cwd if cwd is not None else Path.cwd()
    if ":" not in arg or _DRIVE.match(arg):
        return None
    try:
        if (base / arg).exists():
            return None
    except (OSError, ValueError):
        pass
    rev, path = arg.split(":", 1)
    check_revision(rev)
    _check_path(path, arg)
    return RevPath(rev, path)


# ----------------------------------------------------------------------------- running git
def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(GIT_LITERAL_PATHSPECS="1", GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0",
               GIT_PAGER="cat", PAGER="cat")
    return env


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    try:
        proc = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True,
                              env=_env(), stdin=subprocess.DEVNULL, check=False)
    except FileNotFoundError:
        raise GitNotFound(_say("not_installed")) from None
    except OSError as exc:
        raise GitError(_say("cannot_run", reason=os_reason(exc))) from None
    if check and proc.returncode != 0:
        raise GitError(_stderr(proc) or _say("failed", command=args[0], code=proc.returncode))
    return proc


def _stderr(proc: subprocess.CompletedProcess[bytes]) -> str:
    text = proc.stderr.decode("utf-8", "replace").strip()
    return text.removeprefix("fatal: ").removeprefix("error: ")


def repository(cwd: Path | None = None) -> Repo:
    """The work tree containing ``cwd`` (default: the current folder)."""
    where = (cwd if cwd is not None else Path.cwd()).resolve()
    if not where.is_dir():
        where = where.parent
    bare = _git(where, "rev-parse", "--is-bare-repository", "--absolute-git-dir", check=False)
    answer = bare.stdout.decode("utf-8", "surrogateescape").splitlines()
    if bare.returncode == 0 and answer[:1] == ["true"] and len(answer) > 1:
        # a bare repository: no work tree, REV:PATH paths are from the top
        return Repo(Path(answer[1]), "")
    proc = _git(where, "rev-parse", "--show-toplevel", "--show-prefix", check=False)
    if proc.returncode != 0:
        err = _stderr(proc)
        if "not a git repository" in err:
            raise NotARepository(_say("not_a_repository", where=where))
        raise GitError(err or _say("failed", command="rev-parse", code=proc.returncode))
    lines = proc.stdout.decode("utf-8", "surrogateescape").splitlines()
    if not lines or not lines[0]:
        raise NotARepository(_say("not_a_work_tree", where=where))
    return Repo(Path(lines[0]), lines[1] if len(lines) > 1 else "")


def resolve_commit(repo: Repo, rev: str) -> str:
    """The commit id a revision names; :class:`UnknownRevision` if none."""
    check_revision(rev)
    proc = _git(repo.top, "rev-parse", "--verify", "--quiet", "--end-of-options",
                f"{rev}^{{commit}}", check=False)
    sha = proc.stdout.decode("ascii", "replace").strip()
    if proc.returncode != 0 or not _HEX.match(sha):
        raise UnknownRevision(_say("unknown_revision", rev=rev, top=repo.top), rev=rev,
                              top=str(repo.top))
    return sha


def repo_path(repo: Repo, path: str, spec: str) -> str:
    """``PATH`` of a spec -> a path relative to the repository top (git's rules)."""
    rel = path
    if path.startswith(("./", "../")) or path in (".", ".."):
        rel = repo.prefix + path
    norm = posixpath.normpath(rel)
    if norm.startswith("../") or norm in ("..", ".") or norm.startswith("/"):
        raise PathNotInRevision(_say("outside_repository", spec=spec))
    return norm


def _ls_entry(repo: Repo, sha: str, path: str) -> tuple[str, str, str, int] | None:
    """(mode, kind, object id, size in bytes; -1 for a tree or submodule)."""
    proc = _git(repo.top, "ls-tree", "--full-tree", "--long", "-z", "--end-of-options", sha,
                "--", path)
    for record in proc.stdout.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        if name.decode("utf-8", "surrogateescape") != path:
            continue
        mode, kind, obj, size = meta.decode("ascii").split()
        return mode, kind, obj, int(size) if size.isdigit() else -1
    return None


def read_blob(repo: Repo, sha: str, path: str, spec: str) -> bytes:
    """The bytes of the file ``path`` (repository-relative) at commit ``sha``."""
    entry = _ls_entry(repo, sha, path)
    if entry is None:
        key = "not_in_revision"
        if repo.prefix and not path.startswith(repo.prefix):
            alt = posixpath.normpath(repo.prefix + path)
            if _ls_entry(repo, sha, alt) is not None:
                key = "not_in_revision_top"
        raise PathNotInRevision(_say(key, spec=spec, path=path, rev=spec.split(":", 1)[0]))
    mode, kind, obj, size = entry
    if kind == "tree":
        raise NotAFile(_say("directory_in_revision", spec=spec))
    if mode == "120000":
        target = _git(repo.top, "cat-file", "blob", obj).stdout.decode("utf-8", "replace")
        raise NotAFile(_say("link_in_revision", spec=spec, target=target))
    if kind != "blob":
        raise NotAFile(_say("other_in_revision", spec=spec, kind=kind))
    if _over_limit(size):  # git said the size: a 1 GiB blob is never read
        raise TooBig(f"{spec!r}: {_too_big(size)}")
    return _git(repo.top, "cat-file", "blob", obj).stdout


def read_spec(spec: RevPath, cwd: Path | None = None) -> bytes:
    """Read ``REV:PATH`` as bytes from the repository containing ``cwd``."""
    repo = repository(cwd)
    sha = resolve_commit(repo, spec.rev)
    path = repo_path(repo, spec.path, str(spec))
    return read_blob(repo, sha, path, str(spec))


def read_source(arg: str, cwd: Path | None = None) -> bytes:
    """The bytes an ``OLD``/``NEW`` argument designates: a file or ``REV:PATH``."""
    spec = parse_spec(arg, cwd)
    if spec is not None:
        try:
            return read_spec(spec, cwd)
        except UnknownRevision as exc:
            raise UnknownRevision(_say("unknown_revision_no_file", rev=exc.rev, top=exc.top,
                                       arg=arg), rev=exc.rev, top=exc.top) from None
    from cxmap.util.files import UnreadableMap, kind_of, read_map_bytes

    path = (cwd / arg) if cwd is not None else Path(arg)
    kind = kind_of(path)
    if kind == "missing":
        raise MissingFile(_say("path_missing", path=arg))
    if kind == "dir":
        raise MissingFile(_say("diff_directory", path=arg))
    try:  # a regular file of at most 64 MB: a FIFO or a device would never end
        return read_map_bytes(path)
    except UnreadableMap as exc:
        raise MissingFile(_say("unreadable", path=arg, reason=exc)) from None


# ----------------------------------------------------------------------------- history
#: ``git log -z`` with every field NUL-terminated: a subject is a field in its
#: place, never searched for separators (a subject may contain anything but NUL)
_LOG_FORMAT = "--format=%H%x00%cI%x00%s"


def file_history(file: Path) -> tuple[Repo, list[Commit]]:
    """Every commit that touched ``file``, newest first, following renames.

    Each :class:`Commit` carries the file's path *in that commit* and the id of
    its blob there (read with :class:`BlobReader`).
    """
    file = file.absolute()
    repo = repository(file.parent)
    try:
        rel = file.resolve().relative_to(repo.top.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        raise NotARepository(_say("not_inside", file=file, top=repo.top)) from None
    if _git(repo.top, "rev-parse", "--verify", "--quiet", "HEAD", check=False).returncode:
        return repo, []  # a repository without commits yet
    proc = _git(repo.top, "log", "--follow", "--raw", "--no-abbrev", "-z", "--no-color",
                "--no-show-signature", "--no-textconv", "-M", _LOG_FORMAT, "--", rel)
    return repo, parse_log(proc.stdout)


def parse_log(out: bytes) -> list[Commit]:
    """Parse ``git log -z --raw --no-abbrev --format=%H%x00%cI%x00%s`` output.

    The fields come by position: sha, date, subject, then one ``:<modes> <ids>
    <status>`` record (starting with a line break) and its one or two paths per
    change.  Nothing is split on characters a subject could contain.
    """
    tokens = out.decode("utf-8", "surrogateescape").split("\0")
    commits: list[Commit] = []
    i, n = 0, len(tokens)
    while i + 2 < n:
        sha, date, subject = tokens[i].strip("\n"), tokens[i + 1], tokens[i + 2]
        i += 3
        if not _HEX.match(sha):  # not where a commit starts: the output is not ours
            break
        path, deleted, blob, mode = "", False, "", ""
        while i < n and tokens[i].startswith("\n:"):
            meta = tokens[i][2:].split(" ")
            status = meta[-1] if meta else ""
            two = status[:1] in ("R", "C")
            names = tokens[i + 1:i + (3 if two else 2)]
            i += 3 if two else 2
            if len(meta) >= 5 and names:
                path, deleted, blob, mode = names[-1], status.startswith("D"), meta[3], meta[1]
        if path:
            commits.append(Commit(sha, date, subject, path, deleted, blob, mode))
    return commits


class BlobReader:
    """Two ``git cat-file`` processes that read every blob a history needs (not
    two processes per revision): ``--batch-check`` says a blob's size first, so
    one bigger than a map may be is never read; ``--batch`` reads the others."""

    def __init__(self, repo: Repo) -> None:
        self._check = self._start(repo, "--batch-check")
        self._proc = self._start(repo, "--batch")

    @staticmethod
    def _start(repo: Repo, mode: str) -> subprocess.Popen[bytes] | None:
        try:
            return subprocess.Popen(
                ["git", "-C", str(repo.top), "cat-file", mode], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env())
        except FileNotFoundError:
            raise GitNotFound(_say("not_installed")) from None
        except OSError as exc:
            raise GitError(_say("cannot_run", reason=os_reason(exc))) from None

    def _size(self, oid: str) -> int | None:
        """The size git gives for a blob, ``None`` when missing or not a blob."""
        proc = self._check
        if proc is None or proc.stdin is None or proc.stdout is None:
            return None
        try:
            proc.stdin.write(oid.encode("ascii") + b"\n")
            proc.stdin.flush()
            header = proc.stdout.readline().decode("ascii", "replace").split()
        except OSError:
            return None
        if len(header) != 3 or header[1] != "blob" or not header[2].isdigit():
            return None
        return int(header[2])

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, oid: str) -> bytes | None:
        """The bytes of blob ``oid``; ``None`` when it is missing or not a blob.
        Raises :class:`TooBig` (nothing read) for one bigger than a map may be."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.stdout is None or not _HEX.match(oid):
            return None
        size = self._size(oid)
        if size is None:
            return None
        if _over_limit(size):
            raise TooBig(_too_big(size))
        try:
            proc.stdin.write(oid.encode("ascii") + b"\n")
            proc.stdin.flush()
            header = proc.stdout.readline().decode("ascii", "replace").split()
            if len(header) != 3:  # "<oid> missing", or the process is gone
                return None
            _, kind, length = header
            data = proc.stdout.read(int(length))
            proc.stdout.read(1)  # the line break after the contents
        except (OSError, ValueError):
            self.close()
            return None
        return data if kind == "blob" else None

    def close(self) -> None:
        for proc in (self._proc, self._check):
            if proc is not None:
                self._stop(proc)
        self._proc = self._check = None

    @staticmethod
    def _stop(proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(OSError):
            if proc.stdin is not None:
                proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def commit_tags(repo: Repo) -> dict[str, str]:
    """Commit id -> the name of a tag on it (annotated tags peeled; the first
    name in sort order when a commit has several)."""
    proc = _git(repo.top, "for-each-ref", "--sort=refname",
                "--format=%(objectname) %(*objectname) %(refname:short)", "refs/tags",
                check=False)
    tags: dict[str, str] = {}
    if proc.returncode != 0:
        return tags
    for line in proc.stdout.decode("utf-8", "surrogateescape").splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3:
            target = parts[1] or parts[0]
            tags.setdefault(target, parts[2])
    return tags


def origin_url(repo: Repo) -> str | None:
    """The URL of the remote ``origin``, if the repository has one."""
    proc = _git(repo.top, "config", "--get", "remote.origin.url", check=False)
    url = proc.stdout.decode("utf-8", "surrogateescape").strip()
    return url if proc.returncode == 0 and url else None
