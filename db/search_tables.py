"""The full-text search tables of the record lists (FTS5, made by migration 0009): not models, so the comparison
of the models with the database (Alembic's autogenerate, and the test that the migrations match the models)
leaves them and FTS5's own tables beside them out."""

from __future__ import annotations

import re

_SEARCH_TABLE = re.compile(r"^(activity|training)_search(_(data|idx|content|docsize|config))?$")


def is_search_table(name: str | None) -> bool:
    return name is not None and _SEARCH_TABLE.match(name) is not None


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: every table but the search tables."""
    return type_ != "table" or not is_search_table(name)
