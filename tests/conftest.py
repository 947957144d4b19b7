"""Fixtures shared by every test: a data folder under tmp_path and stores opened on it.

Qt runs on the offscreen platform, set here once before anything imports Qt. Hypothesis has no deadline:
property tests write to real SQLite with ``synchronous=FULL``, whose fsync times vary from disk to disk.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings
from sqlalchemy import update
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.paths import DataDir
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.startup import prepare_store

settings.register_profile("kesu", deadline=None)  # inherits Hypothesis's "ci" profile under CI
settings.load_profile("kesu")

MUTATION_RUN = os.environ.get("KESU_MUTATION") == "1"  # set by `python dev.py mutate`


def examples(count: int) -> int:
    """``count`` examples for a property test; a sixth of them (at least 10) under a mutation run, which runs
    the tests once per mutant: fewer examples can only let more mutants survive, never hide one."""
    return max(10, count // 6) if MUTATION_RUN else count


pytest_plugins = ["tests.postgres"]  # the PostgreSQL server of the county-store tests, when there is one

UNIT_CODE = "141023101"  # 新城镇


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def store_and_reference(data_dir: DataDir) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = prepare_store(data_dir)
    yield store, reference
    store.close()


@pytest.fixture
def reference(store_and_reference: tuple[Store, ReferenceData]) -> ReferenceData:
    return store_and_reference[1]


@pytest.fixture(scope="session")
def shipped_reference(tmp_path_factory: pytest.TempPathFactory) -> ReferenceData:
    """The shipped reference data, loaded once; immutable, so tests that need no store can share it."""
    store, reference = prepare_store(DataDir(tmp_path_factory.mktemp("reference")))
    store.close()
    return reference


@pytest.fixture
def unit_store(store_and_reference: tuple[Store, ReferenceData]) -> Store:
    """A store set up for real use by 新城镇 (not a demo folder)."""
    store, reference = store_and_reference
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕"), reference)
    return store


def give_retired_form(session: Session, activity_id: uuid.UUID, form_code: str = "practical_training") -> None:
    """Give a stored activity a form that is retired now, as a record entered with an older release has it."""
    session.execute(update(models.Activity).where(models.Activity.id == activity_id).values(form_code=form_code))
    session.expire_all()
