"""Case bundles: one encrypted, authenticated file carrying a case (records, evidence, requests with
their letters as sent, timelines) from one vault to another.

    export_bundle(vault, out, passphrase=None, *, recipients=(), profile_id=None, record_ids=(),
                  redacted=False, force=False) -> ExportReport     age to `recipients`, or age+scrypt
    import_bundle(vault, path, passphrase=None) -> ImportReport   BundleError subclasses, nothing changed
    bundle_envelope(path) -> EnvelopeInfo                          ask for a passphrase only if needed
    imported_bundles(vault) -> list of dicts

Modules: sealing (which envelope; age sealing/opening via pyrage, caps), keys (group identities,
trusted recipients, fingerprints, key files and QR codes), format (FLBUNDLE v1 container, still
opened; payload framing and limits), content (manifest schema and strict parser), export, importer
(merge), redact (images, names, ID numbers).
"""

from app.bundle.export import ExportReport, export_bundle
from app.bundle.format import DEFAULT_LIMITS, BundleLimits
from app.bundle.importer import (
    Conflict,
    ImportReport,
    bundle_envelope,
    import_bundle,
    imported_bundles,
    needs_passphrase,
)
from app.bundle.sealing import Envelope, EnvelopeInfo

__all__ = [
    "DEFAULT_LIMITS",
    "BundleLimits",
    "Conflict",
    "Envelope",
    "EnvelopeInfo",
    "ExportReport",
    "ImportReport",
    "bundle_envelope",
    "export_bundle",
    "import_bundle",
    "imported_bundles",
    "needs_passphrase",
]
