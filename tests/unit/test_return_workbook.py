"""The return workbook: every figure read back is the form's, the form's totals are the records' sums, user text
stays text (never a formula, no control characters), the signed manifest verifies and any change to a visible
figure or to the hidden data is found, a file that is not a return is refused, and the pages are print-ready.

Workbooks are opened with openpyxl as the county's tools would, and changed the way a clerk in Excel would.
"""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from kesu_desktop.base.errors import ReturnFormatError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import WriteError, leftover_temporaries
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.figures import NOT_APPLICABLE
from kesu_desktop.records.service import add_activity, add_training
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period, month_period, parse_period
from kesu_desktop.returns.assemble import build_return_form
from kesu_desktop.returns.form import ReturnForm, cell_text
from kesu_desktop.returns.manifest import ReturnIdentity, SignedManifest, signed_manifest
from kesu_desktop.returns.workbook.layout import ACTIVITY_LEDGER, MANIFEST_SHEET, SUMMARY_SHEET, TRAINING_LEDGER
from kesu_desktop.returns.workbook.manifest import MARKER, PIECE_LENGTH, pieces
from kesu_desktop.returns.workbook.reader import (
    SIGNATURE_BROKEN,
    WRONG_CODE,
    WRONG_FIGURE,
    WRONG_HEADER,
    Problem,
    ReturnFile,
    Unreadable,
    read_return_workbook,
    verify_return_workbook,
)
from kesu_desktop.returns.workbook.writer import write_return_workbook
from kesu_desktop.spreadsheet.cells import clean_text
from kesu_desktop.spreadsheet.layout import ACTIVITY_LAYOUT, TRAINING_LAYOUT
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, require_installation, save_installation, signing_key
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.county_files import forged, header_cell

TODAY = date(2025, 6, 18)
MAY = month_period(2025, 5)
ZH = Translator("zh_CN")
FORMULA_LIKE = ("=SUM(A1)", "+1", "-1", "@x", "=cmd|' /C calc'!A0", "#N/A")


@dataclass(frozen=True)
class Written:
    path: Path
    form: ReturnForm
    manifest: SignedManifest
    reference: ReferenceData


def make_return(store: Store, reference: ReferenceData, period: Period, folder: Path) -> Written:
    with store.transaction() as session:
        installation = require_installation(session)
        form = build_return_form(session, reference, installation, period, ZH, filled_on=date(2025, 6, 3))
        key = signing_key(session)
    identity = ReturnIdentity(uuid.uuid4(), 1, False, datetime(2025, 6, 3, 9, 30), installation.installation_id)
    manifest = signed_manifest(form, identity, key)
    path = write_return_workbook(folder / f"return-{period.code}.xlsx", form, manifest, reference=reference)
    return Written(path, form, manifest, reference)


@pytest.fixture
def demo(store_and_reference: tuple[Store, ReferenceData], tmp_path: Path) -> Written:
    """May 2025 of a demo folder (新城镇, three months of generated records) as a workbook."""
    store, reference = store_and_reference
    with store.transaction() as session:
        fill_demo(session, reference, months=3, seed=1, today=TODAY)
    return make_return(store, reference, MAY, tmp_path)


def assert_matches_form(returned: ReturnFile, form: ReturnForm) -> None:
    """Every table cell and row code read back from the summary sheet is the form's."""
    assert len(returned.tables) == len(form.tables)
    for table, visible in zip(form.tables, returned.tables, strict=True):
        assert visible.number == table.number
        assert [row.code for row in visible.rows] == [row.code for row in table.rows]
        for row, visible_row in zip(table.rows, visible.rows, strict=True):
            assert tuple(cell.value for cell in visible_row.cells) == row.cells, (table.number, row.code)


def ledger_rows(path: Path, sheet: str) -> list[dict[str, object]]:
    """The detail sheet's records as heading → value (the headings stand in row 3)."""
    workbook = load_workbook(path)
    rows = list(workbook[sheet].iter_rows(min_row=3, values_only=True))
    headings = [str(text) for text in rows[0]]
    return [dict(zip(headings, row, strict=True)) for row in rows[1:] if isinstance(row[0], int)]


# --- the workbook read back is the form ------------------------------------------------------------------------


def test_the_workbook_read_back_shows_every_figure_of_the_form(demo: Written):
    returned = read_return_workbook(demo.path)
    assert returned.manifest == demo.manifest
    assert_matches_form(returned, demo.form)
    assert any(row.is_total and row.cells[0] for row in demo.form.tables[0].rows)  # not an empty month


