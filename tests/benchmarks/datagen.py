"""Realistic, reproducible Chinese data for the benchmarks (records, requests, evidence images).

Everything a large vault really holds: mainland cities (and some Hong Kong), districts and roads,
residential compounds, malls, hotel branches, gyms, stations…; handlers with legal names such as
北京某某物业服务有限公司 and valid unified social credit codes (check character from app.uscc);
addresses, phone numbers and one to three sentences of notes in the words people write.

The generator is seeded, so two runs build the same vault. Facts follow resources/schema/
facts.schema.json; seeding goes through app.records.add_records, which validates every item and
indexes it for search in the same transaction (no shortcut around the search index).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import uuid
from collections.abc import Iterator
from typing import Any

from app.uscc import CHARSET, check_character

# (city, province-level prefix for addresses, districts, area code); municipalities write 北京市朝阳区.
CITIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("北京", ("朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区", "昌平区"), "010"),
    ("上海", ("浦东新区", "徐汇区", "静安区", "黄浦区", "长宁区", "闵行区", "杨浦区"), "021"),
    ("广州", ("天河区", "越秀区", "海珠区", "白云区", "番禺区"), "020"),
    ("深圳", ("南山区", "福田区", "罗湖区", "宝安区", "龙岗区"), "0755"),
    ("杭州", ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区"), "0571"),
    ("天津", ("和平区", "河西区", "南开区", "滨海新区"), "022"),
    ("成都", ("锦江区", "武侯区", "青羊区", "高新区"), "028"),
    ("武汉", ("江汉区", "武昌区", "洪山区", "汉阳区"), "027"),
    ("南京", ("鼓楼区", "玄武区", "建邺区", "江宁区"), "025"),
    ("西安", ("雁塔区", "碑林区", "未央区", "长安区"), "029"),
    ("重庆", ("渝中区", "江北区", "南岸区", "沙坪坝区"), "023"),
    ("苏州", ("姑苏区", "工业园区", "吴中区"), "0512"),
    ("长沙", ("岳麓区", "芙蓉区", "天心区"), "0731"),
    ("郑州", ("金水区", "二七区", "郑东新区"), "0371"),
    ("青岛", ("市南区", "崂山区", "黄岛区"), "0532"),
    ("厦门", ("思明区", "湖里区", "集美区"), "0592"),
)
HK_DISTRICTS = ("中西區", "灣仔區", "油尖旺區", "沙田區", "觀塘區")
ROADS = (
    "建国路", "人民路", "解放路", "中山路", "文三路", "长安街", "南京路", "淮海路", "天府大道", "科技园路",
    "学院路", "滨江大道", "和平路", "新华路", "光明路", "东风路", "湖滨路", "江南大道", "金融街", "府前街",
)
COMPOUND_PREFIX = (
    "阳光", "幸福", "锦绣", "金色", "翠湖", "碧水", "绿城", "万科", "保利", "华润", "中海", "龙湖", "融创",
    "世茂", "招商", "金地", "御景", "紫荆", "丽都", "天鹅湖", "枫林", "香榭", "星河", "东方",
)
COMPOUND_SUFFIX = ("花园", "家园", "华庭", "名苑", "新村", "公寓", "雅居", "豪庭", "嘉园", "府")
MALLS = ("万达广场", "大悦城", "银泰城", "万象城", "龙湖天街", "印象城", "凯德广场", "太古里", "吾悦广场")
HOTELS = ("如家酒店", "汉庭酒店", "全季酒店", "亚朵酒店", "锦江之星", "维也纳酒店", "桔子酒店", "希尔顿欢朋")
GYMS = ("乐刻运动", "超级猩猩", "威尔士健身", "一兆韦德", "舒适堡")
STORES = ("永辉超市", "盒马鲜生", "物美超市", "华润万家", "便利蜂")
SCHOOLS = ("第一中学", "实验小学", "理工大学", "师范大学", "外国语学校")
HOSPITALS = ("第一人民医院", "中医院", "妇幼保健院", "口腔医院")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"

# place_type -> (method, purpose, handler kind) choices that fit it
_TYPE_FACTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "residential_compound": (("access_gate",), ("access_control", "security"), "property_manager"),
    "hotel": (("checkin_terminal",), ("identity_verification",), "business"),
    "shopping_mall": (("camera",), ("marketing_analytics", "security"), "business"),
    "retail_store": (("camera", "payment_terminal"), ("payment", "marketing_analytics"), "business"),
    "property_sales_office": (("camera",), ("marketing_analytics",), "business"),
    "gym_or_sports_venue": (("access_gate",), ("access_control",), "business"),
    "school_or_campus": (("access_gate",), ("access_control", "attendance"), "school"),
    "workplace": (("access_gate", "kiosk"), ("attendance",), "employer"),
    "bank": (("kiosk",), ("identity_verification",), "business"),
    "transport_hub": (("access_gate", "camera"), ("identity_verification", "security"), "state_organ"),
    "tourist_site": (("access_gate",), ("identity_verification",), "business"),
    "hospital": (("kiosk",), ("identity_verification",), "business"),
    "government_service": (("kiosk",), ("identity_verification",), "state_organ"),
    "entertainment_venue": (("camera",), ("security",), "business"),
    "mobile_app": (("app_verification",), ("identity_verification", "payment"), "app_operator"),
    "public_street": (("camera",), ("security",), "state_organ"),
}
# How often each place type appears (compounds and hotels are what people log most).
_TYPE_WEIGHTS = {
    "residential_compound": 30, "hotel": 14, "shopping_mall": 9, "retail_store": 6,
    "property_sales_office": 4,
    "gym_or_sports_venue": 6, "school_or_campus": 4, "workplace": 6, "bank": 3, "transport_hub": 4,
    "tourist_site": 3, "hospital": 3, "government_service": 2, "entertainment_venue": 2, "mobile_app": 3,
    "public_street": 1,
}
# Sentences people write in their notes: ones that fit any place, and ones for a kind of place.
_NOTES_ANY = (
    "入口处没有任何提示标识，摄像头正对着大门。",
    "我提出使用身份证或其他方式，工作人员拒绝并说是公司统一规定。",
    "已经打电话给{handler}，对方表示系统由总部统一管理，无法删除。",
    "{date}之后就不再去了，但系统里仍保存着我的人脸照片。",
    "工作人员说如果不同意人脸识别就不能办理。",
    "听说该公司的人脸数据曾经泄露过，想要求删除。",
    "门口贴着“刷脸通行”的告示，但没有写明处理者名称和联系方式。",
)
_NOTES_BY_TYPE = {
    "residential_compound": (
        "进出{place}时被要求刷脸，物业称不刷脸就不能进门。",
        "小区安装了人脸识别门禁，没有提供门禁卡作为替代。",
        "物业在业主群里通知限期录入人脸，否则门禁卡停用。",
    ),
    "hotel": ("前台办理入住时要求人脸识别核验，未说明人脸信息保存多久。",),
    "shopping_mall": ("商场出入口的客流统计摄像头可以识别回头客，没有单独告知。",),
    "property_sales_office": ("售楼处装了人脸识别摄像头，用来区分自然到访和中介带看的客户。",),
    "gym_or_sports_venue": ("健身房签合同时条款写着授权永久使用人脸信息，不能撤回。",),
    "school_or_campus": ("孩子在学校被采集人脸用于考勤，家长事先不知情。",),
    "workplace": ("公司要求刷脸考勤，不同意就按旷工处理。",),
    "mobile_app": ("App更新后只能刷脸登录，原来的密码登录被取消了。",),
}


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def uscc(rng: random.Random, region: str = "110105") -> str:
    """A unified social credit code with a correct check character (GB 32100-2015)."""
    body = "91" + region + "".join(rng.choice(CHARSET) for _ in range(9))
    return body + check_character(body)


class RecordGenerator:
    """Seeded generator of (facts, notes) pairs; `handlers` repeat across records as in real life."""

    def __init__(self, seed: int = 20261122) -> None:
        self.rng = random.Random(seed)
        self._handlers: dict[tuple[str, str, str], dict[str, Any]] = {}

    def _handler(self, city: str, place_type: str, brand: str, district: str, area: str) -> dict[str, Any]:
        key = (city, place_type, brand)
        found = self._handlers.get(key)
        if found is not None:
            return found
        rng = self.rng
        kind = _TYPE_FACTS[place_type][2]
        legal = {
            "residential_compound": f"{city}{brand}物业服务有限公司",
            "hotel": f"{city}{brand.removesuffix('酒店')}酒店管理有限公司",
            "shopping_mall": f"{city}{brand}商业管理有限公司",
            "gym_or_sports_venue": f"{city}{brand}健身服务有限公司",
            "retail_store": f"{city}{brand}商贸有限公司",
            "property_sales_office": f"{city}{brand}房地产开发有限公司",
            "workplace": f"{city}{brand}科技有限公司",
            "bank": f"{brand}股份有限公司{city}分行",
            "mobile_app": f"{brand}网络科技有限公司",
        }.get(place_type, f"{city}某某{brand}有限公司")
        if rng.random() < 0.15:  # people often do not know the exact name yet
            legal = f"{city}某某物业服务有限公司" if kind == "property_manager" else f"{city}某某有限公司"
        handler: dict[str, Any] = {"name": legal, "kind": kind}
        if rng.random() < 0.6:
            handler["uscc"] = uscc(rng)
        if rng.random() < 0.7:
            handler["address"] = f"{city}市{district}{rng.choice(ROADS)}{rng.randint(1, 999)}号"
        if rng.random() < 0.6:
            handler["phone"] = f"{area}-{rng.randint(20000000, 89999999)}"
        if rng.random() < 0.25:
            handler["email"] = f"privacy{rng.randint(1, 999)}@example.cn"
        if rng.random() < 0.2:
            handler["pi_officer"] = f"{rng.choice(SURNAMES)}经理"
        self._handlers[key] = handler
        return handler

    def facts(self) -> dict[str, Any]:
        rng = self.rng
        place_type = rng.choices(list(_TYPE_WEIGHTS), weights=list(_TYPE_WEIGHTS.values()))[0]
        hong_kong = rng.random() < 0.03
        if hong_kong:
            city, district, area = "香港", rng.choice(HK_DISTRICTS), "852"
        else:
            city, districts, area = rng.choice(CITIES)
            district = rng.choice(districts)
        road = rng.choice(ROADS)
        brand, place = self._place(place_type, city, district, road)
        first = _date(rng, dt.date(2019, 1, 1), dt.date(2026, 9, 30))
        facts: dict[str, Any] = {
            "jurisdiction": "HK" if hong_kong else "CN",
            "city": city,
            "date": first.isoformat(),
            "place_type": place_type,
            "place_name": place,
            "address": f"{city}{'' if hong_kong else '市'}{district}{road}{rng.randint(1, 1200)}号",
            "handler": self._handler(city, place_type, brand, district, area),
        }
        if rng.random() < 0.6:
            facts["last_seen"] = _date(rng, first, dt.date(2026, 10, 31)).isoformat()
        methods, purposes, _kind = _TYPE_FACTS[place_type]
        facts["method"] = rng.choice(methods)
        facts["purpose"] = rng.choice(purposes)
        facts["notice"] = rng.choice(("none", "unclear", "posted", "unknown"))
        facts["consent"] = rng.choice(("not_asked", "implied", "bundled", "forced", "separate", "unknown"))
        facts["alternative"] = rng.choice(("none", "refused", "offered", "unknown"))
        if rng.random() < 0.4:
            facts["service_refused_without_face"] = rng.random() < 0.7
        if rng.random() < 0.2:
            facts["relationship_ended"] = True
        if rng.random() < 0.05:
            facts["leaked"] = True
        if rng.random() < 0.3:
            facts["notes"] = self._sentences(1, place, facts)
        return facts

    def _place(self, place_type: str, city: str, district: str, road: str) -> tuple[str, str]:
        rng = self.rng
        if place_type == "residential_compound":
            name = rng.choice(COMPOUND_PREFIX) + rng.choice(COMPOUND_SUFFIX)
            phase = rng.choice(("", "", "一期", "二期", "三期"))
            return name, f"{name}{phase}"
        if place_type == "hotel":
            brand = rng.choice(HOTELS)
            return brand, f"{brand}（{city}{district}{road}店）"
        if place_type == "shopping_mall":
            brand = rng.choice(MALLS)
            return brand, f"{city}{district.removesuffix('区')}{brand}"
        if place_type == "gym_or_sports_venue":
            brand = rng.choice(GYMS)
            return brand, f"{brand}（{road}店）"
        if place_type == "retail_store":
            brand = rng.choice(STORES)
            return brand, f"{brand}{road}店"
        if place_type == "property_sales_office":
            brand = rng.choice(COMPOUND_PREFIX) + "置业"
            return brand, f"{brand}售楼处"
        if place_type == "school_or_campus":
            brand = rng.choice(SCHOOLS)
            return "教育", f"{city}{brand}"
        if place_type == "workplace":
            brand = rng.choice(("星辰", "云图", "智联", "华信", "远景"))
            return brand, f"{brand}科技园区办公楼"
        if place_type == "bank":
            brand = rng.choice(("招商银行", "工商银行", "建设银行", "中国银行"))
            return brand, f"{brand}{district}支行"
        if place_type == "transport_hub":
            return "轨道交通", rng.choice((f"{city}南站", f"{city}东站", f"地铁{road}站", f"{city}机场"))
        if place_type == "mobile_app":
            brand = rng.choice(("某某生活", "智慧社区", "快捷出行", "便民服务"))
            return brand, f"{brand}App"
        if place_type == "hospital":
            return "医疗", f"{city}市{rng.choice(HOSPITALS)}"
        if place_type == "government_service":
            return "政务", f"{district}政务服务中心"
        if place_type == "tourist_site":
            return "旅游", rng.choice(("欢乐谷", "动物园", "博物馆", "海洋公园"))
        if place_type == "entertainment_venue":
            return "娱乐", f"{road}KTV"
        return "街道", f"{road}路口"

    def _sentences(self, count: int, place: str, facts: dict[str, Any]) -> str:
        handler = facts["handler"]["name"]
        choices = _NOTES_ANY + _NOTES_BY_TYPE.get(facts["place_type"], ()) * 3
        picked = self.rng.sample(choices, k=min(count, len(choices)))
        return "".join(
            s.format(place=place, handler=handler, date=facts["date"]) for s in dict.fromkeys(picked)
        )

    def item(self) -> tuple[dict[str, Any], str]:
        """One (facts, notes) pair as app.records.add_records takes them."""
        facts = self.facts()
        notes = ""
        if self.rng.random() < 0.8:
            notes = self._sentences(self.rng.randint(1, 3), facts["place_name"], facts)
        return facts, notes

    def items(self, count: int) -> Iterator[tuple[dict[str, Any], str]]:
        for _ in range(count):
            yield self.item()


def request_rows(
    rng: random.Random, record_ids: list[int], count: int, today: dt.date
) -> tuple[list[tuple[Any, ...]], list[tuple[int, str, str]]]:
    """Rows for `requests` (as app/tracking writes them once sent) and their events
    (request number 1..count, kind, date). Due dates come from app.tracking.deadlines."""
    from app.tracking import deadlines

    now = f"{today.isoformat()}T00:00:00+00:00"
    period_json = json.dumps(
        {"days": 15, "unit": "working_days", "kind": "mainland_requested", "statutory": False}
    )
    due_by_sent: dict[dt.date, dt.date | None] = {}
    requests: list[tuple[Any, ...]] = []
    events: list[tuple[int, str, str]] = []
    for n in range(count):
        sent = _date(rng, dt.date(2025, 1, 6), today - dt.timedelta(days=1))
        if sent not in due_by_sent:  # the working-day calendar lookup is the slow part; dates repeat
            due_by_sent[sent] = deadlines.due_date(sent, deadlines.MAINLAND_DEFAULT).date
        due = due_by_sent[sent]
        status, answer = "sent", None
        if rng.random() < 0.55:
            answer = sent + dt.timedelta(days=rng.randrange(2, 40))
            status = rng.choice(("complied", "refused", "partly_complied"))
            if answer > today:
                status, answer = "sent", None
        types = rng.choice(('["withdraw_consent", "deletion"]', '["deletion"]', '["access", "deletion"]'))
        requests.append(
            (
                str(uuid.uuid4()), rng.choice(record_ids), types, "zh-CN", status,
                "registered_mail", f"EMS{n:09d}", f"FL-{sent:%Y%m%d}-{n:05X}", sent.isoformat(),
                due.isoformat() if due else None, 15, "working_days", "bench", now, now, period_json,
            )
        )
        events.append((n + 1, "sent", sent.isoformat()))
        if answer is not None:
            events.append((n + 1, status, answer.isoformat()))
    return requests, events


def jpeg_with_exif(rng: random.Random, width: int = 320, height: int = 240) -> bytes:
    """A small photo-like JPEG with EXIF capture time and camera model, as a phone would write."""
    from PIL import Image

    image = Image.new("RGB", (width, height), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    pixels = image.load()
    assert pixels is not None
    for _ in range(400):  # some texture, so the JPEG is not trivially small
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    exif = Image.Exif()
    taken = _date(rng, dt.date(2023, 1, 1), dt.date(2026, 9, 30))
    exif[0x0110] = "Phone Camera"  # Model
    exif[0x0132] = f"{taken:%Y:%m:%d} {rng.randrange(24):02d}:{rng.randrange(60):02d}:00"  # DateTime
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = exif[0x0132]  # DateTimeOriginal
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()
