"""The words volunteers read, in the staff language: texts from `locales/<staff language>/staff.ftl`,
statuses, roles, dates and lists. cards.py and views.py build the desk's messages from these.

Everything volunteers read is rendered to Telegram HTML through here.

Every value that came from a reporter or a volunteer (details, links, notes, answers) passes
through `Locales.text` as a parameter and is escaped there; pieces are joined only after they were
rendered. Nothing here can show a reporter's identity: the inputs do not carry it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import cast

from fluent.runtime.types import fluent_number

from bot.cases.volunteers import VolunteerError
from bot.desk.keys import ABUSE_COMMANDS, ACTORS, MENU
from bot.engine.replies import ParamValue
from bot.i18n import Locales, html_to_plain
from bot.limits import COMMAND_DESCRIPTION_LIMIT
from bot.pipeline.profile import fit
from bot.text import clip as text_clip


def clip(text: str, limit: int) -> str:
    """At most `limit` UTF-16 units (Telegram's count: an emoji is two), ended with "…" when cut."""
    return text_clip(text, limit)


class StaffTexts:
    def __init__(self, locales: Locales, language: str, platform_names: Mapping[str, str]) -> None:
        self.locales = locales
        self.language = language
        self.platform_names = platform_names

    # ---- pieces --------------------------------------------------------------------------------

    def t(self, key: str, **params: ParamValue) -> str:
        """Numbers are shown plain: case #12345, not #12,345 (still plural-aware: they stay numbers)."""
        plain = {
            # fluent_number gives a FluentInt (an int) for an int; its stub says "a number or None".
            name: cast("int", fluent_number(value, useGrouping=False)) if type(value) is int else value
            for name, value in params.items()
        }
        return self.locales.text(self.language, key, plain)

    def label(self, key: str, **params: ParamValue) -> str:
        """Plain text for a button."""
        return html_to_plain(self.t(key, **params))

    def _maybe(self, prefix: str, value: str | None) -> str:
        if value is None:
            return self.t("desk-unknown")
        key = f"{prefix}{value}"
        return self.t(key) if self.locales.has(self.locales.default, key) else self.t("desk-action-other", action=value)

    def status(self, status: str) -> str:
        return self._maybe("desk-status-", status)

    def outcome(self, outcome: str | None) -> str:
        return self._maybe("desk-outcome-", outcome)

    def category(self, category: str) -> str:
        return self._maybe("desk-category-", category)

    def level(self, level: str) -> str:
        return self._maybe("desk-level-", level)

    def told(self, answer: str | None) -> str:
        return self._maybe("desk-told-", answer or "unknown")

    def menu(self) -> list[tuple[str, str]]:
        """The volunteer group's command menu: (command, what it does), in the staff language."""
        commands = (*MENU, *ABUSE_COMMANDS)
        return [(name, fit(self.label(f"desk-command-{name}"), COMMAND_DESCRIPTION_LIMIT)) for name in commands]

    def role(self, role: str) -> str:
        return self._maybe("desk-role-", role)

    def actor(self, actor: str) -> str:
        """A volunteer's alias as it is; the bot, a reporter or the server's CLI named in the staff language."""
        return self.label(f"desk-actor-{actor}") if actor in ACTORS else actor

    def usage(self, command: str) -> str:
        """ "Usage: /find LINK, or /find PLATFORM @handle", the arguments named in the staff language."""
        return self.t("desk-usage", usage=self.label(f"desk-usage-{command}"))

    def volunteer_error(self, error: VolunteerError) -> str:
        """Why a change to the team was not made, in the staff language (the error's text is English)."""
        return self.t("desk-volunteer-error", error=self.label(f"desk-volunteer-error-{error.kind}", **error.params))

    def listing(self, items: Sequence[str]) -> str:
        """ "a, b, c" with the staff language's comma, as plain text (the items are plain text too)."""
        text = items[0] if items else ""
        for item in items[1:]:
            text = html_to_plain(self.t("desk-list-more", first=text, then=item))
        return text

    def yes_no(self, value: bool) -> str:
        return self.t("desk-yes" if value else "desk-no")

    @staticmethod
    def when(moment: datetime | None) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "-"

    def duration(self, span: timedelta) -> str:
        minutes = span.total_seconds() / 60
        if minutes < 120:
            return self.t("desk-duration-minutes", minutes=round(minutes))
        if minutes < 48 * 60:
            return self.t("desk-duration-hours", hours=round(minutes / 60))
        return self.t("desk-duration-days", days=round(minutes / 1440))
