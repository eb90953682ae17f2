"""Configuration: environment variables prefixed `TIPLINE_`, or a `.env` file. Validated at start."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.paths import flows_dir, locales_dir

KEY_FILE_NAME = "secret.key"
MIN_SECRET_LENGTH = 32


class ConfigError(Exception):
    """Configuration that cannot work; the message names the setting."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TIPLINE_", env_file=".env", extra="ignore")

    env: Literal["development", "production"] = "development"
    data_dir: Path = Path("data")
    database_url: str = Field(default="", description="sqlite+aiosqlite:///… or postgresql+asyncpg://…")
    secret_key: SecretStr | None = None
    charity_name: str = "our charity"
    default_language: str = "en"
    flows_dir: Path = Field(default_factory=flows_dir)
    locales_dir: Path = Field(default_factory=locales_dir)

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, value: str) -> str:
        if value.startswith(("postgres://", "postgresql://")):  # the form hosting providers hand out
            value = "postgresql+asyncpg://" + value.split("://", 1)[1]
        if value and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("secret_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MIN_SECRET_LENGTH:
            raise ValueError(f"must be at least {MIN_SECRET_LENGTH} characters (try: openssl rand -hex 32)")
        return value

    @model_validator(mode="after")
    def _defaults_and_production(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir / 'tipline.db'}"
        if self.env == "production" and self.secret_key is None:
            raise ValueError("TIPLINE_SECRET_KEY is required when TIPLINE_ENV=production")
        return self

    def secret(self) -> bytes:
        """The key reporter pseudonyms and contact tokens derive from.

        Locally it is generated once and kept in the data folder: losing it would make the same
        person look like a new reporter, so it is never regenerated when present.
        """
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode()
        path = self.data_dir / KEY_FILE_NAME
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        value = path.read_text().strip()
        if len(value) < MIN_SECRET_LENGTH:
            raise ConfigError(f"TIPLINE_SECRET_KEY: the key in {path} is too short; delete it only if no tips exist")
        return value.encode()


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
