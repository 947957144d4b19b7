"""A real PostgreSQL server for the tests of the county's store on one (issue 17): ``KESU_TEST_POSTGRES_URL`` names a
server and a user who may create databases (``.ci/run`` starts one on the loopback address); each test gets a
database of its own, dropped after it (:func:`county_on` makes it a county office's store). Without the variable the
tests are skipped, and ``python dev.py test`` says plainly that it left them out."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from kesu_desktop.reference.data import ReferenceData, load_reference_files, read_reference
from kesu_desktop.store.database import alembic_config
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.server import ServerAddress

URL_VARIABLE = "KESU_TEST_POSTGRES_URL"
ENGINE_VARIABLE = "KESU_TEST_COUNTY_ENGINE"
_made: list[str] = []  # the databases new_server_database made in this run, dropped at its end
NO_SERVER = f"no PostgreSQL server: set {URL_VARIABLE} (postgresql+psycopg://user@host:port/database) to run these"


@pytest.fixture
def postgres_engine() -> Iterator[Engine]:
    """An engine on a new, empty database of the test server."""
    url = os.environ.get(URL_VARIABLE)
    if not url:
        pytest.skip(NO_SERVER)
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    name = f"kesu_test_{uuid.uuid4().hex[:12]}"
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(make_url(url).set(database=name))
    try:
        yield engine
    finally:
        engine.dispose()
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        server.dispose()


def county_on(engine: Engine, *, demo: bool = False) -> tuple[sessionmaker[Session], ReferenceData]:
    """``engine``'s database migrated to the newest schema and set up as the county office's store, with the
    shipped reference data: its sessions and that reference data."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions.begin() as session:
        load_reference_files(session)
        reference = read_reference(session)
        setup = Setup(role="county", unit_code="141023000", clerk_name="李明")
        save_installation(session, setup, reference, is_demo=demo)
    return sessions, reference


def server_address(engine: Engine) -> ServerAddress:
    """The address of ``engine``'s database, as a data folder remembers it."""
    url = engine.url
    assert url.host and url.database and url.username
    return ServerAddress(url.host, url.port or 5432, url.database, url.username)


def county_engine() -> str:
    """The engine the county tests' stores are on: ``sqlite``, or ``postgresql`` when ``KESU_TEST_COUNTY_ENGINE``
    says so (and a server is named)."""
    engine = os.environ.get(ENGINE_VARIABLE, "sqlite")
    if engine == "postgresql" and not os.environ.get(URL_VARIABLE):
        pytest.fail(f"{ENGINE_VARIABLE}=postgresql needs a server: {NO_SERVER}")
    return engine


def new_server_database() -> ServerAddress:
    """A new, empty database on the test server, dropped when the test run ends."""
    server = create_engine(os.environ[URL_VARIABLE], isolation_level="AUTOCOMMIT")
    name = f"kesu_county_{uuid.uuid4().hex[:12]}"
    try:
        with server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        server.dispose()
    _made.append(name)
    return server_address(create_engine(make_url(os.environ[URL_VARIABLE]).set(database=name)))


@pytest.fixture(scope="session", autouse=True)
def _drop_made_databases() -> Iterator[None]:
    yield
    if not _made:
        return
    server = create_engine(os.environ[URL_VARIABLE], isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            for name in _made:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        server.dispose()
