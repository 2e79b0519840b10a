"""The models and the migrations describe the same schema, on SQLite and on PostgreSQL.

Alembic's autogenerate comparison (``compare_metadata``) of the models'
metadata with a store made by the migrations alone yields no difference:
a column, index, constraint or type added to one and not the other fails
here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine

from pactdesk.db import store
from pactdesk.db.models import Base


def _differences(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        return list(compare_metadata(context, Base.metadata))


def test_models_and_migrations_agree_on_sqlite(tmp_path: Path) -> None:
    made = store.create(tmp_path / "schema.pactdesk")  # migrated from empty, as every draft
    try:
        assert store.current_revision(made.engine) == store.HEAD_REVISION
        assert _differences(made.engine) == []
    finally:
        made.close()


def test_models_and_migrations_agree_on_postgresql(postgresql_server) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(postgresql_server.create_database("schema_check"))
    try:
        store.migrate(engine)
        assert store.current_revision(engine) == store.HEAD_REVISION
        assert _differences(engine) == []
    finally:
        engine.dispose()
