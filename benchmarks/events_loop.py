#!/usr/bin/env python3
"""The portfolio goal's reference: a bare loop over ruamel's C parser events.

    python benchmarks/events_loop.py DIR

Reads every ``*.yaml`` file below DIR and pulls every event out of libyaml
(ruamel.yaml.clib) without building anything: the floor of any loader built on
that parser.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _ruamel_yaml import CParser  # ruamel.yaml.clib
from ruamel.yaml.events import StreamEndEvent


def main() -> int:
    events = 0
    for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
        get_event = CParser(path.read_bytes().decode("utf-8")).get_event
        while True:
            event = get_event()
            events += 1
            if event is None or event.__class__ is StreamEndEvent:
                break
    return 0 if events else 1


if __name__ == "__main__":
    sys.exit(main())
