"""The webhook's signature: what the receiver checks, and what it must refuse."""

from __future__ import annotations

import hashlib
import hmac
import json

from bot.forward.signing import body_of, sign, verify

SECRET = b"forward-secret-0123456789abcdef0123456789"
NOW = 1_800_000_000


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    body = body_of({"id": "e1", "kind": "tip.filed", "text": "é"})
    expected = hmac.new(SECRET, f"{NOW}.".encode() + body, hashlib.sha256).hexdigest()
    assert sign(SECRET, NOW, body) == "v1=" + expected


def test_the_body_is_the_same_bytes_for_the_same_event() -> None:
    one = body_of({"b": 1, "a": {"z": None, "y": [1, 2]}, "text": "ça"})
    two = body_of({"text": "ça", "a": {"y": [1, 2], "z": None}, "b": 1})
    assert one == two == '{"a":{"y":[1,2],"z":null},"b":1,"text":"ça"}'.encode()
    assert json.loads(one)["text"] == "ça"


def test_a_good_signature_verifies_and_anything_changed_does_not() -> None:
    body = body_of({"id": "e1"})
    signature = sign(SECRET, NOW, body)
    assert verify(SECRET, str(NOW), body, signature, now=NOW + 10)
    assert not verify(SECRET, str(NOW), body + b" ", signature, now=NOW)
    assert not verify(b"another secret", str(NOW), body, signature, now=NOW)
    assert not verify(SECRET, str(NOW + 1), body, signature, now=NOW)
    assert not verify(SECRET, "", body, signature, now=NOW)
    assert not verify(SECRET, "12ab", body, signature, now=NOW)


def test_replays_older_than_five_minutes_are_refused() -> None:
    body = body_of({"id": "e1"})
    signature = sign(SECRET, NOW, body)
    assert verify(SECRET, str(NOW), body, signature, now=NOW + 300)
    assert not verify(SECRET, str(NOW), body, signature, now=NOW + 301)
    assert not verify(SECRET, str(NOW), body, signature, now=NOW - 301)  # from the future: a clock gone wrong


def test_a_receiver_changing_its_secret_may_accept_either() -> None:
    body = body_of({"id": "e1"})
    both = sign(b"old", NOW, body) + "," + sign(SECRET, NOW, body)
    assert verify(SECRET, str(NOW), body, both, now=NOW)
