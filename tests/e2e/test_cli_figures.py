"""The ``figures`` commands: a month's period-end figures, set and shown headless, three states kept apart."""

from __future__ import annotations

import json

from tests.e2e.test_cli import init, run


def test_set_and_show_keep_number_na_and_not_filled_in_apart(capsys, tmp_path):
    assert init(capsys, tmp_path)[0] == 0
    code, _out, _err = run(
        capsys,
        "--data-dir",
        tmp_path,
        "figures",
        "set",
        "--period",
        "2025-03",
        "tech_volunteers=１２０人",
        "edu_bases_province=na",
        "schools=0",
    )
    assert code == 0
    code, out, _err = run(capsys, "--data-dir", tmp_path, "figures", "show", "--period", "2025-03", "--json")
    figures = json.loads(out)
    assert figures["tech_volunteers"] == "120"
    assert figures["edu_bases_province"] == "na"
    assert figures["schools"] == "0"
    assert figures["info_officers"] is None
    run(capsys, "--data-dir", tmp_path, "figures", "set", "--period", "2025-03", "schools=")
    code, out, _err = run(capsys, "--data-dir", tmp_path, "figures", "show", "--period", "2025-03", "--json")
    assert json.loads(out)["schools"] is None


def test_bad_values_are_refused_and_nothing_is_stored(capsys, tmp_path):
    init(capsys, tmp_path)
    for bad in ("schools=nine", "schools", "no_such_indicator=3", "schools=-1"):
        code, _out, err = run(
            capsys, "--data-dir", tmp_path, "figures", "set", "--period", "2025-03", "info_officers=5", bad
        )
        assert code == 1 and len(err.strip().splitlines()) == 1, (bad, err)
    _code, out, _err = run(capsys, "--data-dir", tmp_path, "figures", "show", "--period", "2025-03", "--json")
    assert json.loads(out)["info_officers"] is None
    code, _out, _err = run(capsys, "--data-dir", tmp_path, "figures", "show", "--period", "2025-13")
    assert code == 1


def test_an_earlier_months_figures_are_shown_as_suggestions_and_stored_with_carry_over(capsys, tmp_path):
    init(capsys, tmp_path)
    assert (
        run(capsys, "--data-dir", tmp_path, "figures", "set", "--period", "2025-02", "schools=9", "info_officers=na")[0]
        == 0
    )
    code, out, _err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "figures", "show", "--period", "2025-03")
    assert code == 0
    assert "schools  Primary and secondary schools: not filled in (9 in 2025-02; store it with --carry-over)" in out
    code, out, _err = run(capsys, "--data-dir", tmp_path, "figures", "show", "--period", "2025-03", "--json")
    assert json.loads(out)["schools"] is None  # shown, not stored
    code, _out, err = run(
        capsys, "--data-dir", tmp_path, "figures", "set", "--period", "2025-03", "--carry-over", "schools=10"
    )
    assert (code, err) == (0, "")
    code, out, _err = run(capsys, "--data-dir", tmp_path, "figures", "show", "--period", "2025-03", "--json")
    stored = json.loads(out)
    assert (stored["schools"], stored["info_officers"], stored["tech_volunteers"]) == ("10", "na", None)


def test_set_needs_a_value_or_carry_over(capsys, tmp_path):
    init(capsys, tmp_path)
    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "figures", "set", "--period", "2025-03")
    assert (code, out) == (1, "")
    assert err.strip() == "Error: Figures: give at least one CODE=VALUE, or --carry-over."
