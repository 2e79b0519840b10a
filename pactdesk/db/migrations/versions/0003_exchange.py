"""Exchange with other ministries: assignments, exchange packages, merge conflicts.

Revision ID: 0003
Revises: 0002

A draft from before has no assignments, packages or conflicts yet.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("item", sa.String(64), primary_key=True),
        sa.Column("assignee", sa.Text(), nullable=False),
        sa.Column("ministry", sa.Text(), nullable=False),
        sa.Column("assigned_at", sa.String(40), nullable=False),
        sa.Column("assigned_by", sa.Text(), nullable=False),
    )
    op.create_table(
        "exchange_record",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("package_id", sa.String(64), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("assignee", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("sender_certificate", sa.LargeBinary(), nullable=True),
        sa.Column("in_reply_to", sa.String(64), nullable=True),
        sa.Column("ours_revision", sa.Integer(), nullable=True),
        sa.Column("ours_hash", sa.String(64), nullable=True),
        sa.Column("theirs_revision", sa.Integer(), nullable=True),
        sa.Column("theirs_hash", sa.String(64), nullable=True),
        sa.Column("first_seq", sa.Integer(), nullable=True),
        sa.Column("last_seq", sa.Integer(), nullable=True),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=True),
        sa.UniqueConstraint("package_id", "direction", name="uq_exchange_package"),
    )
    op.create_index("ix_exchange_record_package_id", "exchange_record", ["package_id"])
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("field", sa.String(256), nullable=False),
        sa.Column("key", sa.String(256), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("exchange_id", sa.Integer(), nullable=True),
        sa.Column("theirs_author", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("ours", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=True),
        sa.Column("resolved_by", sa.Text(), nullable=True),
    )
    op.create_index("ix_merge_conflict_field", "merge_conflict", ["field"])


def downgrade() -> None:
    op.drop_index("ix_merge_conflict_field", table_name="merge_conflict")
    op.drop_table("merge_conflict")
    op.drop_index("ix_exchange_record_package_id", table_name="exchange_record")
    op.drop_table("exchange_record")
    op.drop_table("assignment")
