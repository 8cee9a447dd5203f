"""`faceledger update …`: rule-library and handler-directory updates (off by default).

    faceledger update [--url URL] [--check] [--ca-bundle PEM] [--timeout S] [--json]
    faceledger update status [--json]
    faceledger update enable --url URL [--ca-bundle PEM]  |  faceledger update disable
    faceledger update trust-key KEY --name NAME [--fingerprint FP]
    faceledger update keys [--json]  |  faceledger update untrust-key FINGERPRINT

With updates off and no --url, `faceledger update` says so and exits 0: being off is the normal
state, not an error (a scheduled script keeps working until the user opts in).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from app.cli.common import print_json
from app.errors import InvalidInput
from app.update import keys as trust
from app.update.fetch import FetchLimits
from app.update.service import CheckResult, update_from_source, update_status
from app.update.settings import configure_updates, load_update_settings
from app.update.store import InstalledPack

OFF_MESSAGE = (
    "updates are off; nothing was fetched. Turn them on with `faceledger update enable --url https://…`, "
    "or fetch once with `faceledger update --url https://…`"
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "update",
        help="fetch a signed rule-library / handler-directory update (off by default)",
        description="Fetch, verify and install a signed update pack. Nothing is fetched unless updates "
        "are enabled or --url is given.",
    )
    p.add_argument(
        "--url", dest="update_url", metavar="URL", help="fetch from this https:// URL (once; not saved)"
    )
    p.add_argument("--check", action="store_true", help="fetch and verify only; install nothing")
    p.add_argument(
        "--ca-bundle",
        dest="update_ca",
        metavar="PEM",
        help="PEM file of CAs to trust instead of the system's",
    )
    p.add_argument("--timeout", type=float, default=120.0, help="total time limit in seconds (default 120)")
    p.add_argument("--json", dest="update_json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=run_update)
    actions = p.add_subparsers(dest="update_action", metavar="ACTION")

    s = actions.add_parser("status", help="installed pack, settings and the last check's result")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=run_status)

    e = actions.add_parser("enable", help="turn updates on from an https:// URL")
    e.add_argument("--url", required=True)
    e.add_argument("--ca-bundle", default=None, help="PEM file of CAs to trust instead of the system's")
    e.set_defaults(handler=run_enable)

    d = actions.add_parser("disable", help="turn updates off (the installed pack stays in use)")
    d.set_defaults(handler=run_disable)

    t = actions.add_parser("trust-key", help="trust an advocacy group's pack-signing key")
    t.add_argument("key", help="ed25519:… public key text, or a .pub file")
    t.add_argument("--name", required=True, help="who this key belongs to")
    t.add_argument("--fingerprint", help="the fingerprint the group published (needed without a terminal)")
    t.set_defaults(handler=run_trust_key)

    k = actions.add_parser("keys", help="list trusted pack-signing keys")
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=run_keys)

    u = actions.add_parser("untrust-key", help="stop trusting a group key")
    u.add_argument("fingerprint")
    u.set_defaults(handler=run_untrust_key)


def run_update(args: argparse.Namespace) -> int:
    settings = load_update_settings()
    if not args.update_url and not settings.enabled:
        print(OFF_MESSAGE)
        return 0
    if not 1 <= args.timeout <= 3600:
        raise InvalidInput("--timeout must be between 1 and 3600 seconds", field="timeout")
    limits = FetchLimits(total_deadline=args.timeout)
    outcome = update_from_source(
        settings, url=args.update_url, check_only=args.check, limits=limits, ca_bundle=args.update_ca
    )
    if isinstance(outcome, InstalledPack):
        report = {
            "installed": True,
            "version": outcome.version,
            "signed_by": outcome.signer.name,
            "fingerprint": outcome.signer.fingerprint,
            "expires": outcome.manifest.expires.strftime("%Y-%m-%d"),
        }
        signer = outcome.signer
        text = f"installed version {outcome.version}, signed by {signer.name} ({signer.fingerprint})"
    else:
        report = _check_report(outcome)
        text = outcome.message + ("; not installed (--check)" if outcome.available else "")
    if args.update_json:
        print_json(report)
    else:
        print(text)
    return 0


def _check_report(result: CheckResult) -> dict[str, object]:
    return {
        "installed": False,
        "available": result.available,
        "version_in_use": result.version_in_use,
        "offered_version": result.offered_version,
        "message": result.message,
        "checked_at": result.checked_at,
    }


def run_status(args: argparse.Namespace) -> int:
    status = update_status()
    if args.json:
        print_json(asdict(status))
        return 0
    print(f"updates: {'on' if status.enabled else 'off'}" + (f" ({status.url})" if status.url else ""))
    print(f"rule library in use: version {status.version_in_use} ({status.in_use})")
    print(f"built-in library: version {status.built_in_version}")
    if status.installed_version:
        print(
            f"installed pack: version {status.installed_version}, installed {status.installed_at}, "
            f"expires {status.expires}, signed by {status.signer_name} ({status.signer_fingerprint})"
        )
    else:
        print("installed pack: none")
    if status.problem:
        print(f"problem: {status.problem}")
    if status.last_check:
        print(f"last check: {status.last_check}: {status.last_result}")
    else:
        print("last check: never")
    return 0


def run_enable(args: argparse.Namespace) -> int:
    ca = str(Path(args.ca_bundle).resolve()) if args.ca_bundle else None
    settings = configure_updates(url=args.url, ca_bundle=ca, enabled=True)
    print(f"updates on from {settings.url}")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    configure_updates(enabled=False)
    print("updates off (the installed pack, if any, stays in use)")
    return 0


def _key_text(value: str) -> str:
    if value.strip().startswith(trust.KEY_PREFIX):
        return value.strip()
    path = Path(value)
    if not path.is_file():
        raise InvalidInput(f"{value!r} is neither an ed25519:… key nor a file", field="key")
    return trust.read_key_file(path)


def run_trust_key(args: argparse.Namespace) -> int:
    text = _key_text(args.key)
    fingerprint = trust.describe_key(text)
    if args.fingerprint is None:
        if not sys.stdin.isatty():
            raise InvalidInput(
                f"key fingerprint is {fingerprint}; compare it with what the group published and pass it "
                "with --fingerprint to trust the key",
                field="fingerprint",
            )
        print(f"fingerprint: {fingerprint}")
        print("Trust packs signed by this key only if the group published exactly this fingerprint.")
        answer = input("Type the first 4 characters of the fingerprint to trust it (anything else cancels): ")
        if trust.normalise_fingerprint(answer) != trust.normalise_fingerprint(fingerprint)[:4]:
            print("cancelled; nothing was changed")
            return 0
        confirmed = fingerprint
    else:
        confirmed = args.fingerprint
    key = trust.add_group_key(text, args.name, confirmed_fingerprint=confirmed)
    print(f"trusted {key.name}: {key.fingerprint}")
    return 0


def run_keys(args: argparse.Namespace) -> int:
    keys = trust.trusted_keys()
    if args.json:
        print_json(
            [
                {
                    "name": k.name,
                    "origin": k.origin,
                    "fingerprint": k.fingerprint,
                    "key": k.public_key,
                    "added": k.added,
                }
                for k in keys
            ]
        )
        return 0
    for k in keys:
        print(f"{k.origin:8} {k.name}: {k.fingerprint}")
    return 0


def run_untrust_key(args: argparse.Namespace) -> int:
    key = trust.remove_group_key(args.fingerprint)
    print(f"no longer trusted: {key.name} ({key.fingerprint})")
    return 0
