"""A whole demo county, for trying the county office's side out: a demo county folder holding the returns of
every town and township, the development zone and three departments, as if a year of them had come in on
USB sticks.

Each unit gets a demo folder of its own (in a temporary folder, removed afterwards) with generated records
(:func:`~kesu_desktop.records.demo.fill_demo`, a seed of its own), and exports every month that is over, as the
unit would: a couple of unit-months are never sent, and one is reopened, corrected (more participants in one
activity) and sent again as version 2. The county folder then imports them month by month through the inbox
(:func:`~kesu_desktop.county.inbox.imports.run_inbox`), one import per day on which returns arrived, with that day as
the receipt time: most in the first days of the following month, a few after the deadline, the correction
some days after its first version. The same seed gives the same county.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.inbox.imports import run_inbox
from kesu_desktop.county.inbox.sources import gather
from kesu_desktop.county.inbox.types import STORED_STATUSES
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.records.service import list_activities, update_activity
from kesu_desktop.reference.data import ReferenceData, UnitInfo
from kesu_desktop.reference.periods import Period, month_of
from kesu_desktop.returns.export import export_return
from kesu_desktop.returns.ledger import DEFAULT_DEADLINE_DAY, deadline_of, reopen
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from kesu_desktop.store.startup import prepare_store

MAX_MONTHS = 24
UNIT_KINDS = ("town", "township", "zone")
DEPARTMENTS = 3
"""Besides every town, township and the zone, this many departments (chosen by the seed) report too."""
COUNTY_CLERK = "刘芳"
SURNAMES = "王李张刘陈杨赵黄周吴郭何高马罗梁宋韩"
GIVEN_NAMES = ("晓燕", "建国", "志强", "丽华", "海涛", "春梅", "文杰", "秀英", "国栋", "红霞", "永刚", "玉兰", "俊峰")
REOPEN_REASON = "核对签到表后更正一次活动的参加人数"
CORRECTED_PARTICIPANTS = 25
"""How many participants the correction adds to the activity it corrects."""
LATE_DAYS = 12
"""A late return comes in up to this many days after the deadline."""

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all): one step per unit built, and the last when every import is done."""
UnitMonth = tuple[str, str]
"""A unit's code and a period's code."""


@dataclass(frozen=True)
class DemoCountySummary:
    """What the demo county holds: its units and months, the returns stored and the imports that stored them,
    the unit-months never sent, those received after the deadline, and the one corrected (version 2)."""

    units: tuple[str, ...]
    periods: tuple[str, ...]
    imported: int
    imports: int
    missing: tuple[UnitMonth, ...]
    late: tuple[UnitMonth, ...]
    corrected: UnitMonth | None


class _Clock:
    """The county clerk's imports: one a day, at a time of that day, and none after ``moment`` (now)."""

    def __init__(self, rng: random.Random, moment: datetime) -> None:
        self.rng, self.moment = rng, moment
        self._times: dict[date, datetime] = {}

    def _import_on(self, day: date) -> datetime:
        if day not in self._times:
            at = time(self.rng.randint(9, 16), self.rng.choice((0, 10, 20, 30, 40, 50)))
            self._times[day] = datetime.combine(day, at)
        return self._times[day]

    def on(self, day: date, earliest: date) -> datetime:
        """The import of a return that comes in on ``day``; one that would come in after now came in on one of
        the days since ``earliest`` instead (now itself when none of their imports is over yet)."""
        if self._import_on(day) <= self.moment:
            return self._import_on(day)
        days = (earliest + timedelta(days=n) for n in range((self.moment.date() - earliest).days + 1))
        past = [at for at in map(self._import_on, days) if at <= self.moment]
        return self.rng.choice(past) if past else self.moment


@dataclass
class _Plan:
    """Decided before anything is built, so that the seed alone decides the county."""

    units: tuple[UnitInfo, ...]
    periods: tuple[Period, ...]
    missing: frozenset[UnitMonth]
    late: frozenset[UnitMonth]
    received: dict[UnitMonth, datetime]
    corrected_unit: str
    clock: _Clock


