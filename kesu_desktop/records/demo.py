"""Demo data: a plausible year or two of a reporting unit's activities and trainings, for trying the app out.

Demo records go only into a data folder marked as demo (the window title then says 演示数据); a folder set up
for real work is refused, so demo and real records never mix. A new folder is set up as a demo folder of the
unit asked for (新城镇 unless told otherwise); a demo folder already set up keeps its unit. The same seed gives
the same records.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.figures import NOT_APPLICABLE, Figure, period_of, save_figures
from kesu_desktop.records.service import add_activity, add_training
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.installation import Setup, read_installation, save_installation

DEMO_UNIT = "141023101"
DEMO_ACTOR = "demo"
DEMO_SETUP = Setup(
    role="unit",
    unit_code=DEMO_UNIT,
    clerk_name="王晓燕",
    clerk_phone="0357-3521234",
    reviewer_name="李建国",
    responsible_name="张志强",
)


@dataclass(frozen=True)
class DemoSummary:
    unit_code: str
    first_month: date
    activities: int
    trainings: int


def month_starts(today: date, months: int) -> list[date]:
    """The first days of the ``months`` months that end with today's month, oldest first."""
    starts = []
    year, month = today.year, today.month
    for _ in range(months):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


class _Generator:
    def __init__(self, rng: random.Random, templates: dict[str, Any], today: date) -> None:
        self.rng = rng
        self.templates = templates
        self.today = today
        self._stock: dict[str, Any] = dict(templates["stock_figures"]["start"])

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def day_in(self, month: date, not_before: int = 1) -> date:
        last = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if month.year == self.today.year and month.month == self.today.month:
            last = self.today
        return month.replace(day=self.rng.randint(min(not_before, last.day), last.day))

    def fill(self, text: str) -> str:
        return text.format(
            place=self.rng.choice(self.templates["villages"]), school=self.rng.choice(self.templates["schools"])
        )

    def activity(self, day: date, title: str, form: str, groups: list[str], campaign: str | None) -> ActivityInput:
        spec = self.templates["activities"][groups[0]]
        participants = self.rng.randint(*spec["participants"])
        if campaign in ("science_week", "science_day", "three_to_country"):
            participants = int(participants * self.rng.uniform(1.5, 3.0))
        women = round(participants * self.rng.uniform(*spec["women_share"]))
        return ActivityInput(
            title=self.fill(title),
            start_date=day,
            end_date=day,
            form_code=form,
            target_group_codes=tuple(groups),
            campaign_code=campaign,
            key_project_code=self.rng.choice([None, None, "grassroots", "informatization", "resources"]),
            venue=self.fill("{place}文化活动广场") if groups[0] != "youth" else self.fill("{school}"),
            organiser="镇科协",
            partners=self.rng.choice(["", "镇妇联", "镇卫生院", "县农业农村局", "县科协"]),
            participants=participants,
            women=women,
            volunteers=self.rng.randint(2, 15),
            materials=self.rng.choice([None, self.rng.randint(50, 600)]),
        )

    def training(self, month: date, spec: dict[str, Any]) -> TrainingInput:
        start = self.day_in(month, 1)
        days = self.rng.randint(*spec["days"])
        end = min(start + timedelta(days=days - 1), self.today)
        trainees = self.rng.randint(*spec["trainees"])
        women = trainees if spec.get("women_only") else round(trainees * self.rng.uniform(0.25, 0.55))
        group = {"migrant_worker": "workers", "cadre": "cadres", "teacher": "youth"}.get(spec["kind"], "farmers")
        return TrainingInput(
            title=self.fill(spec["title"]),
            start_date=start,
            end_date=end,
            kind_code=spec["kind"],
            target_group_code=group,
            venue=self.fill("镇便民服务中心培训室"),
            organisation=self.rng.choice(["县农业农村局", "县人社局", "镇农业综合服务中心", "山西农业大学专家团队"]),
            sessions=1,
            trainees=trainees,
            women=women,
            low_income=round(trainees * self.rng.uniform(0.05, 0.25)) if group == "farmers" else 0,
            certified=round(trainees * self.rng.uniform(*spec["certified_share"])),
            hours=Decimal(((end - start).days + 1) * spec["hours_per_day"]),
        )

    def stock_figures(self) -> dict[str, Figure]:
        """This month's period-end figures: last month's plus some growth (schools with a science teacher
        never exceed the schools)."""
        spec = self.templates["stock_figures"]
        figures: dict[str, Figure] = {}
        for code, value in self._stock.items():
            if value == "not_applicable":
                figures[code] = NOT_APPLICABLE
                continue
            low, high = spec["monthly_growth"][code]
            self._stock[code] = value + self.rng.uniform(low, high)
            figures[code] = int(self._stock[code])
        self._stock["schools_with_science_teacher"] = min(
            self._stock["schools_with_science_teacher"], self._stock["schools"]
        )
        figures["schools_with_science_teacher"] = int(self._stock["schools_with_science_teacher"])
        return figures

    def month(self, month: date) -> tuple[list[ActivityInput], list[TrainingInput]]:
        activities = []
        for group in ("youth", "farmers", "workers", "elderly", "cadres", "public"):
            weight = {"youth": 2, "farmers": 2, "workers": 1, "elderly": 1, "cadres": 0.5, "public": 1}[group]
            if group == "youth" and month.month in (7, 8):
                weight = 0.3
            count = sum(1 for _ in range(3) if self.rng.random() < weight / 3)
            for _ in range(count):
                item = self.rng.choice(self.templates["activities"][group]["items"])
                activities.append(
                    self.activity(self.day_in(month), item["title"], item["form"], [group], item.get("campaign"))
                )
        campaigns = {
            5: ["science_week", "disaster_day"],
            6: ["food_safety_week"],
            9: ["science_day"],
            1: ["three_to_country"],
        }
        for campaign in campaigns.get(month.month, []):
            for item in self.templates["campaign_activities"][campaign]:
                activities.append(
                    self.activity(self.day_in(month), item["title"], item["form"], item["groups"], campaign)
                )
        trainings = []
        slack = month.month in self.templates["slack_months"]
        for spec in self.templates["trainings"]:
            chance = (0.55 if slack else 0.08) if spec["slack_season"] else 0.12
            if self.rng.random() < chance:
                trainings.append(self.training(month, spec))
        return activities, trainings


