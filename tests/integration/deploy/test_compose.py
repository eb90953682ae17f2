"""docker-compose.yml: its structure, and its commands run on this machine without Docker.

The structure: PostgreSQL (a current major, a named volume, a health check), a one-shot migration,
the bot after both, the key as a compose secret whose file git ignores, restart policies, health
checks that are real `tipline` commands. Then the commands themselves, with the services' own
environment (only the addresses changed: this machine's PostgreSQL, a fake Telegram, a free port):
`tipline migrate`, then `tipline run` passing the bot's health check (the image's script).
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import _parser
from bot.settings import Settings
from bot.storage.migrate import head_revision
from tests.conftest import drop_postgres, fresh_postgres, run_sync
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import TOKEN, TelegramUser, free_port, wait_until

REPO = Path(__file__).resolve().parents[3]
COMPOSE: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
KEY = "0123456789abcdef0123456789abcdef0123456789abcdef"
HEALTHCHECK = ["python3", "-I", "/opt/tipline/healthcheck.py"]
"""The image's health check: docker/healthcheck.py, copied there."""


def _environment(service: str) -> dict[str, str]:
    return {key: str(value) for key, value in (SERVICES[service].get("environment") or {}).items()}


def _is_tipline_command(command: list[str]) -> bool:
    if command[:1] != ["tipline"]:
        return False
    try:
        args = _parser().parse_args(command[1:])
    except SystemExit:
        return False
    return hasattr(args, "handler")


