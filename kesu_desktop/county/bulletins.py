"""The road back to the townships (the county's side): a return sent back (退回) with its reason, and each unit's
signed bulletin (:mod:`kesu_desktop.bulletins.document`) written onto a stick or into a folder: receipts of every
return the county holds of the unit (version, fingerprint, when received, on time or late), the returns sent
back, the unit's share of each target of the current plan with its progress as the county sees it, the county's
reference data (laid over a township's by :mod:`kesu_desktop.reference.county_updates`), and a notice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.signing import fingerprint
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.bulletins.document import SUFFIX, write_bulletin
from kesu_desktop.county.reports.survey_mapping import survey_mapping
from kesu_desktop.county.status.rules import deadline_of, reporting_rules
from kesu_desktop.county.targets.progress import NoPlan, choose_plan, plan_progress
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.store.installation import signing_key

ON_TIME, LATE = "on_time", "late"
NOTICE_MAX = 2_000

_NO_RETURN = QT_TRANSLATE_NOOP("Errors", "The county holds no return of {unit} for {period}; nothing to send back.")
_NO_REASON = QT_TRANSLATE_NOOP(
    "Errors", "Reason: required; say what the unit is to correct, as it will read it in its bulletin."
)
_SENT_ALREADY = QT_TRANSLATE_NOOP("Errors", "Version {version} of {unit}'s return for {period} was sent back already.")
_NOTICE_LONG = QT_TRANSLATE_NOOP("Errors", "Notice: at most {limit} characters; shorten it.")


def send_back(
    session: Session, reference: ReferenceData, unit_code: str, period: str, reason: str, actor: str
) -> models.SendBack:
    """Send back the newest return of ``unit_code`` for ``period`` with ``reason``; raises :class:`KesuError`
    when there is none, the reason is empty, or that version was sent back already."""
    unit = reference.unit(unit_code).name
    returns = models.ReceivedReturn
    held = session.execute(
        select(returns.version, returns.fingerprint).where(
            returns.unit_code == unit_code, returns.period == period, returns.current.is_(True)
        )
    ).first()
    if held is None:
        raise KesuError(_NO_RETURN, unit=unit, period=period)
    if not reason.strip():
        raise KesuError(_NO_REASON)
    version, fingerprint = held
    done = session.scalars(
        select(models.SendBack).where(
            models.SendBack.unit_code == unit_code, models.SendBack.period == period, models.SendBack.version == version
        )
    ).first()
    if done is not None:
        raise KesuError(_SENT_ALREADY, unit=unit, period=period, version=version)
    row = models.SendBack(
        unit_code=unit_code,
        period=period,
        version=version,
        fingerprint=fingerprint,
        reason=reason.strip(),
        sent_at=datetime.now(),
        sent_by=actor,
    )
    session.add(row)
    session.flush()
    return row


def reference_update(session: Session, reference: ReferenceData) -> dict[str, Any]:
    """The county's reference data as a bulletin carries it, with its fingerprint; each activity form counts in
    the national survey's row the county chose for it (:func:`survey_mapping`), so the townships' returns
    count it there too."""
    mapping = survey_mapping(session, reference)
    content: dict[str, Any] = {
        "units": [{"code": u.code, "name": u.name, "kind": u.kind} for u in reference.units],
        "activity_forms": [
            {
                "code": f.code,
                "name_zh": f.name_zh,
                "name_en": f.name_en,
                "national_row": mapping.row_of_form(f.code),
                "active": f.active,
            }
            for f in reference.activity_forms
        ],
        "training_kinds": [
            {"code": k.code, "name_zh": k.name_zh, "name_en": k.name_en, "target_group_code": k.target_group_code}
            for k in reference.training_kinds
        ],
        "campaigns": [
            {"code": c.code, "name_zh": c.name_zh, "name_en": c.name_en, "usual_month": c.usual_month}
            for c in reference.campaigns
        ],
        "key_projects": [{"code": k.code, "name_zh": k.name_zh, "name_en": k.name_en} for k in reference.key_projects],
        "plans": [
            {
                "code": p.code,
                "name": p.name,
                "document_no": p.document_no,
                "start_year": p.start_year,
                "end_year": p.end_year,
                "retired": p.retired,
                "targets": [
                    {
                        "code": t.code,
                        "name_zh": t.name_zh,
                        "name_en": t.name_en,
                        "kind": t.kind,
                        "comparison": t.comparison,
                        "figure": str(t.figure),
                        "measure_unit": t.measure_unit,
                        "target_group_code": t.target_group_code,
                        "measure": t.measure,
                    }
                    for t in p.targets
                ],
            }
            for p in reference.plans
        ],
    }
    return {"fingerprint": fingerprint(content), **content}


def sent_backs(session: Session, year: int) -> dict[tuple[str, str], tuple[int, str]]:
    """(unit, month) -> (version, reason) of each return of ``year`` the county sent back."""
    rows = session.execute(
        select(models.SendBack.unit_code, models.SendBack.period, models.SendBack.version, models.SendBack.reason)
        .where(models.SendBack.period.like(f"{year:04d}-%"))
        .order_by(models.SendBack.version)
    )
    return {(unit, period): (version, reason) for unit, period, version, reason in rows}


def bulletin_payload(
    session: Session, reference: ReferenceData, unit_code: str, *, now: datetime, notice: str = ""
) -> dict[str, Any]:
    """The payload of ``unit_code``'s bulletin as the county holds things at ``now``."""
    if len(notice) > NOTICE_MAX:
        raise KesuError(_NOTICE_LONG, limit=NOTICE_MAX)
    county = next(unit for unit in reference.units if unit.kind == "county_office")
    return {
        "bulletin_id": str(uuid.uuid4()),
        "issued_at": now.isoformat(),
        "county_code": county.code,
        "county_name": county.name,
        "unit_code": unit_code,
        "unit_name": reference.unit(unit_code).name,
        "receipts": _receipts(session, unit_code),
        "send_backs": [
            {
                "period": row.period,
                "version": row.version,
                "fingerprint": row.fingerprint,
                "reason": row.reason,
                "sent_at": row.sent_at.isoformat(timespec="seconds"),
            }
            for row in session.scalars(
                select(models.SendBack)
                .where(models.SendBack.unit_code == unit_code)
                .order_by(models.SendBack.period, models.SendBack.version)
            )
        ],
        "shares": _shares(session, reference, unit_code, now.date()),
        "reference": reference_update(session, reference),
        "notice": notice.strip(),
    }


