"""Returns held by the county, made quickly for tests of what the county reads from them (status, totals,
targets): payloads written straight from records and stored by the inbox's own ``store_returns``, without the
files, keys and signatures an import checks (those are tested in ``tests/unit/test_county_inbox.py``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.signing import Signature
from kesu_desktop.county.inbox.imports import store_returns
from kesu_desktop.county.inbox.incoming import IncomingReturn
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.store.database import Store


def activity(
    day: date,
    *,
    form: str = "lecture",
    groups: Sequence[str] = ("public",),
    participants: int | None = 100,
    women: int | None = 40,
    campaign: str | None = None,
    key_project: str | None = None,
    title: str = "科普讲座",
) -> dict[str, Any]:
    """An activity as a return's payload carries it."""
    return {
        "id": str(uuid.uuid4()),
        "title": title,
        "start_date": day.isoformat(),
        "end_date": day.isoformat(),
        "form_code": form,
        "target_group_codes": list(groups),
        "campaign_code": campaign,
        "key_project_code": key_project,
        "venue": "文化广场",
        "organiser": "镇科协",
        "partners": "",
        "participants": participants,
        "women": women,
        "volunteers": None,
        "materials": None,
        "notes": "",
    }


def training(
    day: date,
    *,
    kind: str = "high_quality_farmer",
    group: str = "farmers",
    sessions: int | None = 1,
    trainees: int | None = 30,
    women: int | None = 10,
    low_income: int | None = 0,
    certified: int | None = 0,
    title: str = "高素质农民培训班",
) -> dict[str, Any]:
    """A training as a return's payload carries it."""
    return {
        "id": str(uuid.uuid4()),
        "title": title,
        "start_date": day.isoformat(),
        "end_date": day.isoformat(),
        "kind_code": kind,
        "target_group_code": group,
        "venue": "农技站",
        "organisation": "县农业农村局",
        "sessions": sessions,
        "trainees": trainees,
        "women": women,
        "low_income": low_income,
        "certified": certified,
        "hours": None,
        "notes": "",
    }


def payload(
    reference: ReferenceData,
    unit_code: str,
    period: str,
    *,
    activities: Iterable[dict[str, Any]] = (),
    trainings: Iterable[dict[str, Any]] = (),
    stock: dict[str, int | None] | None = None,
    version: int = 1,
    clerk: str = "王晓燕",
    phone: str = "0357-3881234",
) -> dict[str, Any]:
    """A format 2 payload of ``unit_code`` for ``period`` (2024-03) holding these records and period-end figures
    (indicator code -> figure, None for not applicable). Tables 1–3 are left empty: nothing here checks them."""
    figures = stock or {}
    rows = [
        {"code": f"{number:02d}", "cells": ["not_applicable" if figures[i.code] is None else figures[i.code]]}
        for number, i in enumerate(reference.stock_indicators, start=1)
        if i.code in figures
    ]
    return {
        "format": "kesu-monthly-return",
        "format_version": 2,
        "app_version": "test",
        "return_id": str(uuid.uuid4()),
        "installation_id": str(uuid.uuid4()),
        "unit_code": unit_code,
        "unit_name": reference.unit(unit_code).name,
        "period": period,
        "version": version,
        "is_correction": version > 1,
        "created_at": f"{period}-01T09:00:00",
        "header": {"clerk": clerk, "phone": phone, "reviewer": "", "responsible": "", "filled_on": f"{period}-01"},
        "tables": [*({"number": f"表{n}", "rows": []} for n in (1, 2, 3)), {"number": "表4", "rows": rows}],
        "demo": False,
        "national_mapping": {},
        "correction": {"reason": "更正", "changes": []} if version > 1 else None,
        "activities": list(activities),
        "trainings": list(trainings),
    }


def hold(session: Session, reference: ReferenceData, returns: Iterable[tuple[dict[str, Any], datetime]]) -> None:
    """Store each (payload, received at) as one import would, in one import."""
    import_id = uuid.uuid4()
    session.add(models.CountyImport(id=import_id, started_at=datetime.now(), actor="测试"))
    session.flush()
    store_returns(session, reference, ((_incoming(reference, content), at) for content, at in returns), import_id)
    session.flush()


def _incoming(reference: ReferenceData, content: dict[str, Any]) -> IncomingReturn:
    return IncomingReturn(
        file=f"{content['unit_code']}-{content['period']}-v{content['version']}.xlsx",
        sha256=uuid.uuid4().hex * 2,
        manifest=SignedManifest(content, Signature("test-key", "test-signature")),
        unit=reference.unit(str(content["unit_code"])),
        period=parse_period(str(content["period"])),
        version=int(content["version"]),
        early=False,
    )


@contextmanager
def undone(store: Store) -> Iterator[Session]:
    """A session whose writes are rolled back at the end, so that tests and examples share one store cheaply."""
    session = store.sessions()
    try:
        yield session
    finally:
        session.rollback()
        session.close()
