"""Where records are: GB/T 2260 coding of a record's city/address, stored positions, map data.

Offline only: the gazetteer ships in resources/geo/ (see docs/MAP.md). No boundary lines anywhere.
"""
