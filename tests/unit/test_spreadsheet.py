"""The canonical records workbook: template, export, import with its report, and the round trip."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import delete, select

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import TEMP_PREFIX, WriteError
from kesu_desktop.base.translation import Translator
from kesu_desktop.base.xlsx_limits import XlsxRefusedError
from kesu_desktop.records.locks import PeriodLockedError
from kesu_desktop.records.service import (
    add_activity,
    add_training,
    delete_record,
    get_activity,
    get_training,
    history,
    list_activities,
    list_trainings,
)
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.spreadsheet.cells import clean_text
from kesu_desktop.spreadsheet.errors import ImportCancelledError, SpreadsheetError
from kesu_desktop.spreadsheet.importer import (
    ADDED,
    ALL_OR_NOTHING,
    ERROR,
    UNCHANGED,
    UPDATED,
    VALID_ONLY,
    ImportReport,
    import_records,
)
from kesu_desktop.spreadsheet.layout import (
    ACTIVITY_LAYOUT,
    CHOICES_SHEET,
    GUIDE_SHEET,
    META_SHEET,
    TRAINING_LAYOUT,
    SheetLayout,
)
from kesu_desktop.spreadsheet.writer import export_records, write_template
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.spreadsheet_rows import activity_row, cells, filled, training_row

OTHER_UNIT = "141023102"  # 赵康镇
CLERK = "王晓燕"
TODAY = date.today()
FORMS = ["lecture", "report", "exhibition", "contest", "youth_camp", "outreach", "other"]
GROUPS = ["youth", "farmers", "workers", "elderly", "cadres", "public"]
CAMPAIGNS = ["science_day", "science_week", "three_to_country", "smart_elderly"]
PROJECTS = ["resources", "grassroots"]
KINDS = ["high_quality_farmer", "rural_practical", "skill_certification", "migrant_worker", "cadre", "other"]

LECTURE = ActivityInput(
    title="冬季果树管理科普讲座",
    start_date=date(2024, 3, 5),
    end_date=date(2024, 3, 6),
    form_code="lecture",
    target_group_codes=("farmers", "elderly"),
    campaign_code="science_week",
    venue="陈郭村文化广场",
    organiser="镇科协",
    participants=120,
    women=45,
    notes="第一行\n第二行",
)
COURSE = TrainingInput(
    title="高素质农民培训班",
    start_date=date(2024, 3, 10),
    end_date=date(2024, 3, 12),
    kind_code="high_quality_farmer",
    target_group_code="farmers",
    sessions=1,
    trainees=50,
    women=20,
    hours=Decimal("16.5"),
)


# --- helpers -------------------------------------------------------------------------------------------------


def run_import(store: Store, reference: ReferenceData, path: Path, **options: Any) -> ImportReport:
    with store.transaction() as session:
        return import_records(path, session, reference, UNIT_CODE, CLERK, **options)


def count_records(store: Store) -> tuple[int, int]:
    with store.reading() as session:
        return (
            len(list_activities(session, UNIT_CODE, date(2000, 1, 1), TODAY + timedelta(days=400))),
            len(list_trainings(session, UNIT_CODE, date(2000, 1, 1), TODAY + timedelta(days=400))),
        )


def one_line(error: KesuError, language: str = "en") -> str:
    """The error as the user reads it, which must be one line."""
    message = Translator(language).render(error)
    assert "\n" not in message, message
    return message


def only_problem(report: ImportReport):
    assert len(report.problems) == 1, report.problems
    return report.problems[0]


# --- template ------------------------------------------------------------------------------------------------


def test_the_template_has_a_sheet_per_record_type_with_chinese_headers(tmp_path, reference):
    path = tmp_path / "模板.xlsx"
    write_template(path, reference)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["活动", "培训", GUIDE_SHEET, CHOICES_SHEET, META_SHEET]
    assert workbook.active.title == "活动"
    for layout in (ACTIVITY_LAYOUT, TRAINING_LAYOUT):
        sheet = workbook[layout.name]
        headers = [cell.value for cell in sheet[1]]
        assert headers == [column.heading for column in layout.columns]
        assert sheet.max_row == 1  # no records, only the header
        assert sheet.freeze_panes == "B2"
    assert workbook["活动"]["A1"].value == "*活动名称"
    assert workbook["活动"]["P1"].value == "记录编号"
    assert workbook[META_SHEET].sheet_state == "hidden"
    assert workbook[GUIDE_SHEET].sheet_state == "visible"


def test_the_template_lists_the_allowed_values_with_their_codes(tmp_path, reference):
    path = tmp_path / "template.xlsx"
    write_template(path, reference)
    sheet = load_workbook(path)[CHOICES_SHEET]
    columns = {sheet.cell(1, column).value: column for column in range(1, sheet.max_column + 1)}
    for heading, items in (
        ("活动形式", reference.choosable_activity_forms()),  # a retired form is read, never offered
        ("服务对象", reference.target_groups),
        ("主题活动", reference.campaigns),
        ("重点工程", reference.key_projects),
        ("培训类别", reference.training_kinds),
    ):
        column = columns[heading]
        listed = [
            (sheet.cell(row, column).value, sheet.cell(row, column + 1).value) for row in range(2, len(items) + 2)
        ]
        assert listed == [(item.name_zh, item.code) for item in items]
        assert sheet.cell(len(items) + 2, column).value is None


def test_the_template_offers_dropdowns_that_point_at_the_allowed_values(tmp_path, reference):
    path = tmp_path / "template.xlsx"
    write_template(path, reference)
    sheet = load_workbook(path)["活动"]
    validations = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    form = validations["D2"]  # 活动形式
    assert form.type == "list"
    assert form.formula1 == f"'{CHOICES_SHEET}'!$A$2:$A${len(reference.choosable_activity_forms()) + 1}"
    assert form.errorStyle == "warning"  # a code typed instead of a name is still allowed
    assert validations["B2"].type == "date"
    assert validations["K2"].type == "whole"
    assert "A2" not in validations  # free text


def test_the_meta_sheet_maps_columns_to_fields(tmp_path, reference):
    path = tmp_path / "template.xlsx"
    write_template(path, reference)
    rows = cells(path)[META_SHEET]
    meta = {row[0]: row[1] for row in rows[:6]}
    assert meta == {
        "format": "kesu-records",
        "version": 1,
        "kind": "template",
        "unit_code": None,
        "unit_name": None,
        "period": None,
    }
    mapping = {(row[0], row[1]): row[2] for row in rows[8:]}
    assert mapping[("活动", "A")] == "title"
    assert mapping[("活动", "E")] == "target_group_codes"
    assert mapping[("培训", "O")] == "id"


# --- export --------------------------------------------------------------------------------------------------


def test_export_writes_the_records_as_typed_cells(tmp_path, unit_store, reference):
    with unit_store.transaction() as session:
        lecture = add_activity(session, UNIT_CODE, LECTURE, reference, actor=CLERK)
        course = add_training(session, UNIT_CODE, COURSE, reference, actor=CLERK)
    path = tmp_path / "export.xlsx"
    with unit_store.reading() as session:
        summary = export_records(path, session, reference, UNIT_CODE)
    assert (summary.activities, summary.trainings) == (1, 1)
    sheets = cells(path)
    assert sheets["活动"][1] == [
        "冬季果树管理科普讲座",
        datetime(2024, 3, 5),
        datetime(2024, 3, 6),
        "科普讲座",
        "农民、老年人",
        "科技活动周",
        None,
        "陈郭村文化广场",
        "镇科协",
        None,
        120,
        45,
        None,  # not filled in stays empty, never 0
        None,
        "第一行\n第二行",
        str(lecture.meta.id),
    ]
    assert sheets["培训"][1] == [
        "高素质农民培训班",
        datetime(2024, 3, 10),
        datetime(2024, 3, 12),
        "高素质农民培育",
        "农民",
        None,
        None,
        1,
        50,
        20,
        None,
        None,
        16.5,
        None,
        str(course.meta.id),
    ]
    workbook = load_workbook(path)
    assert workbook["活动"]["B2"].number_format == "yyyy-mm-dd"
    meta = {row[0]: row[1] for row in cells(path)[META_SHEET][:6]}
    assert meta["kind"] == "export"
    assert meta["unit_code"] == UNIT_CODE


def test_export_of_a_period_holds_only_the_records_starting_in_it(tmp_path, unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, LECTURE, reference, actor=CLERK)
        add_activity(
            session,
            UNIT_CODE,
            replace(LECTURE, title="四月讲座", start_date=date(2024, 4, 1), end_date=date(2024, 4, 1)),
            reference,
            actor=CLERK,
        )
        deleted = add_activity(session, UNIT_CODE, replace(LECTURE, title="删掉的"), reference, actor=CLERK)
        delete_record(session, "activity", deleted.meta.id, actor=CLERK)
    for period, titles in (
        ("2024-03", ["冬季果树管理科普讲座"]),
        ("2024-04", ["四月讲座"]),
        ("2024", ["冬季果树管理科普讲座", "四月讲座"]),
        ("2023", []),
    ):
        path = tmp_path / f"{period}.xlsx"
        with unit_store.reading() as session:
            export_records(path, session, reference, UNIT_CODE, period)
        assert [row[0] for row in cells(path)["活动"][1:]] == titles, period


@pytest.mark.parametrize("title", ["=1+2", '=HYPERLINK("http://x")', "+86 357 1234567", "-讲座", "@科普", "#N/A"])
def test_a_title_that_looks_like_a_formula_stays_text(tmp_path, unit_store, reference, title):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, replace(LECTURE, title=title), reference, actor=CLERK)
    path = tmp_path / "export.xlsx"
    with unit_store.reading() as session:
        export_records(path, session, reference, UNIT_CODE)
    cell = load_workbook(path)["活动"]["A2"]
    assert cell.value == title
    assert cell.data_type == "s"
    assert cell.quotePrefix  # stays text when the clerk edits the cell in Excel
    read_back = load_workbook(path, read_only=True, data_only=True)
    assert next(read_back["活动"].iter_rows(min_row=2, max_row=2, values_only=True))[0] == title
    read_back.close()


def test_control_characters_are_left_out_of_the_cells(tmp_path, unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(
            session, UNIT_CODE, replace(LECTURE, venue="村\x01委会", notes="备注\x07\r\n下一行"), reference, actor=CLERK
        )
    path = tmp_path / "export.xlsx"
    with unit_store.reading() as session:
        export_records(path, session, reference, UNIT_CODE)
    row = cells(path)["活动"][1]
    assert row[7] == "村委会"
    assert row[14] == "备注\n下一行"


def test_a_failed_export_leaves_the_previous_file_and_no_partial_file(tmp_path, unit_store, reference, monkeypatch):
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"previous")

    def broken_save(self, filename):
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with unit_store.reading() as session, pytest.raises(WriteError):
        export_records(path, session, reference, UNIT_CODE)
    assert path.read_bytes() == b"previous"
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


# --- round trip ----------------------------------------------------------------------------------------------

CHINESE = "科普讲座培训农民老年人青少年智慧助老防灾减灾日村镇（）、，。“”"
titles = st.text(alphabet=CHINESE + "abcXYZ0123456789 -=+@#/", min_size=1, max_size=40).filter(
    str.strip
) | st.sampled_from(["=SUM(A1:A3)", "+86 讲座", "-1", "@所有人", "#N/A", "001", "2024-03-05", "TRUE"])
texts = st.text(alphabet=CHINESE + "abc 123\u3000", max_size=30)
notes = st.text(alphabet=CHINESE + "ab \n\t\r\x01", max_size=40)
counts = st.none() | st.integers(min_value=0, max_value=10**6)


@st.composite
def date_ranges(draw: st.DrawFn) -> tuple[date, date]:
    start = draw(st.dates(min_value=date(2020, 1, 1), max_value=TODAY))
    return start, draw(st.dates(min_value=start, max_value=min(start + timedelta(days=30), TODAY)))


@st.composite
def activity_inputs(draw: st.DrawFn) -> ActivityInput:
    start, end = draw(date_ranges())
    record = draw(
        st.builds(
            ActivityInput,
            title=titles,
            start_date=st.just(start),
            end_date=st.just(end),
            form_code=st.sampled_from(FORMS),
            target_group_codes=st.lists(st.sampled_from(GROUPS), min_size=1, max_size=3, unique=True).map(tuple),
            campaign_code=st.none() | st.sampled_from(CAMPAIGNS),
            key_project_code=st.none() | st.sampled_from(PROJECTS),
            venue=texts,
            organiser=texts,
            partners=texts,
            participants=st.integers(min_value=0, max_value=10**6),
            women=st.none(),
            volunteers=counts,
            materials=counts,
            notes=notes,
        )
    )
    return replace(record, women=draw(st.none() | st.integers(0, record.participants or 0)))


@st.composite
def training_inputs(draw: st.DrawFn) -> TrainingInput:
    start, end = draw(date_ranges())
    record = draw(
        st.builds(
            TrainingInput,
            title=titles,
            start_date=st.just(start),
            end_date=st.just(end),
            kind_code=st.sampled_from(KINDS),
            target_group_code=st.sampled_from(GROUPS),
            venue=texts,
            organisation=texts,
            sessions=st.integers(min_value=0, max_value=500),
            trainees=st.integers(min_value=0, max_value=10**6),
            hours=st.none() | st.decimals(min_value=0, max_value=10_000, places=1),
            notes=notes,
        )
    )
    part = st.none() | st.integers(0, record.trainees or 0)
    return replace(record, women=draw(part), low_income=draw(part), certified=draw(part))


@pytest.fixture(scope="module")
def two_stores(tmp_path_factory) -> Iterator[tuple[Store, Store, ReferenceData]]:
    """A source and a target store of the same unit, emptied before each example."""
    opened = []
    for name in ("source", "target"):
        store, reference = prepare_store(DataDir(tmp_path_factory.mktemp(name)))
        with store.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name=CLERK), reference)
        opened.append(store)
    yield opened[0], opened[1], reference
    for store in opened:
        store.close()


def _empty(store: Store) -> None:
    """Remove every record; their history stays, as the store refuses to delete it."""
    with store.transaction() as session:
        for model in (models.ActivityTargetGroup, models.Activity, models.Training):
            session.execute(delete(model))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    activities=st.lists(activity_inputs(), max_size=6),
    trainings=st.lists(training_inputs(), max_size=4),
)
def test_export_import_into_an_empty_store_export_gives_the_same_cells(two_stores, tmp_path, activities, trainings):
    source, target, reference = two_stores
    _empty(source)
    _empty(target)
    with source.transaction() as session:
        stored = [add_activity(session, UNIT_CODE, a, reference, actor=CLERK) for a in activities]
        stored += [add_training(session, UNIT_CODE, t, reference, actor=CLERK) for t in trainings]
    first, second = tmp_path / f"first-{uuid.uuid4()}.xlsx", tmp_path / f"second-{uuid.uuid4()}.xlsx"
    with source.reading() as session:
        export_records(first, session, reference, UNIT_CODE)
    report = run_import(target, reference, first)
    assert not report.problems
    assert report.stored
    assert report.count(ADDED) == len(stored)
    with target.reading() as session:
        export_records(second, session, reference, UNIT_CODE)
    assert cells(second) == cells(first)
    with target.reading() as session:
        for record in stored:
            read = get_activity if isinstance(record.data, ActivityInput) else get_training
            copy = read(session, record.meta.id)
            # The same record under the same number; only characters a workbook cannot hold are gone.
            assert copy.data == replace(record.data, notes=clean_text(record.data.notes, multiline=True))
    again = run_import(target, reference, first, dry_run=True)
    assert again.count(UNCHANGED) == len(stored)


# --- what a clerk types --------------------------------------------------------------------------------------


def test_names_codes_full_width_digits_and_written_dates_are_all_read(tmp_path, unit_store, reference):
    path = filled(
        tmp_path / "typed.xlsx",
        reference,
        activities=[
            activity_row(
                活动名称="  老年人  智能手机培训 ",
                开始日期="2024年3月5日",
                结束日期="２０２４/３/６",
                活动形式="outreach",
                服务对象="老年人，Farmers、public",
                主题活动="Smart help for the elderly",
                重点工程="基层科普能力提升工程",
                参与人次="１２０人",
                其中女性人次=" 60 ",
                志愿者人次=5.0,
                发放资料份数="1,200份",
            )
        ],
        trainings=[
            training_row(培训类别="职业技能鉴定/技能等级认定", 培训对象="elderly", 学时="2.5学时", 培训人次=40.0)
        ],
    )
    report = run_import(unit_store, reference, path)
    assert not report.problems, [(p.column, p.error) for p in report.problems]
    activity_result, training_result = report.rows
    with unit_store.reading() as session:
        activity = get_activity(session, activity_result.record_id).data
        training = get_training(session, training_result.record_id).data
    assert activity.title == "老年人 智能手机培训"
    assert (activity.start_date, activity.end_date) == (date(2024, 3, 5), date(2024, 3, 6))
    assert activity.form_code == "outreach"
    assert activity.target_group_codes == ("elderly", "farmers", "public")
    assert activity.campaign_code == "smart_elderly"
    assert activity.key_project_code == "grassroots"
    assert (activity.participants, activity.women, activity.volunteers, activity.materials) == (120, 60, 5, 1200)
    assert training.kind_code == "skill_certification"
    assert training.target_group_code == "elderly"
    assert training.hours == Decimal("2.5")
    assert training.trainees == 40


def test_a_header_row_below_a_title_and_columns_in_another_order_are_read(tmp_path, unit_store, reference):
    path = tmp_path / "own.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "活动"
    sheet.append(["新城镇2024年3月科普活动登记"])
    sheet.append(["参与人次", "Title", "服务对象", "活动形式*", "结束日期", "开始日期", "自己加的列"])
    sheet.append([30, "移动科技馆进校园", "青少年", "流动科技馆、科普大篷车", date(2024, 3, 1), date(2024, 3, 1), "x"])
    workbook.save(path)
    report = run_import(unit_store, reference, path)
    assert [(row.row, row.status) for row in report.rows] == [(3, ADDED)]
    assert count_records(unit_store) == (1, 0)


# --- bad rows ------------------------------------------------------------------------------------------------

BAD_ROWS = [
    # (row typed in, column reported, field, template start)
    (activity_row(开始日期="2024-13-45"), "开始日期", "start_date", "{label}: '{value}' is not a date"),
    (activity_row(开始日期=None), "开始日期", "start_date", "{label}: required; pick a date."),
    (activity_row(参与人次=-5), "参与人次", "participants", "{label}: enter a whole number of 0 or more."),
    (activity_row(参与人次="很多"), "参与人次", "participants", "{label}: '{value}' is not a whole number"),
    (activity_row(参与人次=12.5), "参与人次", "participants", "{label}: '{value}' is not a whole number"),
    (activity_row(参与人次=None), "参与人次", "participants", "{label}: required; enter a whole number"),
    (activity_row(其中女性人次=81), "其中女性人次", "women", "{label}: {part} is more than the whole"),
    (activity_row(活动形式="茶话会"), "活动形式", "form_code", "{label}: '{value}' is not in the list"),
    (activity_row(服务对象="农民、外星人"), "服务对象", "target_group_codes", "{label}: '{value}' is not in the list"),
    (activity_row(服务对象=None), "服务对象", "target_group_codes", "{label}: choose at least one from the list."),
    (activity_row(活动名称=None), "活动名称", "title", "{label}: required; please fill it in."),
    (activity_row(活动名称="长" * 201), "活动名称", "title", "{label}: at most {limit} characters"),
    (
        activity_row(结束日期=datetime(2024, 3, 1)),
        "结束日期",
        "end_date",
        "{label}: the end date is before the start date.",
    ),
    (
        activity_row(开始日期=datetime(1999, 1, 1), 结束日期=datetime(1999, 1, 1)),
        "开始日期",
        "start_date",
        "{label}: {value} is out of range",
    ),
    (activity_row(记录编号="not-a-number"), "记录编号", "id", "{label}: '{value}' is not a record number"),
]


@pytest.mark.parametrize(
    ("row", "column", "field", "template"), BAD_ROWS, ids=[f"{f}-{i}" for i, (_, _, f, _) in enumerate(BAD_ROWS)]
)
def test_each_bad_row_is_reported_with_sheet_row_column_and_reason(
    tmp_path, unit_store, reference, row, column, field, template
):
    path = filled(tmp_path / "bad.xlsx", reference, activities=[activity_row(), row])
    report = run_import(unit_store, reference, path)
    problem = only_problem(report)
    assert (problem.sheet, problem.row, problem.column, problem.field) == ("活动", 3, column, field)
    assert problem.error.template.startswith(template)
    assert problem.column_letter == next(
        chr(ord("A") + i) for i, c in enumerate(ACTIVITY_LAYOUT.columns) if c.header == column
    )
    assert [r.status for r in report.rows] == [ADDED, ERROR]
    assert not report.stored
    assert count_records(unit_store) == (0, 0)


def test_every_bad_cell_of_a_row_is_reported(tmp_path, unit_store, reference):
    path = filled(
        tmp_path / "bad.xlsx",
        reference,
        trainings=[training_row(开始日期="昨天", 培训人次="-", 培训类别="游泳")],
    )
    report = run_import(unit_store, reference, path)
    assert [(p.sheet, p.row, p.column) for p in report.problems] == [
        ("培训", 2, "开始日期"),
        ("培训", 2, "培训类别"),
        ("培训", 2, "培训人次"),
    ]


def test_messages_read_in_the_users_language(tmp_path, unit_store, reference):
    path = filled(tmp_path / "bad.xlsx", reference, activities=[activity_row(参与人次=-5)])
    problem = only_problem(run_import(unit_store, reference, path))
    assert Translator("en").render(problem.error) == "Participants (person-times): enter a whole number of 0 or more."


# --- modes ---------------------------------------------------------------------------------------------------


def _mixed(tmp_path: Path, reference: ReferenceData) -> Path:
    return filled(
        tmp_path / "mixed.xlsx",
        reference,
        activities=[
            activity_row(),
            activity_row(活动名称="第二场", 其中女性人次=500),
            activity_row(活动名称="第三场"),
        ],
        trainings=[training_row()],
    )


def test_all_or_nothing_stores_nothing_when_one_row_is_bad(tmp_path, unit_store, reference):
    report = run_import(unit_store, reference, _mixed(tmp_path, reference), mode=ALL_OR_NOTHING)
    assert [row.status for row in report.rows] == [ADDED, ERROR, ADDED, ADDED]
    assert not report.accepted
    assert not report.stored
    assert count_records(unit_store) == (0, 0)


def test_valid_only_stores_the_valid_rows_and_reports_the_bad(tmp_path, unit_store, reference):
    report = run_import(unit_store, reference, _mixed(tmp_path, reference), mode=VALID_ONLY)
    assert report.stored
    assert [(p.row, p.column) for p in report.problems] == [(3, "其中女性人次")]
    assert count_records(unit_store) == (2, 1)
    with unit_store.reading() as session:
        titles = {
            get_activity(session, row.record_id).data.title
            for row in report.rows
            if row.status == ADDED and row.record_type == "activity"
        }
    assert titles == {"科普讲座", "第三场"}


@pytest.mark.parametrize("mode", [ALL_OR_NOTHING, VALID_ONLY])
def test_a_dry_run_stores_nothing_and_says_what_would_change(tmp_path, unit_store, reference, mode):
    report = run_import(unit_store, reference, _mixed(tmp_path, reference), mode=mode, dry_run=True)
    assert (report.count(ADDED), report.count(ERROR)) == (3, 1)
    assert report.dry_run and not report.stored
    assert report.accepted == (mode == VALID_ONLY)
    assert count_records(unit_store) == (0, 0)
    with unit_store.reading() as session:
        assert not session.scalars(select(models.ChangeLog)).all()


def test_an_empty_template_imports_nothing(tmp_path, unit_store, reference):
    path = tmp_path / "empty.xlsx"
    write_template(path, reference)
    report = run_import(unit_store, reference, path)
    assert report.rows == ()
    assert report.stored


def test_progress_goes_from_reading_to_storing_and_ends_at_its_total(tmp_path, unit_store, reference):
    path = _mixed(tmp_path, reference)  # 6 rows in the file: 2 headers, 4 records
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    with unit_store.transaction() as session:
        import_records(path, session, reference, UNIT_CODE, CLERK, VALID_ONLY, progress=progress)
    assert {total for _done, total in seen} == {12}  # the rows read, then as many steps to store
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert (6, 12) in seen
    assert seen[-1] == (12, 12)


@pytest.mark.parametrize("cancel_at", [1, 2, 3])
def test_cancelling_through_progress_stores_nothing(tmp_path, unit_store, reference, cancel_at):
    path = _mixed(tmp_path, reference)
    calls = 0

    def progress(done: int, total: int) -> bool:
        nonlocal calls
        calls += 1
        return calls < cancel_at  # cancelled while reading, after it, or while storing

    with pytest.raises(ImportCancelledError), unit_store.transaction() as session:
        import_records(path, session, reference, UNIT_CODE, CLERK, VALID_ONLY, progress=progress)
    assert count_records(unit_store) == (0, 0)
    assert calls == cancel_at


# --- record numbers ------------------------------------------------------------------------------------------


def _export(store: Store, reference: ReferenceData, path: Path) -> Path:
    with store.reading() as session:
        export_records(path, session, reference, UNIT_CODE)
    return path


def test_a_row_with_a_known_record_number_updates_that_record_with_history(tmp_path, unit_store, reference):
    with unit_store.transaction() as session:
        lecture = add_activity(session, UNIT_CODE, LECTURE, reference, actor="原填报人")
    path = _export(unit_store, reference, tmp_path / "export.xlsx")
    workbook = load_workbook(path)
    workbook["活动"]["K2"] = 150  # 参与人次
    workbook["活动"]["H2"] = "镇文化站"  # 活动地点
    workbook.save(path)
    report = run_import(unit_store, reference, path)
    (row,) = report.rows
    assert (row.status, row.record_id, set(row.changed)) == (UPDATED, lecture.meta.id, {"participants", "venue"})
    with unit_store.reading() as session:
        assert get_activity(session, lecture.meta.id).data.participants == 150
        changes = [(c.action, c.field, c.old_value, c.new_value, c.actor) for c in history(session, lecture.meta.id)]
    assert ("update", "participants", "120", "150", CLERK) in changes
    assert ("update", "venue", "陈郭村文化广场", "镇文化站", CLERK) in changes
    assert count_records(unit_store) == (1, 0)
    again = run_import(unit_store, reference, path)
    assert [r.status for r in again.rows] == [UNCHANGED]
    with unit_store.reading() as session:
        assert len(history(session, lecture.meta.id)) == len(changes)


def test_an_unknown_record_number_adds_the_record_under_that_number(tmp_path, unit_store, reference):
    number = uuid.uuid4()
    path = filled(tmp_path / "moved.xlsx", reference, activities=[activity_row(记录编号=str(number).upper())])
    report = run_import(unit_store, reference, path)
    assert [(r.status, r.record_id) for r in report.rows] == [(ADDED, number)]
    with unit_store.reading() as session:
        assert get_activity(session, number).meta.unit_code == UNIT_CODE
    assert [r.status for r in run_import(unit_store, reference, path).rows] == [UNCHANGED]


def test_record_numbers_that_cannot_be_used_are_reported(tmp_path, unit_store, reference):
    with unit_store.transaction() as session:
        theirs = add_activity(session, OTHER_UNIT, LECTURE, reference, actor="别人")
        binned = add_activity(session, UNIT_CODE, LECTURE, reference, actor=CLERK)
        delete_record(session, "activity", binned.meta.id, actor=CLERK)
        course = add_training(session, UNIT_CODE, COURSE, reference, actor=CLERK)
    twice = uuid.uuid4()
    path = filled(
        tmp_path / "numbers.xlsx",
        reference,
        activities=[
            activity_row(记录编号=str(theirs.meta.id)),
            activity_row(记录编号=str(binned.meta.id)),
            activity_row(记录编号=str(course.meta.id)),
            activity_row(记录编号=str(twice)),
        ],
        trainings=[training_row(记录编号=str(twice))],
    )
    report = run_import(unit_store, reference, path, mode=VALID_ONLY)
    problems = {(p.sheet, p.row): p for p in report.problems}
    assert sorted(problems) == [("培训", 2), ("活动", 2), ("活动", 3), ("活动", 4)]
    assert all(p.column == "记录编号" and p.field == "id" for p in problems.values())
    assert "another unit" in problems[("活动", 2)].error.template
    assert "in the bin" in problems[("活动", 3)].error.template
    assert "other sheet" in problems[("活动", 4)].error.template
    assert problems[("培训", 2)].error.values["row"] == 5
    with unit_store.reading() as session:
        assert get_activity(session, theirs.meta.id).meta.unit_code == OTHER_UNIT
        assert get_activity(session, twice).data.title == "科普讲座"


def test_a_row_in_a_reported_month_is_refused(tmp_path, unit_store, reference):
    with unit_store.transaction() as session:
        session.add(
            models.ReturnVersion(
                unit_code=UNIT_CODE,
                period="2024-03",
                version=1,
                exported_at=datetime(2024, 4, 2),
                exported_by=CLERK,
                fingerprint="0" * 40,
                payload="{}",
            )
        )
    path = filled(
        tmp_path / "locked.xlsx",
        reference,
        activities=[activity_row(), activity_row(开始日期=datetime(2024, 4, 1), 结束日期=datetime(2024, 4, 1))],
    )
    report = run_import(unit_store, reference, path, mode=VALID_ONLY)
    problem = only_problem(report)
    assert (problem.row, problem.column) == (2, "开始日期")
    assert isinstance(problem.error, PeriodLockedError)
    assert count_records(unit_store) == (1, 0)


# --- whole-file problems -------------------------------------------------------------------------------------


def test_a_workbook_of_another_unit_is_refused(tmp_path, store_and_reference):
    store, reference = store_and_reference
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=OTHER_UNIT, clerk_name="别人"), reference)
        add_activity(session, OTHER_UNIT, LECTURE, reference, actor="别人")
        path = tmp_path / "theirs.xlsx"
        export_records(path, session, reference, OTHER_UNIT)
    with store.transaction() as session, pytest.raises(SpreadsheetError) as refused:
        import_records(path, session, reference, UNIT_CODE, CLERK)
    assert refused.value.values["unit"] == "赵康镇"
    assert refused.value.values["this_unit"] == "新城镇"


@pytest.mark.parametrize("content", [b"not a workbook", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path, unit_store, reference, content):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(XlsxRefusedError) as refused:
        run_import(unit_store, reference, path)
    assert "is not an Excel workbook (.xlsx)" in refused.value.template


def test_a_missing_file_or_a_folder_is_refused_in_one_line(tmp_path, unit_store, reference):
    for path, start in ((tmp_path / "missing.xlsx", "The file "), (tmp_path, f"{tmp_path} is a folder")):
        with pytest.raises(SpreadsheetError) as refused:
            run_import(unit_store, reference, path)
        assert one_line(refused.value).startswith(start)


def _workbook_with(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_a_workbook_without_record_sheets_is_refused(tmp_path, unit_store, reference):
    path = _workbook_with(tmp_path / "other.xlsx", {"Sheet1": [["名称"]]})
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert refused.value.values["activities"] == "活动"


def test_a_sheet_missing_a_required_column_is_refused(tmp_path, unit_store, reference):
    path = _workbook_with(
        tmp_path / "cut.xlsx", {"活动": [["活动名称", "开始日期", "结束日期", "活动形式", "服务对象"]]}
    )
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert refused.value.values == {"sheet": "活动", "column": "*参与人次"}


def test_a_column_given_twice_is_refused(tmp_path, unit_store, reference):
    headers = [column.heading for column in TRAINING_LAYOUT.columns] + ["培训人次"]
    path = _workbook_with(tmp_path / "twice.xlsx", {"培训": [headers]})
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert refused.value.values["column"] == "培训人次"


def test_a_newer_format_is_refused(tmp_path, unit_store, reference):
    path = _workbook_with(
        tmp_path / "newer.xlsx",
        {
            "活动": [[c.heading for c in ACTIVITY_LAYOUT.columns]],
            META_SHEET: [["format", "kesu-records"], ["version", 2]],
        },
    )
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert refused.value.values["version"] == 2


def test_layouts_cover_every_field_of_the_inputs():
    def fields(layout: SheetLayout) -> set[str]:
        return {column.field for column in layout.columns} - {"id"}

    assert fields(ACTIVITY_LAYOUT) == set(ActivityInput.__dataclass_fields__)
    assert fields(TRAINING_LAYOUT) == set(TrainingInput.__dataclass_fields__)
