"""A real PostgreSQL server for the tests of the county's store on one (issue 17): ``KESU_TEST_POSTGRES_URL``
names a server and a user who may create databases (``.ci/run`` starts one on the loopback address); each
test gets a database of its own, dropped after it. Without the variable the tests are skipped, and
``python dev.py test`` says plainly that it left them out."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

URL_VARIABLE = "KESU_TEST_POSTGRES_URL"
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
