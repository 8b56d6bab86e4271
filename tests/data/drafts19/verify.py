#!/usr/bin/env python3
"""Check the set: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; every value occurs exactly once in its case and never in the
   clean draft; the value overlaps the edited region; each code of errors.md section A (except
   figure_mismatch) is used at least twice, in at least two projects.
2. Edits: the error case differs from the clean draft in one line (one contiguous change of at most
   16 characters), or in two adjacent lines for score-row edits (each change at most 16 characters).
3. Clean drafts (2,500-6,000 characters) are recomputed:
   - generic table checks: 分值/得分 tables (score <= weight, leaf sums = 合计/小计, all weights = 100,
     all scores = stated total), 完成率 and row scores by rules.md section 5, funds tables
     (结余 = 到位 - 执行, 执行率 = 执行 / 全年预算, column sums), units of target and actual;
   - year check: 截至YYYY年12月31日 names the evaluation year, 结转(至)YYYY年 the following year;
   - FACTS below: budgets and two adjustments, sources, uses, balances split into 结转/收回, rates,
     per-capita products, counts, averages, questionnaires, execution score, total and grade band.
     Every token of a fact must occur in the clean text (the last number in the token is used).
4. Every error case must break at least one of these checks (so the injected error is real).
Pure Python 3; prints OK at the end or exits 1 with the list of problems.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAX_EDIT = 16
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch"}

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
# −X in a list of parts = subtract; plain numbers (int/float/str without a token) are constants
FACTS = {
    "liyang-cancerscreen-2021": [
        ("add", ["2,580,000.00元", "186,400.00元"], "2,766,400.00元"),
        ("add", ["2,766,400.00元", "−95,200.00元"], "全年预算为2,671,200.00元"),
        ("mul", ["12,000人", 118], "1,416,000.00元"),
        ("mul", ["12,000人", 97], "1,164,000.00元"),
        ("add", ["宫颈癌检查1,416,000.00元", "乳腺癌检查1,164,000.00元"], "2,580,000.00元"),
        ("add", ["省级补助资金1,200,000.00元", "常州市级补助资金360,000.00元", "溧阳市本级资金1,111,200.00元"],
         "全年预算2,671,200.00元"),
        ("rate", "实际支出2,635,812.40元", "2,671,200.00元", "预算执行率98.68%"),
        ("escore", 10, "2,635,812.40", "2,671,200.00", "| 10 | 98.68% | 9.87 |"),
        ("add", ["宫颈癌检查费1,425,762.00元", "乳腺癌检查费1,129,580.40元", "进一步检查费61,820.00元",
                 "宣传及培训费18,650.00元"], "实际支出2,635,812.40元"),
        ("mul", ["12,186人", "人均117.00元"], "1,425,762.00元"),
        ("mul", ["11,742人", "人均96.20元"], "1,129,580.40元"),
        ("add", ["2,671,200.00元", "−2,635,812.40元"], "未支出资金35,387.60元"),
        ("add", ["结转2022年21,600.00元", "其余13,787.60元"], "未支出资金35,387.60元"),
        ("add", ["宫颈癌检查12,186人", "−12,000"], "多186人"),
        ("add", ["12,186人", "−2020年的11,520人"], "增加666人"),
        ("add", ["12,000", "−乳腺癌检查11,742人"], "少258人"),
        ("add", ["11,742人", "−2020年的11,386人"], "增加356人"),
        ("add", ["宫颈癌检查异常286人", "乳腺癌检查异常142人"], "共428人"),
        ("rate", "已随访419人", "共428人", "随访管理率97.90%"),
        ("add", ["宫颈癌前病变21例", "宫颈癌4例", "乳腺癌9例"], "合计34例"),
        ("rate", "早期病例31例", "合计34例", "早诊率91.18%"),
        ("rate", "答对8题及以上的418人", "抽取500名", "知晓率83.60%"),
        ("add", ["85%", "−83.60%"], "低1.40个百分点"),
        ("rate", "表示满意的561份", "有效问卷580份", "满意度96.72%"),
        ("add", ["9.87分", "| 90 | 89.63 |"], "总分99.50分"),
        ("grade", "总分99.50分", "评价等级为“优”"),
    ],
    "deqing-education-2022": [
        ("add", ["普通高中3所", "职业高中1所", "初中9所", "小学16所", "九年一贯制学校3所", "幼儿园17所",
                 "学生资助管理中心2个"], "所属事业单位51个"),
        ("add", ["局机关1个", "所属事业单位51个"], "共52个"),
        ("add", ["幼儿园9,874人", "小学24,106人", "初中11,052人", "普通高中5,160人", "职业高中2,446人"],
         "在校学生52,638人"),
        ("add", ["在校学生52,638人", "−51,906人"], "增加732人"),
        ("add", ["年初预算1,186,420,300.00元", "38,265,400.00元"], "1,224,685,700.00元"),
        ("add", ["1,224,685,700.00元", "−调减12,846,700.00元"], "全年预算1,211,839,000.00元"),
        ("add", ["全年预算1,211,839,000.00元", "−年初预算1,186,420,300.00元"], "增加25,418,700.00元"),
        ("rate", "增加25,418,700.00元", "年初预算1,186,420,300.00元", "预算调整率2.14%"),
        ("add", ["一般公共预算拨款1,092,386,000.00元", "政府性基金预算拨款45,600,000.00元", "事业收入38,952,000.00元",
                 "其他收入6,214,800.00元", "上年结转28,686,200.00元"], "全年预算1,211,839,000.00元"),
        ("rate", "全年支出1,186,952,418.36元", "全年预算1,211,839,000.00元", "预算执行率97.95%"),
        ("escore", 10, "1,186,952,418.36", "1,211,839,000.00", "预算执行率｜10｜100%｜97.95%｜9.79"),
        ("add", ["基本支出908,849,939.93元", "项目支出278,102,478.43元"], "全年支出1,186,952,418.36元"),
        ("add", ["人员经费812,465,327.18元", "公用经费96,384,612.75元"], "基本支出908,849,939.93元"),
        ("add", ["义务教育生均公用经费补助33,852,600.00元", "学前教育发展专项21,486,500.00元", "学生资助9,864,275.00元",
                 "校舍建设及维修改造156,283,614.28元", "教师培训5,218,460.00元", "其他项目51,397,029.15元"],
         "项目支出278,102,478.43元"),
        ("mul", ["小学24,106人", "小学900元/生·年"], "计21,695,400.00元"),
        ("mul", ["初中11,052人", "初中1,100元/生·年"], "计12,157,200.00元"),
        ("add", ["计21,695,400.00元", "计12,157,200.00元"], "补助33,852,600.00元"),
        ("add", ["全年预算1,211,839,000.00元", "−全年支出1,186,952,418.36元"], "差额为24,886,581.64元"),
        ("rate", "差额为24,886,581.64元", "全年预算1,211,839,000.00元", "结转结余率2.05%"),
        ("add", ["尚未支付的20,156,300.00元", "其余4,730,281.64元"], "差额为24,886,581.64元"),
        ("rate", "实际支出942,357.60元", "预算1,286,000.00元", "为预算的73.28%"),
        ("rate", "入园9,203人", "适龄幼儿9,238人", "入园率99.62%"),
        ("add", ["1,206人次", "1,188人次", "1,192人次"], "共3,586人次"),
        ("avg", ["1,206人次", "1,188人次", "1,192人次"], "平均每期1,195.33人次"),
        ("add", ["共3,586人次", "−3,400人次"], "超过年度目标186人次"),
        ("rate", "在普惠性幼儿园就读的9,390人", "在园幼儿9,874人", "占比95.10%"),
        ("rate", "合格38,859人", "学生40,318人", "合格率96.38%"),
        ("add", ["学生问卷1,500份", "家长问卷2,000份", "教师问卷800份"], "共发放问卷4,300份"),
        ("add", ["学生1,472份", "家长1,942份", "教师763份"], "有效问卷4,177份"),
        ("rate", "学生表示满意的1,419份", "学生1,472份", "满意度96.40%"),
        ("rate", "家长表示满意的1,842份", "家长1,942份", "满意度94.85%"),
        ("rate", "教师表示满意的741份", "教师763份", "满意度97.12%"),
        ("avg", ["满意度96.40%", "满意度94.85%", "满意度97.12%"], "综合满意度96.12%"),
        ("grade", "自评得分98.96分", "评价等级为优"),
    ],
    "yongchun-tekun-2024": [
        ("add", ["集中供养412人", "分散供养1986人"], "特困人员2398人"),
        ("add", ["年初在册2392人", "新纳入87人", "−因死亡减少62人", "−因条件变化退出19人"], "特困人员2398人"),
        ("mul", ["每人每月845元", 1.3], "由每人每月1098.50元"),
        ("mul", ["提高到880元", 1.3], "提高到1144元"),
        ("mul", ["由每人每月1098.50元", 12], "由13182元/人·年"),
        ("mul", ["提高到1144元", 12], "提高到13728元/人·年"),
        ("mul", ["提高到880元", 12], "低保标准10560元/人·年"),
        ("mul", ["低保标准10560元/人·年", "的1.3倍"], "达到13728元/人·年"),
        ("add", ["初预算32400000.00元", "追加1265600.00元"], "调整后预算为33665600.00元"),
        ("add", ["调整后预算为33665600.00元", "−调减382400.00元"], "全年预算33283200.00元"),
        ("add", ["中央困难群众救助补助资金18650000.00元", "省级补助资金6420000.00元", "泉州市级补助资金1800000.00元",
                 "县本级资金6413200.00元"], "全年预算33283200.00元"),
        ("rate", "实际支出32968417.36元", "全年预算33283200.00元", "预算执行率99.05%"),
        ("escore", 10, "32968417.36", "33283200.00", "| 99.05% | 10 | 9.91 |"),
        ("add", ["基本生活费28365776.00元", "照料护理补贴4128960.00元", "丧葬补助310000.00元",
                 "临时生活补助163681.36元"], "实际支出32968417.36元"),
        ("add", ["集中供养5584320.00元", "分散供养22781456.00元"], "基本生活费28365776.00元"),
        ("mul", ["（62人）", "每人5000元"], "丧葬补助310000.00元"),
        ("add", ["全年预算33283200.00元", "−实际支出32968417.36元"], "相比结余314782.64元"),
        ("add", ["中央资金186000.00元", "县本级资金128782.64元"], "相比结余314782.64元"),
        ("rate", "年末集中供养412人", "450人的目标", "完成率91.56%"),
        ("rate", "集中供养94人", "全护理特困人员138人", "集中供养率68.12%"),
        ("rate", "照料服务协议的1613人", "分散供养1986人", "签订率81.22%"),
        ("rate", "护理型床位243张", "床位500张", "占比48.60%"),
        ("rate", "表示满意的449份", "有效问卷465份", "满意度96.56%"),
        ("count", "1986名", 2),
        ("grade", "自评得分95.39分", "评价等级为“优”"),
    ],
    "taixing-civilaffairs-2020": [
        ("add", ["年初预算186452300.00元", "追加困难群众一次性生活补贴和价格临时补贴6218640.00元"], "调整后预算192670940.00元"),
        ("add", ["调整后预算192670940.00元", "−调减3865200.00元"], "全年预算188805740.00元"),
        ("add", ["全年预算188805740.00元", "−年初预算186452300.00元"], "较年初增加2353440.00元"),
        ("rate", "较年初增加2353440.00元", "年初预算186452300.00元", "预算调整率1.26%"),
        ("add", ["一般公共预算拨款121346540.00元", "上级补助收入52618000.00元", "（福利彩票公益金）8460000.00元",
                 "其他收入1215300.00元", "上年结转5165900.00元"], "全年预算188805740.00元"),
        ("rate", "全年实际支出185936482.27元", "全年预算188805740.00元", "预算执行率98.48%"),
        ("escore", 10, "185936482.27", "188805740.00", "预算执行率｜100%｜98.48%｜10｜9.85"),
        ("add", ["基本支出21846235.18元", "项目支出164090247.09元"], "全年实际支出185936482.27元"),
        ("add", ["人员经费18265472.36元", "公用经费3580762.82元"], "基本支出21846235.18元"),
        ("add", ["民政管理事务16284613.42元", "社会福利38615287.51元", "最低生活保障84265318.00元",
                 "特困人员救助供养31472860.00元", "临时救助2856400.00元", "残疾人生活和护理补贴10438260.00元",
                 "其他支出2003743.34元"], "合计185936482.27元"),
        ("add", ["全年预算188805740.00元", "−全年实际支出185936482.27元"], "未支出资金2869257.73元"),
        ("add", ["余款2150000.00元", "结余719257.73元"], "未支出资金2869257.73元"),
        ("rate", "实际支出486300.00元", "预算612000.00元", "控制率79.46%"),
        ("add", ["80—89周岁35126人", "90—99周岁6012人", "100周岁以上130人"], "老人41268人"),
        ("add", ["集中供养1032人", "分散供养1074人"], "特困供养人员2106人"),
        ("mul", ["提高到720元", 12], "达到8640元/人·年"),
        ("add", ["不少于1300人次", "−全年实施临时救助1235人次"], "少65人次"),
        ("add", ["抽查312户", "298户", "305户", "321户"], "共抽查1236户"),
        ("avg", ["抽查312户", "298户", "305户", "321户"], "平均每次309户"),
        ("rate", "护理型床位1846张", "床位3222张", "占比57.29%"),
        ("rate", "满意1123份", "有效问卷1172份", "满意度95.82%"),
        ("grade", "自评得分99.10分", "自评等级为优秀"),
    ],
    "changting-hsaid-2018": [
        ("mul", ["一档2,500元/生·年", 0.5], "分别为1,250元"),
        ("mul", ["二档1,500元/生·年", 0.5], "和750元"),
        ("mul", ["省级达标高中1,600元/生·年", 0.5], "分别补助800元"),
        ("mul", ["其他普通高中1,200元/生·年", 0.5], "和600元"),
        ("mul", ["按2,700人", "每生每年2,000元"], "国家助学金5,400,000.00元"),
        ("mul", ["按1,100人", "每生每年1,200元"], "免学杂费补助1,320,000.00元"),
        ("add", ["国家助学金5,400,000.00元", "免学杂费补助1,320,000.00元"], "初预算6,720,000.00元"),
        ("add", ["初预算6,720,000.00元", "追加245,000.00元"], "调整后预算6,965,000.00元"),
        ("add", ["调整后预算6,965,000.00元", "−调减96,000.00元"], "全年预算6,869,000.00元"),
        ("add", ["国家助学金5,268,000.00元", "免学杂费补助1,601,000.00元"], "全年预算6,869,000.00元"),
        ("add", ["中央资金4,120,000.00元", "省级资金1,648,000.00元", "龙岩市级资金206,000.00元", "县级资金895,000.00元"],
         "全年预算6,869,000.00元"),
        ("rate", "实际支出6,806,200.00元", "全年预算6,869,000.00元", "预算执行率99.09%"),
        ("escore", 10, "6,806,200.00", "6,869,000.00", "| 99.09% | 99.09% | 10 | 9.91 |"),
        ("add", ["一档1,122人", "二档1,584人"], "春季学期资助2,706人"),
        ("add", ["一档1,146人", "二档1,608人"], "秋季学期资助2,754人"),
        ("add", ["春季学期资助2,706人", "秋季学期资助2,754人"], "全年共资助5,460人次"),
        ("dot", [("一档1,122人", "1,250元"), ("二档1,584人", "和750元")], "发放2,590,500.00元"),
        ("dot", [("一档1,146人", "1,250元"), ("二档1,608人", "和750元")], "发放2,638,500.00元"),
        ("add", ["发放2,590,500.00元", "发放2,638,500.00元"], "国家助学金支出5,229,000.00元"),
        ("add", ["达标高中826人", "其他高中202人"], "春季学期补助1,028人"),
        ("add", ["达标高中838人", "其他高中208人"], "秋季学期补助1,046人"),
        ("dot", [("达标高中826人", "分别补助800元"), ("其他高中202人", "和600元")], "补助782,000.00元"),
        ("dot", [("达标高中838人", "分别补助800元"), ("其他高中208人", "和600元")], "补助795,200.00元"),
        ("add", ["补助782,000.00元", "补助795,200.00元"], "免学杂费补助支出1,577,200.00元"),
        ("add", ["春季学期补助1,028人", "秋季学期补助1,046人"], "全年共补助2,074人次"),
        ("add", ["国家助学金支出5,229,000.00元", "免学杂费补助支出1,577,200.00元"], "实际支出6,806,200.00元"),
        ("rate", "国家助学金支出5,229,000.00元", "国家助学金全年预算5,268,000.00元", "执行率99.26%"),
        ("add", ["国家助学金全年预算5,268,000.00元", "−国家助学金支出5,229,000.00元"], "执行率99.26%，结余39,000.00元"),
        ("rate", "免学杂费补助支出1,577,200.00元", "免学杂费补助全年预算1,601,000.00元", "执行率98.51%"),
        ("add", ["免学杂费补助全年预算1,601,000.00元", "−免学杂费补助支出1,577,200.00元"], "结余23,800.00元"),
        ("add", ["中央资金结余39,000.00元", "县级资金结余23,800.00元"], "两项合计结余62,800.00元"),
        ("rate", "认定依据不全4份", "档案1,086份", "差错率0.37%"),
        ("rate", "资助5,460人次", "5,400人次以上", "完成年度目标的101.11%"),
        ("rate", "补助2,074人次", "2,000人次以上", "完成年度目标的103.70%"),
        ("rate", "知晓主要资助政策的677份", "775份有效问卷", "知晓率87.35%"),
        ("rate", "表示满意的744份", "有效问卷775份", "满意度96.00%"),
        ("count", "调减96,000.00元", 2),
        ("grade", "自评得分99.62分", "评价等级为优"),
    ],
    "shengzhou-health-2019": [
        ("add", ["局机关1个", "5个直属事业单位", "18家乡镇卫生院"], "共24个"),
        ("add", ["年初预算612,358,400.00元", "24,816,300.00元"], "调整后预算637,174,700.00元"),
        ("add", ["调整后预算637,174,700.00元", "−调减9,652,100.00元"], "全年预算627,522,600.00元"),
        ("add", ["全年预算627,522,600.00元", "−年初预算612,358,400.00元"], "比年初增加15,164,200.00元"),
        ("rate", "比年初增加15,164,200.00元", "年初预算612,358,400.00元", "预算调整率2.48%"),
        ("add", ["一般公共预算拨款458,264,000.00元", "上级补助收入62,315,000.00元", "事业收入84,650,000.00元",
                 "其他收入3,128,400.00元", "上年结转19,165,200.00元"], "全年预算627,522,600.00元"),
        ("rate", "全年实际支出619,834,276.45元", "全年预算627,522,600.00元", "预算执行率98.77%"),
        ("escore", 10, "619,834,276.45", "627,522,600.00", "预算执行率｜10｜100%｜98.77%｜9.88"),
        ("add", ["基本支出414,033,121.89元", "项目支出205,801,154.56元"], "全年实际支出619,834,276.45元"),
        ("add", ["人员经费352,648,215.37元", "公用经费61,384,906.52元"], "基本支出414,033,121.89元"),
        ("add", ["基本公共卫生服务46,212,835.20元", "家庭医生签约服务8,416,500.00元", "重大公共卫生服务12,683,420.00元",
                 "乡镇卫生院标准化建设23,650,000.00元", "医共体信息化建设9,865,300.00元", "其他项目104,973,099.36元"],
         "项目支出205,801,154.56元"),
        ("mul", ["人均69元/人·年", "服务人口676,800人"], "安排预算46,699,200.00元"),
        ("rate", "全年支出46,212,835.20元", "安排预算46,699,200.00元", "执行率98.96%"),
        ("add", ["安排预算46,699,200.00元", "−全年支出46,212,835.20元"], "剩余486,364.80元"),
        ("add", ["全年预算627,522,600.00元", "−全年实际支出619,834,276.45元"], "差额为7,688,323.55元"),
        ("rate", "差额为7,688,323.55元", "全年预算627,522,600.00元", "结转结余率1.23%"),
        ("add", ["工程款6,120,000.00元", "其余1,568,323.55元"], "差额为7,688,323.55元"),
        ("rate", "实际支出1,032,561.30元", "预算1,286,400.00元", "控制率80.27%"),
        ("rate", "电子健康档案618,336份", "常住人口676,800人", "建档率91.36%"),
        ("rate", "签约135,540人", "重点人群214,530人", "签约率63.18%"),
        ("rate", "规范管理34,021人", "高血压患者58,236人", "规范管理率58.42%"),
        ("rate", "规范管理8,750人", "糖尿病患者15,874人", "规范管理率55.12%"),
        ("rate", "仅1家", "4家乡镇卫生院", "按期完成率25%"),
        ("add", ["90%", "−县域就诊率86.70%"], "比目标低3.30个百分点"),
        ("add", ["95%以上", "−满意度89.56%"], "比目标低5.44个百分点"),
        ("rate", "满意858份", "有效问卷958份", "满意度89.56%"),
        ("rate", "已整改17个", "发现问题20个", "整改率85.00%"),
        ("add", ["发现问题20个", "−已整改17个"], "其余3个"),
        ("grade", "自评得分89.77分", "评价等级为良好"),
    ],
}


# ----------------------------------------------------------------------------- helpers
def D(s):
    return Decimal(str(s))


def last_number(token):
    """Decimal value and decimals of the last number in a token (a % sign is kept as percent units)."""
    if isinstance(token, (int, float)):
        v = D(token)
        return v, max(0, -v.as_tuple().exponent)
    m = list(NUM.finditer(token))
    if not m:
        raise ValueError(f"no number in {token!r}")
    s = m[-1].group().replace(",", "")
    dec = len(s.split(".")[1]) if "." in s else 0
    return D(s), dec


def tol(dec):
    return D("0.5") * (D(10) ** -dec) + D("1e-9")


def q2(x, n=2):
    return x.quantize(D(1).scaleb(-n), ROUND_HALF_UP)


def present(text, token):
    return isinstance(token, (int, float)) or token in text


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = [("优", "优"), ("良", "良"), ("中", "中"), ("一般", "中"), ("合格", "中"), ("差", "差")]


def grade_of(label):
    tail = label.split("等级为")[-1]
    for w, g in GRADE_WORDS:
        if w in tail:
            return g
    return None


# ----------------------------------------------------------------------------- facts
def check_facts(pid, text):
    errs = []
    for fact in FACTS[pid]:
        op = fact[0]
        tokens = []
        if op in ("add", "avg"):
            tokens = [p.lstrip("−") if isinstance(p, str) else p for p in fact[1]] + [fact[2]]
        elif op == "mul":
            tokens = list(fact[1]) + [fact[2]]
        elif op == "dot":
            tokens = [t for pair in fact[1] for t in pair] + [fact[2]]
        elif op == "rate":
            tokens = [fact[1], fact[2], fact[3]]
        elif op == "escore":
            tokens = [fact[2], fact[3], fact[4]]
        elif op == "grade":
            tokens = [fact[1], fact[2]]
        elif op == "count":
            n = text.count(fact[1])
            if n != fact[2]:
                errs.append(f"{pid}: {fact[1]!r} occurs {n} times, expected {fact[2]}")
            continue
        missing = [t for t in tokens if not present(text, t)]
        if missing:
            errs.append(f"{pid}: {op} fact token(s) missing: {missing}")
            continue
        if op == "add":
            tot = D(0)
            for p in fact[1]:
                sign = -1 if isinstance(p, str) and p.startswith("−") else 1
                tot += sign * last_number(p.lstrip("−") if isinstance(p, str) else p)[0]
            want, dec = last_number(fact[2])
            if abs(tot - want) > tol(dec):
                errs.append(f"{pid}: sum {fact[1]} = {tot}, stated {fact[2]}")
        elif op == "avg":
            vals = [last_number(p)[0] for p in fact[1]]
            avg = sum(vals) / len(vals)
            want, dec = last_number(fact[2])
            if abs(avg - want) > tol(dec):
                errs.append(f"{pid}: average {fact[1]} = {avg}, stated {fact[2]}")
        elif op == "mul":
            prod = D(1)
            for p in fact[1]:
                prod *= last_number(p)[0]
            want, dec = last_number(fact[2])
            if abs(prod - want) > tol(dec):
                errs.append(f"{pid}: product {fact[1]} = {prod}, stated {fact[2]}")
        elif op == "dot":
            tot = sum(last_number(a)[0] * last_number(b)[0] for a, b in fact[1])
            want, dec = last_number(fact[2])
            if abs(tot - want) > tol(dec):
                errs.append(f"{pid}: {fact[1]} = {tot}, stated {fact[2]}")
        elif op == "rate":
            num, den = last_number(fact[1])[0], last_number(fact[2])[0]
            want, dec = last_number(fact[3])
            r = num / den * 100
            if abs(r - want) > tol(dec):
                errs.append(f"{pid}: rate {fact[1]} / {fact[2]} = {r:.4f}%, stated {fact[3]}")
            if ("执行率" in fact[3] or "到位率" in fact[3] or "满意度" in fact[3]) and want > 100:
                errs.append(f"{pid}: implausible rate {fact[3]}")
        elif op == "escore":
            w = D(fact[1])
            r = last_number(fact[2])[0] / last_number(fact[3])[0]
            want, dec = last_number(fact[4])
            exp = w * min(r, D(1))
            if abs(exp - want) > tol(dec):
                errs.append(f"{pid}: execution score {w} × {r:.6f} = {exp:.4f}, stated {fact[4]}")
        elif op == "grade":
            total, _ = last_number(fact[1])
            g = grade_of(fact[2])
            if g != band(total):
                errs.append(f"{pid}: grade {fact[2]!r} but total {total} is in band {band(total)}")
    return errs


# ----------------------------------------------------------------------------- tables
def table_blocks(text):
    """Contiguous runs of table lines, each a list of (line_no, cells)."""
    blocks, cur = [], []
    for no, line in enumerate(text.split("\n")):
        if "｜" in line or line.strip().startswith("|"):
            if re.fullmatch(r"\s*\|?\s*(-+\s*\|\s*)+-*\s*\|?\s*", line):
                continue
            if "｜" in line:
                cells = [c.strip() for c in line.split("｜")]
            else:
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 4:
                cur.append((no, cells))
                continue
        if cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def col(header, *keys, exclude=()):
    for i, h in enumerate(header):
        if any(k in h for k in keys) and not any(x in h for x in exclude):
            return i
    return None


VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(%|人次|人|元/生·年|元/人·年|元/人·月|元|家|个|份)?$")


def parse_val(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq", None: "eq"}[sign]
    v = D(num.replace(",", ""))
    dec = len(num.split(".")[1]) if "." in num else 0
    return d, v, unit or "", dec


def num_or_none(s):
    s = s.strip()
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?%?", s):
        t = s.rstrip("%").replace(",", "")
        return D(t), (len(t.split(".")[1]) if "." in t else 0)
    return None


def check_tables(pid, text):
    errs = []
    all_w, all_s = D(0), D(0)
    n_score_tables = 0
    for block in table_blocks(text):
        header = block[0][1]
        rows = block[1:]
        iw, isc = col(header, "分值"), col(header, "得分")
        itg, iac, icr = col(header, "年度指标值"), col(header, "实际完成值"), col(header, "完成率")
        # funds table: budget / received / spent / balance / rate columns
        ib = col(header, "全年预算")
        isp = col(header, "执行", exclude=("执行率",))
        ir = col(header, "执行率")
        irc = col(header, "到位")
        ibal = col(header, "结余", exclude=("处理",))
        if ib is not None and isp is not None:
            sums = {}
            total_row = None
            for no, c in rows:
                b, s = num_or_none(c[ib]), num_or_none(c[isp])
                if b is None or s is None:
                    continue
                if "合计" in c[0] or "年度资金总额" in c[0]:
                    total_row = (no, c)
                elif not c[0].startswith("其中"):
                    for k in (ib, isp, irc, ibal):
                        if k is not None and num_or_none(c[k]) is not None:
                            sums[k] = sums.get(k, D(0)) + num_or_none(c[k])[0]
                if ir is not None and num_or_none(c[ir]) is not None and b[0] > 0:
                    want, dec = num_or_none(c[ir])
                    r = s[0] / b[0] * 100
                    if abs(r - want) > tol(dec):
                        errs.append(f"{pid}: line {no + 1}: 执行率 {c[ir]} but {s[0]}/{b[0]} = {r:.4f}%")
                    if want > 100:
                        errs.append(f"{pid}: line {no + 1}: implausible 执行率 {c[ir]}")
                if ibal is not None and num_or_none(c[ibal]) is not None:
                    base = num_or_none(c[irc])[0] if irc is not None and num_or_none(c[irc]) else b[0]
                    if base - s[0] != num_or_none(c[ibal])[0]:
                        errs.append(f"{pid}: line {no + 1}: 结余 {c[ibal]} ≠ {base} − {s[0]}")
            if total_row is not None and "合计" in total_row[1][0]:
                for k, v in sums.items():
                    t = num_or_none(total_row[1][k])
                    if t is not None and t[0] != v:
                        errs.append(f"{pid}: line {total_row[0] + 1}: column {header[k]} total {t[0]} ≠ sum {v}")
        if iw is None or isc is None:
            continue
        n_score_tables += 1
        leaf_w, leaf_s = D(0), D(0)
        by_level1 = {}
        for no, c in rows:
            name = c[0]
            w, s = num_or_none(c[iw]), num_or_none(c[isc])
            if "合计" in name or "总分" in name:
                if w is not None and w[0] != leaf_w:
                    errs.append(f"{pid}: line {no + 1}: weights add to {leaf_w}, 合计 says {w[0]}")
                if s is not None and abs(s[0] - leaf_s) > D("0.001"):
                    errs.append(f"{pid}: line {no + 1}: scores add to {leaf_s}, 合计 says {s[0]}")
                continue
            if "小计" in name:
                lvl = name.replace("小计", "")
                got = by_level1.get(lvl, (D(0), D(0)))
                if w is not None and w[0] != got[0]:
                    errs.append(f"{pid}: line {no + 1}: {lvl} weights add to {got[0]}, 小计 says {w[0]}")
                if s is not None and abs(s[0] - got[1]) > D("0.001"):
                    errs.append(f"{pid}: line {no + 1}: {lvl} scores add to {got[1]}, 小计 says {s[0]}")
                continue
            if w is None or s is None:
                continue
            leaf_w += w[0]
            leaf_s += s[0]
            a, b = by_level1.get(name, (D(0), D(0)))
            by_level1[name] = (a + w[0], b + s[0])
            if s[0] > w[0] or s[0] < 0:
                errs.append(f"{pid}: line {no + 1}: score {s[0]} outside [0, {w[0]}]")
            # target / actual / completion / score rule
            if itg is None or iac is None:
                continue
            t, a_ = parse_val(c[itg]), parse_val(c[iac])
            if t is None or a_ is None:
                if (t is None) != (a_ is None) and not re.search(r"年|月|日", c[itg] + c[iac]):
                    errs.append(f"{pid}: line {no + 1}: target {c[itg]!r} and actual {c[iac]!r} not comparable")
                continue
            if t[2] != a_[2]:
                errs.append(f"{pid}: line {no + 1}: unit of target {c[itg]!r} differs from actual {c[iac]!r}")
                continue
            direction, T, A = t[0], t[1], a_[1]
            is_exec = "预算执行率" in " ".join(c)
            if direction == "lte":
                comp = D(100) if A <= T else T / A * 100
            elif T == 0:
                comp = D(100) if A <= 0 else D(0)
            else:
                comp = A / T * 100
            if icr is not None:
                cr = num_or_none(c[icr])
                if cr is not None and abs(comp - cr[0]) > tol(cr[1]):
                    errs.append(f"{pid}: line {no + 1}: 完成率 {c[icr]} but computed {comp:.4f}%")
            # score rule (execution: weight × min(rate, 100%); others proportional when unmet, lte (a))
            exp = w[0] * min(comp, D(100)) / 100
            alt = exp
            if icr is not None and num_or_none(c[icr]) is not None:
                alt = w[0] * min(num_or_none(c[icr])[0], D(100)) / 100
            if abs(exp - s[0]) > tol(s[1]) and abs(alt - s[0]) > tol(s[1]):
                kind = "execution" if is_exec else direction
                errs.append(f"{pid}: line {no + 1}: score {s[0]} but rule ({kind}) gives {q2(exp)}")
        all_w += leaf_w
        all_s += leaf_s
    if n_score_tables:
        if all_w != 100:
            errs.append(f"{pid}: all weights add to {all_w}, not 100")
        totals = [f for f in FACTS[pid] if f[0] == "grade"]
        if totals:
            total, _ = last_number(totals[0][1])
            if abs(total - all_s) > D("0.001"):
                errs.append(f"{pid}: row scores add to {all_s}, stated total {total}")
    return errs


def check_years(pid, text):
    errs = []
    m = re.search(r"(20\d\d)年度", text)
    year = int(m.group(1))
    for m in re.finditer(r"截至(20\d\d)年12月31日", text):
        if int(m.group(1)) != year:
            errs.append(f"{pid}: {m.group()} in a {year} report")
    for m in re.finditer(r"结转(?:至)?(20\d\d)年", text):
        if int(m.group(1)) != year + 1:
            errs.append(f"{pid}: {m.group()} in a {year} report")
    for m in re.finditer(r"(20\d\d)年(\d{1,2})月", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if y > year + 1 or y < year - 1:
            errs.append(f"{pid}: date {m.group()} far from {year}")
    return errs


def all_checks(pid, text):
    return check_facts(pid, text) + check_tables(pid, text) + check_years(pid, text)


# ----------------------------------------------------------------------------- edits and labels
def diff_lines(a, b):
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    out = []
    pos = 0
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            p = 0
            while p < min(len(x), len(y)) and x[p] == y[p]:
                p += 1
            s = 0
            while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
                s += 1
            out.append((i, pos + p, x[p:len(x) - s], y[p:len(y) - s]))
        pos += len(y) + 1
    return out


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean[rec["source"]] = fh.read()
    if sorted(clean) != sorted(FACTS):
        problems.append(f"clean drafts {sorted(clean)} do not match FACTS {sorted(FACTS)}")

    # clean drafts
    for pid, text in clean.items():
        n = len(text)
        if not 2500 <= n <= 6000:
            problems.append(f"{pid}: clean draft has {n} characters")
        problems += all_checks(pid, text)

    # error cases
    code_use = {}
    for rec in labels:
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            continue
        pid = rec["source"]
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected {len(rec['expected'])} labels, want exactly 1")
        exp = rec["expected"][0]
        code_use.setdefault(exp["code"], set()).add(pid)
        code_use.setdefault("_n_" + exp["code"], set()).add(rec["case"])
        if exp["severity"] != "error":
            problems.append(f"{rec['case']}: severity {exp['severity']}")
        v = exp["value"]
        if text.count(v) != 1:
            problems.append(f"{rec['case']}: value occurs {text.count(v)} times in the case: {v!r}")
        if clean[pid].count(v) != 0:
            problems.append(f"{rec['case']}: value occurs in the clean draft: {v!r}")
        d = diff_lines(clean[pid], text)
        if d is None:
            problems.append(f"{rec['case']}: line count differs from the clean draft")
            continue
        if not d:
            problems.append(f"{rec['case']}: identical to the clean draft")
            continue
        if len(d) > 2 or (len(d) == 2 and (exp["code"] not in SCORE_CODES or d[1][0] - d[0][0] != 1)):
            problems.append(f"{rec['case']}: edits on lines {[x[0] + 1 for x in d]} (one line, or two adjacent "
                            f"score rows)")
        for line, start, old, new in d:
            size = max(len(old), len(new))
            if size > MAX_EDIT:
                problems.append(f"{rec['case']}: edit on line {line + 1} changes {size} characters: {old!r} -> {new!r}")
        vs = text.find(v)
        ve = vs + len(v)
        if not any(vs <= start + max(len(new), 1) - 1 and start < ve + 0 for _, start, _, new in d):
            problems.append(f"{rec['case']}: the value does not overlap the edit")
        if not all_checks(pid, text):
            problems.append(f"{rec['case']}: the injected error breaks none of the checks")

    for code in CODES_A:
        n = len(code_use.get("_n_" + code, ()))
        projects = len(code_use.get(code, ()))
        if n < 2 or projects < 2:
            problems.append(f"code {code}: {n} cases in {projects} projects (want at least 2 and 2)")

    n_cases = len(labels)
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    counts = {c: len(code_use.get("_n_" + c, ())) for c in CODES_A}
    print(f"{n_cases} cases ({len(clean)} clean); codes: " + ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
