"""Generated records for the benchmarks: rows of activities and trainings of one unit, as dictionaries ready for a
bulk insert (ids drawn from the seeded generator, so a run can be repeated)."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime

UNIT = "141023101"  # 新城镇
FORMS = ["lecture", "report", "exhibition", "contest", "outreach"]
GROUPS = ["youth", "farmers", "workers", "elderly", "cadres", "public"]
KINDS = ["high_quality_farmer", "rural_practical", "rural_ecommerce", "skill_certification"]
PLACES = ["文化活动广场", "东街村党群服务中心", "镇中心小学", "农业科技示范园", "敬老院"]
BATCH = 5_000


def activity_row(number: int, rng: random.Random, day: date, now: datetime) -> dict[str, object]:
    participants = rng.randint(10, 600)
    return {
        "id": uuid.UUID(int=rng.getrandbits(128)),
        "unit_code": UNIT,
        "title": f"{rng.choice(PLACES)}科普活动第{number}场",
        "start_date": day,
        "end_date": day,
        "form_code": rng.choice(FORMS),
        "campaign_code": None,
        "key_project_code": None,
        "venue": rng.choice(PLACES),
        "organiser": "镇科协",
        "partners": "镇卫生院、农技站",
        "participants": participants,
        "women": participants // 2,
        "volunteers": rng.randint(0, 20),
        "materials": rng.randint(0, 500),
        "notes": "围绕农业技术、健康生活和防灾减灾开展宣传，发放资料并现场答疑。",
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
    }


def training_row(number: int, rng: random.Random, day: date, now: datetime) -> dict[str, object]:
    trainees = rng.randint(10, 200)
    return {
        "id": uuid.UUID(int=rng.getrandbits(128)),
        "unit_code": UNIT,
        "title": f"高素质农民培训第{number}期",
        "start_date": day,
        "end_date": day,
        "kind_code": rng.choice(KINDS),
        "target_group_code": "farmers",
        "venue": rng.choice(PLACES),
        "organisation": "县农业农村局",
        "sessions": 1,
        "trainees": trainees,
        "women": trainees // 3,
        "low_income": trainees // 10,
        "certified": trainees // 2,
        "hours": 8,
        "notes": "小麦春季田间管理与病虫害绿色防控实训。",
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
    }
