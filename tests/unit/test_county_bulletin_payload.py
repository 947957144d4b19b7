"""What the county puts in a unit's bulletin (issue 16): a receipt of every version it holds, on time or late by
the county's deadline day, the returns sent back with the reason, and the unit's share of each target of the plan
in force with its progress as the county sees it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.county.bulletins import bulletin_payload, send_back
from tests.county_files import county_store
from tests.county_held import hold, payload, training

XINCHENG = "141023101"


@pytest.fixture
def county(tmp_path):
    store, reference = county_store(tmp_path / "county")
    with store.transaction() as session:
        migrants = [training(date(2024, 3, 12), kind="migrant_worker", group="workers", trainees=40)]
        hold(
            session,
            reference,
            [
                (payload(reference, XINCHENG, "2024-03", trainings=migrants), datetime(2024, 4, 3, 10)),
                (payload(reference, XINCHENG, "2024-04"), datetime(2024, 5, 9, 16)),
                (payload(reference, XINCHENG, "2024-04", version=2), datetime(2024, 5, 20, 9)),
            ],
        )
        session.add(
            models.TargetShare(plan_code="XF-2021-2025", target_code="migrant_workers", unit_code=XINCHENG, figure=100)
        )
    yield store, reference
    store.close()


def test_the_receipts_say_on_time_or_late_for_every_version(county):
    store, reference = county
    with store.transaction() as session:
        sent = payload_now(session, reference)

    assert [(r["period"], r["version"], r["timeliness"], r["days_late"]) for r in sent["receipts"]] == [
        ("2024-03", 1, "on_time", 0),
        ("2024-04", 1, "late", 4),
        ("2024-04", 2, "late", 15),
    ]
    assert sent["unit_name"] == "新城镇" and sent["send_backs"] == []


def payload_now(session, reference, **kwargs):
    return bulletin_payload(session, reference, XINCHENG, now=datetime(2024, 6, 1, 9), **kwargs)


def test_a_return_sent_back_is_its_newest_version_with_the_reason(county):
    store, reference = county
    with store.transaction() as session:
        send_back(session, reference, XINCHENG, "2024-04", "  表1 人次有误  ", "李明")
        sent = payload_now(session, reference, notice="请于6月5日前更正")

    assert [(b["period"], b["version"], b["reason"]) for b in sent["send_backs"]] == [("2024-04", 2, "表1 人次有误")]
    assert sent["notice"] == "请于6月5日前更正"
    with store.transaction() as session, pytest.raises(KesuError):
        send_back(session, reference, XINCHENG, "2024-04", "again", "李明")
    with store.transaction() as session, pytest.raises(KesuError):
        send_back(session, reference, XINCHENG, "2024-05", "no such return", "李明")
    with store.transaction() as session, pytest.raises(KesuError):
        send_back(session, reference, XINCHENG, "2024-03", "   ", "李明")


def test_the_units_share_of_a_target_comes_with_its_progress(county):
    store, reference = county
    with store.transaction() as session:
        sent = bulletin_payload(session, reference, XINCHENG, now=datetime(2024, 6, 1, 9))

    [share] = sent["shares"]
    assert (share["plan_code"], share["target_code"], share["share"], share["actual"]) == (
        "XF-2021-2025",
        "migrant_workers",
        100,
        40,
    )
    assert Decimal(str(share["percent"])) == Decimal(40)
