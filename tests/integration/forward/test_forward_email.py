"""Email through a real SMTP server (aiosmtpd on 127.0.0.1): one threaded mail per new case and per
change, or a digest; plain text and HTML; links defused; the reporter's words withheld by default."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from bot.desk.messages import DeskRequest
from bot.engine.events import Command
from bot.forward.deliver import EmailChannel
from bot.forward.queue import DELIVERED, FAILED, PENDING
from bot.settings import Settings
from bot.storage.models import ForwardEvent
from tests.integration.cases.conftest import VOLUNTEER_CHAT, DeskRig, volunteer
from tests.integration.forward.conftest import Mailbox, forward_settings, forwarder_for, report

RAW_LINK = "https://www.instagram.com/bad.actor_01/"


@pytest.fixture
def settings(tipline_settings: Settings, mailbox: Mailbox) -> Settings:
    return forward_settings(
        tipline_settings,
        forward_email="casework@charity.example, lead@charity.example",
        forward_email_from="tipline@charity.example",
        smtp_url=f"smtp+plain://127.0.0.1:{mailbox.port}",
    )


def parts(mail: EmailMessage) -> tuple[str, str]:
    plain = mail.get_body(("plain",))
    rich = mail.get_body(("html",))
    assert plain is not None
    assert rich is not None
    return str(plain.get_content()), str(rich.get_content())


async def drain(channel: EmailChannel, forwarder: object) -> None:
    from bot.forward.deliver import Forwarder

    assert isinstance(forwarder, Forwarder)
    for _ in range(20):
        if await forwarder.round(channel) > 0:
            return


async def states(rig: DeskRig) -> list[str]:
    async with rig.db.transaction() as session:
        return list((await session.scalars(select(ForwardEvent.status).order_by(ForwardEvent.id))).all())


async def test_a_new_case_is_one_mail_and_its_changes_answer_it(
    rig: DeskRig, settings: Settings, mailbox: Mailbox
) -> None:
    forwarder = forwarder_for(rig, settings)
    (channel,) = forwarder.channels
    assert isinstance(channel, EmailChannel)
    await volunteer(rig.db, 10, "sam.volunteer")
    await report(rig.app, "tg:5551907342")
    async with rig.db.transaction() as session:
        await rig.desk.handle(session, DeskRequest(10, VOLUNTEER_CHAT, Command(name="claim", args="1")))
    await drain(channel, forwarder)
    await channel.close()

    assert await states(rig) == [DELIVERED, DELIVERED]  # the tip's mail and the status mail
    first, second = mailbox.messages
    assert first["Subject"] == "[Tipline #1] New case: Instagram bad.actor_01"
    assert second["Subject"] == "[Tipline #1] Status now: in progress"
    assert second["In-Reply-To"] == first["Message-ID"] == "<tipline.case-1@charity.example>"
    assert second["References"] == first["Message-ID"]
    assert mailbox.envelopes[0] == ("tipline@charity.example", ["casework@charity.example", "lead@charity.example"])

    plain, rich = parts(first)
    assert "hxxps://www[.]instagram[.]com/bad.actor_01/" in plain
    assert "hxxps://www[.]instagram[.]com/bad.actor_01/" in rich
    assert RAW_LINK not in first.as_string()
    assert "instagram.com" not in first.as_string()
    assert "<a " not in rich.lower()
    assert "href" not in rich.lower()
    assert "He asks kids" not in first.as_string()  # the reporter's words stay off email by default
    assert "not included in emails" in plain
    assert "grooming" in plain
    assert "Reported to the platform: not yet" in plain
    assert "tg:5551907342" not in first.as_string()
    assert "5551907342" not in first.as_string()


async def test_free_text_in_email_is_escaped_and_defused_when_allowed(
    rig: DeskRig, settings: Settings, mailbox: Mailbox
) -> None:
    forwarder = forwarder_for(rig, forward_settings(settings, forward_email_free_text=True))
    (channel,) = forwarder.channels
    assert isinstance(channel, EmailChannel)
    await report(rig.app, "tg:5551907342")
    await drain(channel, forwarder)
    await channel.close()
    (mail,) = mailbox.messages
    plain, rich = parts(mail)
    assert "He asks kids <3 & </b> for photos" in plain
    assert "He asks kids &lt;3 &amp; &lt;/b&gt; for photos" in rich


async def test_a_digest_waits_for_its_minutes_then_lists_everything_once(
    rig: DeskRig, settings: Settings, mailbox: Mailbox
) -> None:
    forwarder = forwarder_for(rig, forward_settings(settings, forward_email_digest_minutes=15))
    forwarder.clock = rig.clock
    (channel,) = forwarder.channels
    assert isinstance(channel, EmailChannel)
    await report(rig.app, "tg:5551907342")
    await report(rig.app, "tg:5552", "https://www.instagram.com/other.account/")
    try:
        assert await forwarder.round(channel) > 0
        rig.clock.advance(minutes=14)
        assert await forwarder.round(channel) > 0
        assert mailbox.messages == []
        rig.clock.advance(minutes=2)
        assert await forwarder.round(channel) == 0.0
    finally:
        await channel.close()
    (digest,) = mailbox.messages
    assert digest["Subject"] == "[Tipline] 2 updates on 2 cases: #1, #2"
    plain, _ = parts(digest)
    assert plain.count("New case:") == 2
    assert "other[.]account" in plain
    assert await states(rig) == [DELIVERED, DELIVERED]


async def test_a_mail_server_that_says_later_is_retried_and_the_mail_arrives(
    rig: DeskRig, settings: Settings, mailbox: Mailbox
) -> None:
    forwarder = forwarder_for(rig, settings)
    forwarder.clock = lambda: datetime.now(UTC)
    rig.clock.now = datetime.now(UTC)
    (channel,) = forwarder.channels
    assert isinstance(channel, EmailChannel)
    mailbox.refuse = True
    await report(rig.app, "tg:5551907342")
    try:
        await forwarder.round(channel)
        assert await states(rig) == [PENDING]
        async with rig.db.transaction() as session:
            error = await session.scalar(select(ForwardEvent.last_error))
        assert error == "SMTP 451: try again later"
        mailbox.refuse = False
        for _ in range(200):
            await forwarder.round(channel)
            if mailbox.messages:
                break
            await asyncio.sleep(0.02)
    finally:
        await channel.close()
    assert len(mailbox.messages) == 1
    assert await states(rig) == [DELIVERED]


async def test_starttls_is_required_not_assumed(rig: DeskRig, settings: Settings, mailbox: Mailbox) -> None:
    """smtp:// means STARTTLS: a server that does not offer it gets nothing, in clear or otherwise."""
    forwarder = forwarder_for(rig, forward_settings(settings, smtp_url=f"smtp://127.0.0.1:{mailbox.port}"))
    (channel,) = forwarder.channels
    assert isinstance(channel, EmailChannel)
    await report(rig.app, "tg:5551907342")
    try:
        await forwarder.round(channel)
    finally:
        await channel.close()
    assert mailbox.messages == []
    assert await states(rig) == [FAILED]
    async with rig.db.transaction() as session:
        error = await session.scalar(select(ForwardEvent.last_error))
    assert error is not None
    assert "does not offer STARTTLS" in error


