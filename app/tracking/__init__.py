"""Tracking responses: request lifecycle, working-day deadlines, escalation letters, .ics export.

Modules: `deadlines` (pure date arithmetic on the official calendar), `lifecycle` (the status machine,
pure), `requests` (requests and their timelines in the vault), `escalation` (reminder and complaint
letters from a timeline), `ics` (calendar export).
"""
