"""Live "which rights apply and why" for the record form (SPEC: shows, live, which rights apply).

Shows the RuleResult of app.rules.check for the facts as they are now: each ground that holds with
its plain explanation and its citations as links; the requests that fit; the reply period. A link
opens the article in the Rules browser (`article_requested(instrument, article)`).

Everything shown comes from the rule library; HTML is built with every text escaped.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui import theme
from ui.i18n import core_lang, translate

LINK_SCHEME = "faceledger-article"


class GroundsPanel(QWidget):
    article_requested = Signal(str, str)  # instrument id, article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(translate("GroundsPanel", "Your rights here"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("GroundsPanel", "Your rights here"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.browser, 1)
        self.ground_ids: tuple[str, ...] = ()
        self.show_waiting(
            translate("GroundsPanel", "Answer the questions on the left; what applies appears here.")
        )

    def show_waiting(self, text: str) -> None:
        self.ground_ids = ()
        self.browser.setHtml(f"<p style='color:{theme.colours().muted}'>{html.escape(text)}</p>")

    def show_result(self, result: Any, library: Any) -> None:
        from app.rules import format_citation
        from app.rules.model import localized

        lang = core_lang()
        self.ground_ids = tuple(g.id for g in result.grounds)
        parts: list[str] = []
        specific = [g for g in result.grounds if g.triggered_by]
        general = [g for g in result.grounds if not g.triggered_by]
        if not specific:
            parts.append(
                "<p>"
                + html.escape(
                    translate(
                        "GroundsPanel",
                        "From these answers, no specific problem stands out yet. "
                        "The general rules below still apply.",
                    )
                )
                + "</p>"
            )
        for ground in [*specific, *general]:
            # Breached grounds in the tested breach colour; the others in the palette's text colour.
            style = f" style='color:{theme.colours().breach}'" if ground.triggered_by else ""
            parts.append(
                f"<p style='margin-bottom:2px'><b{style}>"
                f"{html.escape(localized(ground.title, lang))}</b></p>"
            )
            parts.append(f"<p style='margin-top:0'>{html.escape(localized(ground.explanation, lang))}<br/>")
            links = []
            for citation in ground.citations:
                label = format_citation(citation, lang, library)
                href = f"{LINK_SCHEME}:{citation.instrument}/{citation.article}"
                links.append(f"<a href='{html.escape(href, quote=True)}'>{html.escape(label)}</a>")
            parts.append("<small>" + "<br/>".join(links) + "</small></p>")
        if result.request_types:
            names = [library.request_type_name(t, lang) for t in result.request_types]
            parts.append(
                "<p><b>"
                + html.escape(translate("GroundsPanel", "You can ask for:"))
                + "</b> "
                + html.escape(" · ".join(names))
                + "</p>"
            )
        period = result.reply_period
        days = period.days  # a plain name: lupdate drops calls whose count is an expression
        unit = (
            translate("GroundsPanel", "%n working day(s)", None, days)
            if period.unit == "working_days"
            else translate("GroundsPanel", "%n day(s)", None, days)
        )
        parts.append(
            "<p><b>"
            + html.escape(translate("GroundsPanel", "Reply expected within:"))
            + "</b> "
            + html.escape(unit)
            + "<br/><small>"
            + html.escape(localized(period.basis, lang))
            + "</small></p>"
        )
        caveat_colour = theme.colours().caveat
        for caveat in result.caveats:
            text = html.escape(localized(caveat.text, lang))
            parts.append(f"<p style='color:{caveat_colour}'>{text}</p>")
        self.browser.setHtml("".join(parts))

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != LINK_SCHEME:
            return
        target = url.path()
        instrument, _, article = target.partition("/")
        if instrument and article:
            self.article_requested.emit(instrument, article)
