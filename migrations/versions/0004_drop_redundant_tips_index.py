"""Drop `ix_tips_case_id`: `ix_tips_case_created` (case_id, created_at) serves every lookup it did.

One index less to write on every tip.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_tips_case_id", table_name="tips")


def downgrade() -> None:
    op.create_index("ix_tips_case_id", "tips", ["case_id"], unique=False)
