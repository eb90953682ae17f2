"""Forwarding settings: what an operator gets wrong is named, with what to do instead."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from bot.forward.events import KINDS
from bot.settings import ConfigError, Settings, load_settings

ROOT = Path(__file__).resolve().parents[3]
SECRET = "s" * 32
KEY = "k" * 40


def test_forwarding_is_off_unless_set() -> None:
    settings = load_settings()
    assert settings.forward_url is None
    assert settings.forward_email is None
    assert settings.forward_free_text is True
    assert settings.forward_email_free_text is False


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"forward_url": "ftp://crm.example.org"}, "TIPLINE_FORWARD_URL: must be the https:// URL"),
        ({"forward_url": "https://crm.example.org/x"}, "TIPLINE_FORWARD_SECRET of at least 32 characters is required"),
        ({"forward_url": "https://crm.example.org/x", "forward_secret": "short"}, "at least 32 characters"),
        (
            {
                "forward_url": "http://crm.example.org/x",
                "forward_secret": SECRET,
                "env": "production",
                "secret_key": KEY,
            },
            "TIPLINE_FORWARD_URL must be https:// when TIPLINE_ENV=production",
        ),
        ({"forward_email": "casework"}, "TIPLINE_FORWARD_EMAIL: 'casework' is not an email address"),
        ({"forward_email": "a@charity.example"}, "TIPLINE_SMTP_URL is required when TIPLINE_FORWARD_EMAIL is set"),
        ({"smtp_url": "http://mail.example.org"}, "TIPLINE_SMTP_URL: must be smtps://"),
        ({"smtp_url": "smtp://mail.example.org:port"}, "TIPLINE_SMTP_URL: the port must be a number"),
        (
            {
                "forward_email": "a@charity.example",
                "smtp_url": "smtp+plain://mail.example.org:25",
                "env": "production",
                "secret_key": KEY,
            },
            "smtp+plain:// sends tips unencrypted",
        ),
        ({"forward_email_digest_minutes": -1}, "TIPLINE_FORWARD_EMAIL_DIGEST_MINUTES"),
        ({"forward_email_from": "tipline"}, "TIPLINE_FORWARD_EMAIL_FROM: 'tipline' is not an email address"),
    ],
)
def test_a_bad_setting_is_named(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("+", r"\+").replace("(", r"\(")):
        load_settings(**overrides)


def test_good_settings_pass_and_addresses_are_tidied() -> None:
    settings = load_settings(
        forward_url="http://127.0.0.1:8000/hook",  # http is fine in development
        forward_secret=SECRET,
        forward_email=" a@charity.example ,b@charity.example,",
        smtp_url="smtps://user%40charity.example:pw@mail.example.org",
    )
    assert settings.forward_email == "a@charity.example, b@charity.example"


def test_every_setting_is_in_the_example_environment_file() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    names = [name for name in Settings.model_fields if name.startswith(("forward_", "smtp_"))]
    assert [name for name in names if f"TIPLINE_{name.upper()}=" not in example] == []


def test_every_example_event_in_the_docs_is_valid_and_every_kind_has_one() -> None:
    schema = json.loads((ROOT / "docs" / "forwarding" / "event.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    examples = sorted((ROOT / "docs" / "forwarding" / "examples").glob("*.json"))
    for path in examples:
        event = json.loads(path.read_text(encoding="utf-8"))
        validator.validate(event)
        assert path.stem == event["kind"]
    assert sorted(path.stem for path in examples) == sorted(KINDS)


def test_the_schema_refuses_what_would_identify_a_reporter() -> None:
    schema = json.loads((ROOT / "docs" / "forwarding" / "event.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    event = json.loads((ROOT / "docs" / "forwarding" / "examples" / "tip.filed.json").read_text(encoding="utf-8"))
    for field, value in (("reporter", "R-1234"), ("contact_token", "abc"), ("chat_id", 5551)):
        leaky = json.loads(json.dumps(event))
        leaky["tip"][field] = value
        assert not validator.is_valid(leaky)
