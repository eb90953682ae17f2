"""The seven people of issue #14, each walking Tipline through the console in their language:
a mother in Spain, a 13-year-old in Brazil, a witness in Germany, a reporter in Egypt, a father
watching a livestream in the US, parents in Australia and in New Zealand. Each gets the routes for
their country, never a dead end, and a young person is never asked about being contacted."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from bot.app import open_tipline
from bot.drivers.console import ConsoleChat, parse_input
from bot.engine.events import Start
from bot.i18n import html_to_plain
from bot.settings import Settings
from bot.storage.models import Case, FollowUp, ReportedAccount, Tip, TipAccount
from bot.turn import OutgoingMessage, TurnRunner


class Persona:
    """One person at the console: presses buttons by their label in the person's language (so a
    missing translation fails), types what they would type, and keeps the whole transcript."""

    def __init__(self, app: TurnRunner, language: str, chat_key: str) -> None:
        self.app = app
        self.language = language
        self.out = io.StringIO()
        self.console = ConsoleChat(app, self.out, chat_key=chat_key)
        self.messages: list[OutgoingMessage] = []

    async def start(self, language_code: str) -> None:
        self.messages = await self.console.send(Start(language_code=language_code))

    def label(self, key: str) -> str:
        return html_to_plain(self.app.locales.text(self.language, key))

    def text(self, key: str) -> str:
        """The longest stretch of a message's first line without a placeholder, as the person reads it
        (to find it in the transcript: placeholders render empty here)."""
        return max(self.label(key).splitlines()[0].split("  "), key=len).strip()

    def labels(self) -> list[str]:
        return [label for message in self.messages for row in message.buttons for label, _ in row]

    async def press(self, key: str) -> None:
        await self.press_literal(self.label(key))

    async def press_literal(self, label: str) -> None:
        labels = self.labels()
        assert label in labels, f"{label!r} not offered; buttons: {labels}; said: {self.said}"
        await self.type(str(labels.index(label) + 1))

    async def type(self, line: str) -> None:
        event = parse_input(line, self.console.buttons)
        assert event is not None
        self.messages = await self.console.send(event)

    @property
    def said(self) -> str:
        return "\n".join(message.plain for message in self.messages)

    @property
    def transcript(self) -> str:
        return self.out.getvalue()

    async def skip_or_answer_facts(self, seen: str, age: str, knows: str, risks: tuple[str, ...] = ()) -> None:
        await self.press(seen)
        await self.press(age)
        await self.press(knows)
        for risk in risks:
            await self.press(risk)
        await self.press("facts-risks-done")


@pytest.fixture
async def app(tipline_settings: Settings) -> AsyncIterator[TurnRunner]:
    tipline = await open_tipline(tipline_settings, auto_migrate=False)
    yield tipline
    await tipline.db.dispose()


async def only_tip(app: TurnRunner) -> tuple[Tip, Case, set[tuple[str, str, str]]]:
    async with app.db.transaction() as session:
        tip = (await session.execute(select(Tip))).scalar_one()
        case = await session.get_one(Case, tip.case_id)
        rows = (
            await session.execute(
                select(ReportedAccount.platform, ReportedAccount.canonical_id, TipAccount.role).join(
                    TipAccount, TipAccount.account_id == ReportedAccount.id
                )
            )
        ).all()
        return tip, case, {(platform, canonical, role) for platform, canonical, role in rows}


async def test_a_mother_in_spain_reports_an_account_collecting_her_daughters_photos(app: TurnRunner) -> None:
    mother = Persona(app, "es", "console:madre")
    await mother.start("es")
    await mother.press("menu-report")
    await mother.press("report-safety-no")
    await mother.press("category-collecting_photos")
    await mother.press_literal("Instagram")
    await mother.type("https://www.instagram.com/coleccionista.fotos")
    await mother.press("report-related-no")
    await mother.press("reported-not_yet")
    await mother.press("report-followup-no")
    await mother.type("Publica fotos de mi hija en el festival del colegio")
    assert mother.text("facts-seen-ask") in mother.said
    await mother.skip_or_answer_facts("seen-week", "age-10_12", "button-yes", ("risk-identifiable",))
    await mother.type("España")
    assert "INCIBE" in mother.said  # Spain's own hotline
    assert mother.text("report-consent-ask") in mother.said  # an adult is asked
    await mother.press("report-consent-yes")
    await mother.press("review-submit")
    assert mother.text("tip-submitted") in mother.transcript

    tip, case, accounts = await only_tip(app)
    assert (tip.country, tip.language, tip.category) == ("ES", "es", "collecting_photos")
    assert (tip.seen_when, tip.child_age, tip.knows_child, tip.risk_signals) == ("week", "10_12", True, "identifiable")
    assert (tip.self_report, tip.contact_consent, tip.urgent) == (False, True, False)
    assert accounts == {("instagram", "coleccionista.fotos", "reported")}
    assert case.tip_count == 1


async def test_a_13_year_old_in_brazil_being_blackmailed_gets_help_and_is_never_asked_about_contact(
    app: TurnRunner,
) -> None:
    girl = Persona(app, "pt-BR", "console:menina")
    await girl.start("pt-BR")
    await girl.type("um adulto no discord está me pedindo fotos agora e estou com medo")
    assert girl.text("menu-text-hint") in girl.said
    assert girl.labels()[0] == girl.label("menu-young")  # her path, first
    await girl.press("menu-young")
    await girl.press("young-safe-yes")
    assert girl.text("young-not-your-fault") in girl.said
    await girl.press("young-what-threats")
    assert girl.text("young-stop-images") in girl.said
    await girl.press("young-images-yes")
    await girl.type("Brasil")
    assert "Take It Down" in girl.said
    assert "https://stopncii.org/" not in girl.said  # a route for adults' images, not hers
    assert "HelpLine (SaferNet Brasil)" in girl.said  # someone to talk to: Brazil's own helpline
    await girl.press("young-report-yes")
    await girl.press_literal("Discord")
    await girl.type("https://discord.com/users/123456789012345678")
    # The bot's own check-back, asked, never assumed; she says no (her parents may see her phone).
    assert girl.text("young-followup-ask") in girl.said
    assert "Nenhuma pessoa vai te escrever" in girl.said
    await girl.press("young-followup-no")
    await girl.type("Ele diz que vai contar para os meus pais se eu não mandar fotos")
    await girl.press("seen-today")
    await girl.press("age-13_15")
    await girl.press("risk-money")
    await girl.press("facts-risks-done")
    await girl.press("review-submit")
    assert girl.text("young-done") in girl.said
    assert girl.text("report-consent-ask") not in girl.transcript
    assert girl.label("report-consent-yes") not in girl.transcript

    tip, case, accounts = await only_tip(app)
    assert (tip.self_report, tip.urgent, tip.contact_consent, tip.contact_token) == (True, True, False, None)
    assert (tip.country, tip.language, tip.category) == ("BR", "pt-BR", "sexual_imagery")
    assert (tip.child_age, tip.seen_when, tip.risk_signals) == ("13_15", "today", "threats money")
    assert case.urgent
    assert accounts == {("discord", "123456789012345678", "reported")}
    async with app.db.transaction() as session:
        assert (await session.execute(select(FollowUp))).first() is None


async def test_a_witness_in_germany_reports_a_trading_network_and_its_telegram_group(app: TurnRunner) -> None:
    witness = Persona(app, "de", "console:zeuge")
    await witness.start("de")
    await witness.press("menu-report")
    await witness.press("report-safety-no")
    await witness.press("category-trading_network")
    assert witness.text("report-trading-warning") in witness.said
    await witness.press_literal("Instagram")
    await witness.type("https://www.instagram.com/tauschring.konto")
    await witness.press("report-related-yes")
    await witness.type("https://t.me/tauschgruppe")
    await witness.press("report-related-no")
    assert "Instagram" in witness.said
    assert "Telegram" in witness.said  # the linked group gets its own platform's route
    await witness.press("reported-not_yet")
    await witness.press("report-followup-no")
    await witness.press("button-skip")
    await witness.skip_or_answer_facts("seen-today", "age-unsure", "button-no")
    await witness.type("Deutschland")
    assert "jugendschutz.net" in witness.said
    await witness.press("report-consent-no")
    await witness.press("review-submit")

    tip, case, accounts = await only_tip(app)
    assert (tip.country, tip.language, tip.category, tip.urgent) == ("DE", "de", "trading_network", True)
    assert case.urgent  # urgent in the charity's queue too, not only to the public
    assert ("telegram", "tauschgruppe", "related") in accounts


async def test_a_reporter_in_egypt_gets_the_international_routes(app: TurnRunner) -> None:
    reporter = Persona(app, "ar", "console:misr")
    await reporter.start("ar")
    await reporter.press("menu-report")
    await reporter.press("report-safety-no")
    await reporter.press("category-sexualised_comments")
    await reporter.press_literal("TikTok")
    await reporter.type("https://www.tiktok.com/@commenter.account")
    await reporter.press("report-related-no")
    await reporter.press("reported-yes")
    await reporter.press("report-followup-no")
    await reporter.press("button-skip")
    await reporter.skip_or_answer_facts("seen-earlier", "age-13_15", "button-no", ("risk-identifiable",))
    await reporter.type("EG")
    assert "CyberTipline" in reporter.said  # no national hotline and no INHOPE member: NCMEC takes it
    await reporter.press("report-consent-no")
    await reporter.press("review-submit")
    assert reporter.text("tip-submitted") in reporter.transcript

    tip, _case, _accounts = await only_tip(app)
    assert (tip.country, tip.language, tip.category, tip.child_age) == ("EG", "ar", "sexualised_comments", "13_15")


async def test_a_father_watching_a_livestream_in_the_us_calls_first_and_hears_it_again_at_the_end(
    app: TurnRunner,
) -> None:
    father = Persona(app, "en", "console:dad")
    await father.start("en-US")
    await father.press("menu-danger")
    await father.type("United States")
    emergency = father.said
    assert "911" in emergency
    assert "CyberTipline" in emergency  # the hotline at once, not seven questions later
    assert emergency.index("911") < emergency.index("CyberTipline")
    assert emergency.count("Call this number first") == 1
    await father.press("danger-continue")
    await father.press("category-sexual_imagery")
    await father.press_literal("Twitch")
    await father.type("https://www.twitch.tv/some_streamer")
    await father.press("report-related-no")
    assert "clip" not in father.said.lower()  # no in-app step makes a new copy of the stream
    await father.press("reported-yes")
    await father.press("report-followup-no")
    await father.press("button-skip")
    await father.skip_or_answer_facts("seen-today", "age-10_12", "button-no", ("risk-identifiable",))
    await father.press("report-consent-no")
    await father.press("review-submit")
    ending = father.said
    assert "call the emergency number now" in ending
    assert "cannot act in real time" in ending

    tip, case, _accounts = await only_tip(app)
    assert (tip.child_in_danger, tip.urgent, tip.country, tip.platform) == (True, True, "US", "twitch")
    assert case.urgent


async def test_parents_in_australia_report_their_daughters_reposted_dance_photos(app: TurnRunner) -> None:
    parent = Persona(app, "en", "console:mum-au")
    await parent.start("en-AU")
    await parent.press("menu-report")
    await parent.press("report-safety-no")
    await parent.press("category-stolen_photos")
    assert parent.text("parents-photos-calm") in parent.said
    await parent.press_literal("Instagram")
    await parent.type("https://www.instagram.com/dance.reposts")
    # Ordinary photos: the privacy report for a child under 13, the copyright report for whoever took them.
    assert parent.label("route-kind-platform_privacy") in parent.said
    assert "https://help.instagram.com/517920941588885" in parent.said
    assert parent.label("route-kind-platform_copyright") in parent.said
    await parent.type("Australia")
    assert "eSafety" in parent.said  # the regulator where one exists
    await parent.press("parents-photos-tip-yes")
    await parent.press("reported-yes")
    await parent.press("report-followup-yes")  # the check-back any reporter gets
    await parent.press("button-skip")
    await parent.press("report-consent-no")
    await parent.press("review-submit")

    tip, _case, accounts = await only_tip(app)
    assert (tip.category, tip.country, tip.urgent) == ("stolen_photos", "AU", False)
    assert accounts == {("instagram", "dance.reposts", "reported")}
    async with app.db.transaction() as session:
        follow_up = (await session.execute(select(FollowUp))).scalar_one()
    assert (follow_up.tip_id, follow_up.young, follow_up.status) == (tip.id, False, "scheduled")


async def test_a_parent_in_new_zealand_worried_about_a_stranger_on_roblox_is_never_left_without_a_next_step(
    app: TurnRunner,
) -> None:
    parent = Persona(app, "en", "console:dad-nz")
    await parent.start("en-NZ")
    await parent.press("menu-parent")
    await parent.press("parents-start-contact")
    await parent.press_literal("Roblox")
    await parent.type("New Zealand")
    assert "111" in parent.transcript
    assert "Netsafe" in parent.transcript
    assert parent.transcript.count("Call this number first") == 1
    await parent.press("parents-contact-done")
    assert parent.labels() == [parent.label("button-menu")]  # an end, with the way back
    async with app.db.transaction() as session:
        assert (await session.execute(select(Tip))).first() is None