def fill_demo(
    session: Session,
    reference: ReferenceData,
    *,
    months: int = 24,
    seed: int = 1,
    today: date | None = None,
    unit_code: str | None = None,
) -> DemoSummary:
    """Replace the demo folder's records with ``months`` months of generated ones, up to today. A new folder is
    set up as the demo folder of ``unit_code`` (default :data:`DEMO_UNIT`); a demo folder of another unit than
    ``unit_code`` is refused."""
    if months < 1 or months > 120:
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "Months: give a number from 1 to 120."))
    today = today or date.today()
    installation = read_installation(session)
    if installation is None:
        setup = replace(DEMO_SETUP, unit_code=unit_code or DEMO_UNIT)
        installation = save_installation(session, setup, reference, is_demo=True)
    elif not installation.is_demo:
        raise KesuError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This data folder is set up for real records, so no demo data was added. "
                "Use a separate folder for the demo (--data-dir).",
            )
        )
    if installation.role != "unit":
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "Demo data is for a reporting unit's folder, not the county's."))
    unit = installation.setup.unit_code
    if unit_code is not None and unit_code != unit:
        wanted = reference.find_unit(unit_code)
        raise KesuError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This demo folder belongs to {unit}, so no demo data of {other} was added. "
                "Use a separate folder for each unit's demo (--data-dir).",
            ),
            unit=reference.unit(unit).name,
            other=wanted.name if wanted else unit_code,
        )
    session.execute(delete(models.ChangeLog).where(models.ChangeLog.actor == DEMO_ACTOR))
    session.execute(delete(models.Activity).where(models.Activity.unit_code == unit))
    session.execute(delete(models.Training).where(models.Training.unit_code == unit))
    templates = json.loads(resource_path("demo", "templates.json").read_text(encoding="utf-8"))
    generator = _Generator(random.Random(seed), templates, today)
    starts = month_starts(today, months)
    activities = trainings = 0
    session.execute(delete(models.StockFigure).where(models.StockFigure.unit_code == unit))
    for month in starts[:-1]:
        save_figures(session, unit, period_of(month), generator.stock_figures(), reference, actor=DEMO_ACTOR)
    for month in starts:
        month_activities, month_trainings = generator.month(month)
        for activity in month_activities:
            add_activity(session, unit, activity, reference, actor=DEMO_ACTOR, record_id=generator.uuid())
        for training in month_trainings:
            add_training(session, unit, training, reference, actor=DEMO_ACTOR, record_id=generator.uuid())
        activities += len(month_activities)
        trainings += len(month_trainings)
    return DemoSummary(unit, starts[0], activities, trainings)
