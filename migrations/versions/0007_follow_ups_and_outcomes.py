"""After the report (issue 16): follow-ups a reporter agreed to, and platform outcomes per case.

Two new tables, and one nullable column on `cases` (`still_up_at`, a plain column: no table rebuild
on SQLite), so the upgrade is cheap on a large database.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("still_up_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reporter", sa.String(length=64), nullable=False),
        sa.Column("contact_token", sa.Text(), nullable=True),
        sa.Column("young", sa.Boolean(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_follow_ups_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"], name=op.f("fk_follow_ups_tip_id_tips"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    op.create_index(op.f("ix_follow_ups_case_id"), "follow_ups", ["case_id"], unique=False)
    op.create_index(op.f("ix_follow_ups_tip_id"), "follow_ups", ["tip_id"], unique=False)
    op.create_index(op.f("ix_follow_ups_reporter"), "follow_ups", ["reporter"], unique=False)
    op.create_index("ix_follow_ups_due", "follow_ups", ["status", "due_at"], unique=False)
    op.create_table(
        "case_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_outcomes_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_outcomes")),
    )
    op.create_index("ix_case_outcomes_case_checked", "case_outcomes", ["case_id", "checked_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_outcomes_case_checked", table_name="case_outcomes")
    op.drop_table("case_outcomes")
    op.drop_index("ix_follow_ups_due", table_name="follow_ups")
    op.drop_index(op.f("ix_follow_ups_reporter"), table_name="follow_ups")
    op.drop_index(op.f("ix_follow_ups_tip_id"), table_name="follow_ups")
    op.drop_index(op.f("ix_follow_ups_case_id"), table_name="follow_ups")
    op.drop_table("follow_ups")
    # Not batch mode: on SQLite that copies `cases` and drops it, which its tips' foreign keys refuse;
    # ALTER TABLE DROP COLUMN needs SQLite 3.35 (as 0003's downgrade does).
    op.drop_column("cases", "still_up_at")
