from __future__ import annotations

import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CONFORMANCE = Path(__file__).resolve().parent / "conformance"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def conformance_dir() -> Path:
    return CONFORMANCE


def pytest_configure(config: pytest.Config) -> None:
    """A suite started in the background (``cmd &`` in a script) inherits
    SIGINT ignored, and so would every child it starts: the tests that send
    SIGINT to a cxmap process would then see it ignored.  Give the children the
    ordinary disposition, as a terminal does."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def example_maps() -> list[Path]:
    return sorted(EXAMPLES.glob("*.cxmap.yaml"))
