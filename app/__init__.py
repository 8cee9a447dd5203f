"""FaceLedger core: vault, rule library, letters, tracking. Never imports Qt (ui/ owns Qt)."""

__version__ = "0.1.0"
APP_ID = "org.faceledger.FaceLedger"
