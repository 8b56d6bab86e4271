"""Read what can be read off a report: title, project, department, region, year, amounts, category.

Everything here is a best effort over the cleaned text (``chains.ingest.clean``): a field that cannot be
found is left empty rather than guessed. The title block is the lines before the first heading;
most fields are read from it first and from the body only when it is silent.

Amounts are in 万元 and keyed by glossary names: ``annual_budget`` (全年预算数, 预算批复, 项目资金…),
``received`` (实际到位, 资金到位, 下达…), ``spent`` (全年执行数, 实际支出, 已支付…).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from chains.ingest.types import ReportMeta

_HAN = r"\u4e00-\u9fff"
HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)])")
_ATTACHMENT_RE = re.compile(r"^附件\s*\d*\s*[:：]?$")
_YEAR_RE = re.compile(r"(20\d{2}|19\d{2})\s*年")
_TITLE_YEAR_RE = re.compile(r"(20\d{2}|19\d{2})\s*年度?")
_UNIT_SUFFIX = r"(?:管理局|监督管理局|局|委员会|委|办公室|中心|监测站|站|中学|小学|学校|幼儿园|医院|卫生院|厅|院|所|馆|队)"
_DEPARTMENT_RE = re.compile(rf"([{_HAN}]{{2,24}}?{_UNIT_SUFFIX})(?=[{_HAN}0-9（(]|$)")
# A place-name character: Han, but not a function word that would glue prose onto the name.
_NAME = r"[^\W\d_A-Za-z的和与及在对为是了并等由将把向从按经其各]"
_BODY_DEPARTMENT_RE = re.compile(
    rf"({_NAME}{{2,8}}(?:省|市|州|县|区|旗){_NAME}{{1,10}}?(?:管理局|运输局|民政局|教育局|局|委员会|中心|站))"
)
_BODY_PROJECT_RE = re.compile(rf"([{_HAN}]{{4,30}}?项目)绩效自评")
_ADMIN_SUFFIXES = "省市州县区旗盟"
# 市场, 城市, 超市, 社区, 园区… are words, not administrative units.
_NOT_ADMIN_AFTER = {"市": "场", "区": "域"}
_NOT_ADMIN_BEFORE = {"市": "城都超", "区": "社园校辖"}
_PROJECT_FIELD_RE = re.compile(r"项目名称\s*[:：]\s*([^；;\n]{2,40})")
_PREAMBLE_PROJECT_RE = re.compile(rf"对\s*(?:20\d{{2}})\s*年度?\s*([{_HAN}（）()]{{2,30}}?)\s*\d+(?:\.\d+)?\s*万元")
_TITLE_NOISE = ("项目支出", "区域绩效自评报告", "绩效自评报告", "自评报告", "绩效评价报告")

NUMBER = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
AMOUNT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "annual_budget": (
        "全年预算数", "全年预算资金", "调整后预算数", "调整后预算", "全年预算", "预算批复", "财政批复",
        "批复预算", "项目预算", "预算总额", "预算资金", "项目资金", "年度预算", "共计",
    ),
    "received": ("实际到位资金", "实际到位", "到位资金", "资金到位", "到位经费", "下达"),
    "spent": ("全年执行数", "全年执行资金", "全年执行", "实际执行", "实际支出", "实际使用", "执行数", "已支付", "支付"),
}

# Category → keywords (weight 1 each occurrence in the body, ×5 in the title block). The categories follow
# the kinds of department that publish reports (corpus/README.md lists the corpus by category).
CATEGORY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "emergency": ("应急", "安全生产", "救援", "防汛", "消防", "减灾", "防灾", "地质灾害", "森林防火", "安科院", "地震", "防震"),
    "food_safety": ("食品", "食品安全", "市场监督", "市场监管", "冷链"),
    "environment": (
        "环境", "大气", "生态", "污染", "空气质量", "监测站", "环保", "水质",
        "林业", "林草", "草原", "护林", "造林", "园林", "绿化",
    ),
    "welfare": ("民政", "彩票公益金", "养老", "敬老院", "福利", "救助", "低保", "残疾", "残联", "康复"),
    "roads": ("道路", "公路", "交通运输", "桥梁", "养护", "路面", "车购税"),
    "education": ("学校", "中学", "小学", "教育", "生均", "学生", "教师", "校园"),
    "agriculture": ("农业", "耕地", "种植", "畜牧", "农机", "粮食", "农田", "储备粮"),
    "health": ("卫生", "医疗", "医院", "疾控", "健康", "医保", "防疫", "公共卫生", "疾病预防"),
    "culture": ("文化", "旅游", "体育", "文物", "图书馆", "全民健身", "健身", "非物质文化遗产", "文旅"),
    "water": ("水利", "水务", "饮水", "供水", "水库", "灌溉", "水资源", "河道", "节水"),
    "employment": ("就业", "人力资源", "人社", "创业", "职业技能", "技能培训", "失业"),
    "veterans": ("退役军人", "优抚", "军人", "双拥", "烈士", "退伍", "拥军"),
    "justice": ("司法", "法律援助", "法律顾问", "公证", "人民调解", "社区矫正", "普法", "政法", "检察", "法院"),
    "housing": ("住房", "安居工程", "危房改造", "棚户区", "老旧小区", "城乡建设", "住建", "保障性住房"),
}

#: The categories as the app names them.
CATEGORY_LABELS: dict[str, str] = {
    "emergency": "应急管理", "food_safety": "食品安全", "environment": "生态环境", "welfare": "民政福利",
    "roads": "交通道路", "education": "教育", "agriculture": "农业农村", "health": "卫生健康", "culture": "文化旅游",
    "water": "水利水务", "employment": "人社就业", "veterans": "退役军人", "justice": "司法法治", "housing": "住房城建",
}
# Figures files tag the kind of spending freely in English (figures.schema.json: "emergency_comms",
# "school_operations", "elderly_welfare"…); these words of a tag name the category it belongs to.
CATEGORY_TAG_WORDS: dict[str, tuple[str, ...]] = {
    "emergency": (
        "emergency", "safety", "disaster", "rescue", "fire", "flood", "firefighting", "inspection", "earthquake",
    ),
    "food_safety": ("food", "market"),
    "environment": (
        "environment", "environmental", "ecology", "ecological", "air", "pollution", "monitoring",
        "forest", "forestry", "ranger", "rangers", "grassland", "greening",
    ),
    "welfare": (
        "welfare", "elderly", "pension", "lottery", "relief", "disability", "civil", "disabled", "rehabilitation",
    ),
    "roads": ("road", "roads", "highway", "transport", "bridge", "traffic"),
    "education": ("school", "schools", "education", "student", "students", "teacher", "teachers", "tuition"),
    "agriculture": (
        "agriculture", "agricultural", "farm", "farmland", "crop", "livestock", "irrigation", "grain", "machinery",
    ),
    "health": ("health", "medical", "hospital", "disease", "vaccination", "epidemic"),
    "culture": ("culture", "cultural", "tourism", "sports", "library", "heritage", "fitness", "stadium", "gym"),
    "water": ("water", "hydraulic", "reservoir", "drinking"),
    "employment": ("employment", "job", "jobs", "labor", "labour", "unemployment", "entrepreneurship"),
    "veterans": ("veteran", "veterans", "military", "martyr", "martyrs", "servicemen"),
    "justice": ("legal", "law", "justice", "judicial", "court", "procuratorate", "mediation"),
    "housing": ("housing", "dwelling", "shantytown"),
}

_CATEGORY_OF: dict[str, list[str]] = {}
for _category, _words in CATEGORY_KEYWORDS.items():
    for _word in _words:
        _CATEGORY_OF.setdefault(_word, []).append(_category)
# Longest keyword first, so 食品安全 counts once as 食品安全, not also as 食品.
_CATEGORY_RE = re.compile("|".join(re.escape(w) for w in sorted(_CATEGORY_OF, key=len, reverse=True)))


def extract_metadata(text: str, source: str) -> ReportMeta:
    """Metadata of a cleaned report text; ``source`` is kept as given."""
    title_lines = title_block(text)
    title = "".join(title_lines)
    department = find_department(title_lines, text)
    return ReportMeta(
        source=source,
        title=title,
        project_name=find_project_name(title_lines, text, department),
        department=department,
        region=find_region(department),
        year=find_year(title, text),
        category=infer_category(title, text),
        amounts=find_amounts(text),
    )


def title_block(text: str) -> list[str]:
    """The title lines: non-empty lines before the first heading, without 附件 labels or prose."""
    lines: list[str] = []
    for line in text.split("\n")[:12]:
        line = line.strip()
        if not line:
            continue
        if HEADING_RE.match(line):
            break
        if _ATTACHMENT_RE.match(line):
            continue
        if len(line) > 60 or line.endswith(("。", "：", ":")):
            break  # a preamble paragraph: the title block is over
        lines.append(line)
    return lines


def find_department(title_lines: list[str], text: str) -> str:
    for line in title_lines:
        if line.startswith(("（", "(")):
            continue
        start = _TITLE_YEAR_RE.match(line)
        candidate = line[start.end() :] if start else line
        match = _DEPARTMENT_RE.match(candidate)
        if match:
            return match.group(1)
    found = Counter(m.group(1) for m in _BODY_DEPARTMENT_RE.finditer(text[:6000]) if "财政" not in m.group(1))
    return found.most_common(1)[0][0] if found else ""


def find_region(department: str) -> str:
    """The administrative prefix of the department (攀枝花市东区应急管理局 → 攀枝花市东区).

    The longest prefix ending in an administrative suffix (省 市 州 县 区 旗 盟) that is not part
    of a word (市场, 城市, 社区) and leaves an organisation name after it.
    """
    best = 0
    for i, ch in enumerate(department[:-1]):
        if ch not in _ADMIN_SUFFIXES or i < 1:
            continue
        if department[i + 1] in _NOT_ADMIN_AFTER.get(ch, "") or department[i - 1] in _NOT_ADMIN_BEFORE.get(ch, ""):
            continue
        best = i + 1
    return department[:best] if best < len(department) else ""


def find_year(title: str, text: str) -> int | None:
    """The year evaluated: the title's ``20xx年度``, else the most frequent year in the first part."""
    match = _TITLE_YEAR_RE.search(title)
    if match:
        return int(match.group(1))
    years = Counter(int(y) for y in _YEAR_RE.findall(text[:3000]))
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)