def test_the_detail_sheets_list_every_record_with_names_real_dates_and_numbers(demo: Written):
    activities = ledger_rows(demo.path, ACTIVITY_LEDGER)
    trainings = ledger_rows(demo.path, TRAINING_LEDGER)
    assert [row["记录编号"] for row in activities] == [str(a.meta.id) for a in demo.form.activities]
    assert [row["记录编号"] for row in trainings] == [str(t.meta.id) for t in demo.form.trainings]
    forms = {item.code: item.name_zh for item in demo.reference.activity_forms}
    kinds = {item.code: item.name_zh for item in demo.reference.training_kinds}
    for row, activity in zip(activities, demo.form.activities, strict=True):
        assert row["活动名称"] == activity.data.title
        assert row["活动形式"] == forms[activity.data.form_code]
        assert row["开始日期"] == datetime.combine(activity.data.start_date, datetime.min.time())
        assert row["参与人次"] == activity.data.participants
    for row, training in zip(trainings, demo.form.trainings, strict=True):
        assert row["培训类别"] == kinds[training.data.kind_code]
        assert row["培训人次"] == training.data.trainees
        assert row["学时"] == (float(training.data.hours) if training.data.hours is not None else cell_text(None, ZH))


def test_figures_are_numbers_and_dashes_and_not_filled_in_are_text(unit_store: Store, reference, tmp_path: Path):
    # A store set up for real use with no figures entered: every period-end figure is 未填.
    written = make_return(unit_store, reference, MAY, tmp_path)
    returned = read_return_workbook(written.path)
    sheet = load_workbook(written.path)[SUMMARY_SHEET]
    total = returned.tables[0].rows[0].cells[0]
    assert sheet[total.coordinate].value == 0
    assert sheet[total.coordinate].number_format == "0"  # plain digits, as on the PDF
    stock = returned.tables[3].rows[0].cells[0]
    assert sheet[stock.coordinate].value == cell_text(None, ZH)
    assert sheet[stock.coordinate].data_type == "s"
    assert stock.value is None
    assert verify_return_workbook(written.path).ok
    workbook = load_workbook(written.path)
    for name in (ACTIVITY_LEDGER, TRAINING_LEDGER):
        assert workbook[name]["A4"].value == "本期无记录"


def test_a_dash_for_not_applicable_reads_back_as_not_applicable(demo: Written):
    stock = demo.form.tables[3]
    dashes = [(row.code, i) for row in stock.rows for i, cell in enumerate(row.cells) if cell == NOT_APPLICABLE]
    assert dashes, "the demo marks a figure not applicable"
    figures = read_return_workbook(demo.path).figures()
    for code, index in dashes:
        assert figures[(stock.number, code)][index] == NOT_APPLICABLE


