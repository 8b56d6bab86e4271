import json, os
D=os.path.dirname(os.path.abspath(__file__)); C=os.path.join(D,'cases')
E={
'shaxian-smefund-2022':[
 ('rate_mismatch','预算执行率为95.00%','预算执行率为96.00%','预算执行率为96.00%','361.00/380.00=95.00%'),
 ('sum_mismatch','当年财政拨款\t300.00\t350.00','当年财政拨款\t300.00\t340.00','当年财政拨款\t300.00\t340.00','340+30≠380'),
 ('score_sum_mismatch','186家次\t10\t9.30','186家次\t10\t9.80','186家次\t10\t9.80','rows now sum 98.30, total 97.80'),
 ('grade_mismatch','评价等级为“优”','评价等级为“良”','评价等级为“良”','97.80 is 优'),
 ('unit_mismatch','≤50万元\t48万元','≤50万元\t96%','≤50万元\t96%','target 万元, actual %'),
 ('year_mismatch','结转至2023年','结转至2022年','结转至2022年','carry-over into the evaluation year 2022')],
'fanchang-techreform-2021':[
 ('balance_mismatch','结余资金25.20万元','结余资金26.20万元','结余资金26.20万元','1260.00-1234.80=25.20'),
 ('score_exceeds_weight','96%\n\t106.67%\n\t10\n\t10','96%\n\t106.67%\n\t10\n\t10.5','10.5','score 10.5 > weight 10 (also total)'),
 ('weight_sum_mismatch','8.6亿元\n\t107.50%\n\t10\n','8.6亿元\n\t107.50%\n\t15\n','\t15\n\t10\n\n\t\n\t经济效益\n\t受奖补','weights now 105'),
 ('average_mismatch','平均用时15天','平均用时14天','平均用时14天','(18+15+12)/3=15'),
 ('conflicting_values','受奖补企业全年完成技改投资8.6亿元','受奖补企业全年完成技改投资6.8亿元','技改投资6.8亿元','table 8.6亿元'),
 ('completion_mismatch','118.18%','108.18%','108.18%','26/22=118.18%')],
'liling-digital-2023':[
 ('implausible_rate','平均在线率98.6%','平均在线率986%','986%','rate over 100%'),
 ('rate_mismatch','｜92.20%｜9.22','｜92.02%｜9.22','92.02%','276.60/300.00=92.20%'),
 ('grade_mismatch','等级为“良”','等级为“优”','等级为“优”','89.25 is 良'),
 ('sum_mismatch','数字化车间改造补助95.00万元','数字化车间改造补助90.00万元','数字化车间改造补助90.00万元','120+85+90≠300'),
 ('year_mismatch','截至2023年12月31日','截至2022年12月31日','截至2022年12月31日','evaluation year 2023'),
 ('completion_mismatch','108.67%','106.87%','106.87%','163/150=108.67%')],
'baodi-energysaving-2024':[
 ('score_sum_mismatch','96%\t10\t10','96%\t10\t9','96%\t10\t9','rows now sum 95.53, total 96.53'),
 ('weight_sum_mismatch','2024年11月28日\t5\t5','2024年11月28日\t8\t5','2024年11月28日\t8','weights now 103'),
 ('unit_mismatch','2024年11月30日前\t2024年11月28日','2024年11月30日前\t100%','2024年11月30日前\t100%','date target, % actual'),
 ('conflicting_values','实现节能量1.05万吨','实现节能量1.50万吨','节能量1.50万吨','table 1.05'),
 ('balance_mismatch','42.30\t2.70','42.30\t2.07','42.30\t2.07','45.00-42.30=2.70'),
 ('average_mismatch','平均每组10家','平均每组11家','平均每组11家','50/5=10')],
'jiuyuan-zhuanjingtexin-2019':[
 ('score_exceeds_weight','| 5 | 5 |','| 5 | 6 |','| 5 | 6 |','score 6 > weight 5 (also total)'),
 ('implausible_rate','整改率92%','整改率192%','整改率192%','rate over 100%'),
 ('completion_mismatch','| 83.33% |','| 88.33% |','88.33%','5/6=83.33%'),
 ('conflicting_values','营业收入增长率9.6%','营业收入增长率6.9%','增长率6.9%','table 9.6%'),
 ('unit_mismatch','认定奖励资金75.00万元','认定奖励资金750000万元','750000万元','元 figure labelled 万元'),
 ('rate_mismatch','| 77.50% |','| 75.50% |','75.50%','155.00/200.00=77.50%')]}
EXTRA={('fanchang-techreform-2021',2):('score_sum_mismatch','10.5','rows sum 99.50, total 99.00'),
       ('jiuyuan-zhuanjingtexin-2019',1):('score_sum_mismatch','| 5 | 6 |','rows sum 90.51, total 89.51')}
L=[]
for src,eds in E.items():
    clean=open(os.path.join(C,src+'-clean.txt'),encoding='utf-8').read()
    L.append({'case':src+'-clean.txt','source':src,'clean':True,'expected':[]})
    for i,(code,old,new,val,ex) in enumerate(eds,1):
        assert clean.count(old)==1,(src,i,old,clean.count(old))
        t=clean.replace(old,new,1); n=f'{src}-e{i}.txt'
        open(os.path.join(C,n),'w',encoding='utf-8').write(t)
        exp=[{'code':code,'severity':'error','value':val,'explanation':ex}]
        if (src,i) in EXTRA:
            c,v,x=EXTRA[(src,i)]; exp.append({'code':c,'severity':'error','value':v,'explanation':x})
        L.append({'case':n,'source':src,'clean':False,'expected':exp})
open(os.path.join(D,'labels.jsonl'),'w',encoding='utf-8').write(''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in L))
print('built',len(L))
