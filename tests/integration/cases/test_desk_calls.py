"""The desk's side of the outbox: rows it queues, and the calls the sender makes for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.desk import calls as desk_calls
from bot.desk.calls import DESK_EDIT, DESK_EXPORT, DESK_POST, DeskCalls
from bot.desk.messages import EditCard, ExportJob, Post, Toast, ToReporter
from bot.desk.routing import OutboxDispatch
from bot.desk.words import StaffTexts
from bot.engine.events import RelayQuestion
from bot.identity import Identity
from bot.pipeline.inbox import Inbox, internal_update_id
from bot.pipeline.ports import ButtonRows, PermanentFailure
from bot.pipeline.tables import WriteGate
from bot.storage.db import Database
from bot.storage.models import Case, InboxUpdate
from tests.integration.cases.conftest import START, file_tip

CHAT = -1001234567890


class Client:
    """A BotClient that records calls; `edit_error` makes the next edit fail as Telegram would."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self.documents: list[bytes] = []
        self.edit_error: str | None = None
        self.next_id = 500

    async def send_message(
        self, chat_id: int, text: str, buttons: ButtonRows, *, thread_id: int | None = None, reply_to: int | None = None
    ) -> int | None:
        self.next_id += 1
        self.calls.append(("send", (chat_id, text, thread_id, reply_to)))
        return self.next_id

    async def delete_message(self, chat_id: int, message_id: int) -> None:
        raise AssertionError("not used")

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        raise AssertionError("not used")

    async def edit_message(self, chat_id: int, message_id: int, text: str, buttons: ButtonRows) -> None:
        if self.edit_error:
            error, self.edit_error = self.edit_error, None
            raise PermanentFailure(error)
        self.calls.append(("edit", (chat_id, message_id, text)))

    async def send_document(
        self, chat_id: int, path: Path, filename: str, caption: str, *, thread_id: int | None = None
    ) -> None:
        self.calls.append(("document", (chat_id, filename, caption, path.name)))
        self.documents.append(path.read_bytes()[:2])  # noqa: ASYNC240 - a test double reading its own small file

    async def send_photo(
        self, chat_id: int, content: bytes, filename: str, caption: str, *, thread_id: int | None = None
    ) -> None:
        self.calls.append(("photo", (chat_id, filename, caption)))
        self.documents.append(content[:8])

    async def remove_chat_member(self, chat_id: int, user_id: int) -> None:
        self.calls.append(("remove", (chat_id, user_id)))


@pytest.fixture
def calls(db: Database, texts: StaffTexts, tmp_path: Path) -> DeskCalls:
    return DeskCalls(WriteGate(db), texts, tmp_path / "exports")


async def card_of(db: Database, case_id: int) -> tuple[int | None, int | None]:
    async with db.transaction() as session:
        case = await session.get_one(Case, case_id)
        return case.card_chat_id, case.card_message_id


async def test_a_card_is_posted_recorded_edited_and_replied_under(db: Database, calls: DeskCalls) -> None:
    tip = await file_tip(db, "https://www.instagram.com/bad.account/")
    client = Client()
    await calls.call(client, DESK_POST, CHAT, {"text": "card", "buttons": [], "card_of": tip.case_id, "thread_id": 7})
    assert await card_of(db, tip.case_id) == (CHAT, 501)
    await calls.call(client, DESK_EDIT, CHAT, {"case_id": tip.case_id, "text": "card 2", "buttons": []})
    await calls.call(client, DESK_POST, CHAT, {"text": "note", "buttons": [], "reply_to_case": tip.case_id})
    await calls.call(client, DESK_POST, -100999, {"text": "elsewhere", "buttons": [], "reply_to_case": tip.case_id})
    assert client.calls == [
        ("send", (CHAT, "card", 7, None)),
        ("edit", (CHAT, 501, "card 2")),
        ("send", (CHAT, "note", None, 501)),
        ("send", (-100999, "elsewhere", None, None)),  # the card is not in that chat: a plain message
    ]


