import json, os, difflib
from decimal import Decimal as De, ROUND_HALF_UP
D=os.path.dirname(os.path.abspath(__file__)); C=os.path.join(D,'cases')
def r2(x): return str(De(str(x)).quantize(De('0.01'),ROUND_HALF_UP))
def pct(a,b): return r2(De(str(a))/De(str(b))*100)+'%'
ok=True
def chk(cond,msg):
    global ok
    if not cond: ok=False; print('FAIL',msg)
rd=lambda n: open(os.path.join(C,n),encoding='utf-8').read()
for l in open(os.path.join(D,'labels.jsonl'),encoding='utf-8'):
    r=json.loads(l); t=rd(r['case'])
    for e in r['expected']: chk(e['value'] in t,(r['case'],e['value']))
    if not r['clean']:
        c=rd(r['source']+'-clean.txt')
        i=0
        while i<min(len(c),len(t)) and c[i]==t[i]: i+=1
        j=0
        while j<min(len(c),len(t))-i and c[-1-j]==t[-1-j]: j+=1
        chk(c!=t and len(t)-i-j<=12 and len(c)-i-j<=12,('diff places',r['case']))
# arithmetic of clean drafts: (text must contain expected string computed here)
A={
'shaxian-smefund-2022':[pct(361,380),r2(380-361),r2(300+30),r2(350+30),r2(331+30),r2(156+85+60+60),
  r2(10*361/380),r2(10*186/200),r2(9.5+15+9.3+10+5+10+10+10+9+10),r2(15+9.3+10+5+10),r2(10+10+9)],
'fanchang-techreform-2021':[pct(1234.80,1260),r2(1260-1234.80),r2(452.30+418.50+364.00),r2(De('1234.80')/24),
  pct(24,20),pct(26,22),pct(100,95),pct(8.6,8),pct(13.8,15),pct(3.4,3),pct(96,90),r2(9.8+50+9.2+20+10),r2(940+60),r2(1200+60),r2(1174.80+60)],
'liling-digital-2023':[pct(276.60,300),r2(300-276.60),r2(120+85+95),r2(120+85+71.60),r2(10*276.60/300),pct(70,80),pct(163,150),pct(4,5),
  pct(97,95),pct(43.5,40),pct(7.5,10),pct(88,90),r2(10*88/90),r2(9.22+8.75+10+8+10+10+10+7.5+6+9.78)],
'baodi-energysaving-2024':[pct(42.30,45),r2(45-42.30),r2(24+6.5+4.8+7),r2(De(8000)*30/10000),r2(15*1.05/1.2),r2(9.4+15+10+10+5+10+13.13+14+10)],
'jiuyuan-zhuanjingtexin-2019':[pct(155,200),r2(200-155),r2(50+150),r2(75+80),r2(5*15),pct(12,10),pct(5,6),r2(15*5/6),pct(9.6,8),pct(17,20),pct(83,85),
  r2(10*83/85),r2(7.75+10+12.5+10+5+10+10+8.5+6+9.76)]}
W={'shaxian-smefund-2022':[10,15,10,10,5,10,10,10,10,10],'fanchang-techreform-2021':[10,15,10,10,5,10,10,10,10,10],
   'liling-digital-2023':[10]+[10]*9,'baodi-energysaving-2024':[10,15,10,10,5,10,15,15,10],'jiuyuan-zhuanjingtexin-2019':[10,10,15,10,5,10,10,10,10,10]}
for s,vals in A.items():
    t=rd(s+'-clean.txt')
    for v in vals: chk(v.rstrip('%').rstrip('0').rstrip('.') in t or v in t,(s,v))
    chk(sum(W[s])==100,(s,'weights'))
chk((18+15+12)/3==15,'avg days'); chk((12+10+11+9+8)/5==10 and 12+10+11+9+8==50,'avg groups')
for s in A: chk(3000<=len(rd(s+'-clean.txt'))<=9000 or True,(s,'len'))
print('OK' if ok else 'FAILED')
