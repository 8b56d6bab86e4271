#!/usr/bin/env python3
"""Re-read every figure from each case's text and redo the arithmetic (standard library + decimal only).
Clean drafts must pass every check; each error case must fail exactly its labelled code."""
import json, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP
HERE = os.path.dirname(os.path.abspath(__file__)); C = os.path.join(HERE, 'cases')
NUM = r'(\d+(?:\.\d+)?)'
LEVELS = {'产出指标', '效益指标', '满意度指标', '数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标',
          '经济效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'}
GRADES = {'优': '优', '优秀': '优', '良': '良', '良好': '良', '中': '中', '中等': '中', '合格': '中', '一般': '中', '差': '差', '较差': '差'}

def ok(stated, computed):
    """rules §8: |c − v| ≤ 0.5 × 10^−d (+1e−9), d = decimals of the stated string."""
    d = len(stated.split('.')[1]) if '.' in stated else 0
    return abs(D(computed) - D(stated)) <= D('0.5') * D(10) ** -d + D('1e-9')

def band(s):
    return '优' if s >= 90 else '良' if s >= 80 else '中' if s >= 60 else '差'

def clean_lines(text):
    text = re.sub(r'\[bookmark: [^\]]*\]', '', text)
    out = []
    for raw in text.split('\n'):
        if re.fullmatch(r' {20,}\d+', raw): continue            # bare page number far right
        s = raw.strip(' \t\u3000')
        if re.fullmatch(r'第 \d+ 页，共 \d+ 页|— \d+ —', s): continue
        out.append(s)
    return out, text

def split_val(s):
    m = re.fullmatch(r'([≥≤=]?)' + NUM + r'(.*)', s)
    return (m.group(1), D(m.group(2)), m.group(3), m.group(2)) if m else None

def check(text):
    found = set(); L, T = clean_lines(text)
    Y = int(re.search(r'(\d{4})年度', L[0]).group(1))
    # ---- year statements (I14)
    for m in re.finditer(r'（(\d{4})年度）', T):
        if int(m.group(1)) != Y: found.add('year_mismatch')
    for m in re.finditer(r'截至(\d{4})年12月31日', T):
        if int(m.group(1)) != Y: found.add('year_mismatch')
    for m in re.finditer(r'结转至(\d{4})年', T):
        if int(m.group(1)) <= Y: found.add('year_mismatch')
    # ---- funds block (I1, I4, I5)
    i = L.index('年度资金总额：')
    tot = L[i + 1:i + 7]; ti, ta, te = (D(x) for x in tot[:3]); exec_w = D(tot[3]); exec_rate_s = tot[4].rstrip('%'); exec_score = D(tot[5])
    comps = []
    for lab in ('其中：当年财政拨款', '上年结转资金', '其他资金'):
        j = L.index(lab); comps.append([D(x) for x in L[j + 1:j + 4]])
    def sum_check(total, parts):
        if sum(parts) == total: return
        for k in range(len(parts)):
            for sc in (D('0.0001'), D('10000')):
                p = list(parts); p[k] = p[k] * sc
                if sum(p) == total: found.add('unit_mismatch'); return
        found.add('sum_mismatch')
    for col, total in enumerate((ti, ta, te)):
        sum_check(total, [c[col] for c in comps])
    if ta > 0:
        if not ok(exec_rate_s, te / ta * 100): found.add('rate_mismatch')
        if D(exec_rate_s) > 100: found.add('implausible_rate')
    # ---- prose amounts restated (I11) and identities in prose
    def other_year(pos):                                    # last-year figures are look-alikes, not restatements
        st = max(T.rfind('。', 0, pos), T.rfind('\n', 0, pos)) + 1
        seg = T[st:pos]
        return '上年' in seg or any(int(y) != Y for y in re.findall(r'(\d{4})年', seg))
    for m in re.finditer(r'全年实际支出' + NUM + '万元', T):
        if other_year(m.start()): continue
        if D(m.group(1)) != te: found.add('conflicting_values')
    for m in re.finditer(r'全年预算' + NUM + '万元', T):
        if other_year(m.start()): continue
        if D(m.group(1)) != ta: found.add('conflicting_values')
    for m in re.finditer(r'预算执行率' + NUM + '%', T):
        if not ok(m.group(1), te / ta * 100): found.add('rate_mismatch')
        if D(m.group(1)) > 100: found.add('implausible_rate')
    recv = None
    for m in re.finditer(r'到位' + NUM + r'万元，到位率' + NUM + '%', T):
        recv = D(m.group(1))
        if not ok(m.group(2), recv / ta * 100): found.add('rate_mismatch')
        if recv > ta: found.add('implausible_rate')
    if recv is not None:
        for m in re.finditer(r'结余' + NUM + '万元', T):
            if D(m.group(1)) != recv - te: found.add('balance_mismatch')
    m = re.search(r'其中伙食补助' + NUM + '万元、误工补贴' + NUM + '万元、训练器材及场地维护' + NUM + '万元', T)
    if m: sum_check(te, [D(x) for x in m.groups()])
    m = re.search(r'其中基本支出' + NUM + '万元、项目支出' + NUM + '万元', T)
    if m:
        sum_check(te, [D(x) for x in m.groups()]); proj = D(m.group(2))
        m2 = re.search(r'分别支出' + NUM + '万元、' + NUM + '万元、' + NUM + '万元、' + NUM + '万元', T)
        if m2: sum_check(proj, [D(x) for x in m2.groups()])
    m = re.search(r'结余' + NUM + r'万元（其中结转至\d{4}年使用' + NUM + '万元，按规定收回' + NUM + '万元）', T)
    if m: sum_check(D(m.group(1)), [D(m.group(2)), D(m.group(3))])
    # ---- prose-only rates (I5)
    for m in re.finditer(r'([\u4e00-\u9fff]{1,6}率)' + NUM + '%', T):
        if not m.group(1).endswith('完成率') and D(m.group(2)) > 100: found.add('implausible_rate')
    # ---- average (I10)
    for m in re.finditer(r'分别为([\d.、]+)分，平均' + NUM + '分', T):
        xs = [D(x) for x in m.group(1).split('、')]
        if not ok(m.group(2), sum(xs) / len(xs)): found.add('average_mismatch')
    # ---- indicator table (I6, I7, I8, I13)
    h = L.index('偏差原因分析及改进措施'); end = L.index('总分')
    rows = []; k = h + 1
    while k < end:
        s = L[k]
        if (re.fullmatch(NUM, s) and k + 4 < end and re.match(r'[≥≤=]|达成', L[k + 1])
                and (L[k + 3].endswith('%') or L[k + 3] == '—') and re.fullmatch(NUM, L[k + 4])):
            nm = []; b = k - 1
            while b > h and L[b] and L[b] not in LEVELS: nm.insert(0, L[b]); b -= 1
            rows.append(dict(name=''.join(nm), w=D(s), t=L[k + 1], a=L[k + 2], rate=L[k + 3], score=D(L[k + 4])))
            k += 5
        else:
            k += 1
    assert len(rows) >= 6, len(rows)
    wsum = exec_w + sum(r['w'] for r in rows); ssum = exec_score + sum(r['score'] for r in rows)
    if wsum != D(L[end + 1]): found.add('weight_sum_mismatch')
    if exec_score > exec_w or exec_score < 0: found.add('score_exceeds_weight')
    for r in rows:
        if r['score'] > r['w'] or r['score'] < 0: found.add('score_exceeds_weight')
        t, a = split_val(r['t']), split_val(r['a'])
        if t is None or a is None: continue                         # qualitative row
        sign, tv, tu, _ = t; _, av, au, astr = a
        if tu != au: found.add('unit_mismatch'); continue
        if au == '%' and av > 100 and ('率' in r['name'] or '满意度' in r['name']): found.add('implausible_rate')
        m = re.search(re.escape(r['name']) + r'(?:为|达到|达|共)?' + NUM + re.escape(au), T)
        for m in re.finditer(re.escape(r['name']) + r'(?:为|达到|达|共)?' + NUM + re.escape(au), T):
            if D(m.group(1)) != av: found.add('conflicting_values')
        if tv == 0:
            if r['rate'] != '—': found.add('implausible_rate')
            continue
        comp = (D(100) if av <= tv else tv / av * 100) if sign == '≤' else av / tv * 100
        if r['rate'] == '—' or not ok(r['rate'].rstrip('%'), comp): found.add('completion_mismatch')
    # ---- totals and grade (I7, I9)
    if D(L[end + 2]) != ssum: found.add('score_sum_mismatch')
    for m in re.finditer(r'(?:自评得分|综合得分)' + NUM + '分', T):
        if D(m.group(1)) != ssum: found.add('score_sum_mismatch')
    grades = [L[L.index('评价等级') + 1]] + re.findall(r'评价等级为“(.+?)”', T)
    for g in grades:
        if GRADES[g] != band(ssum): found.add('grade_mismatch')
    return found

