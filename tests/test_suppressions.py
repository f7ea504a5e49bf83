"""Inline suppressions: comments found in the text, correctly."""

from __future__ import annotations

from cxmap.api import load_bytes
from cxmap.checks import FORMAT_ONLY, RuleSettings
from cxmap.checks.suppressions import comments, find_suppressions


def _comments(text: str) -> list[tuple[int, int, str, bool]]:
    return [(c.line, c.column, c.text, c.own_line) for c in comments(text)]


def test_hash_in_quotes_or_glued_to_text_is_not_a_comment() -> None:
    text = (
        "a: 'x # y'\n"               # single-quoted
        'b: "x # y"  # real\n'        # double-quoted, then a comment
        "c: x#y\n"                    # no space before '#'
        "d: 'it''s # here'\n"         # '' inside single quotes
        'e: "say \\" # still"\n'      # escaped quote inside double quotes
        "f: don't # comment\n"        # an apostrophe in a plain scalar
        "g: [a, 'b # c', \"d\"]  # flow\n"
        "# alone\n"
    )
    assert _comments(text) == [
        (2, 13, "# real", False),
        (6, 10, "# comment", False),
        (7, 23, "# flow", False),
        (8, 1, "# alone", True),
    ]


def test_quoted_scalar_over_several_lines() -> None:
    text = ('a: "first line # not\n'
            '  second # still not"  # yes\n'
            "b: 'one\n"
            "  # not a comment either'\n")
    assert _comments(text) == [(2, 24, "# yes", False)]


def test_block_scalar_content_is_not_a_comment() -> None:
    text = ("notes: |\n"
            "  # cxmap: disable=self-loop\n"
            "  text # more\n"
            "after: 1  # real\n"
            "list:\n"
            "  - >-\n"
            "    # folded\n"
            "  - x  # two\n")
    assert _comments(text) == [(4, 11, "# real", False), (8, 8, "# two", False)]


def test_suppression_targets() -> None:
    text = ("a: 1  # cxmap: disable=CX301, self-loop -- reason\n"
            "# cxmap: disable=CX302\n"
            "# another comment\n"
            "\n"
            "b: 2\n"
            "c: 3  # cxmap: disable-file=unused-branch\n"
            "d: 'x # cxmap: disable=CX300'\n")
    found = [(s.line, s.column, s.target, s.names) for s in find_suppressions(text)]
    assert found == [(1, 7, 1, ["CX301", "self-loop"]), (2, 1, 5, ["CX302"]),
                     (6, 7, 0, ["unused-branch"])]


MAP = """\
cxmap: 1
id: shop
title: Buying
branches:
  - id: online  # cxmap: disable=unused-branch -- opens in the autumn
    name: Online
  - id: store
    name: In store
stages:
  - id: buy
    name: Buying
    touchpoints:
      - id: pay
        name: "Pay # cxmap: disable=self-loop"
        # cxmap: disable=CX302
        next: [pay]
      - id: ship  # cxmap: disable=self-loop,CX201,nonsense
        name: Ship
"""


def _diags(text: str) -> list[str]:
    loaded = load_bytes(text.encode(), "m.cxmap.yaml", settings=FORMAT_ONLY)
    return [f"{d.line}:{d.column} {d.severity} {d.code} {d.message}" for d in loaded.diagnostics]


def test_suppressions_apply_and_unused_or_bad_ones_are_reported() -> None:
    assert _diags(MAP) == [
        "7:9 warning CX301 branch 'store' has no touchpoint of its own",
        "17:19 warning CX390 suppression of 'self-loop' suppresses nothing",
        "17:19 warning CX391 CX201 is an error of the format and cannot be suppressed",
        "17:19 warning CX391 unknown rule 'nonsense' in a cxmap suppression",
    ]


def test_file_wide_suppression_and_config_off() -> None:
    text = MAP.replace("title: Buying\n", "title: Buying  # cxmap: disable-file=CX301\n")
    assert [d.split()[2] for d in _diags(text)] == ["CX390", "CX391", "CX391"]
    off = RuleSettings(severities={"CX390": None, "CX391": None, "CX301": None},
                       method=False)
    loaded = load_bytes(MAP.encode(), "m.cxmap.yaml", settings=off)
    assert loaded.diagnostics == []


def test_model_rules_do_not_run_on_a_map_with_errors_so_their_suppressions_wait() -> None:
    text = MAP.replace("name: Ship", "name: Ship  # cxmap: disable=unscored-touchpoint\n"
                       "        branch: nowhere")
    loaded = load_bytes(text.encode(), "m.cxmap.yaml", settings=RuleSettings())
    found = [(d.line, d.code, d.message) for d in loaded.diagnostics]
    assert (19, "CX201", "unknown branch 'nowhere' in touchpoint 'ship'") in found
    # self-loop (on the raw data) ran: its unused suppression is reported
    assert (17, "CX390", "suppression of 'self-loop' suppresses nothing") in found
    # unscored-touchpoint (on the model) did not: nothing said about it
    assert [f for f in found if f[0] == 18] == []


def test_a_suppression_of_a_rule_that_did_not_run_is_not_reported() -> None:
    # render, report and diff check only the format: the method rules do not run
    text = MAP.replace("name: Ship", "name: Ship  # cxmap: disable=unscored-touchpoint")
    assert "unscored" not in " ".join(_diags(text))
    # with every rule: 'ship' is reported at its first line (17), not at 18
    loaded = load_bytes(text.encode(), "m.cxmap.yaml", settings=RuleSettings())
    found = [(d.line, d.code) for d in loaded.diagnostics]
    assert (17, "CX304") in found and (18, "CX390") in found


def test_crlf_bom_and_a_directive_inside_a_block_scalar() -> None:
    text = ("\ufeffcxmap: 1\r\nid: shop\r\ntitle: Buying\r\nstages:\r\n  - id: buy\r\n"
            "    name: Buying\r\n    description: |\r\n      # cxmap: disable-file=CX300\r\n"
            "    touchpoints: []  # cxmap: disable=empty-stage -- opens in May\r\n"
            "  - id: after\r\n    name: After\r\n    touchpoints: []\r\n")
    loaded = load_bytes(text.encode(), "m.cxmap.yaml", settings=FORMAT_ONLY)
    # the description is not a comment: only the stage without a reason is reported
    assert [(d.line, d.code) for d in loaded.diagnostics] == [(12, "CX300")]
