"""One glossary of field names: the records workbook's column headers (and so the template, the export and the
return's registers) are the Chinese of the names the editors, lists, history, messages and the PDF use."""

from __future__ import annotations

import pytest

from kesu_desktop.base.translation import Translator
from kesu_desktop.records import fields
from kesu_desktop.spreadsheet.layout import ID_FIELD, ID_LABEL, LAYOUTS

ZH = Translator("zh_CN")
COLUMNS = [(layout.record_type, column) for layout in LAYOUTS for column in layout.columns]


@pytest.mark.parametrize(("record_type", "column"), COLUMNS, ids=lambda value: getattr(value, "field", value))
def test_every_workbook_header_is_the_glossarys_name_for_its_field(record_type, column):
    name = ID_LABEL if column.field == ID_FIELD else fields.label(record_type, column.field)
    assert column.header == ZH.translate("Fields", name)


def test_a_name_given_for_one_kind_of_record_differs_from_the_other_kinds():
    assert ZH.translate("Fields", fields.label("activity", "title")) == "活动名称"
    assert ZH.translate("Fields", fields.label("training", "title")) == "培训名称"
    assert fields.label("activity", "participants") == fields.LABELS["participants"]