def _reported_months(today: date, months: int) -> tuple[Period, ...]:
    """The ``months`` months before today's, oldest first."""
    periods: list[Period] = []
    period = month_of(today)
    for _ in range(months):
        period = month_of(period.start - timedelta(days=1))
        periods.append(period)
    return tuple(reversed(periods))


def _demo_units(reference: ReferenceData, rng: random.Random) -> tuple[UnitInfo, ...]:
    departments = [u for u in reference.units if u.kind == "department"]
    chosen = {u.code for u in rng.sample(departments, min(DEPARTMENTS, len(departments)))}
    return tuple(u for u in reference.units if u.kind in UNIT_KINDS or u.code in chosen)


def _plan(reference: ReferenceData, months: int, seed: int, moment: datetime) -> _Plan:
    rng = random.Random(seed)
    units = _demo_units(reference, rng)
    periods = _reported_months(moment.date(), months)
    corrected_unit = rng.choice(units).code
    unit_months = [(u.code, p.code) for u in units for p in periods]
    others = [pair for pair in unit_months if pair[0] != corrected_unit]
    missing = frozenset(rng.sample(others, min(rng.randint(2, 3), len(others) - 1)))
    overdue = [
        (u.code, p.code)
        for u in units
        for p in periods
        if (u.code, p.code) not in missing and deadline_of(p) < moment.date()
    ]
    late = frozenset(rng.sample(overdue, min(max(2, len(unit_months) // 15), len(overdue))))
    clock = _Clock(rng, moment)
    received: dict[UnitMonth, datetime] = {}
    for period in periods:
        for unit in units:
            pair = (unit.code, period.code)
            if pair in missing:
                continue
            if pair in late:
                earliest = deadline_of(period) + timedelta(days=1)
                day = earliest + timedelta(days=rng.randint(0, LATE_DAYS - 1))
            else:
                earliest = period.end + timedelta(days=1)
                after = rng.choices(range(DEFAULT_DEADLINE_DAY), weights=range(1, DEFAULT_DEADLINE_DAY + 1))
                day = earliest + timedelta(days=after[0])
            received[pair] = clock.on(day, earliest)
    return _Plan(units, periods, missing, late, received, corrected_unit, clock)


def _unit_setup(unit_code: str, rng: random.Random) -> Setup:
    """The unit's setup, with a clerk, reviewer and responsible person of its own."""

    def name() -> str:
        return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)

    return Setup(
        role="unit",
        unit_code=unit_code,
        clerk_name=name(),
        clerk_phone=f"0357-{rng.randint(3_500_000, 3_599_999)}",
        reviewer_name=name(),
        responsible_name=name(),
    )


def _correct(store: Store, reference: ReferenceData, setup: Setup, period: Period) -> None:
    """Reopen the month and add participants to its first activity, as a unit correcting its return would."""
    with store.transaction() as session:
        reopen(session, setup.unit_code, period.code, REOPEN_REASON, actor=setup.clerk_name)
        first = list_activities(session, setup.unit_code, period.start, period.end)[0]
        participants = (first.data.participants or 0) + CORRECTED_PARTICIPANTS
        update_activity(
            session, first.meta.id, replace(first.data, participants=participants), reference, actor=setup.clerk_name
        )


def _with_activities(store: Store, unit_code: str, periods: list[Period]) -> list[Period]:
    with store.reading() as session:
        return [p for p in periods if list_activities(session, unit_code, p.start, p.end)]


def _new_database(work: Path) -> Path:
    """A new folder's database file, made once for all the units' folders (each then skips the migrations)."""
    folder = DataDir(work / "new")
    store, _ = prepare_store(folder)
    store.close()
    return folder.database


def _build_unit(
    folder: DataDir, unit: UnitInfo, plan: _Plan, seed: int, out: Path, receipts: dict[datetime, list[Path]]
) -> UnitMonth | None:
    """Fill the unit's demo folder (made as a copy of a new database file) and export its returns into ``out``,
    each filed under the time it will be received; the unit-month corrected, if this is the unit that corrects
    one."""
    rng = random.Random(seed)
    store, reference = prepare_store(folder)
    try:
        setup = _unit_setup(unit.code, rng)
        with store.transaction() as session:
            save_installation(session, setup, reference, is_demo=True)
            fill_demo(
                session,
                reference,
                months=len(plan.periods) + 1,
                seed=seed,
                today=plan.clock.moment.date(),
                unit_code=unit.code,
            )
        sent = [p for p in plan.periods if (unit.code, p.code) not in plan.missing]
        for period in sent:
            at = plan.received[(unit.code, period.code)]
            result = export_return(store, reference, period, out, formats=("xlsx",), today=at.date(), unfilled="zero")
            receipts.setdefault(at, []).extend(result.files)
        if unit.code != plan.corrected_unit:
            return None
        candidates = _with_activities(store, unit.code, sent[:-1] or sent)
        if not candidates:
            return None
        period = rng.choice(candidates)
        first = plan.received[(unit.code, period.code)].date()
        at = plan.clock.on(first + timedelta(days=rng.randint(5, 15)), first + timedelta(days=1))
        _correct(store, reference, setup, period)
        result = export_return(store, reference, period, out, formats=("xlsx",), today=at.date(), unfilled="zero")
        receipts.setdefault(at, []).extend(result.files)
        return (unit.code, period.code)
    finally:
        store.close()


def _import_all(county: Store, reference: ReferenceData, receipts: dict[datetime, list[Path]]) -> int:
    """Set up the county's demo folder and import the returns, one import per receipt time, in their order (a
    correction after its first version); the number of returns stored."""
    office = next(u for u in reference.units if u.kind == "county_office")
    with county.transaction() as session:
        setup = Setup(role="county", unit_code=office.code, clerk_name=COUNTY_CLERK)
        save_installation(session, setup, reference, is_demo=True)
    imported = 0
    for at in sorted(receipts):
        with county.transaction() as session:
            run = run_inbox(
                session,
                reference,
                gather(receipts[at]),
                actor=COUNTY_CLERK,
                dry_run=False,
                accept_new_keys=True,
                demo_folder=True,
                today=at.date(),
                received_at=at,
            )
        imported += sum(1 for result in run.results if result.status in STORED_STATUSES)
    return imported


def build_demo_county(
    data_dir: DataDir,
    *,
    months: int = 12,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoCountySummary:
    """Set up ``data_dir`` (which must not be set up yet) as a demo county folder holding ``months`` months of
    its units' returns, up to the month before today's."""
    if months < 1 or months > MAX_MONTHS:
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "Months: give a number from 1 to {most}."), most=MAX_MONTHS)
    moment = datetime.now() if today is None else datetime.combine(today, time(18))
    county, reference = prepare_store(data_dir)
    try:
        with county.reading() as session:
            installation = read_installation(session)
        if installation is not None:
            raise KesuError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{folder} is set up already (for {unit}), so no demo county was built in it. "
                    "Give a new, empty folder (--data-dir).",
                ),
                folder=str(data_dir.root),
                unit=reference.unit(installation.setup.unit_code).name,
            )
        plan = _plan(reference, months, seed, moment)
        receipts: dict[datetime, list[Path]] = {}
        corrected: UnitMonth | None = None
        steps = len(plan.units) + 1
        with tempfile.TemporaryDirectory(prefix="kesu-demo-county-") as work:
            out = Path(work) / "returns"
            out.mkdir()
            new_database = _new_database(Path(work))
            for index, unit in enumerate(plan.units):
                folder = DataDir(Path(work) / unit.code)
                folder.ensure()
                shutil.copyfile(new_database, folder.database)
                corrected = _build_unit(folder, unit, plan, seed * 1_000 + index, out, receipts) or corrected
                if progress is not None:
                    progress(index + 1, steps)
            imported = _import_all(county, reference, receipts)
            if progress is not None:
                progress(steps, steps)
    finally:
        county.close()
    return DemoCountySummary(
        units=tuple(u.code for u in plan.units),
        periods=tuple(p.code for p in plan.periods),
        imported=imported,
        imports=len(receipts),
        missing=tuple(sorted(plan.missing)),
        late=tuple(sorted(plan.late)),
        corrected=corrected,
    )