@given(data=st.data())
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_workbook_matches_the_form_and_the_forms_totals_are_the_records_sums(data: st.DataObject):
    with tempfile.TemporaryDirectory() as folder:
        store, reference = prepare_store(DataDir(Path(folder) / "data"))
        try:
            forms = [item.code for item in reference.activity_forms]
            groups = [item.code for item in reference.target_groups]
            kinds = [item.code for item in reference.training_kinds]
            activities = data.draw(
                st.lists(
                    st.builds(
                        lambda title, day, form, chosen, people, women: ActivityInput(
                            title=title,
                            start_date=day,
                            end_date=day,
                            form_code=form,
                            target_group_codes=tuple(chosen),
                            participants=people,
                            women=min(women, people) if women is not None else None,
                        ),
                        st.text(min_size=1, max_size=30).filter(lambda text: text.split()),
                        st.dates(date(2025, 5, 1), date(2025, 5, 31)),
                        st.sampled_from([item.code for item in reference.choosable_activity_forms()]),
                        st.lists(st.sampled_from(groups), min_size=1, max_size=3, unique=True),
                        st.integers(0, 5000),
                        st.none() | st.integers(0, 5000),
                    ),
                    max_size=6,
                )
            )
            trainings = data.draw(
                st.lists(
                    st.builds(
                        lambda title, day, kind, group, sessions, trainees, parts, hours: TrainingInput(
                            title=title,
                            start_date=day,
                            end_date=day,
                            kind_code=kind,
                            target_group_code=group,
                            sessions=sessions,
                            trainees=trainees,
                            women=None if parts[0] is None else min(parts[0], trainees),
                            low_income=None if parts[1] is None else min(parts[1], trainees),
                            certified=None if parts[2] is None else min(parts[2], trainees),
                            hours=hours,
                        ),
                        st.text(min_size=1, max_size=30).filter(lambda text: text.split()),
                        st.dates(date(2025, 5, 1), date(2025, 5, 31)),
                        st.sampled_from(kinds),
                        st.sampled_from(groups),
                        st.integers(0, 20),
                        st.integers(0, 2000),
                        st.tuples(*[st.none() | st.integers(0, 2000)] * 3),
                        st.none() | st.decimals(0, 200, places=1),
                    ),
                    max_size=5,
                )
            )
            with store.transaction() as session:
                setup = Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕")
                save_installation(session, setup, reference)
                for activity in activities:
                    add_activity(session, UNIT_CODE, activity, reference, actor="test")
                for training in trainings:
                    add_training(session, UNIT_CODE, training, reference, actor="test")
            written = make_return(store, reference, MAY, Path(folder))
        finally:
            store.close()
        returned = read_return_workbook(written.path)
        assert_matches_form(returned, written.form)
        assert verify_return_workbook(written.path).ok

        figures = returned.figures()
        table_1, table_3 = (written.form.tables[i].number for i in (0, 2))
        total = figures[(table_1, "01")]
        assert total[:3] == (
            len(activities),
            sum(a.participants or 0 for a in activities),
            sum(a.women or 0 for a in activities),
        )
        for index, group in enumerate(groups):
            mine = [a for a in activities if a.target_group_codes[0] == group]
            assert total[3 + 2 * index : 5 + 2 * index] == (len(mine), sum(a.participants or 0 for a in mine))
        for index, form in enumerate(forms):
            mine = [a for a in activities if a.form_code == form]
            assert figures[(table_1, f"{index + 2:02d}")][:2] == (len(mine), sum(a.participants or 0 for a in mine))
        for index, kind in enumerate(["", *kinds]):
            mine = [t for t in trainings if t.kind_code == kind or not kind]
            expected = tuple(
                sum(getattr(t, name) or 0 for t in mine)
                for name in ("sessions", "trainees", "women", "low_income", "certified")
            )
            assert figures[(table_3, f"{index + 1:02d}")] == expected
        titles = [str(row["活动名称"] or "") for row in ledger_rows(written.path, ACTIVITY_LEDGER)]
        stored = [activity.data.title for activity in written.form.activities]  # as validation folded them
        assert len(stored) == len(activities)
        assert sorted(titles) == sorted(clean_text(title, multiline=False) for title in stored)


# --- user text is text -----------------------------------------------------------------------------------------


@pytest.fixture
def tricky(store_and_reference: tuple[Store, ReferenceData], tmp_path: Path) -> Written:
    """A unit whose clerk, reviewer and head, and whose records' titles and venues, look like formulas or hold
    control characters."""
    store, reference = store_and_reference
    with store.transaction() as session:
        setup = Setup(
            role="unit",
            unit_code=UNIT_CODE,
            clerk_name="=cmd|' /C calc'!A0",
            reviewer_name="+1",
            responsible_name="@x",
            clerk_phone="0357-3521234",
        )
        save_installation(session, setup, reference)
        for number, title in enumerate(FORMULA_LIKE, start=1):
            day = date(2025, 5, number)
            activity = ActivityInput(
                title=title,
                start_date=day,
                end_date=day,
                form_code="lecture",
                target_group_codes=("farmers",),
                venue="-2+3",
                participants=10,
            )
            add_activity(session, UNIT_CODE, activity, reference, actor="test")
        control = ActivityInput(
            title="科普\x01讲座\x02（襄陵村）\x7f",
            start_date=date(2025, 5, 20),
            end_date=date(2025, 5, 20),
            form_code="lecture",
            target_group_codes=("elderly",),
            venue="文化\x07广场",
            participants=30,
            notes="第一行\x00\n第二行\x1b",
        )
        add_activity(session, UNIT_CODE, control, reference, actor="test")
        training = TrainingInput(
            title='=HYPERLINK("http://x","点我")',
            start_date=date(2025, 5, 8),
            end_date=date(2025, 5, 8),
            kind_code="rural_practical",
            target_group_code="farmers",
            organisation="@SUM(1)",
            sessions=1,
            trainees=20,
        )
        add_training(session, UNIT_CODE, training, reference, actor="test")
    return make_return(store, reference, MAY, tmp_path)


