#!/usr/bin/env python3
"""Verify the n322 set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps the label value; every code of errors.md §A (1-13) is used at least twice;
2. redo the arithmetic of every draft: all checks pass on the clean drafts; on an error case the labelled code
   fails and no other error-level code fails.

Numbers are compared with decimal.Decimal and the tolerance of rules.md §8 (half a unit of the last decimal
written); figures marked 约/近 are only compared loosely (never an error).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
R, B, S, SS, SE, W, G, A, C, I, U, Y, CM = CODES


class Fail(Exception):
    pass


# ---------------------------------------------------------------- numbers
def num(s):
    try:
        return D(str(s).replace(",", "").strip())
    except Exception:
        raise Fail(f"not a number: {s!r}")


def decs(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + D("1e-9")


def agree(stated, computed):
    """stated string vs computed Decimal, rules §8"""
    return abs(num(stated) - computed) <= tol(stated)


def same(a, b):
    """two stated strings of one quantity (the less precise one sets the tolerance)"""
    d = min(decs(a), decs(b))
    return abs(num(a) - num(b)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def roughly(approx, value, rel=D("0.05")):
    """约/近 figures: never an error; we only make sure the clean drafts stay plausible"""
    return abs(num(approx) - value) <= abs(value) * rel


def pct(a, b):
    return num(a) / num(b) * 100


def grade_of(total):
    t = num(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- text access
def one(text, pat, flags=0):
    m = list(re.finditer(pat, text, flags))
    if len(m) != 1:
        raise Fail(f"pattern matched {len(m)} times: {pat}")
    return m[0].groups() if m[0].groups() else (m[0].group(0),)


def split_cells(line, layout):
    if layout == "bar":
        return [c.strip() for c in line.split("｜")]
    if layout == "tab":
        return [c.strip() for c in line.split("\t")]
    if layout == "space":
        return [c for c in re.split(r"\s{2,}", line.strip()) if c]
    if layout == "md":
        return [c.strip() for c in line.strip().strip("|").split("|")]
    raise ValueError(layout)


def row(text, layout, name):
    """cells to the right of the cell `name` in the only table line that has that cell"""
    hits = []
    for line in text.split("\n"):
        cells = split_cells(line, layout)
        if name in cells:
            hits.append(cells[cells.index(name) + 1:])
    if len(hits) != 1:
        raise Fail(f"table row {name!r} found {len(hits)} times")
    return hits[0]


def nonempty(cells):
    return [c for c in cells if c not in ("",)]


QTY = re.compile(r"^([≥≤=＞＜><]?)\s*([\d,]+(?:\.\d+)?)(.*)$")


def qty(s):
    """'≥3万人次' -> ('≥', '3', '万人次'); qualitative -> None"""
    m = QTY.match(s.strip())
    if not m:
        return None
    return m.group(1), m.group(2), m.group(3).strip()


def completion(target, actual):
    sign, t, _ = qty(target)
    _, a, _ = qty(actual)
    t, a = num(t), num(a)
    if sign in ("≤", "＜", "<"):
        return D(100) if a <= t else t / a * 100
    return a / t * 100


# ---------------------------------------------------------------- result collector
class Res:
    def __init__(self):
        self.failed = {}

    def chk(self, code, ok, msg):
        if not ok:
            self.failed.setdefault(code, []).append(msg)


# ---------------------------------------------------------------- shared pieces
def funds_block(res, rows, cols, total, parts, rate_col, exec_col, base_col):
    """rows: name -> list of cells; cols: column names for the amount columns.
    Checks column sums (S), rates (R) and zero-base / over-100 rates (I)."""
    for ci, col in enumerate(cols):
        tot = num(rows[total][ci])
        s = sum(num(rows[p][ci]) for p in parts)
        res.chk(S, tot == s, f"{col}: {rows[total][ci]} != sum of parts {s}")
    for name, cells in rows.items():
        for rc, (numer, denom) in rate_col.items():
            cell = cells[rc]
            base = num(cells[denom])
            if base == 0:
                res.chk(I, cell in ("—", "-", "0", "0%", "0.00%"), f"{name}: rate {cell} on a zero base")
                continue
            if cell in ("—", "-", ""):
                continue
            res.chk(R, agree(cell.rstrip("%"), pct(cells[numer], cells[denom])),
                    f"{name}: rate {cell} vs {pct(cells[numer], cells[denom]):.4f}")
            res.chk(I, num(cell.rstrip("%")) <= 100, f"{name}: rate {cell} over 100%")
        res.chk(I, num(cells[exec_col]) <= num(cells[base_col]), f"{name}: spent above budget")


def indicator_rows(res, rows, satisfaction_names=()):
    """rows: list of dicts name, level, target, actual, w, s, comp (optional).
    Checks units (U), completion (CM), score range (SE) and rates in range (I)."""
    for r in rows:
        w, s = num(r["w"]), num(r["s"])
        res.chk(SE, D(0) <= s <= w, f"{r['name']}: score {r['s']} vs weight {r['w']}")
        qt, qa = qty(r["target"]), qty(r["actual"])
        if qt is None or qa is None:
            if r.get("comp") not in (None, "—", ""):
                res.chk(CM, False, f"{r['name']}: completion on a qualitative row")
            continue
        if qt[2] != qa[2]:
            res.chk(U, False, f"{r['name']}: target unit {qt[2]!r} vs actual unit {qa[2]!r}")
            continue
        if qa[2] == "%" and (r["name"].endswith("率") or "满意度" in r["name"]):
            res.chk(I, num(qa[1]) <= 100, f"{r['name']}: {r['actual']} over 100%")
        if r.get("comp") not in (None, "—", ""):
            res.chk(CM, agree(r["comp"].rstrip("%"), completion(r["target"], r["actual"])),
                    f"{r['name']}: completion {r['comp']} vs {completion(r['target'], r['actual']):.4f}")


def level_sums(rows, key):
    out = {}
    for r in rows:
        out[r["level"]] = out.get(r["level"], D(0)) + num(r[key])
    return out


def years(res, text, eval_year, carry=(), cutoff=(), advance=(), dated=(), claims=()):
    for y in claims:
        res.chk(Y, int(y) == eval_year, f"evaluation year claimed {y} vs {eval_year}")
    for y in carry:
        res.chk(Y, int(y) > eval_year, f"carried over to {y} in a {eval_year} report")
    for y in cutoff:
        res.chk(Y, int(y) == eval_year, f"figures as of end of {y} in a {eval_year} report")
    for y in advance:
        res.chk(Y, int(y) in (eval_year - 1, eval_year), f"advance issued in {y}")
    for y in dated:
        res.chk(Y, int(y) in (eval_year, eval_year + 1), f"report dated {y}")


# ================================================================ zj-jiande-shzzfuhua-2022 (bar)
def check_zj(t):
    res = Res()
    L = "bar"
    ey = int(one(t, r"^建德市民政局\n(\d{4})年度社会组织孵化基地")[0])
    years(res, t, ey,
          claims=[one(t, r"评价年度｜(\d{4})年")[0]],
          carry=re.findall(r"结转至(\d{4})年", t),
          dated=[one(t, r"\n(\d{4})年3月15日")[0]])
    # funds table
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    rows = {n: row(t, L, n) for n in names}
    funds_block(res, rows, ["年初预算数", "全年预算数", "全年执行数"], "年度资金总额", names[1:],
                {4: (2, 1)}, 2, 1)
    FT = rows["年度资金总额"]
    # prose funds
    ini, fis, car = one(t, r"年初预算([\d.,]+)万元，其中当年财政拨款([\d.,]+)万元、上年结转([\d.,]+)万元")
    res.chk(S, num(ini) == num(fis) + num(car), "年初 = 财政 + 结转")
    res.chk(C, same(ini, FT[0]), "年初 text vs table")
    res.chk(C, same(fis, rows["其中：当年财政拨款"][0]), "财政 text vs table")
    res.chk(C, same(car, rows["上年结转资金"][1]), "结转 text vs table")
    add, ann = one(t, r"追加([\d.,]+)万元，全年预算调整为([\d.,]+)万元")
    res.chk(S, num(ini) + num(add) == num(ann), "年初 + 追加 = 全年")
    res.chk(S, num(fis) + num(add) == num(rows["其中：当年财政拨款"][1]), "财政 + 追加 = 财政全年")
    res.chk(C, same(ann, FT[1]), "全年 text vs table")
    res.chk(C, same(one(t, r"本项目全年预算([\d.,]+)万元")[0], FT[1]), "overview budget")
    r_in = one(t, r"资金全部到位，到位率([\d.]+)%")[0]
    res.chk(R, agree(r_in, D(100)), "到位率 with all money received")
    spent, er = one(t, r"全年实际支出([\d.,]+)万元，预算执行率([\d.]+)%")
    res.chk(R, agree(er, pct(spent, ann)), "执行率 text")
    res.chk(C, same(spent, FT[2]), "spent text vs table")
    fee, nproj, grant, avg, train = one(
        t, r"支付基地运营服务费([\d.,]+)万元，向(\d+)个公益创投项目拨付资助资金([\d.,]+)万元、平均每个项目([\d.,]+)万元"
           r"（单个项目资助额度在8000元至20000元之间），能力建设培训及展示交流活动支出([\d.,]+)万元")
    res.chk(S, num(fee) + num(grant) + num(train) == num(spent), "spending parts")
    res.chk(A, agree(avg, num(grant) / num(nproj)), "average grant")
    res.chk(A, D("0.8") <= num(grant) / num(nproj) <= D("2.0"), "average inside the 8000-20000元 range")
    left = one(t, r"年末未支出([\d.,]+)万元")[0]
    res.chk(B, agree(left, num(ann) - num(spent)), "unspent = received - spent")
    # indicator table
    spec = [("新入驻孵化社会组织数量", "产出"), ("能力建设培训场次", "产出"), ("公益创投资助项目数", "产出"),
            ("出壳组织登记注册率", "产出"), ("公益创投项目按期结项率", "产出"), ("基地运营服务费", "产出"),
            ("孵化组织服务居民人次", "效益"), ("带动新增注册志愿者", "效益"), ("出壳组织承接政府购买服务项目", "效益"),
            ("入驻组织满意度", "满意度"), ("服务对象满意度", "满意度")]
    ind = {}
    for name, lvl in spec:
        c = row(t, L, name)
        ind[name] = dict(name=name, level=lvl, target=c[0], actual=c[1], w=c[2], s=c[3], note=c[4])
    rows_ = list(ind.values())
    indicator_rows(res, rows_)
    tw, ts = nonempty(row(t, L, "总分"))
    wsum = num(FT[3]) + sum(num(r["w"]) for r in rows_)
    ssum = num(FT[5]) + sum(num(r["s"]) for r in rows_)
    res.chk(W, wsum == 100, f"weights sum {wsum}")
    res.chk(W, num(tw) == wsum, "总分 weight vs sum")
    res.chk(SS, agree(ts, ssum), f"scores sum {ssum} vs {ts}")
    res.chk(SE, D(0) <= num(FT[5]) <= num(FT[3]), "execution score")
    lw, ls = level_sums(rows_, "w"), level_sums(rows_, "s")
    # table note on the over-achieved row
    dev = one(t, r"超出目标(\d+)%")[0]
    n18 = ind["新入驻孵化社会组织数量"]
    res.chk(CM, agree(dev, (num(qty(n18["actual"])[1]) / num(qty(n18["target"])[1]) - 1) * 100), "deviation note")
    # prose vs table
    res.chk(C, same(one(t, r"全年新入驻孵化社会组织(\d+)家（上年")[0], qty(n18["actual"])[1]), "入驻 text vs table")
    res.chk(C, same(nproj, qty(ind["公益创投资助项目数"]["actual"])[1]), "32 projects")
    n32, n30, r30 = one(t, r"(\d+)个公益创投项目中有(\d+)个按期结项，按期结项率([\d.]+)%")
    res.chk(C, same(n32, nproj), "32 projects again")
    res.chk(R, agree(r30, pct(n30, n32)), "按期结项率")
    res.chk(C, same(r30, qty(ind["公益创投项目按期结项率"]["actual"])[1]), "结项率 text vs table")
    out, reg, rr, cr, rest = one(t, r"出壳（结业）组织(\d+)家，其中(\d+)家已在民政部门完成登记，登记注册率([\d.]+)%，"
                                    r"完成年度目标的([\d.]+)%，其余(\d+)家")
    res.chk(R, agree(rr, pct(reg, out)), "登记注册率")
    res.chk(CM, agree(cr, num(rr) / num(qty(ind["出壳组织登记注册率"]["target"])[1]) * 100), "completion of 登记率")
    res.chk(S, num(out) - num(reg) == num(rest), "其余")
    res.chk(C, same(rr, qty(ind["出壳组织登记注册率"]["actual"])[1]), "登记率 text vs table")
    res.chk(C, same(one(t, r"控制在合同约定的([\d.]+)万元以内")[0], qty(ind["基地运营服务费"]["target"])[1]), "cost cap")
    res.chk(C, same(fee, qty(ind["基地运营服务费"]["actual"])[1]), "fee text vs table")
    res.chk(C, roughly(one(t, r"服务居民约([\d.]+)万人次")[0], num(qty(ind["孵化组织服务居民人次"]["actual"])[1])), "约3.46")
    vol, vt = one(t, r"新增注册志愿者([\d,]+)人，低于(\d+)人的目标")
    res.chk(C, same(vol, qty(ind["带动新增注册志愿者"]["actual"])[1]), "volunteers")
    res.chk(C, same(vt, qty(ind["带动新增注册志愿者"]["target"])[1]), "volunteer target")
    res.chk(C, same(one(t, r"承接政府购买服务项目(\d+)个。")[0], qty(ind["出壳组织承接政府购买服务项目"]["actual"])[1]), "12")
    po, pb = one(t, r"产出和效益类指标分别得分([\d.]+)分和([\d.]+)分")
    res.chk(SS, agree(po, ls["产出"]), "产出 level score")
    res.chk(SS, agree(pb, ls["效益"]), "效益 level score")
    res.chk(SS, agree(one(t, r"满意度指标得满分([\d.]+)分")[0], ls["满意度"]), "满意度 level score")
    res.chk(W, num(one(t, r"满意度指标得满分([\d.]+)分")[0]) == lw["满意度"], "满意度 full marks = weight")
    s1, s2 = one(t, r"入驻组织满意度([\d.]+)%（上年[\d.]+%），服务对象满意度([\d.]+)%")
    res.chk(C, same(s1, qty(ind["入驻组织满意度"]["actual"])[1]), "sat 1")
    res.chk(C, same(s2, qty(ind["服务对象满意度"]["actual"])[1]), "sat 2")
    res.chk(I, num(s1) <= 100 and num(s2) <= 100, "satisfaction over 100")
    es, ls3, tot, gw = one(t, r"预算执行得分([\d.]+)分，产出、效益、满意度三类指标合计得分([\d.]+)分，自评总分([\d.]+)分，评价等级为(\S{1,2}?)。")
    res.chk(C, same(es, FT[5]), "execution score text vs table")
    res.chk(SS, agree(ls3, ls["产出"] + ls["效益"] + ls["满意度"]), "three levels")
    res.chk(SS, agree(tot, num(es) + num(ls3)), "total text")
    res.chk(C, same(tot, ts), "total text vs table")
    res.chk(G, GRADE_WORD.get(gw) == grade_of(tot), f"grade {gw} for {tot}")

    g1, g2, g3, g4, g5 = one(t, r"全年新入驻孵化社会组织不少于(\d+)家，开展能力建设培训不少于(\d+)场，资助公益创投项目不少于(\d+)个，"
                                r"出壳组织登记注册率不低于(\d+)%.*?入驻组织和服务对象满意度均不低于(\d+)%")
    for g, nm in ((g1, "新入驻孵化社会组织数量"), (g2, "能力建设培训场次"), (g3, "公益创投资助项目数"),
                  (g4, "出壳组织登记注册率"), (g5, "入驻组织满意度"), (g5, "服务对象满意度")):
        res.chk(C, same(g, qty(ind[nm]["target"])[1]), f"goal text vs table target: {nm}")
    res.chk(C, same(one(t, r"对未登记的(\d+)家组织")[0], rest), "未登记 organisations")
    res.chk(C, same(one(t, r"7\.14｜(\d+)家章程")[0], rest), "table note")
    return res


# ================================================================ hn-linxiang-shegongzhan-2023 (tab)
def check_hn(t):
    res = Res()
    L = "tab"
    ey = int(one(t, r"^临湘市民政局\n(\d{4})年度乡镇")[0])
    years(res, t, ey,
          claims=[one(t, r"评价年度\t(\d{4})年度")[0], one(t, r"附件：(\d{4})年度项目支出绩效自评表")[0]],
          carry=re.findall(r"结转至(\d{4})年", t),
          advance=[one(t, r"（(\d{4})年12月已提前下达）")[0]],
          dated=[one(t, r"\n(\d{4})年3月20日")[0], one(t, r"本次自评于(\d{4})年2月开展")[0]])
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    rows = {n: row(t, L, n) for n in names}
    funds_block(res, rows, ["年初预算数", "全年预算数", "全年执行数"], "年度资金总额", names[1:],
                {4: (2, 1)}, 2, 1)
    FT = rows["年度资金总额"]
    ini, prov, city = one(t, r"本项目年初预算([\d.,]+)万元，其中省级福彩公益金([\d.,]+)万元（\d{4}年12月已提前下达）、市本级财政资金([\d.,]+)万元")
    res.chk(S, num(ini) == num(prov) + num(city), "年初 = 省 + 市")
    res.chk(C, same(ini, FT[0]), "年初 text vs table")
    car, ann = one(t, r"未使用完的社工人员经费([\d.,]+)万元结转到本年，全年预算为([\d.,]+)万元")
    res.chk(S, num(ini) + num(car) == num(ann), "年初 + 结转 = 全年")
    res.chk(C, same(car, rows["上年结转资金"][1]), "结转 text vs table")
    res.chk(C, same(ann, FT[1]), "全年 text vs table")
    staff_b, posts, per, month, ops_b, per_st, eval_b = one(
        t, r"社工人员经费([\d.,]+)万元，按(\d+)个岗位、每人每年([\d.]+)万元（含社会保险，折合每月约(\d+)元）测算；"
           r"站点运营及督导培训经费([\d.,]+)万元，每站([\d.]+)万元；第三方中期评估费([\d.,]+)万元")
    res.chk(S, num(staff_b) + num(ops_b) + num(eval_b) == num(ann), "budget parts")
    res.chk(S, num(posts) * num(per) == num(staff_b), "posts x standard")
    res.chk(A, roughly(month, num(per) * 10000 / 12, D("0.001")), "约4583元 per month")
    nst = one(t, r"在全部(\d+)个乡镇（街道）建设")[0]
    res.chk(S, num(nst) * num(per_st) == num(ops_b), "stations x 2万元")
    spent, er = one(t, r"全年实际支出([\d.,]+)万元，预算执行率([\d.]+)%")
    res.chk(R, agree(er, pct(spent, ann)), "执行率")
    res.chk(C, same(spent, FT[2]), "spent text vs table")
    res.chk(C, same(er, FT[4].rstrip("%")), "rate text vs table")
    s1, r1, s2, r2 = one(t, r"社工人员经费支出([\d.,]+)万元，执行率([\d.]+)%；站点运营及督导培训经费支出([\d.,]+)万元，执行率([\d.]+)%")
    res.chk(R, agree(r1, pct(s1, staff_b)), "人员经费 rate")
    res.chk(R, agree(r2, pct(s2, ops_b)), "运营督导 rate")
    s3 = one(t, r"第三方中期评估费([\d.,]+)万元已按合同全额支付")[0]
    res.chk(C, same(s3, eval_b), "评估费 paid in full")
    res.chk(S, num(s1) + num(s2) + num(s3) == num(spent), "spending parts")
    left = one(t, r"年末未使用([\d.,]+)万元")[0]
    res.chk(B, agree(left, num(ann) - num(spent)), "unspent (all received)")
    scores_s, avg = one(t, r"得分分别为([\d、]+)分，平均([\d.]+)分")
    sc = [num(x) for x in scores_s.split("、")]
    res.chk(S, len(sc) == int(nst), "one score per station")
    res.chk(A, agree(avg, sum(sc) / len(sc)), "average station score")
    gap = one(t, r"最高分与最低分相差(\d+)分")[0]
    res.chk(S, num(gap) == max(sc) - min(sc), "gap")
    # indicator table
    spec = [("社工站实体运行数", "产出"), ("驻站专职社工人数", "产出"), ("个案、小组和社区活动服务人次", "产出"),
            ("驻站社工持证率", "产出"), ("困难群众个案建档率", "产出"), ("服务台账按月报送及时率", "产出"),
            ("站均运营及督导经费", "产出"), ("困难群众需求评估覆盖率", "效益"), ("链接社会资源折合金额", "效益"),
            ("培育社区社会组织和志愿服务队", "效益"), ("服务对象满意度", "满意度")]
    ind = {}
    for name, lvl in spec:
        c = row(t, L, name)
        ind[name] = dict(name=name, level=lvl, target=c[0], actual=c[1], w=c[2], s=c[3])
    rows_ = list(ind.values())
    indicator_rows(res, rows_)
    tw, ts = nonempty(row(t, L, "总分"))
    wsum = num(FT[3]) + sum(num(r["w"]) for r in rows_)
    ssum = num(FT[5]) + sum(num(r["s"]) for r in rows_)
    res.chk(W, wsum == 100, f"weights sum {wsum}")
    res.chk(W, num(tw) == wsum, "总分 weight")
    res.chk(SS, agree(ts, ssum), f"scores sum {ssum} vs {ts}")
    res.chk(SE, D(0) <= num(FT[5]) <= num(FT[3]), "execution score")
    res.chk(C, same(nst, qty(ind["社工站实体运行数"]["actual"])[1]), "stations")
    res.chk(C, same(posts, qty(ind["驻站专职社工人数"]["target"])[1]), "posts target")
    inpost, short = one(t, r"年末在岗专职社工(\d+)名，比计划少(\d+)名")
    res.chk(C, same(inpost, qty(ind["驻站专职社工人数"]["actual"])[1]), "in post")
    res.chk(S, num(posts) - num(inpost) == num(short), "shortfall")
    res.chk(C, same(one(t, r"服务(\d+)人次（2022年为")[0], qty(ind["个案、小组和社区活动服务人次"]["actual"])[1]), "7412")
    lic, lr = one(t, r"有(\d+)人取得社会工作者职业资格证书，持证率([\d.]+)%")
    res.chk(R, agree(lr, pct(lic, inpost)), "持证率")
    res.chk(C, same(lr, qty(ind["驻站社工持证率"]["actual"])[1]), "持证率 table")
    res.chk(A, agree(qty(ind["站均运营及督导经费"]["actual"])[1], num(s2) / num(nst)), "per-station cost")
    hh, done, cov = one(t, r"对全市([\d,]+)户低保、特困和留守困境家庭开展入户需求评估([\d,]+)户，覆盖率([\d.]+)%")
    res.chk(R, agree(cov, pct(done, hh)), "覆盖率")
    res.chk(C, same(cov, qty(ind["困难群众需求评估覆盖率"]["actual"])[1]), "覆盖率 table")
    res.chk(C, same(one(t, r"志愿服务折合([\d.]+)万元")[0], qty(ind["链接社会资源折合金额"]["actual"])[1]), "63.2")
    res.chk(C, same(one(t, r"志愿服务队(\d+)支；")[0], qty(ind["培育社区社会组织和志愿服务队"]["actual"])[1]), "22")
    sent, back, br, sat, sr = one(t, r"发放满意度问卷(\d+)份，回收有效问卷(\d+)份，回收率([\d.]+)%，其中表示满意或基本满意的(\d+)份，满意度([\d.]+)%")
    res.chk(R, agree(br, pct(back, sent)), "回收率")
    res.chk(R, agree(sr, pct(sat, back)), "满意度")
    res.chk(I, num(sr) <= 100 and num(br) <= 100, "rates over 100")
    res.chk(C, same(sr, qty(ind["服务对象满意度"]["actual"])[1]), "满意度 table")
    tot, gw = one(t, r"本项目自评得分([\d.]+)分，评价等级为(\S{1,2}?)。")
    res.chk(C, same(tot, ts), "total text vs table")
    res.chk(SS, agree(tot, ssum), "total text vs rows")
    res.chk(G, GRADE_WORD.get(gw) == grade_of(tot), f"grade {gw} for {tot}")

    g1, g2, g3, g4, g5, g6 = one(t, r"(\d+)个社工站全部实体运行，驻站专职社工不少于(\d+)名，全年开展个案、小组和社区活动服务不少于(\d+)人次，"
                                    r"困难群众需求评估覆盖率达到(\d+)%以上，培育社区社会组织和志愿服务队不少于(\d+)支，服务对象满意度不低于(\d+)%")
    for g, nm in ((g1, "社工站实体运行数"), (g2, "驻站专职社工人数"), (g3, "个案、小组和社区活动服务人次"),
                  (g4, "困难群众需求评估覆盖率"), (g5, "培育社区社会组织和志愿服务队"), (g6, "服务对象满意度")):
        res.chk(C, same(g, qty(ind[nm]["target"])[1]), f"goal text vs table target: {nm}")
    res.chk(C, same(one(t, r"年底对(\d+)个社工站逐一考核")[0], nst), "stations examined")
    res.chk(C, same(one(t, r"（三）产出情况。(\d+)个社工站全部实体运行")[0], nst), "stations running")
    return res


# ================================================================ sc-pengzhou-zhiyuanzhan-2021 (space)
def check_sc(t):
    res = Res()
    L = "space"
    ey = int(one(t, r"运行补助项目\n(\d{4})年度项目支出绩效自评报告")[0])
    years(res, t, ey,
          claims=[one(t, r"附表：(\d{4})年度项目支出绩效自评表")[0], one(t, r"关于开展(\d{4})年度项目支出绩效自评的通知")[0]],
          carry=re.findall(r"结转至(\d{4})年", t),
          cutoff=re.findall(r"截至(\d{4})年12月31日", t),
          dated=[one(t, r"\n(\d{4})年2月18日")[0]])
    names = ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    rows = {n: row(t, L, n) for n in names}
    funds_block(res, rows, ["年初预算数", "全年预算数", "全年执行数"], "年度资金总额", names[1:],
                {4: (2, 1)}, 2, 1)
    FT = rows["年度资金总额"]
    new_n, new_std, old_n, old_std = one(t, r"新建志愿服务站点(\d+)个，每个站点按(\d+)元的标准给予一次性建设补助；二是对已建成的(\d+)个站点按每站每年(\d+)元")
    ini = one(t, r"项目年初批复预算([\d.,]+)万元")[0]
    res.chk(C, same(ini, FT[0]), "年初")
    prov, don = one(t, r"省级下达新时代文明实践中心建设补助资金([\d.,]+)万元，统筹用于本项目；同月市慈善会接受企业定向捐赠([\d.,]+)万元")
    ann, fis, oth = one(t, r"调整后全年预算([\d.,]+)万元，其中财政资金([\d.,]+)万元、其他资金([\d.,]+)万元")
    res.chk(S, num(ini) + num(prov) == num(fis), "年初 + 省级 = 财政")
    res.chk(S, num(fis) + num(oth) == num(ann), "财政 + 其他 = 全年")
    res.chk(C, same(don, oth), "donation")
    res.chk(C, same(ann, FT[1]), "全年 vs table")
    res.chk(C, same(fis, rows["其中：财政资金"][1]), "财政 vs table")
    res.chk(C, same(oth, rows["其他资金"][1]), "其他 vs table")
    b_new, b_run, b_tr = one(t, r"新建站点补助([\d.,]+)万元、运行补助([\d.,]+)万元、培训及活动经费([\d.,]+)万元")
    res.chk(S, num(b_new) + num(b_run) + num(b_tr) == num(fis), "财政 parts")

    def wan_product(n, std_yuan, target, label):
        prod = num(n) * num(std_yuan) / 10000
        res.chk(S, prod == num(target), f"{label}: {n} x {std_yuan}元 = {prod}万元 vs {target}")
    wan_product(new_n, new_std, b_new, "new stations")
    wan_product(old_n, old_std, b_run, "running subsidy")
    s_new, n_built, s_run, s_tr, s_fis = one(t, r"新建站点补助支出([\d.,]+)万元（(\d+)个站点），运行补助([\d.,]+)万元全部拨付，培训及活动经费支出([\d.,]+)万元，财政资金合计支出([\d.,]+)万元")
    wan_product(n_built, new_std, s_new, "stations paid")
    res.chk(C, same(s_run, b_run), "running subsidy paid in full")
    res.chk(S, num(s_new) + num(s_run) + num(s_tr) == num(s_fis), "财政 spending parts")
    res.chk(C, same(s_fis, rows["其中：财政资金"][2]), "财政 spent vs table")
    res.chk(C, same(one(t, r"捐赠资金([\d.,]+)万元已全部使用")[0], rows["其他资金"][2]), "donation spent")
    spent, er = one(t, r"全年合计执行([\d.,]+)万元，预算执行率([\d.]+)%")
    res.chk(R, agree(er, pct(spent, ann)), "执行率")
    res.chk(C, same(spent, FT[2]), "spent vs table")
    res.chk(C, same(er, FT[4].rstrip("%")), "rate vs table")
    left = one(t, r"年末未使用资金([\d.,]+)万元")[0]
    res.chk(B, agree(left, num(ann) - num(spent)), "unspent (资金均已到位)")
    n_late, carry = one(t, r"其中(\d+)个站点因选址调整未完工，对应建设补助([\d.,]+)万元结转")
    wan_product(n_late, new_std, carry, "carried stations")
    res.chk(B, num(carry) <= num(left), "carry-over within unspent")
    res.chk(S, num(n_built) + num(n_late) == num(new_n), "18 + 2 = 20")
    b1, b2, b3, bavg = one(t, r"参训人数分别为(\d+)人、(\d+)人、(\d+)人，平均每批([\d.]+)人")
    res.chk(A, agree(bavg, (num(b1) + num(b2) + num(b3)) / 3), "training average")
    # weights stated in text
    ew, iw, ow, bw = one(t, r"预算执行情况(\d+)分、绩效指标(\d+)分，其中产出指标(\d+)分、效益指标(\d+)分")
    res.chk(W, num(ew) + num(iw) == 100 and num(ow) + num(bw) == num(iw), "text weights")
    # indicator table
    spec = [("新建志愿服务站点", "产出"), ("新增注册志愿者", "产出"), ("开展志愿服务活动", "产出"), ("新建站点验收合格率", "产出"),
            ("运行补助拨付及时率", "产出"), ("单个站点建设补助", "产出"), ("全年志愿服务时长", "效益"),
            ("站点覆盖村（社区）比例", "效益"), ("已建站点常态化运行率", "效益")]
    ind = {}
    for name, lvl in spec:
        c = row(t, L, name)
        ind[name] = dict(name=name, level=lvl, target=c[0] + c[1], actual=c[2], w=c[3], s=c[4])
    rows_ = list(ind.values())
    indicator_rows(res, rows_)
    tw, ts = nonempty(row(t, L, "合计"))
    wsum = num(FT[3]) + sum(num(r["w"]) for r in rows_)
    ssum = num(FT[5]) + sum(num(r["s"]) for r in rows_)
    lw, ls = level_sums(rows_, "w"), level_sums(rows_, "s")
    res.chk(W, wsum == 100, f"weights {wsum}")
    res.chk(W, num(tw) == wsum, "合计 weight")
    res.chk(W, num(ew) == num(FT[3]), "execution weight")
    res.chk(W, lw["产出"] == num(ow), f"产出 weights {lw['产出']}")
    res.chk(W, lw["效益"] == num(bw), f"效益 weights {lw['效益']}")
    res.chk(SS, agree(ts, ssum), f"scores {ssum} vs {ts}")
    res.chk(SE, D(0) <= num(FT[5]) <= num(FT[3]), "execution score")
    res.chk(C, same(new_n, qty(ind["新建志愿服务站点"]["target"])[1]), "20 target")
    res.chk(C, same(n_built, qty(ind["新建志愿服务站点"]["actual"])[1]), "18 built (funds)")
    res.chk(C, same(one(t, r"全年新建站点(\d+)个，验收合格率")[0], qty(ind["新建志愿服务站点"]["actual"])[1]), "18 built")
    res.chk(C, same(one(t, r"验收合格率([\d.]+)%，另有")[0], qty(ind["新建站点验收合格率"]["actual"])[1]), "验收率")
    res.chk(S, num(one(t, r"另有(\d+)个站点因原选址")[0]) == num(n_late), "2 late stations")
    vol, dev = one(t, r"新增注册志愿者(\d+)人，超出目标([\d.]+)%")
    res.chk(C, same(vol, qty(ind["新增注册志愿者"]["actual"])[1]), "volunteers")
    res.chk(CM, agree(dev, (num(vol) / num(qty(ind["新增注册志愿者"]["target"])[1]) - 1) * 100), "over-achievement")
    res.chk(C, roughly(one(t, r"开展志愿服务活动近(\d+)场次")[0], num(qty(ind["开展志愿服务活动"]["actual"])[1])), "近1400")
    res.chk(C, same(one(t, r"志愿服务时长([\d.]+)万小时。")[0], qty(ind["全年志愿服务时长"]["actual"])[1]), "hours")
    vt, vc, vr = one(t, r"全市(\d+)个村（社区）中的(\d+)个，覆盖率([\d.]+)%")
    res.chk(R, agree(vr, pct(vc, vt)), "覆盖率")
    res.chk(C, same(vr, qty(ind["站点覆盖村（社区）比例"]["actual"])[1]), "覆盖率 82 vs 81.82")
    res.chk(C, same(one(t, r"与(\d+)%的目标还有差距")[0], qty(ind["站点覆盖村（社区）比例"]["target"])[1]), "85 target")
    on, oa, orr = one(t, r"(\d+)个已建站点中有(\d+)个每月至少开展两次活动，常态化运行率([\d.]+)%")
    res.chk(C, same(on, old_n), "48 stations")
    res.chk(R, agree(orr, pct(oa, on)), "常态化运行率")
    res.chk(C, same(orr, qty(ind["已建站点常态化运行率"]["actual"])[1]), "运行率 table")
    es, os_, bs, tot, gw = one(t, r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，自评总分([\d.]+)分，评价等级为(\S{1,2}?)。")
    res.chk(C, same(es, FT[5]), "execution score")
    res.chk(SS, agree(os_, ls["产出"]), "产出 level score")
    res.chk(SS, agree(bs, ls["效益"]), "效益 level score")
    res.chk(SS, agree(tot, num(es) + num(os_) + num(bs)), "total text")
    res.chk(C, same(tot, ts), "total text vs table")
    res.chk(G, GRADE_WORD.get(gw) == grade_of(tot), f"grade {gw} for {tot}")

    g1, g2, g3, g4, g5, g6 = one(t, r"年内新建站点(\d+)个并全部通过验收；新增注册志愿者不少于(\d+)人，开展志愿服务活动不少于(\d+)场次，"
                                    r"全年志愿服务时长不少于(\d+)万小时；站点服务覆盖全市(\d+)%以上的村（社区），已建站点常态化运行率不低于(\d+)%")
    for g, nm in ((g1, "新建志愿服务站点"), (g2, "新增注册志愿者"), (g3, "开展志愿服务活动"),
                  (g4, "全年志愿服务时长"), (g5, "站点覆盖村（社区）比例"), (g6, "已建站点常态化运行率")):
        res.chk(C, same(g, qty(ind[nm]["target"])[1]), f"goal text vs table target: {nm}")
    res.chk(C, same(qty(ind["单个站点建设补助"]["actual"])[1], str(num(new_std) / 10000)), "2.5万元 = 25000元")
    res.chk(C, same(one(t, r"一是(\d+)个新建站点未按期完工")[0], n_late), "late stations (problems)")
    res.chk(C, same(one(t, r"(\d+)个站点选址调整，2022年完工")[0], n_late), "late stations (table note)")
    return res


# ================================================================ gx-qinnan-dengjipinggu-2019 (prose)
def check_gx(t):
    res = Res()
    ey = int(one(t, r"^钦州市钦南区民政局(\d{4})年度社会组织等级评估项目")[0])
    years(res, t, ey,
          claims=[one(t, r"本项目(\d{4})年度自评得分")[0], one(t, r"《关于做好(\d{4})年度部门预算项目绩效自评工作的通知》")[0],
                  one(t, r"早于年度目标要求的(\d{4})年12月31日")[0]],
          carry=re.findall(r"结转至(\d{4})年", t),
          dated=[one(t, r"\n(\d{4})年1月16日")[0]])
    a, b, c_, d = one(t, r"全区登记社会组织(\d+)家，其中社会团体(\d+)家、社会服务机构(\d+)家、基金会(\d+)家")
    res.chk(S, num(a) == num(b) + num(c_) + num(d), "2018 register")
    last1 = one(t, r"当年参评(\d+)家")[0]
    last2 = one(t, r"参评（上年(\d+)家）")[0]
    res.chk(C, same(last1, last2), "last year's participants")
    ew, ow, bw, sw = one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重")
    res.chk(W, num(ew) + num(ow) + num(bw) + num(sw) == 100, "level weights")
    ini, rec, rr = one(t, r"项目年初预算([\d.,]+)万元，全部为区本级财政资金，年内预算未作调整，资金([\d.,]+)万元于3月全部到位，到位率([\d.]+)%")
    ann = ini  # 未作调整
    res.chk(R, agree(rr, pct(rec, ann)), "到位率")
    res.chk(I, num(rec) <= num(ann), "received above budget")
    spent, er, left = one(t, r"全年实际支出([\d.,]+)万元，预算执行率([\d.]+)%，年末结余([\d.,]+)万元")
    res.chk(R, agree(er, pct(spent, ann)), "执行率")
    res.chk(I, num(er) <= 100, "执行率 over 100")
    res.chk(B, agree(left, num(rec) - num(spent)), "结余 = 到位 - 执行")
    fee, per, unit, other = one(t, r"第三方评估服务费([\d.,]+)万元，按参评组织数量结算，每家([\d,]+)(万元|元)；二是专家评审、结果公示和牌匾制作费用([\d.,]+)万元")
    res.chk(S, num(fee) + num(other) == num(spent), "spending parts")
    n = one(t, r"全年共有(\d+)家社会组织参评")[0]
    per_wan = num(per) if unit == "万元" else num(per) / 10000
    if num(n) * per_wan != num(fee):
        fixed = num(n) * per_wan / 10000 == num(fee) or num(n) * per_wan * 10000 == num(fee)
        res.chk(U if fixed else S, False, f"{n} x {per}{unit} != {fee}万元")
    # scores
    er2, es = one(t, r"（一）预算执行情况。预算执行率([\d.]+)%，按执行率计得([\d.]+)分")
    res.chk(C, same(er2, er), "执行率 twice")
    res.chk(SE, D(0) <= num(es) <= num(ew), "execution score")
    ow2 = one(t, r"（二）产出指标（(\d+)分）")[0]
    bw2 = one(t, r"（三）效益指标（(\d+)分）")[0]
    sw2 = one(t, r"（四）满意度指标（(\d+)分）")[0]
    res.chk(W, (ow2, bw2, sw2) == (ow, bw, sw), "level weights twice")
    qw, tgt, cr, qs = one(t, r"1\.数量指标（(\d+)分）。全年共有\d+家社会组织参评（上年\d+家），目标为(\d+)家以上，完成率([\d.]+)%，得([\d.]+)分")
    res.chk(CM, agree(cr, pct(n, tgt)), "参评 completion")
    ql_w, rev_w = one(t, r"2\.质量指标（(\d+)分）。评估报告全部通过区评估委员会复核，复核通过率100%，该项(\d+)分全得")
    c5, c4, c3, c2, c1, c0, c3p, share, st, scr, share_w = one(
        t, r"评出5A级(\d+)家、4A级(\d+)家、3A级(\d+)家、2A级(\d+)家、1A级(\d+)家，另有(\d+)家未达到等级标准，3A以上组织共(\d+)家，"
           r"占参评组织的([\d.]+)%，目标为(\d+)%以上，完成率([\d.]+)%，该项(\d+)分全得")
    res.chk(S, sum(num(x) for x in (c5, c4, c3, c2, c1, c0)) == num(n), "grades add up to participants")
    res.chk(S, num(c5) + num(c4) + num(c3) == num(c3p), "3A and above")
    res.chk(R, agree(share, pct(c3p, n)), "3A share")
    res.chk(CM, agree(scr, num(share) / num(st) * 100), "3A completion")
    res.chk(W, num(rev_w) + num(share_w) == num(ql_w), "质量 weights")
    s1, s2, s3, savg = one(t, r"评估得分分别为(\d+)分、(\d+)分和(\d+)分，平均([\d.]+)分")
    res.chk(A, agree(savg, (num(s1) + num(s2) + num(s3)) / 3), "5A average")
    tw, ts = one(t, r"3\.时效指标（(\d+)分）。.*?得([\d.]+)分。")
    cw, cap, paid, cs = one(t, r"4\.成本指标（(\d+)分）。评估服务合同总价控制在([\d.]+)万元以内，实际支付([\d.,]+)万元，得([\d.]+)分")
    res.chk(C, same(paid, fee), "paid fee twice")
    res.chk(I, num(paid) <= num(cap), "cost cap")
    out_s = one(t, r"产出指标合计得([\d.]+)分")[0]
    res.chk(W, num(qw) + num(ql_w) + num(tw) + num(cw) == num(ow), "产出 weights")
    res.chk(SS, agree(out_s, num(qs) + num(rev_w) + num(share_w) + num(ts) + num(cs)), "产出 level score")
    for w_, s_ in ((qw, qs), (tw, ts), (cw, cs)):
        res.chk(SE, D(0) <= num(s_) <= num(w_), f"score {s_} / {w_}")
    sow, reg, ok_, yr, ytgt, ycr, ys = one(t, r"1\.社会效益（(\d+)分）。全区登记社会组织(\d+)家，年检合格(\d+)家，合格率([\d.]+)%，目标为(\d+)%，完成率([\d.]+)%，按比例得([\d.]+)分")
    res.chk(R, agree(yr, pct(ok_, reg)), "年检合格率")
    res.chk(CM, agree(ycr, num(yr) / num(ytgt) * 100), "年检 completion")
    suw, sus = one(t, r"2\.可持续影响（(\d+)分）。.*?得([\d.]+)分。")
    ben_s = one(t, r"效益指标合计得([\d.]+)分")[0]
    res.chk(W, num(sow) + num(suw) == num(bw), "效益 weights")
    res.chk(SS, agree(ben_s, num(ys) + num(sus)), "效益 level score")
    for w_, s_ in ((sow, ys), (suw, sus)):
        res.chk(SE, D(0) <= num(s_) <= num(w_), f"score {s_} / {w_}")
    sat, sat_s = one(t, r"满意度为([\d.]+)%，得([\d.]+)分")
    res.chk(I, num(sat) <= 100, "satisfaction over 100")
    res.chk(SE, D(0) <= num(sat_s) <= num(sw), "satisfaction score")
    tot, gw = one(t, r"自评得分([\d.]+)分，评价等级为(\S{1,2}?)。")
    res.chk(SS, agree(tot, num(es) + num(out_s) + num(ben_s) + num(sat_s)), "total")
    res.chk(G, GRADE_WORD.get(gw) == grade_of(tot), f"grade {gw} for {tot}")
    res.chk(C, same(one(t, r"有(\d+)家组织未达到等级标准")[0], c0), "unrated organisations")

    g1, g2, g3, g4 = one(t, r"组织不少于(\d+)家社会组织参加等级评估，评估报告全部通过复核，3A以上等级组织占参评组织的(\d+)%以上，.*?"
                            r"全区社会组织年检合格率达到(\d+)%，.*?满意度不低于(\d+)%")
    res.chk(C, same(g1, tgt), "goal 40")
    res.chk(C, same(g2, st), "goal 55%")
    res.chk(C, same(g3, ytgt), "goal 95%")
    res.chk(C, same(one(t, r"(\d+)家5A级组织的评估得分")[0], c5), "5A organisations")
    return res


# ================================================================ sd-rushan-cishanchaoshi-2024 (markdown)
def check_sd(t):
    res = Res()
    L = "md"
    ey = int(one(t, r"^# 乳山市民政局(\d{4})年度慈善超市")[0])
    years(res, t, ey,
          carry=re.findall(r"结转至(\d{4})年", t),
          cutoff=re.findall(r"截至(\d{4})年12月31日", t),
          dated=[one(t, r"\n(\d{4})年2月26日")[0], one(t, r"\n(\d{4})年1月，我局会同")[0]])
    names = ["财政资金", "其他资金（社会捐赠）", "合计"]
    rows = {n: row(t, L, n) for n in names[:2]}
    rows["合计"] = row_total_md(t, funds=True)
    funds_block(res, rows, ["全年预算数", "实际到位", "全年执行数"], "合计", names[:2],
                {3: (1, 0), 4: (2, 0)}, 2, 1)
    for n_, c in rows.items():
        res.chk(I, num(c[1]) <= num(c[0]), f"{n_}: received above budget")
    FT = rows["合计"]
    ann, fis, oth = one(t, r"项目年初预算([\d.,]+)万元，年内未作调整，其中市级财政资金([\d.,]+)万元，市慈善总会计划筹集社会捐赠资金([\d.,]+)万元")
    res.chk(S, num(fis) + num(oth) == num(ann), "budget parts")
    res.chk(C, same(ann, FT[0]), "budget vs table")
    res.chk(C, same(fis, rows["财政资金"][0]), "财政 vs table")
    res.chk(C, same(oth, rows["其他资金（社会捐赠）"][0]), "捐赠 vs table")
    rec, spent = one(t, r"截至\d{4}年12月31日，项目资金到位([\d.,]+)万元，支出([\d.,]+)万元")
    res.chk(C, same(rec, FT[1]), "received vs table")
    res.chk(C, same(spent, FT[2]), "spent vs table")
    nshop = one(t, r"我市现有慈善超市(\d+)家，其中市级(\d+)家、镇（街道）(\d+)家")
    res.chk(S, num(nshop[0]) == num(nshop[1]) + num(nshop[2]), "shops")
    per, ops, buy, it = one(t, r"按每家每年([\d.]+)万元的标准拨付([\d.,]+)万元，爱心物资采购([\d.,]+)万元，积分管理信息系统维护及运营人员培训([\d.,]+)万元")
    res.chk(S, num(per) * num(nshop[0]) == num(ops), "shops x 5万元")
    res.chk(S, num(ops) + num(buy) + num(it) == num(spent), "spending parts")
    left = one(t, r"结余([\d.,]+)万元，全部为社会捐赠资金")[0]
    res.chk(B, agree(left, num(rec) - num(spent)), "结余 = 到位 - 执行")
    oc = rows["其他资金（社会捐赠）"]
    res.chk(B, agree(left, num(oc[1]) - num(oc[2])), "donation balance")
    # weights in text
    ew, ow, bw, sw = one(t, r"评分采用预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重")
    res.chk(W, num(ew) + num(ow) + num(bw) + num(sw) == 100, "text weights")
    # indicator table
    spec = [("救助困难群众人次", "产出"), ("接收社会捐赠物资折价", "产出"), ("志愿者参与超市服务", "产出"),
            ("慈善超市规范化运营达标率", "产出"), ("运营补助季度拨付及时率", "产出"), ("单店年度运营补助", "产出"),
            ("困难家庭积分使用率", "效益"), ("开展募捐活动场次", "效益"), ("慈善超市社会化运营水平", "效益"),
            ("受助群众满意度", "满意度")]
    ind = {}
    for name, lvl in spec:
        c = row(t, L, name)
        ind[name] = dict(name=name, level=lvl, target=c[0], actual=c[1], comp=c[2], w=c[3], s=c[4])
    ex = row(t, L, "预算执行")
    exr = dict(name="预算执行率", level="预算执行", target=ex[2], actual=ex[3], comp=ex[4], w=ex[5], s=ex[6])
    rows_ = list(ind.values())
    indicator_rows(res, rows_ + [exr])
    res.chk(C, same(exr["actual"].rstrip("%"), FT[4].rstrip("%")), "execution rate in both tables")
    tw, ts = nonempty(row_total_md(t, funds=False))
    wsum = num(exr["w"]) + sum(num(r["w"]) for r in rows_)
    ssum = num(exr["s"]) + sum(num(r["s"]) for r in rows_)
    lw = level_sums(rows_, "w")
    res.chk(W, wsum == 100, f"weights {wsum}")
    res.chk(W, num(tw) == wsum, "合计 weight")
    res.chk(W, num(exr["w"]) == num(ew), "execution weight")
    res.chk(W, lw["产出"] == num(ow), f"产出 weights {lw['产出']}")
    res.chk(W, lw["效益"] == num(bw), f"效益 weights {lw['效益']}")
    res.chk(W, lw["满意度"] == num(sw), "满意度 weights")
    res.chk(SS, agree(ts, ssum), f"scores {ssum} vs {ts}")
    res.chk(SE, D(0) <= num(exr["s"]) <= num(exr["w"]), "execution score")
    q = ind["慈善超市社会化运营水平"]
    res.chk(SE, D(0) <= num(q["s"]) <= num(q["w"]), "qualitative score")
    served, last = one(t, r"兑换([\d,]+)人次（2023年为([\d,]+)人次）")
    res.chk(C, same(served, qty(ind["救助困难群众人次"]["actual"])[1]), "served")
    res.chk(A, roughly(one(t, r"折合每人次约(\d+)元")[0], num(buy) * 10000 / num(served), D("0.01")), "约78元")
    don, davg = one(t, r"接收社会捐赠物资折价([\d.]+)万元，平均每家超市([\d.]+)万元")
    res.chk(A, agree(davg, num(don) / num(nshop[0])), "donations per shop")
    res.chk(C, same(don, qty(ind["接收社会捐赠物资折价"]["actual"])[1]), "donations vs table")
    res.chk(C, same(one(t, r"入户服务(\d+)人次")[0], qty(ind["志愿者参与超市服务"]["actual"])[1]), "volunteers")
    okn, bad = one(t, r"逐家验收，(\d+)家达标，(\d+)家因场地搬迁")
    res.chk(S, num(okn) + num(bad) == num(nshop[0]), "7 + 1 = 8")
    res.chk(R, agree(qty(ind["慈善超市规范化运营达标率"]["actual"])[1], pct(okn, nshop[0])), "达标率")
    res.chk(C, same(one(t, r"募捐活动(\d+)场。")[0], qty(ind["开展募捐活动场次"]["actual"])[1]), "募捐")
    sat = one(t, r"受助群众满意度([\d.]+)%（2023年为")[0]
    res.chk(C, same(sat, qty(ind["受助群众满意度"]["actual"])[1]), "satisfaction text vs table")
    res.chk(I, num(sat) <= 100, "satisfaction over 100")
    res.chk(C, same(per, qty(ind["单店年度运营补助"]["actual"])[1]), "5万元 per shop")
    tot, gw = one(t, r"本项目自评得分([\d.]+)分，评价等级为(\S{1,2}?)。")
    res.chk(C, same(tot, ts), "total text vs table")
    res.chk(SS, agree(tot, ssum), "total text vs rows")
    res.chk(G, GRADE_WORD.get(gw) == grade_of(tot), f"grade {gw} for {tot}")

    g1, g2, g3, g4, g5 = one(t, r"(\d+)家慈善超市全部规范运营，全年救助困难群众不少于(\d+)人次，接收社会捐赠物资折价不少于(\d+)万元，"
                                r"组织志愿者参与超市服务不少于(\d+)人次，受助群众满意度不低于(\d+)%")
    res.chk(C, same(g1, nshop[0]), "goal shops")
    for g, nm in ((g2, "救助困难群众人次"), (g3, "接收社会捐赠物资折价"), (g4, "志愿者参与超市服务"), (g5, "受助群众满意度")):
        res.chk(C, same(g, qty(ind[nm]["target"])[1]), f"goal text vs table target: {nm}")
    for pat in (r"项目继续对(\d+)家超市给予运营补助", r"全年(\d+)家超市共接待", r"项目资金拨付及时，(\d+)家超市运转正常",
                r"支出方面，(\d+)家超市运营补助"):
        res.chk(C, same(one(t, pat)[0], nshop[0]), "shops " + pat)
    res.chk(C, same(one(t, r"\| (\d+)家搬迁后台账不全")[0], bad), "table note")
    return res


def row_total_md(t, funds):
    """the two Markdown tables both end in a 合计 line: the funds table has 6 cells, the indicator table 10"""
    hits = [split_cells(l, "md") for l in t.split("\n") if l.startswith("| 合计 |")]
    hits = [h for h in hits if (len(h) == 6) == funds]
    if len(hits) != 1:
        raise Fail("total row")
    return hits[0][1:]


CHECKERS = {
    "zj-jiande-shzzfuhua-2022": check_zj,
    "hn-linxiang-shegongzhan-2023": check_hn,
    "sc-pengzhou-zhiyuanzhan-2021": check_sc,
    "gx-qinnan-dengjipinggu-2019": check_gx,
    "sd-rushan-cishanchaoshi-2024": check_sd,
}


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        problems.append(f"expected 35 labels, got {len(labels)}")
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels and case files differ")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        pid = lab["source"]
        if pid not in CHECKERS:
            problems.append(f"{lab['case']}: unknown source")
            continue
        try:
            res = CHECKERS[pid](text)
        except Fail as e:
            problems.append(f"{lab['case']}: extraction failed: {e}")
            continue
        failed = set(res.failed)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            if failed:
                problems.append(f"{lab['case']}: clean draft fails {res.failed}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{lab['case']}: length {n} outside 2800-3400")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {e}")
            continue
        counts[e["code"]] += 1
        v = e["value"]
        if v not in text:
            problems.append(f"{lab['case']}: value {v!r} not in case")
            continue
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        s, t_end = diff_region(clean, text)
        # one contiguous place: the clean draft with that region replaced must equal the case
        c_end = len(clean) - (len(text) - t_end)
        if clean[:s] + text[s:t_end] + clean[c_end:] != text or s >= t_end:
            problems.append(f"{lab['case']}: not a single contiguous change")
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not any(o < t_end and o + len(v) > s for o in occ):
            problems.append(f"{lab['case']}: label value does not overlap the change [{s},{t_end})")
        if e["code"] not in failed:
            problems.append(f"{lab['case']}: labelled {e['code']} does not fail (failed: {sorted(failed)})")
        other = failed - {e["code"]}
        if other:
            problems.append(f"{lab['case']}: other codes fail too: { {k: res.failed[k] for k in other} }")
    for c, n in counts.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
