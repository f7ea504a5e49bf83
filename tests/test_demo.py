"""`make demo` names the files it wrote, in the user's language."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def demo_recipe() -> str:
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n\t", "\\\n")
    return text.split("\ndemo:", 1)[1].split("\n\n", 1)[0]


@pytest.mark.parametrize(("lang", "heading", "report"), [
    ("en", "Written:", "report (open in a browser)"),
    ("pl", "Zapisano:", "raport (otwórz w przeglądarce)"),
])
def test_demo_names_every_file_it_wrote_in_the_language(lang: str, heading: str,
                                                        report: str) -> None:
    recipe = demo_recipe()
    written = re.findall(r" -o (out/\S+)", recipe)
    assert len(written) == 4
    code = re.search(r"-c '(.*?)'", recipe, re.DOTALL)
    assert code is not None
    out = subprocess.run([sys.executable, "-c", code.group(1).replace("$(BIN)", ".venv/bin")],
                         capture_output=True, text=True, env={"CXMAP_LANG": lang},
                         check=True).stdout
    lines = out.splitlines()
    assert lines[0] == heading
    assert [line.split()[0] for line in lines[1:5]] == written
    assert report in out and ".venv/bin/activate" in out