def _receipts(session: Session, unit_code: str) -> list[dict[str, Any]]:
    rules = reporting_rules(session)
    returns = models.ReceivedReturn
    rows = session.execute(
        select(returns.period, returns.version, returns.fingerprint, returns.received_at)
        .where(returns.unit_code == unit_code)
        .order_by(returns.period, returns.version)
    )
    receipts = []
    for period, version, printed, received_at in rows:
        days_late = max(0, (received_at.date() - deadline_of(parse_period(period), rules.deadline_day)).days)
        receipts.append(
            {
                "period": period,
                "version": version,
                "fingerprint": printed,
                "received_at": received_at.isoformat(timespec="seconds"),
                "timeliness": LATE if days_late else ON_TIME,
                "days_late": days_late,
            }
        )
    return receipts


def _shares(session: Session, reference: ReferenceData, unit_code: str, today: date) -> list[dict[str, Any]]:
    plan = choose_plan(reference, today)
    if isinstance(plan, NoPlan):
        return []
    shares = []
    for target in plan_progress(session, reference, plan.code, at=today).targets:
        mine = next((unit for unit in target.units if unit.unit_code == unit_code and unit.share is not None), None)
        if mine is None:
            continue
        shares.append(
            {
                "plan_code": plan.code,
                "plan_name": plan.name,
                "target_code": target.target.code,
                "target_name": target.target.name("zh"),
                "measure_unit": target.target.measure_unit,
                "share": _number(mine.share),
                "actual": _number(mine.actual),
                "percent": _number(mine.percent),
            }
        )
    return shares


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def write_bulletins(
    session: Session,
    reference: ReferenceData,
    folder: Path,
    unit_codes: Iterable[str],
    *,
    notice: str = "",
    now: datetime | None = None,
) -> list[Path]:
    """Write a bulletin for each unit of ``unit_codes`` into ``folder``; the files written."""
    now = now or datetime.now()
    key = signing_key(session)
    written = []
    for code in unit_codes:
        payload = bulletin_payload(session, reference, code, now=now, notice=notice)
        name = f"{code}_{payload['unit_name']}_县回执_{now:%Y%m%d-%H%M%S}{SUFFIX}"
        written.append(write_bulletin(folder / name, payload, key))
    return written
