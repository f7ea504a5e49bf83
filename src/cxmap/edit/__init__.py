"""Editing journey maps without losing a byte: the starter map (``init``),
canonical layout (``fmt``), spreadsheet export and score import.

Rewrites never re-dump a whole document when a few values change: the score
import edits the original text at each value's exact position (see
:mod:`cxmap.edit.patch`), so comments, order and quoting stay as they were.
"""
