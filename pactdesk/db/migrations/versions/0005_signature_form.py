"""The signature form of each sign-off (CAdES or XAdES).

Revision ID: 0005
Revises: 0004

A draft chooses its signature form before its first sign-off (``pactdesk
signature-form``; kept in ``meta`` as ``signature_form``, absent: CAdES).
Each sign-off records the form it was made in, so that a bundle is all of
one form.  Every sign-off from before is CAdES.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sign_off") as batch:
        batch.add_column(
            sa.Column("signature_form", sa.String(16), nullable=False, server_default="cades")
        )


def downgrade() -> None:
    with op.batch_alter_table("sign_off") as batch:
        batch.drop_column("signature_form")
