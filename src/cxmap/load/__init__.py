"""Load: files -> text -> parsed YAML document with positions.

Nothing here knows the journey-map model; see :mod:`cxmap.commands.load` for the
pipeline that continues into the model and the checks.
"""

from cxmap.load.discover import Discovery, MapFile, discover
from cxmap.load.yaml import Document, YamlProblem, decode, parse_text

__all__ = ["Discovery", "Document", "MapFile", "YamlProblem", "decode", "discover", "parse_text"]
