"""Case dossier → A4 PDF (reportlab platypus), laid out like the letters: the same embedded font
subsets (app/letters/fonts.py), the same Chinese line breaking (app/letters/linebreak.py), and the
same running header and "第 X 页 / 共 Y 页" on every page (app/letters/pdf.py's numbered canvas).

SHA-256 values are printed whole on one line in the Latin font, so `pdftotext` gives them back
exactly and anyone can compare them with the evidence files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from app.dossier import Dossier
from app.letters.fonts import CJK, LATIN, markup, register_fonts
from app.letters.linebreak import break_lines
from app.letters.pdf import (
    FRAME_PADDING,
    MARGIN_X,
    PAGE_WIDTH,
    _width_function,
    build_a4_pdf,
)
from app.outputs import check_output, write_output

BODY = 10.0
SMALL = 8.5
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING

WORDS = {
    "zh-CN": {
        "title": "人脸信息处理案卷",
        "subtitle": "供个人信息保护监管部门或人民法院参阅",
        "complainant": "投诉人（当事人）",
        "handler": "个人信息处理者",
        "uscc": "统一社会信用代码",
        "place": "采集地点",
        "record": "记录编号",
        "references": "请求函编号",
        "rules": "规则库版本",
        "generated": "生成日期",
        "none": "无",
        "facts": "一、事实",
        "grounds": "二、法律依据",
        "chronology": "三、时间线",
        "letters": "四、请求函（发出时原文）",
        "replies": "五、答复",
        "evidence": "六、证据索引",
        "date": "日期",
        "reference": "函件编号",
        "event": "事项",
        "note": "说明",
        "evidence_ref": "证据",
        "letter": "函件",
        "types": "请求类型",
        "sent": "发出日期",
        "channel": "方式",
        "tracking": "邮件号",
        "status": "状态",
        "cited": "所引条款",
        "pdf": "发出的PDF文件 SHA-256",
        "no_pdf": "未保存PDF文件",
        "captured": "拍摄时间",
        "added": "存入时间",
        "size": "大小（字节）",
        "original": "原始文件 SHA-256（本件已去除元数据）",
        "no_replies": "尚未收到答复。",
        "no_events": "尚无记录的事项。",
        "no_letters": "尚未发出请求函。",
        "no_evidence": "没有证据文件。",
        "no_grounds": "规则库未发现适用的依据。",
        "hash_note": "每个证据文件的 SHA-256 值可用于核对该文件自存入以来未被改动。",
        "page_ref": "案卷 · 记录 {record}",
        "page": "第 {page} 页 / 共 {pages} 页",
    },
    "en": {
        "title": "Case dossier: processing of face information",
        "subtitle": "For the personal-information regulator or the people's court",
        "complainant": "Complainant",
        "handler": "Personal information handler",
        "uscc": "Unified social credit code",
        "place": "Place of collection",
        "record": "Record",
        "references": "Letter references",
        "rules": "Rule library version",
        "generated": "Generated on",
        "none": "none",
        "facts": "1. Facts",
        "grounds": "2. Legal grounds",
        "chronology": "3. Chronology",
        "letters": "4. Letters as sent",
        "replies": "5. Replies",
        "evidence": "6. Evidence index",
        "date": "Date",
        "reference": "Reference",
        "event": "Event",
        "note": "Note",
        "evidence_ref": "Evidence",
        "letter": "Letter",
        "types": "Request types",
        "sent": "Sent",
        "channel": "Channel",
        "tracking": "Tracking number",
        "status": "Status",
        "cited": "Citations",
        "pdf": "SHA-256 of the PDF as sent",
        "no_pdf": "no PDF stored",
        "captured": "Captured",
        "added": "Added",
        "size": "Size (bytes)",
        "original": "SHA-256 of the original file (this copy had its metadata removed)",
        "no_replies": "No reply received yet.",
        "no_events": "Nothing recorded yet.",
        "no_letters": "No letter sent yet.",
        "no_evidence": "No evidence files.",
        "no_grounds": "The rule library found no ground that applies.",
        "hash_note": "The SHA-256 of each evidence file shows that the file has not changed since it "
        "was stored.",
        "page_ref": "Dossier · record {record}",
        "page": "Page {page} of {pages}",
    },
}


def _style(name: str, size: float = BODY, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=CJK, fontSize=size, leading=size * 1.55, **kw)


STYLES = {
    "title": _style("title", 20, alignment=TA_CENTER, spaceBefore=60, spaceAfter=10),
    "subtitle": _style("subtitle", 12, alignment=TA_CENTER, spaceAfter=40),
    "heading": _style("heading", 13, spaceBefore=10, spaceAfter=6, keepWithNext=1),
    "subheading": _style("subheading", 11, spaceBefore=8, spaceAfter=3, keepWithNext=1),
    "body": _style("body", spaceAfter=3),
    "small": _style("small", SMALL, spaceAfter=1),
    "cell": _style("cell", 9),
    "letter": _style("letter", 9, spaceAfter=0, leftIndent=12),
}


def _para(text: str, style: ParagraphStyle, width: float = FRAME_WIDTH) -> Paragraph:
    """A paragraph whose lines are broken by app/letters/linebreak.py, measured in the real fonts."""
    width_of = _width_function(style.fontSize)
    available = width - style.leftIndent - style.rightIndent - 0.5
    lines: list[str] = []
    for raw in text.split("\n"):
        lines.extend(break_lines(raw, width_of, available))
    return Paragraph("<br/>".join(markup(line) for line in lines), style)


def _table(rows: list[list[str]], widths: list[float], header: bool = True) -> Table:
    cell = STYLES["cell"]
    data = [[_para(text, cell, w - 8) for text, w in zip(row, widths, strict=True)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.7, 0.7, 0.7)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), LATIN),  # else the table declares Helvetica, never embedded
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
    table.setStyle(TableStyle(commands))
    return table


def _cover(d: Dossier, w: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = [_para(w["title"], STYLES["title"]), _para(w["subtitle"], STYLES["subtitle"])]
    rows = [
        [w["complainant"], d.complainant],
        [w["handler"], d.handler],
        [w["uscc"], d.handler_uscc or w["none"]],
        [w["place"], d.place],
        [w["record"], f"{d.record_id} · {d.record_uuid}"],
        [w["references"], "\n".join(d.references) or w["none"]],
        [w["rules"], d.rules_version],
        [w["generated"], d.generated_on.isoformat()],
    ]
    story.append(_table(rows, [FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], header=False))
    story.append(PageBreak())
    return story


def _sections(d: Dossier, w: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = [_para(w["facts"], STYLES["heading"])]
    story.append(
        _table([[f.label, f.value] for f in d.facts], [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.58], header=False)
    )

    story.append(_para(w["grounds"], STYLES["heading"]))
    if not d.grounds:
        story.append(_para(w["no_grounds"], STYLES["body"]))
    for n, ground in enumerate(d.grounds, start=1):
        block = [_para(f"{n}. {ground.title}", STYLES["subheading"])]
        if ground.explanation:
            block.append(_para(ground.explanation, STYLES["body"]))
        sep = "；" if d.lang == "zh-CN" else "; "
        block.append(
            _para(
                f"{w['cited']}：" + sep.join(ground.citations)
                if d.lang == "zh-CN"
                else f"{w['cited']}: " + sep.join(ground.citations),
                STYLES["body"],
            )
        )
        story.append(KeepTogether(block))

    story.append(_para(w["chronology"], STYLES["heading"]))
    widths = [FRAME_WIDTH * x for x in (0.14, 0.23, 0.19, 0.31, 0.13)]
    if d.chronology:
        rows = [[w["date"], w["reference"], w["event"], w["note"], w["evidence_ref"]]]
        rows += [[c.date, c.reference, c.what, c.note, c.evidence] for c in d.chronology]
        story.append(_table(rows, widths))
    else:
        story.append(_para(w["no_events"], STYLES["body"]))

    story.append(_para(w["letters"], STYLES["heading"]))
    if not d.letters:
        story.append(_para(w["no_letters"], STYLES["body"]))
    for n, letter in enumerate(d.letters, start=1):
        colon = "：" if d.lang == "zh-CN" else ": "
        head = [
            [w["reference"], letter.reference],
            [w["types"], letter.types],
            [w["status"], letter.status],
            [w["sent"], letter.sent_date],
            [
                w["channel"],
                letter.channel
                + (f" · {w['tracking']}{colon}{letter.tracking_number}" if letter.tracking_number else ""),
            ],
            [w["rules"], letter.rules_version],
        ]
        story.append(_para(f"{w['letter']} {n}", STYLES["subheading"]))
        story.append(_table(head, [FRAME_WIDTH * 0.25, FRAME_WIDTH * 0.75], header=False))
        story.append(
            _para(f"{w['pdf']}{colon}" + ("" if letter.pdf_sha256 else w["no_pdf"]), STYLES["small"])
        )
        if letter.pdf_sha256:
            story.append(Paragraph(f'<font name="{LATIN}">{letter.pdf_sha256}</font>', STYLES["small"]))
        story.append(_para(f"{w['cited']}{colon}" + ("" if letter.citations else w["none"]), STYLES["body"]))
        story.extend(_para(f"· {c}", STYLES["small"]) for c in letter.citations)
        story.append(Spacer(1, 6))
        story.extend(_para(line, STYLES["letter"]) for line in (letter.text or "").split("\n"))

    story.append(_para(w["replies"], STYLES["heading"]))
    if d.replies:
        rows = [[w["date"], w["reference"], w["event"], w["note"], w["evidence_ref"]]]
        rows += [[c.date, c.reference, c.what, c.note, c.evidence] for c in d.replies]
        story.append(_table(rows, widths))
    else:
        story.append(_para(w["no_replies"], STYLES["body"]))

    story.append(_para(w["evidence"], STYLES["heading"]))
    story.append(_para(w["hash_note"], STYLES["body"]))
    if not d.evidence:
        story.append(_para(w["no_evidence"], STYLES["body"]))
    colon = "：" if d.lang == "zh-CN" else ": "
    for e in d.evidence:
        lines = [
            _para(f"{e.number}  {e.name}", STYLES["subheading"]),
            _para(
                f"{w['captured']}{colon}{e.captured_at}　{w['added']}{colon}{e.added_at}　"
                f"{w['size']}{colon}{e.size}",
                STYLES["small"],
            ),
            _para(f"SHA-256{colon}", STYLES["small"]),
            Paragraph(f'<font name="{LATIN}">{e.sha256}</font>', STYLES["small"]),
        ]
        if e.original_sha256:
            lines.append(_para(f"{w['original']}{colon}", STYLES["small"]))
            lines.append(Paragraph(f'<font name="{LATIN}">{e.original_sha256}</font>', STYLES["small"]))
        story.append(KeepTogether(lines))
    return story


def render_dossier_pdf(d: Dossier) -> bytes:
    register_fonts()
    w = WORDS[d.lang]
    return build_a4_pdf(
        _cover(d, w) + _sections(d, w),
        title=w["title"],
        lang=d.lang,
        running_header=w["page_ref"].format(record=d.record_uuid[:8]),
        page_number=w["page"],
    )


def write_dossier_pdf(d: Dossier, path: Path, *, force: bool = False) -> int:
    """Through the output guard (app/outputs.py): never over a vault or device; existing only with force."""
    check_output(path, force=force)  # refuse before the (slow) rendering
    data = render_dossier_pdf(d)
    write_output(path, data, force=force)
    return len(data)
