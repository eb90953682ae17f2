"""Routes (where to report, whom to call) as locale messages, for the engine and the directory's audit view."""

from __future__ import annotations

from bot.engine.keys import EMERGENCY_OTHER_LABEL, ROUTE_KIND_LABEL
from bot.engine.ports import RoutesView
from bot.engine.replies import Msg, ParamValue

PLATFORM_ROUTE_KINDS = ("platform_form", "platform_in_app", "platform_privacy", "platform_copyright")


def route_parts(
    routes: RoutesView, kinds: tuple[str, ...] | None = None, platform: ParamValue | None = None
) -> tuple[Msg, ...]:
    """Each route as locale messages: its label, name and contacts, its rule, and whether it is unconfirmed.

    `platform` names the platform's own routes (so "another site or app" is in the reader's language).
    """
    parts: list[Msg] = []
    emergency_shown = False
    for item in routes.items:
        if kinds is not None and item.via not in kinds:
            continue
        contact = "\n".join(value for value in (item.url, item.phone, item.email) if value)
        label = Msg(key=ROUTE_KIND_LABEL.format(item.kind))
        note = item.note_key
        if item.kind == "emergency":
            # One number to call first; the others are alternatives, never a second "call this first".
            if emergency_shown:
                label, note = Msg(key=EMERGENCY_OTHER_LABEL), None
            emergency_shown = True
        name: ParamValue = Msg(key=item.name_key) if item.name_key else item.name
        if platform is not None and item.kind in PLATFORM_ROUTE_KINDS:
            name = platform
        parts.append(Msg(key="route-item", params={"label": label, "name": name, "contact": contact}))
        if note:
            parts.append(Msg(key=note))
        if not item.confirmed:
            # A phone number is checked by calling it, not by opening it: say which.
            only_a_number = item.phone is not None and item.url is None
            parts.append(Msg(key="route-unconfirmed-number" if only_a_number else "route-unconfirmed"))
    return tuple(parts)
