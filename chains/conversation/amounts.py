"""How people say amounts and rates in a chat → exact ``Decimal`` values, or a reason to ask.

Pure and table-tested (``tests/test_spoken_amounts.py``). ``parse_amounts(text)`` returns one
:class:`Amount` per number in a message: the exact value (万元 for money, percent points for a
percent), its kind, the word that makes it approximate (大概、左右、出头、多 …), the fraction when it is
a share of another figure (八成 → 0.8, 预算的百分之八十 → 0.8), and a ``problem`` when it must be asked
back rather than used (a negative, a range, an unclear numeral, a change rather than a figure, a
capped rate above 100%). Values are built from the matched characters as ``Decimal`` — never through
a float — and spans point into the message as written (full-width digits and 大写 numerals are
normalised one character for one character). cn2an reads plain Chinese integers a second time; when
it disagrees, the amount is asked back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from chains.conversation.numerals import DIGIT, evaluate
from chains.vocabulary import CAPPED_RATE

# one character for one character, so that spans into the normalised text are spans into the message
_NORMAL = str.maketrans(
    "０１２３４５６７８９．％－−＋　\u00a0～〜ＷW壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億〇兩圆",
    "0123456789.%--+  ~~ww一二二三三四五六六七八九十百千万亿零两元",
)
_WAN = Decimal(10000)
_TOO_LARGE = Decimal(10) ** 16

_RUN = re.compile(r"[0-9零一二两三四五六七八九十][0-9零一二两三四五六七八九十百千万亿点.,w多余来几]*")
#: the unit after a number (spaces allowed before it: “1234.56 万元”, “93.65 %”)
_UNIT = re.compile(
    r"[ \t]*(?:(?P<pct>%)|(?P<mul>亿元|万元|千元|百元|亿|万)(?P<yuan>元|块钱?)?|(?P<yuan2>元|块钱|块(?![儿地田])))(?P<zheng>整)?"
)
_CHENG = re.compile(r"成(?P<tail>[一二三四五六七八九半])?(?![本为立果绩功员交效熟长都品型套就不])")
#: a unit that makes a number a count, not an amount (一万人次, 300人); 人民币 and 项目 are not counts
_COUNT_UNIT = re.compile(
    r"[ \t]*(?:人(?!民币|员)|户|家(?!庭)|个(?!百分点)|名(?![义称单])|次|亩|吨|公里|千米|平方米|平米|米|册|套|台|辆|件|株|棵|"
    r"座|所(?!以)|项(?!目)|条|份|本(?![级年])|篇|场(?!地)|批(?!复)|处|间|张|天|周|小时|倍|届|类|种|栋|根|盏)"
)
#: a unit that makes a number without 万 or 亿 a date, an age, a score or a measure (2024年, 3月, 10分)
_OTHER_UNIT = re.compile(
    r"[ \t]*(?:个?百分点|年|月|日|号|时|点钟|分(?!之)|秒|岁|季度|[a-vx-zA-VX-Z])|" + _COUNT_UNIT.pattern
)
_APPROX_BEFORE = re.compile(
    r"大概|大约|约莫|大致|差不多|将近|接近|估计|估摸|预计|可能|好像|也就|不到|不足|不超过|超过|至少|最多|起码|"
    r"少于|多于|低于|高于|(?<![节制签履违预公条合])约(?![定束])|(?<![最附将接])近\s*$"
)
_APPROX_AFTER = re.compile(
    r"\s*(左右|上下|出头|开外|有余|多一点|多点|以上|以下|以内|不到|朝上|的样子|多(?=$|[\s，,。；;！!？?、）)]))"
)
#: the number is a change (调减50万, 比预算少5.4万), not the figure itself (调增到150万 is the figure)
_CHANGE = re.compile(
    r"(调减|调增|核减|压减|削减|减少|增加|追加|增长|下降|节约|节省|超支|(?<!不)多花|少花|少用|(?<!不)多用|少了|(?<!不)多了)"
    r"(?!了?\s*(到|至|为|成|后))"
    r"|比[^，,。；;]{0,10}?(多|少|高|低|超)"
)
_RATE_WORDS = re.compile(r"率|比例|满意|百分比|占比")
_WIDE_GROUPED = re.compile(r"(?<![0-9])[0-9]{1,3}(?:，[0-9]{3})+(?:\.[0-9]+)?(?=[ \t]*(?:元|万|亿))")
_UNSURE = re.compile(r"吧|不太确定|不确定|记不清|记不太清|好像|可能|估计|差不多|大概")
_RANGE_PAIR = re.compile(r"[一二三四五六七八九]{2}")
_FUNDS_RATE = re.compile(r"(执行|支出|使用|支付|到位|到账|拨付)(率|进度)")
_DATE_UNIT = re.compile(r"[ \t]*(?:月|日|号|点|时)")
#: what may stand before a “-” that is a range or a difference, not a minus sign (70-80万, 100万-50万)
_NOT_A_SIGN = re.compile(r"[0-9零一二两三四五六七八九十百千万亿元%]")
_SHARE_WORDS = re.compile(r"占|相当于|的\s*$|预算|到位|资金|支出|经费|拨付|下达|花|用")
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n、]")
_RANGE_GAP = re.compile(r"\s*(?:~|-|到|至)\s*")


@dataclass(frozen=True)
class Amount:
    """One number in a message, read exactly or marked to be asked back."""

    span: tuple[int, int]  #: into the message as written: sign, 百分之, digits, unit, 整
    raw: str
    kind: str  #: money | percent | bare | other (a count, a date, a score: not an amount)
    value: Decimal | None  #: 万元 (money), percent points (percent), the number (bare, other); None if unclear
    unit: str | None = None  #: as written: 元 万元 万 亿 千元 % 百分之 成 …
    approx: str | None = None  #: the word that makes it approximate (大概, 左右, 多 …)
    share: Decimal | None = None  #: a fraction of another figure (八成 → 0.8), to be computed and asked back
    negative: bool = False
    problem: str | None = None  #: negative | range | unclear | change | over_100 | grouping

    @property
    def exact(self) -> bool:
        """Read exactly: a money or percent value that needs no question."""
        return (
            self.kind in ("money", "percent")
            and self.value is not None
            and self.approx is None
            and self.share is None
            and self.problem is None
        )

    @property
    def ask(self) -> bool:
        """Must be asked back before it is used (a bare number's unit is asked too)."""
        return self.kind != "other" and not self.exact


def normalise(text: str) -> str:
    """Full-width digits, 大写 numerals and signs as plain characters; the same length as ``text``.

    A full-width comma between groups of three digits before a unit (1，234，500元) becomes a
    grouping comma; such an amount is asked back, since the same comma also separates clauses."""
    s = text.translate(_NORMAL)
    return _WIDE_GROUPED.sub(lambda m: m.group(0).replace("，", ","), s)


def parse_amounts(text: str, context: str = "") -> list[Amount]:
    """Every amount, rate and number said in ``text``. ``context`` names what is being asked (执行率 …)."""
    s = normalise(text)
    out: list[Amount] = []
    pos = 0
    while m := _RUN.search(s, pos):
        start, end = m.start(), _trim(s, m.start(), m.end())
        if end <= start:
            pos = m.end()
            continue
        window_start = max([i + 1 for i in _clause_ends(s, start)] + [out[-1].span[1] if out else 0])
        amount = _read(text, s, start, end, s[window_start:start], context)
        if amount is not None:
            out.append(amount)
            pos = max(amount.span[1], start + 1)
        else:
            pos = end
    return _unsure_after(s, _merge_ranges(text, s, out))


def _unsure_after(s: str, amounts: list[Amount]) -> list[Amount]:
    """“预算85万吧”, “85万，记不太清了”: doubt said after an amount (before the next one) makes it approximate."""
    out = []
    for i, a in enumerate(amounts):
        stop = len(s)
        if i + 1 < len(amounts):  # up to the clause of the next amount (“85万，大概到位80万”: not this one's doubt)
            seps = [m.start() for m in _CLAUSE_END.finditer(s, a.span[1], amounts[i + 1].span[0])]
            stop = seps[-1] if seps else a.span[1]
        doubt = _UNSURE.search(s, a.span[1], stop)
        if a.approx is None and doubt and a.kind != "other":
            a = replace(a, approx=doubt.group(0))
        out.append(a)
    return out


def _clause_ends(s: str, before: int) -> list[int]:
    ends = [m.start() for m in _CLAUSE_END.finditer(s, 0, before)]
    return ends[-1:]


def _trim(s: str, start: int, end: int) -> int:
    """Cut a run where it stops being a number (“139,到位” → “139”; “79万6月” → “79万”)."""
    i = start
    while i < end:
        ch = s[i]
        nxt = s[i + 1] if i + 1 < len(s) else ""
        prev = s[i - 1] if i > start else ""
        if ch in ",." and not (prev.isdigit() and nxt.isdigit() and prev.isascii() and nxt.isascii()):
            break
        if ch == "点" and not (nxt in DIGIT or (nxt.isdigit() and nxt.isascii())):
            break
        if ch == "w" and not (prev.isdigit() and not (nxt.isascii() and nxt.isalpha())):
            break
        if ch in "多余来几" and nxt not in "万亿千百十w":
            break  # 85万多一点: 多 is said after the amount, not inside it
        i += 1
    end = i
    while end > start and s[end - 1] in "多余来几":
        end -= 1
    # a trailing short digit after a multiplier is a date or a count when a unit follows (79万6月)
    tail = re.search(r"(?<=[万亿千百])([0-9]|[一二两三四五六七八九])$", s[start:end])
    if tail and _DATE_UNIT.match(s, end):
        end -= 1
    return end


def _read(text: str, s: str, start: int, end: int, window: str, context: str) -> Amount | None:
    """The number at ``s[start:end]`` with what is written around it."""
    run = s[start:end]
    value, problem, approx = evaluate(run)
    if _CHENG.match(s, end) and _RANGE_PAIR.fullmatch(run) and abs(DIGIT[run[0]] - DIGIT[run[1]]) == 1:
        value, problem, approx = None, "range", "范围"  # 七八成
    if approx is None and start > 0 and s[start - 1] == "几":
        approx, problem, value = "几", "unclear", None
    pre_start, unit, kind, factor = start, None, "bare", Decimal(1)
    if s.endswith(("百分之", "千分之"), 0, start):
        pre_start, kind, unit = start - 3, "percent", s[start - 3 : start]
        factor = Decimal(1) if unit == "百分之" else Decimal("0.1")
    post = end
    share: Decimal | None = None
    if kind == "bare":
        kind, unit, factor, post, share = _unit_after(s, run, end, value)
    if kind == "bare" and s[end : end + 1] == "整":
        post += 1
    if kind == "bare" and (s[start - 1 : start] == "第" or _OTHER_UNIT.match(s, end) or _COUNT_UNIT.match(s, end)):
        kind = "other"
    if kind == "bare" and len(run) == 1 and not run.isdigit():
        return None  # a lone 一 / 十 in a word (统一, 十分) is not a number
    if kind == "bare" and _RATE_WORDS.search(context + window) and not _CHANGE.search(window):
        kind, unit = "percent", None
    if s[pre_start - 1 : pre_start] in "¥￥" and pre_start > 0:
        pre_start -= 1
        if kind == "bare":
            kind, unit, factor = "money", "元", Decimal("0.0001")
    negative = pre_start > 0 and (
        s[pre_start - 1] == "负"
        or (s[pre_start - 1] == "-" and not _NOT_A_SIGN.fullmatch(s[pre_start - 2 : pre_start - 1] or "x"))
    )
    if negative:
        pre_start -= 1
    if value is not None and abs(value) >= _TOO_LARGE:
        value, problem = None, "unclear"  # beyond any budget: asked, not read
    if unit == "成" and share is not None:
        value = _clean(share * 100)
    elif value is not None:
        value = _clean(value * factor * (-1 if negative else 1))
    approx = approx or _approx_around(s, window, post)
    said_before = re.sub(r"(百分之|千分之|负|-|¥|￥)$", "", window).rstrip()
    if kind == "percent" and share is None and (
        not _RATE_WORDS.search(said_before) and _SHARE_WORDS.search(said_before)
    ):
        share = None if value is None else value / 100
    problem = problem or _problem(kind, value, negative, share, window, context)
    if "，" in text[pre_start:post] and problem is None:
        problem = "grouping"  # 1，234，500元: read, and asked back
    return Amount(
        (pre_start, post), text[pre_start:post], kind, value, unit, approx, share, negative, problem
    )


def _unit_after(
    s: str, run: str, end: int, value: Decimal | None
) -> tuple[str, str | None, Decimal, int, Decimal | None]:
    """(kind, unit as written, factor to the kind's unit, end of the unit, share) after a run."""
    if run == "一" and re.match(r"半(?![年个天月小])", s[end : end + 2]):
        return "percent", "一半", Decimal(50), end + 1, Decimal("0.5")  # 到位了一半
    cheng = _CHENG.match(s, end)
    if cheng and value is None and _RANGE_PAIR.fullmatch(run):
        return "percent", "成", Decimal(1), cheng.end(), None
    if cheng and re.fullmatch(r"[一二两三四五六七八九十]|[1-9]|10", run) and value is not None:
        tail = cheng.group("tail")
        pct = value * 10 + (Decimal(5) if tail == "半" else Decimal(DIGIT[tail]) if tail else 0)
        return "percent", "成", Decimal(1), cheng.end(), pct / 100  # the value is the share × 100
    ge = re.match(r"个(亿|万)(元)?", s[end : end + 3])
    if ge and not re.search(r"[万亿w]", run):  # 两个亿, 1.2个亿
        return "money", ge.group(0), (Decimal(10**8) if ge.group(1) == "亿" else _WAN) / _WAN, end + ge.end(), None
    m = _UNIT.match(s, end)
    ends_in_wan = run[-1] in "万亿w"
    if m and m.group("pct"):
        return "percent", "%", Decimal(1), m.end(), None
    if m and m.group("mul"):
        mul = m.group("mul")
        factor = {"亿": Decimal(10**8), "万": _WAN, "千": Decimal(1000), "百": Decimal(100)}[mul[0]]
        if ends_in_wan:  # 79万 万元: the run already says 万; the unit repeats it
            return "money", run[-1], 1 / _WAN, end, None
        return "money", mul + (m.group("yuan") or ""), factor / _WAN, m.end(), None
    if m and m.group("yuan2") == "块" and not re.search(r"[千万亿w]", run):
        return "bare", None, Decimal(1), end, None  # 300块: three hundred yuan, or 300 pieces — asked
    if m and m.group("yuan2"):
        unit = {"亿": "亿元", "万": "万元", "w": "万元"}.get(run[-1], "元")
        return "money", unit, 1 / _WAN, m.end(), None
    big = re.findall(r"[万亿w]", run)
    if big and not _COUNT_UNIT.match(s, end):  # 79万, 七十九万六, 1亿2: 万 and 亿 say money
        return "money", {"w": "万"}.get(big[-1], big[-1]), 1 / _WAN, end, None
    return "bare", None, Decimal(1), end, None


def _clean(value: Decimal) -> Decimal:
    """79.60000 → 79.6 and 200.0000 → 200, without an exponent."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _approx_around(s: str, window: str, post: int) -> str | None:
    before = _APPROX_BEFORE.search(window)
    if before:
        return before.group(0).strip()
    after = _APPROX_AFTER.match(s, post)
    return after.group(1) if after else None


def _problem(
    kind: str, value: Decimal | None, negative: bool, share: Decimal | None, window: str, context: str
) -> str | None:
    if negative:
        return "negative"
    if kind in ("money", "percent", "bare") and _CHANGE.search(window):
        return "change"
    if kind == "percent" and value is not None and value > 100:
        if share is not None or CAPPED_RATE.search(context + window) or _FUNDS_RATE.search(context + window):
            return "over_100"
    return None


def _merge_ranges(text: str, s: str, amounts: list[Amount]) -> list[Amount]:
    """“70到80万”, “70-80万”, “七八十万”: a range, to be asked back as one amount."""
    out: list[Amount] = []
    for a in amounts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("bare", a.kind)
            and a.kind in ("money", "percent")
            and prev.span[1] <= a.span[0]
            and _RANGE_GAP.fullmatch(s[prev.span[1] : a.span[0] + (1 if s[a.span[0]] == "-" else 0)])
        ):
            span = (prev.span[0], a.span[1])
            out[-1] = Amount(span, text[span[0] : span[1]], a.kind, None, a.unit, "范围", None, False, "range")
            continue
        out.append(a)
    return out