async def test_an_unchanged_card_is_fine_and_a_deleted_one_is_posted_again(db: Database, calls: DeskCalls) -> None:
    tip = await file_tip(db, "https://www.instagram.com/bad.account/")
    client = Client()
    payload = {"case_id": tip.case_id, "text": "card", "buttons": []}
    await calls.call(client, DESK_EDIT, CHAT, payload)  # no card yet (an older case): one is posted
    assert await card_of(db, tip.case_id) == (CHAT, 501)
    client.edit_error = "Bad Request: message is not modified: specified new message content ..."
    await calls.call(client, DESK_EDIT, CHAT, payload)
    client.edit_error = "Bad Request: message to edit not found"
    await calls.call(client, DESK_EDIT, CHAT, payload)
    assert await card_of(db, tip.case_id) == (CHAT, 502)
    client.edit_error = "Forbidden: bot was kicked from the supergroup chat"
    with pytest.raises(PermanentFailure):
        await calls.call(client, DESK_EDIT, CHAT, payload)
    assert [kind for kind, _ in client.calls] == ["send", "send"]


async def test_an_export_is_uploaded_or_explained_when_too_large(
    db: Database, calls: DeskCalls, monkeypatch: pytest.MonkeyPatch
) -> None:
    await file_tip(db, "https://www.instagram.com/bad.account/")
    client = Client()
    payload = {"since": (START - timedelta(days=1)).isoformat(), "until": (START + timedelta(days=1)).isoformat()}
    await calls.call(client, DESK_EXPORT, CHAT, payload | {"formats": ["csv"], "thread_id": 3})
    ((kind, (chat, name, caption, _path)),) = client.calls
    assert (kind, chat, client.documents) == ("document", CHAT, [b"PK"])
    assert str(name).startswith("tipline-export-20260301")
    assert "1 case, 1 tip" in str(caption)
    monkeypatch.setattr(desk_calls, "FILE_LIMIT", 10)
    await calls.call(client, DESK_EXPORT, CHAT, payload | {"formats": ["json"]})
    assert client.calls[-1][0] == "send"
    assert "Telegram takes files up to 50 MB" in str(client.calls[-1][1])
    assert list((calls.exports).iterdir()) == []  # nothing left behind


async def test_dispatch_queues_rows_per_transaction_and_reporter_events_in_the_inbox(
    db: Database, identity: Identity
) -> None:
    dispatch = OutboxDispatch(Inbox(WriteGate(db), identity))
    now = datetime(2026, 3, 2, tzinfo=UTC)
    question = RelayQuestion(question_id=3, reference="TIP-ABC234", text="?")
    async with db.transaction() as session:
        await dispatch(
            session,
            [
                Post("tg:-100", "x" * 5000, ((("More", "cs:view:1"),),), thread_id=4, reply_to_card=9),
                EditCard("tg:-100", 9, "card", ()),
                Toast("tg:-100", "cb", "Done."),
                ExportJob("tg:-100", now, now, ("csv",)),
                ToReporter("tg:4242", question),
                ToReporter("console:local", question),
            ],
            now,
        )
        rows = dispatch.take(session)
        assert dispatch.take(session) == []
    kinds = [(row["kind"], sorted(row["payload"])) for row in rows]
    assert kinds == [
        (DESK_POST, ["buttons", "reply_to_case", "text", "thread_id"]),
        (DESK_POST, ["buttons", "reply_to_case", "text", "thread_id"]),  # split: Telegram's 4096 limit
        (DESK_EDIT, ["buttons", "case_id", "text"]),
        ("callback", ["callback_id", "text"]),
        (DESK_EXPORT, ["formats", "since", "until"]),
    ]
    assert rows[0]["payload"]["buttons"] == []
    assert rows[1]["payload"]["buttons"] == [[["More", "cs:view:1"]]]
    async with db.transaction() as session:
        inbox = (await session.execute(select(InboxUpdate))).scalars().all()
    # The reporter's chat is at rest only sealed; their pseudonym orders their queue.
    assert [(row.chat_key, row.payload) for row in inbox] == [
        (identity.pseudonym("tg:4242"), {"event": question.model_dump(mode="json")})
    ]
    assert inbox[0].address is not None
    assert identity.unseal(inbox[0].address) == "tg:4242"
    assert inbox[0].update_id < 0


def test_internal_update_ids_are_negative_and_grow() -> None:
    ids = [internal_update_id() for _ in range(200)]
    assert all(value < 0 for value in ids)
    assert len(set(ids)) == len(ids)
    assert ids[0] < ids[-1]
