"""Chinese and mixed numerals → exact ``Decimal`` values: 七十九万六 → 796000, 79万6 → 796000.

Pure; used by ``amounts`` on one run of numeral characters already normalised (full-width digits and
大写 numerals as plain ones). The value is built as a ``Decimal`` token by token, never through a float.
Spoken shorthand is read as people mean it (七十九万六 = 796000, 一百五 = 150, 三千五 = 3500); what could
mean two things (一百五万, 79万65, 七八十万) is returned with a problem instead of a value. cn2an reads
plain Chinese integers a second time, and a disagreement is returned as a problem too.
"""

from __future__ import annotations

import re
from decimal import Decimal

DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MUL = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "w": 10**4, "亿": 10**8}
_TOKEN = re.compile(
    r"(?P<ar>[0-9][0-9,]*(?:\.[0-9]+)?)|(?P<cn>[零一二两三四五六七八九])|(?P<mul>[十百千万亿w])"
    r"|点(?P<frac>[0-9零一二两三四五六七八九]+)|(?P<apx>[多余来几])"
)
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


def evaluate(run: str) -> tuple[Decimal | None, str | None, str | None]:
    """(value, problem, approximation word) of a numeral in normalised form (七十九万六 → 796000)."""
    tokens = [m for m in _TOKEN.finditer(run)]
    if sum(len(m.group(0)) for m in tokens) != len(run):
        return None, "unclear", None
    if len(tokens) > 1 and all(m.group("cn") for m in tokens):
        return Decimal("".join(str(DIGIT[m.group("cn")]) for m in tokens)), None, None  # 二〇二四, 九九
    acc = _Numeral()
    for m in tokens:
        if not acc.feed(m):
            return None, acc.problem or "unclear", acc.approx
    value = acc.value()
    if value is None:
        return None, acc.problem or "unclear", acc.approx
    if acc.problem is None and acc.plain and any(m.group("mul") for m in tokens):
        value_cn = _cn2an_reading(run)
        if value_cn is not None and value_cn != value:
            return None, "unclear", acc.approx
    return value, acc.problem, acc.approx


def _cn2an_reading(run: str) -> Decimal | None:
    try:
        import cn2an

        got = cn2an.cn2an(run, "normal")
    except (ImportError, ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    return Decimal(got) if isinstance(got, int) else None


class _Numeral:
    """The running sum of a numeral: 亿 and 万 sections, the current section, the pending digit."""

    def __init__(self) -> None:
        self.high = Decimal(0)  # 亿 and above
        self.wan = Decimal(0)  # the 万 section
        self.section = Decimal(0)  # below 万
        self.number: Decimal | None = None
        self.number_kind = ""  # cn (one Chinese digit) | ar (Arabic digits) | dec (has a fraction)
        self.number_digits = 0
        self.small: int | None = None  # the last 十/百/千 of this section
        self.last: int | None = None  # the last multiplier of any size
        self.zero = False
        self.approx: str | None = None
        self.problem: str | None = None
        self.plain = True  # Chinese numerals only, no fraction, no approximation: cn2an can read it too
        self.prev_digit: int | None = None

    def feed(self, m: re.Match[str]) -> bool:
        if m.group("cn"):
            return self._digit(DIGIT[m.group("cn")])
        if m.group("ar"):
            return self._arabic(m.group("ar"))
        if m.group("frac") is not None:
            return self._fraction(m.group("frac"))
        if m.group("apx"):
            self.approx, self.plain = m.group("apx"), False
            if m.group("apx") == "几":
                self.problem = "unclear"
            return True
        return self._multiplier(_MUL[m.group("mul")])

    def _digit(self, d: int) -> bool:
        if d == 0:
            self.zero, self.prev_digit = True, None
            return True
        if self.number is not None:
            if self.number_kind == "cn" and self.prev_digit is not None and abs(d - self.prev_digit) == 1:
                self.problem, self.approx = "range", "范围"  # 七八十万, 三四千
            return False
        self.number, self.number_kind, self.number_digits, self.prev_digit = Decimal(d), "cn", 1, d
        return True

    def _arabic(self, raw: str) -> bool:
        self.plain = False
        if self.number is not None:
            return False
        if "," in raw and not _GROUPED.fullmatch(raw):
            self.problem = "grouping"
            return False
        digits = raw.replace(",", "")
        self.number = Decimal(digits)
        self.number_kind = "dec" if "." in digits else "ar"
        self.number_digits = len(digits.split(".")[0])
        return True

    def _fraction(self, frac: str) -> bool:
        self.plain = False
        if self.number_kind == "dec":
            return False
        if self.number is not None and self.last is not None and self.last > 10 and not self.zero:
            self.problem = "unclear"  # 一百五点五: 150.5 or 105.5?
            return False
        digits = "".join(str(DIGIT[c]) if c in DIGIT else c for c in frac)
        self.number = self.section + (self.number or 0) + Decimal("0." + digits)
        self.section, self.small, self.number_kind = Decimal(0), None, "dec"
        return True

    def _multiplier(self, mul: int) -> bool:
        if mul < 10**4:
            if self.number is None:
                if mul != 10:
                    return False
                self.number = Decimal(1)  # 十万, 一百一十
            if self.small is not None and mul >= self.small:
                return False  # 三百五千
            self.section += self.number * mul
            self.small = mul
        elif self.number is not None and self.small is not None and self.small > 10 and not self.zero:
            self.problem = "unclear"  # 一百五万: 150万 or 105万?
            return False
        elif mul == 10**4:
            if (self.number is None and self.section == 0) or self.wan:
                return False
            self.wan = (self.section + (self.number or 0)) * mul
            self.section, self.small = Decimal(0), None
        else:
            if self.number is None and self.section == 0 and self.wan == 0:
                return False
            self.high = (self.high + self.wan + self.section + (self.number or 0)) * mul
            self.wan, self.section, self.small = Decimal(0), Decimal(0), None
        self.number, self.last, self.zero, self.prev_digit = None, mul, False, None
        return True

    def value(self) -> Decimal | None:
        if self.problem == "unclear":
            return None
        tail = Decimal(0)
        if self.number is not None:
            if self.last is None or self.zero or self.last == 10 or self.number_kind == "dec":
                tail = self.number
            elif self.number_kind == "cn" or self.number_digits == 1:
                tail = self.number * self.last / 10  # 七十九万六, 79万6, 一百五, 三千五
            elif self.number_digits == len(str(self.last)) - 1:
                tail = self.number  # 79万6500
            else:
                self.problem = "unclear"  # 79万65: 790065 or 796500?
                return None
        return self.high + self.wan + self.section + tail
