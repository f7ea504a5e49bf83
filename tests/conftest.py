from __future__ import annotations

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


def example_maps() -> list[Path]:
    return sorted(EXAMPLES.glob("*.cxmap.yaml"))
