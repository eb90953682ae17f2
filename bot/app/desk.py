"""Putting the volunteer desk into a running Tipline: built from the settings and the turns' content,
given to the turns as their case hooks, and to the pipeline as its extension (router, calls, menu)."""

from __future__ import annotations

from bot.desk.calls import DeskCalls
from bot.desk.desk import Desk
from bot.desk.routing import DeskRouter, OutboxDispatch
from bot.desk.words import StaffTexts
from bot.pipeline.inbox import Inbox
from bot.pipeline.ports import chat_key_of
from bot.pipeline.service import Extension
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.turn import TurnRunner

EXPORTS_FOLDER = "exports"


def staff_chats(settings: Settings) -> frozenset[int]:
    """The groups a driver keeps updates from."""
    return frozenset() if settings.volunteer_chat_id is None else frozenset({settings.volunteer_chat_id})


def attach_desk(turns: TurnRunner, settings: Settings, gate: WriteGate) -> Extension:
    directory = turns.world.directory
    names = {pid: platform.name for pid, platform in directory.platforms.items()}
    texts = StaffTexts(turns.locales, settings.staff_language, names)
    dispatch = OutboxDispatch(Inbox(gate, turns.identity))
    volunteer_chat = None if settings.volunteer_chat_id is None else chat_key_of(settings.volunteer_chat_id)
    desk = Desk(
        texts,
        turns.identity,
        directory,
        dispatch,
        volunteer_chat_key=volunteer_chat,
        card_thread_id=settings.volunteer_thread_id,
        strangers=settings.volunteer_group_strangers,
        clock=turns.clock,
    )
    turns.hooks = desk
    menu = {} if settings.volunteer_chat_id is None else {settings.volunteer_chat_id: texts.menu()}
    return Extension(
        router=DeskRouter(desk, dispatch),
        calls=DeskCalls(gate, texts, settings.data_dir / EXPORTS_FOLDER),
        chat_commands=menu,
    )
