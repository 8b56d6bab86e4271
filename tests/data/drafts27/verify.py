#!/usr/bin/env python3
"""Check set n27: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK (exit 0) or the list of problems (exit 1).

1. labels.jsonl: every case exists; a clean case expects nothing; every value occurs exactly
   once in its case and never in the clean draft; codes use the fixed vocabulary; each numeric
   code of errors.md section A (except figure_mismatch) is used at least twice, in two projects.
2. edits: each error case differs from its clean draft in one line, by one contiguous change of
   at most 16 characters; score-row edits may touch two adjacent lines (each <= 16 characters).
3. arithmetic of the clean drafts, redone from the text:
   - generic: every Markdown table with 数量/单价/金额 columns (qty x price = amount, column sums
     = 合计 row); every table with 分值/权重 and 得分 columns (weights add up to 100, counting
     the 10 points of a MOF funds block where the table says so; scores add up to the total row;
     0 <= score <= weight); grade label in the text = band of the total;
   - per project: rates, balances, sums, unit conversions, completion rates and scores listed in
     FACTS, each read from a context string that must occur in the draft.
Tolerance (rules.md section 8): |computed - stated| <= 0.5 * 10^-d (+1e-9), d = decimals as written.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []

SECTION_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
             "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
             "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
             "completion_mismatch"]
SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch"}
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def dec(s):
    return Decimal(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated_str):
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated_str)) + Decimal("1e-9")
    return abs(Decimal(computed) - dec(stated_str)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- per-project facts
class Doc:
    def __init__(self, pid, text):
        self.pid, self.text = pid, text

    def n(self, ctx):
        """The number in ctx (as a string): the first one, or the one right after a « marker.
        ctx (without the marker) must occur in the draft."""
        plain = ctx.replace("«", "")
        if plain not in self.text:
            fail(f"{self.pid}: context {plain!r} not found in the clean draft")
            return "0"
        k = ctx.find("«")
        m = NUM.search(ctx, k + 1 if k >= 0 else 0)
        return m.group(0).replace("«", "")

    def v(self, ctx):
        return dec(self.n(ctx))

    def expect(self, what, computed, stated_ctx):
        s = self.n(stated_ctx)
        if not close(computed, s):
            fail(f"{self.pid}: {what}: computed {computed:.6f}, stated {s} in {stated_ctx!r}")

    def rate(self, num, den, stated):
        self.expect(f"rate {num} / {den}", self.v(num) / self.v(den) * 100, stated)

    def diff(self, a, b, stated):
        self.expect(f"{a} - {b}", self.v(a) - self.v(b), stated)

    def total(self, stated, *parts):
        self.expect(f"sum of {parts}", sum(self.v(p) for p in parts), stated)

    def prod(self, a, b, stated, scale=1):
        self.expect(f"{a} x {b}", self.v(a) * self.v(b) * Decimal(scale), stated)

    def yuan_wan(self, yuan, wan):
        self.expect(f"{yuan} in 万元", self.v(yuan) / 10000, wan)

    def mean(self, stated, *parts):
        self.expect(f"mean of {parts}", sum(self.v(p) for p in parts) / len(parts), stated)

    def completion(self, actual, target, stated, actual_is_rate=None):
        a = self.v(actual) if actual_is_rate is None else actual_is_rate
        self.expect(f"completion {actual} / {target}", a / self.v(target) * 100, stated)

    def score(self, weight, ratio, stated):
        """Proportional score weight x min(ratio, 1); ratio given as a Decimal."""
        w = self.v(weight) if isinstance(weight, str) else Decimal(weight)
        self.expect(f"score {w} x {ratio:.6f}", w * min(ratio, Decimal(1)), stated)


def facts_xiji(d):
    d.total("年初预算885.00万元", "中央财政补助600.00万元", "自治区补助200.00万元", "县级配套85.00万元")
    d.total("调整后全年预算960.00万元", "年初预算885.00万元", "追加县级资金75.00万元")
    d.total("调整后全年预算960.00万元", "其中中央600.00万元", "自治区200.00万元、县级160", "县级160.00万元")
    d.total("县级160.00万元", "县级配套85.00万元", "追加县级资金75.00万元")
    d.rate("到位960.00万元", "调整后全年预算960.00万元", "到位率100%")
    d.rate("全年执行892.87万元", "调整后全年预算960.00万元", "预算执行率93.01%")
    d.diff("到位960.00万元", "全年执行892.87万元", "结余67.13万元")
    d.diff("设备预算总额960.00万元", "中标（合同）总金额912.71万元", "节约资金47.29万元")
    d.rate("节约资金47.29万元", "设备预算总额960.00万元", "节约率4.93%")
    d.yuan_wan("3,968,000.00 | 232,000.00", "中标价396.80万元")
    d.yuan_wan("| 9,127,100.00 |", "中标（合同）总金额912.71万元")
    d.yuan_wan("| 472,900.00 |", "节约资金47.29万元")
    d.prod("合同金额的5%", "中标价396.80万元", "计19.84万元", scale=Decimal("0.01"))
    d.diff("中标（合同）总金额912.71万元", "计19.84万元", "全年执行892.87万元")
    d.yuan_wan("| 8,928,700.00 | 10", "全年执行892.87万元")
    d.yuan_wan("| 8,850,000.00 | 9,600,000.00 | 8,928,700.00 | 10", "年初预算885.00万元")
    d.rate("| 8,928,700.00 | 10", "| 9,600,000.00 | 8,928,700.00 | 10", "| 93.01 | 9.30")
    d.score("10", d.v("全年执行892.87万元") / d.v("调整后全年预算960.00万元"), "| 93.01 | «9.30 |")
    d.total("合计13,559人次", "完成检查5,436人次", "DR完成4,218人次", "彩超完成3,905人次")
    d.rate("合计13,559人次", "不少于12,000人次", "为年度指标的112.99%")
    d.total("购置设备23台（套）", "到货21台（套）", "2台有创呼吸机")
    d.rate("到货21台（套）", "购置设备23台（套）", "到货率91.30%")
    d.score("10", d.v("到货率91.30%") / d.v("不低于95%"), "| 91.30% | 10 | «9.61")
    d.rate("住院28,614人次", "全县住院33,005人次", "县域内就诊率86.70%")
    d.diff("县域内就诊率86.70%", "2019年的«83.52%", "提高3.18个百分点")
    d.score("10", d.v("县域内就诊率86.70%") / 90, "| 86.70% | 10 | «9.63")
    d.diff("较2019年的«1,862人次", "县外就诊1,694人次", "减少168人次")
    d.rate("减少168人次", "较2019年的«1,862人次", "下降9.02%")
    d.expect("satisfaction", (d.v("非常满意316份") + d.v("满意225份，满意度")) / d.v("有效问卷582份") * 100, "满意度92.96%")
    d.total("产出指标得分49.61分", "10", "10", "10", "| 9.61 |", "10")
    d.total("效益指标得分29.63分", "| 9.63 |", "10", "10")
    d.total("自评总得分98.54分", "预算执行率得分9.30分", "产出指标得分49.61分", "效益指标得分29.63分", "满意度指标得分10分")


def facts_yuexi(d):
    d.total("调整后全年预算22.00万元", "年初预算16.00万元", "省级补助6.00万元")
    d.total("年初预算16.00万元", "中央转移支付12.00万元", "县级配套4.00万元")
    d.total("全年支出17.64万元，其中", "检测试剂及耗材9.85万元", "采样交通及差旅3.86万元",
            "仪器检定及维护2.48万元", "人员培训0.83万元", "信息录入及报告印制0.62万元")
    d.rate("全年支出17.64万元，其中", "调整后全年预算22.00万元", "预算执行率80.18%")
    d.diff("调整后全年预算22.00万元", "全年支出17.64万元，其中", "结余4.36万元")
    d.diff("省级补助6.00万元", "实际支出1.64万元", "结余4.36万元")
    d.rate("实际支出1.64万元", "省级补助6.00万元", "执行率27.33%")
    d.yuan_wan("| 176,400.00 | 120,000.00 | 16,400.00", "全年支出17.64万元，其中")
    d.yuan_wan("| 43,600.00 | 0.00 | 43,600.00", "结余4.36万元")
    d.rate("| 176,400.00 | 120,000.00 | 16,400.00", "| 220,000.00 | 120,000.00 | 60,000.00 | 40,000.00 |\n| 全年执行", "| 80.18 | 100 | 27.33")
    d.rate("16,400.00 | 40,000.00", "60,000.00 | 40,000.00 |\n| 全年执行", "| 27.33 | 100 |")
    d.total("全年共检测372份", "集中式供水出厂水124份", "末梢水124份", "分散式供水水样124份")
    d.prod("各采集检测水样186份", "2", "全年共检测372份")
    d.expect("62 + 62 + 62 per round", 3 * d.v("对62处农村集中式供水工程"), "每轮186份")
    d.rate("全年共检测372份", "不少于360份", "| 103.33%")
    d.rate("合格39份", "质控样40份", "合格率97.50%")
    d.rate("合格率97.50%", "不低于95%", "| 102.63%")
    d.rate("11个月按时录入", "全年12个月", "及时率91.67%")
    d.score("10", d.v("及时率91.67%") / 100, "| 91.67% | «9.17")
    d.expect("cost per sample", d.v("全年支出17.64万元，其中") * 10000 / d.v("全年共检测372份"), "单份水样检测成本474.19元")
    d.rate("中合格301份", "372份水样", "合格率80.91%")
    d.rate("368份中合格«288份", "368份中", "合格率78.26%")
    d.rate("枯水期合格156份", "各采集检测水样186份", "合格率83.87%")
    d.rate("丰水期合格145份", "各采集检测水样186份", "合格率77.96%")
    d.total("中合格301份", "枯水期合格156份", "丰水期合格145份")
    d.diff("372份水样", "中合格301份", "不合格的71份")
    d.total("不合格的71份", "超标58份", "色度超标9份", "氟化物超标4份")
    d.rate("跟踪复检63份", "不合格的71份", "复检率88.73%")
    d.diff("不合格的71份", "跟踪复检63份", "未完成的8个点")
    d.completion("复检率88.73%", "不低于90%", "| 98.59%")
    d.score("10", d.v("复检率88.73%") / 90, "| 98.59% | «9.86")
    d.rate("满意的105份", "有效问卷114份", "满意度92.11%")
    d.completion("满意度92.11%", "不低于90%", "| 102.34%")
    d.score("10", d.v("预算执行率80.18%") / 100, "得分8.02分")
    d.total("产出指标得分49.17分", "| 15 |", "| 10 |", "| 10 |", "| 9.17 |", "| 5 |")
    d.total("效益指标得分29.86分", "| 10 |", "| 10 |", "| 9.86 |")
    d.total("自评得分97.05分", "得分8.02分", "产出指标得分49.17分", "效益指标得分29.86分", "满意度指标得分10分")


def facts_fuping(d):
    d.total("全年预算80.00万元", "中央财政48.00万元", "省级财政20.00万元", "县级配套12.00万元")
    d.total("全年预算80.00万元", "住院分娩补助68.00万元", "增补叶酸4.00万元", "高危孕产妇管理8.00万元")
    d.total("到位资金76.00万元", "中央财政48.00万元", "省级财政20.00万元", "到位8.00万元")
    d.rate("到位资金76.00万元", "全年预算80.00万元", "到位率95.00%")
    d.diff("县级配套12.00万元", "到位8.00万元", "尚有4.00万元")
    d.rate("实际支出75.82万元", "全年预算80.00万元", "预算执行率94.78%")
    d.rate("实际支出75.82万元", "到位资金76.00万元", "占到位资金的99.76%")
    d.diff("到位资金76.00万元", "实际支出75.82万元", "结余0.18万元")
    d.rate("| 656,000.00 | 96.47%", "| 680,000.00 | 656,000.00", "| 96.47%")
    d.rate("| 62,200.00 | 77.75%", "| 80,000.00 | 62,200.00", "| 77.75%")
    d.rate("| 758,200.00 | 94.78%", "| 800,000.00 | 758,200.00", "| 94.78% |")
    d.total("| 758,200.00 | 94.78%", "| 656,000.00 | 96.47%", "| 40,000.00 | 100.00%", "| 62,200.00 | 77.75%")
    d.prod("| 1,312人×500元 |", "500元/人", "| 656,000.00 | 96.47%")
    for ctx in ("全年为1,312名", "补助农村孕产妇1,312人", "1,312名补助对象", "| 1,312人 |"):
        d.expect("same count of subsidised mothers", d.v("| 1,312人×500元 |"), ctx)
    d.prod("叶酸片3,200瓶", "×12.50元", "| 40,000.00 | 100.00%")
    d.yuan_wan("| 758,200.00 | 94.78%", "实际支出75.82万元")
    d.total("子项目支出6.22万元", "培训1.86万元", "随访交通补助2.86万元", "印制《孕产妇保健手册》1,500册（每册10.00元）«1.50万元")
    d.prod("对286名高危孕产妇", "按每人100元", "随访交通补助2.86万元", scale=Decimal("0.0001"))
    d.prod("1,500册（每册10.00元）", "每册10.00元", "1.50万元。", scale=Decimal("0.0001"))
    d.expect("2 bottles each", 2 * d.v("向«1,208名农村"), "发放叶酸2,416瓶")
    d.total("叶酸片3,200瓶", "发放叶酸2,416瓶", "库存784瓶")
    d.rate("住院分娩1,425人", "产妇1,426人", "住院分娩率99.93%")
    d.rate("系统管理1,358人", "产妇1,426人", "系统管理率95.23%")
    d.rate("即时结算1,221人", "1,312名补助对象", "即时结算率93.06%")
    d.score("10", d.v("即时结算率93.06%") / 95, "| 93.06% | 10 | «9.80")
    d.rate("服用叶酸1,208人", "妇女1,315人", "服用率91.86%")
    d.expect("infant mortality", d.v("婴儿死亡5人") / d.v("活产1,431人") * 1000, "婴儿死亡率3.49‰")
    d.expect("infant mortality 2020", d.v("婴儿死亡6人") / d.v("活产1,457人") * 1000, "2020年的«4.12‰")
    d.rate("满意的351人", "有效回访376人", "满意度93.35%")
    d.score("10", d.v("预算执行率94.78%") / 100, "| 94.78% | 10 | «9.48")


def facts_yunxi(d):
    d.total("合计180.00万元", "设备购置142.00万元", "适宜技术培训38.00万元")
    d.total("合计180.00万元，已", "省级专项150.00万元", "县级配套30.00万元")
    d.expect("1:5 match", d.v("省级专项150.00万元") / 5, "县级配套30.00万元")
    d.expect("same provincial grant", d.v("省级专项150.00万元"), "专项资金150.00万元（鄂财社发")
    d.rate("全年支出168.94万元", "合计180.00万元，已", "预算执行率93.86%")
    d.diff("合计180.00万元，已", "全年支出168.94万元", "结余11.06万元")
    d.total("全年支出168.94万元", "设备购置支出136.96万元", "培训支出31.98万元")
    d.rate("设备购置支出136.96万元", "设备购置142.00万元", "占设备预算的96.45%")
    d.rate("培训支出31.98万元", "适宜技术培训38.00万元", "占培训预算的84.16%")
    d.diff("设备购置142.00万元", "合同总金额136.96万元", "节约5.04万元")
    d.yuan_wan("| 1,369,600.00 |", "合同总金额136.96万元")
    d.yuan_wan("| 86,000.00 | «172,000.00 |", "合同金额17.20万元")
    d.total("| 74 | — |", "其余72台（套）", "中药煎药机（含包装机）2套")
    d.prod("«6个中医馆，每馆12台（套）", "每馆12台（套）", "其余72台（套）")
    d.total("培训支出31.98万元，其中", "食宿及场地费23.40万元", "师资及教材费4.26万元", "下乡跟踪带教36次费用«4.32万元")
    d.expect("900 x 260 yuan", d.v("（900人·天") * 260 / 10000, "食宿及场地费23.40万元")
    d.expect("6 x 50 x 3 person-days", Decimal(6 * 50 * 3), "（900人·天")
    d.expect("36 x 1,200", d.v("带教36次") * d.v("（每次1,200元）") / 10000, "费用4.32万元")
    d.expect("6 x 50", d.v("培训6期") * d.v("每期50人"), "共培训乡村医生和乡镇卫生院医务人员«300人次")
    d.mean("平均85.10分", "分别为82.6", "、85.4", "、88.0", "、84.2", "、86.8", "、83.6分")
    d.rate("考核合格261人", "300名学员", "合格率87.00%")
    d.diff("300名学员", "考核合格261人", "不合格的39名")
    d.score("10", d.v("合格率87.00%") / 90, "| 87.00% | 10 | «9.67")
    d.diff("中医诊疗43,752人次", "较2022年的«41,236人次", "增加2,516人次")
    d.rate("增加2,516人次", "较2022年的«41,236人次", "增长6.10%")
    d.score("10", d.v("增长6.10%") / 10, "| 6.10% | 10 | «6.10")
    d.rate("满意314份", "有效问卷348份", "满意度90.23%")
    d.score("20", d.v("全年支出168.94万元") / d.v("合计180.00万元，已"), "预算执行率得分18.77分")
    d.total("目标二得分29.67分", "| 300人次 | 10 | «10 |", "| 11项 | 10 | «10 |", "| 87.00% | 10 | «9.67")
    d.total("目标一得分30分", "| 74台（套） | 10 | «10", "| 100% | 100% | 10 | «10", "| 2023年8月25日 | 10 | «10")
    d.total("目标三得分16.10分", "| 6.10% | 10 | «6.10", "| 90.23% | 10 | «10")
    d.total("自评总分94.54分", "预算执行率得分18.77分", "目标一得分30分", "目标二得分29.67分", "目标三得分16.10分")


def facts_jianning(d):
    d.total("全年预算52.00万元", "省级补助26.00万元", "县级配套26.00万元")
    d.rate("到位52.00万元", "全年预算52.00万元", "到位率100%")
    d.rate("实际支出46.90万元", "全年预算52.00万元", "预算执行率90.19%")
    d.diff("到位52.00万元", "实际支出46.90万元", "结余5.10万元")
    d.yuan_wan("| 469,000.00 | 10", "实际支出46.90万元")
    d.yuan_wan("| 520,000.00 | 520,000.00 | 469,000.00 | 10", "全年预算52.00万元")
    d.total("共接种1,300剂次", "首剂583剂次", "第2剂«551剂次", "补种第2剂«166剂次")
    d.total("共接种1,300剂次", "门诊520剂次", "卫生院298剂次", "卫生院262剂次", "卫生院220剂次")
    d.expect("mean per clinic", d.v("共接种1,300剂次") / 4, "平均每个接种门诊325剂次")
    d.rate("共接种1,300剂次", "不少于1,400剂次", "为1,400剂次年度指标的«92.86%")
    d.rate("首剂接种583人", "628名对象", "首剂接种率92.83%")
    d.rate("全程接种551人", "628名对象", "全程接种率87.74%")
    d.expect("same doses", d.v("| 1,300 | 329.00 |"), "| 1,300剂次 |")
    d.rate("首剂接种548人", "2023年度接种对象«606人", "接种率90.43%")
    d.total("首剂接种548人", "382人已于", "其余166人")
    d.rate("一般反应9例", "共接种1,300剂次", "发生率0.69%")
    d.rate("的410人", "有效问卷512份", "知晓率80.08%")
    d.rate("（有效问卷498份，知晓«361人）", "有效问卷498份", "72.49%")
    d.rate("家长478人", "有效问卷512份", "满意度93.36%")
    d.completion("共接种1,300剂次", "≥1,400剂次", "| 92.86% | 10")
    d.completion("首剂接种率92.83%", "首剂接种率≥95%", "| 97.72% | 10")
    d.completion("全程接种率87.74%", "全程接种率≥90%", "| 97.49% | 10")
    d.completion("知晓率80.08%", "知晓率≥85%", "| 94.21% | 10")
    d.completion("满意度93.36%", "满意度≥90%", "| 103.73% | 10")
    d.score("10", d.v("共接种1,300剂次") / d.v("≥1,400剂次"), "| 92.86% | 10 | «9.29")
    d.score("10", d.v("首剂接种率92.83%") / 95, "| 97.72% | 10 | «9.77")
    d.score("10", d.v("全程接种率87.74%") / 90, "| 97.49% | 10 | «9.75")
    d.score("10", d.v("知晓率80.08%") / 85, "| 94.21% | 10 | «9.42")
    d.score("10", d.v("实际支出46.90万元") / d.v("全年预算52.00万元"), "| 90.19% | «9.02")
    d.prod("| 1,300 | 329.00 |", "| 329.00 |", "| 427,700.00 |")


def facts_wangqing(d):
    d.total("年初预算190.00万元", "县级财政150.00万元", "省级补助40.00万元")
    d.diff("年初预算190.00万元", "调减10.00万元", "全年预算180.00万元")
    d.total("全年预算180.00万元，按", "体检增项147.56万元", "报告打印送达4.34万元", "质控及信息化28.10万元")
    d.expect("17,360 x 85", d.v("应体检17,360人") * 85 / 10000, "体检增项147.56万元")
    d.expect("17,360 x 2.50", d.v("应体检17,360人") * Decimal("2.50") / 10000, "报告打印送达4.34万元")
    d.expect("24,800 x 70%", d.v("常住老年人24,800人") * Decimal("0.70"), "应体检17,360人")
    d.total("全年执行151.30万元", "体检增项费用143.48万元", "报告打印送达4.22万元", "质控及信息化3.60万元")
    d.expect("16,880 x 85", d.v("（16,880人×85元）") * 85 / 10000, "体检增项费用143.48万元")
    d.expect("16,880 x 2.50", d.v("（16,880份×2.50元）") * Decimal("2.50") / 10000, "报告打印送达4.22万元")
    d.rate("全年执行151.30万元", "全年预算180.00万元", "预算执行率84.06%")
    d.diff("到位180.00万元", "全年执行151.30万元", "结余28.70万元")
    d.diff("质控及信息化28.10万元", "质控及信息化3.60万元", "投入24.50万元")
    d.expect("27 x 85", d.v("重复登记27人") * 85, "核减费用2,295元")
    d.yuan_wan("| 1,434,800.00 |", "体检增项费用143.48万元")
    d.expect("mean per institution", d.v("全年体检16,880人") / d.v("共10家机构"), "平均完成体检1,688人")
    d.rate("全年体检16,880人", "应体检人数17,360人", "的97.24%")
    d.rate("全年体检16,880人", "常住老年人24,800人", "老年人健康管理率68.06%")
    d.rate("（体检15,902人", "常住老年人24,315人", "管理率65.40%")
    d.diff("老年人健康管理率68.06%", "管理率65.40%", "提高2.66个百分点")
    d.rate("完整的16,205人", "全年体检16,880人", "完整率96.00%")
    d.rate("反馈体检结果16,542人", "全年体检16,880人", "反馈率98.00%")
    d.rate("高血压4,126人", "全年体检16,880人", "（占体检人数的«24.44%）")
    d.rate("糖尿病1,873人", "全年体检16,880人", "（11.10%）")
    d.total("共504人", "新发现高血压356人", "糖尿病148人")
    d.rate("规范管理449人", "共504人", "管理率89.09%")
    d.diff("共504人", "规范管理449人", "未纳入的55人")
    d.rate("老年人9,560人", "常住老年人24,800人", "中医药健康管理率38.55%")
    d.rate("满意的958份", "有效问卷1,148份", "满意度83.45%")
    d.score("10", d.v("预算执行率84.06%") / 100, "| 84.06 | 10 | «8.41")
    d.score("10", d.v("全年体检16,880人") / d.v("应体检17,360人"), "| 17,360 | 16,880 | 10 | «9.72")
    d.score("10", d.v("老年人健康管理率68.06%") / 70, "| 70 | 68.06 | 10 | «9.72")
    d.score("10", d.v("中医药健康管理率38.55%") / 65, "| 65 | 38.55 | 10 | «5.93")
    d.score("10", d.v("管理率89.09%") / 90, "| 90 | 89.09 | 10 | «9.90")
    d.score("10", d.v("满意度83.45%") / 90, "| 90 | 83.45 | 10 | «9.27")


FACTS = {
    "xiji-hospequip-2020": facts_xiji,
    "yuexi-drinkwater-2018": facts_yuexi,
    "fuping-maternal-2021": facts_fuping,
    "yunxi-tcmcapacity-2023": facts_yunxi,
    "jianning-hpvvaccine-2024": facts_jianning,
    "wangqing-elderlycheck-2025": facts_wangqing,
}


# ---------------------------------------------------------------- generic table checks
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    res = []
    for t in out:
        rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in t]
        rows = [r for r in rows if not all(set(c) <= set("-: ") for c in r)]
        res.append(rows)
    return res


def cellnum(c):
    m = re.fullmatch(r"[≥≤<>＝=]?\s*(\d[\d,]*(?:\.\d+)?)\s*%?", c)
    return m.group(1) if m else None


def check_tables(pid, text):
    tabs = tables(text)
    funds_points = None
    for rows in tabs:
        head = rows[0] + (rows[1] if len(rows) > 1 else [])
        if rows[0] and any("年度资金总额" == r[0] for r in rows):
            col = rows[0].index("分值")
            for r in rows:
                if r[0] == "年度资金总额":
                    funds_points = (dec(r[col]), dec(r[col + 2]))
    for ti, rows in enumerate(tabs):
        hdr = rows[0]
        sub = rows[1] if len(rows) > 1 else []
        names = [(a + b) for a, b in zip(hdr, sub + [""] * (len(hdr) - len(sub)))]
        # -- product tables: 数量 x 单价 = 金额
        if any("数量" in h for h in hdr) and "单价" in "".join(sub + hdr):
            qcol = next(i for i, h in enumerate(hdr) if "数量" in h)
            pairs = [(i, i + 1) for i, h in enumerate(names) if "单价" in h and i + 1 < len(names) and "金额" in names[i + 1]]
            body = [r for r in rows[2:] if r and r[0] not in ("合计",)]
            tot = [r for r in rows if r and r[0] == "合计"]
            for r in body:
                q = cellnum(r[qcol])
                for pi, ai in pairs:
                    p, a = cellnum(r[pi]), cellnum(r[ai])
                    if q and p and a and not close(dec(q) * dec(p), a):
                        fail(f"{pid} table {ti}: {r[1]} {q} x {p} != {a}")
            if tot:
                t = tot[0]
                for ci in [qcol] + [a for _, a in pairs] + ([len(hdr) - 1] if "节约" in hdr[-1] else []):
                    if cellnum(t[ci]):
                        s = sum(dec(cellnum(r[ci])) for r in body if cellnum(r[ci]))
                        if not close(s, cellnum(t[ci])):
                            fail(f"{pid} table {ti}: column {names[ci]} sums to {s}, 合计 {t[ci]}")
                if "节约" in hdr[-1]:
                    for r in body + tot:
                        b, c, sv = cellnum(r[4]), cellnum(r[6]), cellnum(r[7])
                        if b and c and sv and not close(dec(b) - dec(c), sv):
                            fail(f"{pid} table {ti}: saving {r[1]}")
        # -- institution tables: people, checked, rate, amount (85元/人)
        if hdr and hdr[0] == "承担机构":
            body = [r for r in rows[2:] if r[0] != "合计"]
            tot = [r for r in rows if r[0] == "合计"][0]
            for r in body + [tot]:
                p, c, rt, amt = (dec(cellnum(x)) for x in r[1:5])
                if not close(c / p * 100, r[3]):
                    fail(f"{pid}: rate row {r[0]}")
                if not close(c * 85, r[4]):
                    fail(f"{pid}: amount row {r[0]}")
            for ci in (1, 2, 4):
                if not close(sum(dec(cellnum(r[ci])) for r in body), tot[ci]):
                    fail(f"{pid}: institution column {ci} sum")
        # -- score tables
        wcol = next((i for i, h in enumerate(hdr) if h in ("分值", "权重")), None)
        scol = next((i for i, h in enumerate(hdr) if h == "得分"), None)
        if wcol is None or scol is None or any("年度资金总额" == r[0] for r in rows):
            continue
        body, total = [], None
        for r in rows[1:]:
            if r[0].startswith("合计") or r[0].startswith("总分"):
                total = r
                continue
            if cellnum(r[wcol]) is None:
                continue
            body.append(r)
        W = sum(dec(r[wcol]) for r in body)
        S = sum(dec(r[scol]) for r in body)
        for r in body:
            if not (0 <= dec(r[scol]) <= dec(r[wcol])):
                fail(f"{pid}: score {r[scol]} outside [0, {r[wcol]}] in row {r[2] if len(r) > 2 else r}")
        if total is None:
            fail(f"{pid}: score table without total row")
            continue
        tw, ts = dec(total[wcol]), dec(total[scol])
        if "含资金执行" in total[0]:
            if funds_points is None:
                fail(f"{pid}: total includes funds points but no funds block")
            else:
                W += funds_points[0]
                S += funds_points[1]
        if W != 100 or tw != 100:
            fail(f"{pid}: weights sum to {W}, total row says {tw}")
        if not close(S, total[scol]):
            fail(f"{pid}: scores sum to {S}, total row says {ts}")
        # grade in text
        m = re.search(r"(?:评价等级|自评等级)为\"(优|良|中|差)", text)
        if not m:
            fail(f"{pid}: no grade sentence")
        elif m.group(1) != grade_of(ts):
            fail(f"{pid}: grade {m.group(1)} but total {ts} is {grade_of(ts)}")
        # text total must equal table total
        for tm in re.finditer(r"(?:自评总得分|自评得分|自评总分)(\d+\.\d+)分", text):
            if dec(tm.group(1)) != ts:
                fail(f"{pid}: text total {tm.group(1)} != table total {ts}")


def check_misc(pid, text):
    """Years, zero-base rates and indicator units."""
    year = int(re.search(r"(20\d\d)年度", text).group(1))
    if str(year) not in pid:
        fail(f"{pid}: title year {year}")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{pid}: 截至{m.group(1)}年 in a {year} report")
    for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
        if int(m.group(1)) <= year:
            fail(f"{pid}: carried over to {m.group(1)} in a {year} report")
    for rows in tables(text):
        hdr = rows[0]
        sub = rows[1] if len(rows) > 1 else []
        if any(r[0] == "年度资金总额" for r in rows):
            rcol = next(i for i, h in enumerate(hdr) if h.startswith("执行率"))
            for r in rows:
                if len(r) > 3 and cellnum(r[2]) is not None and dec(cellnum(r[2])) == 0:
                    if r[rcol] not in ("—", "0", "0.00%"):
                        fail(f"{pid}: rate {r[rcol]} on a zero base in row {r[0]}")
        tcol = next((i for i, h in enumerate(hdr) if h in ("年度指标值", "目标值", "指标值")), None)
        acol = next((i for i, h in enumerate(hdr) if h in ("实际完成值", "业绩值", "完成值")), None)
        if tcol is None or acol is None:
            continue
        ucol = next((i for i, h in enumerate(hdr) if h == "度量单位"), None)
        for r in rows[2:]:
            t, a = r[tcol], r[acol]
            if not t or not a or r[0].startswith(("合计", "总分")):
                continue
            if ucol is not None:
                if r[ucol] != "—" and (cellnum(t) is None or cellnum(a) is None):
                    fail(f"{pid}: non-numeric value under unit {r[ucol]}: {t} / {a}")
                continue
            unit = lambda s: re.sub(r"^[≥≤]|[\d,.]+", "", s)
            ut, ua = unit(t), unit(a)
            if ut != ua and not (ut.endswith("前") or ut in ("达成",) or t.startswith("≤18/10万")):
                fail(f"{pid}: unit of target {t!r} differs from actual {a!r}")


# ---------------------------------------------------------------- labels and edits
def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    listed = {r["case"] for r in labels}
    on_disk = set(os.listdir(CASES))
    if listed != on_disk:
        fail(f"cases on disk and in labels differ: {sorted(on_disk ^ listed)}")
    usage = {}
    for rec in labels:
        text = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean case with expectations or differing text")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one finding")
        for e in rec["expected"]:
            if e["code"] not in SECTION_A or e["severity"] != "error":
                fail(f"{rec['case']}: code/severity {e['code']}/{e['severity']}")
            usage.setdefault(e["code"], set()).add(rec["source"])
            usage.setdefault(e["code"] + "#n", set()).add(rec["case"])
            if text.count(e["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(e['value'])} times in the case")
            if e["value"] in clean:
                fail(f"{rec['case']}: value occurs in the clean draft")
            code = e["code"]
        # edit size
        la, lb = clean.split("\n"), text.split("\n")
        if len(la) != len(lb):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [i for i in range(len(la)) if la[i] != lb[i]]
        if len(diff) == 1:
            oa, ob = changed_region(clean, text)
            if max(len(oa), len(ob)) > 16 or "\n" in oa or "\n" in ob:
                fail(f"{rec['case']}: edit too large {oa!r} -> {ob!r}")
        elif len(diff) == 2 and diff[1] == diff[0] + 1 and code in SCORE_CODES:
            for i in diff:
                oa, ob = changed_region(la[i], lb[i])
                if max(len(oa), len(ob)) > 16:
                    fail(f"{rec['case']}: row edit too large {oa!r} -> {ob!r}")
        else:
            fail(f"{rec['case']}: {len(diff)} lines changed")
    for code in SECTION_A:
        n = len(usage.get(code + "#n", ()))
        p = len(usage.get(code, ()))
        if n < 2 or p < 2:
            fail(f"code {code} used {n} times in {p} projects (need >= 2 / 2)")
    return labels, usage


def main():
    labels, usage = check_labels()
    for pid, fn in FACTS.items():
        text = read(pid + "-clean.txt")
        n = len(text)
        if not 2500 <= n <= 6000:
            fail(f"{pid}: clean draft has {n} characters")
        fn(Doc(pid, text))
        check_tables(pid, text)
        check_misc(pid, text)
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    counts = {c: len(usage.get(c + "#n", ())) for c in SECTION_A}
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in SECTION_A))
    print(f"{len(labels)} cases checked")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
