"""Chinese full-text search over records.

FTS5's `trigram` tokenizer cannot match queries shorter than three characters, and Chinese users
search with two (物业, 小区, 酒店). So we tokenise in Python: every run of CJK characters becomes
its overlapping bigrams plus the run's last character alone (so that every character starts at
least one token), and everything else becomes lower-cased words (NFKC first, so full-width ＡＢＣ１
matches ABC1). The tokens, joined by spaces, go into a contentless FTS5 table (unicode61 splits on
the spaces only) with rowid = records.id; the text itself is never stored twice.

Traditional and Simplified characters are folded together (OpenCC's character tables, with the
Hong Kong and Taiwan variant forms), so 物業 finds 物业 and 區 finds 区: a vault may hold Hong Kong
and mainland cases side by side. Folding happens on both sides, indexing and querying, so it only
has to be consistent, not a perfect conversion.

A query is split on whitespace into terms that must all match (AND). A CJK part of two or more
characters becomes the phrase of its bigrams ("物业公司" -> "物业 业公 公司"), a single CJK
character becomes a prefix query, and a word becomes a prefix query (van -> Vanke).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

# Han (with extensions and compatibility ideographs), kana, hangul: scripts written without spaces.
_CJK = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
    "\U00020000-\U0002ffff\U00030000-\U0003134f"
)
_TOKEN_RE = re.compile(rf"([{_CJK}]+)|([^\W{_CJK}_]+)")

MAX_QUERY_TERMS = 16
MAX_QUERY_LENGTH = 200


def _read_char_map(name: str) -> dict[str, str]:
    """One OpenCC character table: 'source<TAB>target [alternatives]' per line, 1:1 mappings only."""
    table = resources.files("opencc_purepy").joinpath("dicts", name).read_text(encoding="utf-8")
    mapping: dict[str, str] = {}
    for line in table.splitlines():
        source, _, targets = line.partition("\t")
        first = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(first) == 1:
            mapping[source] = first
    return mapping


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Traditional (and HK/TW variant) character -> Simplified character, for str.translate."""
    to_simplified = _read_char_map("TSCharacters.txt")
    variants = {**_read_char_map("TWVariantsRev.txt"), **_read_char_map("HKVariantsRev.txt")}
    table: dict[int, str] = {}
    for char in set(to_simplified) | set(variants):
        standard = variants.get(char, char)
        folded = to_simplified.get(standard, standard)
        if folded != char:
            table[ord(char)] = folded
    return table


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().translate(_fold_table())


def fold(text: str) -> str:
    """NFKC, case-folded, Traditional folded to Simplified: the form app.geo matches place names in."""
    return _normalise(text)


def tokens(text: str) -> list[str]:
    """Index tokens for a text: CJK bigrams (+ the last character of each run), Latin/digit words."""
    out: list[str] = []
    for cjk, word in _TOKEN_RE.findall(_normalise(text)):
        if cjk:
            out.extend(cjk[i : i + 2] for i in range(len(cjk) - 1))
            out.append(cjk[-1])
        elif word:
            out.append(word)
    return out


def index_text(parts: Iterable[str | None]) -> str:
    """The string stored in the FTS table for these text fields."""
    return " ".join(t for part in parts if part for t in tokens(part))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for a user query, or None if the query has nothing to search."""
    clauses: list[str] = []
    for cjk, word in _TOKEN_RE.findall(_normalise(query[:MAX_QUERY_LENGTH])):
        if cjk:
            if len(cjk) == 1:
                clauses.append(_quote(cjk) + "*")
            else:
                clauses.append(" + ".join(_quote(cjk[i : i + 2]) for i in range(len(cjk) - 1)))
        elif word:
            clauses.append(_quote(word) + "*")
    if not clauses:
        return None
    return " AND ".join(f"({c})" for c in clauses[:MAX_QUERY_TERMS])


def record_index_text(facts: dict[str, Any], notes: str) -> str:
    """What of a record is searchable: names, places, handler details, notes."""
    handler = facts.get("handler") or {}
    return index_text(
        [
            facts.get("place_name"),
            facts.get("address"),
            facts.get("city"),
            handler.get("name"),
            handler.get("address"),
            handler.get("email"),
            handler.get("phone"),
            handler.get("pi_officer"),
            handler.get("uscc"),
            facts.get("notes"),
            notes,
        ]
    )


def index_record(conn: Any, record_id: int, facts: dict[str, Any], notes: str) -> None:
    """(Re)index one record. Call inside the transaction that writes the record."""
    conn.execute("DELETE FROM records_fts WHERE rowid = ?", (record_id,))
    conn.execute(
        "INSERT INTO records_fts(rowid, tokens) VALUES (?, ?)", (record_id, record_index_text(facts, notes))
    )


def unindex_record(conn: Any, record_id: int) -> None:
    conn.execute("DELETE FROM records_fts WHERE rowid = ?", (record_id,))


def matching_ids_sql(query: str) -> tuple[str, str] | None:
    """(SQL fragment selecting matching record ids, MATCH argument), or None for an empty query."""
    match = fts_query(query)
    if match is None:
        return None
    return "SELECT rowid FROM records_fts WHERE records_fts MATCH ?", match
