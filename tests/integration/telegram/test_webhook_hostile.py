"""The webhook against hostile connections (issue 13): slow headers, a slow body, a huge
Content-Length, deep JSON, too many connections. Each is closed or refused, never a 500, and
Telegram's own updates still get in."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
from pydantic import SecretStr

from bot.settings import ConfigError, Settings, load_settings
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    TOKEN,
    WEBHOOK_SECRET,
    free_port,
    running_bot,
    telegram_settings,
)

HEADER = "X-Telegram-Bot-Api-Secret-Token"
CLOSED_WITHIN = 20.0
"""A bound on waiting, not a measurement: the guard's deadlines below are a fraction of it."""


def hostile_settings(base: Settings, api: FakeBotAPI, **overrides: object) -> tuple[Settings, int]:
    port = free_port()
    values: dict[str, object] = {
        "webhook_url": f"http://127.0.0.1:{port}/hook",
        "webhook_secret": SecretStr(WEBHOOK_SECRET),
        "webhook_listen": f"127.0.0.1:{port}",
        "webhook_header_timeout": 0.5,
        "webhook_body_timeout": 0.5,
        "webhook_keepalive_timeout": 0.5,
        **overrides,
    }
    return telegram_settings(base, api, **values), port


async def closed_by_server(reader: asyncio.StreamReader) -> bytes:
    """Everything the server said until it closed the connection."""
    return await asyncio.wait_for(reader.read(), CLOSED_WITHIN)


async def post(port: int, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    url = f"http://127.0.0.1:{port}/hook"
    async with aiohttp.ClientSession() as http, http.post(url, data=body, headers=headers) as response:
        return response.status, await response.text()


async def test_slow_headers_and_a_slow_body_are_cut_off(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings, port = hostile_settings(tipline_settings, api)
        async with running_bot(settings):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"POST /hook HTTP/1.1\r\nHost: x\r\n")  # and never the end of the headers
            await writer.drain()
            assert await closed_by_server(reader) == b""
            writer.close()

            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            head = f"POST /hook HTTP/1.1\r\nHost: x\r\n{HEADER}: {WEBHOOK_SECRET}\r\nContent-Length: 100\r\n\r\n"
            writer.write(head.encode() + b'{"update_id"')  # and never the rest of the body
            await writer.drain()
            answer = await closed_by_server(reader)
            writer.close()
    assert answer.startswith(b"HTTP/1.1 408")


async def test_a_huge_content_length_is_refused_at_once(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings, port = hostile_settings(tipline_settings, api, webhook_body_timeout=60.0)
        async with running_bot(settings):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            head = f"POST /hook HTTP/1.1\r\nHost: x\r\n{HEADER}: {WEBHOOK_SECRET}\r\nContent-Length: 5000000000\r\n\r\n"
            writer.write(head.encode())
            await writer.drain()
            answer = await closed_by_server(reader)  # within the bound, though the body may take a minute
            writer.close()
    assert answer.startswith(b"HTTP/1.1 413")


async def test_deep_or_broken_json_is_a_400_never_a_500(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings, port = hostile_settings(tipline_settings, api)
        secret = {HEADER: WEBHOOK_SECRET}
        nested: object = {"update_id": 1}
        for _ in range(200):
            nested = {"message": nested}
        async with running_bot(settings) as bot:
            answers = [
                await post(port, b"[" * 200_000 + b"]" * 200_000, secret),  # past the parser's recursion
                await post(port, json.dumps({"update_id": 5, "message": nested}).encode(), secret),
                await post(port, b"\xff\xfe not utf-8", secret),
                await post(port, b'{"update_id": ', secret),
            ]
            health = await bot.operations.health()
    assert [status for status, _text in answers] == [400, 400, 400, 400]
    assert health.inbox_pending == 0


async def test_connections_beyond_the_cap_are_closed_and_telegram_still_gets_in(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings, port = hostile_settings(
            tipline_settings, api, webhook_max_connections=3, webhook_header_timeout=CLOSED_WITHIN * 3
        )
        async with running_bot(settings):
            held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
            for _reader, writer in held:  # each has begun a request, slowly
                writer.write(b"POST /hook HTTP/1.1\r\n")
                await writer.drain()
            extra_reader, extra_writer = await asyncio.open_connection("127.0.0.1", port)
            assert await closed_by_server(extra_reader) == b""  # over the cap: closed at once
            extra_writer.close()
            for _reader, writer in held:
                writer.close()
            await asyncio.sleep(0)  # the server sees them go
            update = api.message_update(4242, "hello")
            status = 0
            for _ in range(100):  # until the closed connections are counted out
                status, _text = await post(port, json.dumps(update).encode(), {HEADER: WEBHOOK_SECRET})
                if status == 200:
                    break
    assert status == 200


def test_a_short_webhook_secret_is_refused_in_production() -> None:
    key = "k" * 64
    with pytest.raises(ConfigError, match="TIPLINE_WEBHOOK_SECRET shorter than 32 characters"):
        load_settings(env="production", secret_key=key, webhook_secret="x")
    assert load_settings(env="production", secret_key=key, webhook_secret="s" * 32).webhook_secret is not None
    assert load_settings(env="development", webhook_secret="x").webhook_secret is not None
