import json, os
C='cases'
# (source, n, code, old, new, value_spec, explanation)
# value_spec: string (exact value) or ('span', start_str, end_str): from start_str to end of end_str in case text
E=[
('xiapu-meteowarning-2019',1,'rate_mismatch','83.72｜10｜96.79%','83.72｜10｜97.69%','年度资金总额｜80.00｜86.50｜83.72｜10｜97.69%','83.72/86.50 = 96.79%, stated 97.69%'),
('xiapu-meteowarning-2019',2,'score_sum_mismatch','96.5%｜10｜9.85','96.5%｜10｜9.58',('span','9.58｜台风','100｜99.53'),'row scores now sum to 99.26 (设备运行正常率 9.58), stated total 99.53'),
('xiapu-meteowarning-2019',3,'completion_mismatch','完成率98.47%','完成率98.74%','完成率98.74%','96.5%/98% = 98.47%, stated 98.74%'),
('xiapu-meteowarning-2019',4,'year_mismatch','结转至2020年','结转至2019年','结转至2019年','2019 report: unspent money cannot be carried over into 2019 itself (should be 2020)'),
('sheyang-aquatailwater-2022',1,'sum_mismatch','县级配套100.00万元','县级配套110.00万元','650.00万元，其中中央资金300.00万元、省级资金250.00万元、县级配套110.00万元','300.00 + 250.00 + 110.00 = 660.00, stated total 650.00'),
('sheyang-aquatailwater-2022',2,'weight_sum_mismatch','620户\t15\t15','620户\t20\t15',('span','20\t15\n满意度','\t100'),'weights now total 105 (带动养殖户 weight 20 instead of 15)'),
('sheyang-aquatailwater-2022',3,'grade_mismatch','评价等级为优','评价等级为良','评价等级为良','score 98.71 is in the 优 band (>= 90)'),
('sheyang-aquatailwater-2022',4,'implausible_rate','覆盖率达到96.3%','覆盖率达到106.3%','覆盖率达到106.3%','a coverage rate cannot exceed 100%'),
('fucheng-communityrehab-2021',1,'balance_mismatch','年末结余6.65万元','年末结余5.65万元','结余5.65万元','156.00 - 149.35 = 6.65, stated 5.65'),
('fucheng-communityrehab-2021',2,'score_exceeds_weight','| 52场 | 10 | 10 |','| 52场 | 10 | 10.5 |','52场 | 10 | 10.5','score 10.5 above weight 10 (rows sum 98.37, still rounds to the stated 98)'),
('fucheng-communityrehab-2021',3,'average_mismatch','人均3.80万元','人均3.08万元','人均3.08万元','98.80 / 26 = 3.80, stated 3.08'),
('fucheng-communityrehab-2021',4,'conflicting_values','康复人员214人','康复人员241人','纳管社区戒毒社区康复人员241人','text says 241 persons, table says 214'),
('jiahe-villageplanning-2023',1,'rate_mismatch','预算执行率92.00%','预算执行率93.00%','预算执行率93.00%','1,987,200.00 / 2,160,000.00 = 92.00%, stated 93.00%'),
('jiahe-villageplanning-2023',2,'sum_mismatch','县级配套资金960,000.00元','县级配套资金690,000.00元','2,160,000.00元，其中省级专项资金1,200,000.00元、县级配套资金690,000.00元','1,200,000.00 + 690,000.00 = 1,890,000.00, stated 2,160,000.00'),
('jiahe-villageplanning-2023',3,'average_mismatch','平均每村55,200.00元','平均每村52,200.00元','平均每村52,200.00元','1,987,200.00 / 36 = 55,200.00, stated 52,200.00'),
('jiahe-villageplanning-2023',4,'grade_mismatch','92.20分，等级为优','92.20分，等级为良','等级为良','score 92.20 is in the 优 band (>= 90)'),
('qinan-ruralbus-2020',1,'balance_mismatch','年末结余13.36万元','年末结余13.63万元','结余13.63万元','398.60 - 385.24 = 13.36, stated 13.63'),
('qinan-ruralbus-2020',2,'weight_sum_mismatch','104.00%    15     15','104.00%    20     15',('span','20     15\n产出指标    班线','合计                                                                                      100'),'weights now total 105 (补贴农村客运车辆 weight 20 instead of 15)'),
('qinan-ruralbus-2020',3,'completion_mismatch','87.3%               97.00%','87.3%               96.00%','96.00%','87.3% / 90% = 97.00%, stated 96.00%'),
('qinan-ruralbus-2020',4,'unit_mismatch','2.47万元  ','2.47%    ','2.47%','target ≤2.60万元 is an amount, actual given as a percentage'),
('tiandong-plantquarantine-2024',1,'score_sum_mismatch','1080万元｜15｜13.50','1080万元｜15｜11.50',('span','11.50','100｜98'),'row scores now sum to 95.90 (挽回农作物损失 11.50), stated total 98'),
('tiandong-plantquarantine-2024',2,'score_exceeds_weight','94%｜10｜10\n','94%｜10｜10.5\n','94%｜10｜10.5','score 10.5 above weight 10 (rows sum 98.40, still rounds to the stated 98)'),
('tiandong-plantquarantine-2024',3,'conflicting_values','检疫证书856批次','检疫证书865批次','签发调运检疫证书865批次','text says 865 batches, table says 856'),
('tiandong-plantquarantine-2024',4,'implausible_rate','其他资金｜0.00｜0.00｜0.00｜—｜—','其他资金｜0.00｜0.00｜0.00｜—｜100%','其他资金｜0.00｜0.00｜0.00｜—｜100%','execution rate 100% on a zero budget (0.00)'),
]
srcs=[]
for e in E:
    if e[0] not in srcs: srcs.append(e[0])
lines=[]; ok=True
for s in srcs:
    clean=open(f'{C}/{s}-clean.txt').read()
    lines.append({"case":f"{s}-clean.txt","source":s,"clean":True,"expected":[]})
    for src,n,code,old,new,vs,expl in [e for e in E if e[0]==s]:
        assert clean.count(old)==1,(s,n,old,clean.count(old))
        t=clean.replace(old,new)
        if isinstance(vs,tuple):
            a=t.index(vs[1]); b=t.index(vs[2],a)+len(vs[2]); v=t[a:b]
        else: v=vs
        # checks
        i=0
        while i<min(len(t),len(clean)) and t[i]==clean[i]: i+=1
        j=0
        while j<min(len(t),len(clean))-i and t[-1-j]==clean[-1-j]: j+=1
        d_old=clean[i:len(clean)-j]; d_new=t[i:len(t)-j]
        prob=[]
        if max(len(d_old),len(d_new))>16: prob.append('edit too long')
        if '\n' in d_old+d_new: prob.append('edit spans lines')
        if t.count(v)!=1: prob.append(f'value count {t.count(v)}')
        if v in clean: prob.append('value in clean')
        if not (t.index(v)<=i+len(d_new) and t.index(v)+len(v)>=i): prob.append('value does not cover edit')
        print(s,n,code,repr(d_old),'->',repr(d_new),prob or 'OK'); ok&= not prob
        open(f'{C}/{s}-e{n}.txt','w').write(t)
        lines.append({"case":f"{s}-e{n}.txt","source":s,"clean":False,"expected":[{"code":code,"severity":"error","value":v,"explanation":expl}]})
with open('labels.jsonl','w') as f:
    for l in lines: f.write(json.dumps(l,ensure_ascii=False)+'\n')
from collections import Counter
print(Counter(e[2] for e in E), len(E), 'ALL OK' if ok else 'PROBLEMS')
