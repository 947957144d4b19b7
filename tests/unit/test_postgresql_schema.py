"""The county's store on PostgreSQL (issue 17, first part): the same migrations build the same schema as the
models describe on a real server, down to nothing and up again, and the guards SQLite keeps with its triggers
(the change history only added to, one installation row, a demo folder staying one) hold there too."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from db.models import Base
from db.search_tables import include_name
from kesu_desktop.store.database import alembic_config, current_revision, head_revision

NOW = datetime(2026, 12, 1, 9)


def _migrate(engine: Engine, revision: str = "head", *, down: bool = False) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        options = {"include_name": include_name, "compare_type": True, "compare_server_default": True}
        return list(compare_metadata(MigrationContext.configure(connection, opts=options), Base.metadata))


def test_the_migrations_build_the_models_schema_and_go_down_and_up_again(postgres_engine):
    _migrate(postgres_engine)

    assert current_revision(postgres_engine) == head_revision()
    assert _differences(postgres_engine) == []
    _migrate(postgres_engine, "base", down=True)
    with postgres_engine.connect() as connection:
        tables = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
        assert set(tables) <= {"alembic_version"}
    _migrate(postgres_engine)
    assert _differences(postgres_engine) == []


def _setup(engine: Engine, *, demo: bool) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO unit (code, name, kind, sort_order, active) "
                "VALUES ('141023000', '县', 'county_office', 0, TRUE)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO installation (id, installation_id, role, unit_code, clerk_name, clerk_phone, "
                "reviewer_name, responsible_name, language, is_demo, created_at, updated_at, lock_after_minutes) "
                "VALUES (1, :id, 'county', '141023000', '刘芳', '', '', '', 'zh_CN', :demo, :now, :now, 10)"
            ),
            {"id": uuid.uuid4(), "demo": demo, "now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO change_log (record_id, record_type, action, actor, at) "
                "VALUES (:id, 'activity', 'create', '刘芳', :now)"
            ),
            {"id": uuid.uuid4(), "now": NOW},
        )


@pytest.mark.parametrize(
    ("statement", "refused"),
    [
        ("UPDATE change_log SET actor = '别人'", "the change history cannot be changed"),
        ("DELETE FROM change_log", "the change history cannot be deleted"),
        ("UPDATE installation SET is_demo = TRUE", "whether a data folder is a demo cannot be changed"),
        ("DELETE FROM installation", "the installation of a data folder cannot be deleted"),
        (
            "INSERT INTO installation (id, installation_id, role, unit_code, clerk_name, clerk_phone, reviewer_name, "
            "responsible_name, language, is_demo, created_at, updated_at, lock_after_minutes) VALUES (2, "
            "gen_random_uuid(), 'county', '141023000', '李', '', '', '', 'zh_CN', FALSE, now(), now(), 10)",
            "a data folder has one installation",
        ),
    ],
    ids=["history changed", "history deleted", "demo mark changed", "setup deleted", "second setup"],
)
def test_the_guards_of_the_history_and_the_setup_hold_on_postgresql(postgres_engine, statement, refused):
    _migrate(postgres_engine)
    _setup(postgres_engine, demo=False)

    with pytest.raises(DBAPIError) as error, postgres_engine.begin() as connection:
        connection.execute(text(statement))

    assert refused in str(error.value)


def test_a_demo_folder_may_replace_its_history_on_postgresql_too(postgres_engine):
    _migrate(postgres_engine)
    _setup(postgres_engine, demo=True)

    with postgres_engine.begin() as connection:
        connection.execute(text("DELETE FROM change_log"))
        assert connection.execute(text("SELECT COUNT(*) FROM change_log")).scalar() == 0
