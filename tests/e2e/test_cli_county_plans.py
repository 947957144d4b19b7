"""The ``county targets``, ``plans``, ``entries`` and ``shares`` commands, end to end."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli import run


def county(capsys, folder: Path) -> None:
    code, _out, err = run(
        capsys, "--data-dir", folder, "init", "--role", "county", "--unit", "141023000", "--clerk", "李明"
    )
    assert code == 0, err


def test_targets_as_json_for_the_ended_plan_with_an_entered_survey(capsys, tmp_path):
    county(capsys, tmp_path)
    code, out, err = run(
        capsys,
        "--data-dir",
        tmp_path,
        "county",
        "entries",
        "add",
        "XF-2021-2025",
        "literacy_rate",
        "--value",
        "15.2",
        "--as-of",
        "2025-12-31",
        "--source",
        "2025年公民科学素质抽样调查",
    )
    assert code == 0, err
    run(capsys, "--data-dir", tmp_path, "county", "shares", "set", "XF-2021-2025", "volunteers", "新城镇", "300")
    code, out, err = run(capsys, "--data-dir", tmp_path, "county", "targets", "--at", "2026-12", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["plan"]["code"] == "XF-2021-2025" and document["plan"]["covers_at"] is False
    assert document["at"] == "2026-12" and document["note"]
    literacy = document["targets"][0]
    assert set(literacy) >= {
        "code", "name", "kind", "comparison", "figure", "unit", "actual", "percent", "expected", "forecast",
        "status", "units", "source", "as_of",
    }  # fmt: skip
    assert (literacy["actual"], literacy["figure"], literacy["status"]) == (15.2, 14.5, "met")
    assert (literacy["source"], literacy["as_of"]) == ("2025年公民科学素质抽样调查", "2025-12-31")
    volunteers = next(t for t in document["targets"] if t["code"] == "volunteers")
    assert volunteers["status"] == "no_data"
    assert volunteers["units"] == [
        {"unit": "141023101", "name": "新城镇", "actual": None, "share": 300, "percent": None}
    ]
    code, out, _err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "county", "targets", "--at", "2026-12")
    assert code == 0 and "No plan covers 2026-12" in out and "Citizens with science literacy" in out
    code, out, _err = run(capsys, "--data-dir", tmp_path, "county", "targets", "--at", "2019-03", "--json")
    assert json.loads(out)["plan"] is None and json.loads(out)["reason"] == "no_plan"


def test_export_import_copy_and_retire_through_the_command_line(capsys, tmp_path):
    folder, other = tmp_path / "county", tmp_path / "other"
    county(capsys, folder)
    county(capsys, other)
    plan_file = tmp_path / "plan.json"
    code, out, err = run(
        capsys, "--data-dir", folder, "county", "plans", "copy", "XF-2021-2025", "XF-2026-2030", "--years", "2026-2030"
    )
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", folder, "county", "plans", "export", "XF-2026-2030", "--out", plan_file)
    assert code == 0 and Path(out.strip()) == plan_file, err
    code, out, err = run(capsys, "--data-dir", other, "county", "plans", "import", plan_file)
    assert code == 0, err
    _code, out, _err = run(capsys, "--data-dir", other, "county", "plans", "list", "--json")
    plans = {p["code"]: p for p in json.loads(out)}
    assert plans["XF-2026-2030"]["start_year"] == 2026 and plans["XF-2026-2030"]["targets"] == 14
    code, _out, err = run(capsys, "--data-dir", other, "county", "plans", "import", plan_file)
    assert code == 1 and "--replace" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "--data-dir", other, "county", "plans", "import", plan_file, "--replace")[0] == 0
    _code, out, _err = run(capsys, "--data-dir", other, "county", "targets", "--at", "2026-12", "--json")
    assert json.loads(out)["plan"]["code"] == "XF-2026-2030"
    assert run(capsys, "--data-dir", other, "county", "plans", "retire", "XF-2026-2030")[0] == 0
    _code, out, _err = run(capsys, "--data-dir", other, "county", "targets", "--at", "2026-12", "--json")
    assert json.loads(out)["plan"]["code"] == "XF-2021-2025"
    plan_file.write_text("{not json", encoding="utf-8")
    code, _out, err = run(capsys, "--data-dir", other, "county", "plans", "import", plan_file)
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, out, _err = run(capsys, "--data-dir", other, "county", "plans", "show", "XF-2021-2025")
    assert code == 0 and "高素质农民培育" in out
