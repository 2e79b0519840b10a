"""Alembic environment: always run on the draft's own open connection."""

from __future__ import annotations

from alembic import context

from pactdesk.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
