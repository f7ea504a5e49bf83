"""Pydantic model of a journey map (FORMAT.md, version 1)."""

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
