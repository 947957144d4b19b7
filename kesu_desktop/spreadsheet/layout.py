"""The shape of the canonical records workbook: its sheets, their columns, and the lists of allowed values.

The workbook is made for a clerk in Excel or WPS, so everything they see is Chinese: a sheet per record type
(活动, 培训) with one header row of Chinese column names, a sheet explaining how to fill it in (填写说明) and a
sheet of allowed values (可选值). A hidden sheet (_kesu) holds the machine part: the format and its version,
what the file is (template or export, for which unit and period) and each column's field key.

Reading goes by the header text, not by position, so a clerk may reorder or hide columns; the field keys and
the English field labels are accepted as headers too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.validation import NOTES_MAX
from kesu_desktop.reference.data import Item, ReferenceData

FORMAT_NAME = "kesu-records"
FORMAT_VERSION = 1

ACTIVITY_SHEET = "活动"
TRAINING_SHEET = "培训"
GUIDE_SHEET = "填写说明"
CHOICES_SHEET = "可选值"
META_SHEET = "_kesu"

ID_FIELD = "id"
ID_LABEL = QT_TRANSLATE_NOOP("Fields", "Record number")
REQUIRED_MARK = "*"
GROUP_SEPARATOR = "、"

# Column kinds: how a value is written and read.
TEXT = "text"  # one line; blanks folded
NOTES = "notes"  # may span lines
DATE = "date"
COUNT = "count"  # whole number of 0 or more
HOURS = "hours"  # number with one decimal
CHOICE = "choice"  # one coded value, written as its Chinese name
CHOICES = "choices"  # several coded values, written as names separated by 、
RECORD_ID = "record_id"


@dataclass(frozen=True)
class ChoiceList:
    """One list of allowed values: its heading on the 可选值 sheet and where its items come from. Every item is
    read and written by name; only those ``offered`` (all, unless said otherwise) stand in the drop-down."""

    key: str
    heading: str
    items: Callable[[ReferenceData], tuple[Item, ...]]
    offered: Callable[[ReferenceData], tuple[Item, ...]] | None = None

    def offered_items(self, reference: ReferenceData) -> tuple[Item, ...]:
        return (self.offered or self.items)(reference)


CHOICE_LISTS = (
    ChoiceList(
        "forms", "活动形式", lambda r: r.activity_forms, lambda r: tuple(f for f in r.activity_forms if f.active)
    ),
    ChoiceList("groups", "服务对象", lambda r: r.target_groups),
    ChoiceList("campaigns", "主题活动", lambda r: r.campaigns),
    ChoiceList("projects", "重点工程", lambda r: r.key_projects),
    ChoiceList("kinds", "培训类别", lambda r: r.training_kinds),
)
CHOICE_LIST_BY_KEY = {choice.key: choice for choice in CHOICE_LISTS}


@dataclass(frozen=True)
class Column:
    """A column of a record sheet. ``field`` is the attribute of ActivityInput/TrainingInput (or ``id``)."""

    field: str
    header: str
    kind: str
    required: bool = False
    width: float = 12
    choices: str | None = None
    guide: str = ""

    @property
    def heading(self) -> str:
        """The header cell's text: required columns carry a leading asterisk, as on paper forms."""
        return f"{REQUIRED_MARK}{self.header}" if self.required else self.header

    @property
    def label(self) -> str:
        """The English field name (context ``Fields``) used in messages."""
        return ID_LABEL if self.field == ID_FIELD else LABELS[self.field]


@dataclass(frozen=True)
class SheetLayout:
    record_type: str
    name: str
    columns: tuple[Column, ...]

    def column(self, field: str) -> Column:
        return next(column for column in self.columns if column.field == field)


_ID_COLUMN = Column(
    ID_FIELD,
    "记录编号",
    RECORD_ID,
    width=38,
    guide="系统生成，用于修改已有记录。新增记录请留空；请勿修改或复制到其他行。",
)
_DATE_GUIDE = "填写日期，如 2024-03-05（也可写 2024/3/5 或 2024年3月5日）。"
_COUNT_GUIDE = "填写整数，没有填 0，不清楚可留空。"
_NOTES_GUIDE = f"可以换行，最多 {NOTES_MAX} 字。"

