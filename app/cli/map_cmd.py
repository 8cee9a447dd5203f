"""`faceledger map --vault V --out FILE.svg|.pdf|.png [--level city] [--color request_state|ground]`:
the records as dots at their cities (or districts, provinces), no tiles, no boundary lines (docs/MAP.md).
`--json` prints the grouped counts instead. The same filters as `log list`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import print_json, read_passphrase
from app.errors import InvalidInput
from app.outputs import add_force_argument, check_output, write_output
from app.vault import Vault

_FORMATS = ("svg", "pdf", "png")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("map", help="map of the records by city: SVG, PDF or PNG (no boundary lines)")
    p.add_argument("--vault", required=True, type=Path)
    p.add_argument("--out", type=Path, metavar="FILE", help="FILE.svg, FILE.pdf or FILE.png")
    p.add_argument("--format", choices=_FORMATS, help="default: from the --out suffix")
    p.add_argument("--level", choices=("district", "city", "province"), default="city")
    p.add_argument("--color", choices=("request_state", "ground"), default="request_state")
    p.add_argument("--lang", choices=("zh-CN", "en"), default="zh-CN")
    p.add_argument("--search", help="full-text search, as in `log list`")
    p.add_argument("--place-type", help="only this place_type")
    p.add_argument("--city", help="only this city (as written in the records)")
    p.add_argument("--profile", type=int, help="only this profile's records")
    p.add_argument("--json", action="store_true", help="the grouped counts as UTF-8 JSON on stdout")
    add_force_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format
    if args.out is not None:
        fmt = fmt or args.out.suffix.lower().lstrip(".")
        if fmt not in _FORMATS:
            raise InvalidInput("give --format svg, pdf or png, or an --out ending so", field="out")
        check_output(args.out, force=args.force)  # refuse before asking for the passphrase
    elif not args.json:
        raise InvalidInput("give --out FILE (svg, pdf or png) or --json", field="out")
    from app.geo.export import export_map, vault_map
    from app.rules import load_library

    library = load_library()
    with Vault.open(args.vault, read_passphrase()) as vault:
        data = vault_map(
            vault,
            today=dt.date.today(),
            level=args.level,
            color_by=args.color,
            library=library,
            search=args.search,
            place_type=args.place_type,
            city=args.city,
            profile_id=args.profile,
        )
    if args.out is not None:
        write_output(args.out, export_map(data, fmt, lang=args.lang, library=library), force=args.force)
    if args.json:
        print_json(data.to_json())
    return 0
