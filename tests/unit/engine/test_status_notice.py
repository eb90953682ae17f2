"""News about a tip, from the charity to a reporter who agreed to be contacted."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.engine.events import StatusNotice
from bot.engine.replies import Msg
from tests.unit.engine.conftest import Chat, walk_to_account


def test_news_is_told_and_the_report_under_way_is_not_disturbed(chat: Chat) -> None:
    walk_to_account(chat)
    before = chat.state.model_copy(deep=True)
    chat.send(StatusNotice(reference="TIP-ABC234", status_key="tip-status-closed-removed"))
    assert chat.keys == ["tip-status-notice"]
    assert chat.replies[0].params["reference"] == "TIP-ABC234"
    assert chat.replies[0].params["status"] == Msg(key="tip-status-closed-removed")
    assert chat.effects == []
    assert chat.state == before


def test_news_names_only_a_status_text() -> None:
    with pytest.raises(ValidationError):
        StatusNotice(reference="TIP-ABC234", status_key="greeting")