def find_project_name(title_lines: list[str], text: str, department: str) -> str:
    for line in title_lines:
        if line.startswith(("（", "(")) and line.endswith(("）", ")")):
            return line[1:-1].strip()
    match = _PROJECT_FIELD_RE.search(text[:3000])
    if match:
        return match.group(1).strip()
    title = "".join(title_lines)
    if department:
        title = title.replace(department, "", 1)
    title = _TITLE_YEAR_RE.sub("", title, count=1)
    for noise in _TITLE_NOISE:
        title = title.replace(noise, "")
    title = title.strip(" ，,、：:")
    if len(title) >= 2:
        return title
    match = _PREAMBLE_PROJECT_RE.search(text[:3000]) or _BODY_PROJECT_RE.search(text[:5000])
    return match.group(1) if match else ""


def infer_category(title: str, text: str) -> str:
    """The category whose keywords weigh most (title ×5); ``""`` when no keyword occurs. Traditional
    characters count as their simplified forms and pinyin glosses are dropped (騰沖市林業和草原局,
    農(nóng)機(jī)購置補貼 read as 腾冲市林业和草原局, 农机购置补贴)."""
    scores: Counter[str] = Counter()
    for weight, part in ((5, _plain(title)), (1, _plain(text))):
        for match in _CATEGORY_RE.finditer(part):
            for category in _CATEGORY_OF[match.group(0)]:
                scores[category] += weight
    if not scores:
        return ""
    best = max(scores.values())
    return next(c for c in CATEGORY_KEYWORDS if scores[c] == best)  # ties: the first listed