def test_formula_like_text_stays_text_on_the_detail_sheets(tricky: Written):
    workbook = load_workbook(tricky.path)
    sheet = workbook[ACTIVITY_LEDGER]
    titles = {str(cell.value): cell for (cell,) in sheet.iter_rows(min_row=4, min_col=2, max_col=2)}
    for title in FORMULA_LIKE:
        cell = titles[title]
        assert cell.data_type == "s"
        assert cell.quotePrefix  # stays text when the clerk edits the cell in Excel
    venues = [row["活动地点"] for row in ledger_rows(tricky.path, ACTIVITY_LEDGER)]
    assert venues.count("-2+3") == len(FORMULA_LIKE)
    (training,) = ledger_rows(tricky.path, TRAINING_LEDGER)
    assert training["培训名称"] == '=HYPERLINK("http://x","点我")'
    assert training["培训机构"] == "@SUM(1)"


def test_formula_like_names_stay_text_on_the_summary_sheet(tricky: Written):
    returned = read_return_workbook(tricky.path)
    sheet = load_workbook(tricky.path)[SUMMARY_SHEET]
    for field, expected in (("clerk", "=cmd|' /C calc'!A0"), ("reviewer", "+1"), ("responsible", "@x")):
        coordinate, value = returned.header[field]
        assert value == expected
        assert sheet[coordinate].data_type == "s"
    assert verify_return_workbook(tricky.path).ok


