"""The container's health check: GET /healthz on TIPLINE_HEALTH_LISTEN; exit 0 if healthy, 1 if not.

Standard library only, so it starts in milliseconds every 30 seconds (`tipline health` says the same
for a person, but loads all of Tipline first). Prints the reasons Docker keeps in `docker inspect`.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request

ANY_ADDRESS = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "[::1]", "[::]": "[::1]"}  # noqa: S104 - mapped away


def main() -> int:
    host, _, port = os.environ.get("TIPLINE_HEALTH_LISTEN", "127.0.0.1:8081").rpartition(":")
    url = f"http://{ANY_ADDRESS.get(host, host)}:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=4) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        print("unhealthy:", "; ".join(json.loads(exc.read() or b"{}").get("reasons") or [f"HTTP {exc.code}"]))
        return 1
    except (OSError, ValueError) as exc:
        print(f"no answer from {url}: {exc}")
        return 1
    print("healthy" if body.get("status") == "ok" else f"unexpected answer: {body}")
    return 0 if body.get("status") == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
