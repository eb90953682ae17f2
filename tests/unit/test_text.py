"""Typed text made safe once, for every driver and database; lengths counted as Telegram counts them."""

from __future__ import annotations

from bot.drivers.updates import staff_item, text_event
from bot.engine.events import Command, Text
from bot.text import clip, sanitise, utf16_len


def test_nul_lone_surrogates_and_every_bidi_control_are_removed() -> None:
    hostile = "a\x00b\ud800c\u202ed\u2066e\u2067f\u2068g\u2069h\u200fi\u061cj"
    assert sanitise(hostile) == "abcdefghij"
    assert sanitise("مرحبا שלום 🧒 é") == "مرحبا שלום 🧒 é"  # right-to-left scripts need none of them


def test_lengths_and_clipping_count_utf16_units() -> None:
    assert utf16_len("🧒a") == 3
    clipped = clip("🧒" * 10, 7)
    assert utf16_len(clipped) <= 7
    assert clipped.endswith("…")
    assert clip("short", 10) == "short"


def test_typed_text_and_commands_are_sanitised_in_the_shared_conversion() -> None:
    assert text_event("he\x00llo\u2066", None, None) == Text(text="hello")
    assert text_event("/note 5 a\x00b", ("bot_command", 0, 5), None) == Command(name="note", args="5 ab")


def test_a_command_for_another_bot_is_not_ours_in_the_group() -> None:
    entity = ("bot_command", 0, 15)
    other = text_event("/queue@OtherBot", entity, None, "TiplineBot", group=True)
    assert other is None
    assert staff_item(-100, other, 7, None) is None
    assert text_event("/queue@tiplinebot", ("bot_command", 0, 17), None, "TiplineBot", group=True) == Command(
        name="queue"
    )
    assert text_event("/queue", ("bot_command", 0, 6), None, "TiplineBot", group=True) == Command(name="queue")
    assert text_event("/help@AnyName", ("bot_command", 0, 13), None, None) == Command(name="help")  # private chat
