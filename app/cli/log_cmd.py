"""`faceledger log add FACTS.json --vault PATH [--attach FILE…] [--notes TEXT]`, `log list`, `log place`
(show/correct a record's GB/T 2260 code) and `log find-code`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import load_json_file, print_json, read_passphrase
from app.evidence import add_evidence, get_evidence, list_evidence, read_evidence_file
from app.facts import validate_facts
from app.geo.store import RecordPlace, place_codes
from app.records import add_record, list_records
from app.vault import Vault, missing_changes_message


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("log", help="add and list collection records")
    actions = p.add_subparsers(dest="log_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a record from a facts JSON file; prints the new record id")
    add.add_argument("facts", type=Path, metavar="FACTS.json")
    add.add_argument("--vault", required=True, type=Path)
    add.add_argument("--attach", nargs="+", type=Path, default=[], metavar="FILE", help="evidence files")
    add.add_argument("--notes", default="", help="free notes kept with the record")
    add.add_argument("--profile", type=int, help="profile id of the person concerned")
    add.set_defaults(handler=run_add)

    lst = actions.add_parser("list", help="list records (newest first)")
    lst.add_argument("--vault", required=True, type=Path)
    lst.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    lst.add_argument("--search", help="full-text search (Chinese: two characters are enough)")
    lst.add_argument("--place-type", help="only this place_type")
    lst.add_argument("--city", help="only this city")
    lst.add_argument("--limit", type=int)
    lst.set_defaults(handler=run_list)

    # Where a record is (app/geo): its GB/T 2260 code, shown and corrected here (docs/MAP.md).
    place = actions.add_parser("place", help="show or correct where a record is (GB/T 2260 code)")
    place.add_argument("record", type=int, metavar="RECORD_ID")
    place.add_argument("--vault", required=True, type=Path)
    what = place.add_mutually_exclusive_group()
    what.add_argument("--set", metavar="CODE", help="correct the code (see `log find-code`)")
    what.add_argument("--auto", action="store_true", help="drop a correction: read the place from the text")
    what.add_argument(
        "--gps-from-evidence",
        type=int,
        metavar="EVIDENCE_ID",
        help="store this photo's EXIF GPS position in the vault (needs --consent)",
    )
    what.add_argument("--clear-gps", action="store_true", help="delete the stored precise position")
    place.add_argument(
        "--consent", action="store_true", help="the person agrees that the precise position is kept"
    )
    place.add_argument("--json", action="store_true")
    place.set_defaults(handler=run_place)

    find = actions.add_parser("find-code", help="look up GB/T 2260 codes by name, pinyin or code")
    find.add_argument("text")
    find.set_defaults(handler=run_find_code)


def warn_if_changes_missing(vault: Vault) -> None:
    if vault.missing_changes:
        message = missing_changes_message(vault.missing_changes, vault.path, vault.saved_logs)
        print(f"faceledger: warning: {message}", file=sys.stderr)


def run_add(args: argparse.Namespace) -> int:
    # Everything is checked before the vault is touched: facts, then every attachment.
    facts = validate_facts(load_json_file(args.facts, "facts file"))
    attachments = [(path.name, read_evidence_file(path)) for path in args.attach]
    with Vault.open(args.vault, read_passphrase()) as vault, vault.write():
        warn_if_changes_missing(vault)
        record_id = add_record(vault, facts, notes=args.notes, profile_id=args.profile)
        for name, data in attachments:
            add_evidence(vault, record_id, data, name)
    print(record_id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        warn_if_changes_missing(vault)
        rows = list_records(
            vault, search=args.search, place_type=args.place_type, city=args.city, limit=args.limit
        )
        if args.json:
            out = []
            for row in rows:
                item = row.to_json()
                item["evidence"] = [e.to_json() for e in list_evidence(vault, row.id)]
                out.append(item)
            print_json(out)
            return 0
        codes = place_codes(vault, [row.id for row in rows])
    for row in rows:
        place = row.place_name or row.place_type
        handler = f" · {row.handler_name}" if row.handler_name else ""
        city = f" · {row.city}" if row.city else ""
        code = f"\t{codes.get(row.id) or '—'}"
        print(f"{row.id}\t{row.date}\t{place}{city}{handler}{code}\t[{row.evidence_count} evidence]")
    return 0


def _place_json(place: RecordPlace) -> dict[str, object]:
    """What the CLI shows of a place: never the precise coordinates (they stay in the vault)."""
    return {
        "code": place.code,
        "name": place.name,
        "lon": place.lon,
        "lat": place.lat,
        "source": place.source,
        "alternatives": list(place.alternatives),
        "precise_position_stored": place.gps_lon is not None,
        "precise_position_consent_at": place.gps_consent_at,
    }


def run_place(args: argparse.Namespace) -> int:
    from app.errors import InvalidInput
    from app.geo.exif import evidence_gps
    from app.geo.gazetteer import load_gazetteer
    from app.geo.store import clear_gps, code_unplaced, get_place, set_gps, set_place

    if args.gps_from_evidence is not None and not args.consent:
        raise InvalidInput(
            "--gps-from-evidence needs --consent: the person must agree to keep a precise position"
        )
    with Vault.open(args.vault, read_passphrase()) as vault:
        warn_if_changes_missing(vault)
        if args.set is not None:
            set_place(vault, args.record, args.set)
        elif args.auto:
            set_place(vault, args.record, None)
        elif args.clear_gps:
            clear_gps(vault, args.record)
        elif args.gps_from_evidence is not None:
            info = get_evidence(vault, args.gps_from_evidence)
            if info.record_id != args.record:
                raise InvalidInput(f"evidence {info.id} belongs to record {info.record_id}", field="evidence")
            position = evidence_gps(vault, info.id)
            if position is None:
                raise InvalidInput(f"evidence {info.id} has no GPS position in its EXIF", field="evidence")
            set_gps(vault, args.record, *position, consent=True)
        place = get_place(vault, args.record)
        if place is None:  # a record written before places existed
            code_unplaced(vault)
            place = get_place(vault, args.record)
        assert place is not None
    if args.json:
        print_json(_place_json(place))
        return 0
    gazetteer = load_gazetteer()
    print(f"{place.code or '—'}\t{place.name or 'no place recognised'}\t({place.source})")
    for code in place.alternatives:
        if gazetteer.get(code):
            print(f"  or?\t{code}\t{gazetteer.full_name(code)}")
    if place.gps_lon is not None:
        print(f"  precise position stored in the vault with consent ({place.gps_consent_at})")
    return 0


def run_find_code(args: argparse.Namespace) -> int:
    from app.geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for unit in gazetteer.search(args.text):
        print(f"{unit.code}\t{gazetteer.full_name(unit.code)}")
    return 0
