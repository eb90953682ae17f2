"""Pseudonyms and sealing: two keys, two purposes; previous sealing keys still open what they sealed."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import sqlite

from bot.identity import SEALED_PREFIX, Identity
from bot.pipeline.addresses import Addresses, rate_id
from bot.storage.sealed import UNREADABLE, NoSealingKey, SealedDetail, SealedText, install_sealer

OLD, NEW, PSEUDONYMS = b"o" * 32, b"n" * 32, b"p" * 32


def test_pseudonyms_follow_the_pseudonym_key_only() -> None:
    before = Identity(OLD)
    after = Identity(NEW, previous=[OLD], pseudonym_secret=OLD)
    assert before.pseudonym("tg:1") == after.pseudonym("tg:1")
    assert before.fingerprint() == after.fingerprint()
    assert Identity(NEW).fingerprint() != before.fingerprint()
    assert Identity(OLD, pseudonym_secret=PSEUDONYMS).pseudonym("tg:1") != before.pseudonym("tg:1")


def test_previous_keys_open_and_reseal_moves_to_the_current_key() -> None:
    token = Identity(OLD).seal("tg:42")
    assert token.startswith(SEALED_PREFIX)
    rotated = Identity(NEW, previous=[OLD])
    assert rotated.unseal(token) == "tg:42"
    again = rotated.reseal(token)
    assert again is not None
    assert Identity(NEW).unseal(again) == "tg:42"
    assert Identity(NEW).unseal(token) is None
    assert Identity(NEW).reseal(token) is None
    assert Identity(NEW).unseal("not a token") is None


def test_sealed_columns_refuse_to_write_without_a_key_and_open_with_one() -> None:
    dialect = sqlite.dialect()
    with pytest.raises(NoSealingKey):
        SealedText().process_bind_param("secret", dialect)
    assert SealedText().process_result_value("plain from an older release", dialect) == "plain from an older release"
    identity = Identity(OLD)
    install_sealer(dialect, identity)
    stored = SealedText().process_bind_param("Quokka", dialect)
    assert stored is not None
    assert "Quokka" not in stored
    assert SealedText().process_result_value(stored, dialect) == "Quokka"
    detail = SealedDetail().process_bind_param({"text": "Wombat", "tip": "TIP-ABC234"}, dialect)
    assert detail is not None
    assert detail["tip"] == "TIP-ABC234"
    assert "Wombat" not in detail["text"]
    assert SealedDetail().process_result_value(detail, dialect) == {"text": "Wombat", "tip": "TIP-ABC234"}
    install_sealer(dialect, Identity(NEW))
    assert SealedText().process_result_value(stored, dialect) == UNREADABLE


def test_a_chat_is_ordered_by_its_pseudonym_and_addressed_sealed() -> None:
    identity = Identity(OLD)
    addresses = Addresses(identity)
    row = addresses.sealed_row({"chat_key": "tg:7001", "kind": "message"})
    assert row["chat_key"] == identity.pseudonym("tg:7001")
    assert "7001" not in str(row["address"])
    assert addresses.open(str(row["chat_key"]), str(row["address"])) == "tg:7001"
    assert addresses.order_key("tg:-1001234567890") == "tg:-1001234567890"  # a group is not a person
    assert addresses.open("tg:7001", None) == "tg:7001"  # a row queued before addresses were sealed
    assert addresses.open(identity.pseudonym("tg:7001"), Identity(NEW).seal("tg:7001")) is None
    assert rate_id("tg:-100") == -100
    assert rate_id(identity.pseudonym("tg:7001")) > 0