def test_the_workbook_holds_no_formula_at_all(tricky: Written):
    with zipfile.ZipFile(tricky.path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_control_characters_are_removed_from_the_sheets_but_kept_in_the_signed_data(tricky: Written):
    rows = ledger_rows(tricky.path, ACTIVITY_LEDGER)
    (row,) = [row for row in rows if str(row["活动名称"]).startswith("科普")]
    assert row["活动名称"] == "科普讲座（襄陵村）"
    assert row["活动地点"] == "文化广场"
    assert row["备注"] == "第一行\n第二行"
    titles = [activity["title"] for activity in tricky.manifest.payload["activities"]]
    assert "科普\x01讲座\x02（襄陵村）\x7f" in titles
    assert read_return_workbook(tricky.path).manifest == tricky.manifest


# --- the manifest ----------------------------------------------------------------------------------------------


def test_the_manifest_verifies_and_sits_on_a_very_hidden_sheet(demo: Written):
    verification = verify_return_workbook(demo.path)
    assert verification.ok and verification.authentic and verification.summary_matches
    assert verification.problems == ()
    assert verification.fingerprint == demo.manifest.fingerprint
    workbook = load_workbook(demo.path)
    assert workbook.sheetnames == [SUMMARY_SHEET, ACTIVITY_LEDGER, TRAINING_LEDGER, MANIFEST_SHEET]
    hidden = workbook[MANIFEST_SHEET]
    assert hidden.sheet_state == "veryHidden"
    assert hidden["B1"].value == MARKER
    assert workbook.active.title == SUMMARY_SHEET


def test_a_large_manifest_is_split_across_cells_and_joins_back(store_and_reference, tmp_path: Path):
    store, reference = store_and_reference
    with store.transaction() as session:
        fill_demo(session, reference, months=24, seed=2, today=TODAY)
    written = make_return(store, reference, parse_period("2024"), tmp_path)
    hidden = load_workbook(written.path)[MANIFEST_SHEET]
    parts = [value for (key, value) in hidden.iter_rows(min_row=6, max_col=2, values_only=True)]
    assert len(parts) > 1
    assert all(len(part.encode("utf-16-le")) // 2 <= 32_767 for part in parts)
    assert verify_return_workbook(written.path).ok


def test_pieces_fit_a_cell_even_when_every_character_takes_two_utf16_units():
    text = "𠮷" * (PIECE_LENGTH * 2 + 5)
    parts = pieces(text)
    assert "".join(parts) == text
    assert all(len(part.encode("utf-16-le")) // 2 <= 32_767 for part in parts)


def _change_cell(path: Path, coordinate: str, value: object) -> None:
    workbook = load_workbook(path)
    workbook[SUMMARY_SHEET][coordinate] = value
    workbook.save(path)


def test_changing_one_visible_figure_breaks_verification_and_names_the_cell(demo: Written):
    returned = read_return_workbook(demo.path)
    total = returned.tables[0].rows[0].cells[1]
    assert isinstance(total.value, int)
    _change_cell(demo.path, total.coordinate, total.value + 100)

    verification = verify_return_workbook(demo.path)
    assert verification.authentic  # the hidden data is untouched …
    assert not verification.summary_matches and not verification.ok  # … but the sheet no longer shows it
    (problem,) = verification.problems
    assert problem.template == WRONG_FIGURE
    assert problem.values["cell"] == total.coordinate
    assert (problem.values["code"], problem.values["column"]) == ("01", 2)
    english = problem.render(Translator("en"))
    assert total.coordinate in english and str(total.value + 100) in english and str(total.value) in english
    chinese = problem.render(Translator("zh_CN"))
    assert f"单元格 {total.coordinate} 显示 {total.value + 100}" in chinese and "签名的报表数据" in chinese
    nested = problem.as_nested()  # as the county's import fills it into its own refusal
    assert Translator("zh_CN").format(nested.context, nested.template, nested.values) == chinese


@pytest.mark.parametrize(
    ("value", "shown"), [("=1+1", None), ("—", "—"), (None, "(empty)"), ("12", "12"), (3.5, "3.5"), (True, "TRUE")]
)
def test_a_figure_replaced_by_a_formula_text_or_nothing_is_found(demo: Written, value: object, shown: str | None):
    cell = read_return_workbook(demo.path).tables[2].rows[0].cells[1]
    _change_cell(demo.path, cell.coordinate, value)
    (problem,) = verify_return_workbook(demo.path).problems
    assert problem.values["cell"] == cell.coordinate
    if shown is not None:  # the cell named as the spreadsheet shows it, an emptied one so in the reader's language
        assert f"shows {shown}" in problem.render(Translator("en"))
    if value is None:
        assert "显示 （空）" in problem.render(Translator("zh_CN"))


def test_a_figure_a_spreadsheet_program_saved_as_a_whole_decimal_still_verifies(demo: Written):
    """Another program may save 12 as 12.0 (openpyxl itself writes 12): read as the figure 12."""
    cell = read_return_workbook(demo.path).tables[0].rows[0].cells[1]
    assert isinstance(cell.value, int)
    saved = demo.path.with_suffix(".resaved.xlsx")
    with zipfile.ZipFile(demo.path) as source, zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":  # the summary, the workbook's first sheet
                pattern = rf'(<c r="{cell.coordinate}"[^>]*><v>){cell.value}(</v>)'.encode()
                data, replaced = re.subn(pattern, rb"\g<1>%d.0\g<2>" % cell.value, data)
                assert replaced == 1
            target.writestr(item, data)
    assert load_workbook(saved)[SUMMARY_SHEET][cell.coordinate].value == float(cell.value)
    assert read_return_workbook(saved).tables[0].rows[0].cells[1].value == cell.value
    assert verify_return_workbook(saved).ok


def test_a_deleted_row_is_found_by_the_row_codes(demo: Written):
    workbook = load_workbook(demo.path)
    place = read_return_workbook(demo.path).tables[1].rows[2]
    row = int(re.sub(r"\D", "", place.code_coordinate))
    workbook[SUMMARY_SHEET].delete_rows(row)
    workbook.save(demo.path)
    verification = verify_return_workbook(demo.path)
    assert not verification.ok
    assert verification.problems[0].template == WRONG_CODE
    assert verification.problems[0].values["cell"] == place.code_coordinate


def test_a_changed_name_in_the_header_block_is_found(demo: Written):
    coordinate, _value = read_return_workbook(demo.path).header["responsible"]
    _change_cell(demo.path, coordinate, "李四")
    (problem,) = verify_return_workbook(demo.path).problems
    assert problem.template == WRONG_HEADER
    assert problem.values["cell"] == coordinate
    assert "李四" in problem.render(ZH)


def _edit_hidden_json(path: Path, old: str, new: str) -> None:
    workbook = load_workbook(path)
    hidden = workbook[MANIFEST_SHEET]
    for (cell,) in hidden.iter_rows(min_row=6, min_col=2, max_col=2):
        if isinstance(cell.value, str) and old in cell.value:
            cell.value = cell.value.replace(old, new, 1)
            cell.data_type = "s"
            break
    else:
        raise AssertionError(f"{old} is not in the manifest")
    workbook.save(path)


def test_changing_the_hidden_data_breaks_the_signature(demo: Written):
    venue = demo.form.activities[0].data.venue
    _edit_hidden_json(demo.path, json.dumps(venue, ensure_ascii=False), json.dumps(venue + "X", ensure_ascii=False))
    verification = verify_return_workbook(demo.path)
    assert not verification.authentic and not verification.ok
    assert verification.summary_matches  # only a record's venue changed, not a figure
    assert verification.problems[0].template == SIGNATURE_BROKEN


def test_changing_a_figure_on_the_sheet_and_in_the_hidden_data_alike_still_breaks_the_signature(demo: Written):
    returned = read_return_workbook(demo.path)
    total = returned.tables[0].rows[0].cells[0]
    row = demo.manifest.payload["tables"][0]["rows"][0]
    old = json.dumps(row, sort_keys=True, separators=(",", ":"))
    forged = {**row, "cells": [total.value + 1, *row["cells"][1:]]}
    _edit_hidden_json(demo.path, old, json.dumps(forged, sort_keys=True, separators=(",", ":")))
    _change_cell(demo.path, total.coordinate, total.value + 1)
    verification = verify_return_workbook(demo.path)
    assert verification.summary_matches
    assert not verification.authentic and not verification.ok


def test_the_file_saved_again_by_a_spreadsheet_program_still_verifies(demo: Written):
    workbook = load_workbook(demo.path)
    workbook.save(demo.path)
    assert verify_return_workbook(demo.path).ok


# --- files that are not returns --------------------------------------------------------------------------------


def test_a_workbook_that_is_not_a_return_is_refused(tmp_path: Path):
    path = tmp_path / "someone-elses.xlsx"
    workbook = Workbook()
    workbook.active["A1"] = "襄汾县科普月报"
    workbook.save(path)
    with pytest.raises(ReturnFormatError, match="not a monthly return"):
        read_return_workbook(path)
    with pytest.raises(ReturnFormatError):
        verify_return_workbook(path)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path, content: bytes):
    path = tmp_path / "return.xlsx"
    path.write_bytes(content)
    with pytest.raises(ReturnFormatError, match="cannot be read") as refused:
        read_return_workbook(path)
    assert refused.value.values["path"] == str(path)
    assert refused.value.values["reason"] == str(refused.value.__cause__) == "File is not a zip file"


def test_a_file_that_cannot_be_opened_is_refused_with_the_systems_reason(tmp_path: Path):
    missing = tmp_path / "gone.xlsx"
    with pytest.raises(ReturnFormatError) as refused:
        read_return_workbook(missing)
    assert refused.value.values == {"path": str(missing), "reason": os.strerror(errno.ENOENT)}


def test_damaged_hidden_data_is_refused(demo: Written):
    _edit_hidden_json(demo.path, '{"payload":', '{"payload":[')
    with pytest.raises(ReturnFormatError, match="damaged"):
        read_return_workbook(demo.path)


def test_a_return_from_a_newer_version_is_refused_with_that_reason(demo: Written):
    workbook = load_workbook(demo.path)
    workbook[MANIFEST_SHEET]["B2"] = 99
    workbook.save(demo.path)
    with pytest.raises(ReturnFormatError, match="newer version"):
        read_return_workbook(demo.path)


# --- writing ---------------------------------------------------------------------------------------------------


def test_a_manifest_of_another_form_is_refused_and_nothing_is_left(demo: Written, store_and_reference):
    store, reference = store_and_reference
    with store.transaction() as session:
        april = build_return_form(session, reference, require_installation(session), month_period(2025, 4), ZH)
    target = demo.path.with_name("april.xlsx")
    with pytest.raises(WriteError):
        write_return_workbook(target, april, demo.manifest, reference=reference)
    assert not target.exists()
    assert leftover_temporaries(target.parent) == []


def test_writing_again_replaces_the_file_atomically(demo: Written):
    write_return_workbook(demo.path, demo.form, demo.manifest, reference=demo.reference)
    assert verify_return_workbook(demo.path).ok
    assert leftover_temporaries(demo.path.parent) == []


# --- print-ready -----------------------------------------------------------------------------------------------


def test_every_sheet_prints_on_a4_landscape_fitted_to_the_width_with_page_numbers(demo: Written):
    workbook = load_workbook(demo.path)
    for name in (SUMMARY_SHEET, ACTIVITY_LEDGER, TRAINING_LEDGER):
        sheet = workbook[name]
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9), name
        assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0), name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页", name
    for name, layout in ((ACTIVITY_LEDGER, ACTIVITY_LAYOUT), (TRAINING_LEDGER, TRAINING_LAYOUT)):
        sheet = workbook[name]
        assert sheet.print_title_rows == "$1:$3"  # title, unit line and column headings on every page
        assert sheet.freeze_panes == "C4"
        # 序号 and every column but the record number (which ties rows to the signed data) are printed.
        printed = get_column_letter(len(layout.columns))
        assert re.search(rf"!\$A\$1:\${printed}\$\d+$", sheet.print_area), sheet.print_area
    summary = workbook[SUMMARY_SHEET]
    # The form's own title block is on page one; later pages carry a running head saying whose return it is.
    assert summary.HeaderFooter.differentFirst
    assert "新城镇" in summary.oddHeader.center.text
    assert summary.firstFooter.center.text == "第 &P 页 共 &N 页"


