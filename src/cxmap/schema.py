"""JSON Schema of the map format, generated from the model.

Editors' YAML support (yaml-language-server) understands draft-07 with
``definitions``; pydantic emits 2020-12 with ``$defs``, so we convert.  The
committed ``schemas/cxmap.schema.json`` is this output; a test fails when it
is out of date (regenerate with ``cxmap schema -o schemas/cxmap.schema.json``).
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "https://cxmap.dev/schemas/cxmap-1.schema.json"


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                out[k] = v.replace("#/$defs/", "#/definitions/")
            else:
                out[k] = _rewrite_refs(v)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def json_schema() -> dict[str, Any]:
    from cxmap.model.journey import Journey

    raw = Journey.model_json_schema(by_alias=True, mode="validation")
    defs = raw.pop("$defs", {})
    schema: dict[str, Any] = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
    }
    schema.update(_rewrite_refs(raw))
    schema["title"] = "cxmap journey map (format version 1)"
    schema["definitions"] = _rewrite_refs(defs)
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
