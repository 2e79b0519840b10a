"""Sign-offs: the contribution's sign-off roles, and every sign-off made.

Revision ID: 0002
Revises: 0001

A draft from before gets the default role, ``approver``, required.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    roles = op.create_table(
        "sign_off_role",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.bulk_insert(roles, [{"name": "approver", "required": True, "position": 1}])
    op.create_table(
        "sign_off",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(64), nullable=False),
        sa.Column("identity_id", sa.String(64), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("history_head", sa.String(64), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("manifest", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("signature_sha256", sa.String(64), nullable=False),
        sa.Column("previous_signature_sha256", sa.String(64), nullable=True),
        sa.Column("signed_at", sa.String(40), nullable=False),
        sa.Column("recorded_at", sa.String(40), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.UniqueConstraint("content_sha256", "sequence", name="uq_sign_off_sequence"),
        sa.UniqueConstraint("content_sha256", "role", name="uq_sign_off_role"),
        sa.UniqueConstraint("content_sha256", "identity_id", name="uq_sign_off_identity"),
    )
    op.create_index("ix_sign_off_content_sha256", "sign_off", ["content_sha256"])


def downgrade() -> None:
    op.drop_index("ix_sign_off_content_sha256", table_name="sign_off")
    op.drop_table("sign_off")
    op.drop_table("sign_off_role")