def test_the_summary_is_laid_out_as_an_official_form(demo: Written):
    sheet = load_workbook(demo.path)[SUMMARY_SHEET]
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert texts[0] == demo.form.title + "（演示数据）"
    for expected in (
        f"表\u3000\u3000号：{demo.form.form_number}",
        f"制定机关：{demo.form.authority}",
        "有效期至：2025年12月",
        "填报单位（盖章）：新城镇",
        "所属期：2025年5月",
        "甲",
        "乙",
        "说明：",
        "新城镇（141023101）",
    ):
        assert expected in texts, expected
    assert any(text.startswith("单位负责人：张志强") and "报出日期：2025年6月3日" in text for text in texts)
    assert any(demo.manifest.fingerprint in text for text in texts)
    for table in demo.form.tables:
        assert f"{table.number}\u3000{table.title}" in texts
    merged = {str(block) for block in sheet.merged_cells.ranges}
    assert demo.form.tables[0].groups  # a two-level heading: 合计, 青少年 … each over 次数 and 人次
    assert {"C11:E11", "F11:G11"} <= merged  # table 1's caption in row 10; its groups in 11: 合计 over three columns
    total_row = read_return_workbook(demo.path).tables[0].rows[0]
    assert sheet[total_row.cells[0].coordinate].font.b


