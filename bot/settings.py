"""Configuration: environment variables prefixed `TIPLINE_`, or a `.env` file. Validated at start."""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.limits import CHAT_MESSAGES_PER_SECOND, GROUP_MESSAGES_PER_MINUTE, MESSAGES_PER_SECOND
from bot.paths import flows_dir, locales_dir

KEY_FILE_NAME = "secret.key"
MIN_SECRET_LENGTH = 32
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
EMAIL_ADDRESS = re.compile(r"[^@\s,<>]+@[^@\s,<>]+\.[^@\s,<>]+")
SMTP_SCHEMES = ("smtps", "smtp", "smtp+plain")


class ConfigError(Exception):
    """Configuration that cannot work; the message names the setting."""


class Settings(BaseSettings):
    # An empty variable (`TIPLINE_VOLUNTEER_CHAT_ID=`, as in .env.example) means "not set", not "".
    model_config = SettingsConfigDict(env_prefix="TIPLINE_", env_file=".env", extra="ignore", env_ignore_empty=True)

    env: Literal["development", "production"] = "development"
    data_dir: Path = Path("data")
    database_url: str = Field(default="", description="sqlite+aiosqlite:///… or postgresql+asyncpg://…")
    secret_key: SecretStr | None = None
    secret_key_file: Path | None = None
    """A file holding the key (a container secret, e.g. /run/secrets/tipline_secret_key); read at start."""
    charity_name: str = "Tipline"
    """Unset, the bot names no charity: it says "This is Tipline" and refers to itself (no English placeholder)."""
    default_language: str = "en"
    flows_dir: Path = Field(default_factory=flows_dir)
    locales_dir: Path = Field(default_factory=locales_dir)

    # ---- Telegram (`tipline run`) -------------------------------------------------------------
    bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    """The Bot API server: Telegram's, a local `telegram-bot-api`, or a test fake."""
    webhook_url: str | None = None
    """Public HTTPS URL Telegram posts updates to. Unset: long polling."""
    webhook_secret: SecretStr | None = None
    """Telegram sends it in X-Telegram-Bot-Api-Secret-Token; required in webhook mode."""
    webhook_listen: str = "0.0.0.0:8080"
    api_timeout: float = Field(default=10.0, gt=0, le=120)
    """Seconds any single Bot API call may take (a long poll adds its own wait to this)."""
    poll_timeout: int = Field(default=25, ge=0, le=50)
    """Seconds one getUpdates long poll waits for updates."""
    send_chat_rate: float = Field(default=CHAT_MESSAGES_PER_SECOND, ge=0)
    """Messages per second to one chat, on average (0: unlimited)."""
    send_chat_burst: int = Field(default=3, ge=1)
    """Messages one chat may get at once before the per-chat rate applies."""
    send_group_per_minute: float = Field(default=GROUP_MESSAGES_PER_MINUTE, ge=0)
    """Messages per minute to one group (0: unlimited)."""
    send_global_rate: float = Field(default=MESSAGES_PER_SECOND, ge=0)
    """Messages per second overall, per process (0: unlimited)."""
    send_max_attempts: int = Field(default=1000, ge=1, le=100_000)
    """Attempts before a message that keeps failing is marked failed (see `tipline outbox failed`);
    429s are not attempts. The bound that matters in an outage is `send_give_up_hours`."""
    send_backoff_seconds: float = Field(default=1.0, gt=0)
    """First pause after a transient failure; it doubles with each attempt."""
    send_backoff_max_seconds: float = Field(default=300.0, gt=0, le=300)
    """The longest pause between two tries of one call (at most 5 minutes, so a call is made soon
    after an outage ends)."""
    worker_concurrency: int = Field(default=4, ge=1, le=64)
    """Chats processed at once (PostgreSQL; SQLite has one writer and processes in batches)."""
    update_max_attempts: int = Field(default=5, ge=1, le=100)
    """Attempts at processing one update before it is set aside as failed."""
    purge_after_hours: float = Field(default=48.0, gt=0)
    """Processed updates and sent messages (already emptied of content) are deleted after this."""
    purge_failed_after_days: float = Field(default=30.0, gt=0)
    """Messages that could not be sent are kept this long for `tipline outbox failed`."""
    driver: Literal["aiogram", "ptb"] = "aiogram"
    """The Telegram client library `tipline run` uses: aiogram 3, or python-telegram-bot 22 (ptb).
    Both behave the same (one contract test suite); pick the one your developers know."""

    # ---- the volunteer desk (issue 5) ----------------------------------------------------------
    volunteer_chat_id: int | None = None
    """The volunteers' Telegram group (a negative id, e.g. -1001234567890). Unset: no case cards are
    posted and volunteers use the desk commands in their private chat with the bot."""
    volunteer_thread_id: int | None = Field(default=None, ge=1)
    """In a forum group, the topic the case cards go to (unset: the General topic)."""
    volunteer_group_strangers: Literal["alert", "remove"] = "alert"
    """Someone who is not a volunteer joins the volunteer group: `alert` tells the group and its admins;
    `remove` also takes them out (the bot must be an admin allowed to ban). Issue 13, docs/abuse.md."""
    staff_language: str = "en"
    """The language of everything volunteers see (locales/<language>/staff.ftl)."""

    # ---- forwarding to the charity's own systems (issue 18, docs/forwarding.md) ----------------
    forward_url: str | None = None
    """HTTPS URL that receives a signed JSON event for each new tip and case change (http:// only
    outside production). Unset: no webhook."""
    forward_secret: SecretStr | None = None
    """The HMAC-SHA256 key the webhook's signature is made with; required with TIPLINE_FORWARD_URL."""
    forward_free_text: bool = True
    """Whether webhook events carry what the reporter typed in their own words (the tip's details)."""
    forward_email: str | None = None
    """Address(es), comma-separated, that receive the events by email. Needs TIPLINE_SMTP_URL."""
    forward_email_from: str | None = None
    """The sender address of those emails (default: the first address of TIPLINE_FORWARD_EMAIL)."""
    forward_email_free_text: bool = False
    """Whether emails carry the tip's details. Off by default: mailboxes are shared and kept for years."""
    forward_email_digest_minutes: int = Field(default=0, ge=0, le=10080)
    """0: one email per new case (and per change of it, in the same thread). N: one digest every N minutes."""
    smtp_url: SecretStr | None = None
    """smtps://user:password@host:465 (TLS), smtp://user:password@host:587 (STARTTLS, required), or
    smtp+plain://host:25 (no encryption; development only)."""
    forward_timeout: float = Field(default=10.0, gt=0, le=120)
    """Seconds one delivery (an HTTP request, an SMTP conversation) may take."""
    forward_backoff_seconds: float = Field(default=10.0, gt=0)
    """First pause after a failed delivery; it doubles with each attempt, up to the maximum."""
    forward_backoff_max_seconds: float = Field(default=900.0, gt=0)
    forward_give_up_hours: float = Field(default=72.0, gt=0)
    """An event still undelivered this long after it happened is set aside as failed (a dead letter;
    `tipline forward retry` queues it again). Longer than any outage you expect."""
    forward_per_minute: float = Field(default=120.0, ge=0)
    """Deliveries per minute to each destination, per process (0: unlimited)."""

    # ---- operating it (issue 17) ---------------------------------------------------------------
    health_listen: str = "127.0.0.1:8081"
    """Where `tipline run` serves /healthz and /metrics (Prometheus), in polling and webhook mode alike."""
    log_format: Literal["json", "text"] | None = None
    """`json`: one JSON object per line (the default in production); `text`: for people reading a terminal."""
    # ---- after the report: follow-ups (issue 16, docs/follow-up.md) ------------------------------
    follow_up_hours: float = Field(default=48.0, gt=0, le=24 * 90)
    """Hours after a report before a reporter who agreed is asked whether the account is still there
    (fractional hours are allowed, e.g. 0.01 to try it out)."""
    follow_up_reminder_hours: float = Field(default=24.0, gt=0, le=24 * 90)
    """Hours after the question without an answer before the one reminder; as long again, it expires."""
    follow_up_check_seconds: float = Field(default=30.0, gt=0, le=3600)
    """How often `tipline run` looks for follow-ups that are due."""

    # ---- privacy: keys and retention (issue 12, docs/privacy.md) ---------------------------------
    previous_secret_keys: SecretStr | None = None
    """Sealing keys replaced by TIPLINE_SECRET_KEY, comma-separated: still read until `tipline keys rotate`."""
    pseudonym_key: SecretStr | None = None
    """The key reporters' pseudonyms derive from (never changes). Unset: TIPLINE_SECRET_KEY serves."""
    pseudonym_key_file: Path | None = None
    draft_ttl_hours: float = Field(default=24.0, gt=0)
    """An unfinished report is deleted after this long without a reply; the person is told if they return."""
    conversation_idle_days: float = Field(default=30.0, gt=0)
    """A conversation idle this long is deleted (after the draft TTL it keeps only language and country)."""
    case_retention_days: float = Field(default=365.0, gt=0)
    """After a case is closed this long, its free text, questions, answers and contact tokens are erased."""

    # ---- abuse and hostile traffic (issue 13; docs/abuse.md) -------------------------------------
    tips_per_day: int = Field(default=5, ge=0, le=10_000)
    """Tips one reporter (pseudonym) may file in 24 hours (0: no limit). Operators lift it for one
    reporter with `tipline reporter unlimit TIP-XXXXXX`."""
    updates_per_minute: int = Field(default=30, ge=0, le=10_000)
    """Messages and button presses one chat may send in a minute (0: no limit)."""
    max_related_accounts: int = Field(default=20, ge=1, le=100)
    """Related accounts one report may name."""
    send_give_up_hours: float = Field(default=48.0, gt=0, le=24 * 30)
    """Transient Bot API failures (Telegram or the network down) are retried this long before a
    call is marked failed; 429s never count."""
    webhook_header_timeout: float = Field(default=10.0, gt=0, le=300)
    """Seconds a webhook connection may take to send its request line and headers."""
    webhook_body_timeout: float = Field(default=10.0, gt=0, le=300)
    """Seconds a webhook request may take to send its body."""
    webhook_keepalive_timeout: float = Field(default=15.0, gt=0, le=600)
    """Seconds an idle webhook connection is kept open."""
    webhook_max_connections: int = Field(default=100, ge=1, le=10_000)
    """Open webhook connections at most (Telegram itself uses at most 100); more are closed at once."""
    webhook_max_body_bytes: int = Field(default=1024 * 1024, ge=16 * 1024, le=64 * 1024 * 1024)
    """Largest webhook body accepted; Telegram's updates are a few kilobytes."""
    update_lease_seconds: float = Field(default=120.0, ge=1, le=3600)
    """How long an update a worker took stays its own (its attempt already counted). On PostgreSQL,
    what a dead process held waits this long before another process takes it."""

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, value: str) -> str:
        if value.startswith(("postgres://", "postgresql://")):  # the form hosting providers hand out
            value = "postgresql+asyncpg://" + value.split("://", 1)[1]
        if value and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s):// URL, e.g. https://api.telegram.org")
        return value.rstrip("/")

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not value.startswith(("https://", "http://")):
            raise ValueError("must be the public https:// URL Telegram posts updates to")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if not WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and - (try: openssl rand -hex 32)")
        return value

    @field_validator("webhook_listen", "health_listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not port.isdigit() or not 0 <= int(port) < 65536:
            raise ValueError("must be host:port, e.g. 0.0.0.0:8080")
        return value

    @field_validator("volunteer_chat_id")
    @classmethod
    def _a_group(cls, value: int | None) -> int | None:
        if value is not None and value >= 0:
            raise ValueError("must be the id of a group (negative, e.g. -1001234567890), not of a person")
        return value

    @field_validator("forward_url")
    @classmethod
    def _forward_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError("must be the https:// URL that receives the events, e.g. https://crm.example.org/tipline")
        return value

    @field_validator("forward_email")
    @classmethod
    def _forward_email(cls, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        addresses = [address.strip() for address in value.split(",") if address.strip()]
        for address in addresses:
            if not EMAIL_ADDRESS.fullmatch(address):
                raise ValueError(f"{address!r} is not an email address (several: separate them with commas)")
        return ", ".join(addresses)

    @field_validator("forward_email_from")
    @classmethod
    def _forward_email_from(cls, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        if not EMAIL_ADDRESS.fullmatch(value.strip()):
            raise ValueError(f"{value!r} is not an email address")
        return value.strip()

    @field_validator("smtp_url")
    @classmethod
    def _smtp_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        parts = urlsplit(value.get_secret_value())
        if parts.scheme not in SMTP_SCHEMES or not parts.hostname:
            raise ValueError(
                "must be smtps://user:password@host:465 (TLS), smtp://user:password@host:587 (STARTTLS) "
                "or smtp+plain://host:25 (development only)"
            )
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            raise ValueError("the port must be a number, e.g. smtp://user:password@host:587") from None
        return value

    @model_validator(mode="after")
    def _forwarding(self) -> Settings:
        if self.forward_url:
            if self.forward_secret is None or len(self.forward_secret.get_secret_value()) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"TIPLINE_FORWARD_SECRET of at least {MIN_SECRET_LENGTH} characters is required when "
                    "TIPLINE_FORWARD_URL is set, so the receiver can tell the events are Tipline's "
                    "(try: openssl rand -hex 32)"
                )
            if self.env == "production" and not self.forward_url.startswith("https://"):
                raise ValueError("TIPLINE_FORWARD_URL must be https:// when TIPLINE_ENV=production")
        if self.forward_email:
            if self.smtp_url is None:
                raise ValueError("TIPLINE_SMTP_URL is required when TIPLINE_FORWARD_EMAIL is set")
            scheme = urlsplit(self.smtp_url.get_secret_value()).scheme
            if self.env == "production" and scheme == "smtp+plain":
                raise ValueError(
                    "TIPLINE_SMTP_URL: smtp+plain:// sends tips unencrypted; use smtps:// (TLS) or smtp:// "
                    "(STARTTLS) when TIPLINE_ENV=production"
                )
        return self

    @field_validator("secret_key", "pseudonym_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MIN_SECRET_LENGTH:
            raise ValueError(f"must be at least {MIN_SECRET_LENGTH} characters (try: openssl rand -hex 32)")
        return value

    @field_validator("previous_secret_keys")
    @classmethod
    def _previous_long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and any(len(key) < MIN_SECRET_LENGTH for key in _keys(value)):
            raise ValueError(f"every key must be at least {MIN_SECRET_LENGTH} characters, separated by commas")
        return value

    @model_validator(mode="after")
    def _defaults_and_production(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir / 'tipline.db'}"
        if self.secret_key_file is not None:
            if self.secret_key is not None:
                raise ValueError("set TIPLINE_SECRET_KEY or TIPLINE_SECRET_KEY_FILE, not both")
            self.secret_key = SecretStr(_read_key_file(self.secret_key_file))
        if self.pseudonym_key is not None and self.pseudonym_key_file is not None:
            raise ValueError("set TIPLINE_PSEUDONYM_KEY or TIPLINE_PSEUDONYM_KEY_FILE, not both")
        if self.env == "production":
            problems = production_problems(self)
            if problems:
                raise ValueError("TIPLINE_ENV=production refuses: " + "; ".join(problems))
        if self.log_format is None:
            self.log_format = "json" if self.env == "production" else "text"
        return self

    def secret(self) -> bytes:
        """The current sealing key (and, without a separate pseudonym key, the pseudonyms' too).

        Locally it is generated once and kept in the data folder: losing it would make the same
        person look like a new reporter, so it is never regenerated when present.
        """
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode()
        path = self.data_dir / KEY_FILE_NAME
        if not path.exists():
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        value = path.read_text().strip()
        if len(value) < MIN_SECRET_LENGTH:
            raise ConfigError(f"TIPLINE_SECRET_KEY: the key in {path} is too short; delete it only if no tips exist")
        return value.encode()

    def previous_secrets(self) -> list[bytes]:
        return [key.encode() for key in _keys(self.previous_secret_keys)]

    def pseudonym_secret(self) -> bytes | None:
        """The pseudonym key if one is set apart from the sealing key (needed before a rotation)."""
        if self.pseudonym_key is not None:
            return self.pseudonym_key.get_secret_value().encode()
        if self.pseudonym_key_file is not None:
            return _read_key(self.pseudonym_key_file, "TIPLINE_PSEUDONYM_KEY_FILE")
        return None


def _keys(value: SecretStr | None) -> list[str]:
    if value is None:
        return []
    return [key.strip() for key in value.get_secret_value().split(",") if key.strip()]


def _read_key(path: Path, name: str) -> bytes:
    try:
        value = path.read_text().strip()
    except OSError as exc:
        raise ConfigError(f"{name}: cannot read {path}: {exc.strerror}") from None
    if len(value) < MIN_SECRET_LENGTH:
        raise ConfigError(f"{name}: the key in {path} is shorter than {MIN_SECRET_LENGTH} characters")
    return value.encode()


def _loopback(url: str) -> bool:
    """A Bot API server on this very host (a self-hosted telegram-bot-api is usually served so)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def production_problems(settings: Settings) -> list[str]:
    """What a production deployment must not run with: keys that a lost container or a copied data
    folder would take along, and channels an eavesdropper could read or forge."""
    problems = []
    if settings.secret_key is None and settings.secret_key_file is None:
        problems.append("a generated secret key (set TIPLINE_SECRET_KEY or TIPLINE_SECRET_KEY_FILE)")
    for name, path in (
        ("TIPLINE_SECRET_KEY_FILE", settings.secret_key_file),
        ("TIPLINE_PSEUDONYM_KEY_FILE", settings.pseudonym_key_file),
    ):
        if path is not None and _inside(path, settings.data_dir):
            problems.append(f"{name} inside the data folder {settings.data_dir} (a backup of it would hold the key)")
    if settings.telegram_api_url.startswith("http://") and not _loopback(settings.telegram_api_url):
        problems.append(
            "an http:// TIPLINE_TELEGRAM_API_URL to another host (the bot token and messages would travel "
            "in clear; http:// is accepted only for a Bot API server on this host, e.g. http://127.0.0.1:8081)"
        )
    secret = settings.webhook_secret
    if secret is not None and len(secret.get_secret_value()) < MIN_SECRET_LENGTH:
        # With the secret, a forged update is Telegram's: and the desk trusts who it says sent it.
        problems.append(
            f"a TIPLINE_WEBHOOK_SECRET shorter than {MIN_SECRET_LENGTH} characters (try: openssl rand -hex 32)"
        )
    return problems


def _read_key_file(path: Path) -> str:
    try:
        value = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ValueError(f"TIPLINE_SECRET_KEY_FILE: cannot read {path}: {exc.strerror or exc}") from None
    if len(value) < MIN_SECRET_LENGTH:
        raise ValueError(
            f"TIPLINE_SECRET_KEY_FILE: the key in {path} must be at least {MIN_SECRET_LENGTH} characters "
            "(try: openssl rand -hex 32)"
        )
    return value


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment; a bad value raises ConfigError naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = "TIPLINE_" + "_".join(str(p) for p in error["loc"]).upper() if error["loc"] else "settings"
            lines.append(f"{name}: {error['msg'].removeprefix('Value error, ')}")
        raise ConfigError("\n".join(lines)) from None