def test_the_services_and_their_order() -> None:
    assert set(SERVICES) == {"db", "migrate", "bot"}
    assert SERVICES["bot"]["depends_on"] == {
        "db": {"condition": "service_healthy"},
        "migrate": {"condition": "service_completed_successfully"},
    }
    assert SERVICES["migrate"]["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert SERVICES["bot"]["restart"] == SERVICES["db"]["restart"] == "unless-stopped"
    assert SERVICES["migrate"]["restart"] == "no"


def test_postgresql_is_a_current_major_with_a_named_volume_and_a_health_check() -> None:
    db = SERVICES["db"]
    major = re.fullmatch(r"postgres:(\d+)(?:[.-].*)?", db["image"])
    assert major is not None
    assert int(major[1]) >= 17
    assert db["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]
    volume, _, mount = db["volumes"][0].partition(":")
    assert volume in COMPOSE["volumes"]
    assert mount == "/var/lib/postgresql"


def test_the_bot_and_the_migration_run_real_tipline_commands_in_production() -> None:
    for name in ("migrate", "bot"):
        service = SERVICES[name]
        assert _is_tipline_command(service["command"]), service["command"]
        assert service["build"] == "."
        environment = _environment(name)
        assert environment["TIPLINE_ENV"] == "production"
        fields = {"TIPLINE_" + field.upper() for field in Settings.model_fields}
        assert set(environment) <= fields, set(environment) - fields
        volume, _, mount = service["volumes"][0].partition(":")
        assert volume in COMPOSE["volumes"]
        assert mount == environment["TIPLINE_DATA_DIR"] == "/data"  # not .env.example's development value
    assert SERVICES["bot"]["healthcheck"]["test"] == ["CMD", *HEALTHCHECK]  # the image's own
    assert "TIPLINE_WEBHOOK_URL" in (REPO / "docker-compose.yml").read_text()  # the commented alternative


def test_the_key_is_a_compose_secret_in_a_file_git_ignores() -> None:
    ignored = (REPO / ".gitignore").read_text().split()
    for name in ("migrate", "bot"):
        (secret,) = SERVICES[name]["secrets"]
        assert _environment(name)["TIPLINE_SECRET_KEY_FILE"] == f"/run/secrets/{secret}"
        path = COMPOSE["secrets"][secret]["file"]
        assert path.startswith("./secrets/")
        assert SERVICES[name]["env_file"] == ".env"
    assert "secrets/" in ignored
    assert ".env" in ignored


def test_the_dockerfile_runs_tipline_and_checks_health_with_the_script_it_copies() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()
    command = re.search(r"^CMD (\[.*\])$", dockerfile, flags=re.MULTILINE)
    assert command is not None
    assert _is_tipline_command(yaml.safe_load(command[1]))
    healthcheck = re.search(r"^HEALTHCHECK .* CMD (\[.*\])$", dockerfile, flags=re.MULTILINE)
    assert healthcheck is not None
    assert yaml.safe_load(healthcheck[1]) == HEALTHCHECK
    assert f"COPY docker/healthcheck.py {HEALTHCHECK[-1]}" in dockerfile


@pytest.fixture
def postgres_url() -> Iterator[str]:
    url = run_sync(fresh_postgres(None))
    try:
        yield url
    finally:
        run_sync(drop_postgres(url))


def _as_here(service: str, tmp_path: Path, **addresses: str) -> dict[str, str]:
    """The service's environment on this machine: the volume and the secret as folders, other addresses."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TIPLINE_")}
    env |= _environment(service)
    secret = tmp_path / "run" / "secrets" / "tipline_secret_key"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text(KEY + "\n")
    (tmp_path / "data").mkdir(exist_ok=True)
    assert env["TIPLINE_SECRET_KEY_FILE"] == "/run/secrets/tipline_secret_key"
    env |= {"TIPLINE_SECRET_KEY_FILE": str(secret), "TIPLINE_DATA_DIR": str(tmp_path / "data"), **addresses}
    return env


def _command(service: str) -> list[str]:
    command = SERVICES[service]["command"]
    return [sys.executable, "-m", "bot.cli", *command[1:]]


async def _run(command: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        *command, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_the_services_commands_migrate_then_serve_health(postgres_url: str, tmp_path: Path) -> None:
    code, out, err = await _run(_command("migrate"), _as_here("migrate", tmp_path, TIPLINE_DATABASE_URL=postgres_url))
    assert code == 0, err
    assert out.strip() == f"database schema at {head_revision()}"

    port = free_port()
    listen = _environment("bot")["TIPLINE_HEALTH_LISTEN"]
    assert listen.endswith(":8081")
    async with FakeBotAPI(token=TOKEN) as api:
        bot_env = _as_here(
            "bot",
            tmp_path,
            TIPLINE_DATABASE_URL=postgres_url,
            TIPLINE_BOT_TOKEN=TOKEN,  # from .env, as the operator set it
            TIPLINE_CHARITY_NAME="Test Charity",
            TIPLINE_TELEGRAM_API_URL=api.base_url,
            TIPLINE_POLL_TIMEOUT="1",
            TIPLINE_HEALTH_LISTEN=f"{listen.rpartition(':')[0]}:{port}",
        )
        log = tmp_path / "bot.log"
        with log.open("wb") as out_file:
            bot = await asyncio.create_subprocess_exec(*_command("bot"), env=bot_env, stdout=out_file, stderr=out_file)
        try:
            _cmd, python, isolated, _path = SERVICES["bot"]["healthcheck"]["test"]
            assert python == "python3"
            healthcheck = [sys.executable, isolated, str(REPO / "docker" / "healthcheck.py")]

            async def healthy() -> bool:
                return (await _run(healthcheck, bot_env))[0] == 0

            await wait_until(healthy, 180, "the bot's health check to pass", interval=0.5)
            user = TelegramUser(api, 8803)
            user.act("text", "/start")
            await wait_until(lambda: len(user.sent_texts()) == 2, 60, "the greeting and the menu")
        finally:
            if bot.returncode is None:
                bot.terminate()
            await asyncio.wait_for(bot.wait(), 30)
    assert bot.returncode == 0, log.read_text()
    assert '"event": "Tipline is running on Telegram"' in log.read_text()  # production logs JSON