def test_problems_name_figures_as_the_form_writes_them():
    problem = Problem(
        WRONG_FIGURE,
        {"table": "表4", "code": "07", "column": 1, "cell": "N69", "shown": Unreadable(""), "signed": NOT_APPLICABLE},
    )
    assert problem.render(Translator("en")) == (
        "表4, row 07, column 1: cell N69 shows (empty), but the signed return says —."
    )
    problem = Problem(WRONG_FIGURE, {**problem.values, "shown": Unreadable("12人"), "signed": None})
    assert "12人" in problem.render(ZH) and cell_text(None, ZH) in problem.render(ZH)


def test_the_registers_end_with_their_totals(demo: Written):
    workbook = load_workbook(demo.path)
    for title, records, fields in (
        (ACTIVITY_LEDGER, demo.form.activities, ("participants", "women")),
        (TRAINING_LEDGER, demo.form.trainings, ("sessions", "trainees", "certified")),
    ):
        rows = list(workbook[title].iter_rows(min_row=3, values_only=True))
        headings, total = [str(text) for text in rows[0]], rows[1 + len(records)]
        assert total[0] == "合计", title
        for field in fields:
            column = headings.index(ZH.translate("Fields", LABELS[field]))
            assert total[column] == sum(getattr(record.data, field) or 0 for record in records), (title, field)


def test_every_visible_figure_is_compared_with_the_signed_one(demo: Written):
    """Each figure cell of every table, every row kind (合计, ordinary, of-which, period-end) changed at once: the
    verification names each of them, so no cell, column or row goes unchecked."""
    returned = read_return_workbook(demo.path)
    workbook = load_workbook(demo.path)
    sheet = workbook[SUMMARY_SHEET]
    changed = set()
    for table in returned.tables:
        for row in table.rows:
            for cell in row.cells:
                sheet[cell.coordinate] = cell.value + 1 if isinstance(cell.value, int) else 7
                changed.add(cell.coordinate)
    workbook.save(demo.path)
    verification = verify_return_workbook(demo.path)
    assert verification.authentic and not verification.summary_matches
    named = {problem.values["cell"] for problem in verification.problems if problem.template == WRONG_FIGURE}
    assert named == changed
    assert len(changed) == sum(len(row.cells) for table in demo.form.tables for row in table.rows)


def test_every_header_value_is_compared_with_the_signed_one(demo: Written):
    returned = read_return_workbook(demo.path)
    workbook = load_workbook(demo.path)
    for coordinate, _shown in returned.header.values():
        workbook[SUMMARY_SHEET][coordinate] = "改过的"
    workbook.save(demo.path)
    problems = verify_return_workbook(demo.path).problems
    assert {problem.values["cell"] for problem in problems if problem.template == WRONG_HEADER} == {
        coordinate for coordinate, _shown in returned.header.values()
    }
    assert set(returned.header) == {
        "unit_name",
        "period",
        "filled_on",
        "clerk",
        "phone",
        "reviewer",
        "responsible",
        "version",
    }