async def test_every_kind_renders_in_every_language_without_fallback(rig: DeskRig, settings: Settings) -> None:
    from bot.desk.words import StaffTexts
    from bot.forward.mail import MailTexts, digest_mail, event_mail
    from tests.integration.forward.test_forward_events import every_kind

    found = await every_kind(rig, forward_settings(settings, forward_email_free_text=True))
    events = [row.payload for row in found if row.destination == "email" and row.payload]
    locales = rig.app.locales
    for language in locales.languages:
        texts = MailTexts(StaffTexts(locales, language, {"instagram": "Instagram"}))
        for event in events:
            mail = event_mail(texts, event)
            assert mail.subject
            assert mail.plain
            assert "<a " not in mail.html
            assert "instagram.com" not in mail.plain + mail.html + mail.subject
        assert digest_mail(texts, events).subject
    assert {key for key in locales.fallbacks if key[1].startswith("forward-")} == set()
    assert locales.errors == set()


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, so the test's mail server can speak TLS."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@pytest.mark.parametrize("scheme", ["smtp", "smtps"])
async def test_mail_goes_encrypted_with_starttls_or_tls(
    rig: DeskRig, settings: Settings, tmp_path: Path, scheme: str
) -> None:
    cert, key = _certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = Mailbox(port=port)
    if scheme == "smtp":  # STARTTLS, and the server refuses mail before it
        controller = Controller(box, hostname="127.0.0.1", port=port, tls_context=server_tls, require_starttls=True)
    else:  # TLS from the first byte
        controller = Controller(
            box, hostname="127.0.0.1", port=port, ssl_context=server_tls, server_hostname="127.0.0.1"
        )
    controller.start()
    try:
        forwarder = forwarder_for(rig, forward_settings(settings, smtp_url=f"{scheme}://127.0.0.1:{port}"))
        (channel,) = forwarder.channels
        assert isinstance(channel, EmailChannel)
        channel.client.tls_context = ssl.create_default_context(cafile=str(cert))  # trust the test's certificate
        await report(rig.app, "tg:5551907342")
        try:
            await forwarder.round(channel)
        finally:
            await channel.close()
    finally:
        controller.stop()
    assert len(box.messages) == 1
    assert await states(rig) == [DELIVERED]


async def test_a_mail_server_with_a_certificate_nobody_vouches_for_is_refused(
    rig: DeskRig, settings: Settings, tmp_path: Path
) -> None:
    cert, key = _certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = Mailbox(port=port)
    controller = Controller(box, hostname="127.0.0.1", port=port, tls_context=server_tls, require_starttls=True)
    controller.start()
    try:
        forwarder = forwarder_for(rig, forward_settings(settings, smtp_url=f"smtp://127.0.0.1:{port}"))
        (channel,) = forwarder.channels
        await report(rig.app, "tg:5551907342")
        try:
            await forwarder.round(channel)
        finally:
            await channel.close()
    finally:
        controller.stop()
    assert box.messages == []
    assert await states(rig) == [FAILED]
    async with rig.db.transaction() as session:
        error = await session.scalar(select(ForwardEvent.last_error))
    assert error is not None
    assert "certificate is not valid" in error
