"""The world the fuzzing tests mutate: real returns of 新城镇, exported once per module, and a county folder that
has the unit's key pinned, so that each of those returns, unchanged, is imported as new."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.signing import new_private_key
from kesu_desktop.county.inbox import keys
from kesu_desktop.county.inbox.incoming import read_incoming
from kesu_desktop.records.service import add_activity, add_training
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_period
from kesu_desktop.returns.export import export_return
from kesu_desktop.returns.ledger import reopen
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, save_installation, signing_key
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE

COUNTY_OFFICE = "141023000"
COUNTY_CLERK = "刘芳"
UNIT_CLERK = "王晓燕"
TODAY = date(2025, 5, 6)
"""The county's today: every return of the world is of a month that is over."""


class BaseReturn:
    """One exported return: the file's bytes and what the county reads from it. Not a dataclass, nor is
    :class:`World`: Hypothesis prints a dataclass field by field, and a failure should show a name."""

    def __init__(self, name: str, data: bytes, fingerprint: str, public_key: str) -> None:
        self.name, self.data, self.fingerprint, self.public_key = name, data, fingerprint, public_key

    def __repr__(self) -> str:
        return f"BaseReturn({self.name})"


class World:
    """The returns to mutate, the keys to sign them again with, and the county folder that imports them."""

    def __init__(
        self, returns: tuple[BaseReturn, ...], unit_key: bytes, county: Store, reference: ReferenceData, scratch: Path
    ) -> None:
        self.returns = returns
        self.unit_key = unit_key
        """The unit's own private key: a payload signed with it is authentic and its key pinned."""
        self.other_key = new_private_key()
        """A key the county has never seen."""
        self.county, self.reference, self.scratch = county, reference, scratch
        with county.reading() as session:
            pinned = select(models.UnitKey.id).where(models.UnitKey.state == keys.PINNED)
            self.pinned_key_id = session.scalars(pinned).one()

    def __repr__(self) -> str:
        return "World()"


def _activity(title: str, day: date, participants: int, groups: tuple[str, ...] = ("farmers",)) -> ActivityInput:
    return ActivityInput(
        title=title,
        start_date=day,
        end_date=day,
        form_code="lecture",
        target_group_codes=groups,
        venue="镇文化广场",
        participants=participants,
        women=participants // 3,
        volunteers=4,
    )


def _training(day: date) -> TrainingInput:
    return TrainingInput(
        title="小麦春管培训",
        start_date=day,
        end_date=day,
        kind_code="rural_practical",
        target_group_code="farmers",
        sessions=2,
        trainees=45,
        women=12,
        low_income=4,
        certified=20,
        hours=Decimal("7.5"),
    )


def _export(store: Store, reference: ReferenceData, year: int, month: int, today: date, folder: Path) -> bytes:
    result = export_return(
        store, reference, month_period(year, month), folder, formats=("xlsx",), today=today, unfilled="zero"
    )
    return result.files[0].read_bytes()


def _unit_returns(folder: Path) -> tuple[list[tuple[str, bytes]], bytes]:
    """March 2025 (version 1 and its correction) and April 2025 of 新城镇, and the unit's private key."""
    store, reference = prepare_store(DataDir(folder / "unit"))
    out = folder / "exported"
    out.mkdir()
    try:
        with store.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name=UNIT_CLERK), reference)
            add_activity(session, UNIT_CODE, _activity("春季科普讲座", date(2025, 3, 4), 80), reference, actor="王")
            add_activity(
                session,
                UNIT_CODE,
                _activity("=SUM(A1) 老年健康讲座", date(2025, 3, 12), 35, ("elderly", "farmers")),
                reference,
                actor="王",
            )
            add_training(session, UNIT_CODE, _training(date(2025, 3, 20)), reference, actor="王")
            add_activity(session, UNIT_CODE, _activity("防灾减灾宣传", date(2025, 4, 9), 120), reference, actor="王")
        march = _export(store, reference, 2025, 3, date(2025, 4, 2), out)
        with store.transaction() as session:
            reopen(session, UNIT_CODE, "2025-03", "漏报一次讲座", actor="王")
            add_activity(session, UNIT_CODE, _activity("补报讲座", date(2025, 3, 28), 26), reference, actor="王")
        correction = _export(store, reference, 2025, 3, date(2025, 4, 10), out)
        april = _export(store, reference, 2025, 4, date(2025, 5, 6), out)
        with store.reading() as session:
            key = signing_key(session)
    finally:
        store.close()
    return [("2025-03 v1", march), ("2025-03 v2", correction), ("2025-04 v1", april)], key


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("fuzz")
    exported, unit_key = _unit_returns(folder)
    county, reference = prepare_store(DataDir(folder / "county"))
    returns = []
    for name, data in exported:
        path = folder / "exported" / f"{name}.xlsx"
        path.write_bytes(data)
        incoming = read_incoming(path, reference, today=TODAY)
        returns.append(BaseReturn(name, data, incoming.fingerprint, incoming.public_key))
    with county.transaction() as session:
        save_installation(session, Setup(role="county", unit_code=COUNTY_OFFICE, clerk_name=COUNTY_CLERK), reference)
        keys.note_pending(session, UNIT_CODE, returns[0].public_key)
        keys.accept_key(session, UNIT_CODE, None, COUNTY_CLERK)
    scratch = folder / "scratch"
    scratch.mkdir()
    try:
        yield World(tuple(returns), unit_key, county, reference, scratch)
    finally:
        county.close()
