"""`tip_accounts.certainty`: how a tip named the account (link, username, phone, display name, unknown).

A key taken from a link is sure; one from a typed display name is a lead. The desk shows which,
so volunteers know how far to trust that two tips name one account.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tip_accounts") as batch:
        batch.add_column(sa.Column("certainty", sa.String(length=16), nullable=False, server_default="link"))


def downgrade() -> None:
    with op.batch_alter_table("tip_accounts") as batch:
        batch.drop_column("certainty")
