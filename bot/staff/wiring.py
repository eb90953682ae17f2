"""Putting the volunteer desk into a running Tipline: built from the settings and the runtime's
content, given to the runtime as its case hooks, and to the pipeline's worker and sender."""

from __future__ import annotations

from bot.pipeline.ports import chat_key_of
from bot.pipeline.store import PipelineStore
from bot.runtime import Tipline
from bot.settings import Settings
from bot.staff.desk import Desk
from bot.staff.pipeline import DeskCalls, DeskPipeline, OutboxDispatch
from bot.staff.texts import StaffTexts

EXPORTS_FOLDER = "exports"


def staff_chats(settings: Settings) -> frozenset[int]:
    """The groups a driver keeps updates from."""
    return frozenset() if settings.volunteer_chat_id is None else frozenset({settings.volunteer_chat_id})


def attach_desk(app: Tipline, settings: Settings, store: PipelineStore) -> tuple[DeskPipeline, DeskCalls]:
    directory = app.world.directory
    names = {pid: platform.name for pid, platform in directory.platforms.items()}
    texts = StaffTexts(app.locales, settings.staff_language, names)
    dispatch = OutboxDispatch()
    volunteer_chat = None if settings.volunteer_chat_id is None else chat_key_of(settings.volunteer_chat_id)
    desk = Desk(
        texts,
        app.identity,
        directory,
        dispatch,
        volunteer_chat_key=volunteer_chat,
        card_thread_id=settings.volunteer_thread_id,
        clock=app.clock,
    )
    app.hooks = desk
    return DeskPipeline(desk, dispatch), DeskCalls(store, texts, settings.data_dir / EXPORTS_FOLDER)
