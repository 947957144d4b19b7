"""Fixtures shared by every test: a data folder under tmp_path and stores opened on it.

A new store starts as a copy of one that ``prepare_store`` made once per test process (migrated, with the
shipped reference data): the same file a folder made by this release holds, without running the migrations
again for each test. ``tests/unit/test_migrations.py`` runs them on their own.

Qt runs on the offscreen platform, set here once before anything imports Qt. Hypothesis has no deadline:
property tests write to real SQLite with ``synchronous=FULL``, whose fsync times vary from disk to disk.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import functools
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import update
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.paths import DataDir
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.server import remembered_server
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
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@functools.cache
def _new_database() -> Path:
    """The database file of a new folder, as ``prepare_store`` leaves it (closed, so all in the one file); made
    once per test process, in a folder removed when the process ends."""
    folder = tempfile.TemporaryDirectory(prefix="kesu-new-store-")
    _KEPT.append(folder)
    data_dir = DataDir(Path(folder.name) / "data")
    store, _ = prepare_store(data_dir)
    store.close()
    return data_dir.database


_KEPT: list[tempfile.TemporaryDirectory[str]] = []


def new_store(data_dir: DataDir) -> tuple[Store, ReferenceData]:
    """A new folder's store and reference data, as ``prepare_store`` opens them: from a copy of a new database
    file where the folder keeps its store in its own file (a folder that names a server is prepared there)."""
    if not data_dir.database.exists() and remembered_server(data_dir) is None:
        data_dir.ensure()
        shutil.copyfile(_new_database(), data_dir.database)
    return prepare_store(data_dir)


@pytest.fixture
def store_and_reference(data_dir: DataDir) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = new_store(data_dir)
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
    set_up_unit(store, reference)
    return store


def set_up_unit(store: Store, reference: ReferenceData) -> None:
    """Set a store up for real use by 新城镇, as the first-run wizard does."""
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕"), reference)


def give_retired_form(session: Session, activity_id: uuid.UUID, form_code: str = "practical_training") -> None:
    """Give a stored activity a form that is retired now, as a record entered with an older release has it."""
    session.execute(update(models.Activity).where(models.Activity.id == activity_id).values(form_code=form_code))
    session.expire_all()
