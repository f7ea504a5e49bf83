"""The forked helper process: messages both ways, failures seen as ChildLost."""

from __future__ import annotations

import os
import threading

import pytest

from cxmap.util.fork import ChildLost, Pipe, fork_child

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def echo_twice(pipe: Pipe) -> None:
    pipe.send(("ready", os.getpid()))
    for _ in range(2):
        pipe.send(pipe.recv())


def test_messages_both_ways_bigger_than_a_pipe_buffer() -> None:
    child = fork_child(echo_twice)
    assert child is not None
    tag, pid = child.recv()
    assert tag == "ready" and pid == child.pid != os.getpid()
    big = {"text": "ą" * 3_000_000, "list": list(range(100_000))}
    child.send(big)
    assert child.recv() == big
    child.send(None)
    assert child.recv() is None
    assert child.finish() == 0


def test_a_failing_child_is_seen_as_lost() -> None:
    def fail(pipe: Pipe) -> None:
        raise ValueError("boom")

    child = fork_child(fail)
    assert child is not None
    with pytest.raises(ChildLost):
        child.recv()
    assert child.finish() == 1


def test_a_child_that_stops_listening_is_seen_as_lost() -> None:
    child = fork_child(lambda pipe: None)
    assert child is not None
    with pytest.raises(ChildLost):
        child.recv()
    with pytest.raises(ChildLost):  # EPIPE once it has gone, whatever the timing
        for _ in range(100):
            child.send(b"x" * 100_000)
    assert child.finish() == 0


def test_no_child_when_fork_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise OSError("no processes here")

    monkeypatch.setattr(os, "fork", no_fork)
    assert fork_child(echo_twice) is None


def test_no_child_while_other_threads_run() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert fork_child(echo_twice) is None
    finally:
        stop.set()
        thread.join()
