"""法规 Rules: the rule library's instruments and articles — verbatim Chinese text, English summary.

The texts come from the rule library (which reads resources/texts/, copies of the official
publications); articles the library has no official text for are shown as "cited by number only",
never paraphrased as law. Searching filters the tree in memory (the library is small).
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.errors import message_for
from ui.i18n import core_lang, translate
from ui.widgets.message_banner import BannerLevel, MessageBanner

KEY_ROLE = Qt.ItemDataRole.UserRole + 20  # (instrument_id, article or None)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 21  # lower-cased searchable text


def _status_words(status: str) -> str:
    return {
        "V": translate("RulesPage", "checked against the official text"),
        "S": translate("RulesPage", "from a secondary source; check before relying on it"),
        "U": translate("RulesPage", "not verified"),
    }.get(status, status)


class RulesPage(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.library: Any = None
        title = QLabel(translate("RulesPage", "Rules"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self)
        self.version_label.setStyleSheet("color: palette(placeholder-text);")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.version_label)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("RulesPage", "Search the rules, e.g. 单独同意 or consent"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("RulesPage", "Search the rules"))
        self.search.textChanged.connect(self.apply_filter)
        self.banner = MessageBanner(self)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("RulesPage", "Laws and articles"))
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(translate("RulesPage", "Article text"))
        self.text.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 560])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 4, 8)
        layout.addLayout(header)
        layout.addWidget(self.search)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self._load()

    # --- content -----------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            self.library = self.context.rule_library()
        except Exception as exc:  # noqa: BLE001 - the page says what is wrong, the app goes on
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            return
        from app.rules.model import localized

        lang = core_lang()
        library = self.library
        self.version_label.setText(
            translate("RulesPage", "Rule library %1, as of %2")
            .replace("%1", str(library.version))
            .replace("%2", library.as_of.isoformat())
        )
        for instrument in library.instruments.values():
            name = instrument.name(lang)
            region = translate("RulesPage", "Hong Kong") if instrument.jurisdiction == "HK" else ""
            label = (
                f"{name}（{region}）"
                if region and lang.startswith("zh")
                else (f"{name} ({region})" if region else name)
            )
            top = QTreeWidgetItem(self.tree, [label])
            top.setData(0, KEY_ROLE, (instrument.id, None))
            top.setToolTip(0, name)
            searchable = [
                name,
                localized(instrument.short_names, "en"),
                localized(instrument.names, "zh-CN"),
                localized(instrument.names, "en"),
                instrument.id,
            ]
            for number in instrument.article_order:
                article = instrument.articles[number]
                heading = self._article_heading(instrument.id, number)
                topic = localized(article.topic, lang)
                child = QTreeWidgetItem(top, [f"{heading}  {topic}" if topic else heading])
                child.setData(0, KEY_ROLE, (instrument.id, number))
                text = ""
                if article.paragraphs is not None:
                    text = " ".join(p.text + " ".join(p.items) for p in article.paragraphs)
                child.setData(
                    0,
                    SEARCH_ROLE,
                    " ".join(
                        [
                            heading,
                            topic,
                            localized(article.topic, "en"),
                            localized(article.topic, "zh-CN"),
                            article.summary_en,
                            text,
                            number,
                        ]
                    ).lower(),
                )
            top.setData(0, SEARCH_ROLE, " ".join(searchable).lower())
        self.tree.expandToDepth(-1)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _article_heading(self, instrument_id: str, number: str) -> str:
        from app.rules import Citation, format_citation

        lang = core_lang()
        full = format_citation(Citation(instrument_id, number), lang, self.library)
        if lang.startswith("zh") and "》" in full:
            tail = full.rsplit("》", 1)[1]
            return re.sub(r"^（[^）]*）", "", tail) or full
        if full.startswith("Article ") or full.startswith("section "):
            return full.split(" of ", 1)[0]
        return full

    def _tops(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def _children(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = (top.child(j) for j in range(top.childCount()))
        return [item for item in items if item is not None]

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for top in self._tops():
            top_match = bool(needle) and needle in str(top.data(0, SEARCH_ROLE) or "")
            any_child = False
            for child in self._children(top):
                match = not needle or top_match or needle in str(child.data(0, SEARCH_ROLE) or "")
                child.setHidden(not match)
                any_child = any_child or match
            top.setHidden(bool(needle) and not any_child and not top_match)

    def visible_article_count(self) -> int:
        count = 0
        for top in self._tops():
            if not top.isHidden():
                count += sum(1 for child in self._children(top) if not child.isHidden())
        return count

    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is None or self.library is None:
            return
        instrument_id, article = current.data(0, KEY_ROLE)
        self.show_article(instrument_id, article)

    def show_article(self, instrument_id: str, article: str | None) -> None:
        from app.rules.model import localized

        lang = core_lang()
        instrument = self.library.instrument(instrument_id)
        esc = html.escape
        parts = [f"<h2>{esc(instrument.name(lang))}</h2>"]
        facts = []
        issuer = localized(instrument.issuer, lang)
        if issuer:
            facts.append(esc(translate("RulesPage", "Issued by: %1").replace("%1", issuer)))
        if instrument.document_number:
            facts.append(
                esc(translate("RulesPage", "Document number: %1").replace("%1", instrument.document_number))
            )
        facts.append(
            esc(
                translate("RulesPage", "In force since: %1").replace("%1", instrument.effective.isoformat())
                if instrument.effective
                else translate("RulesPage", "In force for every date the app handles")
            )
        )
        facts.append(
            esc(translate("RulesPage", "Source: %1").replace("%1", _status_words(instrument.status)))
        )
        parts.append(f"<p style='color:{theme.colours().muted}'>" + "<br/>".join(facts) + "</p>")
        if article is None:
            count = len(instrument.articles)  # a plain name: lupdate drops calls whose count is an expression
            articles = translate("RulesPage", "%n article(s) in the library.", None, count)
            parts.append("<p>" + esc(articles) + "</p>")
            if instrument.note_en and not lang.startswith("zh"):
                parts.append(f"<p>{esc(instrument.note_en)}</p>")
            self.text.setHtml("".join(parts))
            return
        entry = instrument.articles[article]
        heading = self._article_heading(instrument_id, article)
        topic = localized(entry.topic, lang)
        parts.append(f"<h3>{esc(heading)}{'　' + esc(topic) if topic else ''}</h3>")
        if entry.paragraphs is not None and entry.wording_status == "V":
            parts.append("<div style='font-size:12pt; line-height:150%'>")
            for paragraph in entry.paragraphs:
                parts.append(f"<p>{esc(paragraph.text)}</p>")
                for item in paragraph.items:
                    parts.append(f"<p style='margin-left:2em'>{esc(item)}</p>")
            parts.append("</div>")
        else:
            parts.append(
                f"<p style='color:{theme.colours().caveat}'>"
                + esc(
                    translate(
                        "RulesPage",
                        "The official text of this article is not included in the app. "
                        "It is cited by its number only; read it in the official publication.",
                    )
                )
                + "</p>"
            )
        if entry.summary_en:
            parts.append(
                "<p><b>"
                + esc(translate("RulesPage", "Summary in English"))
                + "</b><br/>"
                + esc(entry.summary_en)
                + "</p>"
            )
        self.text.setHtml("".join(parts))

    # --- navigation --------------------------------------------------------------------------------
    def navigate_to(self, instrument: str | None = None, article: str | None = None, **_kwargs: Any) -> None:
        if instrument is None:
            return
        self.search.clear()
        for top in self._tops():
            inst, _ = top.data(0, KEY_ROLE)
            if inst != instrument:
                continue
            target = top
            for child in self._children(top):
                if child.data(0, KEY_ROLE)[1] == article:
                    target = child
            self.tree.setCurrentItem(target)
            self.tree.scrollToItem(target)
            return

    def current_key(self) -> tuple[str, str | None] | None:
        item = self.tree.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None
