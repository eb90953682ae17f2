"""Refuse any network access beyond loopback during tests, loudly.

Why: a test that silently reaches api.telegram.org (a forgotten base URL, a default
session) would pass on a developer laptop, hang in CI, and could message real people.
The guard patches the socket layer, below every HTTP client (aiohttp, httpx/anyio,
asyncpg), so no library can route around it.

Blocked attempts raise :class:`NetworkAccessBlockedError` *and* are recorded: HTTP clients
often wrap connection errors (PTB turns them into ``NetworkError``, which a driver's retry
loop may swallow), so the ``no_network`` fixture also fails the test at teardown if any
attempt was recorded.

In ``conftest.py``::

    from tests.fakes.no_network import no_network  # noqa: F401  (re-exported fixture)

    @pytest.fixture(autouse=True)
    def _no_network(no_network: NetworkGuard) -> None: ...

Hosts named in ``TIPLINE_TEST_POSTGRES_URL`` are allowed, so the PostgreSQL tests can run
against a server on another host.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import pytest

__all__ = ["NetworkAccessBlockedError", "NetworkGuard", "allowed_hosts_from_env", "no_network"]

_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class NetworkAccessBlockedError(RuntimeError):
    """A test tried to reach a non-loopback address.

    Not an ``OSError`` on purpose: clients translate ``OSError`` into their own transient
    network errors and retry, hiding the mistake.
    """


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").split("%", 1)[0]
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def allowed_hosts_from_env(variables: Iterable[str] = ("TIPLINE_TEST_POSTGRES_URL",)) -> set[str]:
    """Hosts of the URLs in these environment variables (test services the suite may use)."""
    hosts: set[str] = set()
    for variable in variables:
        url = os.environ.get(variable)
        if url:
            host = urlsplit(url).hostname
            if host:
                hosts.add(host.lower())
    return hosts


class NetworkGuard:
    """Context manager that patches ``socket`` to refuse non-loopback destinations.

    ``allow`` names extra hosts (names or addresses) that may be reached. Unix-domain sockets
    are always allowed.
    """

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self.allow = {host.lower() for host in allow}
        self.attempts: list[str] = []
        self._saved: dict[str, Any] = {}

    def _permitted(self, host: str | bytes | None) -> bool:
        if host is None:
            return True  # passive/bind lookups (getaddrinfo(None, port))
        if isinstance(host, bytes):
            host = host.decode("idna")
        return _is_loopback(host) or host.lower() in self.allow

    def _refuse(self, what: str) -> NetworkAccessBlockedError:
        self.attempts.append(what)
        return NetworkAccessBlockedError(
            f"tests must not reach the network: {what}. Point the client at FakeBotAPI.base_url (127.0.0.1) instead."
        )

    def __enter__(self) -> Self:
        guard = self
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        real_getaddrinfo = socket.getaddrinfo
        real_gethostbyname = socket.gethostbyname
        real_gethostbyname_ex = socket.gethostbyname_ex
        self._saved = {
            "connect": real_connect,
            "connect_ex": real_connect_ex,
            "getaddrinfo": real_getaddrinfo,
            "gethostbyname": real_gethostbyname,
            "gethostbyname_ex": real_gethostbyname_ex,
        }

        def check_address(sock: socket.socket, address: Any) -> None:
            if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
                host = address[0]
                if not guard._permitted(host):
                    raise guard._refuse(f"connect to {host}:{address[1]}")

        def connect(sock: socket.socket, address: Any) -> None:
            check_address(sock, address)
            real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            check_address(sock, address)
            return real_connect_ex(sock, address)

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            if not guard._permitted(host):
                raise guard._refuse(f"resolve {host!r}")
            return real_getaddrinfo(host, *args, **kwargs)

        def gethostbyname(host: str) -> str:
            if not guard._permitted(host):
                raise guard._refuse(f"resolve {host!r}")
            return real_gethostbyname(host)

        def gethostbyname_ex(host: str) -> tuple[str, list[str], list[str]]:
            if not guard._permitted(host):
                raise guard._refuse(f"resolve {host!r}")
            return real_gethostbyname_ex(host)

        socket.socket.connect = connect  # type: ignore[method-assign,assignment]
        socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
        socket.getaddrinfo = getaddrinfo
        socket.gethostbyname = gethostbyname
        socket.gethostbyname_ex = gethostbyname_ex
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        socket.socket.connect = self._saved["connect"]  # type: ignore[method-assign]
        socket.socket.connect_ex = self._saved["connect_ex"]  # type: ignore[method-assign]
        socket.getaddrinfo = self._saved["getaddrinfo"]
        socket.gethostbyname = self._saved["gethostbyname"]
        socket.gethostbyname_ex = self._saved["gethostbyname_ex"]


@pytest.fixture
def no_network() -> Iterator[NetworkGuard]:
    """Block non-loopback network access for one test; fail it if anything tried."""
    with NetworkGuard(allow=allowed_hosts_from_env()) as guard:
        yield guard
    if guard.attempts:
        pytest.fail(
            "test attempted network access (possibly swallowed by a client's retry logic): "
            + "; ".join(guard.attempts),
            pytrace=False,
        )
