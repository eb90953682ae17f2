"""Abuse and hostile traffic: reporters' limits and blocks, tips marked as abuse, the inbox's lease.

- `reporter_limits`: per pseudonym, the updates of the current minute, limits lifted, blocked.
- `tips.abuse`: a tip marked as abuse (or filed by a blocked reporter) stays on record, out of the
  case's priority.
- `cases.fresh_reporter_count`: reporters whose first tip is in this case; existing cases start at
  0 (their reporters count as established, as they did before).
- `inbox.leased_until`: an update's attempt is committed before it is processed, so an update that
  kills the process is counted and set aside after `TIPLINE_UPDATE_MAX_ATTEMPTS` restarts.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reporter_limits",
        sa.Column("pseudonym", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("window_count", sa.Integer(), nullable=False),
        sa.Column("told", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("unlimited", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("blocked_by", sa.String(length=64), nullable=True),
        sa.Column("forgotten_tips", sa.Integer(), server_default="0", nullable=False),
        sa.Column("forgotten_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("pseudonym", name=op.f("pk_reporter_limits")),
    )
    op.add_column("tips", sa.Column("abuse", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("inbox", sa.Column("leased_until", sa.DateTime(timezone=True), nullable=True))
    op.add_column("cases", sa.Column("fresh_reporter_count", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    # Plain drops, not batch mode: on SQLite that would copy `tips` and drop it, which its accounts'
    # foreign keys refuse (as in 0008).
    op.drop_column("cases", "fresh_reporter_count")
    op.drop_column("inbox", "leased_until")
    op.drop_column("tips", "abuse")
    op.drop_table("reporter_limits")
