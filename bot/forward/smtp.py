"""Sending a mail through TIPLINE_SMTP_URL: implicit TLS (smtps://), STARTTLS (smtp://, required:
a server that does not offer it is refused, never silently used in clear), or no encryption
(smtp+plain://, which the settings refuse in production).

The standard library's client runs in a thread; its socket timeout bounds every step, and an outer
bound catches the rest. Server answers 5xx (a refused sender or recipient, failed login) are dead
letters for the operator; 4xx, disconnections and timeouts are retried.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from bot.forward.webhook import PermanentError, TransientError

DEFAULT_PORTS = {"smtps": 465, "smtp": 587, "smtp+plain": 25}
OUTER_BOUND = 3.0
"""The whole conversation may take this many times the timeout (connect, hello, TLS, login, data)."""


class SmtpClient:
    def __init__(
        self,
        url: str,
        sender: str,
        recipients: Sequence[str],
        timeout: float,
        *,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        parts = urlsplit(url)
        self.scheme = parts.scheme
        self.host = parts.hostname or "localhost"
        self.port = parts.port or DEFAULT_PORTS.get(parts.scheme, 587)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else ""
        self.sender = sender
        self.hello = sender.rpartition("@")[2].strip("> ") or "localhost"
        """The name given in EHLO: the sender's domain (not this server's own name, which it need not reveal)."""
        self.recipients = list(recipients)
        self.timeout = timeout
        self.tls_context = tls_context or ssl.create_default_context()

    async def send(self, message: EmailMessage) -> None:
        try:
            await asyncio.wait_for(asyncio.to_thread(self._send, message), self.timeout * OUTER_BOUND)
        except TimeoutError:
            raise TransientError(f"the mail server did not finish within {self.timeout * OUTER_BOUND:g} s") from None

    def _send(self, message: EmailMessage) -> None:
        try:
            client: smtplib.SMTP
            if self.scheme == "smtps":
                client = smtplib.SMTP_SSL(
                    self.host, self.port, self.hello, timeout=self.timeout, context=self.tls_context
                )
            else:
                client = smtplib.SMTP(self.host, self.port, self.hello, timeout=self.timeout)
            with client:
                client.ehlo()
                if self.scheme == "smtp":
                    if not client.has_extn("starttls"):
                        raise PermanentError(
                            "the mail server does not offer STARTTLS; use smtps:// if it speaks TLS at once"
                        )
                    client.starttls(context=self.tls_context)
                    client.ehlo()
                if self.username:
                    client.login(self.username, self.password)
                client.send_message(message, from_addr=self.sender, to_addrs=self.recipients)
        except smtplib.SMTPNotSupportedError as exc:
            raise PermanentError(f"the mail server does not support this: {exc}; check TIPLINE_SMTP_URL") from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            error = f"recipients refused: {', '.join(str(code) for code in codes)}"
            raise (PermanentError(error) if all(code >= 500 for code in codes) else TransientError(error)) from None
        except smtplib.SMTPResponseException as exc:
            text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
            error = f"SMTP {exc.smtp_code}: {text}"[:300]
            raise (PermanentError(error) if exc.smtp_code >= 500 else TransientError(error)) from None
        except ssl.SSLCertVerificationError as exc:
            raise PermanentError(f"the mail server's certificate is not valid: {exc.verify_message}") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}"[:300]) from None
