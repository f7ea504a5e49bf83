"""``cxmap schema``: the JSON Schema (draft-07) of the map format, generated from the model."""

from __future__ import annotations


def schema() -> str:
    from cxmap.schema import schema_text

    return schema_text()
