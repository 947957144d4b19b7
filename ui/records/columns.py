"""The columns of the activity and training lists, declared once per record type.

A column that names a ``sort_key`` is sorted by the query service (:data:`kesu_desktop.records.query.SORTABLE`);
the others cannot be sorted by clicking their header.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kesu_desktop.records.query import SORTABLE
from kesu_desktop.records.types import Activity, Training
from kesu_desktop.reference.data import ReferenceData
from ui.i18n import translate


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]
    sort_key: str | None = None
    numeric: bool = False
    width: int = 72


def _names(items: dict[str, str], codes: Sequence[str]) -> str:
    return "、".join(items.get(code, code) for code in codes)


def _date(record: Activity | Training) -> str:
    return record.data.start_date.isoformat()


def activity_columns(reference: ReferenceData, language: str) -> list[Column]:
    forms = {f.code: f.name(language) for f in reference.activity_forms}
    groups = {g.code: g.name(language) for g in reference.target_groups}
    campaigns = {c.code: c.name(language) for c in reference.campaigns}
    columns = [
        Column(translate("Records", "Date"), _date, "start_date", width=96),
        Column(translate("Records", "Title"), lambda a: a.data.title, "title", width=260),
        Column(translate("Records", "Form"), lambda a: forms.get(a.data.form_code), "form_code", width=130),
        Column(translate("Records", "Target groups"), lambda a: _names(groups, a.data.target_group_codes), width=110),
        Column(
            translate("Records", "Campaign"),
            lambda a: campaigns.get(a.data.campaign_code or ""),
            "campaign_code",
            width=110,
        ),
        Column(translate("Records", "Venue"), lambda a: a.data.venue, "venue", width=120),
        Column(
            translate("Records", "Person-times"), lambda a: a.data.participants, "participants", numeric=True, width=82
        ),
        Column(translate("Records", "Women"), lambda a: a.data.women, "women", numeric=True, width=64),
        Column(translate("Records", "Volunteers"), lambda a: a.data.volunteers, "volunteers", numeric=True, width=76),
    ]
    assert all(c.sort_key in SORTABLE["activity"] for c in columns if c.sort_key)
    return columns


def training_columns(reference: ReferenceData, language: str) -> list[Column]:
    kinds = {k.code: k.name(language) for k in reference.training_kinds}
    groups = {g.code: g.name(language) for g in reference.target_groups}
    columns = [
        Column(translate("Records", "Date"), _date, "start_date", width=96),
        Column(translate("Records", "Title"), lambda t: t.data.title, "title", width=260),
        Column(translate("Records", "Training kind"), lambda t: kinds.get(t.data.kind_code), "kind_code", width=170),
        Column(
            translate("Records", "Target group"),
            lambda t: groups.get(t.data.target_group_code),
            "target_group_code",
            width=120,
        ),
        Column(translate("Records", "Sessions"), lambda t: t.data.sessions, "sessions", numeric=True),
        Column(translate("Records", "Trainees"), lambda t: t.data.trainees, "trainees", numeric=True),
        Column(translate("Records", "Women"), lambda t: t.data.women, "women", numeric=True),
        Column(translate("Records", "Certified"), lambda t: t.data.certified, "certified", numeric=True),
    ]
    assert all(c.sort_key in SORTABLE["training"] for c in columns if c.sort_key)
    return columns


def columns_for(record_type: str, reference: ReferenceData, language: str) -> list[Column]:
    return (activity_columns if record_type == "activity" else training_columns)(reference, language)


def deleted_column() -> Column:
    """When a record in the bin was deleted."""

    def deleted(record: Activity | Training) -> str:
        when = record.meta.deleted_at
        return "" if when is None else f"{when:%Y-%m-%d %H:%M}"

    return Column(translate("Records", "Deleted"), deleted, width=130)
