"""The desk speaks the staff language throughout: usage lines, why a change to the team was not
made, role names and who did what come from `staff.ftl`, not from English in the code."""

from __future__ import annotations

import re

import pytest

from bot.cases.volunteers import add_volunteer
from bot.desk.messages import DeskRequest, Post
from bot.desk.words import StaffTexts
from bot.directory.testing import real_directory
from bot.engine.events import Command
from bot.i18n import Locales, html_to_plain
from tests.integration.cases.conftest import START, VOLUNTEER_CHAT, DeskRig, file_tip, volunteer

ADMIN = 10

ENGLISH_FROM_CODE = re.compile(
    r"Usage|question|\btext\b|\bLINK\b|PLATFORM|OTHER-ID|INTO-ID|USER-ID|\bROLE\b|OUTCOME|to close|, or\b"
    r"|\[status\]|\[platform\]|\[category\]"
)
"""The English words around the keywords in the old usage lines (keywords such as `in_progress` stay)."""


def speak(rig: DeskRig, locales: Locales, language: str) -> None:
    directory = real_directory()
    rig.desk.texts = StaffTexts(locales, language, {pid: p.name for pid, p in directory.platforms.items()})


async def say(rig: DeskRig, name: str, args: str = "", user_id: int = ADMIN) -> str:
    async with rig.db.transaction() as session:
        await rig.desk.handle(session, DeskRequest(user_id, VOLUNTEER_CHAT, Command(name=name, args=args)))
    posts = [action for action in rig.recorder.take() if isinstance(action, Post)]
    assert len(posts) == 1, (name, args, posts)
    return html_to_plain(posts[0].text)


WRONG_ARGUMENTS = [
    ("queue", "nonsense", "Uso: /queue [estado] [plataforma] [categoría] [mine] [page N]"),
    ("case", "", "Uso: /case ID"),
    ("find", "", "Uso: /find ENLACE o /find PLATAFORMA @usuario"),
    ("claim", "x", "Uso: /claim ID"),
    ("unclaim", "", "Uso: /unclaim ID"),
    ("note", "", "Uso: /note ID texto"),
    ("status", "", "Uso: /status ID in_progress|reported|escalated"),
    ("status", "1 sideways", "Uso: /status ID in_progress|reported|escalated (para cerrar: /close ID RESULTADO)"),
    ("close", "", "Uso: /close ID RESULTADO"),
    ("merge", "1", "Uso: /merge ID ID-DESTINO"),
    ("link", "", "Uso: /link ID ENLACE o /link ID OTRO-ID"),
    ("reopen", "", "Uso: /reopen ID"),
    ("ask", "1", "Uso: /ask ID pregunta o /ask TIP-XXXXXX pregunta"),
    ("volunteers", "promote sam", "Uso: /volunteers [add ID-USUARIO ALIAS [ROL] | remove ALIAS | role ALIAS ROL]"),
]


@pytest.mark.parametrize(("name", "args", "expected"), WRONG_ARGUMENTS, ids=[f"{n}:{a}" for n, a, _ in WRONG_ARGUMENTS])
async def test_a_command_with_wrong_arguments_answers_in_the_staff_language(
    rig: DeskRig, locales: Locales, name: str, args: str, expected: str
) -> None:
    await volunteer(rig.db, ADMIN, "sam", "admin")
    await file_tip(rig.db, "https://www.instagram.com/bad.account/")
    speak(rig, locales, "es")
    text = await say(rig, name, args)
    assert text == expected
    assert ENGLISH_FROM_CODE.search(text) is None, text


async def test_the_usage_lines_in_german(rig: DeskRig, locales: Locales) -> None:
    await volunteer(rig.db, ADMIN, "sam", "admin")
    speak(rig, locales, "de")
    assert await say(rig, "ask", "") == "Verwendung: /ask ID Frage oder /ask TIP-XXXXXX Frage"
    closing = await say(rig, "status", "3 sideways")
    assert closing == "Verwendung: /status ID in_progress|reported|escalated (zum Abschließen: /close ID ERGEBNIS)"
    assert ENGLISH_FROM_CODE.search(closing) is None


TEAM_ERRORS = [
    ("add 11 sam", "Nicht ausgeführt: Dieses Telegram-Konto oder dieser Alias gehört bereits zum ehrenamtlichen Team."),
    ("add 0 kim", "Nicht ausgeführt: Eine Telegram-Nutzer-ID ist eine positive Zahl"),
    ("add 12 <b>kim</b>", "Nicht ausgeführt: Ein Alias hat 1 bis 32 Zeichen"),
    ("add 12 System", "Nicht ausgeführt: Die Aliasse system, reporter und cli sind für den Bot"),
    ("add 12 kim chief", "Nicht ausgeführt: Als Rolle sind volunteer, coordinator oder admin möglich."),
    ("remove ghost", "Nicht ausgeführt: „ghost“ gehört nicht zum ehrenamtlichen Team."),
    ("role @ghost admin", "Nicht ausgeführt: „ghost“ gehört nicht zum ehrenamtlichen Team."),
]


@pytest.mark.parametrize(("args", "expected"), TEAM_ERRORS, ids=[args for args, _ in TEAM_ERRORS])
async def test_why_a_team_change_was_not_made_is_said_in_the_staff_language(
    rig: DeskRig, locales: Locales, args: str, expected: str
) -> None:
    await volunteer(rig.db, ADMIN, "sam", "admin")
    speak(rig, locales, "de")
    text = await say(rig, "volunteers", args)
    assert text.startswith(expected), text
    for english in ("Not done", "already a volunteer", "positive number", "an alias is", "a role is", "no volunteer"):
        assert english not in text


async def test_a_team_change_is_refused_in_english_for_an_english_desk(rig: DeskRig) -> None:
    await volunteer(rig.db, ADMIN, "sam", "admin")
    assert await say(rig, "volunteers", "add 12 kim chief") == (
        "Not done: a role is one of: volunteer, coordinator, admin"
    )
    assert await say(rig, "volunteers", "remove ghost") == "Not done: no volunteer 'ghost'"


async def test_roles_and_who_did_it_are_named_in_the_staff_language(rig: DeskRig, locales: Locales) -> None:
    await volunteer(rig.db, ADMIN, "sam", "admin")
    async with rig.db.transaction() as session:
        await add_volunteer(session, 30, "olu", "volunteer", "cli", START)
    tip = await file_tip(rig.db, "https://www.instagram.com/bad.account/")
    speak(rig, locales, "de")
    assert await say(rig, "volunteers", "add 22 bob coordinator") == (
        "bob wurde mit der Rolle Koordination hinzugefügt."
    )
    assert await say(rig, "volunteers", "role bob admin") == "bob hat jetzt die Rolle Administration."
    listing = await say(rig, "volunteers", "list")
    assert "bob · Administration · seit" in listing
    assert "(hinzugefügt von sam)" in listing  # a volunteer's alias is shown as it is
    assert "olu · Ehrenamt · seit" in listing
    assert "(hinzugefügt von Serverkonsole)" in listing
    assert not re.search(r"\b(admin|coordinator|volunteer|cli)\b", listing), listing
    case = await say(rig, "case", str(tip.case_id))
    assert f"System · eröffnet mit Meldung {tip.reference}" in case
    assert "system" not in case
