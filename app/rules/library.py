"""Loading and checking the rule library (resources/rules/library.json).

The library is data. Loading validates it against its JSON Schema and then checks what a schema
cannot: every citation points to an existing article (paragraph, item), nothing cites an article
marked U, grounds cite only instruments of their own jurisdiction, conditions name real facts with
values the facts schema allows, and references (definitions, grounds, requests, cities, groups) exist.
A library that fails any check is refused with RuleLibraryError: a wrong article number in a letter
harms the person who sends it.
"""

from __future__ import annotations

import importlib
import json
import logging
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import jsonschema

from app.errors import QuoteUnavailable, RuleLibraryError, UnknownCitation
from app.paths import resources_path
from app.rules.conditions import referenced_facts, walk
from app.rules.model import (
    Article,
    Caveat,
    ChannelPeriod,
    Citation,
    CiteRule,
    City,
    ComplaintChannel,
    Condition,
    Ground,
    Instrument,
    LocalText,
    Paragraph,
    ReplyPeriodRule,
    RequestType,
    localized,
)

SUPPORTED_FORMAT_VERSION = 1
LIBRARY_FILE = "library.json"
log = logging.getLogger(__name__)


def bundled_library_path() -> Path:
    return resources_path("rules", LIBRARY_FILE)


def version_key(version: str) -> tuple[int, ...]:
    """ "2026.11.22" → (2026, 11, 22, 0): up to four whole numbers, missing parts count as 0
    (the same comparison as app.update's pack versions)."""
    parts = version.split(".")
    if not 1 <= len(parts) <= 4 or not all(p.isdigit() and p.isascii() for p in parts):
        raise ValueError(f"not a library version: {version!r}")
    return tuple(int(p) for p in parts) + (0,) * (4 - len(parts))


