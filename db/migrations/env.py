"""Alembic environment: migrations run on the connection handed over by ``kesu_desktop.store.database``."""

from alembic import context

from db.models import Base
from db.search_tables import include_name

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
