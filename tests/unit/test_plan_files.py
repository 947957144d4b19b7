"""A plan as a file: exported and imported whole; a hostile file refused fast, in one line, storing nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kesu_desktop.base.translation import Translator
from kesu_desktop.plans import editing, entries
from kesu_desktop.plans.files import PlanFileError, export_plan, import_plan, plan_document
from kesu_desktop.reference.data import ReferenceData, read_reference
from kesu_desktop.store.database import Store
from tests.county_files import county_store

SEEDED = "XF-2021-2025"


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    yield store, reference
    store.close()


def seeded_file(county: tuple[Store, ReferenceData], path: Path, **changes: object) -> dict:
    store, _reference = county
    with store.reading() as session:
        document = plan_document(session, SEEDED)
    document["plan"].update(changes)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return document


def test_a_plan_round_trips_with_its_targets_and_shares_but_not_its_entries(county, tmp_path):
    store, reference = county
    with store.transaction() as session:
        entries.set_share(session, reference, SEEDED, "volunteers", "141023101", "300")
        entries.add_entry(
            session,
            reference,
            SEEDED,
            "literacy_rate",
            value="15",
            as_of=date(2025, 12, 31),
            source="调查",
            actor="李明",
        )
        written = export_plan(session, SEEDED, tmp_path / "plan.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert (document["format"], document["format_version"], len(document["targets"])) == ("kesu-plan", 1, 14)
    document["plan"]["code"] = "COPY"
    (tmp_path / "copy.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with store.transaction() as session:
        imported = import_plan(session, reference, tmp_path / "copy.json")
        original = next(p for p in read_reference(session).plans if p.code == SEEDED)
        assert imported.targets == original.targets
        assert entries.list_shares(session, "COPY", "volunteers")[0].figure == 300
        assert entries.list_entries(session, "COPY", "literacy_rate") == []
        assert plan_document(session, "COPY")["targets"] == document["targets"]


def test_an_existing_plan_is_replaced_only_when_asked_and_its_entries_are_kept(county, tmp_path):
    store, reference = county
    path = tmp_path / "plan.json"
    document = seeded_file(county, path, name="改过的名称")
    with store.transaction() as session:
        entries.add_entry(
            session,
            reference,
            SEEDED,
            "literacy_rate",
            value="15",
            as_of=date(2025, 12, 31),
            source="调查",
            actor="李明",
        )
    with store.transaction() as session, pytest.raises(PlanFileError, match="already a plan") as refused:
        import_plan(session, reference, path)
    assert "--replace" not in refused.value.template  # the app asks whether to replace; it names no flag
    assert "--replace" in refused.value.cli_template
    document["targets"] = [t for t in document["targets"] if t["code"] != "literacy_rate"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with store.transaction() as session, pytest.raises(PlanFileError, match="literacy_rate"):
        import_plan(session, reference, path, replace=True)
    document = seeded_file(county, path, name="改过的名称")
    document["targets"][1]["figure"] = 12000
    document["targets"] = document["targets"][:3]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with store.transaction() as session:
        plan = import_plan(session, reference, path, replace=True)
        assert plan.name == "改过的名称" and [t.figure for t in plan.targets] == [14.5, 12000, 10]
        assert len(entries.list_entries(session, SEEDED, "literacy_rate")) == 1


def _deep(path: Path) -> None:
    path.write_text('{"format": "kesu-plan", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")


def _edit(**changes: object):
    def write(path: Path, document: dict) -> None:
        target = document["targets"][1]
        for key, value in changes.items():
            if key.startswith("plan."):
                document["plan"][key[5:]] = value
            else:
                target[key] = value
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    return write


HOSTILE = {
    "too big": (lambda path, _doc: path.write_bytes(b" " * 1_000_001), "more than a plan file can be"),
    "not JSON": (lambda path, _doc: path.write_bytes(b"\x89PNG\r\n\x1a\n..."), "not readable JSON"),
    "deep nesting": (lambda path, _doc: _deep(path), "nested deeper"),
    "another format": (lambda path, _doc: path.write_text('{"format": "kesu-monthly-return"}'), "not a KeSu plan"),
    "a figure as text": (_edit(figure="many"), "targets[1].figure should be a number"),
    "a year as text": (_edit(**{"plan.start_year": "2021"}), "plan.start_year should be a whole number"),
    "an unknown field": (_edit(colour="red"), "targets[1].colour is not part of a plan file"),
    "an unknown measure code": (
        _edit(measure={"records": "trainings", "figure": "trainees", "kinds": ["astronaut"]}),
        "astronaut",
    ),
    "a kind unknown": (_edit(kind="weekly"), "kind weekly is not known"),
    "a negative figure": (_edit(figure=-5), "above 0"),
    "years backwards": (_edit(**{"plan.end_year": 2019}), "comes before its first year"),
    "a share for no unit": (_edit(shares=[{"unit": "999", "figure": 3}]), "no reporting unit 999"),
    "NaN": (lambda path, _doc: path.write_text('{"format": "kesu-plan", "format_version": NaN}'), "not a number"),
    "a key twice": (lambda path, _doc: path.write_text('{"format": "kesu-plan", "format": 1}'), "written twice"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_file_is_refused_fast_in_one_line_and_nothing_is_stored(county, tmp_path, case):
    store, reference = county
    path = tmp_path / "plan.json"
    document = seeded_file(county, path, code="HOSTILE")
    write, expected = HOSTILE[case]
    write(path, document)
    started = time.perf_counter()
    with store.transaction() as session, pytest.raises(PlanFileError) as caught:
        import_plan(session, reference, path)
    assert time.perf_counter() - started < 1
    message = Translator("en").render(caught.value)
    assert expected in message and message.startswith("Plan file plan.json") and len(message.splitlines()) == 1, message
    with store.reading() as session:
        assert "HOSTILE" not in {p.code for p in editing.list_plans(session)}