class RuleLibrary:
    """An immutable, checked rule library. Build it with `parse_library` or `load_library`."""

    def __init__(
        self,
        *,
        version: str,
        as_of: date,
        instruments: Mapping[str, Instrument],
        cities: tuple[City, ...],
        place_groups: Mapping[str, frozenset[str]],
        definitions: Mapping[str, Condition],
        fact_labels: Mapping[str, Any],
        grounds: tuple[Ground, ...],
        request_types: tuple[RequestType, ...],
        common_request_cites: Mapping[str, tuple[CiteRule, ...]],
        complaint_channels: tuple[ComplaintChannel, ...],
        reply_periods: tuple[ReplyPeriodRule, ...],
        caveats: tuple[Caveat, ...],
        source: str,
    ) -> None:
        self.version = version
        self.as_of = as_of
        self.instruments = instruments
        self.cities = cities
        self.place_groups = place_groups
        self.definitions = definitions
        self.fact_labels = fact_labels
        self.grounds = grounds
        self.request_types = request_types
        self.common_request_cites = common_request_cites
        self.complaint_channels = complaint_channels
        self.reply_periods = reply_periods
        self.caveats = caveats
        self.source = source
        self._instrument_rank = {key: rank for rank, key in enumerate(instruments)}

    def __repr__(self) -> str:
        return f"<RuleLibrary {self.version} from {self.source}>"

    # --- look-ups --------------------------------------------------------------------------------
    def instrument(self, instrument_id: str) -> Instrument:
        try:
            return self.instruments[instrument_id]
        except KeyError:
            raise UnknownCitation(f"unknown instrument {instrument_id!r}") from None

    def article(self, citation: Citation) -> Article:
        instrument = self.instrument(citation.instrument)
        try:
            return instrument.articles[citation.article]
        except KeyError:
            raise UnknownCitation(
                f"{citation.instrument} has no article {citation.article!r} in the library"
            ) from None

    def ground(self, ground_id: str) -> Ground:
        for ground in self.grounds:
            if ground.id == ground_id:
                return ground
        raise KeyError(ground_id)

    def request_type(self, request_id: str) -> RequestType:
        for request in self.request_types:
            if request.id == request_id:
                return request
        raise KeyError(request_id)

    def request_type_name(self, request_id: str, lang: str) -> str:
        return localized(self.request_type(request_id).names, lang)

    def fact_label(self, fact: str, lang: str) -> str:
        entry = self.fact_labels.get(fact)
        return localized(entry["label"], lang) if entry else fact

    def value_label(self, fact: str, value: object, lang: str) -> str:
        entry = self.fact_labels.get(fact)
        key = str(value).lower() if isinstance(value, bool) else str(value)
        if entry and key in entry["values"]:
            return localized(entry["values"][key], lang)
        return str(value)

    # --- citations -------------------------------------------------------------------------------
    def check_citation(self, citation: Citation) -> None:
        """Raises UnknownCitation unless the citation points to an existing article / paragraph / item."""
        for number in (citation.paragraph, citation.item):
            if number is not None and (isinstance(number, bool) or not isinstance(number, int) or number < 1):
                raise UnknownCitation(f"{citation}: paragraph and item numbers are whole numbers from 1")
        article = self.article(citation)
        if citation.item is not None and citation.paragraph is None and article.paragraphs is not None:
            with_items = [p for p in article.paragraphs if p.items]
            if len(article.paragraphs) != 1 or not with_items:
                raise UnknownCitation(
                    f"{citation}: an item without a paragraph is allowed only for one-paragraph articles"
                )
        if article.paragraphs is None:
            return  # no official text here: paragraph/item numbers cannot be checked (status S)
        if citation.paragraph is not None and not 1 <= citation.paragraph <= len(article.paragraphs):
            raise UnknownCitation(
                f"{citation}: {citation.instrument} {citation.article} has no such paragraph"
            )
        if citation.item is not None:
            paragraph = article.paragraphs[(citation.paragraph or 1) - 1]
            if not 1 <= citation.item <= len(paragraph.items):
                raise UnknownCitation(f"{citation}: no such item")

    def has_text(self, citation: Citation) -> bool:
        return self.article(citation).has_text

    def quote(self, citation: Citation) -> str:
        """The verbatim official text of the article, paragraph or item (items with their （一） label).

        Paragraphs are separated by newlines, each followed by its items on their own lines; the
        article heading (第四十七条) is not part of the quote. Raises QuoteUnavailable when the library
        has no official text for it (PDPO, Tianjin, Civil Code 497): such articles are cited, not quoted.
        """
        self.check_citation(citation)
        article = self.article(citation)
        if article.paragraphs is None or article.wording_status != "V":
            raise QuoteUnavailable(
                f"no official text for {citation} in resources/texts/; cite it, do not quote it"
            )
        if citation.paragraph is None and citation.item is None:
            return "\n".join(_paragraph_lines(p) for p in article.paragraphs)
        paragraph = article.paragraphs[(citation.paragraph or 1) - 1]
        if citation.item is None:
            return _paragraph_lines(paragraph)
        return paragraph.items[citation.item - 1]

    def citation_sort_key(self, citation: Citation) -> tuple[int, int, int, int]:
        instrument = self.instruments[citation.instrument]
        return (
            self._instrument_rank[citation.instrument],
            instrument.article_order.index(citation.article),
            citation.paragraph or 0,
            citation.item or 0,
        )

    def sorted_citations(self, citations: Iterable[Citation]) -> tuple[Citation, ...]:
        return tuple(sorted(set(citations), key=self.citation_sort_key))


def _paragraph_lines(paragraph: Paragraph) -> str:
    return "\n".join((paragraph.text, *paragraph.items))


