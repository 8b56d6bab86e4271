"""Number mentions in Chinese report text, each with its exact span in the original text.

``extract_numbers(text)`` finds Arabic numbers (half- and full-width digits, thousands separators,
decimals), Chinese numerals (一百三十九万元, 百分之九十五, 壹佰叁拾玖万元整, 两千余家, 一百三十九点五万),
years and dates (2023年3月), with the comparison sign in front (≥ ＜＝ 不低于 达到 …), the approximation
marks (约 余 左右 近 …) and the unit behind (元/万元/亿元, %, 分, 次 家 人次 家∙次 …).

Contracts the checker relies on:

* ``text[m.span[0]:m.span[1]] == m.raw`` for every mention; spans are offsets into the text *as given*
  (full-width digits are read through a same-length translation, ``[bookmark: …]`` markers are skipped,
  not removed);
* a shorter number is never matched inside a longer one ("0.00万元" inside "10.00万元");
* money is normalised to 万元 (``value``), while ``number``/``written_unit``/``decimals`` keep what was
  written, so tolerance (rules §8) is judged in the unit as written;
* values are ``Decimal`` built from the matched string, never from floats.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache
from typing import Any

__all__ = ["Mention", "extract_numbers", "parse_value", "COUNT_UNITS"]

Kind = str  # "money" | "percent" | "score" | "count" | "year" | "date" | "number"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")

# Comparators in front of a number (longest first) → direction of a target.
_CMP_WORDS: dict[str, str] = {
    "大于等于": "gte", "小于等于": "lte", "不低于": "gte", "不少于": "gte", "不小于": "gte",
    "不高于": "lte", "不超过": "lte", "不大于": "lte", "不多于": "lte", "控制在": "lte",
    "＞＝": "gte", "＜＝": "lte", ">=": "gte", "<=": "lte", "≥": "gte", "≤": "lte", "≧": "gte", "≦": "lte",
    "大于": "gte", "高于": "gte", "超过": "gte", "达到": "gte", "＞": "gte", ">": "gte",
    "小于": "lte", "低于": "lte", "＜": "lte", "<": "lte", "＝": "eq", "=": "eq",
}
_NEGATED = re.compile(r"(?:未|未能|没有|没|尚未|不能)$")
_APPROX_PRE = ("大约", "将近", "接近", "约", "近", "逾")
_POST_CMP = {"及以上": "gte", "以上": "gte", "及以下": "lte", "以下": "lte", "以内": "lte", "之内": "lte", "前": "lte"}
_POST_APPROX = ("左右", "上下", "余", "多")

#: count units (longest first inside the regex); value is the unit as normalised.
COUNT_UNITS: tuple[str, ...] = (
    "微克/立方米", "毫克/立方米", "毫克/升", "微克/升", "分贝", "平方公里", "平方千米", "平方米", "立方米", "延长米", "延米", "千瓦时", "兆瓦", "工作日", "个月", "人次", "家次", "户次", "车次", "架次", "批次", "场次", "样次",
    "台次", "人日", "家∙次", "家·次", "公顷", "千瓦",
    "人∙次", "人·次", "家•次", "人•次", "公里", "千米", "公斤", "千克", "小时", "课时", "学时", "分钟", "秒钟",
    "次", "家", "个", "份", "条", "人", "户", "项", "台", "套", "辆", "所", "座", "起", "件", "场", "期", "批", "名",
    "处", "篇", "本", "册", "张", "株", "亩", "米", "吨", "天", "周", "岁", "倍", "宗", "例", "只", "头", "棵", "间",
    "栋", "块", "盏", "部", "节", "堂", "轮", "组", "支", "队", "村", "镇", "所", "校", "班", "床", "册", "卷",
    "盘", "路", "枚", "箱", "袋", "瓶", "剂", "片", "幅", "集", "画幅", "页", "卷宗", "课", "门", "餐", "笔", "眼",
    "工日", "台班", "盒", "副", "顶", "辆次", "人月", "件次", "枪", "根", "孔", "樘", "扇", "种", "拍", "℃",
    "航次", "船次", "班次", "册次", "篇次", "空方", "立方", "千伏安", "兆瓦时", "颗", "粒", "趟次", "点次", "站次", "例次", "项次", "课次", "艘", "尾", "羽", "对", "艘次", "闸次", "具",
    # measures of a concentration, as monitoring reports write them ("耕层含盐量2.7g/kg", "PM2.5浓度32μg/m³")
    "g/kg", "mg/kg", "mg/L", "g/L", "μg/m³", "μg/m3", "mg/m³", "mg/m3", "dS/m", "克/千克", "毫克/千克", "厘米", "毫米", "叶",
)
_DOT_VARIANTS = {"家·次": "家∙次", "家•次": "家∙次", "人·次": "人∙次", "人•次": "人∙次"}

_CN_DIGITS = "零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾"
_CN_ALL = _CN_DIGITS + "百千万亿佰仟"
_CN_FRAC = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
            "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9, "两": 2}


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_CMP_RE = _alt(list(_CMP_WORDS))
_UNIT_RE = _alt(("%", "‰", "元", "分", "年", "月", "日", "号", *COUNT_UNITS))
# "分" only as a score: not 分钟/分之/分别/分期/部分… (the part after the digits).
_NOT_SCORE = "钟之别期批类项段配散开析布成享解摊管局行数值级档流支"
# "对" only as pairs (36对新人): not 对接/对照/对比/对象/对于/对外/对应/对口…
_NOT_PAIRS = "接照比象于外应口标策待话称齐付症抗"

# a PDF's thousand groups set apart ("1 234 567.00", "43 800元", "2 160人次"): three groups with decimals, or right
# before 元 or a count's unit (never before % or 分: "10 100%" is a weight and a rate side by side)
_SPACED_GROUPS = (r"\d{1,3}(?:[ \u00a0]\d{3}){2,}\.\d+|\d{1,3}(?:[ \u00a0]\d{3})+(?:\.\d+)?(?=[千万亿]?元|"
                  + _alt(COUNT_UNITS) + ")")
# a scan's stray space after the decimal point of a rate ("预算执行率93. 16%"), after words, never at a line's start
# (where "1. 95%…" numbers a list)
_SPACED_POINT = r"(?<=[\u4e00-\u9fff：:（(])\d{1,3}\.[ ]\d{1,4}(?=[%％])"
_FIRST_CHARS = "".join(sorted({w[0] for w in _CMP_WORDS} | {w[0] for w in _APPROX_PRE} | set(_CN_ALL) | {"百"}))
_PATTERN = re.compile(
    rf"(?=[0-9{re.escape(_FIRST_CHARS)}])"
    rf"(?P<cmp>{_CMP_RE})?[ \u3000]?(?P<ax>(?<![节制合契规])(?:{_alt(_APPROX_PRE)}))?"  # ("节约9.60万元": saved, no 约)
    r"(?:"
    # 1. dates and years: 2023年 2023年度 2023年3月 2023年3月31日 2023-03-31 2023.3.31
    r"(?<![0-9A-Za-z_.])(?P<y>(?:19|20)\d{2})(?:"
    r"[ ]?年(?P<yd>度)?(?:(?P<m>1[0-2]|0?[1-9])月(?:份)?(?:(?P<d>3[01]|[12]\d|0?[1-9])[日号])?)?"
    r"|[-/.](?P<m2>1[0-2]|0?[1-9])[-/.](?P<d2>3[01]|[12]\d|0?[1-9])(?![0-9.])"
    r")"
    # 2. Arabic numbers with an optional multiplier and unit
    rf"|(?<![0-9A-Za-z_.])(?P<num>{_SPACED_GROUPS}|{_SPACED_POINT}"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!(?!(?:m?g|dS)/)[0-9A-Za-z_]|\.\d+[A-Za-z])"  # "3.4TB": no "3"; "2.7g/kg" a measure
    r"(?:[ \u00a0\u3000](?=[万亿千]?元|%|分[，,。；;、）)]|(?:[万亿]?(?:" + _alt(COUNT_UNITS) + r"))(?:[^\u4e00-\u9fff]|$)))?"
    # ("1234.56 万元", "10.00&nbsp;万元", "90.00 分，", "365.50 人次，": one space, a count's unit ending its words)
    r"(?P<ax2>余|多)?(?P<mult>(?:千万|千(?![瓦伏克])|[万亿])(?!分之))?(?P<ax3>余|多)?"  # (千瓦时 千伏安 千克: units)
    rf"(?P<unit>(?:{_UNIT_RE}))?"
    # 3. Chinese numerals (百分之… or followed by a unit; see _accept_cn)
    rf"|(?P<pct>百分之)(?P<pcn>百|[{_CN_ALL}]*[{_CN_DIGITS}][{_CN_ALL}]*(?:点[{''.join(_CN_FRAC)}]+)?)"
    rf"|(?<![第初])(?P<cn>[{_CN_ALL}]*[{_CN_DIGITS}][{_CN_ALL}]*(?:点[{''.join(_CN_FRAC)}]+[万亿]?)?)"
    rf"(?P<cax>余|多)?(?P<cunit>(?:{_UNIT_RE}))?"
    rf"(?(cunit)|(?<=[万亿]))"  # a Chinese numeral counts only with a unit, or as an amount ending in 万/亿
    r")"
    rf"(?P<post>及以上|及以下|以上|以下|以内|之内|左右|上下|整|前)?"
)
# the groups' places in ``m.groups()``: a tuple is read far faster than ``m.groupdict()`` builds a dict
(_CMP, _AX, _Y, _YD, _M, _D, _M2, _D2, _NUM, _AX2, _MULT_G, _AX3, _UNIT, _PCT, _PCN, _CN, _CAX, _CUNIT,
 _POST) = (_PATTERN.groupindex[name] - 1 for name in (
    "cmp", "ax", "y", "yd", "m", "d", "m2", "d2", "num", "ax2", "mult", "ax3", "unit", "pct", "pcn", "cn", "cax",
    "cunit", "post"))
_HAS_FULLWIDTH = re.compile("[０-９．％]")
_BOOKMARK = re.compile(r"\[bookmark:[^\]\n]*\]")
_SCALE = {"元": Decimal(1) / Decimal(10000), "千元": Decimal("0.1"), "万元": Decimal(1), "千万元": Decimal(1000),
          "亿元": Decimal(10000)}
_MULT = {"千": Decimal(1000), "万": Decimal(10000), "千万": Decimal(10000000), "亿": Decimal(100000000)}


@dataclass(frozen=True)
class Mention:
    """One number as written: ``raw == text[span[0]:span[1]]``.

    ``value`` is normalised (money in 万元; percent as the number before %; a date's year), ``number``
    the numeral as written (``139`` for "139万元"), ``written_unit`` the unit as written ("万元", "元",
    "%", "次"; "" for a bare number), ``decimals`` the decimals as written (rules §8 tolerance).
    """

    span: tuple[int, int]
    raw: str
    value: Decimal
    unit: str
    kind: Kind
    decimals: int = 0
    approx: bool = False
    comparator: str | None = None
    number: Decimal = Decimal(0)
    written_unit: str = ""
    date: tuple[int, int | None, int | None] | None = None

    # read thousands of times a check: cached in the instance (``_finish`` sets them as it builds a mention)
    @cached_property
    def start(self) -> int:
        return self.span[0]

    @cached_property
    def end(self) -> int:
        return self.span[1]

    def half_unit(self) -> Decimal:
        """Half a unit of the last written decimal, in the unit of ``value`` (rules §8)."""
        half = Decimal(5) * Decimal(10) ** (-(self.decimals + 1))
        if self.kind == "money":
            return half * _SCALE.get(self.written_unit, Decimal(1))
        if self.written_unit == "‰":
            return half / 10
        if self.written_unit[:1] in ("万", "亿") and self.number:
            return half * abs(self.value / self.number)  # "1.72万亩" is 17200亩 to within 50亩
        return half


def _cn_to_decimal(cn: str) -> tuple[Decimal, int] | None:
    """Chinese numeral → (value, decimals); None when cn2an cannot read it."""
    import cn2an  # small, pure python; imported lazily so that `import chains.text.numbers` stays cheap

    mult = Decimal(1)
    frac = ""
    if "点" in cn:
        cn, frac = cn.split("点", 1)
        if frac and frac[-1] in "万亿":
            mult = _MULT[frac[-1]]
            frac = frac[:-1]
        if not cn or any(ch not in _CN_FRAC for ch in frac):
            return None
    try:
        integer = Decimal(str(cn2an.cn2an(cn, "smart")))
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        return None
    if integer != integer.to_integral_value():
        return None
    value = integer + (Decimal("0." + "".join(str(_CN_FRAC[c]) for c in frac)) if frac else Decimal(0))
    return value * mult, len(frac)


@lru_cache(maxsize=4096)
def _cn_cached(cn: str) -> tuple[Decimal, int] | None:
    return _cn_to_decimal(cn)


def _classify(unit: str, mult: str | None, has_year: bool) -> tuple[Kind, str, str]:
    """(kind, normalised unit, written unit) of a unit suffix."""
    if unit == "元":
        written = (mult or "") + "元"
        return "money", "万元", written
    if mult and not unit:
        return "money", "万元", mult + "元"  # "139万" in a budget sentence means 139万元
    if unit in ("%", "‰"):
        return "percent", "%", unit
    if unit == "分":
        return "score", "分", "分"
    if unit in ("月", "日", "号"):
        return ("date", "date", unit) if unit != "号" else ("number", "号", "号")
    if unit:
        u = _DOT_VARIANTS.get(unit, unit)
        return "count", u, u
    return "number", "", ""


def extract_numbers(text: str) -> list[Mention]:
    """Every number mention in ``text``, in order; never raises on any string."""
    if not text:
        return []
    norm = text.translate(_FULLWIDTH) if _HAS_FULLWIDTH.search(text) else text
    blocked = [(m.start(), m.end()) for m in _BOOKMARK.finditer(norm)] if "[bookmark" in norm else []
    out: list[Mention] = []
    k = 0  # blocked spans are sorted and mentions come in order: one pointer suffices
    for m in _PATTERN.finditer(norm):
        mention = _mention(text, m)
        if mention is None:
            continue
        if mention.unit == "年" and mention.kind == "count" and (y := _LISTED_YEAR.match(mention.raw)):
            mention = _listed_year(mention, y)  # "2.2022年度本项目自评得分…": item 2, the year 2022
        if blocked:
            while k < len(blocked) and blocked[k][1] <= mention.span[0]:
                k += 1
            if k < len(blocked) and blocked[k][0] < mention.span[1]:
                continue
        out.append(mention)
    return out


_LISTED_YEAR = re.compile(r"\d{1,2}\.((?:19|20)\d{2})年$")


def _listed_year(m: Mention, y: re.Match[str]) -> Mention:
    start = m.start + y.start(1)
    year = object.__new__(Mention)
    year.__dict__.update(span=(start, m.end), start=start, end=m.end, raw=m.raw[y.start(1) :], value=Decimal(y.group(1)),
                         unit="年", kind="year", decimals=0, approx=False, comparator=None, number=Decimal(y.group(1)),
                         written_unit="年", date=None)
    return year


def _mention(text: str, m: re.Match[str]) -> Mention | None:
    g = m.groups()
    cmp_word = g[_CMP]
    comparator = _CMP_WORDS.get(cmp_word) if cmp_word else None
    if cmp_word == "达到" and _NEGATED.search(text, max(0, m.start() - 3), m.start()):
        comparator = "lte"  # "执行率未达到100%": below it, a bound, no figure of the project
    elif comparator is None and text[max(0, m.start() - 2) : m.start()] in ("未达", "不达", "未及"):
        comparator = "lte"  # "预算执行率未达100%": the same
    approx = bool(g[_AX])
    if g[_Y]:
        return _year_mention(text, m, g, approx, comparator)
    if g[_NUM] is not None:
        return _arabic_mention(text, m, g, approx, comparator)
    if g[_PCT]:
        return _percent_mention(text, m, g, approx, comparator)
    if g[_CN]:
        return _chinese_mention(text, m, g, approx, comparator)
    return None  # pragma: no cover - the pattern always sets one branch


def _year_mention(
    text: str, m: re.Match[str], g: tuple[Any, ...], approx: bool, comparator: str | None
) -> Mention | None:
    """2023年 2023年度 2023年3月31日 2023-03-31: a year, or a date."""
    y = int(g[_Y])
    mo = g[_M] or g[_M2]
    d = g[_D] or g[_D2]
    if not mo and not m.group(0).rstrip("度整").endswith(("年", "年度")) and "年" not in m.group(0):
        return None
    number = Decimal(y)
    date: tuple[int, int | None, int | None] | None = None
    if mo:
        date = (y, int(mo), int(d) if d else None)
        kind, unit, written = "date", "date", "date"
    else:
        kind, unit, written = "year", "年", "年"
    return _finish(text, m, m.start(), m.end(), number, unit, kind, 0, approx, comparator, g[_POST], number,
                   written, date)


def _arabic_mention(
    text: str, m: re.Match[str], g: tuple[Any, ...], approx: bool, comparator: str | None
) -> Mention:
    """139 / 1,390.5 / 139万元 / 95% / 320人次 …, with an optional multiplier (千 万 亿) and unit."""
    post = g[_POST]
    start, end = m.start(), m.end()
    num = g[_NUM].replace(",", "").replace(" ", "").replace("\u00a0", "")
    number = Decimal(num)
    decimals = len(num.split(".", 1)[1]) if "." in num else 0
    unit_raw = g[_UNIT] or ""
    mult = g[_MULT_G]
    approx = approx or bool(g[_AX2] or g[_AX3])
    if (unit_raw == "分" and text[end : end + 1] in _NOT_SCORE or unit_raw == "对" and text[end : end + 1] in _NOT_PAIRS) \
            and end < len(text) and not post:
        # "分钟" "分别"…, "对接" "对照"…: keep the bare number, drop the 分 or 对
        end = m.start("unit")
        unit_raw = ""
        post = None
    if unit_raw == "年" and mult is None:
        kind, unit, written = "count", "年", "年"
    elif unit_raw in ("日", "号") and mult is None:
        kind, unit, written = ("date", "date", "日") if unit_raw == "日" else ("number", "号", "号")
    else:
        if mult and unit_raw and unit_raw not in ("元",):
            number_scaled = number * _MULT[mult]
            kind, unit, written = _classify(unit_raw, None, False)
            value = number_scaled
            written = mult + written
            return _finish(text, m, start, end, value, unit, kind, decimals, approx, comparator, post,
                           number, written, None)
        kind, unit, written = _classify(unit_raw, mult, False)
    if kind == "money":
        value = number * _SCALE[written] if written in _SCALE else number
    elif written == "‰":
        value = number / 10
    else:
        value = number
    return _finish(text, m, start, end, value, unit, kind, decimals, approx, comparator, post, number, written, None)


def _percent_mention(
    text: str, m: re.Match[str], g: tuple[Any, ...], approx: bool, comparator: str | None
) -> Mention | None:
    """百分之九十五."""
    parsed = _cn_cached(g[_PCN]) if g[_PCN] != "百" else (Decimal(100), 0)
    if parsed is None:
        return None
    number, decimals = parsed
    return _finish(text, m, m.start(), m.end(), number, "%", "percent", decimals, approx, comparator, g[_POST],
                   number, "百分之", None)


def _chinese_mention(
    text: str, m: re.Match[str], g: tuple[Any, ...], approx: bool, comparator: str | None
) -> Mention | None:
    """一百三十九万元, 两千余家, 二〇二三年 …: a Chinese numeral with a unit, or an amount ending in 万/亿."""
    cn, cunit = g[_CN], g[_CUNIT] or ""
    if not _accept_cn(cn, cunit, text, m.end("cn")):
        return None
    if cunit == "分" and len(cn) < 2:
        return None
    parsed = _cn_cached(cn)
    if parsed is None:
        return None
    number, decimals = parsed
    approx = approx or bool(g[_CAX])
    if cunit == "元":
        kind, unit, written = "money", "万元", "元"
        value = number / 10000
    elif not cunit and cn[-1] in "万亿":
        kind, unit, written = "money", "万元", "元"
        value = number / 10000
    elif cunit == "年" and len(cn) == 4 and all(c in "〇零一二三四五六七八九" for c in cn):
        kind, unit, written = "year", "年", "年"
        value = number
    else:
        kind, unit, written = _classify(cunit, None, False)
        value = number
    return _finish(text, m, m.start(), m.end(), value, unit, kind, decimals, approx, comparator, g[_POST], number,
                   written, None)


def _accept_cn(cn: str, unit: str, text: str, end: int) -> bool:
    """Chinese numerals count only with a unit, and not in set phrases (一起, 一次性, 十分…)."""
    if not unit:
        return cn[-1] in "万亿" and any(c in _CN_DIGITS for c in cn[:-1]) and len(cn) >= 2
    if len(cn) == 1 and cn in "一两" and unit in ("起", "个", "项", "批", "期", "些", "天", "年", "月", "日", "周"):
        return False  # 一起 / 一个 / 一年… are rarely figures worth checking
    nxt = text[end + len(unit) : end + len(unit) + 1]
    if unit in ("次", "个", "份") and nxt in "性数别":
        return False
    if unit == "分" and nxt and nxt in _NOT_SCORE:
        return False
    return True


_UNIT_ALT = re.compile(r"[（(](?:套|台|个|件|张|份|册|辆|处|座|只|头|株|棵|人|人次|户|家|项)[)）]")


def _finish(
    text: str,
    m: re.Match[str],
    start: int,
    end: int,
    value: Decimal,
    unit: str,
    kind: Kind,
    decimals: int,
    approx: bool,
    comparator: str | None,
    post: str | None,
    number: Decimal,
    written: str,
    date: tuple[int, int | None, int | None] | None,
) -> Mention:
    if post and end == m.end():
        if post in _POST_CMP and comparator is None:
            comparator = _POST_CMP[post]
        elif post in _POST_APPROX:
            approx = True
    elif post and end != m.end():
        end = min(end, m.end())
    if kind == "count" and text[end : end + 1] in "（(" and text[start - 1 : start] == "、" \
            and (alt := _UNIT_ALT.match(text, end)) is not None:
        end = alt.end()  # "…、97 件（套），合计…": a listed unit with its alternative in brackets, no detail of the figure
    # the fields set straight into a new frozen instance: a report holds hundreds of mentions, and the frozen
    # dataclass's ``__init__`` (one ``object.__setattr__`` a field) was a fifth of reading them
    mention = object.__new__(Mention)
    mention.__dict__.update(span=(start, end), start=start, end=end, raw=text[start:end], value=value, unit=unit, kind=kind,
                            decimals=decimals, approx=approx, comparator=comparator, number=number,
                            written_unit=written, date=date)
    return mention


def chinese_integer(cn: str) -> int | None:
    """A whole number written in Chinese numerals ("两", "十二"), or None."""
    read = _cn_cached(cn)
    return int(read[0]) if read is not None and read[1] == 0 and read[0] == read[0].to_integral_value() else None


def parse_value(raw: str) -> Mention | None:
    """The first mention in a short string (a table cell), or None."""
    found = extract_numbers(raw)
    return found[0] if found else None


def mentions_within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by position, as ``extract_numbers`` gives them) that lie inside [start, end)."""
    i = bisect.bisect_left(mentions, start, key=lambda m: m.span[0])
    out = []
    while i < len(mentions) and mentions[i].span[0] < end:
        if mentions[i].span[1] <= end:
            out.append(mentions[i])
        i += 1
    return out
