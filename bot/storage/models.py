"""The schema as SQLAlchemy models. Alembic migrations are the only way it reaches a database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.storage.sealed import SealedDetail, SealedDocument, SealedText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class AwareDateTime(TypeDecorator[datetime]):
    """Timestamps are always UTC-aware: SQLite hands back naive ones, which we refuse to leak."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use datetime.now(UTC)")
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: AwareDateTime(), dict[str, Any]: JSON()}


class ReportedAccount(Base):
    """One row per account anywhere: `(platform, canonical_id)` as the directory recognises it."""

    __tablename__ = "reported_accounts"
    __table_args__ = (UniqueConstraint("platform", "canonical_id", name="uq_reported_accounts_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    canonical_id: Mapped[str] = mapped_column(String(512))
    url: Mapped[str] = mapped_column(String(2048))
    kind: Mapped[str] = mapped_column(String(16))
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class Case(Base):
    """The charity's unit of work: one open case per reported account, growing with each tip."""

    __tablename__ = "cases"
    __table_args__ = (
        Index(
            "uq_cases_open_account",
            "account_id",
            unique=True,
            sqlite_where=text("status <> 'closed'"),
            postgresql_where=text("status <> 'closed'"),
        ),
        Index("ix_cases_queue", "status", "priority"),
        Index(
            "ix_cases_open_queue",
            "priority",
            "last_tip_at",
            "id",
            sqlite_where=text("status <> 'closed'"),
            postgresql_where=text("status <> 'closed'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("reported_accounts.id"), index=True)
    status: Mapped[str] = mapped_column(String(32), default="new")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    tip_count: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]
    # ---- the volunteer desk (0003): what the queue filters and orders on, kept with the case so the
    # queue is one index scan; `bot.cases.facts.refresh` recomputes them from the tips.
    platform: Mapped[str] = mapped_column(String(32), default="", server_default="")
    category: Mapped[str] = mapped_column(String(32), default="other", server_default="other")
    """The most severe category any tip gave."""
    reporter_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    fresh_reporter_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Reporters whose first tip anywhere is in this case (migration 0010): a burst of them lifts the
    priority only so far (`bot.cases.priority`), and the card says when a case rests on them alone."""
    platform_told: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """A reporter said they reported it to the platform, or a volunteer did."""
    child_in_danger: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """A reporter said a child was in danger."""
    first_tip_at: Mapped[datetime | None]
    last_tip_at: Mapped[datetime | None]
    first_action_at: Mapped[datetime | None]
    """When a volunteer first did something with the case (for time-to-first-action)."""
    assignee_id: Mapped[int | None] = mapped_column(Integer, index=True)
    """The volunteer who claimed it (`volunteers.id`). No foreign key: see migration 0003's docstring;
    removing a volunteer unassigns their cases in the same transaction."""
    merged_into_id: Mapped[int | None] = mapped_column(Integer)
    """A case merged into another is closed as a duplicate; its account's next tips follow this."""
    still_up_at: Mapped[datetime | None]
    """The latest time the account was seen still up after being reported (a volunteer's check, or a
    reporter's follow-up answer); cleared once removed. Issue 16, migration 0007."""
    card_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    card_message_id: Mapped[int | None] = mapped_column(BigInteger)
    """The case's card in the volunteer chat, once the outbox sender has posted it."""

    account: Mapped[ReportedAccount] = relationship(lazy="raise")


class Tip(Base):
    """One report from one person. The reporter is a keyed hash, never their Telegram identity."""

    __tablename__ = "tips"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    """Indexed with created_at (`ix_tips_case_created`, below), which serves lookups by case alone too."""
    category: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(String(32))
    details: Mapped[str | None] = mapped_column(SealedText)
    """What the reporter wrote, sealed at rest (bot/storage/sealed.py)."""
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(8))
    reporter: Mapped[str] = mapped_column(String(64), index=True)
    reported_to_platform: Mapped[str | None] = mapped_column(String(16))
    child_in_danger: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_token: Mapped[str | None] = mapped_column(Text)
    """The chat to write back to, sealed; only present while the reporter consents."""
    created_at: Mapped[datetime] = mapped_column(index=True)
    # What a hotline asks for (NCMEC, CEOP, Cybertip.ca), each optional; and whose report it is.
    self_report: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Filed by the young person it is happening to: urgent, and never contacted."""
    seen_when: Mapped[str | None] = mapped_column(String(16))
    """`today`, `week`, `earlier` or `date` (then `seen_date` holds the date as typed)."""
    seen_date: Mapped[str | None] = mapped_column(SealedText)
    """The date as the person typed it: free text, so sealed at rest."""
    child_age: Mapped[str | None] = mapped_column(String(16))
    """The child's apparent age range, or the young person's own."""
    knows_child: Mapped[bool | None] = mapped_column(Boolean)
    risk_signals: Mapped[str | None] = mapped_column(String(64))
    """Space-separated: `meeting`, `threats`, `money`, `identifiable`."""
    abuse: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Marked as abuse by a volunteer, or filed by a blocked reporter (migration 0010):
    kept for the record, but out of the case's priority and counts."""


class TipAccount(Base):
    __tablename__ = "tip_accounts"

    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("reported_accounts.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(16))
    certainty: Mapped[str] = mapped_column(String(16), server_default="link")
    """How the tip named the account: link, username, phone, display_name or unknown."""


class CaseEvent(Base):
    """The audit trail: who did what to a case, and when."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(SealedDetail, default=dict)
    """Free text in it (a note, a question, an answer: its "text") is sealed at rest."""
    created_at: Mapped[datetime]


class Conversation(Base):
    """Live conversation state, keyed by the chat's pseudonym: nothing here says who the person is.

    `updated_at` is cut to the hour (enough for the draft TTL and idle expiry), so it never equals
    the time a tip was filed. `draft_expired` tells the person, when they return, that an
    unfinished report was deleted."""

    __tablename__ = "conversations"

    chat_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    """The pseudonym of the chat (`bot.identity.Identity.pseudonym`)."""
    state: Mapped[dict[str, Any]]
    version: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime]
    draft_expired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


_BigId = BigInteger().with_variant(Integer(), "sqlite")
"""A 64-bit key that is still SQLite's auto-incrementing rowid (which must be spelled INTEGER)."""


class InboxUpdate(Base):
    """A Telegram update, saved before it is acknowledged so that no report is lost in a crash.

    Only the converted event is kept, never the raw update (it names the person); `payload` is
    emptied when the update is processed, and the row (then just an id, for deduplication) is
    purged later.
    """

    __tablename__ = "inbox"
    __table_args__ = (
        Index(
            "ix_inbox_pending_chat",
            "chat_key",
            "update_id",
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
        Index("ix_inbox_status", "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(_BigId, primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_key: Mapped[str] = mapped_column(String(64))
    """What orders a chat's updates: its pseudonym (a group's own key); emptied once processed."""
    address: Mapped[str | None] = mapped_column(Text)
    """The chat, sealed: opened in memory only, to answer; emptied once processed."""
    status: Mapped[str] = mapped_column(String(16))
    """pending, done, or failed (kept aside after repeated errors, so the chat can go on)."""
    payload: Mapped[dict[str, Any] | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(String(200))
    received_at: Mapped[datetime]
    processed_at: Mapped[datetime | None]
    leased_until: Mapped[datetime | None]
    """While a worker processes the update (its attempt already counted and committed): an update
    that kills the process is counted too, and set aside after `update_max_attempts` (migration 0010)."""


class OutboxMessage(Base):
    """A call to make to the Bot API (a message, a deletion, a callback answer), saved before it is made.

    Rows of one chat go out in id order. Once sent or failed, the row loses its chat, address
    and payload: a failed row keeps its kind and error, for `tipline outbox failed`.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index(
            "ix_outbox_pending_chat",
            "chat_key",
            "id",
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
        Index("ix_outbox_status", "status", "not_before"),
    )

    id: Mapped[int] = mapped_column(_BigId, primary_key=True)
    chat_key: Mapped[str] = mapped_column(String(64))
    """What orders a chat's calls: its pseudonym (a group's own key); emptied once sent or failed."""
    address: Mapped[str | None] = mapped_column(Text)
    """The chat to call, sealed: opened in memory only by the sender; emptied once sent or failed."""
    kind: Mapped[str] = mapped_column(String(16))
    """message, delete or callback."""
    payload: Mapped[dict[str, Any] | None]
    status: Mapped[str] = mapped_column(String(16))
    """pending, sent or failed."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]
    done_at: Mapped[datetime | None]


# ---- the volunteer desk (migration 0003) -------------------------------------------------------


class Volunteer(Base):
    """A person of the charity who works the queue. Known to the bot by their Telegram user id;
    known to everyone else (the audit trail, the cards) only by `alias`."""

    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    alias: Mapped[str] = mapped_column(String(32), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    """volunteer, coordinator or admin: see `bot.cases.volunteers.Role`."""
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))


Index("ix_tips_case_created", Tip.case_id, Tip.created_at)
"""A case's latest tips (its card) without sorting all of them: hub cases have thousands."""


class DeskEvent(Base):
    """The desk's own audit trail, for what is not about one case: volunteers added, removed or
    given another role, and exports (who took a copy of which period)."""

    __tablename__ = "desk_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(index=True)


class AccountLink(Base):
    """Two accounts known to be connected: named in one tip, or linked by a volunteer.

    Stored in both directions, so the network around an account is one index lookup per hop.
    """

    __tablename__ = "account_links"

    account_id: Mapped[int] = mapped_column(ForeignKey("reported_accounts.id"), primary_key=True)
    linked_id: Mapped[int] = mapped_column(ForeignKey("reported_accounts.id"), primary_key=True, index=True)
    source: Mapped[str] = mapped_column(String(16))
    """tip or volunteer."""
    created_at: Mapped[datetime]


class RelayQuestionRow(Base):
    """A volunteer's question relayed to the reporter of one tip. Its id is what the reporter's
    answer button carries; the answer is accepted only from the chat whose pseudonym filed the tip."""

    __tablename__ = "relay_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id", ondelete="CASCADE"), index=True)
    asked_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]


class ForwardEvent(Base):
    """An event for the charity's own systems (a signed webhook, or email), queued in the
    transaction that caused it and delivered by `bot.forward` (docs/forwarding.md).

    One row per event and destination, so each has its own retries and dead letter. The payload is
    emptied once delivered; a row that failed for good keeps it, and its error, for
    `tipline forward retry`. `claim` marks a delivery under way: another process leaves the row
    alone until `not_before` (the claim's lease) has passed.
    """

    __tablename__ = "forward_outbox"
    __table_args__ = (
        UniqueConstraint("event_id", "destination", name="uq_forward_outbox_event"),
        Index("ix_forward_outbox_due", "status", "destination", "not_before"),
    )

    id: Mapped[int] = mapped_column(_BigId, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    """The event's id, the same for every destination and every attempt: receivers deduplicate by it."""
    destination: Mapped[str] = mapped_column(String(16))
    """webhook or email."""
    kind: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str | None] = mapped_column(String(16), index=True)
    """The tip's reference, for events about one tip (an erasure finds them by it)."""
    payload: Mapped[dict[str, Any] | None] = mapped_column(SealedDocument)
    """The event, sealed at rest (it may carry a tip's details); emptied once delivered."""
    status: Mapped[str] = mapped_column(String(16))
    """pending, delivered or failed."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime]
    claim: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]
    done_at: Mapped[datetime | None]


# ---- after the report: follow-ups and outcomes (issue 16, migration 0007) ----------------


class FollowUp(Base):
    """A check-back a reporter agreed to: asked after `TIPLINE_FOLLOW_UP_HOURS`, one reminder at most.

    `contact_token` is the reporter's sealed chat (`Identity.seal`), never the chat itself, and is
    emptied as soon as the follow-up is over (answered, cancelled, expired). `reporter` is the
    pseudonym an answer must come from.
    """

    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tip_id: Mapped[int] = mapped_column(ForeignKey("tips.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reporter: Mapped[str] = mapped_column(String(64), index=True)
    contact_token: Mapped[str | None] = mapped_column(Text)
    young: Mapped[bool] = mapped_column(Boolean, default=False)
    """A young person's follow-up also says what to do if it is still happening to them."""
    country: Mapped[str | None] = mapped_column(String(2))
    category: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    """scheduled, asked, reminded, answered, expired, cancelled or failed."""
    due_at: Mapped[datetime | None]
    """When the scheduler acts next (ask, remind, expire); None once the follow-up is over."""
    asked_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]
    answer: Mapped[str | None] = mapped_column(String(16))
    """gone, still or unsure."""
    answered_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class CaseOutcome(Base):
    """What the platform did with a case's account, as a volunteer checked it (or a reporter said)."""

    __tablename__ = "case_outcomes"
    __table_args__ = (Index("ix_case_outcomes_case_checked", "case_id", "checked_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(16))
    """removed, restricted, still_up, refused or unknown."""
    checked_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))
    """A volunteer's alias; `reporter` for a reporter's follow-up answer."""
    source: Mapped[str] = mapped_column(String(16))
    """volunteer or reporter: only volunteers' checks count in the platform statistics."""
    created_at: Mapped[datetime]


# ---- privacy (issue 12) ------------------------------------------------------------------------


class KeyFingerprint(Base):
    """Which pseudonym key this database was made with (`Identity.fingerprint`): starting with
    another fails clearly instead of making every returning reporter a stranger."""

    __tablename__ = "key_fingerprints"

    purpose: Mapped[str] = mapped_column(String(32), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


# ---- abuse and hostile traffic (migration 0010) ---------------------------------------------


class ReporterLimit(Base):
    """One reporter's standing with the limits, by pseudonym (never a Telegram id): the updates of
    the current minute, whether an operator lifted the limits, whether a volunteer blocked them.
    In the database, so every process counts the same."""

    __tablename__ = "reporter_limits"

    pseudonym: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[datetime]
    window_count: Mapped[int] = mapped_column(Integer, default=0)
    told: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Told in this window that they are going too fast (once: more notices would be a flood too)."""
    unlimited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    blocked_at: Mapped[datetime | None]
    blocked_by: Mapped[str | None] = mapped_column(String(64))
    """The volunteer's alias; a blocked reporter's tips are kept aside, and they are not told."""
    forgotten_tips: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Tips of the last day this reporter had when they used `/forget`: they still count toward
    the daily limit until a day after `forgotten_at` (a count only, so nothing links them back)."""
    forgotten_at: Mapped[datetime | None]
