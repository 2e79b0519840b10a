"""Internal comments and review states per item.

Revision ID: 0004
Revises: 0003

A draft from before has no comments and every item is still being drafted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("item", sa.String(64), nullable=False),
        sa.Column("field", sa.String(256), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("reply_to", sa.Integer(), nullable=True),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=True),
        sa.Column("resolved_by", sa.Text(), nullable=True),
    )
    op.create_index("ix_comment_item", "comment", ["item"])
    op.create_table(
        "review_state",
        sa.Column("item", sa.String(64), primary_key=True),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("by", sa.Text(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("review_state")
    op.drop_index("ix_comment_item", table_name="comment")
    op.drop_table("comment")
