"""The local store's schema: SQLAlchemy models and the Alembic migrations that create and upgrade it."""
