"""JSON Schema of the map format, generated from the model.

Editors' YAML support (yaml-language-server) understands draft-07 with
``definitions``; pydantic emits 2020-12 with ``$defs``, so we convert.  The
committed ``schemas/cxmap.schema.json`` is this output; a test fails when it
is out of date (regenerate with ``cxmap schema -o schemas/cxmap.schema.json``).

The schema is a convenience for editors (completion, hover, early red
squiggles).  ``cxmap validate`` is the authority: it also checks what a JSON
Schema cannot (unique ids, references, real calendar dates).
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "https://cxmap.dev/schemas/cxmap-1.schema.json"

#: Hover texts for editors, by definition name and key.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Journey": {
        "cxmap": "Format version; this cxmap reads 1.",
        "id": "The journey's identifier.",
        "title": "The journey's title.",
        "persona": "The customer segment the map is about.",
        "scoredOn": "When this scoring (research wave) was done, YYYY-MM-DD.",
        "language": "Default language of reports for this map.",
        "departments": "Departments owning touchpoints; if present, every owner must be one.",
        "branches": "The paths a customer can take (channels: online, in-store...).",
        "stages": "The stages of the journey, in journey order.",
        "projects": "Improvement projects (recommendations).",
    },
    "Touchpoint": {
        "id": "Unique in the whole map; cxmap diff matches touchpoints across years by id.",
        "branches": "Paths this touchpoint belongs to; absent = shared by every path.",
        "branch": "Shorthand for a one-item branches list.",
        "channel": "web, phone, store, e-mail, app, courier...",
        "owner": "The department responsible.",
        "score": "The experience now: -2 bad, -1 worse than expected, 0 as expected, "
                 "+1 better, +2 delight. Absent or null = not scored yet.",
        "target": "The score this touchpoint should reach (-2..+2).",
        "momentOfTruth": "Where the customer checks a promise made at sale time.",
        "customerEffort": "Where the customer tires or gives up.",
        "confirmed": "The flags are confirmed by customer research, not only a hypothesis.",
        "reach": "Percent of customers this finding touches: a number 0-100 or \"45%\".",
        "pillars": "The CX pillars this touchpoint bears on.",
        "evidence": "Where the finding comes from (survey, recordings, complaints...).",
        "standard": "The service standard that applies here.",
        "next": "Explicit successors; replaces the derived ones for this touchpoint.",
    },
    "Project": {
        "kind": "hard: process, procedure, technology; soft: people's skills.",
        "touchpoints": "The touchpoints this project improves.",
        "cost": "Implementation cost.",
        "impact": "Customer-satisfaction impact; derived from the touchpoints when absent.",
        "status": "Where the project stands.",
        "reversible": "A two-way door: can be undone cheaply.",
        "budget": "Budget, a number >= 0.",
        "due": "Deadline, YYYY-MM-DD.",
    },
}


def _clean(node: Any) -> Any:
    """$defs refs -> definitions refs; drop pydantic's auto-generated titles."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                out[k] = v.replace("#/$defs/", "#/definitions/")
            elif k == "properties" and isinstance(v, dict):
                out[k] = {name: _clean({kk: vv for kk, vv in prop.items() if kk != "title"})
                          for name, prop in v.items()}
            else:
                out[k] = _clean(v)
        return out
    if isinstance(node, list):
        return [_clean(v) for v in node]
    return node


def _describe(definition: dict[str, Any], texts: dict[str, str]) -> None:
    for key, text in texts.items():
        prop = definition.get("properties", {}).get(key)
        if prop is not None:
            prop["description"] = text


def json_schema() -> dict[str, Any]:
    from cxmap.model.journey import Journey

    raw = _clean(Journey.model_json_schema(by_alias=True, mode="validation"))
    defs = raw.pop("$defs", {})
    _describe(raw, DESCRIPTIONS["Journey"])
    for name, texts in DESCRIPTIONS.items():
        if name in defs:
            _describe(defs[name], texts)
    schema: dict[str, Any] = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "cxmap journey map (format version 1)",
    }
    schema.update({k: v for k, v in raw.items() if k != "title"})
    schema["definitions"] = defs
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
