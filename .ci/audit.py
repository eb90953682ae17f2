"""Audit the lock files with pip-audit, and say plainly when no audit could be made.

pip-audit asks PyPI's per-version JSON API (https://pypi.org/pypi/NAME/VERSION/json) for each
locked version's known vulnerabilities. A network whose PyPI is a mirror that serves only the
package index answers "not found" for every version, and pip-audit then reports "no known
vulnerabilities" after auditing nothing. This script tells those cases apart:

- a known vulnerability in a locked version: exit 1, with the advisory and the fixed versions;
- nothing could be audited (no vulnerability data reachable): a loud NOT AUDITED notice, exit 0,
  so CI without the internet does not fail; set TIPLINE_AUDIT_REQUIRED=1 to make that exit 1;
- everything audited and clean: exit 0.

Usage: python .ci/audit.py requirements/runtime.txt [more lock files]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

PIP_AUDIT = Path(sys.executable).with_name("pip-audit")


def audit(lock: str) -> dict[str, list[dict[str, Any]]]:
    result = subprocess.run(  # noqa: S603 (our own tool, our own arguments)
        [
            str(PIP_AUDIT),
            "--requirement",
            lock,
            "--require-hashes",
            "--disable-pip",
            "--format",
            "json",
            "--progress-spinner",
            "off",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report: dict[str, list[dict[str, Any]]] = json.loads(result.stdout)
    except json.JSONDecodeError:
        sys.stderr.write(result.stderr)
        raise SystemExit(
            f"audit: pip-audit failed on {lock} (exit {result.returncode}); its errors are above"
        ) from None
    return report


def main(locks: list[str]) -> int:
    vulnerable: list[str] = []
    skipped: list[str] = []
    audited = 0
    for lock in locks:
        for dependency in audit(lock)["dependencies"]:
            if "skip_reason" in dependency:
                skipped.append(f"{lock}: {dependency['skip_reason']}")
                continue
            audited += 1
            for vuln in dependency.get("vulns") or []:
                fixed = ", ".join(vuln.get("fix_versions") or []) or "none yet"
                vulnerable.append(
                    f"{lock}: {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in: {fixed})"
                )
    for line in vulnerable:
        print(f"audit: VULNERABLE {line}")
    if vulnerable:
        print("audit: upgrade with `./dev lock --upgrade-package NAME`, then ./dev test", file=sys.stderr)
        return 1
    if audited == 0:
        print(
            f"audit: NOT AUDITED. No vulnerability data was reachable for any of the {len(skipped)} locked "
            "versions; pip-audit said, for example:\n"
            f"  {skipped[0] if skipped else 'no dependencies'}\n"
            "  That means this network's PyPI does not serve https://pypi.org/pypi/NAME/VERSION/json (a mirror "
            "with only the package index). Run `./dev audit` where pypi.org is reachable.",
            file=sys.stderr,
        )
        return 1 if os.environ.get("TIPLINE_AUDIT_REQUIRED") == "1" else 0
    for line in skipped:
        print(f"audit: not audited: {line}", file=sys.stderr)
    print(f"audit: {audited} locked versions audited, no known vulnerabilities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
