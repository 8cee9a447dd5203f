"""Case bundles: one encrypted, authenticated file carrying a case (records, evidence, requests with
their letters as sent, timelines) from one vault to another.

    export_bundle(vault, out, passphrase, *, profile_id=None, record_ids=(), redacted=False) -> ExportReport
    import_bundle(vault, path, passphrase) -> ImportReport        BundleError subclasses, nothing changed
    imported_bundles(vault) -> list of dicts

Modules: format (container: header, Argon2id, STREAM of ChaCha20-Poly1305 chunks, limits), content
(manifest schema and strict parser), export, importer (merge), redact (images, names, ID numbers).
"""

from app.bundle.export import ExportReport, export_bundle
from app.bundle.format import DEFAULT_LIMITS, BundleLimits
from app.bundle.importer import Conflict, ImportReport, import_bundle, imported_bundles

__all__ = [
    "DEFAULT_LIMITS",
    "BundleLimits",
    "Conflict",
    "ExportReport",
    "ImportReport",
    "export_bundle",
    "import_bundle",
    "imported_bundles",
]
