"""The volunteer desk: volunteers, the desk's audit, the queue's columns on cases, the account network, questions.

`cases` gains plain columns only (no foreign keys, no table rebuild): on SQLite a constraint
change means copying the table, and dropping `cases` while foreign keys are on would cascade into
`case_events`. `assignee_id` and `merged_into_id` are kept consistent by `bot.cases` instead
(removing a volunteer unassigns their cases in the same transaction; cases are never deleted).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = sa.text("status <> 'closed'")
_SEVERITY_RANK = """CASE category
    WHEN 'sexual_imagery' THEN 100 WHEN 'grooming' THEN 80 WHEN 'trading_network' THEN 60
    WHEN 'sexualised_comments' THEN 50 WHEN 'collecting_photos' THEN 40 WHEN 'stolen_photos' THEN 40
    ELSE 10 END"""
"""The severities of `bot.cases.priority` at the time of writing, for the backfill only."""


def upgrade() -> None:
    op.create_table(
        "volunteers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("telegram_user_id", sa.BigInteger(), nullable=False),
        sa.Column("alias", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_volunteers")),
        sa.UniqueConstraint("alias", name=op.f("uq_volunteers_alias")),
        sa.UniqueConstraint("telegram_user_id", name=op.f("uq_volunteers_telegram_user_id")),
    )
    op.create_table(
        "desk_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_events")),
    )
    op.create_index(op.f("ix_desk_events_created_at"), "desk_events", ["created_at"], unique=False)
    op.create_table(
        "account_links",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("linked_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["reported_accounts.id"], name=op.f("fk_account_links_account_id_reported_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["linked_id"], ["reported_accounts.id"], name=op.f("fk_account_links_linked_id_reported_accounts")
        ),
        sa.PrimaryKeyConstraint("account_id", "linked_id", name=op.f("pk_account_links")),
    )
    op.create_index(op.f("ix_account_links_linked_id"), "account_links", ["linked_id"], unique=False)
    op.create_table(
        "relay_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("asked_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["tip_id"], ["tips.id"], name=op.f("fk_relay_questions_tip_id_tips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relay_questions")),
    )
    op.create_index(op.f("ix_relay_questions_tip_id"), "relay_questions", ["tip_id"], unique=False)

    # Plain ADD COLUMNs: see the module docstring for why there is no batch (table copy) here.
    op.add_column("cases", sa.Column("platform", sa.String(length=32), server_default="", nullable=False))
    op.add_column("cases", sa.Column("category", sa.String(length=32), server_default="other", nullable=False))
    op.add_column("cases", sa.Column("reporter_count", sa.Integer(), server_default="0", nullable=False))
    op.add_column("cases", sa.Column("platform_told", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("cases", sa.Column("child_in_danger", sa.Boolean(), server_default=sa.false(), nullable=False))
    for name in ("first_tip_at", "last_tip_at", "first_action_at"):
        op.add_column("cases", sa.Column(name, sa.DateTime(timezone=True), nullable=True))
    op.add_column("cases", sa.Column("assignee_id", sa.Integer(), nullable=True))
    op.add_column("cases", sa.Column("merged_into_id", sa.Integer(), nullable=True))
    op.add_column("cases", sa.Column("card_chat_id", sa.BigInteger(), nullable=True))
    op.add_column("cases", sa.Column("card_message_id", sa.BigInteger(), nullable=True))
    op.create_index("ix_tips_case_created", "tips", ["case_id", "created_at"], unique=False)
    op.create_index(op.f("ix_cases_account_id"), "cases", ["account_id"], unique=False)
    op.create_index(op.f("ix_cases_assignee_id"), "cases", ["assignee_id"], unique=False)
    op.create_index(op.f("ix_cases_created_at"), "cases", ["created_at"], unique=False)
    op.create_index(
        "ix_cases_open_queue",
        "cases",
        ["priority", "last_tip_at", "id"],
        unique=False,
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    _backfill()


def _backfill() -> None:
    """Cases filed before the desk existed get the queue's columns from their tips."""
    op.execute(
        "UPDATE cases SET "  # noqa: S608 - the only interpolation is the constant _SEVERITY_RANK
        "platform = (SELECT a.platform FROM reported_accounts a WHERE a.id = cases.account_id), "
        "first_tip_at = (SELECT min(t.created_at) FROM tips t WHERE t.case_id = cases.id), "
        "last_tip_at = (SELECT max(t.created_at) FROM tips t WHERE t.case_id = cases.id), "
        "reporter_count = (SELECT count(DISTINCT t.reporter) FROM tips t WHERE t.case_id = cases.id), "
        "platform_told = EXISTS (SELECT 1 FROM tips t WHERE t.case_id = cases.id AND t.reported_to_platform = 'yes'), "
        "child_in_danger = EXISTS (SELECT 1 FROM tips t WHERE t.case_id = cases.id AND t.child_in_danger), "
        f"category = COALESCE((SELECT t.category FROM tips t WHERE t.case_id = cases.id "
        f"ORDER BY {_SEVERITY_RANK} DESC LIMIT 1), 'other')"
    )
    op.execute(
        "INSERT INTO account_links (account_id, linked_id, source, created_at) "
        "SELECT DISTINCT a.account_id, b.account_id, 'tip', t.created_at FROM tip_accounts a "
        "JOIN tip_accounts b ON b.tip_id = a.tip_id AND b.account_id <> a.account_id "
        "JOIN tips t ON t.id = a.tip_id "
        "WHERE t.id = (SELECT min(x.tip_id) FROM tip_accounts x JOIN tip_accounts y ON y.tip_id = x.tip_id "
        "WHERE x.account_id = a.account_id AND y.account_id = b.account_id)"
    )


def downgrade() -> None:
    op.drop_index("ix_cases_open_queue", table_name="cases", sqlite_where=_OPEN, postgresql_where=_OPEN)
    op.drop_index(op.f("ix_cases_created_at"), table_name="cases")
    op.drop_index(op.f("ix_cases_assignee_id"), table_name="cases")
    op.drop_index(op.f("ix_cases_account_id"), table_name="cases")
    op.drop_index("ix_tips_case_created", table_name="tips")
    for name in (
        "card_message_id",
        "card_chat_id",
        "merged_into_id",
        "assignee_id",
        "first_action_at",
        "last_tip_at",
        "first_tip_at",
        "child_in_danger",
        "platform_told",
        "reporter_count",
        "category",
        "platform",
    ):
        op.drop_column("cases", name)
    op.drop_index(op.f("ix_relay_questions_tip_id"), table_name="relay_questions")
    op.drop_table("relay_questions")
    op.drop_index(op.f("ix_account_links_linked_id"), table_name="account_links")
    op.drop_table("account_links")
    op.drop_index(op.f("ix_desk_events_created_at"), table_name="desk_events")
    op.drop_table("desk_events")
    op.drop_table("volunteers")
