"""Letter wording as data: resources/templates/letters/<lang>.json, one file per letter language.

Each language is written natively (zh-HK is Hong Kong Traditional Chinese with Hong Kong terms, not a
conversion of mainland wording). Keys are dotted paths ("request.deletion.ask"); values are strings
with {named} fields filled by `Phrases.get`. A missing key is a programming error and raises, so a
language file that lags behind the composer is caught by the tests rather than printing a blank.
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from typing import Any

from app.errors import LetterError
from app.paths import resources_path


class Phrases:
    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self._data = data

    def has(self, key: str) -> bool:
        try:
            self._lookup(key)
            return True
        except KeyError:
            return False

    def _lookup(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(key)
            node = node[part]
        return node

    def get(self, key: str, **fields: object) -> str:
        try:
            value = self._lookup(key)
        except KeyError:
            raise LetterError(f"letter wording missing for {self.lang}: {key}") from None
        if isinstance(value, list):
            value = "".join(value)
        if not isinstance(value, str):
            raise LetterError(f"letter wording {self.lang}:{key} is not a string")
        try:
            return string.Formatter().vformat(value, (), fields)
        except KeyError as exc:
            raise LetterError(f"letter wording {self.lang}:{key} needs field {exc}") from None

    def get_list(self, key: str) -> list[str]:
        value = self._lookup(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LetterError(f"letter wording {self.lang}:{key} is not a list of strings")
        return value

    def get_or(self, key: str, default: str, **fields: object) -> str:
        return self.get(key, **fields) if self.has(key) else default


@lru_cache(maxsize=8)
def load_phrases(lang: str) -> Phrases:
    path = resources_path("templates", "letters", f"{lang}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LetterError(f"no letter wording for language {lang!r}") from None
    if not isinstance(data, dict):
        raise LetterError(f"letter wording file {path.name} is not a JSON object")
    return Phrases(lang, data)