def test_a_signed_header_that_is_not_a_mapping_is_a_wrong_header_not_a_crash(demo: Written, tmp_path: Path):
    """A payload signed by a key of its own may hold anything: its header cells are then not what it signs."""

    def listed_header(payload: dict[str, object]) -> None:
        payload["header"] = ["王晓燕", "2025-06-03"]

    verification = verify_return_workbook(forged(demo.path, tmp_path / "forged.xlsx", listed_header))
    assert verification.authentic and not verification.ok
    clerk = header_cell(demo.path, "clerk")
    assert clerk in {problem.values.get("cell") for problem in verification.problems}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("period_code", ["2025-05", "PLAN-2021"])
def test_a_return_in_either_language_and_of_a_plan_to_date_verifies(
    store_and_reference: tuple[Store, ReferenceData], tmp_path: Path, language: str, period_code: str
):
    """The period cell shows the period in the return's language; a plan-to-date period's end month is not in
    its code, so any label of it stands."""
    store, reference = store_and_reference
    period = parse_period(period_code, today=TODAY)
    with store.transaction() as session:
        fill_demo(session, reference, months=3, seed=1, today=TODAY)
        installation = require_installation(session)
        form = build_return_form(session, reference, installation, period, Translator(language), filled_on=TODAY)
        key = signing_key(session)
    identity = ReturnIdentity(uuid.uuid4(), 1, False, datetime(2025, 6, 18, 9, 30), installation.installation_id)
    path = write_return_workbook(
        tmp_path / "return.xlsx", form, signed_manifest(form, identity, key), reference=reference
    )
    verification = verify_return_workbook(path)
    assert verification.ok, verification.problems
    shown = load_workbook(path)[SUMMARY_SHEET][header_cell(path, "period")].value
    assert shown == period.label("en" if language == "en" else "zh_CN")


def test_a_signed_period_this_version_cannot_read_is_left_to_the_signature(demo: Written, tmp_path: Path):
    def later_kind(payload: dict[str, object]) -> None:
        payload["period"] = "2025-H1"

    verification = verify_return_workbook(forged(demo.path, tmp_path / "forged.xlsx", later_kind))
    assert verification.authentic
    assert header_cell(demo.path, "period") not in {problem.values.get("cell") for problem in verification.problems}


def test_a_signed_name_with_line_breaks_and_runs_of_blanks_matches_its_folded_cell(demo: Written, tmp_path: Path):
    """Header values are one line: the signed value and the cell are compared with their blanks folded."""

    def broken_reviewer(payload: dict[str, Any]) -> None:
        payload["header"]["reviewer"] = " 张\n  三 "

    cell = header_cell(demo.path, "reviewer")
    for shown in ("张 三", "张\n三"):  # a cell a spreadsheet program wrapped shows the same name
        path = forged(demo.path, tmp_path / "forged.xlsx", broken_reviewer, cells={cell: shown})
        verification = verify_return_workbook(path)
        assert verification.ok, verification.problems
    path = forged(demo.path, tmp_path / "wrong.xlsx", broken_reviewer, cells={cell: "张三"})
    assert cell in {problem.values.get("cell") for problem in verify_return_workbook(path).problems}


def test_a_row_code_changed_is_named_and_the_rows_after_it_are_still_compared(demo: Written):
    table = read_return_workbook(demo.path).tables[0]
    moved, later = table.rows[1], table.rows[3]
    figure = later.cells[1]
    assert isinstance(figure.value, int)
    workbook = load_workbook(demo.path)
    workbook[SUMMARY_SHEET][moved.code_coordinate] = "99"
    workbook[SUMMARY_SHEET][figure.coordinate] = figure.value + 1
    workbook.save(demo.path)
    wrong_code, wrong_figure = verify_return_workbook(demo.path).problems
    assert (wrong_code.template, wrong_figure.template) == (WRONG_CODE, WRONG_FIGURE)
    assert wrong_figure.values["cell"] == figure.coordinate
    assert wrong_code.render(Translator("en")).startswith(
        f"{table.number}: cell {moved.code_coordinate} should hold the row code {moved.code} but shows 99;"
    )


def test_a_signed_cell_that_is_not_a_figure_is_named_as_signed(demo: Written, tmp_path: Path):
    cell = read_return_workbook(demo.path).tables[0].rows[0].cells[1]

    def text_figure(payload: dict[str, Any]) -> None:
        payload["tables"][0]["rows"][0]["cells"][1] = str(cell.value)

    (problem,) = verify_return_workbook(forged(demo.path, tmp_path / "forged.xlsx", text_figure)).problems
    assert problem.template == WRONG_FIGURE
    assert problem.render(Translator("en")).endswith(f"but the signed return says '{cell.value}'.")
