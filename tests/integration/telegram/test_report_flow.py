"""A whole report on Telegram, through each driver's real client and the fake Bot API, in both modes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.settings import Settings
from bot.storage.models import Tip
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    WEBHOOK_SECRET,
    TelegramUser,
    expected_transcript,
    free_port,
    mask,
    running_bot,
    telegram_settings,
    wait_idle,
)


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_whole_report_on_telegram(mode: str, tipline_settings: Settings, tmp_path: Path) -> None:
    webhook = mode == "webhook"
    async with FakeBotAPI(token=TOKEN, deliver_webhooks=webhook, webhook_retry_delay=0.05) as api:
        overrides: dict[str, object] = {}
        if webhook:
            port = free_port()
            overrides = {
                "webhook_url": f"http://127.0.0.1:{port}/telegram/updates",
                "webhook_secret": SecretStr(WEBHOOK_SECRET),
                "webhook_listen": f"127.0.0.1:{port}",
            }
        settings = telegram_settings(tipline_settings, api, **overrides)
        expected = await expected_transcript(settings, REPORT, tmp_path)
        user = TelegramUser(api, chat_id=4242)
        async with running_bot(settings) as bot:
            for action, value in REPORT:
                user.act(action, value)
                await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                tips = (await session.execute(select(Tip))).scalars().all()
            pseudonym = bot.app.identity.pseudonym("tg:4242")

    assert mask(user.sent_texts()) == mask(expected)
    assert len(tips) == 1
    assert tips[0].reporter == pseudonym
    assert tips[0].reference in user.sent_texts()[-1] or any(tips[0].reference in t for t in user.sent_texts())

    sends = api.calls_to("sendMessage")
    assert all(call.status == 200 for call in sends), api.format_calls(sends)
    assert all(call.params["parse_mode"] == "HTML" for call in sends)
    assert all(call.params["link_preview_options"] == {"is_disabled": True} for call in sends)
    menu = next(call for call in sends if "What would you like to do?" in call.params["text"])
    assert menu.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "main.menu:report"

    presses = [update for update in user.pushed if "callback_query" in update]
    answered = [call.params["callback_query_id"] for call in api.calls_to("answerCallbackQuery")]
    assert sorted(answered) == sorted(update["callback_query"]["id"] for update in presses)
    photo = next(update for update in user.pushed if "photo" in update.get("message", {}))
    assert [call.params["message_id"] for call in api.calls_to("deleteMessage", chat_id=4242)] == [
        photo["message"]["message_id"]
    ]
    assert api.calls_to("getFile") == []
    assert api.drop_pending_updates_calls == []
    if webhook:
        hook = api.calls_to("setWebhook")[0].params
        assert hook["secret_token"] == WEBHOOK_SECRET
        assert hook["allowed_updates"] == ["message", "callback_query", "chat_member"]
        assert api.calls_to("getUpdates") == []
    else:
        assert api.calls_to("deleteWebhook")
        assert api.calls_to("setWebhook") == []
