"""Pydantic model of a journey map (format version 1, docs/format.md)."""

from cxmap.model.journey import (
    Branch,
    Department,
    Journey,
    Project,
    Stage,
    Touchpoint,
    derive_impact,
)

__all__ = ["Branch", "Department", "Journey", "Project", "Stage", "Touchpoint", "derive_impact"]