ACTIVITY_LAYOUT = SheetLayout(
    "activity",
    ACTIVITY_SHEET,
    (
        Column("title", "活动名称", TEXT, required=True, width=34, guide="活动的名称，最多 200 字。"),
        Column("start_date", "开始日期", DATE, required=True, width=12, guide=_DATE_GUIDE),
        Column("end_date", "结束日期", DATE, required=True, width=12, guide=_DATE_GUIDE + "一天的活动与开始日期相同。"),
        Column("form_code", "活动形式", CHOICE, required=True, width=20, choices="forms", guide="从下拉列表中选择。"),
        Column(
            "target_group_codes",
            "服务对象",
            CHOICES,
            required=True,
            width=20,
            choices="groups",
            guide="从下拉列表中选择；多个对象用“、”分隔，第一个为主要对象，如：农民、老年人。",
        ),
        Column(
            "campaign_code",
            "主题活动",
            CHOICE,
            width=18,
            choices="campaigns",
            guide="属于某项主题活动时选择，否则留空。",
        ),
        Column(
            "key_project_code",
            "重点工程",
            CHOICE,
            width=18,
            choices="projects",
            guide="属于某项重点工程时选择，否则留空。",
        ),
        Column("venue", "活动地点", TEXT, width=18),
        Column("organiser", "主办单位", TEXT, width=18),
        Column("partners", "协办单位", TEXT, width=18, guide="多个单位用“、”分隔。"),
        Column("participants", "参与人次", COUNT, required=True, width=10, guide="填写整数，没有填 0。"),
        Column("women", "其中女性人次", COUNT, width=10, guide="不能大于参与人次。" + _COUNT_GUIDE),
        Column("volunteers", "志愿者人次", COUNT, width=10, guide=_COUNT_GUIDE),
        Column("materials", "发放资料份数", COUNT, width=10, guide=_COUNT_GUIDE),
        Column("notes", "备注", NOTES, width=30, guide=_NOTES_GUIDE),
        _ID_COLUMN,
    ),
)

TRAINING_LAYOUT = SheetLayout(
    "training",
    TRAINING_SHEET,
    (
        Column("title", "培训名称", TEXT, required=True, width=34, guide="培训的名称，最多 200 字。"),
        Column("start_date", "开始日期", DATE, required=True, width=12, guide=_DATE_GUIDE),
        Column("end_date", "结束日期", DATE, required=True, width=12, guide=_DATE_GUIDE),
        Column("kind_code", "培训类别", CHOICE, required=True, width=22, choices="kinds", guide="从下拉列表中选择。"),
        Column(
            "target_group_code",
            "培训对象",
            CHOICE,
            required=True,
            width=14,
            choices="groups",
            guide="从下拉列表中选择一个。",
        ),
        Column("venue", "培训地点", TEXT, width=18),
        Column("organisation", "培训机构", TEXT, width=18),
        Column("sessions", "培训期数", COUNT, required=True, width=9, guide="填写整数，没有填 0。"),
        Column("trainees", "培训人次", COUNT, required=True, width=10, guide="填写整数，没有填 0。"),
        Column("women", "其中女性人次", COUNT, width=10, guide="不能大于培训人次。" + _COUNT_GUIDE),
        Column("low_income", "其中脱贫/低收入人次", COUNT, width=12, guide="不能大于培训人次。" + _COUNT_GUIDE),
        Column("certified", "其中取得证书人次", COUNT, width=12, guide="不能大于培训人次。" + _COUNT_GUIDE),
        Column("hours", "学时", HOURS, width=8, guide="可带一位小数，如 2.5。"),
        Column("notes", "备注", NOTES, width=30, guide=_NOTES_GUIDE),
        _ID_COLUMN,
    ),
)

LAYOUTS = (ACTIVITY_LAYOUT, TRAINING_LAYOUT)

_IGNORED_IN_HEADERS = re.compile(r"[\s*＊]+")


def header_key(text: str) -> str:
    """A header as compared: full-width folded, blanks and asterisks removed, case ignored."""
    return _IGNORED_IN_HEADERS.sub("", unicodedata.normalize("NFKC", text)).casefold()


def header_aliases(column: Column) -> set[str]:
    """Every header text that names this column: the Chinese header, the field key and the English label."""
    return {header_key(column.header), header_key(column.field), header_key(column.label)}
