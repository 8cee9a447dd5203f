"""The record form's "Place on the map": the record's GB/T 2260 code, shown and correctable.

While the user types the city and address, the field shows where the record will be placed
(app.geo.coding reads the same text the vault will). A stored record shows its stored place;
"Change…" picks another unit (search by name, pinyin or code); ambiguous names offer their
alternatives as links. A correction is applied right after the record is saved (app.geo.store.
set_place), so it is never saved for text the user is still changing.

"Use a photo's position…" reads the EXIF GPS of this record's photos — only after the person has
agreed in a dialog that says the position stays in the vault and is never exported. The precise
position can be removed again at any time.

RecordEditorDialog includes it with `attach_location_field(dialog, context, record_id)`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.geo.coding import Placement, code_location, location_text
from app.geo.gazetteer import load_gazetteer
from app.geo.store import RecordPlace
from ui import dialogs
from ui.i18n import translate
from ui.tasks import DbOp

AUTO = ""  # pending value meaning "read the place from the text again"


class CodePicker(QDialog):
    """Search the gazetteer by name, pinyin or code and pick one unit."""

    def __init__(self, initial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LocationField", "Choose the place"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            translate("LocationField", "Name, pinyin or code, e.g. 朝阳 or 110105")
        )
        self.search.setAccessibleName(translate("LocationField", "Search places"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(translate("LocationField", "Places found"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._refresh)
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.results.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.search.setText(initial)
        self._refresh(initial)
        self.resize(420, 420)

    def _refresh(self, text: str) -> None:
        gazetteer = load_gazetteer()
        self.results.clear()
        for unit in gazetteer.search(text, limit=50):
            item = QListWidgetItem(f"{gazetteer.full_name(unit.code)}  {unit.code}")
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.ok.setEnabled(self.results.count() > 0)

    def chosen(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class LocationField(QWidget):
    def __init__(self, context: Any, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.stored: RecordPlace | None = None
        self.preview: Placement | None = None
        self.pending: str | None = None  # a code, AUTO, or None (nothing to change)
        self.suggested: str | None = None  # nearest district to a consented photo position
        self.form_text: str | None = None  # app.geo.coding.location_text of what the form holds now

        self.title = QLabel(translate("LocationField", "Place on the map"), self)
        self.place = QLabel(self)
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.place.setWordWrap(True)
        self.place.setAccessibleName(translate("LocationField", "Place on the map"))
        self.alternatives = QLabel(self)
        self.alternatives.setTextFormat(Qt.TextFormat.RichText)
        self.alternatives.setWordWrap(True)
        self.alternatives.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.alternatives.linkActivated.connect(self.choose)
        self.change_button = QPushButton(translate("LocationField", "Change…"), self)
        self.change_button.setToolTip(translate("LocationField", "Choose the city or district yourself"))
        self.change_button.clicked.connect(self.pick)
        self.auto_button = QPushButton(translate("LocationField", "Read it from the city and address"), self)
        self.auto_button.clicked.connect(lambda: self.choose(AUTO))
        self.gps_button = QPushButton(translate("LocationField", "Use a photo's position…"), self)
        self.gps_button.setToolTip(
            translate("LocationField", "Only with your agreement; the position never leaves this vault")
        )
        self.gps_button.clicked.connect(self.use_photo_position)
        self.gps = QLabel(self)
        self.gps.setWordWrap(True)
        self.remove_gps_button = QPushButton(translate("LocationField", "Remove the precise position"), self)
        self.remove_gps_button.clicked.connect(self.remove_photo_position)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.auto_button)
        buttons.addWidget(self.gps_button)
        buttons.addStretch(1)
        gps_row = QHBoxLayout()
        gps_row.setContentsMargins(0, 0, 0, 0)
        gps_row.addWidget(self.gps, 1)
        gps_row.addWidget(self.remove_gps_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addWidget(self.alternatives)
        layout.addLayout(buttons)
        layout.addLayout(gps_row)
        self.gps_button.setVisible(record_id is not None)
        if record_id is not None:
            self.reload()
        self._render()

    # --- state ------------------------------------------------------------------------------------
    def reload(self) -> None:
        from app.geo.store import code_unplaced, get_place

        record_id = self.record_id
        if record_id is None:
            return

        def load(vault: Any) -> RecordPlace | None:
            place = get_place(vault, record_id)
            if place is None:
                code_unplaced(vault)
                place = get_place(vault, record_id)
            return place

        DbOp(self.context.worker, self, load).success(self._on_loaded).failure(lambda _e: None).run()

    def _on_loaded(self, place: RecordPlace | None) -> None:
        self.stored = place
        self._render()

    def update_from_text(self, city: str, address: str, place_name: str, jurisdiction: str) -> None:
        """The form changed: where would the record be placed now?"""
        self.preview = code_location(city, f"{address} {place_name}", jurisdiction or "CN")
        facts = {"jurisdiction": jurisdiction, "city": city, "address": address, "place_name": place_name}
        self.form_text = location_text({k: v.strip() for k, v in facts.items()})
        self._render()

    def _correction_holds(self) -> bool:
        """A stored correction applies while the place text is the one it was made for."""
        return (
            self.stored is not None
            and self.stored.source == "user"
            and self.pending != AUTO
            and (self.form_text is None or self.form_text == self.stored.coded_from)
        )

    def choose(self, code: str) -> None:
        self.pending = code
        self._render()

    def pick(self) -> None:
        picker = CodePicker(self._current_code() or "", self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self.choose(str(picker.chosen()))

    def _current_code(self) -> str:
        if self.pending not in (None, AUTO):
            return str(self.pending)
        if self._correction_holds() or self.preview is None:
            return self.stored.code if self.stored else ""
        return self.preview.code

    def _render(self) -> None:
        gazetteer = load_gazetteer()
        code = self._current_code()
        if self.pending not in (None, AUTO):
            how = translate("LocationField", "your choice, saved with the record")
            alternatives: tuple[str, ...] = ()
        elif self._correction_holds():
            how = translate("LocationField", "your correction")
            alternatives = ()
        else:
            how = translate("LocationField", "read from the city and address")
            source = self.preview or self.stored
            alternatives = source.alternatives if source is not None else ()
        if code and gazetteer.get(code):
            self.place.setText(f"{gazetteer.full_name(code)} · {code} · {how}")
        else:
            self.place.setText(
                translate("LocationField", "Not recognised: the record is not on the map. Choose the place.")
            )
        offers = [c for c in (*alternatives, self.suggested or "") if c and c != code and gazetteer.get(c)]
        if offers:
            links = " · ".join(f'<a href="{c}">{escape(gazetteer.full_name(c))}</a>' for c in offers)
            self.alternatives.setText(translate("LocationField", "Or did you mean: %1").replace("%1", links))
        self.alternatives.setVisible(bool(offers))
        corrected = self.pending not in (None, AUTO) or self._correction_holds()
        self.auto_button.setVisible(corrected)
        has_gps = self.stored is not None and self.stored.gps_lon is not None
        if has_gps:
            assert self.stored is not None
            self.gps.setText(
                translate(
                    "LocationField",
                    "A photo's precise position is kept in this vault with your agreement (%1). "
                    "It is never exported.",
                ).replace("%1", (self.stored.gps_consent_at or "")[:10])
            )
        self.gps.setVisible(has_gps)
        self.remove_gps_button.setVisible(has_gps)

    # --- saving -----------------------------------------------------------------------------------
    def apply_after_save(self, record_id: int) -> None:
        """Connected to the editor's `saved`: store a pending correction for the saved record."""
        if self.pending is None:
            return
        from app.geo.store import set_place

        code = None if self.pending == AUTO else self.pending
        context = self.context
        self.pending = None
        DbOp(context.worker, None, lambda vault: set_place(vault, record_id, code)).failure(
            lambda exc: context.show_message(_error_text(exc))
        ).run()

    # --- photo position (consent) -------------------------------------------------------------------
    def use_photo_position(self) -> None:
        from app.evidence import list_evidence
        from app.geo.exif import evidence_gps

        record_id = self.record_id
        if record_id is None:
            return

        def find(vault: Any) -> tuple[str, float, float] | None:
            for info in list_evidence(vault, record_id):
                position = evidence_gps(vault, info.id)
                if position is not None:
                    return info.original_name, position[0], position[1]
            return None

        DbOp(self.context.worker, self, find).success(self._ask_consent).failure(lambda _e: None).run()

    def _ask_consent(self, found: tuple[str, float, float] | None) -> None:
        if found is None:
            self.gps.setText(
                translate("LocationField", "None of this record's saved photos has a GPS position.")
            )
            self.gps.setVisible(True)
            return
        name, lon, lat = found
        agreed = dialogs.ask_question(
            self,
            translate("LocationField", "Keep the photo's position?"),
            translate(
                "LocationField",
                "The photo “%1” records where it was taken. FaceLedger can keep this precise position in "
                "your encrypted vault to suggest the district. It is never put in case bundles, statistics "
                "or map exports, and you can remove it at any time. Keep it?",
            ).replace("%1", name),
            yes_text=translate("LocationField", "Keep the position"),
            no_text=translate("LocationField", "Don't keep it"),
        )
        if not agreed:
            return
        from app.geo.store import get_place, nearest_unit_code, set_gps

        record_id = self.record_id
        assert record_id is not None

        def store(vault: Any) -> tuple[RecordPlace | None, str]:
            set_gps(vault, record_id, lon, lat, consent=True)
            return get_place(vault, record_id), nearest_unit_code(lon, lat)

        DbOp(self.context.worker, self, store).success(self._on_gps_stored).failure(
            lambda exc: self.gps.setText(_error_text(exc))
        ).run()

    def _on_gps_stored(self, result: tuple[RecordPlace | None, str]) -> None:
        self.stored, self.suggested = result
        self._render()

    def remove_photo_position(self) -> None:
        from app.geo.store import clear_gps, get_place

        record_id = self.record_id
        if record_id is None:
            return

        def clear(vault: Any) -> RecordPlace | None:
            clear_gps(vault, record_id)
            return get_place(vault, record_id)

        self.suggested = None
        DbOp(self.context.worker, self, clear).success(self._on_loaded).run()


def _error_text(exc: BaseException) -> str:
    from ui.errors import message_for

    return message_for(exc)


def attach_location_field(dialog: Any, context: Any, record_id: int | None) -> LocationField:
    """Put the field under the address in RecordEditorDialog's form and wire it up."""
    form = dialog.form
    address_holder = form.fields["address"].widget.parentWidget()
    layout = address_holder.parentWidget().layout()
    field = LocationField(context, record_id, address_holder.parentWidget())
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(address_holder)
        layout.insertRow(row + 1, field)

    def text_changed() -> None:
        def text(path: str) -> str:
            widget = form.fields[path].widget
            return widget.text() if isinstance(widget, QLineEdit) else str(widget.currentData() or "")

        field.update_from_text(text("city"), text("address"), text("place_name"), text("jurisdiction"))

    form.changed.connect(text_changed)
    dialog.saved.connect(field.apply_after_save)
    return field
