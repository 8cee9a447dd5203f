"""`faceledger rules list|check` — the rule library from the command line (SPEC "CLI contract")."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from app.cli.common import load_json_file, print_json
from app.errors import InvalidInput, UnknownCitation
from app.rules import Citation, RuleLibrary, RuleResult, check, format_citation, load_library, localized

_UNITS = {
    "working_days": {"zh-CN": "个工作日", "zh-HK": "個工作日", "en": "working days"},
    "days": {"zh-CN": "日", "zh-HK": "日", "en": "days"},
}
_JURISDICTIONS = {
    "CN": {"zh-CN": "中国内地", "zh-HK": "中國內地", "en": "mainland China"},
    "HK": {"zh-CN": "香港", "zh-HK": "香港", "en": "Hong Kong"},
}
_STATUS = {"V": "已核对", "S": "仅二手来源", "U": "未核实"}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rules = subparsers.add_parser(
        "rules", help="the rule library: list instruments, check facts, show an article"
    )
    sub = rules.add_subparsers(dest="rules_command", metavar="SUBCOMMAND")
    listing = sub.add_parser("list", help="instruments, article counts, effective dates, library version")
    listing.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    listing.set_defaults(handler=run_list)
    checking = sub.add_parser("check", help="which grounds hold for FACTS.json, what to cite, what to ask")
    checking.add_argument("facts", metavar="FACTS.json")
    checking.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    checking.add_argument(
        "--lang", choices=("zh-CN", "zh-HK", "en"), default="zh-CN", help="language of the human output"
    )
    checking.set_defaults(handler=run_check)
    show = sub.add_parser("show", help="one article: citation in Chinese and English, verbatim text, summary")
    show.add_argument("instrument", metavar="INSTRUMENT", help="e.g. PIPL, CIVIL_CODE, HK_PDPO")
    show.add_argument("article", metavar="ARTICLE", help="as printed: 47, 253-1, s18, DPP1")
    show.add_argument("--paragraph", type=int, help="paragraph (款)")
    show.add_argument("--item", type=int, help="item (项)")
    show.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    show.set_defaults(handler=run_show)
    rules.set_defaults(handler=lambda args: _usage(rules))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def library_summary(library: RuleLibrary) -> dict[str, Any]:
    return {
        "library_version": library.version,
        "as_of": library.as_of.isoformat(),
        "source": library.source,
        "instruments": [
            {
                "id": i.id,
                "name": localized(i.names, "zh-CN"),
                "name_en": localized(i.names, "en"),
                "kind": i.kind,
                "jurisdiction": i.jurisdiction,
                "city": i.city,
                "effective": i.effective.isoformat() if i.effective else None,
                "status": i.status,
                "document_number": i.document_number,
                "articles": len(i.articles),
                "articles_with_text": sum(1 for a in i.articles.values() if a.has_text),
            }
            for i in library.instruments.values()
        ],
        "grounds": [g.id for g in library.grounds],
        "request_types": [r.id for r in library.request_types],
    }


def run_list(args: argparse.Namespace) -> int:
    library = load_library()
    summary = library_summary(library)
    if args.json:
        print_json(summary)
        return 0
    out = [f"规则库版本 {library.version}（截至 {library.as_of.isoformat()}）", ""]
    for entry in summary["instruments"]:
        place = _JURISDICTIONS[entry["jurisdiction"]]["zh-CN"]
        if entry["city"]:
            city = next(c for c in library.cities if c.id == entry["city"])
            place += f"·{city.names[0]}"
        effective = entry["effective"] or "现行有效"
        out.append(f"{entry['id']:<22} {entry['name']}")
        out.append(
            f"{'':<22} {place}｜生效 {effective}｜条文 {entry['articles']} 条"
            f"（含原文 {entry['articles_with_text']} 条）｜{_STATUS[entry['status']]}（{entry['status']}）"
        )
    out.append("")
    out.append(f"理由 {len(summary['grounds'])} 个，请求类型 {len(summary['request_types'])} 种")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def run_show(args: argparse.Namespace) -> int:
    library = load_library()
    citation = Citation(args.instrument, args.article, args.paragraph, args.item)
    try:
        library.check_citation(citation)
    except UnknownCitation as exc:
        raise InvalidInput(str(exc), field="article") from None
    article = library.article(citation)
    instrument = library.instrument(citation.instrument)
    text = library.quote(citation) if article.has_text and article.wording_status == "V" else None
    data = {
        "citation": citation.to_json(),
        "zh-CN": format_citation(citation, "zh-CN", library),
        "en": format_citation(citation, "en", library),
        "status": article.status,
        "effective": instrument.effective.isoformat() if instrument.effective else None,
        "topic": localized(article.topic, "zh-CN"),
        "summary_en": article.summary_en,
        "text": text,
    }
    if args.json:
        print_json(data)
        return 0
    out = [
        str(data["zh-CN"]),
        str(data["en"]),
        f"{data['topic']}｜{_STATUS[article.status]}（{article.status}）",
        "",
    ]
    out.append(text if text is not None else "（本库没有该条的官方原文，只能引用，不能引述原文。）")
    out += ["", f"Summary: {article.summary_en}"]
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def run_check(args: argparse.Namespace) -> int:
    facts = load_json_file(args.facts, "facts file")
    library = load_library()
    result = check(facts, library)
    if args.json:
        print_json(result.to_json())
        return 0
    sys.stdout.write(render_result(result, library, args.lang))
    return 0


_LABELS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "header": "{place}｜处理日期 {date}｜规则库 {version}",
        "grounds": "成立的理由（{n}）：",
        "cites": "依据：",
        "requests": "建议的请求：",
        "citations": "引用条文（{n}）：",
        "period": "答复期限：{days} {unit}（{kind}）",
        "statutory": "法定期限",
        "requested": "请求对方在此期限内答复，并非法定期限",
        "basis": "依据：",
        "channels": "投诉渠道（联系方式仅供参考，请核对）：",
        "caveats": "注意：",
        "pending": "处理日期时尚未生效（不引用）：",
        "since": "（{date} 起施行）",
        "none": "（无）",
        "no_rules": "（无：处理日期早于本库所收规定的生效日期，或事实不足以构成任何理由）",
        "join": "；",
        "paren": "（{text}）",
        "colon": "：",
    },
    "zh-HK": {
        "header": "{place}｜處理日期 {date}｜規則庫 {version}",
        "grounds": "成立的理由（{n}）：",
        "cites": "依據：",
        "requests": "建議的要求：",
        "citations": "引用條文（{n}）：",
        "period": "答覆期限：{days} {unit}（{kind}）",
        "statutory": "法定期限",
        "requested": "要求對方在此期限內答覆，並非法定期限",
        "basis": "依據：",
        "channels": "投訴渠道（聯絡資料僅供參考，請核對）：",
        "caveats": "注意：",
        "pending": "處理日期時尚未生效（不引用）：",
        "since": "（{date} 起施行）",
        "none": "（無）",
        "no_rules": "（無：處理日期早於本庫所收規定的生效日期，或事實不足以構成任何理由）",
        "join": "；",
        "paren": "（{text}）",
        "colon": "：",
    },
    "en": {
        "header": "{place} | processing date {date} | rules {version}",
        "grounds": "Grounds that hold ({n}):",
        "cites": "Cites: ",
        "requests": "Suggested requests:",
        "citations": "Citations ({n}):",
        "period": "Reply period: {days} {unit} ({kind})",
        "statutory": "statutory",
        "requested": "requested, not statutory",
        "basis": "Basis: ",
        "channels": "Where to complain (contact details are hints; check them):",
        "caveats": "Notes:",
        "pending": "Not yet in force on the processing date (not cited):",
        "since": " (in force from {date})",
        "none": "(none)",
        "no_rules": "(none: the processing date is before the rules in this library took effect, "
        "or the facts support no ground)",
        "join": "; ",
        "paren": " ({text})",
        "colon": ": ",
    },
}


def render_result(result: RuleResult, library: RuleLibrary, lang: str = "zh-CN") -> str:
    """Readable report of a check: grounds with explanations, requests, citations, period, channels."""
    t = _LABELS.get(lang, _LABELS["en"])

    def cite_list(citations: Iterable[Citation]) -> str:
        return t["join"].join(format_citation(c, lang, library) for c in citations)

    place = localized(_JURISDICTIONS[result.jurisdiction], lang)
    date_text = result.processing_date.isoformat()
    out = [t["header"].format(place=place, date=date_text, version=result.library_version), ""]
    out.append(t["grounds"].format(n=len(result.grounds)))
    if not result.grounds:
        out.append(t["no_rules"])
    for number, ground in enumerate(result.grounds, 1):
        out.append(f"{number}. {localized(ground.title, lang)} [{ground.id}]")
        out.append(f"   {localized(ground.explanation, lang)}")
        out.append(f"   {t['cites']}{cite_list(ground.citations)}")
    out += ["", t["requests"]]
    if not result.request_types:
        out.append(t["none"])
    for request_id in result.request_types:
        name = library.request_type_name(request_id, lang)
        cites = cite_list(result.request_citations[request_id])
        out.append(f"- {name}{t['paren'].format(text=request_id)}{t['colon']}{cites}")
    out += ["", t["citations"].format(n=len(result.citations))]
    out += [f"- {format_citation(c, lang, library)}" for c in result.citations]
    period = result.reply_period
    unit = localized(_UNITS[period.unit], lang)
    kind = t["statutory"] if period.statutory else t["requested"]
    out += ["", t["period"].format(days=period.days, unit=unit, kind=kind)]
    out.append(f"{t['basis']}{localized(period.basis, lang)}")
    out += ["", t["channels"]]
    for number, channel in enumerate(result.complaint_channels, 1):
        out.append(f"{number}. {localized(channel.names, lang)}{t['colon']}{localized(channel.hint, lang)}")
        if channel.acceptance_period is not None:
            out.append(f"   {localized(channel.acceptance_period.basis, lang)}")
    if result.caveats:
        out += ["", t["caveats"]]
        out += [f"- {localized(c.text, lang)}" for c in result.caveats]
    if result.not_yet_in_force:
        out += ["", t["pending"]]
        for pending in result.not_yet_in_force:
            name = library.instrument(pending.instrument).name(lang)
            out.append(f"- {name}{t['since'].format(date=pending.effective.isoformat())}")
    return "\n".join(out) + "\n"
