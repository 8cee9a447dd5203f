"""Group keys, trusted recipients, fingerprints, key files and QR images (app/bundle/keys.py).

Real files throughout: key files written to tmp_path, QR PNGs made by segno and read back by zxing-cpp,
keys made by the Debian `age-keygen` when it is installed, a real SQLCipher vault.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.bundle import keys
from app.errors import KeyRefused, NotFound
from tests.unit.vaultutil import files_containing, new_vault, sidecar_paths

GOOD = str(x25519.Identity.generate().to_public())


def _refused(text: str) -> str:
    with pytest.raises(KeyRefused) as caught:
        keys.parse_public_key_text(text)
    return f"{caught.value.reason}: {caught.value}"


def test_a_good_key_with_name_comment_parses_and_has_a_24_digit_fingerprint() -> None:
    parsed = keys.parse_public_key_text(f"# name: 某某公益\n\n  {GOOD}  \n")
    assert parsed.public_key == GOOD and parsed.name == "某某公益"
    groups = parsed.fingerprint.split(" ")
    assert len(groups) == 6 and all(len(g) == 4 and g.isdigit() for g in groups)
    assert keys.fingerprint(GOOD) == parsed.fingerprint  # stable
    other = str(x25519.Identity.generate().to_public())
    assert keys.fingerprint(other) != parsed.fingerprint
    # Upper case (as QR alphanumeric mode may give) is the same key.
    assert keys.parse_public_key_text(GOOD.upper()).public_key == GOOD


def test_fingerprint_comparison_ignores_spacing_and_fullwidth_digits() -> None:
    shown = keys.fingerprint(GOOD)
    told = shown.replace(" ", "-").translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert keys.same_fingerprint(shown, told)
    assert not keys.same_fingerprint(shown, shown[:-1] + str((int(shown[-1]) + 1) % 10))
    assert not keys.same_fingerprint(shown, shown[:10])


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "no_key: no public key found"),
        ("hello world", "not_age: this is not an age public key"),
        ("\x00\x01\x02binary", "binary: "),
        (GOOD[:40], "short: this key is cut short (40 of 62"),
        (GOOD[:-1], "short: this key is cut short (61 of 62"),
        (GOOD + "q", "long: this key is too long"),
        (
            GOOD[:20] + ("q" if GOOD[20] != "q" else "p") + GOOD[21:],
            "checksum: this key has a typo or is damaged",
        ),
        (GOOD[:10] + GOOD[10:].upper(), "mixed_case: this key mixes upper- and lower-case"),
        (
            GOOD[:30] + "b" + GOOD[31:],
            "checksum: this key has a typo or is damaged",
        ),  # 'b' is not a bech32 letter
        ("AGE-SECRET-KEY-1" + "Q" * 58, "secret: this is a SECRET key"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx8 user@host", "ssh: this is an SSH key"),
        ("ed25519:" + "A" * 43 + "=", "signing_key: this is an update-pack signing key"),
        ("age1yubikey1qwertyuiopasdfghjklzxcvbnm", "other_type: this is an age key of another type"),
        (f"{GOOD}\n{x25519.Identity.generate().to_public()}", "several: this holds 2 different keys"),
    ],
)
def test_bad_keys_are_refused_with_a_clear_message(text: str, says: str) -> None:
    assert says in _refused(text)


def test_key_files_garbage_wrong_type_truncated(tmp_path: Path) -> None:
    def refused(name: str, data: bytes) -> str:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(KeyRefused) as caught:
            keys.read_key_file(path)
        return str(caught.value)

    assert "empty" in refused("empty.txt", b"")
    assert "neither a text key file nor a QR" in refused("garbage.bin", bytes(range(256)) * 40)
    assert "too large" in refused("big.txt", b"a" * (keys.MAX_KEY_FILE_BYTES + 10))
    assert "cut short" in refused("cut.txt", (GOOD[:50] + "\n").encode())
    assert "encrypted file" in refused("bundle.age", b"age-encryption.org/v1\n-> X25519 abc\n")
    assert "cannot be read" in refused("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    blank = io.BytesIO()
    Image.new("L", (200, 200), 255).save(blank, "PNG")
    assert "no QR code found" in refused("blank.png", blank.getvalue())
    with pytest.raises(KeyRefused, match="not found"):
        keys.read_key_file(tmp_path / "missing.txt")
    with pytest.raises(KeyRefused, match="folder"):
        keys.read_key_file(tmp_path)


@pytest.mark.skipif(shutil.which("age-keygen") is None, reason="needs the Debian age package")
def test_age_keygen_identity_file_is_refused_as_secret_and_its_public_line_accepted(tmp_path: Path) -> None:
    identity = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(identity)], check=True, capture_output=True)
    with pytest.raises(KeyRefused, match="SECRET key"):
        keys.read_key_file(identity)
    public = subprocess.run(
        ["age-keygen", "-y", str(identity)], check=True, capture_output=True, text=True
    ).stdout
    (tmp_path / "pub.txt").write_text(public)
    assert keys.read_key_file(tmp_path / "pub.txt").public_key == public.strip()


def test_public_key_file_and_qr_code_read_back(tmp_path: Path) -> None:
    text = keys.public_key_file_text("某某公益 Advocacy", GOOD)
    assert keys.fingerprint(GOOD) in text and text.endswith(GOOD + "\n")
    (tmp_path / "group.pub").write_text(text, encoding="utf-8")
    parsed = keys.read_key_file(tmp_path / "group.pub")
    assert (parsed.public_key, parsed.name) == (GOOD, "某某公益 Advocacy")

    png = keys.qr_png("某某公益", GOOD)
    assert png.startswith(b"\x89PNG")
    (tmp_path / "group.png").write_bytes(png)
    parsed = keys.read_key_file(tmp_path / "group.png")
    assert (parsed.public_key, parsed.name) == (GOOD, "某某公益")
    # A photo-like copy: scaled, grey background, saved as JPEG, still reads.
    with Image.open(io.BytesIO(png)) as image:
        photo = Image.new("RGB", (image.width + 200, image.height + 120), (200, 200, 200))
        photo.paste(image.convert("RGB").resize((image.width * 3 // 4, image.height * 3 // 4)), (90, 50))
        out = io.BytesIO()
        photo.save(out, "JPEG", quality=85)
    (tmp_path / "photo.jpg").write_bytes(out.getvalue())
    assert keys.read_key_file(tmp_path / "photo.jpg").public_key == GOOD


def test_group_keys_live_only_inside_the_vault(tmp_path: Path) -> None:
    path = tmp_path / "group.db"
    with new_vault(path) as vault:
        key = keys.create_group_key(vault, "  某某公益\u202e ")
        assert key.name == "某某公益" and key.public_key.startswith("age1") and not key.retired
        ((identity_key, identity),) = keys.group_identities(vault)
        assert identity_key == key and str(identity.to_public()) == key.public_key
        secret = str(identity)
        second = keys.create_group_key(vault, "新钥匙 2027")
        keys.retire_group_key(vault, key.id)
        listed = keys.list_group_keys(vault)
        assert [k.id for k in listed] == [second.id, key.id] and listed[1].retired
        assert [k.id for k in keys.list_group_keys(vault, include_retired=False)] == [second.id]
        assert len(keys.group_identities(vault)) == 2  # retired keys still open old bundles
        with pytest.raises(KeyRefused, match="name"):
            keys.create_group_key(vault, "  ")
        with pytest.raises(NotFound):
            keys.get_group_key(vault, 999)

        sealed = keys.export_identity_sealed(vault, key.id, "导出 passphrase")
        assert secret.encode() not in sealed and sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
        opened = age_passphrase.decrypt(sealed, "导出 passphrase").decode()
        assert secret in opened and key.public_key in opened
        with pytest.raises(KeyRefused):
            keys.export_identity_sealed(vault, key.id, "")
    # The secret key is nowhere in clear on disk (vault, WAL, SHM); neither is the public key.
    on_disk = [path, *sidecar_paths(path)]
    assert files_containing(on_disk, [secret.encode(), key.public_key.encode()]) == []
    control = tmp_path / "control.txt"  # positive control: the scan does find a key in clear
    control.write_text(secret)
    assert files_containing([control], [secret.encode()]) != []


def test_trusted_recipients_add_list_remove(tmp_path: Path) -> None:
    with new_vault(tmp_path / "r.db") as vault:
        own = keys.create_group_key(vault, "我自己")
        added = keys.add_trusted_recipient(vault, "某某公益", keys.parse_public_key_text(GOOD))
        assert added.fingerprint == keys.fingerprint(GOOD)
        with pytest.raises(KeyRefused, match="already trusted, as '某某公益'"):
            keys.add_trusted_recipient(vault, "again", GOOD)
        with pytest.raises(KeyRefused, match="own group key"):
            keys.add_trusted_recipient(vault, "me", own.public_key)
        with pytest.raises(KeyRefused, match="cut short"):
            keys.add_trusted_recipient(vault, "bad", GOOD[:-3])
        assert [r.name for r in keys.list_trusted_recipients(vault)] == ["某某公益"]
        assert keys.resolve_recipient(vault, "某某公益") == (GOOD, "某某公益")
        assert keys.resolve_recipient(vault, "我自己") == (own.public_key, "我自己")
        assert keys.resolve_recipient(vault, GOOD) == (GOOD, "某某公益")
        with pytest.raises(KeyRefused, match="neither an age public key"):
            keys.resolve_recipient(vault, "nobody")
        keys.remove_trusted_recipient(vault, added.id)
        assert keys.list_trusted_recipients(vault) == []
        with pytest.raises(NotFound):
            keys.remove_trusted_recipient(vault, added.id)