# --- parsing -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _library_schema() -> Any:
    return json.loads(resources_path("rules", "library.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _facts_schema() -> Any:
    return json.loads(resources_path("schema", "facts.schema.json").read_text(encoding="utf-8"))


def _text(obj: Mapping[str, str]) -> LocalText:
    return MappingProxyType(dict(obj))


def _cite_rules(raw: Iterable[Mapping[str, Any]]) -> tuple[CiteRule, ...]:
    return tuple(CiteRule(Citation.from_json(entry), entry.get("when")) for entry in raw)


def _article(raw: Mapping[str, Any]) -> Article:
    paragraphs = raw.get("paragraphs")
    status = raw["status"]
    return Article(
        number=raw["article"],
        status=status,
        wording_status=raw.get("wording_status", status),
        topic=_text(raw["topic"]),
        summary_en=raw["summary_en"],
        paragraphs=None
        if paragraphs is None
        else tuple(Paragraph(p["text"], tuple(p["items"])) for p in paragraphs),
    )


def _instrument(raw: Mapping[str, Any]) -> Instrument:
    articles = [_article(a) for a in raw["articles"]]
    return Instrument(
        id=raw["id"],
        kind=raw["kind"],
        jurisdiction=raw["jurisdiction"],
        city=raw["city"],
        status=raw["status"],
        names=_text(raw["names"]),
        short_names=_text(raw["short_names"]),
        issuer=_text(raw["issuer"]),
        document_number=raw["document_number"],
        effective=date.fromisoformat(raw["effective"]) if raw["effective"] else None,
        text_file=raw["text_file"],
        note_en=raw.get("note_en", ""),
        cite_name=_text(raw["cite_name"]) if "cite_name" in raw else None,
        articles=MappingProxyType({a.number: a for a in articles}),
        article_order=tuple(a.number for a in articles),
    )


def parse_library(data: object, *, source: str = "<memory>") -> RuleLibrary:
    """Validates decoded library JSON and builds a RuleLibrary; RuleLibraryError if it is not valid."""
    validator = jsonschema.Draft202012Validator(_library_schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise RuleLibraryError(
            f"rule library {source} does not match its schema at {where}: {first.message[:300]}"
        )
    assert isinstance(data, dict)
    # Frozen so that nobody can change a cached library (or a result's texts) by accident.
    frozen: Mapping[str, Any] = _freeze(data)
    try:
        library = _build(frozen, source)
    except (KeyError, ValueError) as exc:
        raise RuleLibraryError(f"rule library {source} is inconsistent: {exc}") from None
    _check_consistency(library, frozen)
    return library


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    return value


def _channel(raw: Mapping[str, Any]) -> ComplaintChannel:
    period = raw.get("acceptance_period")
    return ComplaintChannel(
        raw["id"],
        raw["jurisdiction"],
        _text(raw["names"]),
        _text(raw["hint"]),
        raw["when"],
        _cite_rules(raw["cites"]),
        None
        if period is None
        else ChannelPeriod(period["days"], period["unit"], period["statutory"], _text(period["basis"])),
    )


def _build(data: Mapping[str, Any], source: str) -> RuleLibrary:
    instruments: dict[str, Instrument] = {}
    for raw in data["instruments"]:
        instrument = _instrument(raw)
        if instrument.id in instruments:
            raise ValueError(f"instrument {instrument.id} appears twice")
        if len(instrument.articles) != len(raw["articles"]):
            raise ValueError(f"{instrument.id}: an article appears twice")
        instruments[instrument.id] = instrument
    return RuleLibrary(
        version=data["library_version"],
        as_of=date.fromisoformat(data["as_of"]),
        instruments=MappingProxyType(instruments),
        cities=tuple(City(c["id"], tuple(c["names"]), tuple(c["province_prefixes"])) for c in data["cities"]),
        place_groups=MappingProxyType({k: frozenset(v) for k, v in data["place_groups"].items()}),
        definitions=data["definitions"],
        fact_labels=data["fact_labels"],
        grounds=tuple(
            Ground(
                g["id"],
                g["jurisdiction"],
                g["breach"],
                _text(g["title"]),
                _text(g["explanation"]),
                g["when"],
                _cite_rules(g["cites"]),
            )
            for g in data["grounds"]
        ),
        request_types=tuple(
            RequestType(
                r["id"], r["jurisdiction"], _text(r["names"]), r["suggest_when"], _cite_rules(r["cites"])
            )
            for r in data["request_types"]
        ),
        common_request_cites=MappingProxyType(
            {k: _cite_rules(v) for k, v in data["common_request_cites"].items()}
        ),
        complaint_channels=tuple(_channel(c) for c in data["complaint_channels"]),
        reply_periods=tuple(
            ReplyPeriodRule(
                r["id"],
                r["jurisdiction"],
                r["when"],
                r["days"],
                r["unit"],
                r["statutory"],
                _text(r["basis"]),
                _cite_rules(r["cites"]),
            )
            for r in data["reply_periods"]
        ),
        caveats=tuple(
            Caveat(c["id"], c["jurisdiction"], c["when"], _text(c["text"]), _cite_rules(c["cites"]))
            for c in data["caveats"]
        ),
        source=source,
    )


def _check_consistency(library: RuleLibrary, data: Mapping[str, Any]) -> None:
    problems: list[str] = []
    facts_properties: Mapping[str, Any] = _facts_schema()["properties"]
    city_ids = {c.id for c in library.cities}
    ground_ids = [g.id for g in library.grounds]
    request_ids = [r.id for r in library.request_types]

    for kind, ids in (
        ("ground", ground_ids),
        ("request type", request_ids),
        ("complaint channel", [c.id for c in library.complaint_channels]),
        ("reply period", [r.id for r in library.reply_periods]),
        ("caveat", [c.id for c in library.caveats]),
        ("city", [c.id for c in library.cities]),
    ):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            problems.append(f"duplicate {kind} ids: {', '.join(duplicates)}")

    place_values = set(facts_properties["place_type"]["enum"])
    for group, members in library.place_groups.items():
        unknown = sorted(members - place_values)
        if unknown:
            problems.append(f"place group {group}: unknown place types {unknown}")

    for instrument in library.instruments.values():
        if instrument.city is not None and instrument.city not in city_ids:
            problems.append(f"{instrument.id}: unknown city {instrument.city}")
        if instrument.city is not None and instrument.jurisdiction != "CN":
            problems.append(f"{instrument.id}: local rules exist only for mainland cities")
        for article in instrument.articles.values():
            if article.has_text and not instrument.text_file:
                problems.append(f"{instrument.id} {article.number}: text without a text_file")
            if (
                instrument.text_file
                and not article.has_text
                and not _declares_no_text(data, instrument.id, article.number)
            ):
                problems.append(f"{instrument.id} {article.number}: has a text_file but no paragraphs")

    def check_condition(where: str, condition: Condition | None) -> None:
        if condition is None:
            return
        for node in walk(condition):
            if "fact" in node:
                problems.extend(_check_fact_condition(where, node, facts_properties, library.place_groups))
            elif "city" in node and node["city"] not in city_ids:
                problems.append(f"{where}: unknown city {node['city']}")
            elif "ground" in node and node["ground"] not in ground_ids:
                problems.append(f"{where}: unknown ground {node['ground']}")
            elif "request" in node and node["request"] not in request_ids:
                problems.append(f"{where}: unknown request type {node['request']}")
            elif "ref" in node and node["ref"] not in library.definitions:
                problems.append(f"{where}: unknown definition {node['ref']}")
        try:
            referenced_facts(condition, library.definitions)
        except (KeyError, ValueError) as exc:
            problems.append(f"{where}: {exc}")

    def check_cites(where: str, jurisdiction: str, cites: Iterable[CiteRule]) -> None:
        for rule in cites:
            citation = rule.citation
            try:
                library.check_citation(citation)
            except UnknownCitation as exc:
                problems.append(f"{where}: {exc}")
                continue
            instrument = library.instruments[citation.instrument]
            article = instrument.articles[citation.article]
            if not article.citable or instrument.status == "U":
                problems.append(f"{where}: cites {citation}, which is marked U (unverified)")
            if instrument.jurisdiction != jurisdiction:
                problems.append(f"{where}: cites {citation} outside its jurisdiction {jurisdiction}")
            check_condition(f"{where} ({citation})", rule.when)

    for name, condition in library.definitions.items():
        check_condition(f"definition {name}", condition)
    for ground in library.grounds:
        check_condition(f"ground {ground.id}", ground.when)
        check_cites(f"ground {ground.id}", ground.jurisdiction, ground.cites)
    for request in library.request_types:
        check_condition(f"request type {request.id}", request.suggest_when)
        check_cites(f"request type {request.id}", request.jurisdiction, request.cites)
    for jurisdiction, cites in library.common_request_cites.items():
        check_cites(f"common request citations {jurisdiction}", jurisdiction, cites)
    for channel in library.complaint_channels:
        check_condition(f"channel {channel.id}", channel.when)
        check_cites(f"channel {channel.id}", channel.jurisdiction, channel.cites)
    for period in library.reply_periods:
        check_condition(f"reply period {period.id}", period.when)
        check_cites(f"reply period {period.id}", period.jurisdiction, period.cites)
    for caveat in library.caveats:
        check_condition(f"caveat {caveat.id}", caveat.when)
        check_cites(f"caveat {caveat.id}", caveat.jurisdiction, caveat.cites)
    for jurisdiction in ("CN", "HK"):
        periods = [p for p in library.reply_periods if p.jurisdiction == jurisdiction]
        default = periods[-1] if periods else None
        always_in_scope = default is not None and all(
            library.instruments[r.citation.instrument].effective is None
            and library.instruments[r.citation.instrument].city is None
            and r.when is None
            for r in default.cites
        )
        if default is None or default.when != {"always": True} or not always_in_scope:
            problems.append(
                f"reply periods for {jurisdiction} must end with an unconditional, always-in-scope default"
            )

    if problems:
        shown = "; ".join(problems[:8])
        more = f" (and {len(problems) - 8} more)" if len(problems) > 8 else ""
        raise RuleLibraryError(f"rule library {library.source} is inconsistent: {shown}{more}")


def _declares_no_text(data: Mapping[str, Any], instrument_id: str, number: str) -> bool:
    for raw in data["instruments"]:
        if raw["id"] == instrument_id:
            for article in raw["articles"]:
                if article["article"] == number:
                    return article.get("text_available", True) is False
    return False


def _check_fact_condition(
    where: str, node: Condition, facts_properties: Mapping[str, Any], groups: Mapping[str, frozenset[str]]
) -> list[str]:
    path: str = node["fact"]
    schema: Any = {"properties": facts_properties}
    for part in path.split("."):
        schema = schema.get("properties", {}).get(part)
        if schema is None:
            return [f"{where}: unknown fact {path}"]
    if "in_group" in node:
        return [] if node["in_group"] in groups else [f"{where}: unknown place group {node['in_group']}"]
    values = [node[op] for op in ("eq", "ne") if op in node]
    for op in ("in", "not_in"):
        values.extend(node.get(op, []))
    allowed = schema.get("enum")
    problems = []
    for value in values:
        if allowed is not None and value not in allowed:
            problems.append(f"{where}: {path} can never be {value!r}")
        elif allowed is None and schema.get("type") == "boolean" and not isinstance(value, bool):
            problems.append(f"{where}: {path} is a boolean, not {value!r}")
    return problems


@lru_cache(maxsize=8)
def _load_file(path: str, mtime_ns: int) -> RuleLibrary:
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleLibraryError(f"rule library not found: {file}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise RuleLibraryError(f"rule library {file} cannot be read: {exc}") from None
    return parse_library(data, source=str(file))


def _load_path(file: Path) -> RuleLibrary:
    file = file.resolve()
    try:
        mtime = file.stat().st_mtime_ns
    except OSError:
        raise RuleLibraryError(f"rule library not found: {file}") from None
    return _load_file(str(file), mtime)


def load_library_from(folder: Path) -> RuleLibrary:
    """The library in a rules folder laid out like resources/rules/ (entry file library.json).

    Used by app.update to refuse a rule pack whose library would not load (RuleLibraryError).
    """
    return _load_path(Path(folder) / LIBRARY_FILE)


def load_library(path: Path | None = None) -> RuleLibrary:
    """The rule library in use.

    With `path`: exactly that library.json. Otherwise the installed signed rule pack when app.update
    reports one that is valid and newer than the bundled library and it loads, else the bundled
    resources/rules/library.json. Loaded libraries are cached per file and modification time.
    """
    if path is not None:
        return _load_path(path)
    bundled = _load_path(bundled_library_path())
    folder = _installed_rules_folder(bundled.version)
    if folder is None:
        return bundled
    try:
        installed = load_library_from(folder)
    except RuleLibraryError as exc:
        log.warning("installed rule pack ignored, using the bundled library: %s", exc)
        return bundled
    if version_key(installed.version) <= version_key(bundled.version):
        return bundled
    return installed


def _installed_rules_folder(bundled_version: str) -> Path | None:
    try:
        store = importlib.import_module("app.update.store")
    except ModuleNotFoundError:
        return None
    finder = getattr(store, "installed_payload_dir", None)
    if finder is None:
        return None
    folder = finder("rules", newer_than=bundled_version)
    return Path(folder) if folder is not None else None
