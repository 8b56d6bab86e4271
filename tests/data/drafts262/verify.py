#!/usr/bin/env python3
"""Verify drafts262.

1. labels.jsonl: every case exists, codes are from errors.md §A, each of the 13 codes occurs at
   least twice, every label value occurs in its case (and not in the clean draft).
2. Every error case differs from its clean draft in exactly one contiguous place, and that place
   overlaps an occurrence of the labelled value.
3. The arithmetic of every clean draft is redone: explicit checks per draft (each check names the
   text it relies on, which must occur in the draft) plus generic checks of the ｜ tables
   (weights add to 100, scores add to the total, score <= weight, score and completion follow
   from target and actual, funds rows add up, rates follow from amounts).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
BAR = "｜"
problems = []


def fail(msg):
    problems.append(msg)


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated, approx=False):
    """Stated string vs computed Decimal, within half a unit of the stated last digit."""
    v = D(stated.strip().rstrip("%"))
    tol = D(5) / (D(10) ** (decimals(stated) + 1)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- explicit checks
class Draft:
    def __init__(self, name, text):
        self.name, self.text, self.n = name, text, 0

    def need(self, *snips):
        for s in snips:
            if s not in self.text:
                fail(f"{self.name}: evidence not found: {s!r}")

    def read(self, stated):
        """A stated value is a literal or "re:<pattern>" whose group 1 is read from the text."""
        if isinstance(stated, str) and stated.startswith("re:"):
            m = re.search(stated[3:], self.text)
            if not m:
                fail(f"{self.name}: evidence not found: /{stated[3:]}/")
                return None
            return m.group(1)
        return stated

    def eq(self, what, computed, stated, *snips):
        self.n += 1
        self.need(*snips)
        stated = self.read(stated)
        if stated is None:
            return
        if not close(computed, stated):
            fail(f"{self.name}: {what}: computed {computed} vs stated {stated}")

    def same(self, what, *patterns):
        """All mentions of one quantity (group 1 of each pattern, every match) carry one value."""
        self.n += 1
        vals = []
        for p in patterns:
            got = re.findall(p, self.text)
            if not got:
                fail(f"{self.name}: evidence not found: /{p}/")
            vals += [D(g) for g in got]
        if len(set(vals)) > 1:
            fail(f"{self.name}: {what}: one quantity stated as {sorted(set(map(str, vals)))}")

    def sum(self, what, parts, total, *snips):
        self.eq(what, sum(D(p) for p in parts), total, *snips)

    def rate(self, what, num, den, stated, *snips):
        num, den = self.read(num), self.read(den)
        if num is None or den is None:
            return
        self.eq(what, D(num) / D(den) * 100, stated, *snips)

    def diff(self, what, a, b, stated, *snips):
        self.eq(what, D(a) - D(b), stated, *snips)

    def mean(self, what, items, stated, *snips):
        self.eq(what, sum(D(i) for i in items) / len(items), stated, *snips)

    def grade(self, total, label, *snips):
        self.n += 1
        self.need(*snips)
        label = self.read(label)
        if label is None:
            return
        if not label.startswith(grade_of(total)):
            fail(f"{self.name}: grade {label} does not fit total {total}")


def check_hancheng(d):
    d.sum("年初 = 省级 + 市级", ["220.00", "40.00"], "260.00",
          "省级文物保护专项资金220.00万元", "市级配套资金40.00万元", "年初预算260.00万元")
    d.sum("全年 = 年初 + 结转", ["260.00", "35.60"], "295.60", "全年预算295.60万元", "结转的勘察设计及监理费35.60万元")
    d.rate("执行率", "281.34", "295.60", "95.18", "累计支出281.34万元，预算执行率95.18%")
    d.rate("当年拨款执行率", "245.74", "260.00", r"re:当年财政拨款支出245\.74万元，执行率([\d.]+)%")
    d.sum("执行 = 当年 + 结转", ["245.74", "35.60"], "281.34", "上年结转资金35.60万元已全部支付")
    d.sum("支出构成", ["243.74", "2.00", "35.60"], "281.34",
          "支付工程款243.74万元、第三方检测及结算审计费2.00万元、勘察设计及监理费35.60万元")
    d.diff("未支付", "295.60", "281.34", r"re:未支付的([\d.]+)万元")
    d.diff("合同价 - 已付工程款", "258.00", "243.74", "14.26", "合同价合计258.00万元")
    d.sum("修缮面积", ["412", "386", "470"], "1268", "三官庙412平方米、清水村古戏楼386平方米、薛氏祠堂470平方米")
    d.rate("面积完成率", "1268", "1200", r"re:实际修缮建筑面积1268平方米，完成年度目标的([\d.]+)%")
    d.rate("按期完工率", "2", "3", "66.67", "按期完工率为66.67%，该项得6.67分")
    d.eq("完工率得分", D(10) * 2 / 3, "6.67")
    d.eq("单位造价", D("258.00") * 10000 / 1268, "2035", "每平方米约2035元", "2035元/平方米")
    d.eq("开放接待得分", D(10) * D("1.32") / D("1.5"), "8.80", "该项得8.80分")
    d.rate("满意度", "187", "200", "93.5", "表示满意的187份，满意度93.5%")
    d.eq("执行得分", D(10) * D("281.34") / D("295.60"), "9.52", "按执行率计得9.52分")
    d.sum("产出得分", ["10", "10", "10", "6.67", "10"], "46.67", "产出指标46.67分")
    d.sum("效益得分", ["10", "8.80", "10"], "28.80", "效益指标28.80分")
    d.sum("总分", ["9.52", "46.67", "28.80", "10"], "94.99", "本项目自评得分94.99分")
    d.grade("94.99", r"re:评价等级为(\S)")
    d.same("修缮面积", r"修缮建筑面积(\d+)平方米", r"修缮面积(\d+)平方米", r"≥1200平方米｜(\d+)平方米")
    d.same("开放接待", r"开放后(?:至年底累计)?接待参观(\d+\.\d+)万人次", r"≥1\.5万人次｜(\d+\.\d+)万人次")
    d.need("推迟至12月20日", "完工推迟20天")


def check_gongyi(d):
    d.sum("全年 = 年初 + 追加", ["150.00", "30.00"], "180.00", "年初预算150.00万元", "追加预算30.00万元", "全年预算调整为180.00万元")
    d.rate("到位率", "180.00", "180.00", "100", "实际到位180.00万元，到位率100%")
    d.rate("执行率", "149.62", "180.00", "83.12", "实际支出149.62万元，预算执行率83.12%")
    d.sum("支出构成", ["82.40", "24.50", "18.72", "24.00"], "149.62",
          "勘探劳务费82.40万元", "租赁费24.50万元", "报告编制费18.72万元", "保管费24.00万元")
    d.rate("追加部分执行率", "28.46", "30.00", "94.87", "实际支出28.46万元，执行率94.87%")
    d.diff("结余", "180.00", "149.62", r"re:年末结余([\d.]+)万元")
    d.rate("面积超出", D("368.6") - 300, "300", "22.87", "368.6万平方米，超出年度目标22.87%")
    d.sum("分队面积", ["101.2", "96.5", "88.3", "82.6"], "368.6", "分别完成101.2万、96.5万、88.3万、82.6万平方米")
    d.mean("分队平均", ["101.2", "96.5", "88.3", "82.6"], r"re:平均每支队伍完成([\d.]+)万平方米")
    d.same("勘探面积", r"勘探面积(\d+\.\d)万平方米", r"承担了(\d+\.\d)万平方米", r"≥300万平方米｜(\d+\.\d)万平方米")
    d.same("勘探项目数", r"全年承担建设项目考古勘探(\d+)个", r"(\d+)份勘探报告", r"≥45个｜(\d+)个")
    d.rate("一次通过率", "38", "42", "90.48", "38份一次性通过审核，一次性通过率90.48%")
    d.rate("按期比例", "39", "42", "92.86", "39个项目", "占92.86%")
    d.eq("单位成本", D("149.62") / D("368.6"), "0.41", "每平方米勘探成本约0.41元")
    d.rate("归档率", "48", "50", "96", "已归档48卷，归档率96%")
    d.rate("满意度", "110", "130", "84.62", "表示满意的110份，满意度84.62%")
    d.eq("执行得分", D(10) * D("149.62") / D("180.00"), "8.31", "预算执行8.31分")
    d.sum("产出得分", ["15", "9.33", "9.52", "9.77", "5"], "48.62", "产出指标48.62分")
    d.sum("效益得分", ["7", "6.67", "9.60"], "23.27", "效益指标23.27分")
    d.sum("总分", ["8.31", "48.62", "23.27", "9.40"], "89.60", "本项目自评得分89.60分", "满意度指标9.40分")
    d.grade("89.60", r"re:评价等级为(\S)")
    d.need("结转至2022年")


def check_jiexiu(d):
    d.sum("全年 = 年初 + 结转", ["60.00", "6.50"], "66.50", "年初预算60.00万元", "2018年结转资金6.50万元", "全年预算66.50万元")
    d.rate("执行率", "63.82", "66.50", "95.97", "全年执行63.82万元，预算执行率95.97%")
    d.diff("结余", "66.50", "63.82", "2.68", "年末结余2.68万元")
    d.diff("本级结余", "8.00", "5.32", "2.68", "本级配套资金8.00万元支出5.32万元")
    d.rate("接待增长", D("13.6") - D("11.9"), "11.9", "14.29", "较2018年的11.9万人次增长14.29%")
    d.eq("日均接待", D(136000) / 308, "442", "日均接待约442人次", "正常开放308天")
    d.eq("人均成本", D("638200") / D("136000"), "4.69", "运行成本约4.69元")
    d.eq("未成年人", D("13.6") * D("0.236"), "3.21", "未成年人观众约3.21万人次，占观众总数的23.6%")
    d.rate("满意度", "474", "500", "94.8", "表示满意的474份，满意度94.8%")
    d.sum("产出得分", ["10", "10", "7.50", "10", "5", "5"], "47.50", "产出47.50分")
    d.sum("效益得分", ["15", "14.16"], "29.16", "效益29.16分")
    d.sum("总分", ["9.60", "47.50", "29.16", "10"], "96.26", "总得分96.26分", "预算执行9.60分")
    d.grade("96.26", r"re:等级为“(\S+)”")
    d.same("接待观众", r"全年接待观众(\d+\.\d)万人次", r"≥12万人次｜(\d+\.\d)万人次")
    d.same("执行数", r"全年执行(\d+\.\d\d)万元", r"≤66\.50万元｜(\d+\.\d\d)万元", r"全年执行资金｜\(4\)｜(\d+\.\d\d)")
    d.need("观众投诉7件，全部按时办结", "3个临时展览", "社会教育活动46场")


def check_dongyang(d):
    d.eq("国家级", 4 * D(2), "8.00", "国家级代表性传承人4名，每人每年2万元，计8.00万元")
    d.eq("省级", 18 * D(5000) / 10000, r"re:省级代表性传承人18名，每人每年5000元，计([\d.]+)万元")
    d.eq("金华市级", 26 * D(3000) / 10000, "7.80", "金华市级代表性传承人26名，每人每年3000元，计7.80万元")
    d.eq("东阳市级", 64 * D(2000) / 10000, "12.80", "东阳市级代表性传承人64名，每人每年2000元，计12.80万元")
    d.sum("传承人补助", ["8.00", "9.00", "7.80", "12.80"], r"re:其中代表性传承人补助([\d.]+)万元")
    d.sum("人数", ["4", "18", "26", "64"], "112", "享受补助的代表性传承人共112名")
    d.sum("全年预算", ["37.60", "10.00"], "47.60", "传承活动经费10.00万元", "全年预算47.60万元", "年初预算47.60万元")
    d.rate("到位率", "47.60", "47.60", "100", "全年资金到位47.60万元，到位率100%")
    d.rate("执行率", "46.85", "47.60", "98.42", "全年实际支出46.85万元，预算执行率98.42%")
    d.sum("执行 = 补助 + 活动", ["37.60", "9.25"], "46.85", "传承活动经费支出9.25万元", "全额发放到人")
    d.diff("活动经费结余", "10.00", "9.25", "0.75", "结余0.75万元")
    d.diff("总结余", "47.60", "46.85", "0.75")
    d.sum("国家级项目场次", ["52", "44", "30", "60"], "186", "分别开展52场、44场、30场", "其余省级及以下项目开展60场", "传承活动186场")
    d.mean("平均场次", ["52", "44", "30"], r"re:平均每个项目(\d+)场")
    d.rate("活动超出", 186 - 150, "150", "24", "超出年度目标24%")
    d.sum("评估", ["107", "5"], "112", "107名传承人", "5名传承人")
    d.rate("受众完成", "2.85", "3", "95", "受众2.85万人次，完成目标的95%")
    d.rate("学徒完成", "190", "200", "95", "新增学徒190名，目标200名，完成95%")
    d.rate("满意度", "114", "125", "91.2", "表示满意的114份，满意度91.2%")
    d.eq("人均补助", D("37.60") * 10000 / 112, "3357", "每人3357元")
    d.eq("执行得分", D(10) * D("46.85") / D("47.60"), "9.84", "计得9.84分")
    d.sum("产出分值", ["20", "15", "10", "5"], "50", "数量指标20分得20分、质量指标15分得13分、时效指标10分得10分、成本指标5分得5分")
    d.sum("产出得分", ["20", "13", "10", "5"], "48", "产出指标50分，得48分")
    d.sum("效益分值", ["20", "10"], "30", "社会效益指标20分得19分、可持续影响指标10分得9.5分")
    d.sum("效益得分", ["19", "9.5"], r"re:效益指标30分，得([\d.]+)分")
    d.eq("社会效益得分", D(20) * D("2.85") / 3, "19")
    d.eq("可持续得分", D(10) * 190 / 200, "9.5")
    d.eq("满意度得分", D(10) * D("91.2") / 95, "9.6", "满意度指标10分，得9.6分")
    d.sum("权重", ["10", "50", "30", "10"], "100")
    d.sum("总分", ["9.84", "48", "28.5", "9.6"], "95.94", "综合自评得分95.94分")
    d.grade("95.94", r"re:评价等级为(\S)")
    d.same("补助人数", r"向(\d+)名代表性传承人", r"传承人共(\d+)名")
    d.need("扣2分，得13分")


def check_qinan(d):
    d.diff("调整", "356.90", "308.90", "48.00", "较年初增加48.00万元")
    d.rate("部门执行率", "323.27", "356.90", "90.58", "全年支出323.27万元，预算执行率90.58%")
    d.diff("结转", "356.90", "323.27", "33.63", "结转下年33.63万元")
    d.sum("结转构成", ["29.76", "1.87", "2.00"], "33.63", "修复项目29.76万元、免费开放运行项目1.87万元、安全巡查项目2.00万元")
    d.diff("修复结转", "92.00", "62.24", "29.76")
    d.diff("免费开放结转", "58.00", "56.13", "1.87")
    d.diff("巡查结转", "35.00", "33.00", "2.00")
    d.sum("修复预算", ["47.50", "44.50"], "92.00", "年初安排47.50万元，省级追加资金44.50万元")
    d.sum("项目年初", ["47.50", "58.00", "35.00"], "140.50", "项目支出｜140.50")
    d.rate("追加到位率", r"re:实际到位([\d.]+)万元", "44.50", r"re:实际到位[\d.]+万元，到位率([\d.]+)%")
    d.rate("项目执行率", "151.37", "185.00", "81.82", "执行151.37万元，执行率81.82%")
    d.mean("项目平均得分", ["82.5", "96", "94"], r"re:平均得分([\d.]+)分")
    d.same("巡查次数", r"安全巡查(\d+)次", r"≥480次｜(\d+)次")
    d.same("接待观众", r"接待观众(\d+\.\d+)万人次", r"≥10万人次｜(\d+\.\d+)万人次")
    d.sum("修复件数", ["41", "15", "8"], "64", "彩陶器41件、骨角器15件、青铜器8件", "完成修复64件")
    d.sum("修复目标", ["64", "16"], "80", "另有16件青铜器")
    d.rate("满意度", "358", "400", "89.5", "表示满意的358份，满意度89.5%")
    d.diff("较上年", "91.20", "89.19", "2.01", "上年度部门整体自评得分91.20分，本年度下降2.01分")
    d.need("得分89.19分", "田野文物安全巡查512次", "接待观众9.26万人次", "“三公”经费支出0.86万元",
           "举办陈列展览6个", "参与5580人次", "数字化建档320件", "修复项目执行率仅为67.65%")
    # funds table (基本支出 + 项目支出 = 合计; rates)
    rows = table_rows(d.text, "项目｜年初预算数｜全年预算数｜全年执行数｜执行率")
    r = {c[0]: c for c in rows}
    for i in (1, 2, 3):
        d.sum(f"部门资金表 列{i}", [r["基本支出"][i], r["项目支出"][i]], r["合计"][i])
    for k in ("合计", "基本支出", "项目支出"):
        d.rate(f"部门资金表 {k} 执行率", r[k][3], r[k][2], r[k][4])
    rows = table_rows(d.text, "项目名称｜全年预算数｜全年执行数｜执行率｜项目自评得分")
    d.sum("项目预算合计", [c[1] for c in rows], "185.00")
    d.sum("项目执行合计", [c[2] for c in rows], "151.37")
    for c in rows:
        d.rate(f"{c[0]} 执行率", c[2], c[1], c[3])
    d.need("馆藏可移动文物修复项目｜92.00｜62.24｜67.65%｜82.5", "博物馆免费开放运行项目｜58.00｜56.13｜96.78%｜96",
           "文物安全防护及田野文物巡查项目｜35.00｜33.00｜94.29%｜94")


EXPLICIT = {
    "hancheng-wenwuxiushan-2022": check_hancheng,
    "gongyi-kaogukantan-2021": check_gongyi,
    "jiexiu-bowuguan-2019": check_jiexiu,
    "dongyang-feiyichuancheng-2024": check_dongyang,
    "qinan-bowuguan-bumen-2023": check_qinan,
}


# ---------------------------------------------------------------- generic table checks
def table_rows(text, header):
    lines = text.split("\n")
    out = []
    for i, ln in enumerate(lines):
        if ln.startswith(header):
            for nxt in lines[i + 1:]:
                if BAR not in nxt:
                    break
                out.append(nxt.split(BAR))
            return out
    fail(f"table header not found: {header}")
    return out


NUM = re.compile(r"^(≥|≤|＞|＜)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    m = NUM.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    if unit.endswith("前") or "年" in unit:
        return None
    return sign or "", D(num), unit


def indicator_tables(d):
    """Every table whose header has 分值/权重 and 得分: weights, scores, score rule, completion."""
    lines = d.text.split("\n")
    found = 0
    for i, ln in enumerate(lines):
        cells = ln.split(BAR)
        if BAR not in ln or "得分" not in cells or not ({"分值", "权重"} & set(cells)) or "三级指标" not in cells:
            continue
        found += 1
        wi = cells.index("分值") if "分值" in cells else cells.index("权重")
        si = cells.index("得分")
        ti = next(k for k, c in enumerate(cells) if c in ("年度指标值", "目标值"))
        ai = next(k for k, c in enumerate(cells) if c in ("实际完成值", "业绩值"))
        ci = cells.index("完成率") if "完成率" in cells else None
        wsum = ssum = D(0)
        for fl in lines:  # MOF layout: the execution line (分值 10) sits in the funds block
            if fl.startswith("年度资金总额｜"):
                fc = fl.split(BAR)
                wsum, ssum = D(fc[4]), D(fc[6])
        total = None
        for nxt in lines[i + 1:]:
            if BAR not in nxt:
                break
            c = nxt.split(BAR)
            if c[0] in ("合计", "总分"):
                total = c
                break
            w, s = D(c[wi]), D(c[si])
            wsum += w
            ssum += s
            if s > w or s < 0:
                fail(f"{d.name}: score {s} outside [0, {w}] in row {c[2]}")
            t, a = parse_val(c[ti]), parse_val(c[ai])
            d.n += 1
            if t and a and t[2] != a[2]:
                fail(f"{d.name}: row {c[2]}: target unit {t[2]!r} but actual unit {a[2]!r}")
            if t and a and t[2] == a[2]:
                sign, T, unit = t
                A = a[1]
                if sign in ("≤", "＜"):
                    ratio = D(1) if A <= T else T / A
                    comp = ratio * 100
                elif T == 0:
                    ratio = D(1) if A <= 0 else D(0)
                    comp = None
                else:
                    comp = A / T * 100
                    ratio = min(D(1), A / T)
                d.eq(f"score rule {c[2]}", w * ratio, c[si])
                if ci is not None and comp is not None:
                    d.eq(f"completion {c[2]}", comp, c[ci])
        if total is None:
            fail(f"{d.name}: indicator table without a total row")
            continue
        nums = [x for x in total[1:] if x.strip()]
        d.eq("weights add to 100", wsum, "100")
        d.eq("stated weight total", wsum, nums[0])
        d.eq("scores add to the total", ssum, nums[-1])
        # the grade printed with the table, if any, and the total in the text
        g = re.search(r"评价等级｜(\S+)", d.text)
        if g:
            d.grade(nums[-1], g.group(1))
    if not d.name.startswith("dongyang-feiyichuancheng-2024") and not found:
        fail(f"{d.name}: no indicator table found")


def mof_funds(d):
    """MOF funds block: 年度资金总额 = components per column; rate; execution score."""
    lines = d.text.split("\n")
    for i, ln in enumerate(lines):
        if not ln.startswith("年度资金总额｜"):
            continue
        tot = ln.split(BAR)
        comps = [lines[i + k].split(BAR) for k in (1, 2, 3)]
        for col in (1, 2, 3):
            d.sum(f"funds column {col}", [c[col] for c in comps], tot[col])
        d.rate("funds 执行率", tot[3], tot[2], tot[5])
        d.eq("execution score", D(tot[4]) * min(D(1), D(tot[3]) / D(tot[2])), tot[6])


def shanxi_funds(d):
    rows = table_rows(d.text, "项目｜行次｜年度总金额")
    if not rows:
        return
    r = {c[1]: [D(x) for x in c[2:]] for c in rows}
    k = {1: "(1)", 2: "(2)", 3: "(3)", 4: "(4)", 5: "(5)=(3)-(4)", 6: "(6)=(3)/(2)", 7: "(7)=(4)/(2)"}
    raw = {c[1]: c[2:] for c in rows}
    for n in (1, 2, 3, 4, 5):
        v = r[k[n]]
        d.eq(f"row {n}: 总 = 小计 + 结转 + 其他", v[1] + v[6] + v[7], raw[k[n]][0])
        d.eq(f"row {n}: 小计 = 中央 + 省 + 市 + 县", v[2] + v[3] + v[4] + v[5], raw[k[n]][1])
    for col in range(8):
        d.eq(f"(5) col {col}", r["(3)"][col] - r["(4)"][col], raw[k[5]][col])
        for n, num in ((6, "(3)"), (7, "(4)")):
            den = r["(2)"][col]
            if den == 0:
                if r[k[n]][col] != 0:
                    fail(f"{d.name}: non-zero rate on a zero base, row {n} col {col}")
            else:
                d.eq(f"({n}) col {col}", r[num][col] / den * 100, raw[k[n]][col])


def prose_rules(d):
    """Rates of money cannot exceed 100%; a prose score cannot exceed its weight; years fit the evaluation year."""
    for m in re.finditer(r"(执行率|到位率|使用率|支出率)(?:为|达|达到|仅为)?(\d+(?:\.\d+)?)%", d.text):
        d.n += 1
        if D(m.group(2)) > 100:
            fail(f"{d.name}: {m.group(0)} above 100%")
    for m in re.finditer(r"([^\s，、；：。]{2,8}?指标)(\d+(?:\.\d+)?)分，?得(\d+(?:\.\d+)?)分", d.text):
        d.n += 1
        if D(m.group(3)) > D(m.group(2)):
            fail(f"{d.name}: {m.group(0)}: score above weight")
    year = int(re.search(r"(20\d\d)年度", d.text).group(1))
    for pat, want in ((r"截至(20\d\d)年12月31日", year), (r"(20\d\d)年12月提前下达", year - 1),
                      (r"结转至(20\d\d)年", year + 1), (r"结转(20\d\d)年", year + 1)):
        for m in re.finditer(pat, d.text):
            d.n += 1
            if int(m.group(1)) != want:
                fail(f"{d.name}: {m.group(0)} in a {year} report")


# ---------------------------------------------------------------- main
def run_checks(src, name, text):
    d = Draft(name, text)
    EXPLICIT[src](d)
    indicator_tables(d)
    mof_funds(d)
    if "项目｜行次｜年度总金额" in d.text:
        shanxi_funds(d)
    prose_rules(d)
    return d


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        p = os.path.join(CASES, rec["case"])
        if not os.path.exists(p):
            fail(f"missing case {rec['case']}")
            continue
        texts[rec["case"]] = open(p, encoding="utf-8").read()
    on_disk = set(os.listdir(CASES))
    if on_disk != set(texts):
        fail(f"cases on disk and labels differ: {sorted(on_disk ^ set(texts))}")

    count = {c: 0 for c in CODES}
    sources = sorted({r["source"] for r in labels})
    if len(sources) != 5:
        fail(f"expected 5 sources, got {len(sources)}")
    for rec in labels:
        name, text = rec["case"], texts.get(rec["case"], "")
        if not 3000 <= len(text) <= 9000:
            fail(f"{name}: length {len(text)} outside 3000-9000")
        if rec["clean"]:
            if rec["expected"] or not name.endswith("-clean.txt"):
                fail(f"{name}: clean case with expectations")
            continue
        clean = texts[f"{rec['source']}-clean.txt"]
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected exactly one label")
        for exp in rec["expected"]:
            if exp["code"] not in CODES:
                fail(f"{name}: unknown code {exp['code']}")
            else:
                count[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{name}: severity {exp['severity']}")
            v = exp["value"]
            if v not in text:
                fail(f"{name}: value {v!r} not in case")
            if v in clean:
                fail(f"{name}: value {v!r} also occurs in the clean draft")
            # one contiguous difference
            p = 0
            while p < min(len(text), len(clean)) and text[p] == clean[p]:
                p += 1
            q = 0
            while q < min(len(text), len(clean)) - p and text[-1 - q] == clean[-1 - q]:
                q += 1
            win = (p, len(text) - q)
            if text == clean:
                fail(f"{name}: identical to the clean draft")
            if win[1] - win[0] > 80 or (len(clean) - q) - p > 80:
                fail(f"{name}: changed region too long ({win})")
            occ, i = [], text.find(v)
            while i >= 0:
                occ.append((i, i + len(v)))
                i = text.find(v, i + 1)
            lo, hi = win[0], max(win[1], win[0] + 1)
            if not any(s < hi and lo < e for s, e in occ):
                fail(f"{name}: the change at {win} does not overlap the label value")
    for c, n in count.items():
        if n < 2:
            fail(f"code {c} occurs {n} times (< 2)")

    total_checks = 0
    for src in sources:
        name = f"{src}-clean.txt"
        d = run_checks(src, name, texts[name])
        total_checks += d.n
        print(f"{name}: {len(d.text)} chars, {d.n} arithmetic checks")

    # sensitivity: the same checks, run on each error case, must break somewhere other than
    # a missing evidence string (i.e. the injected slip is a real inconsistency)
    caught = 0
    for rec in labels:
        if rec["clean"]:
            continue
        saved = list(problems)
        del problems[:]
        run_checks(rec["source"], rec["case"], texts[rec["case"]])
        real = [p for p in problems if "evidence not found" not in p]
        problems[:] = saved
        if real:
            caught += 1
        else:
            fail(f"{rec['case']}: no check breaks on the injected error")
    print(f"sensitivity: {caught}/{sum(1 for r in labels if not r['clean'])} error cases break an arithmetic check")
    print(f"{len(labels)} cases, {sum(count.values())} labelled errors, {total_checks} checks; "
          + ", ".join(f"{c}={n}" for c, n in count.items()))
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
