"""Tips carry what a hotline asks for: when it was seen, the child's apparent age, whether the
reporter knows the child, risk signals; and whether a young person filed it about themselves.

All nullable (or defaulted) so older tips keep their meaning: "not asked".

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tips", schema=None) as batch_op:
        batch_op.add_column(sa.Column("self_report", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("seen_when", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("seen_date", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("child_age", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("knows_child", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("risk_signals", sa.String(length=64), nullable=True))


def downgrade() -> None:
    # Not batch mode: on SQLite that copies `tips` and drops it, which its accounts' foreign keys refuse.
    for column in ("risk_signals", "knows_child", "child_age", "seen_date", "seen_when", "self_report"):
        op.drop_column("tips", column)
