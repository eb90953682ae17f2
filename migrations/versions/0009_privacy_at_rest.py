"""Reporters' privacy at rest: sealed addresses in the pipeline, the pseudonym key's fingerprint,
and a conversation's "your draft expired" notice.

What a migration cannot do, because it has no key: move conversations under pseudonyms (Tipline
does it when it starts: `bot.app.keys.adopt_old_conversations`) and seal text stored before
(`tipline keys rotate` does). What it does for rows already there: processed updates and sent or
failed calls lose their chat and content now, as new ones will once done; rows still pending keep
their chat as their key (sent as they are, then emptied like the rest). A failed call keeps its
kind and error only, so `tipline outbox retry` can no longer send it again.

Downgrading keeps the rows, but a release before this one cannot read a pending row's sealed
address: stop the bot and let the pipeline drain (`tipline outbox status`) before going down.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("inbox", sa.Column("address", sa.Text(), nullable=True))
    op.add_column("outbox", sa.Column("address", sa.Text(), nullable=True))
    op.add_column(
        "conversations",
        sa.Column("draft_expired", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.create_table(
        "key_fingerprints",
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("purpose", name=op.f("pk_key_fingerprints")),
    )
    _seen_date_as(sa.Text(), sa.String(length=40))
    op.execute("UPDATE inbox SET chat_key = '', payload = NULL WHERE status <> 'pending'")
    op.execute("UPDATE outbox SET chat_key = '', payload = NULL WHERE status <> 'pending'")


def downgrade() -> None:
    # A sealed date is longer than 40 characters, and the older release cannot open it anyway.
    op.execute("UPDATE tips SET seen_date = NULL WHERE length(seen_date) > 40")
    _seen_date_as(sa.String(length=40), sa.Text())
    op.drop_table("key_fingerprints")
    op.drop_column("conversations", "draft_expired")
    op.drop_column("outbox", "address")
    op.drop_column("inbox", "address")


def _seen_date_as(new_type: sa.types.TypeEngine[str], old_type: sa.types.TypeEngine[str]) -> None:
    """A date as typed is free text, now sealed: longer than the 40 characters it had.

    On SQLite not batch mode (it copies `tips` and drops it, which its accounts' foreign keys
    refuse): a new column, the values copied, the old one dropped and the new one renamed.
    """
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("tips", "seen_date", type_=new_type, existing_type=old_type)
        return
    op.add_column("tips", sa.Column("seen_date_new", new_type, nullable=True))
    op.execute("UPDATE tips SET seen_date_new = seen_date")
    op.drop_column("tips", "seen_date")
    op.execute("ALTER TABLE tips RENAME COLUMN seen_date_new TO seen_date")
