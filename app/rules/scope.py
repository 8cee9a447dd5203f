"""Time, jurisdiction and city scope of instruments.

An instrument is cited only when the record's last known processing date is on or after the date it
took effect, the record is in its jurisdiction (mainland instruments never for Hong Kong and the
reverse), and, for local rules, the record's city is the instrument's city.
"""

from __future__ import annotations

from datetime import date

from app.rules.model import Instrument


def in_scope(instrument: Instrument, *, jurisdiction: str, city: str | None, processing: date) -> bool:
    if instrument.jurisdiction != jurisdiction:
        return False
    if instrument.city is not None and instrument.city != city:
        return False
    return instrument.effective is None or processing >= instrument.effective


def not_yet_in_force(
    instrument: Instrument, *, jurisdiction: str, city: str | None, processing: date
) -> bool:
    """In the record's jurisdiction and city, but effective only after the processing date."""
    if instrument.jurisdiction != jurisdiction or (instrument.city is not None and instrument.city != city):
        return False
    return instrument.effective is not None and processing < instrument.effective