_GLOSS_GAP_RE = re.compile(rf"(?<=[{_HAN}]) +(?=[{_HAN}])")


def _plain(text: str) -> str:
    """Simplified characters without pinyin glosses, for keyword counting only (offsets are not kept)."""
    from chains.text.script import reading

    return _GLOSS_GAP_RE.sub("", reading(text))


def canonical_category(tag: str | None) -> str:
    """The index's category for a category as users and figures files write it, ``""`` if none fits.

    Accepts the index's own names (``education``), free English tags (``school_operations``: the
    first word that names a category decides, so ``food_safety`` is food safety, not emergency), the
    app's Chinese labels (教育) and Chinese keywords (学校). Tags naming no known category pass
    through lower-cased, so they still filter exactly.
    """
    text = (tag or "").strip()
    if not text:
        return ""
    lowered = text.lower()
    if lowered in CATEGORY_KEYWORDS:
        return lowered
    for category, label in CATEGORY_LABELS.items():
        if text == label:
            return category
    for word in re.split(r"[^a-z]+", lowered):
        for category, words in CATEGORY_TAG_WORDS.items():
            if word in words:
                return category
    return infer_category(text, "") or lowered


def find_amounts(text: str) -> dict[str, float]:
    """For each kind, the money amount (in 万元) right after its earliest keyword mention.

    Amounts are read by ``chains.numbers.extract_numbers`` (元/万元/亿元, Chinese numerals, 大写),
    so "实际支出1,390,000元" and "预算壹佰叁拾玖万元" count too. Reports state the total before its
    parts (预算 113 万元, then 48 + 15 + 50), so the earliest mention wins over keyword order. Table
    rows bound by ``chains.ingest.word_tables`` (``项目：全年预算资金；…；年度总金额(万元)：98.65``) are read as well.
    """
    from chains.text.numbers import extract_numbers

    money = [m for m in extract_numbers(text) if m.kind == "money"]
    starts = [m.span[0] for m in money]
    amounts: dict[str, float] = {}
    for key, (keywords, row) in _AMOUNT_PATTERNS.items():
        found: list[tuple[int, float]] = []
        for kw in keywords.finditer(text):
            k = bisect_left(starts, kw.end())
            # a bound (单笔支付5000元以上, ≤130万元) is a rule or a target, not the amount
            if k < len(money) and money[k].comparator is None and _GAP_RE.fullmatch(text[kw.end() : money[k].span[0]]):
                found.append((kw.start(), float(money[k].value)))
                break
        match = row.search(text)
        if match:
            found.append((match.start(), float(match.group(1).replace(",", ""))))
        if found:
            amounts[key] = min(found)[1]
    return amounts


# Between a keyword and its amount: a few characters of the same clause, no other number.
_GAP_RE = re.compile(r"[^。；;\n\d０-９]{0,14}")


def _amount_patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    keywords = re.compile(alternatives)
    # bound table row: 项目：全年预算资金；行次：(2)；年度总金额(万元)：98.65
    row = re.compile(rf"(?:{alternatives})[^\n]{{0,40}}?万元[)）]?：{NUMBER}")
    return keywords, row


_AMOUNT_PATTERNS = {key: _amount_patterns(words) for key, words in AMOUNT_KEYWORDS.items()}
