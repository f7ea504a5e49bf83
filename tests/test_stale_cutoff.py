"""One cutoff for a stale scoring: the stale-scoring rule, the portfolio and views.sql.

A folder's configuration gives the rule `months`; `cxmap validate` warns by it,
`cxmap report FOLDER` marks the journey stale by it, and `cxmap dataset` writes
it into views.sql as an interval in calendar months.  All three use
`cxmap.metrics.is_stale`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner

from cxmap.cli import app
from cxmap.metrics import STALE_AFTER_MONTHS, add_months, is_stale
from cxmap.outputs.dataset import DatasetMap, views_sql

if TYPE_CHECKING:
    from cxmap.model.journey import Journey

MAP = """\
cxmap: 1
id: {id}
title: {title}
scoredOn: {day}
stages:
  - id: buy
    name: Buying
    touchpoints:
      - {{id: pay, name: Pay, score: 0}}
"""
SIX = '[rules]\nstale-scoring = { severity = "warning", months = 6 }\n'


def write_map(folder: Path, day: date, id: str = "shop", title: str = "Buying") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{id}.cxmap.yaml"
    path.write_text(MAP.format(id=id, title=title, day=day.isoformat()), encoding="utf-8")
    return path


def cli(*args: str, today: date | None = None) -> tuple[int, str, str]:
    env = {"NO_COLOR": "1", "CXMAP_TODAY": today.isoformat() if today else ""}
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


# ----------------------------------------------------------------------------- the definition
@pytest.mark.parametrize(("scored_on", "today", "months", "stale"), [
    (date(2025, 4, 14), date(2025, 10, 14), 6, False),   # exactly 6 months: still current
    (date(2025, 4, 14), date(2025, 10, 15), 6, True),    # a day later: stale
    (date(2025, 4, 14), date(2026, 4, 14), 12, False),
    (date(2025, 4, 14), date(2026, 4, 15), 12, True),
    (date(2025, 8, 31), date(2026, 2, 28), 6, False),    # 6 months end on February's last day
    (date(2025, 8, 31), date(2026, 3, 1), 6, True),
    (date(2023, 8, 31), date(2024, 2, 29), 6, False),    # leap year
    (date(2023, 8, 31), date(2024, 3, 1), 6, True),
    (date(2025, 1, 31), date(2025, 2, 28), 1, False),
    (date(2025, 1, 31), date(2025, 3, 1), 1, True),
    (date(9999, 6, 1), date(9999, 12, 31), 12, False),   # past the calendar's end
    (None, date(2025, 1, 1), 12, True),                  # no date: stale
])
def test_is_stale_counts_calendar_months(scored_on: date | None, today: date, months: int,
                                         stale: bool) -> None:
    assert is_stale(scored_on, today, months) is stale


def test_the_default_is_the_rules_default() -> None:
    from cxmap.checks.rules.stale_scoring import StaleOptions

    assert StaleOptions().months == STALE_AFTER_MONTHS == 12
    assert not is_stale(date(2025, 1, 11), date(2026, 1, 11))
    assert is_stale(date(2025, 1, 10), date(2026, 1, 11))


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 3, 31), -1) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
    assert add_months(date(2025, 2, 15), -14) == date(2023, 12, 15)
    assert add_months(date(9999, 12, 1), 1) == date.max


# ----------------------------------------------------------------------------- validate, report
TODAY = date(2026, 3, 10)
EIGHT_AGO = date(2025, 7, 10)   # 8 months before TODAY


@pytest.fixture
def six(tmp_path: Path) -> Path:
    """A folder whose configuration says a scoring is stale after 6 months,
    with a map scored 8 months before TODAY."""
    folder = tmp_path / "maps"
    write_map(folder, EIGHT_AGO)
    (folder / ".cxmap.toml").write_text(SIX, encoding="utf-8")
    return folder


def test_validate_warns_by_the_configured_months(six: Path) -> None:
    code, out, _ = cli("--lang", "en", "validate", str(six), today=TODAY)
    assert code == 0
    assert (f"{six / 'shop.cxmap.yaml'}:4:11: warning CX313 the scoring of 2025-07-10 is more "
            "than 6 months old") in out
    code, out, _ = cli("--lang", "en", "validate", "--no-config", str(six), today=TODAY)
    assert code == 0 and "CX313" not in out


def test_portfolio_markdown_marks_it_stale_by_the_configured_months(six: Path,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "portfolio.md"
    code, _, err = cli("report", str(six), "-o", str(out), "--lang", "en", today=TODAY)
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "| Buying | shop.cxmap.yaml | 1 | 0.00 | 0 | 0 | 0.0 | 2025-07-10 | ⚑ yes |" in text
    assert "| Stale scoring | 1 of 1 |" in text
    assert "it was scored more than 6 months ago" in text

    # with the rule's default, 12 months, it is current
    code, _, err = cli("report", str(six), "-o", str(out), "--lang", "en", "--no-config",
                       today=TODAY)
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "| Buying | shop.cxmap.yaml | 1 | 0.00 | 0 | 0 | 0.0 | 2025-07-10 | no |" in text
    assert "| Stale scoring | 0 of 1 |" in text
    assert "it was scored more than 12 months ago" in text


def test_portfolio_in_polish_says_months_with_their_form(six: Path, tmp_path: Path) -> None:
    out = tmp_path / "portfel.md"
    assert cli("report", str(six), "-o", str(out), "--lang", "pl", today=TODAY)[0] == 0
    text = out.read_text(encoding="utf-8")
    assert "| 2025-07-10 | ⚑ tak |" in text
    assert "| Nieaktualna ocena | 1 z 1 |" in text
    assert "od oceny minęło więcej niż 6 miesięcy (opcja months reguły stale-scoring" in text
    (six / ".cxmap.toml").write_text(SIX.replace("6", "3"), encoding="utf-8")
    assert cli("report", str(six), "-o", str(out), "--lang", "pl", today=TODAY)[0] == 0
    assert "więcej niż 3 miesiące (" in out.read_text(encoding="utf-8")


def test_portfolio_html_flags_the_stale_row(six: Path, tmp_path: Path) -> None:
    from html.parser import HTMLParser

    out = tmp_path / "portfolio.html"
    assert cli("report", str(six), "-o", str(out), "--lang", "en", today=TODAY)[0] == 0

    class Flags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.flags: list[str] = []
            self._in = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self._in = tag == "span" and ("class", "flag") in attrs

        def handle_data(self, data: str) -> None:
            if self._in:
                self.flags.append(data)
                self._in = False

    parser = Flags()
    parser.feed(out.read_text(encoding="utf-8"))
    assert "⚑ yes" in parser.flags
    assert cli("report", str(six), "-o", str(out), "--lang", "en", "--no-config",
               today=TODAY)[0] == 0
    parser = Flags()
    parser.feed(out.read_text(encoding="utf-8"))
    assert "⚑ yes" not in parser.flags


def test_report_config_names_one_file_for_every_map(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    write_map(folder, EIGHT_AGO)
    config = tmp_path / "cx.toml"
    config.write_text(SIX, encoding="utf-8")
    out = tmp_path / "p.md"
    assert cli("report", str(folder), "-o", str(out), "--lang", "en", today=TODAY)[0] == 0
    assert "| Stale scoring | 0 of 1 |" in out.read_text(encoding="utf-8")
    assert cli("report", str(folder), "-o", str(out), "--lang", "en", "--config", str(config),
               today=TODAY)[0] == 0
    assert "| Stale scoring | 1 of 1 |" in out.read_text(encoding="utf-8")
    # the configuration file is an input: never the output
    code, _, err = cli("report", str(folder), "-o", str(config), "-f", "markdown",
                       "--config", str(config), today=TODAY)
    assert code == 2 and config.read_text(encoding="utf-8") == SIX
    assert "cx.toml" in err


def test_a_broken_configuration_stops_the_portfolio_with_its_position(six: Path,
                                                                      tmp_path: Path) -> None:
    (six / ".cxmap.toml").write_text('[rules]\nstale-scoring = { mnths = 6 }\n',
                                     encoding="utf-8")
    out = tmp_path / "p.md"
    code, _, err = cli("report", str(six), "-o", str(out), "--lang", "en", today=TODAY)
    assert code == 2 and not out.exists()
    assert f"{six / '.cxmap.toml'}:2:19: unknown option 'mnths' for stale-scoring" in err


def test_maps_judged_by_different_months_say_by_which(tmp_path: Path) -> None:
    folder = tmp_path / "maps"
    write_map(folder / "strict", EIGHT_AGO, "shop", "Buying")
    (folder / "strict" / ".cxmap.toml").write_text(SIX, encoding="utf-8")
    write_map(folder / "relaxed", EIGHT_AGO, "bank", "Banking")
    out = tmp_path / "p.md"
    assert cli("report", str(folder), "-o", str(out), "--lang", "en", today=TODAY)[0] == 0
    text = out.read_text(encoding="utf-8")
    assert "| Banking | relaxed/bank.cxmap.yaml | 1 | 0.00 | 0 | 0 | 0.0 | 2025-07-10 | " \
           "no (12 months) |" in text
    assert "| Buying | strict/shop.cxmap.yaml | 1 | 0.00 | 0 | 0 | 0.0 | 2025-07-10 | " \
           "⚑ yes (6 months) |" in text
    assert "| Stale scoring | 1 of 2 |" in text
    assert "gives the stale-scoring rule (here: 6, 12, shown beside each map" in text
    assert cli("report", str(folder), "-o", str(out), "--lang", "pl", today=TODAY)[0] == 0
    text = out.read_text(encoding="utf-8")
    assert "| ⚑ tak (6 miesięcy) |" in text and "| nie (12 miesięcy) |" in text


# ----------------------------------------------------------------------------- views.sql
def journey_of(day: date, id: str = "shop") -> Journey:
    from cxmap.commands.load import load_bytes

    journey = load_bytes(MAP.format(id=id, title=id, day=day.isoformat()).encode(),
                         "m.yaml").journey
    assert journey is not None
    return journey


def test_views_sql_says_the_months_it_uses() -> None:
    default = views_sql(False)
    assert "(j.scored_on IS NULL OR j.scored_on + INTERVAL 12 MONTH < current_date) AS stale" \
        in default
    assert "cutoff used: 12 months" in default
    six = views_sql(False, [DatasetMap("r", "a.yaml", journey_of(EIGHT_AGO), 6),
                            DatasetMap("r", "b.yaml", journey_of(EIGHT_AGO, "b"), 6)])
    assert "(j.scored_on IS NULL OR j.scored_on + INTERVAL 6 MONTH < current_date) AS stale" \
        in six
    assert "WHERE scored_on IS NULL OR scored_on + INTERVAL 6 MONTH < current_date;" in six
    assert "cutoff used: 6 months" in six
    assert "365" not in six and "INTERVAL 12" not in six


def _run_views(out: Path) -> Any:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.execute(f"SET file_search_path = '{out}'")
    con.execute((out / "views.sql").read_text(encoding="utf-8"))
    return con


def test_dataset_stale_view_lists_the_map_by_the_configured_months(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    today = date.today()   # DuckDB's current_date
    folder = tmp_path / "maps"
    write_map(folder, add_months(today, -8))
    (folder / ".cxmap.toml").write_text(SIX, encoding="utf-8")
    out = tmp_path / "lake"
    code, _, err = cli("--lang", "en", "dataset", str(folder), "-o", str(out), "--repo", "cx")
    assert code == 0, err
    sql = (out / "views.sql").read_text(encoding="utf-8")
    assert "cutoff used: 6 months" in sql
    con = _run_views(out)
    assert con.execute("SELECT journey_id FROM stale_scorings").fetchall() == [("shop",)]
    assert con.execute("SELECT stale FROM journey_figures").fetchall() == [(True,)]

    # the rule's default: 12 months, not stale
    code, _, err = cli("--lang", "en", "dataset", str(folder), "-o", str(out), "--no-config")
    assert code == 0, err
    assert "cutoff used: 12 months" in (out / "views.sql").read_text(encoding="utf-8")
    con = _run_views(out)
    assert con.execute("SELECT count(*) FROM stale_scorings").fetchone() == (0,)
    assert con.execute("SELECT stale FROM journey_figures").fetchall() == [(False,)]


def test_dataset_of_maps_with_different_months_judges_each_by_its_own(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    day = add_months(date.today(), -8)
    folder = tmp_path / "maps"
    for team, months in (("a", 6), ("b", 6), ("c", None), ("d", 7)):
        write_map(folder / team, day, id=team)
        if months is not None:
            (folder / team / ".cxmap.toml").write_text(SIX.replace("6", str(months)),
                                                       encoding="utf-8")
    out = tmp_path / "lake"
    code, _, err = cli("--lang", "en", "dataset", str(folder), "-o", str(out), "--repo", "cx")
    assert code == 0, err
    sql = (out / "views.sql").read_text(encoding="utf-8")
    assert ("--                    before today; cutoff used: per map, as its configuration "
            "says: 7 months for 1 map, 12 months for 1 map, 6 months for the other 2 and any "
            "other map\n") in sql
    assert f"WHEN (repo = 'cx' AND path IN ('{folder}/d/d.cxmap.yaml')) THEN INTERVAL 7 MONTH" \
        in sql
    assert "ELSE INTERVAL 6 MONTH END" in sql
    con = _run_views(out)
    stale = {r[0]: r[1] for r in con.execute(
        "SELECT journey_id, stale FROM journey_figures").fetchall()}
    assert stale == {"a": True, "b": True, "c": False, "d": True}
    assert sorted(con.execute("SELECT journey_id FROM stale_scorings").fetchall()) == [
        ("a",), ("b",), ("d",)]


_EMPTY = ("(repo VARCHAR, path VARCHAR, journey_id VARCHAR, touchpoint_id VARCHAR, "
          "project_id VARCHAR, stage_id VARCHAR, name VARCHAR, title VARCHAR, owner VARCHAR, "
          "status VARCHAR, score INT, reach DOUBLE, moment_of_truth BOOLEAN, position INT, "
          "due DATE)")


def _lake(duckdb: Any, scored: list[date]) -> Any:
    """A connection whose table views (views made first are kept by views.sql)
    hold one journey per day in ``scored`` (its id the day) and nothing else."""
    con = duckdb.connect()
    con.execute("CREATE TABLE j (repo VARCHAR, path VARCHAR, journey_id VARCHAR, "
                "title VARCHAR, scored_on DATE)")
    con.executemany("INSERT INTO j VALUES ('r', ?, ?, 't', ?)",
                    [(f"{d}.yaml", str(d), d) for d in scored])
    con.execute("CREATE VIEW journeys AS SELECT * FROM j")
    con.execute(f"CREATE TABLE empty {_EMPTY}")
    for name in ("touchpoints", "projects", "stages", "project_touchpoints", "departments"):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM empty")
    return con


@pytest.mark.parametrize("months", [1, 6, 12])
def test_views_sql_agrees_with_is_stale_on_every_day_around_the_cutoff(
        months: int, tmp_path: Path) -> None:
    """One journey per day over 14 months before today, so the SQL's cutoff
    meets :func:`is_stale` at its edges, whatever day the test runs on."""
    duckdb = pytest.importorskip("duckdb")
    today = duckdb.connect().execute("SELECT current_date").fetchone()[0]
    days = [date.fromordinal(today.toordinal() - n) for n in range(0, 430)]
    con = _lake(duckdb, days)
    maps = [DatasetMap("r", f"{d}.yaml", journey_of(d), months) for d in days[:1]]
    con.execute(views_sql(False, maps))
    stale = {r[0] for r in con.execute("SELECT journey_id FROM stale_scorings").fetchall()}
    expected = {str(d) for d in days if is_stale(d, today, months)}
    assert stale == expected
    assert 0 < len(expected) < len(days)
    figures = {r[0] for r in con.execute(
        "SELECT journey_id FROM journey_figures WHERE stale").fetchall()}
    assert figures == expected


@pytest.mark.parametrize(("today", "scored_on", "stale"), [
    ("2026-02-28", date(2025, 8, 31), False), ("2026-03-01", date(2025, 8, 31), True),
    ("2024-02-29", date(2023, 8, 31), False), ("2024-03-01", date(2023, 8, 31), True),
    ("2025-10-14", date(2025, 4, 14), False), ("2025-10-15", date(2025, 4, 14), True),
])
def test_views_sql_counts_month_ends_as_the_rule_does(today: str, scored_on: date,
                                                       stale: bool) -> None:
    """DuckDB has no way to set current_date: the day is written into the
    generated SQL in its place, to check its month arithmetic at month ends."""
    duckdb = pytest.importorskip("duckdb")
    con = _lake(duckdb, [scored_on])
    sql = views_sql(False, [DatasetMap("r", "a.yaml", journey_of(scored_on), 6)])
    con.execute(sql.replace("current_date", f"DATE '{today}'"))
    assert con.execute("SELECT count(*) FROM stale_scorings").fetchone() == (int(stale),)
    assert is_stale(scored_on, date.fromisoformat(today), 6) is stale


def test_portfolio_deck_marks_it_stale_by_the_configured_months(six: Path,
                                                                tmp_path: Path) -> None:
    pptx = pytest.importorskip("pptx")

    def words(path: Path) -> str:
        out = []
        for slide in pptx.Presentation(str(path)).slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    out.append(shape.text_frame.text)
                if shape.has_table:
                    out.extend(c.text for row in shape.table.rows for c in row.cells)
        return "\n".join(out)

    out = tmp_path / "p.pptx"
    assert cli("report", str(six), "-o", str(out), "--lang", "en", today=TODAY)[0] == 0
    text = words(out)
    assert "2025-07-10 ⚑ yes" in text and "more than 6 months ago" in text
    assert cli("report", str(six), "-o", str(out), "--lang", "en", "--no-config",
               today=TODAY)[0] == 0
    text = words(out)
    assert "⚑ yes" not in text and "more than 12 months ago" in text


def test_report_of_one_map_refuses_a_missing_configuration(six: Path, tmp_path: Path) -> None:
    out = tmp_path / "one.md"
    code, _, err = cli("report", str(six / "shop.cxmap.yaml"), "-o", str(out), "--lang", "en",
                       "--config", str(tmp_path / "nope.toml"), today=TODAY)
    assert code == 2 and not out.exists()
    assert "nope.toml:1:1: the configuration file does not exist" in err
