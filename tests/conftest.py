from __future__ import annotations

import os
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


#: the variables that choose the language cxmap speaks (see i18n.resolve_language)
LANGUAGE_VARIABLES = ("CXMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def speak_english_by_default() -> None:
    """Tests assert English words unless they choose Polish themselves, so the
    suite must not inherit the language of the person who runs it (a Polish
    analyst has ``CXMAP_LANG=pl`` or ``LANG=pl_PL.UTF-8``).  This sets the
    environment of the test process, and so of every child it starts, to
    English; a test that checks Polish sets ``CXMAP_LANG``/``LANG`` itself."""
    for name in LANGUAGE_VARIABLES:
        os.environ.pop(name, None)
    os.environ["CXMAP_LANG"] = "en"
    os.environ["LANG"] = "C.UTF-8"


def pytest_configure(config: pytest.Config) -> None:
    speak_english_by_default()
    _restore_sigint()


def _restore_sigint() -> None:
    """A suite started in the background (``cmd &`` in a script) inherits
    SIGINT ignored, and so would every child it starts: the tests that send
    SIGINT to a cxmap process would then see it ignored.  Give the children the
    ordinary disposition, as a terminal does."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def example_maps() -> list[Path]:
    return sorted(EXAMPLES.glob("*.cxmap.yaml"))
