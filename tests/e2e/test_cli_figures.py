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
