"""Link number mentions to the quantity they state (glossary names), per project or sub-item.

A mention in running text is linked by the nearest quantity word before it in the same sentence
(年初预算 → ``initial_budget``, 到位/下达 → ``received``, 执行/支出 → ``spent``, 结余/未使用 → ``balance``,
执行率 → ``execution_rate`` …), as long as no other figure of the same kind stands between the word and
the mention. Each mention also gets

* a ``subject``: the noun phrase naming what the figure is about ("安全生产专项业务资金693.62万元",
  "应急救援能力建设资金预算6.00万元"), normalised so that "我县福利彩票公益金" and "省级彩票公益金" compare
  by their head ("彩票公益金");
* a ``scope``: the numbered sub-item it sits in ("1.养老机构运营补贴项目。…"), or "" for the document;
* ``component_of``: for figures listed after 其中, the index of the total they break down.

Table cells are linked by their column header and row label in ``chains.text.report_tables``; this module
covers prose. Pure functions, no I/O.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from chains.text import brackets, breakdown_opens, listed_parts
from chains.text import quantity_words as words
from chains.text.level_sources import level_sources
from chains.text.listed_parts import bracketed_parts, paired_parts, trailing_totals, worked_out_parts
from chains.text.named_breakdowns import named_breakdowns
from chains.text.numbers import Mention
from chains.text.quantity_words import KEYWORDS as _KEYWORDS
from chains.text.quantity_words import QUANTITY_KIND as _QUANTITY_KIND
from chains.text.quantity_words import QUANTITY_NAMES_ZH
from chains.text.scopes import scope_index

__all__ = ["Linked", "link_mentions", "subject_compatible", "generic_subject", "QUANTITY_NAMES_ZH"]

_KEYWORD_RE = re.compile("|".join(re.escape(k) for k in sorted(_KEYWORDS, key=len, reverse=True)))
_SOURCE_QUANTITIES = breakdown_opens.SOURCE_QUANTITIES
# amounts that make up a budget: "预算收入69.06万元，其中年初预算57.28万元，调整追加11.78万元"
_BUDGET_FAMILY = {"annual_budget", "approved_budget", "initial_budget", "budget_adjustment", "issued", "total_investment"}
_ADJUSTED_TO = re.compile(r"(?:后)?(?:的?(?:预算|预算数|资金|金额))?(?:为|至|到)")
_ADJUST = re.compile(r"追加|调增|调减|调整(?!后)|追减|新增|核减|压减")  # 调整后预算 is the adjusted budget itself
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_SUBJECT_SPLIT = re.compile(
    r".*(?:对|用于|将|由|为|是|把|向|从|给|按|的|了|、|其中|包括|主要|全年|年度|"
    r"下达|拨付|安排|支付|收到|到位|使用|支出|执行|批复|核定|落实|投入|筹集|累计|共计|合计|总计)"
)
_SUBJECT_PREFIX = re.compile(r"^(?:本项目|该项目|此项目|我县|本县|全县|我市|本市|全市|我区|本区|全区|我省|本省|全省|我局|本局|我单位|本单位|"
                             r"省级|市级|县级|区级|中央|本级|上级|省|市|县|区)+")
_GENERIC_SUBJECTS = {"", "资金", "经费", "项目", "项目资金", "专项资金", "项目经费", "预算", "金额", "总额", "资金总额",
                     "补助资金", "财政资金", "本级资金", "上级资金", "整体", "总体", "部门", "本部门", "单位",
                     "实际", "标准", "末", "年末", "当年", "本年", "全部", "累计", "共", "合计", "共计", "总计",
                     "预算资金", "项目预算", "年度资金", "全部资金", "各项资金", "所有资金", "全年资金", "整体预算"}


def generic_subject(s: str) -> bool:
    """A subject that names no particular fund or item ("资金", "实际", "已完成", "")."""
    return s in _GENERIC_SUBJECTS or len(s) <= 2 or bool(_ONLY_VERBS.fullmatch(s))


_ONLY_VERBS = re.compile(r"(?:已|实际|累计|共|全年|年度|当年)*(?:完成|实现|支付|拨付|使用|执行|发生)?")
_CJK_RUN_BACK = re.compile(r"[\u4e00-\u9fff]{1,40}$")
_CJK_RUN_FWD = re.compile(r"^[\u4e00-\u9fff]{2,20}")


@dataclass(frozen=True, eq=False)
class Linked:
    """A prose mention with what it states."""

    mention: Mention
    quantity: str | None
    subject: str
    scope: str
    sentence: tuple[int, int]
    keyword_span: tuple[int, int] | None = None
    component_of: int | None = None  # index (in the linked list) of the total it is part of
    year: int | None = None  # the year named earlier in the same sentence ("2021年预算…")

    @property
    def specific(self) -> bool:
        return self.subject not in _GENERIC_SUBJECTS and len(self.subject) >= 4


def subject_compatible(a: str, b: str) -> bool:
    """Two subjects name the same thing when one ends with the other (Chinese noun phrases are head-final)."""
    return bool(a) and bool(b) and (a.endswith(b) or b.endswith(a))


def _sentence_bounds(text: str) -> list[int]:  # (a line ending in 、 runs on: "分别投入9.80万元、⏎10.20万元、…")
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    return [i for i in ends if not (text[i] == "\n" and text[i - 1 : i] == "、")] if "、\n" in text else ends


def _normalise_subject(raw: str) -> str:
    s = _SUBJECT_SPLIT.sub("", raw) if _SUBJECT_SPLIT.match(raw) else raw
    s = re.sub(r"^(?:年度|年)", "", s)
    s = words.COUNTED.sub("", s)  # "项目79个财政资金…": the run after a count starts with its classifier
    s = _SUBJECT_PREFIX.sub("", s)
    s = re.sub(r"(?:为|达到|达|约|共|计|是|的)+$", "", s)
    # "本项目自评总得分" / "项目综合得分": evaluation words name no sub-item
    s = re.sub(r"(?:自评|综合|最终|评价|绩效)+$", "", s)
    return s


def link_mentions(text: str, mentions: list[Mention], table_spans: list[tuple[int, int]] | None = None) -> list[Linked]:
    """Link every prose mention (mentions inside ``table_spans`` are left out) to its quantity."""
    ends = _sentence_bounds(text)
    scopes = scope_index(text)
    scope_starts = [s for s, _ in scopes]
    out: list[Linked] = []
    tables = sorted(table_spans or [])
    table_starts = [s for s, _ in tables]
    last_total_in_sentence: dict[int, int] = {}
    count_totals: dict[int, int] = {}
    last_total: int | None = None
    years: list[Mention] = []
    # 项目支出 is a kind of spending only beside 基本支出 (a department's report); else it is what the project spent
    kinds = "基本支出" in text
    for m in mentions:
        if tables:
            k = bisect.bisect_right(table_starts, m.start) - 1
            if k >= 0 and tables[k][0] <= m.start < tables[k][1]:
                continue
        if m.kind in ("year", "date"):
            years.append(m)
            continue
        if m.kind == "number" or m.kind == "count" and m.unit in ("年",) or m.unit in ("岁", "周岁") and text[m.end : m.end + 1].isdigit():
            continue  # ("分别为0—3岁17名、4—6岁18名": an age group names the count after it, it states nothing)
        i = bisect.bisect_left(ends, m.start)
        s_start = ends[i - 1] + 1 if i > 0 else 0
        s_end = ends[i] if i < len(ends) else len(text)
        window = text[s_start : m.start]
        quantity, kw_span = _nearest_keyword(window, s_start, m, out, kinds)
        if quantity is None and out and out[-1].quantity == "unit_price" and text[out[-1].mention.end : m.start] == "、":
            quantity = "unit_price"  # "每辆每年1.50万元、1.00万元、0.80万元": standards in turn, each a rate per unit
        clause = _clause_before(window)
        if _CHANGE_BEFORE.search(clause) or _CHANGE_WORD.search(clause):
            quantity, kw_span = "change", None  # 同比增加 / 比上年减少 X: a change, never the amount itself
        elif m.kind == "score" and words.SCORE_TOTAL_BEFORE.search(clause) and "得" in window:
            quantity = "total_score"  # "…满意度指标10分得9.50分，合计98.45分"
        elif m.kind == "money" and (after := words.quantity_after(text, m.end, quantity, m.start)) is not None:
            quantity = after  # "…差额共计87.70万元形成结余": the word comes after the amount
        elif m.kind == "money" and quantity not in ("unit_price", "average") and (words.PER_HEAD.search(clause) \
                and not words.FUND_NAME_END.search(clause) or _TIMES.match(text, m.end)):
            # "人均培训费用800元" / "按每人3,000元标准": a rate per head, whatever noun follows ("生均公用经费87.06万元"
            # names a fund: its amount is the whole); "按4元×26,475人×72天": a factor of a product
            quantity = "unit_price"
        subject = _subject(text, s_start, m, kw_span)
        si = bisect.bisect_right(scope_starts, m.start) - 1
        scope = scopes[si][1] if si >= 0 else ""
        counted = m.kind == "count"  # a count breaks down into counts: "1,215户，其中建档立卡贫困户738户…"
        component_of = _component(text, out, m, window, s_start, clause, quantity, kw_span,
                                  count_totals if counted else last_total_in_sentence, None if counted else last_total)
        if component_of is not None:
            quantity = out[component_of].quantity
        if component_of is None and m.kind == "money" and out and (
                quantity in (None, "spent") or quantity in _BUDGET_FAMILY | {"received"} and _budget_list(out)
                or quantity in _LEFT_OVER and _left_over_list(out) or _carried_in_source(text, out, quantity, s_start, m)):
            component_of = _list_continues(text, out, s_start, m)
            if component_of is not None and breakdown_opens.closed(out, component_of):
                component_of = None
            if component_of is not None:
                quantity = out[component_of].quantity
        year = None
        for y in reversed(years):
            if y.start < s_start:
                break
            if y.end <= m.start:
                year = int(y.value)
                break
        linked = Linked(m, quantity, subject, scope, (s_start, s_end), kw_span, component_of, year)
        out.append(linked)
        if component_of is None and m.kind == "money" and quantity != "change" and not brackets.open_bracket_after(window, 0):
            # a figure in brackets is a detail of the one before them, never the total of what follows
            last_total_in_sentence[s_start] = len(out) - 1
            last_total = len(out) - 1
        elif counted and component_of is None and quantity != "change" and not brackets.open_bracket_after(window, 0):
            count_totals[s_start] = len(out) - 1
        elif quantity == "change" and m.kind == "money" and component_of is None and _CHANGE_WORD.search(clause):
            last_total_in_sentence[s_start] = len(out) - 1  # "…年中…增加26.42万元，其中…追加7.52万元": its parts
            last_total = last_total if _on_last_year(window) else None
    out = bracketed_parts(text, trailing_totals(text, listed_parts.each_and_all(text, out)))
    return paired_parts(text, named_breakdowns(text, level_sources(text, worked_out_parts(text, out))))


_TIMES = re.compile(r"\s*[×xX*＊]\s*\d")
_CLAUSE_START = re.compile(r"[，,、：:（(]")
_CHANGE_BEFORE = re.compile(r"同比|环比|比上年|较上年|比去年|较去年|比上一年|较上一年|比(?:19|20)\d{2}年|较(?:19|20)\d{2}年")
_CHANGE_WORD = re.compile(r"(?:增加|减少|增长|下降|降低|提高|上升|多|少)了?[为是约近]?$")
_RESTATED_TOTAL = re.compile(r"(?:共计|合计|总计|累计)[^，,；;]{0,8}$|(?<!公)共(?:[下安投支到完使拨发筹][\u4e00-\u9fff]{0,5})?[为是了]?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


#: words that open a breakdown of the figure before them ("…3167.18万元，具体为：职业培训补贴1126.45万元，…")
_BREAKDOWN = re.compile(r"其中|具体为|具体是|具体包括|明细为|明细如下|(?:资金)?来源(?:分别)?为|"
                        r"(?<=[，,])(?:按[^，,。；;\d]{1,6})?(?:分别为|即|包括)[:：]?|(?<=[，,])(?:资金|经费)?分别用于[:：]?|"
                        r"(?<=[，,])分[两二三四五六七八九十\d]{1,2}(?:次|批)(?:下达|拨付|下拨|到位)?[:：，,]|"
                        r"按[^，,。；;\d]{1,8}(?:分|安排|分配|划分)(?:别为|为|成)?"
                        r"(?:[一二三四五六七八九十\d]{1,2}(?:项|类|部分|个方面))?(?=[，,：:])")
_WHOLE_AMOUNTS = {"annual_budget", "initial_budget", "approved_budget", "total_investment", "spent", "received", "issued"}
# the subject that may open the sentence of a breakdown whose total closed the sentence before
# ("全年预算调整为150.00万元。资金按用途分为五项：…")
_BREAKDOWN_SUBJECT = re.compile(r"(?:全年|年度|项目|上述|该项?|本项目)?(?:资金|预算|经费|预算资金)?")


def _component(text: str, out: list[Linked], m: Mention, window: str, s_start: int, clause: str, quantity: str | None,
               kw_span: tuple[int, int] | None, last_in_sentence: dict[int, int], last_total: int | None) -> int | None:
    """The total a figure listed after 其中 breaks down: the last total before it in the sentence, or in the
    sentence just before when 其中 opens its own sentence ("…400万元。其中：市级资金…"); ``None`` when it is no part."""
    qi = max((m.start() for m in _BREAKDOWN.finditer(window)), default=-1)
    opener = breakdown_opens.spending_opener(window) if qi < 0 or qi <= 4 else -1  # "实际支出中，…" / "支出明细为：…"
    if opener >= 0:
        qi = opener
        quantity, kw_span = (None, None) if kw_span is not None and kw_span[1] <= s_start + qi else (quantity, kw_span)
    if qi < 0:
        qi = breakdown_opens.colon_after_total(text, out, window, s_start, last_in_sentence.get(s_start))
    if qi < 0:
        return breakdown_opens.first_numbered_part(text, out, m, window, s_start, quantity, last_total)
    if (
        quantity == "change"
        or brackets.bracket_closed_after(window, qi)  # "（其中…）" breaks down only the figure before the bracket
        or brackets.open_bracket_after(window, qi)  # "中央资金2418万元（提前下达1650万元，…）": a part's own breakdown
        or _RESTATED_TOTAL.search(clause)  # "…，共计下达40万元" restates the total, it is no part
        or not _labelled(text, out, m)  # bare figures in a row are table columns, not listed parts
        or not (quantity is None or (kw_span is not None and kw_span[0] > s_start + qi))
    ):
        return None
    total = last_in_sentence.get(s_start)
    if total is None:
        total = breakdown_opens.part_broken_down(out, m, s_start, s_start + qi, window[qi:]) if opener < 0 else \
            breakdown_opens.spending_before(text, out, m, s_start)
    if total is None and _BREAKDOWN_SUBJECT.fullmatch(window[:qi].strip(" \t\u3000")) and last_total is not None:
        prev = out[last_total]
        # the total closes its sentence ("全年预算调整为150.00万元。") and nothing but blank lines follows it
        if prev.sentence[1] == s_start - 1 or (not text[prev.sentence[1] + 1 : s_start].strip()
                                                and not text[prev.mention.end : prev.sentence[1]].strip("。 \t")
                                                and prev.component_of is None and prev.quantity in _WHOLE_AMOUNTS):
            total = breakdown_opens.spending_named(out, last_total, m, quantity, window[qi:])
    if total is None or breakdown_opens.closed(out, total) or _sub_breakdown(text, out, total, m) \
            or listed_parts.a_part_broken_down(text, out, total, s_start + qi):
        return None  # the parts so far make the total, or a part is being broken down (…，分别为… / …，其中…)
    if out[total].mention.start >= s_start + qi or out[total].mention.kind != m.kind:
        return None
    if out[total].quantity in ("unit_price", "average") and out[-1].mention.kind == "count" \
            and not text[out[-1].mention.end : m.start].strip():
        return None  # "户均14.3256万元，其中大型企业6家165.0000万元…": a group's whole, not a part of the average
    if (quantity is None or quantity == out[total].quantity or quantity in _SOURCE_QUANTITIES
            or quantity in _BUDGET_FAMILY and out[total].quantity in _BUDGET_FAMILY | {None}
            or quantity == "budget_adjustment" and out[total].quantity == "change"):
        return total
    return None


_SUB_LIST = re.compile(r"分别|包括")
_IN_BRACKETS = re.compile(r"[（(][^（）()]*[)）]")


def _sub_breakdown(text: str, out: list[Linked], total: int, m: Mention) -> bool:
    """"其中：一是粮食风险基金2,531.96万元，分别为州级…、县级…": after 分别/包括 the figures break down the last
    part, not the total."""
    last = next((lk for lk in reversed(out) if lk.component_of == total), None)
    if last is None:
        return False
    between = _IN_BRACKETS.sub("", text[last.mention.end : m.start])  # "其他资金（包括…）" describes, it does not list
    return bool(_SUB_LIST.search(between))


def _carried_in_source(text: str, out: list[Linked], quantity: str | None, s_start: int, m: Mention) -> bool:
    """"全年预算79.6万元，其中：省级…20万元；县级配套55万元…；2023年结转资金4.6万元": money carried in from an earlier
    year, a source of the budget its list breaks down."""
    return _budget_list(out) and (quantity == "carryover" or quantity == "carry_forward"
                                  and _YEAR_CARRIED.match(text, s_start, m.start) is not None)


_APPLIED = re.compile(r"(?:申报|申请)[^，,；;。\d]{0,3}(?:(?:19|20)\d{2}年度?)?[^，,；;。\d]{0,6}$")
_YEAR_CARRIED = re.compile(r"\s*(?:19|20)\d{2}年度?结转")


def _budget_list(out: list[Linked]) -> bool:
    """Whether the last listed part belongs to a budget-like total (追加/下达/预算): allocations continue it."""
    total = next((lk.component_of for lk in reversed(out) if lk.component_of is not None), None)
    return total is not None and (out[total].quantity or "") in _BUDGET_FAMILY


def _closed_round(between: str) -> bool:
    """Whether a bracket closes in ``between`` that opened before it (the figure before stood inside it)."""
    if ")" not in between and "）" not in between:
        return False
    depth = 0
    for c in between:
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth -= 1
            if depth < 0:
                return True
    return False


def _list_continues(text: str, out: list[Linked], s_start: int, m: Mention) -> int | None:
    """"其中：30万元用于编制；30万元用于审计；29.99万元用于设计。": a 其中 list goes on past a semicolon. The
    first figure of a clause that follows a listed part across ；, with no other figure between, is a part of
    the same total."""
    # counts may stand between, and a part's own details in brackets ("劳务补助734,400元（共612人，人均1,200元），…")
    prev = next((lk for lk in reversed(out) if lk.mention.kind == m.kind
                 and lk.quantity not in ("unit_price", "average")  # "…，人均9,600元；…": a part's own detail
                 and not _closed_round(text[lk.mention.end : m.start])), None)
    if prev is None or prev.component_of is None:
        return None
    if prev.sentence[0] == s_start and _THE_REST.search(text, prev.mention.end, m.start):
        return prev.component_of  # "其中，质保金31,540元按合同结转，其余161,000元已上缴": the rest is the last part
    if prev.sentence[0] == s_start:  # "…良的11个201.9万元，中的3个7万元": the list goes on after a comma
        between = _IN_BRACKETS.sub("", text[prev.mention.end : m.start])
        if not re.fullmatch(r"[^，,、；;（）()：:]{0,6}[，,、][^（）()：:]{1,30}", between) or brackets.open_bracket_after(text[s_start : m.start], 0):
            return None
        if _KEYWORD_RE.search(between) and not (_left_over_list(out) and words.LEFT_WORD.search(between)) \
                or _sub_breakdown(text, out, prev.component_of, m):
            return None  # "…，已支出30万元": a figure of its own; "…，分别为…": a part's own breakdown
    elif text[out[prev.component_of].sentence[0] - 1 : out[prev.component_of].sentence[0]] in ("；", ";") or not (
            prev.sentence[1] == s_start - 1 and text[s_start - 1] in "；;" or text[prev.sentence[1]] in "；;"
            and not text[prev.sentence[1] + 1 : s_start].strip() and breakdown_opens.NUMBERED.match(text, s_start)):
        return None  # "1．…元；⏎2．…元；" goes on over lines; "…；装备58.40万元，其中…13.60万元；训练费18.60万元；…" the outer list
    if prev.mention.kind != m.kind or prev.mention.unit != m.unit:
        return None
    if _CHANGE_BEFORE.search(text, s_start, m.start) or _RESTATED_TOTAL.search(text[s_start : m.start]):
        return None
    if _WHOLE_AGAIN.match(text, s_start) or listed_parts.a_parts_own(text, out[prev.component_of].mention.end, s_start, m):
        return None  # the whole again ("…；全年实际支出…", "…；实际到位…"); a part's own parts ("…；省级资金中养护补助…")
    if _LEVEL_WITH_CHANGE.match(text, m.end):
        return None  # "…；社会捐赠实际到账31.50万元，较年初预计调增6.50万元": a new level, the change is the part
    return prev.component_of


_LEFT_OVER = frozenset({"balance", "carry_forward"})


def _left_over_list(out: list[Linked]) -> bool:
    """"年末结转113.25万元，其中工程质量保证金44.74万元、…两座中型坝未结算资金65.81万元": the last part listed breaks
    down what was left over, so an amount left unpaid goes on the list."""
    last = next((lk for lk in reversed(out) if lk.mention.kind == "money"), None)
    return last is not None and last.component_of is not None and out[last.component_of].quantity in _LEFT_OVER


_THE_REST = re.compile(r"[，,；;]\s*(?:其余|剩余|余下|余额)[^，,；;。\d]{0,6}$")
_LEVEL_WITH_CHANGE = re.compile(r"[^。；;\n]{0,6}?[，,]?\s*(?:较|比|同比)[^，,。；;\n\d]{0,10}(?:调增|调减|增加|减少|增长|下降|多|少)")
_WHOLE_AGAIN = re.compile(r"[ \t\u3000]*(?:全年|本年|当年|年度|全年度|本年度|截至|截止|实际(?:到位|到账|收到|拨付|下达)|资金到位)")
_ARRANGED_AT_START = re.compile(r"(?:^|[，,；;。])年初[^，,；;。由调追批]{0,8}安排[^，,；;。\d]{0,4}$")


def _on_last_year(window: str) -> bool:
    """Whether a change is on last year ("比2022年的1,642.50万元增加227.50万元"), after which the amount before it is
    still the whole a later breakdown makes up; after a change within the year ("年初预算286.45万元，年中…增加
    26.42万元") it is not."""
    return bool(_CHANGE_BEFORE.search(re.split(r"[，；;]|,(?!\d)", window)[-1]))


def _clause_before(window: str) -> str:
    """The clause a mention ends: the text since the last comma, colon or bracket of its sentence."""
    cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
    return window[cut:]


def _labelled(text: str, out: list[Linked], m: Mention) -> bool:
    """Whether words stand between the previous figure and this one (a listed part names what it is)."""
    prev = out[-1] if out and out[-1].mention.end <= m.start else None
    if prev is not None and prev.mention.kind == "count" and not text[prev.mention.end : m.start].strip() \
            and len(out) >= 2:  # "DR 6台480.00万元": the count before the amount is named, and names it too
        prev = out[-2] if out[-2].mention.end <= prev.mention.start else None
    prev_end = prev.mention.end if prev is not None else 0
    return bool(_CJK.search(text[max(prev_end, m.start - 40) : m.start]))


def _nearest_keyword(
    window: str, offset: int, m: Mention, previous: list[Linked], kinds: bool = True
) -> tuple[str | None, tuple[int, int] | None]:
    """The last quantity word in ``window`` that fits the mention's kind and is not taken by a figure in between."""
    best: tuple[str | None, tuple[int, int] | None] = (None, None)
    reach = 22 if m.kind == "money" else 12
    matches = [km for km in _KEYWORD_RE.finditer(window) if len(window) - km.end() <= reach]
    for km in reversed(matches):
        if km.group(0) in ("平均", "年均", "季均", "月均") and len(window) - km.end() <= 8 \
                and not any(offset + km.end() <= p.mention.start < m.start for p in previous[-3:]):
            return "average", (offset + km.start(), offset + km.end())  # (not "月均3320人，发放307.80万元")
    for km in reversed(matches):
        if brackets.bracketed(window, km.start()):
            continue  # "其他资金（包括结转结余资金、利息收入）551万元": words in brackets describe, they do not name
        if words.REST_AFTER.search(window, km.end()):
            continue  # "…结转至2019年继续使用，其余3.68万元已上缴财政": the rest, which the word before does not name
        q = _KEYWORDS[km.group(0)]
        kind = _QUANTITY_KIND.get(q)
        if q == "average" or kind is not None and kind != m.kind:
            continue
        if km.group(0) == "总分" and _CJK.match(window, km.end()):
            continue  # "总分馆服务体系": a name that begins with 总分, not the total
        if q == "total_score" and km.group(0) == "总分" and m.value == 100 and m.decimals == 0:
            q = "max_score"  # "总分100分" names the full marks
        before = window[max(0, km.start() - 4) : km.start()]
        if before.endswith("占") and _CJK.match(window, km.end()):
            continue  # "…，占全年预算的八成以上，包括：物化补助91.92万元": the base of a share names no later figure
        if q == "budget_adjustment" and re.search(r"(?:未|无|没有|不)(?:作|做|进行)?$", before):
            continue  # "年中未作调整，其中…": no adjustment is no quantity
        if km.group(0) == "剩余" and re.search(r"(?:下达|拨付|下拨|安排|追加|补拨|到位)$", before):
            q = "issued"  # "6月下达剩余资金53.46万元": the rest of the grant, issued; nothing left over
        if km.group(0) == "调整" and window[km.end() : km.end() + 1] == "后":
            continue  # "经调整后资金的来源为": the budget after the change, not a change
        if km.group(0) == "结余" and window.startswith("留用", km.end()) \
                or km.group(0) == "使用率" and words.THING_USED.search(before):
            continue  # "实际使用结余留用资金171.52万元": a fund's name; "良种苗木使用率100%": a thing's use, no money's
        if km.group(0) == "预算" and window[km.end() : km.end() + 1] == "内":
            continue  # "中央预算内投资3,255.00万元": a source's name, not the budget
        if km.group(0) == "支出" and words.kind_of_spending(before, window[km.end():], kinds) \
                or words.verb_in_a_name(km.group(0), window[: km.start()], window[km.end():]):
            continue  # 项目支出 / 基本支出 … name a kind of spending; "、农民工工资支付监管平台运维费24.60万元" an item
        if q == "unit_price" and len(window) - km.end() > 2 and not (
                km.group(0) == "每" and words.PER_GRANT.fullmatch(window, km.end())):
            continue  # 生均/每/标准 only make a unit price right before the figure ("每村每年补助 4400元" too)
        if q == "carry_forward" and words.CARRIED_IN.search(window[max(0, km.start() - 6) : km.end() + 3]):
            q = "carryover"  # "2019年结转的中央资金420.00万元": money carried in from the year before
        if q in ("annual_budget", "issued", "received") and _ADJUST.search(
                re.split(r"[，,；;]", window[max(0, km.start() - 3) : km.start()])[-1]):  # ("未作调整，全年预算…": no)
            q = "budget_adjustment"  # 追加预算 / 调减资金 … change the budget, they are not it
        if q == "budget_adjustment" and _ADJUSTED_TO.match(window, km.end()):
            q = "annual_budget"  # "年中追加后调整为6,200万元" / "调增至…": the budget after the change, not the change
        if q == "annual_budget" and ("年初" in window[max(0, km.start() - 8) : km.start()] or _APPLIED.search(
                window, max(0, km.start() - 12), km.start())  # "申报2024年项目预算120.00万元": what was asked for
                                     or _ARRANGED_AT_START.search(window, max(0, km.start() - 16), km.start())):
            q = "initial_budget"  # 年初预算安排… / 年初市级财政安排项目预算…: the budget at the start of the year
        ks, ke = offset + km.start(), offset + km.end()
        # another figure of the same kind between the word and this mention owns the word
        if any(ke <= p.mention.start < m.start and p.mention.kind == m.kind for p in previous[-6:]):
            return best
        return q, (ks, ke)
    return best


def _subject(text: str, s_start: int, m: Mention, kw_span: tuple[int, int] | None) -> str:
    """The noun phrase right before the figure (or before its quantity word), or right after "的" ("下达的131万元省级彩票
    公益金"), not after "为" ("未支付的17.85万元为…质量保证金" is the left-over, whatever it consists of)."""
    end = kw_span[0] if kw_span is not None and m.start - kw_span[1] <= 4 else m.start
    run = _CJK_RUN_BACK.search(text[max(s_start, end - 40) : end])
    subject = _normalise_subject(run.group(0)) if run else ""
    if kw_span is not None and end != m.start and words.ITEM_PAID.fullmatch(text, kw_span[1], m.start):
        subject = text[kw_span[1] : m.start]  # "全年发放监护补助50.79万元": the item paid, not the project's spending
    if (not subject or subject in _GENERIC_SUBJECTS) and text[m.end : m.end + 1] not in "，。；、）)" :
        fwd = _CJK_RUN_FWD.match(text[m.end : m.end + 20])
        if fwd and text[max(0, m.start - 1) : m.start] == "的" and not (kw_span is not None and fwd.group(0)[0] in "为是系"):
            after = re.split(r"[的用于进行开展使对按]", fwd.group(0))[0]
            if re.search(r"(?:金|费|款|资金|经费|补助|补贴)$", after):
                subject = _SUBJECT_PREFIX.sub("", after)
    return subject
