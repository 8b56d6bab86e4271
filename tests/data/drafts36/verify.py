#!/usr/bin/env python3
"""Check the n36 set: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems, exit 1 on problems)
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402

CASES = os.path.join(HERE, "cases")
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def D(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def places(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: |c − v| ≤ 0.5 × 10^−d (d = decimals of the stated string)."""
    tol = Decimal("0.5") * Decimal(10) ** (-places(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Ctx:
    def __init__(self, pid, text):
        self.pid, self.text = pid, text

    def need(self, *snips):
        for s in snips:
            if s not in self.text:
                bad(f"{self.pid}: snippet not in clean draft: {s!r}")

    def eq(self, what, computed, stated, *snips):
        self.need(*snips)
        if not close(computed, stated):
            bad(f"{self.pid}: {what}: computed {computed} vs stated {stated}")

    def total(self, what, parts, stated, *snips):
        self.eq(what, sum(D(p) for p in parts), stated, *snips)

    def rate(self, what, num, den, stated, *snips):
        self.eq(what, D(num) / D(den) * 100, stated, *snips)

    def diff(self, what, a, b, stated, *snips):
        self.eq(what, D(a) - D(b), stated, *snips)

    def prod_wan(self, what, n, unit_yuan, stated_wan, *snips):
        self.eq(what, D(n) * D(unit_yuan) / 10000, stated_wan, *snips)


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- score tables
def parse_bar_table(text):
    """Rows of '｜' tables whose header has 分值 and 得分. Returns (rows, total_row)."""
    rows, total, cols = [], None, None
    for line in text.splitlines():
        if "｜" not in line:
            cols = None
            continue
        cells = line.split("｜")
        if "分值" in cells and "得分" in cells:
            cols = {name: i for i, name in enumerate(cells)}
            continue
        if cols is None:
            continue
        w, s = cells[cols["分值"]], cells[cols["得分"]]
        if cells[0] in ("合计", "总分"):
            total = (w, s)
            continue
        if not re.fullmatch(r"[\d.]+", w or ""):
            continue
        row = {"name": cells[2] if len(cells) > 2 else cells[0], "w": w, "s": s}
        for key, names in (("t", ("年度指标值", "指标值", "目标值")), ("a", ("实际完成值", "业绩值")),
                           ("c", ("完成率",))):
            for nm in names:
                if nm in cols:
                    row[key] = cells[cols[nm]]
                    break
        if "执行率" in cols and "t" not in row:
            row["exec_rate"] = cells[cols["执行率"]]
        rows.append(row)
    return rows, total


def parse_flat_table(text, header_word="指标得分"):
    """seed-003 style: one tab-indented cell per line, blank line between rows."""
    rows, total, cols = [], None, None
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if not lines or not all(l.startswith("\t") for l in lines if l):
            continue
        cells = [l[1:] for l in lines if l.startswith("\t")]
        if header_word in cells:
            cols = {name: i for i, name in enumerate(cells)}
            continue
        if cols is None or len(cells) < len(cols):
            continue
        get = lambda k: cells[cols[k]]
        if get("一级指标") == "合计":
            total = (get("权重"), get("指标得分"))
            continue
        rows.append({"name": get("三级指标"), "w": get("权重"), "s": get("指标得分"),
                     "t": get("目标值"), "a": get("业绩值"), "c": get("完成率")})
    return rows, total


def parse_list_table(text):
    rows, total = [], None
    for line in text.splitlines():
        m = re.search(r"^(?:\d+\.|（[一二三四]）)([^：]+)：(.*)分值(\d+)分，得分([\d.]+)分", line)
        if m:
            row = {"name": m.group(1), "w": m.group(3), "s": m.group(4)}
            mt = re.search(r"年度指标值([^，]+)，实际完成值([^，]+)，", m.group(2))
            if mt:
                row["t"], row["a"] = mt.group(1), mt.group(2)
            mc = re.search(r"完成率([\d.]+%)", m.group(2))
            if mc:
                row["c"] = mc.group(1)
            rows.append(row)
        me = re.search(r"^（一）预算执行率：分值(\d+)分，年度指标值100%，实际完成值([\d.]+%)，得分([\d.]+)分", line)
        if me:
            rows.append({"name": "预算执行率", "w": me.group(1), "s": me.group(3), "exec_rate": me.group(2)})
        mtot = re.search(r"^合计：分值(\d+)分，得分([\d.]+)分", line)
        if mtot:
            total = (mtot.group(1), mtot.group(2))
    return rows, total


def qty(s):
    """(direction, number) of a target/actual cell, or None when qualitative."""
    s = s.replace(",", "")
    m = re.search(r"(-?\d+(?:\.\d+)?)", s)
    if not m:
        return None
    d = "gte" if re.search(r"≥|不低于|不少于", s) else "lte" if re.search(r"≤|不超过|以内", s) else "eq"
    return d, D(m.group(1)), "%" in s


def check_table(c, rows, total, grade_label, exec_rate=None):
    if not rows or total is None:
        bad(f"{c.pid}: score table not parsed")
        return
    W = sum(D(r["w"]) for r in rows)
    S = sum(D(r["s"]) for r in rows)
    if W != D(total[0]) or W != 100:
        bad(f"{c.pid}: weights add to {W}, stated {total[0]}")
    if not close(S, total[1]):
        bad(f"{c.pid}: scores add to {S}, stated total {total[1]}")
    for r in rows:
        if D(r["s"]) > D(r["w"]) or D(r["s"]) < 0:
            bad(f"{c.pid}: {r['name']} score {r['s']} outside [0, {r['w']}]")
        # completion and score rule (rules §5) where target and actual are quantities
        t, a = qty(r.get("t", "")), qty(r.get("a", ""))
        if t and a:
            if t[2] != a[2]:
                bad(f"{c.pid}: {r['name']} target/actual units differ")
                continue
            d, T, _ = t
            A = a[1]
            if d == "lte":
                comp = Decimal(100) if A <= T else T / A * 100
            elif T == 0:
                comp = Decimal(100) if A <= 0 else Decimal(0)
            else:
                comp = A / T * 100
            if "c" in r and r["c"] and not close(comp, r["c"]):
                bad(f"{c.pid}: {r['name']} completion {r['c']} vs {comp:.4f}")
            rule = D(r["w"]) * min(comp, Decimal(100)) / 100
            if not close(rule, r["s"]) and not close(r2(rule), r["s"]):
                bad(f"{c.pid}: {r['name']} score {r['s']} vs rule {rule:.4f}")
        elif "exec_rate" in r:
            rule = D(r["w"]) * min(D(r["exec_rate"]), Decimal(100)) / 100
            if not close(rule, r["s"]):
                bad(f"{c.pid}: execution score {r['s']} vs {rule:.4f}")
    if band(total[1]) not in grade_label:
        bad(f"{c.pid}: grade {grade_label} not the band of {total[1]}")
    c.need(grade_label)


# ---------------------------------------------------------------- per-project arithmetic
def shunping(c):
    c.total("年初预算 = 四级资金", ["2,174.00", "526.00", "88.00", "306.00"], "3,094.00",
            "年初预算安排困难群众救助补助资金3,094.00万元，其中中央资金2,174.00万元", "省级资金526.00万元、市级资金88.00万元、县级配套资金306.00万元")
    c.total("中央 + 追加", ["2,174.00", "86.00"], "2,260.00", "追加下达中央资金86.00万元")
    c.total("全年预算 = 年初 + 追加", ["3,094.00", "86.00"], "3,180.00", "调整后全年预算为3,180.00万元")
    c.total("全年预算 = 四级资金", ["2,260.00", "526.00", "88.00", "306.00"], "3,180.00",
            "分别为2,260.00万元、526.00万元、88.00万元、306.00万元")
    c.rate("到位率", "3,180.00", "3,180.00", "100", "到位资金3,180.00万元，资金到位率100%")
    c.total("支出 = 三项", ["376.32", "2,456.22", "262.50"], "3,095.04",
            "分别支出376.32万元、2,456.22万元、262.50万元")
    c.rate("执行率", "3,095.04", "3,180.00", "97.33", "全年实际支出3,095.04万元，预算执行率97.33%",
           "年度资金总额｜3,094.00｜3,180.00｜3,095.04｜10｜97.33%｜9.73")
    c.eq("执行率得分", Decimal(10) * D("3095.04") / D("3180"), "9.73")
    c.diff("结转", "3,180.00", "3,095.04", "84.96", "年末未支出84.96万元", "结转至2022年")
    c.diff("比上年", "3,095.04", "2,948.37", "146.67", "与2020年支出2,948.37万元相比，2021年支出增加146.67万元，增长4.97%")
    c.rate("增长率", "146.67", "2,948.37", "4.97")
    c.total("四季度", ["690.12", "695.40", "720.86", "726.16"], "2,832.54",
            "分别发放690.12万元、695.40万元、720.86万元、726.16万元，全年累计发放城乡低保金2,832.54万元")
    c.total("城乡低保 = 城市 + 农村", ["376.32", "2,456.22"], "2,832.54")
    c.diff("城市标准提高", "720", "680", "40", "由每人每月680元提高到720元，提高40元，增幅5.88%")
    c.rate("城市标准增幅", "40", "680", "5.88")
    c.diff("农村标准提高", "5040", "4800", "240", "由每人每年4,800元提高到5,040元（即每人每月由400元提高到420元），提高240元，增幅5.00%")
    c.rate("农村标准增幅", "240", "4800", "5.00")
    c.eq("农村月标准", D("5040") / 12, "420")
    c.eq("农村上年月标准", D("4800") / 12, "400")
    c.total("户数", ["356", "4,862"], "5,218", "全县城乡低保对象5,218户9,354人，其中城市低保356户618人、农村低保4,862户8,736人")
    c.total("人数", ["618", "8,736"], "9,354")
    c.total("人次", ["7,350", "104,520"], "111,870", "分别发放7,350人次、104,520人次，合计111,870人次")
    c.prod_wan("城市低保金", "7350", "512", "376.32", "城市低保月人均补助512元")
    c.prod_wan("农村低保金", "104520", "235", "2456.22", "农村低保月人均补助235元")
    c.eq("上年末+新增−退出", D("9329") + 612 - 587, "9354", "全年新增保障对象612人、退出587人，年末保障人数较上年末的9,329人净增25人")
    c.diff("净增", "9354", "9329", "25")
    c.rate("核查覆盖率", "5,103", "5,218", "97.80", "应核查5,218户，实际完成核查5,103户，核查覆盖率97.80%")
    c.diff("未核查", "5218", "5103", "115", "未核查的115户")
    c.rate("保障人数完成", "9354", "9000", "103.93", "完成年度指标（≥9,000人）的103.93%")
    c.rate("临时救助完成", "1250", "1100", "113.64", "完成年度指标（≥1,100人次）的113.64%")
    c.total("临时救助人次", ["438", "812"], "1,250", "急难型临时救助438人次、61.32万元，支出型临时救助812人次、201.18万元")
    c.total("临时救助金额", ["61.32", "201.18"], "262.50", "全年实施临时救助1,250人次，支出临时救助金262.50万元，次均救助2,100元")
    c.prod_wan("急难型", "438", "1400", "61.32")
    c.eq("次均", D("2625000") / 1250, "2,100")
    c.rate("满意度", "361", "386", "93.5", "共发放问卷400份，回收有效问卷386份，其中表示满意的361份，救助对象满意度93.5%")
    rows, total = parse_bar_table(c.text)
    check_table(c, rows, total, "评价等级为“优”")
    c.need("自评总得分99.60分")
    c.eq("text total", D("9.73") + D("49.87") + 30 + 10, "99.60",
         "预算执行率指标得9.73分，产出指标得49.87分，效益指标得30分，满意度指标得10分")
    c.eq("产出小计", sum(D(r["s"]) for r in rows[1:9]), "49.87")


def yushe(c):
    flat = c.text
    # funds table (7 rows, columns total/小计/中央/省/市/县/结转)
    blocks = {}
    for block in flat.split("\n\n"):
        cells = [l[1:] for l in block.split("\n") if l.startswith("\t")]
        if cells and cells[0] in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                                  "预算到位率(%)", "预算执行率(%)"):
            blocks[cells[0]] = [x for x in cells[2:9]]
    if len(blocks) != 7:
        bad(f"{c.pid}: funds table not parsed ({len(blocks)} rows)")
        return
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        v = blocks[key]
        c.eq(f"{key} 小计", sum(D(x) for x in v[2:6]), v[1])
        c.eq(f"{key} 总额", D(v[1]) + D(v[6]), v[0])
    for i in range(7):
        c.eq(f"结余 col{i}", D(blocks["实际到位资金"][i]) - D(blocks["全年执行资金"][i]), blocks["资金结余"][i])
        c.eq(f"到位率 col{i}", D(blocks["实际到位资金"][i]) / D(blocks["全年预算资金"][i]) * 100, blocks["预算到位率(%)"][i])
        c.eq(f"执行率 col{i}", D(blocks["全年执行资金"][i]) / D(blocks["全年预算资金"][i]) * 100, blocks["预算执行率(%)"][i])
    c.need("到位资金1620.00万元，到位率98.18%", "全年执行资金1600.62万元，预算执行率97.01%",
           "县区级资金到位150.00万元，支出130.62万元，资金结余19.38万元，执行率72.57%",
           "县区级资金应到位180.00万元，实到150.00万元，未到位30.00万元")
    c.diff("县未到位", "180", "150", "30.00")
    c.total("中央 = 提前下达 + 3月", ["1000.00", "60.00"], "1060.00", "中央资金中的1000.00万元已于2022年12月", "其余60.00万元于2023年3月下达")
    c.total("全年中央", ["1060.00", "60.00"], "1120.00", "追加中央资金60.00万元，全年预算资金调整为1650.00万元")
    c.total("支出用途", ["1225.47", "278.40", "86.50", "10.25"], "1600.62",
            "城乡特困人员基本生活费1225.47万元、照料护理费278.40万元、集中供养机构运转补助86.50万元、特困人员丧葬费10.25万元")
    c.total("供养金", ["1225.47", "278.40"], "1503.87", "基本生活费和照料护理费合计1503.87万元")
    c.prod_wan("城市基本生活费", "450", "1010", "45.45", "城市特困人员全年发放450人次、45.45万元")
    c.prod_wan("农村基本生活费", "16620", "710", "1180.02", "农村特困人员全年发放16620人次、1180.02万元")
    c.total("基本生活费", ["45.45", "1180.02"], "1225.47")
    c.prod_wan("全自理", "14400", "100", "144.00", "分别发放14400人次、1980人次、690人次，金额分别为144.00万元、79.20万元、55.20万元")
    c.prod_wan("半护理", "1980", "400", "79.20")
    c.prod_wan("全护理", "690", "800", "55.20")
    c.total("护理费", ["144.00", "79.20", "55.20"], "278.40")
    c.total("护理人次 = 基本生活人次", ["14400", "1980", "690"], "17070")
    c.total("基本生活人次", ["450", "16620"], "17070")
    c.prod_wan("丧葬费", "41", "2500", "10.25", "全年特困人员死亡41人，按每人2500元标准支付丧葬费")
    c.eq("城市年标准", D("1010") * 12, "12120", "城市特困人员基本生活标准为每人每月1010元（每人每年12120元）")
    c.eq("农村年标准", D("710") * 12, "8520", "农村特困人员基本生活标准为每人每月710元（每人每年8520元）")
    c.diff("城市提标", "12120", "11520", "600", "城市标准由每人每年11520元提高到12120元，提高600元，增幅5.21%")
    c.rate("城市增幅", "600", "11520", "5.21")
    c.diff("农村提标", "8520", "8160", "360", "农村标准由每人每年8160元提高到8520元，提高360元，增幅4.41%")
    c.rate("农村增幅", "360", "8160", "4.41")
    c.total("集中+分散", ["286", "1142"], "1428", "全县在册特困人员1428人，其中集中供养286人、分散供养1142人，城市特困人员38人、农村特困人员1390人")
    c.total("城市+农村", ["38", "1390"], "1428")
    c.total("护理等级", ["1203", "167", "58"], "1428", "全自理、半护理、全护理人员分别为1203人、167人、58人")
    c.total("不能自理", ["167", "58"], "225", "生活不能自理的特困人员共225人")
    c.rate("集中供养率", "126", "225", "56.00", "集中供养126人，集中供养率56.00%")
    c.diff("低于目标", "60", "56.00", "4", "低于年度目标4个百分点")
    c.diff("较上年增加", "1428", "1396", "32", "较2022年末的1396人增加32人，增长2.29%")
    c.rate("增长率", "32", "1396", "2.29")
    c.eq("上年+新增−退出", D("1396") + 73 - 41, "1428", "全年新增纳入73人、因死亡退出41人")
    c.rate("满意度", "455", "483", "94.2", "发放问卷500份，有效问卷483份，满意455份，满意度94.2%")
    c.eq("执行得分", Decimal(10) * D("1600.62") / D("1650"), "9.70")
    rows, total = parse_flat_table(c.text)
    check_table(c, rows, total, '评价等级为"优秀"')
    c.need("自评总得分99.37分")
    c.eq("text total", D("9.70") + D("49.67") + 30 + 10, "99.37",
         "预算执行指标得9.70分，产出指标得49.67分，效益指标得30分，满意度指标得10分")
    c.eq("产出小计", sum(D(r["s"]) for r in rows[1:8]), "49.67")


def qingan(c):
    c.total("收入", ["6,396.10", "86.50"], "6,482.60", "本部门2024年收入合计6,482.60万元，其中一般公共预算财政拨款收入6,396.10万元、上年结转86.50万元")
    c.total("年初", ["5,829.80", "86.50"], "5,916.30", "年初预算5,916.30万元（财政拨款5,829.80万元、上年结转86.50万元）")
    c.total("追加", ["5,829.80", "566.30"], "6,396.10", "追加财政拨款566.30万元")
    c.total("全年预算 = 基本 + 项目", ["612.40", "5,870.20"], "6,482.60", "占全年预算612.40万元的99.58%", "占全年预算5,870.20万元的97.76%")
    c.total("支出", ["609.85", "5,738.47"], "6,348.32", "基本支出609.85万元", "项目支出5,738.47万元")
    c.total("基本支出", ["538.72", "71.13"], "609.85", "其中人员经费538.72万元、公用经费71.13万元")
    c.rate("执行率", "6,348.32", "6,482.60", "97.93", "2024年全年支出合计6,348.32万元，预算执行率97.93%")
    c.rate("基本执行率", "609.85", "612.40", "99.58")
    c.rate("项目执行率", "5,738.47", "5,870.20", "97.76")
    c.diff("比上年", "6,348.32", "6,105.94", "242.38", "与2023年支出6,105.94万元相比增加242.38万元，增长3.97%")
    c.rate("增长", "242.38", "6,105.94", "3.97")
    c.total("功能分类", ["6,118.66", "38.42", "41.26", "149.98"], "6,348.32",
            "支出合计6,348.32万元，分别为社会保障和就业支出6,118.66万元、卫生健康支出38.42万元、住房保障支出41.26万元、城乡社区支出149.98万元")
    c.diff("结转结余", "6,482.60", "6,348.32", "134.28", "年末结转结余134.28万元，其中基本支出结余2.55万元、项目支出结转131.73万元，结转结余率2.07%")
    c.diff("基本结余", "612.40", "609.85", "2.55")
    c.diff("项目结转", "5,870.20", "5,738.47", "131.73")
    c.rate("结转结余率", "134.28", "6,482.60", "2.07")
    c.total("项目支出分项", ["3,126.40", "1,208.36", "214.80", "104.16", "318.25", "412.68", "353.82"], "5,738.47",
            "分别支出3,126.40万元、1,208.36万元、214.80万元、104.16万元、318.25万元、412.68万元、353.82万元")
    c.total("低保人数", ["1,286", "7,942"], "9,228", "年末城乡低保对象9,228人，城市、农村分别为1,286人、7,942人")
    c.eq("临时救助次均", D("2148000") / 1074, "2,000", "临时救助全年1,074人次，次均2,000元")
    c.prod_wan("散居孤儿", "312", "1250", "39.00", "分别发放312人次、456人次、48人次，金额分别为39.00万元、57.00万元、8.16万元")
    c.prod_wan("事实无人抚养", "456", "1250", "57.00")
    c.prod_wan("集中养育", "48", "1700", "8.16")
    c.total("孤儿类", ["39.00", "57.00", "8.16"], "104.16")
    c.prod_wan("高龄80-89", "48600", "50", "243.00", "全年分别发放48,600人次、6,900人次、125人次，金额分别为243.00万元、69.00万元、6.25万元")
    c.prod_wan("高龄90-99", "6900", "100", "69.00")
    c.prod_wan("高龄100+", "125", "500", "6.25")
    c.total("高龄", ["243.00", "69.00", "6.25"], "318.25")
    c.prod_wan("养老服务补贴", "20634", "200", "412.68", "按每人每月200元发放，全年20,634人次")
    c.total("编制", ["18", "28"], "46", "编制总数46人，其中行政编制18人、事业编制28人")
    c.total("实有", ["17", "26"], "43", "实有在职人员43人，其中行政人员17人、事业人员26人")
    c.rate("供养人员控制率", "43", "46", "93.48", "财政供养人员控制率93.48%")
    # 三公
    c.total("三公预算", ["0.00", "3.20", "15.40"], "18.60", "因公出国（境）费｜0.00｜0.00｜0.00｜0.00｜0.00",
            "公务接待费｜3.20｜2.46｜2.88｜-0.74｜-0.42", "公务用车购置及运行维护费｜15.40｜14.41｜15.07｜-0.99｜-0.66",
            "其中：公务用车购置费｜0.00｜0.00｜0.00｜0.00｜0.00", "公务用车运行维护费｜15.40｜14.41｜15.07｜-0.99｜-0.66",
            "合计｜18.60｜16.87｜17.95｜-1.73｜-1.08")
    c.total("三公支出", ["0.00", "2.46", "14.41"], "16.87", "实际支出16.87万元，控制率90.70%")
    c.total("三公上年", ["0.00", "2.88", "15.07"], "17.95")
    for a, b, d in (("2.46", "3.20", "-0.74"), ("14.41", "15.40", "-0.99"), ("16.87", "18.60", "-1.73"),
                    ("2.46", "2.88", "-0.42"), ("14.41", "15.07", "-0.66"), ("16.87", "17.95", "-1.08")):
        c.diff(f"三公增减 {a}-{b}", a, b, d)
    c.rate("三公控制率", "16.87", "18.60", "90.70")
    c.diff("三公比上年", "17.95", "16.87", "1.08", "比上年的17.95万元减少1.08万元，下降6.02%", "公务接待费2.46万元", "公务用车运行维护费14.41万元")
    c.rate("三公降幅", "1.08", "17.95", "6.02")
    c.rate("重点工作完成率", "23", "24", "95.83", "24项重点工作完成23项，完成率95.83%")
    c.eq("项目平均分", sum(D(x) for x in ("98.50", "97.20", "99.00", "96.80", "100.00", "97.90")) / 6, "98.23",
         "自评得分分别为98.50分、97.20分、99.00分、96.80分、100.00分、97.90分，平均98.23分")
    c.rate("满意度", "524", "572", "91.6", "发放问卷600份，有效问卷572份，满意524份，满意度91.6%")
    c.eq("执行得分", Decimal(10) * D("6348.32") / D("6482.60"), "9.79")
    c.eq("重点工作得分", Decimal(12) * 23 / 24, "11.50")
    rows, total = parse_bar_table(c.text)
    check_table(c, rows, total, "评价等级为“优”")
    c.need("自评总得分99.29分", "投入、过程、产出、效果四类指标分别得12分、25.79分、31.50分、30分")
    groups = {}
    for line in c.text.splitlines():
        cells = line.split("｜")
        if len(cells) == 7 and cells[0] in ("投入", "过程", "产出", "效果"):
            groups.setdefault(cells[0], Decimal(0))
            groups[cells[0]] += D(cells[6])
    for g, v in (("投入", "12"), ("过程", "25.79"), ("产出", "31.50"), ("效果", "30")):
        c.eq(f"{g}小计", groups.get(g, 0), v)


def zhenlai(c):
    c.total("年初", ["80.00", "24.00", "16.00"], "120.00", "2019年年初预算120.00万元，其中中央补助80.00万元（已于2018年12月提前下达）、省级补助24.00万元、县级配套16.00万元")
    c.total("全年", ["96.00", "24.00", "18.00", "6.00"], "144.00", "分别为96.00万元、24.00万元、18.00万元、6.00万元")
    c.total("追加", ["120.00", "6.00", "16.00", "2.00"], "144.00", "彩票公益金孤儿助学工程资金6.00万元", "追加中央补助16.00万元", "配套资金2.00万元")
    c.rate("到位率", "144.00", "144.00", "100", "到位资金144.00万元，到位率100%")
    c.total("支出按来源", ["86.76", "24.00", "16.56", "6.00"], "133.32", "分别支出86.76万元、24.00万元、16.56万元、6.00万元")
    c.rate("执行率", "133.32", "144.00", "92.58", "全年共支出133.32万元，预算执行率92.58%", "年度资金总额｜120.00｜144.00｜133.32｜10｜92.58%｜9.26")
    c.rate("中央执行率", "86.76", "96.00", "90.38", "中央补助执行率90.38%")
    c.rate("县执行率", "16.56", "18.00", "92.00", "县级配套资金全年预算18.00万元，实际支出16.56万元，执行率92.00%")
    c.total("支出按用途", ["15.12", "93.00", "19.20", "6.00"], "133.32",
            "机构集中养育孤儿基本生活费15.12万元、社会散居孤儿基本生活费93.00万元、事实无人抚养儿童基本生活补贴19.20万元、孤儿助学工程6.00万元")
    c.total("基本生活费类", ["15.12", "93.00", "19.20"], "127.32", "基本生活费类支出合计127.32万元")
    c.diff("结余", "144.00", "133.32", "10.68", "年末结余10.68万元，其中中央补助结余9.24万元、县级配套结余1.44万元")
    c.diff("中央结余", "96.00", "86.76", "9.24")
    c.diff("县结余", "18.00", "16.56", "1.44")
    c.prod_wan("机构养育", "108", "1400", "15.12", "分别发放108人次、930人次、192人次")
    c.prod_wan("散居", "930", "1000", "93.00")
    c.prod_wan("事实无人抚养", "192", "1000", "19.20")
    c.prod_wan("助学", "6", "10000", "6.00", "每人每年1万元")
    c.eq("机构人次", D("9") * 12, "108", "机构集中养育9人、社会散居78人")
    c.eq("事实无人抚养人次 (10-12月)", D("64") * 3, "192", "纳入保障的事实无人抚养儿童64人")
    c.total("孤儿", ["9", "78"], "87", "全县保障孤儿87人")
    c.diff("比上年", "94", "87", "7", "比2018年末的94人减少7人，减少的7人中年满18周岁退出保障5人、依法被收养2人")
    c.total("减少原因", ["5", "2"], "7")
    c.total("助学对象", ["2", "3", "1"], "6", "资助6人，其中普通本科2人、高职（专科）3人、中等职业学校1人")
    c.diff("机构标准提高", "1400", "1300", "100", "分别比2018年的1,300元、900元提高100元，增幅分别为7.69%、11.11%")
    c.diff("散居标准提高", "1000", "900", "100")
    c.rate("机构增幅", "100", "1300", "7.69")
    c.rate("散居增幅", "100", "900", "11.11")
    c.rate("录入率", "60", "64", "93.75", "64人中已有60人录入全国儿童福利信息系统，录入率93.75%，其余4人")
    c.diff("未录入", "64", "60", "4")
    c.total("监护人户数", ["87", "64"], "151", "全县151户孤儿和事实无人抚养儿童监护人")
    c.rate("满意度", "133", "140", "95", "发放问卷151份，收回140份，其中满意133份，满意度95%")
    c.eq("执行得分", Decimal(10) * D("133.32") / D("144"), "9.26")
    rows, total = parse_bar_table(c.text)
    check_table(c, rows, total, "评价等级为“优秀”")
    c.need("本项目自评得分98.64分")
    c.eq("text total", D("9.26") + 50 + D("29.38") + 10, "98.64",
         "预算执行率得9.26分，产出指标得50分，效益指标得29.38分，满意度指标得10分")
    c.eq("效益小计", sum(D(r["s"]) for r in rows if r["name"] in ("孤儿基本生活保障覆盖率", "义务教育阶段孤儿入学率", "事实无人抚养儿童信息系统录入率")), "29.38")


def huade(c):
    c.total("年初", ["420.00", "60.00", "200.00"], "680.00", "2020年年初预算680.00万元，其中自治区补助420.00万元", "市级补助60.00万元、县级配套200.00万元")
    c.total("全年", ["420.00", "60.00", "240.00"], "720.00", "全年预算调整为720.00万元，自治区、市、县三级资金分别为420.00万元、60.00万元、240.00万元")
    c.total("县追加", ["200.00", "40.00"], "240.00", "追加县级配套40.00万元")
    c.total("到位", ["420.00", "60.00", "228.00"], "708.00", "县级配套资金到位228.00万元，未到位12.00万元，实际到位资金合计708.00万元，资金到位率98.33%")
    c.diff("县未到位", "240.00", "228.00", "12.00")
    c.rate("到位率", "708.00", "720.00", "98.33")
    c.rate("执行率", "696.48", "720.00", "96.73", "全年支出696.48万元，预算执行率96.73%")
    c.total("支出", ["473.76", "186.72", "36.00"], "696.48", "分别支出473.76万元、186.72万元、36.00万元")
    c.diff("结余", "708.00", "696.48", "11.52", "资金结余11.52万元")
    c.total("四季度", ["117.36", "118.08", "118.83", "119.49"], "473.76",
            "分别发放117.36万元、118.08万元、118.83万元、119.49万元，全年合计473.76万元，季均118.44万元")
    c.eq("季均", D("473.76") / 4, "118.44")
    c.diff("比上年", "473.76", "455.82", "17.94", "比2019年的455.82万元增加17.94万元，增长3.94%")
    c.rate("增长", "17.94", "455.82", "3.94")
    q = [("第一季度", 3046, 412, 7, "117.36"), ("第二季度", 3058, 418, 7, "118.08"),
         ("第三季度", 3071, 421, 8, "118.83"), ("第四季度", 3085, 425, 8, "119.49")]
    for name, a, b, d, amt in q:
        c.need(f"{name}｜{a:,}｜{b}｜{d}｜{amt}")
        c.eq(f"{name}金额", Decimal(3 * (a * 100 + b * 200 + d * 600)) / 10000, amt)
    c.eq("80-89人次", 3 * sum(x[1] for x in q), "36,780", "分别发放36,780人次、5,028人次、90人次，合计41,898人次")
    c.eq("90-99人次", 3 * sum(x[2] for x in q), "5,028")
    c.eq("100+人次", 3 * sum(x[3] for x in q), "90")
    c.total("人次合计", ["36780", "5028", "90"], "41,898")
    c.eq("高龄金额 by 人次", (D(36780) * 100 + D(5028) * 200 + D(90) * 600) / 10000, "473.76")
    c.total("年末高龄", ["3,085", "425", "8"], "3,518", "全县领取高龄津贴的老年人3,518人，其中80—89周岁3,085人、90—99周岁425人、100周岁及以上8人，比年度目标多68人")
    c.diff("超目标", "3518", "3450", "68")
    c.total("养老服务补贴人数", ["218", "1,120"], "1,338", "全年享受1,338人，其中低保、特困家庭失能老年人218人、其他经济困难老年人1,120人")
    c.eq("失能人次", D(218) * 12, "2,616", "全年分别发放2,616人次、13,440人次，金额分别为52.32万元、134.40万元")
    c.eq("其他人次", D(1120) * 12, "13,440")
    c.prod_wan("失能补贴", "2616", "200", "52.32")
    c.prod_wan("其他补贴", "13440", "100", "134.40")
    c.total("养老服务补贴", ["52.32", "134.40"], "186.72")
    c.eq("服务站", D(12) * 3, "36.00", "每站每年3.00万元")
    c.rate("及时率", "3", "4", "75", "按时发放3个季度，按季度发放及时率75%")
    c.rate("满意度", "286", "297", "96.3", "发放问卷300份，有效问卷297份，满意286份，满意度96.3%")
    c.eq("执行得分", Decimal(10) * D("696.48") / D("720"), "9.67")
    rows, total = parse_list_table(c.text)
    check_table(c, rows, total, "评价等次为“优”")
    # execution row of the list has no 完成率; score from the rate
    c.need("本项目2020年度自评得分97.17分")
    c.eq("产出小计", sum(D(r["s"]) for r in rows[1:7]), "47.50")
    c.eq("产出权重", sum(D(r["w"]) for r in rows[1:7]), "50", "（二）产出指标（分值50分）")
    c.eq("效益权重", sum(D(r["w"]) for r in rows[7:9]), "30", "（三）效益指标（分值30分）")


CHECKS = {
    "shunping-dibao-2021": shunping,
    "yushe-tekun-2023": yushe,
    "qingan-deptwhole-2024": qingan,
    "zhenlai-orphan-2019": zhenlai,
    "huade-eldersubsidy-2020": huade,
}


# ---------------------------------------------------------------- labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    rows_of = {(p, n): rows for (p, n, *_rest, rows) in EDITS}
    codes = {}
    for rec in labels:
        text = read(rec["case"])
        clean = read(f"{rec['source']}-clean.txt")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                bad(f"{rec['case']}: clean record malformed")
            continue
        if len(rec["expected"]) != 1:
            bad(f"{rec['case']}: expected exactly one error")
        for exp in rec["expected"]:
            codes.setdefault(exp["code"], set()).add(rec["source"])
            if exp["severity"] != "error":
                bad(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if text.count(v) != 1:
                bad(f"{rec['case']}: value occurs {text.count(v)} times in case: {v!r}")
            if v in clean:
                bad(f"{rec['case']}: value occurs in clean draft: {v!r}")
        # edit size
        n = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        rows = rows_of[(rec["source"], n)]
        if rows == 0:
            p = 0
            while p < min(len(text), len(clean)) and text[p] == clean[p]:
                p += 1
            s = 0
            while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
                s += 1
            old, new = clean[p:len(clean) - s], text[p:len(text) - s]
            if max(len(old), len(new)) > 16 or "\n" in old or "\n" in new:
                bad(f"{rec['case']}: edit too large or crosses a line: {old!r} -> {new!r}")
            if not old and not new:
                bad(f"{rec['case']}: no edit")
        else:
            a, b = clean.split("\n"), text.split("\n")
            if len(a) != len(b):
                bad(f"{rec['case']}: row edit changes the line count")
                continue
            changed = [i for i in range(len(a)) if a[i] != b[i]]
            if not changed or len(changed) > 2 or changed[-1] - changed[0] + 1 > rows:
                bad(f"{rec['case']}: row edit touches lines {changed} (window {rows})")
            for i in changed:
                x, y = a[i], b[i]
                p = 0
                while p < min(len(x), len(y)) and x[p] == y[p]:
                    p += 1
                q = 0
                while q < min(len(x), len(y)) - p and x[-1 - q] == y[-1 - q]:
                    q += 1
                if max(len(x) - p - q, len(y) - p - q) > 16:
                    bad(f"{rec['case']}: row edit part too large on line {i}")
    return labels, codes


def main():
    for pid in PROJECTS:
        text = read(f"{pid}-clean.txt")
        n = len(text)
        if not 2500 <= n <= 6000:
            bad(f"{pid}: clean draft has {n} characters")
        CHECKS[pid](Ctx(pid, text))
    labels, codes = check_labels()
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    count = {}
    for rec in labels:
        for e in rec["expected"]:
            count[e["code"]] = count.get(e["code"], 0) + 1
    for code in required:
        if count.get(code, 0) < 2 or len(codes.get(code, ())) < 2:
            bad(f"code {code} used {count.get(code, 0)} times in {len(codes.get(code, ()))} projects")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED ({len(PROBLEMS)} problems)")
        return 1
    print(f"OK: {len(labels)} cases, {sum(count.values())} labelled errors; " +
          ", ".join(f"{k} {count[k]}" for k in sorted(count)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
