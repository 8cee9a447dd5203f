"""SPEC "Network": nothing but the update fetcher talks to the network (ARCHITECTURE lesson 14).

Every HTTP client import in app/ and ui/ must be in app/update/fetch.py, which has the one Session,
the timeouts, the deadline and the caps. A new network feature has to go through it (or change this
test on purpose, in review).
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NETWORK_MODULES = {
    "requests",
    "urllib3",
    "urllib.request",
    "http.client",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
}
ALLOWED = {"app/update/fetch.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _is_network(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES)


def test_only_the_update_fetcher_imports_an_http_client() -> None:
    offenders = []
    for folder in ("app", "ui"):
        for path in sorted((REPO / folder).rglob("*.py")):
            rel = path.relative_to(REPO).as_posix()
            bad = sorted(n for n in _imports(path) if _is_network(n))
            if bad and rel not in ALLOWED:
                offenders.append(f"{rel}: {', '.join(bad)}")
    assert offenders == [], "network access outside app/update/fetch.py:\n" + "\n".join(offenders)


def test_the_fetcher_is_still_where_this_test_expects_it() -> None:
    assert any(_is_network(n) for n in _imports(REPO / "app/update/fetch.py"))
