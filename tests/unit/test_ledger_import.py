"""Bringing a ledger into a unit's store (issue 15): every row planned with the statuses of its reading, nothing
stored while a row needs fixing or an approximate figure is unconfirmed, then all at once with the ledger's
file, sheet and row in each record's history; duplicates of stored records, reported months, the clerk's
choices from a mapping file or saved for the next ledger of the same shape, and typed fixes."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models
from kesu_desktop.ledgers.choices import LedgerMappingError, read_mapping_file
from kesu_desktop.ledgers.importer import (
    REFUSED_APPROXIMATE,
    REFUSED_NEEDS_FIXING,
    LedgerOptions,
    import_ledger,
)
from kesu_desktop.ledgers.rows import APPROXIMATE, DUPLICATE, NEEDS_FIXING, READY
from kesu_desktop.records.locks import PeriodLockedError
from kesu_desktop.records.origins import ORIGIN_FIELD
from kesu_desktop.records.types import ActivityInput
from tests.conftest import UNIT_CODE

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "ledgers"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
GUCHENG = SAMPLES / "gucheng-2022.xlsx"
TODAY = date(2026, 12, 1)
BOTH = LedgerOptions(skip_flagged=True, accept_approximate=True)


def _import(store, reference, path=GUCHENG, options=BOTH, **kwargs):
    with store.transaction() as session:
        return import_ledger(path, session, reference, UNIT_CODE, "王晓燕", options, TODAY, **kwargs)


def _counts(store) -> tuple[int, int]:
    with store.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(models.Activity)),
            session.scalar(select(func.count()).select_from(models.Training)),
        )


def _status(result, sheet: str, row: int) -> str:
    return next(r.status for r in result.plan.rows if r.sheet == sheet and r.row == row)


@pytest.mark.parametrize("file", list(EXPECTED["files"]))
def test_a_dry_run_gives_every_row_the_status_of_its_reading(unit_store, reference, file):
    result = _import(unit_store, reference, SAMPLES / file, LedgerOptions(dry_run=True))

    expected = {
        (sheet, int(row)): about["status"]
        for sheet, sheet_about in EXPECTED["files"][file]["sheets"].items()
        for row, about in sheet_about["rows"].items()
    }
    assert {(row.sheet, row.row): row.status for row in result.plan.rows} == expected
    assert _counts(unit_store) == (0, 0)


def test_nothing_is_stored_while_a_row_needs_fixing(unit_store, reference):
    result = _import(unit_store, reference, options=LedgerOptions(accept_approximate=True))

    assert result.refused == REFUSED_NEEDS_FIXING
    assert result.stored == ()
    assert _counts(unit_store) == (0, 0)


def test_nothing_is_stored_while_an_approximate_figure_is_unconfirmed_even_leaving_out_the_flagged_rows(
    unit_store, reference
):
    result = _import(unit_store, reference, options=LedgerOptions(skip_flagged=True))

    assert result.refused == REFUSED_APPROXIMATE
    assert _counts(unit_store) == (0, 0)


def test_a_clean_ledger_is_stored_without_any_flag(unit_store, reference):
    result = _import(unit_store, reference, SAMPLES / "shiyan-zone-2024.xlsx", LedgerOptions())

    assert result.refused is None
    assert len(result.stored) == 11
    assert _counts(unit_store) == (11, 0)


def test_the_ready_and_approximate_rows_are_stored_with_the_ledgers_place_in_their_history(unit_store, reference):
    result = _import(unit_store, reference)

    plan = result.plan
    assert len(result.stored) == plan.count(READY) + plan.count(APPROXIMATE) == 27
    assert _counts(unit_store) == (19, 8)
    with unit_store.reading() as session:
        origins = session.scalars(
            select(models.ChangeLog.new_value).where(
                models.ChangeLog.action == "create", models.ChangeLog.field == ORIGIN_FIELD
            )
        ).all()
        lecture = session.scalars(select(models.Activity).where(models.Activity.title == "冬春农业科技讲座")).one()
    places = {(origin["ledger"], origin["sheet"], origin["row"]) for origin in map(json.loads, origins)}
    assert places == {("gucheng-2022.xlsx", row.sheet, row.row) for row in result.stored}
    assert (lecture.start_date, lecture.form_code, lecture.participants) == (date(2022, 2, 16), "lecture", 85)


def test_an_approximate_figure_is_stored_as_written_and_noted_in_the_ledgers_words(unit_store, reference):
    _import(unit_store, reference)

    with unit_store.reading() as session:
        approximate = session.scalars(select(models.Activity).where(models.Activity.participants == 300)).one()
        training = session.scalars(select(models.Training).where(models.Training.trainees == 60)).one()
    assert "台账“参与人次（人）”记为“约300人”，按300计" in approximate.notes
    assert "台账“培训人数”记为“约60人”，按60计" in training.notes
    assert training.sessions == 1


def test_a_ledger_figure_the_app_has_no_field_for_is_kept_in_the_notes(unit_store, reference):
    _import(unit_store, reference)

    with unit_store.reading() as session:
        first = session.scalars(select(models.Activity).where(models.Activity.title == "新春科普进万家文艺汇演")).one()
    assert first.notes == "与镇文化站联合开展；台账“活动类型”：文艺演出；台账“脱贫户”：12"
    assert first.form_code == "other"


def test_the_xls_of_a_ledger_stored_from_its_xlsx_adds_nothing(unit_store, reference):
    _import(unit_store, reference)

    again = _import(unit_store, reference, SAMPLES / "gucheng-2022.xls")

    assert again.stored == ()
    assert again.plan.count(DUPLICATE) == 28
    assert again.plan.count(READY) == again.plan.count(APPROXIMATE) == 0
    assert _counts(unit_store) == (19, 8)


def test_a_row_in_a_reported_month_needs_fixing(unit_store, reference):
    with unit_store.transaction() as session:
        session.add(
            models.ReturnVersion(
                unit_code=UNIT_CODE,
                period="2022-02",
                version=1,
                exported_at=datetime(2022, 3, 2),
                exported_by="王晓燕",
                fingerprint="0" * 40,
                payload="{}",
            )
        )

    result = _import(unit_store, reference, options=LedgerOptions(dry_run=True))

    row = next(r for r in result.plan.rows if r.sheet == "活动登记" and r.row == 6)  # 2022-02-16
    assert row.status == NEEDS_FIXING
    assert any(isinstance(reason, PeriodLockedError) and reason.period == "2022-02" for reason in row.reasons)


def test_a_date_after_today_is_refused_as_the_editor_refuses_it(unit_store, reference):
    with unit_store.transaction() as session:
        result = import_ledger(
            GUCHENG, session, reference, UNIT_CODE, "王晓燕", LedgerOptions(dry_run=True), date(2022, 3, 1)
        )

    row = next(r for r in result.plan.rows if r.sheet == "活动登记" and r.row == 12)  # 2022-04-…
    assert row.status == NEEDS_FIXING
    assert row.record is None


def test_a_typed_fix_is_read_like_the_cell(unit_store, reference):
    fixes = {("活动登记", 7): {"C": "2022年2月28日"}, ("活动登记", 15): {"G": "45"}}

    result = _import(unit_store, reference, options=LedgerOptions(dry_run=True, fixes=fixes))

    assert _status(result, "活动登记", 7) == READY
    assert _status(result, "活动登记", 15) == READY
    fixed = next(r for r in result.plan.rows if r.sheet == "活动登记" and r.row == 7)
    assert isinstance(fixed.record, ActivityInput)
    assert fixed.record.start_date == date(2022, 2, 28)


def _mapping(tmp_path: Path, *entries: dict[str, object]) -> Path:
    path = tmp_path / "mapping.json"
    path.write_text(
        json.dumps({"format": "kesu-ledger-mapping", "version": 1, "sheets": list(entries)}, ensure_ascii=False),
        encoding="utf-8",
    )
    return path


def test_a_mapping_file_chooses_forms_groups_and_the_training_kind(unit_store, reference, tmp_path):
    path = _mapping(
        tmp_path,
        {"sheet": "活动登记", "forms": {"现场指导": "outreach"}, "target_groups": ["farmers", "elderly"]},
        {"sheet": "农民培训", "kind": "training", "training_kind": "rural_practical"},
    )
    mapping = read_mapping_file(path, reference)

    _import(unit_store, reference, options=LedgerOptions(mapping=mapping, skip_flagged=True, accept_approximate=True))

    with unit_store.reading() as session:
        guided = session.scalars(select(models.Activity).where(models.Activity.notes.like("%现场指导%"))).all()
        groups = set(session.scalars(select(models.ActivityTargetGroup.target_group_code)))
        kinds = set(session.scalars(select(models.Training.kind_code)))
        training_groups = set(session.scalars(select(models.Training.target_group_code)))
    assert [activity.form_code for activity in guided] == ["outreach", "outreach"]
    assert groups == {"farmers", "elderly"}
    assert (kinds, training_groups) == ({"rural_practical"}, {"farmers"})


def test_the_choices_are_offered_again_for_the_next_ledger_of_the_same_shape(unit_store, reference, tmp_path):
    mapping = read_mapping_file(
        _mapping(tmp_path, {"sheet": "农民培训", "training_kind": "rural_ecommerce"}), reference
    )
    _import(unit_store, reference, options=LedgerOptions(mapping=mapping, skip_flagged=True, accept_approximate=True))

    again = _import(unit_store, reference, SAMPLES / "gucheng-2022.xls", LedgerOptions(dry_run=True))

    training = next(sheet for sheet in again.plan.sheets if sheet.name == "农民培训")
    assert training.choices is not None
    assert (training.choices.training_kind, training.choices.target_group) == ("rural_ecommerce", "farmers")
    assert training.choices.year == 2022


@pytest.mark.parametrize(
    ("entry", "named"),
    [
        ({"sheet": "活动登记", "columns": {"B": "titel"}}, "titel"),
        ({"sheet": "活动登记", "forms": {"讲座": "lectures"}}, "lectures"),
        ({"sheet": "活动登记", "target_groups": ["aliens"]}, "aliens"),
        ({"sheet": "活动登记", "columns": {"b1": "title"}}, "b1"),
        ({"sheet": "活动登记", "colums": {}}, "colums"),
        ({"forms": {}}, "sheet"),
        ({"sheet": "活动登记", "header_rows": [0]}, "header_rows"),
    ],
)
def test_a_mapping_file_that_cannot_be_used_is_refused_naming_the_key(reference, tmp_path, entry, named):
    with pytest.raises(LedgerMappingError) as refused:
        read_mapping_file(_mapping(tmp_path, entry), reference)

    assert named in str(refused.value)


def test_a_mapping_file_that_is_no_json_is_refused(reference, tmp_path):
    path = tmp_path / "mapping.json"
    path.write_text("{not json", encoding="utf-8")

    with pytest.raises(LedgerMappingError):
        read_mapping_file(path, reference)


def test_a_sheet_whose_title_column_is_not_chosen_needs_every_title(unit_store, reference, tmp_path):
    entry = {"sheet": "活动登记", "columns": {"C": "date", "G": "participants"}}
    mapping = read_mapping_file(_mapping(tmp_path, entry), reference)

    result = _import(unit_store, reference, options=LedgerOptions(mapping=mapping, dry_run=True))

    rows = [row for row in result.plan.rows if row.sheet == "活动登记" and row.status == NEEDS_FIXING]
    assert _status(result, "活动登记", 5) == NEEDS_FIXING
    assert all(any("empty" in reason.template for reason in row.reasons) for row in rows)
