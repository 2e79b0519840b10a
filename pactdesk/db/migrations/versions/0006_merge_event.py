"""A merge is one history event: its field changes and both parents on the event.

Revision ID: 0006
Revises: 0005

Two nullable columns on ``event``: ``changes`` (JSON, every field a merge
set) and ``parents`` (JSON, the two heads the merge joins).  Every older
event is a plain one-field event: both stay NULL and its hash is computed
as before, so an older history still verifies unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("changes", sa.Text(), nullable=True))
        batch.add_column(sa.Column("parents", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.drop_column("parents")
        batch.drop_column("changes")
