"""The case dossier PDF: renders, embeds every font, and its SHA-256 values match the evidence bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.dossier import build_dossier
from app.dossier_pdf import render_dossier_pdf, write_dossier_pdf
from app.errors import InvalidInput, NotFound
from app.evidence import get_evidence_bytes, list_evidence
from app.records import add_record
from app.tracking.requests import list_requests
from app.vault import Vault
from tests.unit.test_bundle_util import NAME_MARKER, make_case
from tests.unit.vaultutil import PASSPHRASE, facts, new_vault

TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, int], Path]]:
    path = tmp_path_factory.mktemp("dossier") / "v.db"
    with new_vault(path) as vault:
        yield vault, make_case(vault), path


def _text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", ["zh-CN", "en"])
def test_dossier_pdf(case: tuple[Vault, dict[str, int], Path], tmp_path: Path, lang: str) -> None:
    vault, ids, _ = case
    out = tmp_path / f"dossier-{lang}.pdf"
    write_dossier_pdf(build_dossier(vault, ids["first"], lang=lang, today=TODAY), out)
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # every font embedded
    text = _text(out)
    flat = re.sub(r"\s+", "", text)
    # Every evidence file's SHA-256, computed here from the bytes in the vault, is in the PDF.
    items = list_evidence(vault, ids["first"])
    assert len(items) == 2
    for item in items:
        assert hashlib.sha256(get_evidence_bytes(vault, item.id)).hexdigest() in text
        assert item.original_name in text
    # The letter as sent: its stored text and the SHA-256 of the stored PDF.
    (request,) = list_requests(vault, record_id=ids["first"])
    pdf_row = vault.conn.execute("SELECT letter_pdf FROM requests WHERE id = ?", (request.id,)).fetchone()
    assert hashlib.sha256(bytes(pdf_row[0])).hexdigest() in text
    assert request.reference_code in text
    first_line = request.letter_text.strip().splitlines()[0]
    assert re.sub(r"\s+", "", first_line) in flat
    assert NAME_MARKER in flat  # complainant as stored
    assert "杭州阳光物业管理有限公司" in flat and "91350100M000100Y43" in text
    assert "物业回复：不同意删除" in flat  # the reply's note
    assert "2025-09-20" in text and "2025-09-02" in text  # chronology dates from the timeline
    if lang == "zh-CN":
        assert "《中华人民共和国个人信息保护法》第二十八条" in flat  # formatted by app.rules.format_citation
        assert "场所类型住宅小区" in flat  # the fact in words, in the chosen language only
        assert "您" not in flat and "投诉人" in flat  # the complainant in the third person
    else:
        assert "Personal Information Protection Law" in text
        assert "residential compound" in text
        assert not re.search(r"\b[Yy]ou(r)?\b", text), "the dossier speaks of the complainant, not to 'you'"
    # No raw codes beside the words (issue 15): neither field keys nor value codes.
    for code in (
        "place_type",
        "jurisdiction",
        "(residential_compound)",
        "（residential_compound）",
        "access_gate",
    ):
        assert code not in flat, code
    pages = _pages(out)
    assert pages >= 3
    for page in range(1, pages + 1):
        label = f"第{page}页/共{pages}页" if lang == "zh-CN" else f"Page{page}of{pages}"
        assert label in re.sub(r"\s+", "", _text(out, page)), page


def test_dossier_of_a_record_without_requests_or_profile(case: tuple[Vault, dict[str, int], Path]) -> None:
    vault, _, _ = case
    record = add_record(vault, facts(city="", place_name=""))
    pdf = render_dossier_pdf(build_dossier(vault, record, today=TODAY))
    assert pdf.startswith(b"%PDF")
    with pytest.raises(NotFound):
        build_dossier(vault, 9999)
    with pytest.raises(InvalidInput):
        build_dossier(vault, record, lang="fr")


def test_dossier_cli(
    case: tuple[Vault, dict[str, int], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, ids, path = case
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "d.pdf"
    assert main(["dossier", "--vault", str(path), "--record", str(ids["first"]), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["dossier", "--vault", str(path), "--record", "999", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "no record" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
