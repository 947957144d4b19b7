"""Return format versions: format-1 files written by the first release (tests/fixtures/returns) are still read,
verified and recomputed by their own rules; format 2 counts Table 2 as the national statistics do, carries
其中女性 in Table 1, the demo mark, the mapping it used and a correction's reason; a table altered before signing
is caught by recomputing it from the records; an unknown format is refused in one line."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kesu_desktop.base.errors import ReturnFormatError
from kesu_desktop.base.signing import new_private_key, sign
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.service import add_activity, add_training
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.periods import month_period
from kesu_desktop.returns.aggregation import summarise_records
from kesu_desktop.returns.formats import READABLE_FORMATS, return_format
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.recompute import table_differences
from kesu_desktop.returns.tables import build_tables
from kesu_desktop.returns.workbook.reader import read_return_workbook, verify_return_workbook
from tests.conftest import UNIT_CODE
from tests.unit.test_return_workbook import make_return

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "returns"
FORMAT_1 = sorted(FIXTURES.glob("format1-*.xlsx"))
MAY = month_period(2025, 5)
DAY = date(2025, 5, 10)
ZH = Translator("zh_CN")


def activity(form: str, people: int, *, women: int = 0, campaign: str | None = None) -> ActivityInput:
    return ActivityInput(
        title=f"{form}{people}",
        start_date=DAY,
        end_date=DAY,
        form_code=form,
        target_group_codes=("youth", "elderly"),
        campaign_code=campaign,
        participants=people,
        women=women,
    )


TRAINING = TrainingInput(
    title="高素质农民培育班",
    start_date=DAY,
    end_date=DAY,
    kind_code="high_quality_farmer",
    target_group_code="farmers",
    sessions=3,
    trainees=90,
    women=30,
)


def test_the_fixtures_of_format_1_are_there():
    assert len(FORMAT_1) == 2


@pytest.mark.parametrize("path", FORMAT_1, ids=lambda path: path.name)
def test_a_format_1_return_is_read_verified_and_recomputed_by_its_own_rules(shipped_reference, path: Path):
    returned = read_return_workbook(path)
    payload = returned.manifest.payload
    assert payload["format_version"] == 1
    assert verify_return_workbook(path).ok
    assert table_differences(payload, shipped_reference) == []


def test_format_2_tables_count_as_the_national_statistics(shipped_reference):
    records = [
        activity("lecture", 100, women=40),
        activity("outreach", 1200, women=600, campaign="science_week"),  # format 1 counted it as a major event
        activity("practical_training", 50, women=20),
    ]
    fmt = return_format(2)
    summary = summarise_records(UNIT_CODE, MAY.start, MAY.end, records, [TRAINING])
    tables = build_tables(summary, records, {}, shipped_reference, fmt, fmt.national_mapping(shipped_reference), ZH)
    table_1 = {row.code: row.cells for row in tables[0].rows}
    assert table_1["01"][:3] == (3, 1350, 660)  # 合计: 次数, 人次, 其中女性
    assert tables[0].groups[0] == ("合计", 3)
    # a Chinese return prints its row and column names in Chinese: the total row, the forms, the target groups
    assert [(row.code, row.label) for row in tables[0].rows[:2]] == [("01", "合计"), ("02", "科普讲座")]
    assert [name for name, _span in tables[0].groups[1:]] == [g.name_zh for g in shipped_reference.target_groups]
    mapping = fmt.national_mapping(shipped_reference)
    english = build_tables(summary, records, {}, shipped_reference, fmt, mapping, Translator("en"))
    assert [row.label for row in english[0].rows[:2]] == ["Total", "Science lecture"]
    assert [name for name, _span in english[0].groups[1:]] == [g.name_en for g in shipped_reference.target_groups]
    for chinese, in_english in zip(tables, english, strict=True):  # every table is titled, in its own language
        assert chinese.title and in_english.title and chinese.title != in_english.title
    rows = {row.label: row.cells for row in tables[1].rows}
    assert tables[1].rows[0].is_total and tables[1].rows[0].cells == (6, 1440)  # 3 activities + 3 training sessions
    assert rows["科普（技）讲座"] == (1, 100)
    assert rows["实用技术培训"] == (1 + 3, 50 + 90)  # the activity of that form and every training
    assert rows["其他科普活动"] == (1, 1200)
    assert rows["其中：科技活动周期间"] == (1, 1200)
    assert rows["其中：重大科普活动（1000人次以上）"] == (1, 1200)
    assert "重大科普活动" not in rows


def test_a_major_event_is_one_of_at_least_the_minimum_person_times(shipped_reference):
    fmt = return_format(2)
    minimum = fmt.major_event_min_participants
    assert minimum is not None
    records = [activity("lecture", minimum - 1), activity("lecture", minimum), activity("outreach", minimum + 1)]
    summary = summarise_records(UNIT_CODE, MAY.start, MAY.end, records, [])
    tables = build_tables(summary, records, {}, shipped_reference, fmt, fmt.national_mapping(shipped_reference), ZH)
    assert tables[1].rows[-1].cells == (2, 2 * minimum + 1)


def test_format_1_rules_still_count_outreach_as_major_events(shipped_reference):
    records = [activity("outreach", 30)]
    fmt = return_format(1)
    summary = summarise_records(UNIT_CODE, MAY.start, MAY.end, records, [TRAINING])
    tables = build_tables(summary, records, {}, shipped_reference, fmt, fmt.national_mapping(shipped_reference), ZH)
    rows = {row.label: row.cells for row in tables[1].rows}
    assert rows["重大科普活动"] == (1, 30)
    assert rows["实用技术培训"] == (0, 0)  # format 1 left trainings out
    assert not any(row.is_total for row in tables[1].rows)
    assert len(tables[0].rows[0].cells) == 2 + 2 * len(shipped_reference.target_groups)


@pytest.fixture
def written(unit_store, reference, tmp_path):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, activity("lecture", 80, women=30), reference, actor="t")
        add_training(session, UNIT_CODE, TRAINING, reference, actor="t")
    return make_return(unit_store, reference, MAY, tmp_path)


def test_a_format_2_payload_carries_its_mapping_and_no_demo_mark(written):
    payload = written.manifest.payload
    assert payload["format_version"] == 2 and payload["demo"] is False and payload["correction"] is None
    assert payload["national_mapping"]["outreach"] == "other"
    assert table_differences(payload, written.reference) == []


def test_a_format_2_return_is_recomputed_with_the_mapping_it_carries_not_todays(written):
    """The county may hold newer reference data in which a form counts in another row of Table 2; a return is
    checked against the mapping it was signed with."""
    moved = tuple(
        replace(form, national_row="exhibition") if form.code == "lecture" else form
        for form in written.reference.activity_forms
    )
    newer = replace(written.reference, activity_forms=moved)
    assert written.manifest.payload["national_mapping"]["lecture"] == "lecture"
    assert table_differences(written.manifest.payload, newer) == []


def test_a_table_altered_before_signing_is_caught_by_recomputing_it(written):
    payload = copy.deepcopy(written.manifest.payload)
    payload["tables"][0]["rows"][0]["cells"][1] += 100  # 表1 合计 人次, signed as if true by some other key
    forged = SignedManifest(payload, sign(payload, new_private_key()))
    assert forged.is_authentic()
    (difference,) = table_differences(forged.payload, written.reference)
    assert (difference.table, difference.code, difference.column) == ("表1", "01", 2)
    assert difference.signed == difference.computed + 100


def test_a_record_altered_before_signing_is_caught_too(written):
    payload = copy.deepcopy(written.manifest.payload)
    payload["trainings"][0]["trainees"] = 10
    assert table_differences(payload, written.reference)


def test_records_that_cannot_be_read_are_refused_as_damaged(written):
    payload = copy.deepcopy(written.manifest.payload)
    payload["activities"][0]["start_date"] = "yesterday"
    with pytest.raises(ReturnFormatError):
        table_differences(payload, written.reference)


def test_an_unknown_format_version_is_refused_in_one_line():
    assert 3 not in READABLE_FORMATS
    with pytest.raises(ReturnFormatError) as refused:
        return_format(3)
    assert len(ZH.render(refused.value).splitlines()) == 1


def test_a_demo_return_is_marked_in_its_payload_title_and_every_printed_page(store_and_reference, tmp_path):
    from openpyxl import load_workbook

    from kesu_desktop.records.demo import fill_demo

    store, reference = store_and_reference
    with store.transaction() as session:
        fill_demo(session, reference, months=3, seed=1, today=date(2025, 6, 20))
    written = make_return(store, reference, MAY, tmp_path)
    assert read_return_workbook(written.path).manifest.payload["demo"] is True
    workbook = load_workbook(written.path)
    assert "演示数据" in str(workbook.worksheets[0]["A1"].value)
    for sheet in workbook.worksheets:
        if sheet.sheet_state == "visible":
            assert "演示数据" in (sheet.oddHeader.left.text or ""), sheet.title
            assert "演示数据" in (sheet.firstHeader.left.text or ""), sheet.title


def _tables(reference, version: int, records, tr: Translator = ZH, mapping: dict[str, str] | None = None):
    fmt = return_format(version)
    summary = summarise_records(UNIT_CODE, MAY.start, MAY.end, records, [TRAINING])
    chosen = fmt.national_mapping(reference) if mapping is None else mapping
    return build_tables(summary, records, {}, reference, fmt, chosen, tr)


@pytest.mark.parametrize(
    ("version", "total_columns"),
    [(1, ("次数", "人次")), (2, ("次数", "人次", "其中女性"))],
    ids=["format 1", "format 2"],
)
def test_table_1_is_headed_in_chinese_with_a_column_for_every_cell(shipped_reference, version, total_columns):
    table = _tables(shipped_reference, version, [activity("lecture", 100, women=40)])[0]
    groups = len(shipped_reference.target_groups)
    assert (table.number, table.label_heading, table.measure) == ("表1", "活动形式", "次、人次")
    assert table.columns == total_columns + ("次数", "人次") * groups
    assert table.groups[0] == ("合计", len(total_columns))
    assert all(len(row.cells) == len(table.columns) for row in table.rows)


@pytest.mark.parametrize(
    ("version", "week_row"),
    [(1, "在全部活动中：科技活动周期间"), (2, "其中：科技活动周期间")],
    ids=["format 1", "format 2"],
)
def test_table_2_is_headed_in_chinese_and_names_the_science_week_row_by_its_format(
    shipped_reference, version, week_row
):
    records = [activity("lecture", 100, campaign="science_week")]
    table = _tables(shipped_reference, version, records)[1]
    assert (table.number, table.label_heading, table.measure, table.columns) == (
        "表2",
        "统计口径",
        "次、人次",
        ("次数", "人次"),
    )
    rows = {row.label: row.cells for row in table.rows}
    assert rows[week_row] == (1, 100)
    assert [row.label for row in table.rows if row.is_total] == (["合计"] if version == 2 else [])
    assert [row.code for row in table.rows] == [f"{number:02d}" for number in range(1, len(table.rows) + 1)]


def test_table_2_names_its_rows_in_the_returns_language(shipped_reference):
    fmt = return_format(2)
    english = _tables(shipped_reference, 2, [activity("lecture", 100)], Translator("en"))[1]
    labels = [row.label for row in english.rows]
    assert labels[0] == "Total"
    assert labels[1 : 1 + len(fmt.national_rows)] == [row.name_en for row in fmt.national_rows]


def test_a_form_its_mapping_does_not_know_counts_under_other_in_table_2(shipped_reference):
    mapping = return_format(2).national_mapping(shipped_reference)
    del mapping["lecture"]  # a form added to the reference data after the return's mapping was fixed
    table = _tables(shipped_reference, 2, [activity("lecture", 100), activity("outreach", 30)], mapping=mapping)[1]
    rows = {row.label: row.cells for row in table.rows}
    assert rows["科普（技）讲座"] == (0, 0)
    assert rows["其他科普活动"] == (2, 130)
    assert table.rows[0].cells == (2 + 3, 130 + 90)  # and the total keeps it (with the training's 3 sessions)


def test_every_table_is_numbered_titled_and_headed_in_chinese(shipped_reference):
    tables = _tables(shipped_reference, 2, [activity("lecture", 100)])
    assert [(table.number, table.title) for table in tables] == [
        ("表1", "科普活动情况（按活动形式和对象人群）"),
        ("表2", "科普活动情况（按全国科普统计口径）"),
        ("表3", "培训情况（按培训类别）"),
        ("表4", "科普队伍与阵地（月末数）"),
    ]
    trainings, stock = tables[2], tables[3]
    assert (trainings.label_heading, trainings.measure) == ("培训类别", "期、人次")
    assert trainings.columns == ("期数", "培训人次", "其中女性", "其中脱贫/低收入", "其中取得证书人次")
    assert trainings.rows[0].label == "合计"
    for table in tables[:3]:  # the 合计 row, and it alone, is marked as the total (printed bold, left out of sums)
        assert [row.is_total for row in table.rows] == [True] + [False] * (len(table.rows) - 1), table.number
    assert not any(row.is_total for row in stock.rows)
    assert [row.label for row in trainings.rows[1:]] == [kind.name_zh for kind in shipped_reference.training_kinds]
    assert (stock.label_heading, stock.columns, stock.measure) == ("项目", ("月末数",), "见各行")
    assert [row.label for row in stock.rows] == [
        f"{indicator.name_zh}（{indicator.measure_unit}）" for indicator in shipped_reference.stock_indicators
    ]
    assert [row.code for row in stock.rows] == [f"{n:02d}" for n in range(1, len(stock.rows) + 1)]


def test_tables_3_and_4_name_their_rows_in_the_returns_language(shipped_reference):
    english = _tables(shipped_reference, 2, [activity("lecture", 100)], Translator("en"))
    assert [row.label for row in english[2].rows] == ["Total"] + [k.name_en for k in shipped_reference.training_kinds]
    assert [row.label for row in english[3].rows] == [
        f"{indicator.name_en}（{indicator.measure_unit}）" for indicator in shipped_reference.stock_indicators
    ]
