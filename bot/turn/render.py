"""Replies rendered for Telegram's HTML parse mode, in the conversation's language."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.replies import ButtonSpec, ParamValue, Reply
from bot.i18n import Locales, SlotValue, html_to_plain
from bot.turn.results import OutgoingMessage

RENDERED_KEPT = 10_000
"""Rendered parameterless replies kept: the flows' steps times the languages is far fewer."""


class Renderer:
    def __init__(self, locales: Locales, charity_name: str, common: Mapping[str, ParamValue] | None = None) -> None:
        """`common`: parameters every text may use besides the charity's name (the retention
        periods the privacy text states)."""
        self.locales = locales
        self.charity_name = charity_name
        self.common: dict[str, ParamValue] = dict(common or {})
        self._rendered: dict[tuple[str, str, tuple[tuple[ButtonSpec, ...], ...]], OutgoingMessage] = {}

    def render(self, reply: Reply, language: str, slots: Mapping[str, SlotValue] | None = None) -> OutgoingMessage:
        """The reply in `language`. Most replies (a step's question and its buttons) have no parameters
        of their own and always read the same: those are rendered once per language and kept."""
        if reply.params:  # may hold what a person typed: never kept
            return self._render(reply, language, slots)
        memo = (language, reply.key, reply.buttons)
        rendered = self._rendered.get(memo)
        if rendered is None:
            rendered = self._render(reply, language, slots)
            if len(self._rendered) < RENDERED_KEPT:
                self._rendered[memo] = rendered
        return rendered

    def _render(self, reply: Reply, language: str, slots: Mapping[str, SlotValue] | None) -> OutgoingMessage:
        params = {**self.common, "charity": self.charity_name, **reply.params}
        text = self.locales.text(language, reply.key, params, slots)
        buttons = tuple(
            tuple((self._label(button, language), button.payload) for button in row) for row in reply.buttons
        )
        return OutgoingMessage(text=text, buttons=buttons)

    def _label(self, button: ButtonSpec, language: str) -> str:
        """Button text is plain (Telegram does not parse it): a message, a country's name, or literal."""
        if button.country is not None:
            return self.locales.country_name(language, button.country) or button.label
        if button.literal:
            return button.label
        return html_to_plain(self.locales.text(language, button.label))
