"""Albers equal-area conic projection for China (standard parallels 25°N and 47°N, central meridian
105°E), the projection commonly used for national maps of China. Kilometres, y pointing north.

Only points are projected: the map draws dots at the seats of administrative units, no outlines.
"""

from __future__ import annotations

import math

_R = 6371.0
_PHI1 = math.radians(25.0)
_PHI2 = math.radians(47.0)
_LAM0 = math.radians(105.0)
_PHI0 = math.radians(0.0)
_N = (math.sin(_PHI1) + math.sin(_PHI2)) / 2
_C = math.cos(_PHI1) ** 2 + 2 * _N * math.sin(_PHI1)
_RHO0 = _R * math.sqrt(_C - 2 * _N * math.sin(_PHI0)) / _N


def project(lon: float, lat: float) -> tuple[float, float]:
    """(x, y) in km from the projection's origin; y grows northwards."""
    phi = math.radians(lat)
    theta = _N * (math.radians(lon) - _LAM0)
    rho = _R * math.sqrt(_C - 2 * _N * math.sin(phi)) / _N
    return rho * math.sin(theta), _RHO0 - rho * math.cos(theta)


def unproject(x: float, y: float) -> tuple[float, float]:
    """Inverse of `project` (lon, lat), for showing the position under the mouse."""
    rho = math.hypot(x, _RHO0 - y)
    theta = math.atan2(x, _RHO0 - y)
    sin_phi = (_C - (rho * _N / _R) ** 2) / (2 * _N)
    lat = math.degrees(math.asin(max(-1.0, min(1.0, sin_phi))))
    lon = math.degrees(_LAM0 + theta / _N)
    return lon, lat


def bounds(
    points: list[tuple[float, float]], *, min_span_km: float = 400.0
) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y) of projected points, at least `min_span_km` wide and high."""
    if not points:
        # Mainland China, Hong Kong and Macao's seats (Urumqi to Harbin, Sanya to Mohe).
        points = [project(75.0, 18.0), project(135.0, 53.5), project(75.0, 53.5), project(135.0, 18.0)]
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
    if max_x - min_x < min_span_km:
        mid = (min_x + max_x) / 2
        min_x, max_x = mid - min_span_km / 2, mid + min_span_km / 2
    if max_y - min_y < min_span_km:
        mid = (min_y + max_y) / 2
        min_y, max_y = mid - min_span_km / 2, mid + min_span_km / 2
    return min_x, min_y, max_x, max_y
