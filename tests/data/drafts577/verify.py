#!/usr/bin/env python3
"""Re-read the figures of every case from its text and redo the arithmetic (stdlib + decimal).

Clean drafts must break no identity; each error case must break exactly the identity (code) of its
label, differ from its clean draft by one contiguous edit of at most 40 characters, and carry a label
value that occurs exactly once and covers the edit.  Prints OK when everything holds.
Identities and tolerance follow /work/shared/domain/rules.md §7–§8.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"([\d,]+(?:\.\d+)?)"
PCT = r"([\d.]+%)"
WAN = D(10000)


class ParseError(Exception):
    pass


def dec(s):
    s = s.replace(",", "").replace("%", "").strip()
    return D(s)


def places(s):
    s = s.replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(dec(stated) - computed) <= tol


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

VAL = re.compile(r"^(≥|≤|=|＝|＞|＜)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """'≥1200人次' -> ('gte', Decimal(1200), '人次'); qualitative -> (None, None, s)."""
    m = VAL.match(s.strip())
    if not m:
        return None, None, s.strip()
    sign, n, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", "＝": "eq", None: "eq"}[sign]
    return direction, dec(n), unit.replace(" ", "")


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return max(a, D(0)) / t * 100


class Ctx:
    def __init__(self, text, footer, header, year):
        raw = text.split("\n")
        keep = []
        i = 0
        while i < len(raw):
            ln = raw[i]
            if re.match(footer, ln):
                nxt = raw[i + 1] if i + 1 < len(raw) else None
                if nxt is None or nxt.strip() == "" and i + 2 >= len(raw):
                    i += 1
                    continue
                if nxt.strip() == header:
                    i += 2
                    continue
            keep.append(ln)
            i += 1
        self.lines = keep
        self.flat = re.sub(r"\s+", "", "".join(keep))
        self.year = year
        self.fails = []

    # ---------------------------------------------------------------- reading
    def one(self, pattern):
        rx = pattern.replace("{N}", NUM).replace("{P}", PCT)
        ms = list(re.finditer(rx, self.flat))
        if len(ms) != 1:
            raise ParseError(f"{len(ms)} matches for {pattern}")
        return ms[0].groups() if len(ms[0].groups()) > 1 else ms[0].group(1)

    def idx(self, seq, after=0):
        if isinstance(seq, str):
            seq = seq.split("\n")
        hits = [i for i in range(after, len(self.lines) - len(seq) + 1)
                if [x.strip() for x in self.lines[i:i + len(seq)]] == seq]
        if not hits:
            raise ParseError(f"line {seq!r} not found after {after}")
        return hits[0], hits[0] + len(seq)

    def cells(self, label, n, after=0):
        """One cell a line: the n cells that follow the row label."""
        _, j = self.idx(label, after)
        out = [x.strip() for x in self.lines[j:j + n]]
        if len(out) != n or "" in out:
            raise ParseError(f"row {label!r}: {out}")
        return out

    def anchor(self, text, after=0):
        for i in range(after, len(self.lines)):
            if self.lines[i].strip().startswith(text):
                return i
        raise ParseError(f"anchor {text!r}")

    def srow(self, label, n, after=0):
        """Space-aligned: the n tokens after the label on its line."""
        for i in range(after, len(self.lines)):
            ln = self.lines[i]
            if label in ln:
                toks = ln.split(label, 1)[1].split()
                if len(toks) < n:
                    raise ParseError(f"srow {label!r}: {toks}")
                return toks[:n]
        raise ParseError(f"srow {label!r}")

    # ---------------------------------------------------------------- checks
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def rate(self, stated, num, den, msg):
        num, den = dec(num) if isinstance(num, str) else num, dec(den) if isinstance(den, str) else den
        if den == 0:
            if stated not in ("—", "-", "0", "0%", "0.00%"):
                self.fail("implausible_rate", f"{msg}: rate {stated} on a zero base")
            return
        if stated in ("—", "-"):
            self.fail("rate_mismatch", f"{msg}: no rate printed on a non-zero base")
            return
        comp = num / den * 100
        if not consistent(stated, comp):
            self.fail("rate_mismatch", f"{msg}: {stated} vs {comp:.4f}")
        elif dec(stated) > 100:
            self.fail("implausible_rate", f"{msg}: {stated} above 100%")

    def pct_range(self, stated, msg):
        if dec(stated) > 100 or dec(stated) < 0:
            self.fail("implausible_rate", f"{msg}: {stated}")

    def total(self, stated, parts, msg, code="sum_mismatch"):
        """stated == sum(parts); parts may be (string, sign) pairs. Rescaling one part by 10^4 -> unit."""
        vals = []
        for p in parts:
            s, sign = (p, 1) if isinstance(p, str) else p
            vals.append((dec(s), sign))
        comp = sum(v * s for v, s in vals)
        if consistent(stated, comp):
            return
        if code == "sum_mismatch":
            for k, (v, s) in enumerate(vals):
                for f in (WAN, 1 / WAN):
                    alt = comp - v * s + v * f * s
                    if consistent(stated, alt):
                        self.fail("unit_mismatch", f"{msg}: part {v} off by 10^4")
                        return
            if dec(stated) in (comp * WAN, comp / WAN):
                self.fail("unit_mismatch", f"{msg}: total off by 10^4")
                return
        self.fail(code, f"{msg}: {stated} vs {comp}")

    def same(self, a, b, msg, fa=D(1), fb=D(1)):
        """Same quantity stated twice (fa/fb scale to a common unit)."""
        va, vb = dec(a) * fa, dec(b) * fb
        if va == vb:
            return
        if va == vb * WAN or vb == va * WAN:
            self.fail("unit_mismatch", f"{msg}: {a} vs {b} off by 10^4")
            return
        self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def same_val(self, prose, cell, msg):
        """Prose figure vs table cell with unit ('336' vs '336次'): only compared when units agree."""
        _, n, unit = parse_val(cell)
        if n is None:
            return
        pn, pu = prose
        if pu != unit:
            return
        self.same(pn, str(n), msg)

    def indicators(self, rows, has_completion, layout="cells", after=0):
        """rows: (label, level1); returns weight/score sums per level."""
        w_sum, s_sum, lvl_w, lvl_s = D(0), D(0), {}, {}
        n = 5 if has_completion else 4
        for label, lvl in rows:
            c = self.cells(label, n, after) if layout == "cells" else self.srow(label, n, after)
            if has_completion:
                t, a, comp, w, s = c
            else:
                t, a, w, s = c
                comp = None
            dt, nt, ut = parse_val(t)
            da, na, ua = parse_val(a)
            w, s = dec(w), dec(s)
            w_sum += w
            s_sum += s
            lvl_w[lvl] = lvl_w.get(lvl, D(0)) + w
            lvl_s[lvl] = lvl_s.get(lvl, D(0)) + s
            if s > w or s < 0:
                self.fail("score_exceeds_weight", f"{label}: score {s} > weight {w}")
            if nt is not None and na is None or nt is None and na is not None:
                self.fail("unit_mismatch", f"{label}: {t} vs {a}")
                continue
            if nt is None:
                continue
            if ut != ua:
                self.fail("unit_mismatch", f"{label}: target unit {ut!r}, actual unit {ua!r}")
                continue
            if ua == "%" and ("满意" in label or "率" in label):
                self.pct_range(a, label)
            if comp is not None:
                cv = completion(dt, nt, na)
                if not consistent(comp, cv):
                    self.fail("completion_mismatch", f"{label}: {comp} vs {cv:.4f}")
        return w_sum, s_sum, lvl_w, lvl_s

    def years(self):
        y = self.year
        for m in re.finditer(r"(\d{4})年度", self.flat):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(0)} in a {y} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", self.flat):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(0)}")
        for m in re.finditer(r"结转至(\d{4})年", self.flat):
            if int(m.group(1)) <= y:
                self.fail("year_mismatch", f"{m.group(0)}")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月[^。；]{0,30}?下达", self.flat):
            yy, mm = int(m.group(1)), int(m.group(2))
            if not (yy == y or (yy == y - 1 and mm == 12)):
                self.fail("year_mismatch", f"{m.group(0)}")

    def grade(self, stated_total, stated_grade):
        g = GRADE_NORM[stated_grade]
        if grade_of(dec(stated_total)) != g:
            self.fail("grade_mismatch", f"{stated_total} -> {grade_of(dec(stated_total))}, stated {stated_grade}")


# =============================================================================== P1
def v_qiqihar(c):
    ny = c.one(r"年初预算安排该项目资金{N}万元")
    zy = c.one(r"救助补助资金{N}万元（齐财社")
    jz = c.one(r"加上上年结转资金{N}万元")
    qn = c.one(r"调整后全年预算为{N}万元")
    c.total(qn, [ny, zy, jz], "全年 = 年初 + 中央 + 结转")
    dwl = c.one(r"各项资金全部到位，到位率{P}")
    zc, zcl = c.one(r"全年实际支出{N}万元，预算执行率{P}")
    c.rate(zcl, zc, qn, "prose 执行率")
    jy = c.one(r"年末结余{N}万元")
    c.total(jy, [qn, (zc, -1)], "prose 结余 (全部到位)", code="balance_mismatch")

    a = c.anchor("表1  ")
    cols = {k: c.cells(k, 4, a) for k in ("年初预算", "全年预算", "实际到位", "实际支出", "结余", "到位率", "执行率")}
    for k in ("年初预算", "全年预算", "实际到位", "实际支出"):
        c.total(cols[k][0], cols[k][1:], f"表1 {k} 合计")
    for j in range(4):
        c.total(cols["结余"][j], [cols["实际到位"][j], (cols["实际支出"][j], -1)], f"表1 结余 col{j}",
                code="balance_mismatch")
        c.rate(cols["到位率"][j], cols["实际到位"][j], cols["全年预算"][j], f"表1 到位率 col{j}")
        c.rate(cols["执行率"][j], cols["实际支出"][j], cols["全年预算"][j], f"表1 执行率 col{j}")
    c.rate(dwl, cols["实际到位"][0], qn, "prose 到位率")
    c.same(ny, cols["年初预算"][0], "年初")
    c.same(qn, cols["全年预算"][0], "全年")
    c.same(zy, cols["全年预算"][1], "中央")
    c.same(jz, cols["全年预算"][3], "结转")
    c.same(zc, cols["实际支出"][0], "支出")

    b = c.anchor("表2  ")
    items = [("生活救助（伙食、衣\n被、日用品）", "生活救助"), ("医疗救治", "医疗救治"),
             ("返乡乘车及护送", "返乡乘车及护送"), ("站外救助", "站外救助"), ("站内运行保障", "站内运行保障")]
    rows = [c.cells(lbl, 3, b) for lbl, _ in items]
    tot = c.cells("合计", 3, b)
    for (lbl, short), r in zip(items, rows):
        c.rate(r[2], r[1], r[0], f"表2 {short}")
        p = c.one(short + r"支出{N}万元")
        c.same(p, r[1], f"prose {short}")
    c.rate(tot[2], tot[1], tot[0], "表2 合计")
    c.total(tot[0], [r[0] for r in rows], "表2 预算合计")
    c.total(tot[1], [r[1] for r in rows], "表2 支出合计")
    c.same(tot[0], cols["全年预算"][0], "表2/表1 预算")
    c.same(tot[1], cols["实际支出"][0], "表2/表1 支出")
    yuan = c.one(r"采购合同金额{N}元")
    wan = c.one(r"御寒物资{N}万元")
    c.same(yuan, wan, "送温暖物资 元/万元", fa=D(1) / WAN)

    # outputs in prose
    jz_n, ly = c.one(r"全年救助流浪乞讨人员{N}人次，较2017年的{N}人次")
    zj = c.one(r"人次增加{N}人次，完成年度目标")
    c.total(zj, [jz_n, (ly, -1)], "同比增加")
    wc = c.one(r"完成年度目标的{P}")
    if not consistent(wc, dec(jz_n) / 1200 * 100):
        c.fail("completion_mismatch", "prose 完成年度目标")
    qs = c.one(r"一至四季度分别救助{N}、{N}、{N}、{N}人次")
    c.total(jz_n, list(qs), "季度合计")
    avg = c.one(r"季度平均{N}人次")
    if not consistent(avg, sum(dec(x) for x in qs) / len(qs)):
        c.fail("average_mismatch", f"季度平均 {avg}")
    xc = c.one(r"全年开展街面巡查{N}次")
    zb = c.one(r"完成甄别登记的比例为{P}")
    xq = c.one(r"全年帮助{N}名滞留人员寻亲返乡")
    xqwc = c.one(r"为年度目标60人的{P}")
    if not consistent(xqwc, dec(xq) / 60 * 100):
        c.fail("completion_mismatch", "prose 寻亲完成率")
    ff, sh, my, myl = c.one(r"发放满意度调查问卷{N}份，收回{N}份，其中满意和基本满意{N}份，满意度{P}")
    c.rate(myl, my, sh, "满意度")

    # 自评表
    t = c.anchor("附件")
    fb = {k: c.cells(k, 6, t) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    for j in range(3):
        c.total(fb["年度资金总额"][j], [fb[k][j] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"自评表资金 col{j}")
    for k, r in fb.items():
        c.rate(r[4], r[2], r[1], f"自评表 {k}")
    c.same(fb["年度资金总额"][1], cols["全年预算"][0], "自评表 全年")
    c.same(fb["年度资金总额"][2], cols["实际支出"][0], "自评表 执行")
    ew, es = dec(fb["年度资金总额"][3]), dec(fb["年度资金总额"][5])
    if es > ew:
        c.fail("score_exceeds_weight", "执行率得分")
    ind = [("救助流浪乞讨人员", "产出"), ("街面巡查次数", "产出"), ("信息录入率", "产出"), ("站内安全责任事故", "产出"),
           ("24小时内甄别登记率", "产出"), ("伙食标准", "产出"), ("寻亲返乡人数", "效益"),
           ("冬季冻伤冻亡事件", "效益"), ("联动救助长效机制", "效益"), ("受助人员满意度", "满意度")]
    ws, ss, lw, ls = c.indicators(ind, False, after=t)
    tw, ts = c.cells("总分", 2, t)
    c.total(tw, [str(ws + ew)], "权重合计", code="weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "总分 != 100")
    c.total(ts, [str(ss + es)], "表内总分", code="score_sum_mismatch")
    tbl = lambda name: c.cells(name, 5 - 1, t)
    c.same_val((jz_n, "人次"), tbl("救助流浪乞讨人员")[1], "救助人次")
    c.same_val((xc, "次"), tbl("街面巡查次数")[1], "巡查次数")
    c.same_val((zb.rstrip("%"), "%"), tbl("24小时内甄别登记率")[1], "甄别登记率")
    c.same_val((xq, "人"), tbl("寻亲返乡人数")[1], "寻亲人数")
    c.same_val((myl.rstrip("%"), "%"), tbl("受助人员满意度")[1], "满意度")
    # prose scores
    pe, pc, pb, pm, pt = c.one(r"预算执行率得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，自评总分{N}分")
    c.total(pt, [pe, pc, pb, pm], "prose 总分", code="score_sum_mismatch")
    c.total(pt, [str(ss + es)], "prose 总分 vs 表", code="score_sum_mismatch")
    c.total(pc, [str(ls["产出"])], "产出得分", code="score_sum_mismatch")
    c.total(pb, [str(ls["效益"])], "效益得分", code="score_sum_mismatch")
    c.total(pm, [str(ls["满意度"])], "满意度得分", code="score_sum_mismatch")
    g = c.one(r"评价等级为“(优秀?|良好?|中等?|差)”")
    c.grade(pt, g)
    c.years()


# =============================================================================== P2
def v_yancheng(c):
    ny, jb, xm = c.one(r"年初预算{N}万元，其中基本支出{N}万元、项目支出{N}万元")
    c.total(ny, [jb, xm], "年初 = 基本 + 项目")
    zj = c.one(r"疫情防控专项经费{N}万元")
    tj = c.one(r"调减公用经费{N}万元")
    qn = c.one(r"调整后全年预算{N}万元")
    c.total(qn, [ny, zj, (tj, -1)], "全年 = 年初 + 追加 − 调减")
    cz, jz = c.one(r"一般公共预算财政拨款{N}万元、上年结转资金{N}万元")
    c.total(qn, [cz, jz], "全年 = 财政拨款 + 结转")
    zc, zcl = c.one(r"全年实际支出{N}万元，预算执行率{P}")
    c.rate(zcl, zc, qn, "prose 执行率")
    jbz, jbl = c.one(r"基本支出{N}万元，执行率{P}")
    ryl = c.one(r"足额发放，执行率{P}")
    xmz, xml = c.one(r"项目支出{N}万元，执行率{P}")
    jy, gy, xy = c.one(r"年末结余{N}万元，其中公用经费{N}万元、项目支出{N}万元")
    c.total(jy, [qn, (zc, -1)], "结余", code="balance_mismatch")
    c.total(jy, [gy, xy], "结余构成")

    a = c.anchor("表1  ")
    lab = {"合计": "合计", "基本": "一、基本支出", "人员": "（一）人员经费", "公用": "（二）公用经费",
           "项目": "二、项目支出", "i1": "1.流浪乞讨人员生\n活救助", "i2": "2.医疗救治及精神\n障碍患者托管",
           "i3": "3.街面巡查及站外\n救助", "i4": "4.疫情防控专项"}
    R = {k: c.cells(v, 4, a) for k, v in lab.items()}
    for k, r in R.items():
        c.rate(r[3], r[2], r[1], f"表1 {k}")
    for j in range(3):
        c.total(R["基本"][j], [R["人员"][j], R["公用"][j]], f"基本 col{j}")
        c.total(R["项目"][j], [R[f"i{n}"][j] for n in (1, 2, 3, 4)], f"项目 col{j}")
        c.total(R["合计"][j], [R["基本"][j], R["项目"][j]], f"合计 col{j}")
    c.rate(jbl, jbz, R["基本"][1], "prose 基本执行率")
    c.rate(ryl, R["人员"][2], R["人员"][1], "prose 人员执行率")
    c.rate(xml, xmz, R["项目"][1], "prose 项目执行率")
    c.total(gy, [R["公用"][1], (R["公用"][2], -1)], "公用结余", code="balance_mismatch")
    c.total(xy, [R["项目"][1], (R["项目"][2], -1)], "项目结余", code="balance_mismatch")
    for p, cell, m in ((ny, R["合计"][0], "年初"), (jb, R["基本"][0], "年初基本"), (xm, R["项目"][0], "年初项目"),
                       (qn, R["合计"][1], "全年"), (zc, R["合计"][2], "支出"), (jbz, R["基本"][2], "基本支出"),
                       (xmz, R["项目"][2], "项目支出")):
        c.same(p, cell, m)
    s1 = c.one(r"流浪乞讨人员生活救助支出{N}万元")
    s2 = c.one(r"精神障碍患者托管支出{N}万元")
    s3 = c.one(r"街面巡查及站外救助支出{N}万元")
    s4 = c.one(r"疫情防控专项支出{N}万元")
    for p, k in ((s1, "i1"), (s2, "i2"), (s3, "i3"), (s4, "i4")):
        c.same(p, R[k][2], f"prose {k}")
    rj = c.one(r"全年人均生活救助支出{N}元")
    jz_n, ly, js = c.one(r"全年救助流浪乞讨人员{N}人次，受疫情影响较2019年的{N}人次减少{N}人次")
    if not consistent(rj, dec(s1) * WAN / dec(jz_n)):
        c.fail("average_mismatch", f"人均 {rj}")
    c.total(js, [ly, (jz_n, -1)], "同比减少")
    wc = c.one(r"完成年度目标的{P}")
    if not consistent(wc, dec(jz_n) / 2000 * 100):
        c.fail("completion_mismatch", "prose 完成率")
    sg = c.one(r"“三公”经费支出{N}万元")
    xc = c.one(r"开展街面巡查{N}次")
    lr = c.one(r"信息录入及时率{P}")
    xq = c.one(r"全年为{N}名受助人员寻亲送返")
    my = c.one(r"受助人员满意度{P}")

    t = c.anchor("附件")
    fb = {k: c.cells(k, 6, t) for k in ("年度资金总额", "其中：基本支出", "项目支出")}
    for j in range(3):
        c.total(fb["年度资金总额"][j], [fb["其中：基本支出"][j], fb["项目支出"][j]], f"自评表资金 col{j}")
    for k, r in fb.items():
        c.rate(r[4], r[2], r[1], f"自评表 {k}")
    for j in range(3):
        c.same(fb["年度资金总额"][j], R["合计"][j], f"自评表/表1 col{j}")
    ew, es = dec(fb["年度资金总额"][3]), dec(fb["年度资金总额"][5])
    ind = [("救助流浪乞讨人员", "产出"), ("街面巡查次数", "产出"), ("站内安全责任事故", "产出"),
           ("信息录入及时率", "产出"), ("“三公”经费支出", "产出"), ("寻亲送返人数", "效益"),
           ("受助人员感染病例", "效益"), ("服务质量大提升整改\n完成率", "效益"), ("受助人员满意度", "满意度")]
    ws, ss, lw, ls = c.indicators(ind, True, after=t)
    tw, ts = c.cells("合计", 2, t)
    c.total(tw, [str(ws + ew)], "权重合计", code="weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "合计 != 100")
    c.total(ts, [str(ss + es)], "表内总分", code="score_sum_mismatch")
    tb = lambda name: c.cells(name, 2, t)[1]
    c.same_val((jz_n, "人次"), tb("救助流浪乞讨人员"), "救助人次")
    c.same_val((xc, "次"), tb("街面巡查次数"), "巡查")
    c.same_val((lr.rstrip("%"), "%"), tb("信息录入及时率"), "录入及时率")
    c.same_val((sg, "万元"), tb("“三公”经费支出"), "三公")
    c.same_val((xq, "人"), tb("寻亲送返人数"), "寻亲")
    c.same_val((my.rstrip("%"), "%"), tb("受助人员满意度"), "满意度")
    pe, pc, pb, pm, pt = c.one(r"预算执行率得分{N}分，产出指标{N}分，效益指标{N}分，满意度指标{N}分，自评总分{N}分")
    c.total(pt, [pe, pc, pb, pm], "prose 总分", code="score_sum_mismatch")
    c.total(pt, [str(ss + es)], "prose 总分 vs 表", code="score_sum_mismatch")
    c.total(pc, [str(ls["产出"])], "产出得分", code="score_sum_mismatch")
    c.total(pb, [str(ls["效益"])], "效益得分", code="score_sum_mismatch")
    c.total(pm, [str(ls["满意度"])], "满意度得分", code="score_sum_mismatch")
    g = c.one(r"评价等级为“(优秀?|良好?|中等?|差)”")
    c.grade(pt, g)
    c.years()


# =============================================================================== P3
def v_bozhou(c):
    ny = c.one(r"年初预算{N}万元。")
    zj = c.one(r"救助补助资金{N}万元（遵市财社")
    tj = c.one(r"预算调整调减{N}万元")
    qn = c.one(r"调整后全年预算{N}万元")
    c.total(qn, [ny, zj, (tj, -1)], "全年 = 年初 + 追加 − 调减")
    dw, sj, qj = c.one(r"全年实际到位{N}万元，其中省级资金{N}万元全额到位，区级资金到位{N}万元")
    c.total(dw, [sj, qj], "到位构成")
    wdw = c.one(r"尚有{N}万元未拨付到位")
    c.total(wdw, [qn, (dw, -1)], "未到位", code="balance_mismatch")
    dwl = c.one(r"资金到位率{P}")
    c.rate(dwl, dw, qn, "prose 到位率")
    zc, zcl, zcl2 = c.one(r"项目实际支出{N}万元，预算执行率{P}，按到位资金计算的支出率为{P}")
    c.rate(zcl, zc, qn, "prose 执行率")
    c.rate(zcl2, zc, dw, "prose 支出率(到位口径)")
    jy = c.one(r"结余{N}万元，已结转")
    c.total(jy, [dw, (zc, -1)], "结余", code="balance_mismatch")

    a = c.anchor("表1  ")
    L = {"年初": "年初预算", "全年": "全年预算", "到位": "实际到位", "执行": "全年执行", "结余": "资金结余",
         "到位率": "到位率", "执行率": "执行率"}
    R = {k: c.cells(v, 4, a)[1:] for k, v in L.items()}
    for k in ("年初", "全年", "到位", "执行"):
        c.total(R[k][0], R[k][1:], f"表1 {k}")
    for j in range(3):
        c.total(R["结余"][j], [R["到位"][j], (R["执行"][j], -1)], f"表1 结余 col{j}", code="balance_mismatch")
        c.rate(R["到位率"][j], R["到位"][j], R["全年"][j], f"表1 到位率 col{j}")
        c.rate(R["执行率"][j], R["执行"][j], R["全年"][j], f"表1 执行率 col{j}")
    for p, cell, m in ((ny, R["年初"][0], "年初"), (qn, R["全年"][0], "全年"), (zj, R["全年"][1], "省级"),
                       (dw, R["到位"][0], "到位"), (qj, R["到位"][2], "区级到位"), (zc, R["执行"][0], "执行"),
                       (jy, R["结余"][0], "结余")):
        c.same(p, cell, m)

    b = c.anchor("表2  ")
    items = ["街面巡查及车辆运\n行", "寒冬送温暖物资", "站外救助点运行", "返乡乘车及护送", "购买社会力量服务"]
    rows = [c.cells(x, 3, b) for x in items]
    tot = c.cells("合计", 3, b)
    for x, r in zip(items, rows):
        c.rate(r[2], r[1], r[0], f"表2 {x}")
    c.rate(tot[2], tot[1], tot[0], "表2 合计")
    c.total(tot[0], [r[0] for r in rows], "表2 预算")
    c.total(tot[1], [r[1] for r in rows], "表2 支出")
    c.same(tot[0], R["全年"][0], "表2/表1 预算")
    c.same(tot[1], R["执行"][0], "表2/表1 支出")
    wn = c.one(r"寒冬送温暖物资支出{N}万元")
    c.same(wn, rows[1][1], "送温暖物资")
    dd = c.one(r"站外救助点运行支出{N}万元")
    c.same(dd, rows[2][1], "救助点运行")
    gm = c.one(r"按合同分两期支付{N}元")
    c.same(gm, rows[4][1], "购买服务 元/万元", fa=D(1) / WAN)
    mj = c.one(r"采购棉被、棉衣共{N}件（套），棉被采购单价每床{N}元")

    xc, ly, zz, zzl = c.one(r"全年开展街面巡查{N}次，较上年的{N}次增加{N}次，同比增长{P}")
    c.total(zz, [xc, (ly, -1)], "同比增加")
    c.rate(zzl, zz, ly, "同比增长率")
    zw = c.one(r"站外救助{N}人次，1月")
    ms = c.one(r"12月分别救助{N}、{N}、{N}、{N}人次")
    c.total(zw, list(ms), "月度合计")
    avg = c.one(r"月均{N}人次")
    if not consistent(avg, sum(dec(x) for x in ms) / 4):
        c.fail("average_mismatch", f"月均 {avg}")
    ff = c.one(r"发放棉被、棉衣{N}件（套）")
    c.same(ff, mj[0], "棉被棉衣件数")
    dc = c.one(r"接报后平均{N}分钟")
    rz, rzl = c.one(r"全年劝导{N}人次入站接受救助，劝导入站率{P}")
    c.rate(rzl, rz, zw, "劝导入站率")
    hf, my, myl = c.one(r"回访受助群众{N}人，满意{N}人，满意度{P}")
    c.rate(myl, my, hf, "满意度")

    t = c.anchor("附件")
    fb = {k: c.cells(k, 6, t) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    for j in range(3):
        c.total(fb["年度资金总额"][j], [fb[k][j] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"自评表资金 col{j}")
    for k, r in fb.items():
        c.rate(r[4], r[2], r[1], f"自评表 {k}")
    c.same(fb["年度资金总额"][1], R["全年"][0], "自评表 全年")
    c.same(fb["年度资金总额"][2], R["执行"][0], "自评表 执行")
    ew, es = dec(fb["年度资金总额"][3]), dec(fb["年度资金总额"][5])
    ind = [("街面巡查次数", "产出"), ("冬季站外救助人次", "产出"), ("发放棉被棉衣", "产出"), ("信息核查率", "产出"),
           ("接报到场时间", "产出"), ("棉被采购单价", "产出"), ("冻伤冻亡事件", "效益"), ("劝导入站率", "效益"),
           ("救助点运行月数", "效益"), ("受助群众满意度", "满意度")]
    ws, ss, lw, ls = c.indicators(ind, True, after=t)
    tw, ts = c.cells("总分", 2, t)
    c.total(tw, [str(ws + ew)], "权重合计", code="weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "总分 != 100")
    c.total(ts, [str(ss + es)], "表内总分", code="score_sum_mismatch")
    tb = lambda name: c.cells(name, 2, t)[1]
    c.same_val((xc, "次"), tb("街面巡查次数"), "巡查")
    c.same_val((zw, "人次"), tb("冬季站外救助人次"), "站外救助人次")
    c.same_val((ff, "件"), tb("发放棉被棉衣"), "棉被棉衣")
    c.same_val((dc, "分钟"), tb("接报到场时间"), "到场时间")
    c.same_val((mj[1], "元/床"), tb("棉被采购单价"), "单价")
    c.same_val((rzl.rstrip("%"), "%"), tb("劝导入站率"), "劝导入站率")
    c.same_val((myl.rstrip("%"), "%"), tb("受助群众满意度"), "满意度")
    pe, pc, pb, pm, pt = c.one(r"预算执行率得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，自评总分{N}分")
    c.total(pt, [pe, pc, pb, pm], "prose 总分", code="score_sum_mismatch")
    c.total(pt, [str(ss + es)], "prose 总分 vs 表", code="score_sum_mismatch")
    c.total(pc, [str(ls["产出"])], "产出得分", code="score_sum_mismatch")
    c.total(pb, [str(ls["效益"])], "效益得分", code="score_sum_mismatch")
    c.total(pm, [str(ls["满意度"])], "满意度得分", code="score_sum_mismatch")
    g = c.one(r"评价等级为“(优秀?|良好?|中等?|差)”")
    c.grade(pt, g)
    c.years()


# =============================================================================== P4
def v_xingtai(c):
    ny = c.one(r"年初预算{N}万元，为市级财政资金")
    zy = c.one(r"流浪乞讨人员救助部分{N}万元")
    jz = c.one(r"另有上年结转资金{N}万元")
    qn = c.one(r"调整后全年预算{N}万元")
    c.total(qn, [ny, zy, jz], "全年 = 年初 + 中央 + 结转")
    zc, zcl = c.one(r"实际支出{N}万元，预算执行率{P}")
    c.rate(zcl, zc, qn, "prose 执行率")
    wz, wzy, wzs = c.one(r"未支出{N}万元，其中中央资金{N}万元、市级资金{N}万元")
    c.total(wz, [qn, (zc, -1)], "未支出", code="balance_mismatch")
    c.total(wz, [wzy, wzs], "未支出构成")

    a = c.anchor("表1  ")
    labs = ["中央资金", "市级资金", "上年结转", "合计"]
    R = {k: c.cells(k, 5, a) for k in labs}
    for k, r in R.items():
        c.total(r[3], [r[1], (r[2], -1)], f"表1 {k} 结转", code="balance_mismatch")
        c.rate(r[4], r[2], r[1], f"表1 {k} 执行率")
    for j in range(4):
        c.total(R["合计"][j], [R[k][j] for k in labs[:3]], f"表1 合计 col{j}")
    for p, cell, m in ((ny, R["合计"][0], "年初"), (zy, R["中央资金"][1], "中央"), (jz, R["上年结转"][1], "结转"),
                       (qn, R["合计"][1], "全年"), (zc, R["合计"][2], "支出"), (wzy, R["中央资金"][3], "中央结转"),
                       (wzs, R["市级资金"][3], "市级结转")):
        c.same(p, cell, m)

    b = c.anchor("表2  ")
    items = ["委托托养费", "DNA比对及寻亲公\n告", "护送返乡费用", "医疗救治费用"]
    rows = [c.cells(x, 3, b) for x in items]
    tot = c.cells("合计", 3, b)
    for x, r in zip(items, rows):
        c.rate(r[2], r[1], r[0], f"表2 {x}")
    c.rate(tot[2], tot[1], tot[0], "表2 合计")
    c.total(tot[0], [r[0] for r in rows], "表2 预算")
    c.total(tot[1], [r[1] for r in rows], "表2 支出")
    c.same(tot[0], R["合计"][1], "表2/表1 预算")
    c.same(tot[1], R["合计"][2], "表2/表1 支出")
    ty, tyl, tyj = c.one(r"委托托养费支出{N}万元，执行率{P}，托养费结余{N}万元")
    c.same(ty, rows[0][1], "托养费")
    c.rate(tyl, ty, rows[0][0], "prose 托养执行率")
    c.total(tyj, [rows[0][0], (ty, -1)], "托养费结余", code="balance_mismatch")
    for pat, k in ((r"寻亲公告支出{N}万元", 1), (r"护送返乡支出{N}万元", 2), (r"医疗救治支出{N}万元", 3)):
        c.same(c.one(pat), rows[k][1], pat)

    xq = c.one(r"等方式为{N}名滞留人员找到亲人")
    zt, t1, t2, t3 = c.one(r"年末在托滞留人员{N}人，分别托养在邢台市康宁托养中心{N}人、南和区福康护理院{N}人、内丘县仁和托养中心{N}人")
    c.total(zt, [t1, t2, t3], "托养人数")
    dna = c.one(r"全年采集DNA样本{N}人")
    n0, n1, jsn = c.one(r"长期滞留人员由年初的{N}人减少到年末的{N}人，减少{N}人")
    c.total(jsn, [n0, (n1, -1)], "长期滞留减少")
    my = c.one(r"意见征询，满意度{P}")

    t = c.anchor("附件")
    fb = {k: c.cells(k, 6, t) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    for j in range(3):
        c.total(fb["年度资金总额"][j], [fb[k][j] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"自评表资金 col{j}")
    for k, r in fb.items():
        c.rate(r[4], r[2], r[1], f"自评表 {k}")
    for j in range(3):
        c.same(fb["年度资金总额"][j], R["合计"][j], f"自评表/表1 col{j}")
    ew, es = dec(fb["年度资金总额"][3]), dec(fb["年度资金总额"][5])
    ind = [("寻亲成功送返人数", "产出"), ("托养滞留人员", "产出"), ("DNA采血人数", "产出"), ("托养机构考核合格率", "产出"),
           ("寻亲公告发布时间", "产出"), ("托养费标准", "产出"), ("长期滞留人员减少数", "效益"),
           ("托养安全责任事故", "效益"), ("寻亲送返长效机制", "效益"), ("受助人员及家属满意度", "满意度")]
    ws, ss, lw, ls = c.indicators(ind, False, after=t)
    tw, ts = c.cells("总分", 2, t)
    c.total(tw, [str(ws + ew)], "权重合计", code="weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "总分 != 100")
    c.total(ts, [str(ss + es)], "表内总分", code="score_sum_mismatch")
    tb = lambda name: c.cells(name, 2, t)[1]
    c.same_val((xq, "人"), tb("寻亲成功送返人数"), "寻亲送返")
    c.same_val((zt, "人"), tb("托养滞留人员"), "托养人数")
    c.same_val((dna, "人"), tb("DNA采血人数"), "DNA")
    c.same_val((jsn, "人"), tb("长期滞留人员减少数"), "长期滞留减少")
    c.same_val((my.rstrip("%"), "%"), tb("受助人员及家属满意度"), "满意度")
    pe, pc, pb, pm, pt = c.one(r"预算执行率得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，自评总分{N}分")
    c.total(pt, [pe, pc, pb, pm], "prose 总分", code="score_sum_mismatch")
    c.total(pt, [str(ss + es)], "prose 总分 vs 表", code="score_sum_mismatch")
    c.total(pc, [str(ls["产出"])], "产出得分", code="score_sum_mismatch")
    c.total(pb, [str(ls["效益"])], "效益得分", code="score_sum_mismatch")
    c.total(pm, [str(ls["满意度"])], "满意度得分", code="score_sum_mismatch")
    g = c.one(r"评价等级为“(优秀?|良好?|中等?|差)”")
    c.grade(pt, g)
    c.years()


# =============================================================================== P5 (space-aligned)
def v_baoji(c):
    ny, sj, sheng = c.one(r"年初预算{N}万元，其中市级财政资金{N}万元、省级提前下达资金{N}万元")
    c.total(ny, [sj, sheng], "年初 = 市级 + 省级提前")
    zj = c.one(r"省财政追加{N}万元")
    jz = c.one(r"加上上年结转{N}万元")
    qn = c.one(r"调整后全年预算{N}万元")
    c.total(qn, [ny, zj, jz], "全年 = 年初 + 追加 + 结转")
    zc, zcl, jy = c.one(r"实际支出{N}万元，预算执行率{P}，结余{N}万元")
    c.rate(zcl, zc, qn, "prose 执行率")
    c.total(jy, [qn, (zc, -1)], "结余 (全部到位)", code="balance_mismatch")

    a = c.anchor("表1  ")
    b = c.anchor("表2  ")
    labs = ["省级资金", "市级资金", "上年结转资金", "其他资金", "合计"]
    R = {k: c.srow(k, 6, a) for k in labs}
    for k, r in R.items():
        c.total(r[4], [r[2], (r[3], -1)], f"表1 {k} 结余", code="balance_mismatch")
        c.rate(r[5], r[3], r[1], f"表1 {k} 执行率")
    for j in range(5):
        c.total(R["合计"][j], [R[k][j] for k in labs[:4]], f"表1 合计 col{j}")
    for p, cell, m in ((ny, R["合计"][0], "年初"), (sj, R["市级资金"][0], "市级年初"), (sheng, R["省级资金"][0], "省级年初"),
                       (jz, R["上年结转资金"][1], "结转"), (qn, R["合计"][1], "全年"), (zc, R["合计"][3], "支出"),
                       (jy, R["合计"][4], "结余")):
        c.same(p, cell, m)
    c.total(R["省级资金"][1], [sheng, zj], "省级 = 提前下达 + 追加")
    items = ["站内生活救助", "站外救助", "医疗救治及病亡处置", "站务运行"]
    rows = [c.srow(x, 3, b) for x in items]
    tot = c.srow("合计", 3, b)
    for x, r in zip(items, rows):
        c.rate(r[2], r[1], r[0], f"表2 {x}")
    c.rate(tot[2], tot[1], tot[0], "表2 合计")
    c.total(tot[0], [r[0] for r in rows], "表2 预算")
    c.total(tot[1], [r[1] for r in rows], "表2 支出")
    c.same(tot[0], R["合计"][1], "表2/表1 预算")
    c.same(tot[1], R["合计"][3], "表2/表1 支出")

    jz_n, ly, zz, zzl = c.one(r"全年救助流浪乞讨人员{N}人次，2024年为{N}人次，同比增加{N}人次，增长{P}")
    c.total(zz, [jz_n, (ly, -1)], "同比增加")
    c.rate(zzl, zz, ly, "增长率")
    xc = c.one(r"街面巡查{N}次。")
    p1, p2, p3, ph = c.one(r"分三批次发放棉衣棉被{N}件、{N}件、{N}件（套），合计{N}件（套）")
    c.total(ph, [p1, p2, p3], "三批次合计")
    dc = c.one(r"接报后平均{N}分钟")
    xq = c.one(r"帮助{N}名受助人员寻亲送返")
    hfl = c.one(r"回访满意率{P}")
    c.pct_range(hfl, "回访满意率")
    my = c.one(r"受助人员满意度{P}。")

    t = c.anchor("附件")
    fb = {k: c.srow(k, 6, t) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    for j in range(3):
        c.total(fb["年度资金总额"][j], [fb[k][j] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"自评表资金 col{j}")
    for k, r in fb.items():
        c.rate(r[4], r[2], r[1], f"自评表 {k}")
    c.same(fb["年度资金总额"][0], R["合计"][0], "自评表 年初")
    c.same(fb["年度资金总额"][1], R["合计"][1], "自评表 全年")
    c.same(fb["年度资金总额"][2], R["合计"][3], "自评表 执行")
    ew, es = dec(fb["年度资金总额"][3]), dec(fb["年度资金总额"][5])
    ind = [("救助人次", "产出"), ("街面巡查次数", "产出"), ("发放棉衣棉被", "产出"), ("信息录入率", "产出"),
           ("接报到场时间", "产出"), ("伙食补助标准", "产出"), ("站内安全事故", "效益"), ("寻亲送返人数", "效益"),
           ("救助服务规范化", "效益"), ("受助人员满意度", "满意度")]
    ws, ss, lw, ls = c.indicators(ind, True, layout="space", after=t)
    tw, ts = c.srow("总分", 2, t)
    c.total(tw, [str(ws + ew)], "权重合计", code="weight_sum_mismatch")
    if dec(tw) != 100:
        c.fail("weight_sum_mismatch", "总分 != 100")
    c.total(ts, [str(ss + es)], "表内总分", code="score_sum_mismatch")
    tb = lambda name: c.srow(name, 2, t)[1]
    c.same_val((jz_n, "人次"), tb("救助人次"), "救助人次")
    c.same_val((xc, "次"), tb("街面巡查次数"), "巡查")
    c.same_val((ph, "件"), tb("发放棉衣棉被"), "棉衣棉被")
    c.same_val((dc, "分钟"), tb("接报到场时间"), "到场时间")
    c.same_val((xq, "人"), tb("寻亲送返人数"), "寻亲")
    c.same_val((my.rstrip("%"), "%"), tb("受助人员满意度"), "满意度")
    pe, pc, pb, pm, pt = c.one(r"预算执行率得分{N}分，产出指标{N}分，效益指标{N}分，满意度指标{N}分，自评得分{N}分")
    c.total(pt, [pe, pc, pb, pm], "prose 总分", code="score_sum_mismatch")
    c.total(pt, [str(ss + es)], "prose 总分 vs 表", code="score_sum_mismatch")
    c.total(pc, [str(ls["产出"])], "产出得分", code="score_sum_mismatch")
    c.total(pb, [str(ls["效益"])], "效益得分", code="score_sum_mismatch")
    c.total(pm, [str(ls["满意度"])], "满意度得分", code="score_sum_mismatch")
    g = c.one(r"评价等级为“(优秀?|良好?|中等?|差)”")
    c.grade(pt, g)
    c.years()


PROJECTS = {
    "hlj-qiqihar-jiuzhuzhan-2018": (v_qiqihar, r"^— \d+ —$", "齐齐哈尔市救助管理站", 2018),
    "js-yancheng-jiuzhuzhan-bumen-2020": (v_yancheng, r"^- \d+ -$", "2020年度部门整体支出绩效自评报告", 2020),
    "gz-bozhou-zhanwaijiuzhu-2021": (v_bozhou, r"^第\d+页 共\d+页$", "播州区救助管理站", 2021),
    "heb-xingtai-xunqinsonghuan-2023": (v_xingtai, r"^\d+$", "邢台市救助管理站2023年度项目支出绩效自评报告", 2023),
    "sn-baoji-jiuzhuzhan-2025": (v_baoji, r"^\s*第 \d+ 页 共 \d+ 页$", "宝鸡市救助管理站2025年度项目支出绩效自评报告", 2025),
}


def run(pid, text):
    fn, footer, header, year = PROJECTS[pid]
    c = Ctx(text, footer, header, year)
    try:
        fn(c)
    except ParseError as e:
        return [("parse_error", str(e))]
    return c.fails


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j  # changed region: a[i:len(a)-j] -> b[i:len(b)-j]


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    if len(labels) != 35:
        problems.append(f"labels: {len(labels)} lines")
    counts = {}
    for lab in labels:
        pid = lab["source"]
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        fails = run(pid, text)
        codes = sorted(set(code for code, _ in fails))
        if lab["clean"]:
            n = len(text)
            if not 2500 <= n <= 6000:
                problems.append(f"{lab['case']}: {n} characters")
            if fails:
                problems.append(f"{lab['case']}: clean draft fails {fails}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: {len(exp)} labels")
            continue
        code = exp[0]["code"]
        counts[code] = counts.get(code, 0) + 1
        if codes != [code]:
            problems.append(f"{lab['case']}: labelled {code}, checks give {fails}")
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        i, ea, eb = edit_span(clean, text)
        if max(ea - i, eb - i) > 40 or ea - i + eb - i == 0:
            problems.append(f"{lab['case']}: edit of {ea - i}/{eb - i} characters")
        v = exp[0]["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if len(occ) != 1:
            problems.append(f"{lab['case']}: value occurs {len(occ)} times")
        elif not (occ[0] < eb and occ[0] + len(v) > i):
            problems.append(f"{lab['case']}: value does not cover the edit")
    for code in ("rate_mismatch", "sum_mismatch", "balance_mismatch", "completion_mismatch", "score_sum_mismatch",
                 "weight_sum_mismatch", "score_exceeds_weight", "grade_mismatch", "conflicting_values",
                 "average_mismatch", "implausible_rate", "unit_mismatch", "year_mismatch"):
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times")
    if sum(counts.values()) != 30:
        problems.append(f"{sum(counts.values())} errors")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) > 1:  # debug: verify.py <project-id> <file>
        print(run(sys.argv[1], open(sys.argv[2], encoding="utf-8").read()))
    else:
        main()
