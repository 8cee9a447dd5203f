"""Letter → .eml (RFC 5322, UTF-8) for the user's own mail client; FaceLedger never sends mail itself.

The subject carries the reference code so a reply (which keeps the subject) can be matched to the
request. The body is the plain-text letter; the PDF can be attached so the recipient gets the signed
printable form too.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from app.letters.model import Letter
from app.letters.text import render_text


def _address(name: str, email: str) -> str:
    local, _, domain = email.partition("@")
    return str(Address(display_name=name, username=local, domain=domain))


def render_eml(letter: Letter, *, pdf: bytes | None = None, now: datetime | None = None) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["Subject"] = letter.email_subject
    sender = letter.sender
    if sender is not None and sender.email:
        message["From"] = _address(sender.name, sender.email)
    if letter.recipient_email:
        message["To"] = _address(letter.recipient_name, letter.recipient_email)
    moment = now or datetime.now().astimezone()
    message["Date"] = format_datetime(moment)
    domain = sender.email.partition("@")[2] if sender is not None and sender.email else "faceledger.invalid"
    message["Message-ID"] = make_msgid(idstring=letter.reference, domain=domain)
    message["Content-Language"] = letter.lang
    message.set_content(render_text(letter), subtype="plain", charset="utf-8", cte="8bit")
    if pdf is not None:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{letter.reference}.pdf")
    return message.as_bytes()