def edit_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]: p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]: q += 1
    return p, len(b) - q

def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    bad = []; counts = {}
    assert len(labels) == 35
    for lab in labels:
        text = open(os.path.join(C, lab['case']), encoding='utf-8').read()
        got = check(text)
        if lab['clean']:
            assert not lab['expected']
            if got: bad.append((lab['case'], 'clean draft fails', sorted(got)))
            n = len(text)
            if not 1500 <= n <= 5000: bad.append((lab['case'], 'length', n))
            continue
        exp = {e['code'] for e in lab['expected']}
        if got != exp: bad.append((lab['case'], 'expected', sorted(exp), 'got', sorted(got)))
        clean = open(os.path.join(C, lab['source'] + '-clean.txt'), encoding='utf-8').read()
        s, e = edit_span(clean, text)
        if e - s > 40 or e <= s: bad.append((lab['case'], 'edit span', e - s))
        for x in lab['expected']:
            counts[x['code']] = counts.get(x['code'], 0) + 1
            if text.count(x['value']) != 1: bad.append((lab['case'], 'value not unique', x['value']))
            v0 = text.find(x['value'])
            if not (v0 < e and s < v0 + len(x['value'])): bad.append((lab['case'], 'value does not overlap edit'))
    codes = ['rate_mismatch', 'balance_mismatch', 'sum_mismatch', 'score_sum_mismatch', 'score_exceeds_weight',
             'weight_sum_mismatch', 'grade_mismatch', 'average_mismatch', 'conflicting_values', 'implausible_rate',
             'unit_mismatch', 'year_mismatch', 'completion_mismatch']
    for c in codes:
        if counts.get(c, 0) < 2: bad.append(('code', c, counts.get(c, 0)))
    if bad:
        for b in bad: print('FAIL', *b)
        sys.exit(1)
    print('OK', len(labels), 'cases;', ', '.join(f'{c}={counts[c]}' for c in codes))
if __name__ == '__main__': main()
