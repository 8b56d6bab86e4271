"""Spoken and written amounts in the chat: each one is read exactly or asked back, none silently wrong.

The table below holds realistic chat lines with what the parser reads (kind, value, flags) and what the
conversation does with them at a given step, against known figures 全年预算数 85 万元:

    line | step | parsed | outcome

* ``parsed``: ``<kind> <value> [flags]`` for the first amount in the line (``-`` when its value cannot
  be read, ``none`` when the line holds no number). Flags: approx, share, neg, range, unclear, change,
  over_100, grouping. An amount is asked back exactly when it has a flag or is bare.
* ``outcome``: ``path=value`` recorded exactly; ``?path=value`` asked back with that value to confirm;
  ``?`` said back as a question without a value; ``.`` neither (free text, counts, dates).
"""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chains.conversation.amounts import Amount, parse_amounts
from chains.conversation.chat import answer, new_chat
from chains.conversation.extract import extract_figures

KNOWN = {"year": 2024, "budget": {"annual": 85}}
FLAGS = {"approx", "share", "neg", "range", "unclear", "change", "over_100", "grouping"}

TABLE = """
# budget step: read exactly
预算是85万 | budget | money 85 | budget.annual=85
预算85万元 | budget | money 85 | budget.annual=85
全年预算85万 | budget | money 85 | budget.annual=85
今年批复了85万 | budget | money 85 | budget.annual=85
批复预算八十五万元 | budget | money 85 | budget.annual=85
项目预算一百三十九万元 | budget | money 139 | budget.annual=139
预算壹佰叁拾玖万元整 | budget | money 139 | budget.annual=139
预算１３９万元 | budget | money 139 | budget.annual=139
预算是１３９万 | budget | money 139 | budget.annual=139
预算1234.56 万元 | budget | money 1234.56 | budget.annual=1234.56
预算1234.56万元 | budget | money 1234.56 | budget.annual=1234.56
预算两百万 | budget | money 200 | budget.annual=200
预算二百万 | budget | money 200 | budget.annual=200
预算两千万 | budget | money 2000 | budget.annual=2000
总投资0.5亿 | budget | money 5000 | budget.annual=5000
总投资1.2亿元 | budget | money 12000 | budget.annual=12000
项目总投资一点二亿 | budget | money 12000 | budget.annual=12000
预算一亿二 | budget | money 12000 | budget.annual=12000
预算1亿2千万 | budget | money 12000 | budget.annual=12000
预算1,234,500元 | budget | money 123.45 | budget.annual=123.45
预算是1,390,000元 | budget | money 139 | budget.annual=139
预算一百二十三万四千五 | budget | money 123.45 | budget.annual=123.45
预算一百二十三万四千五百元 | budget | money 123.45 | budget.annual=123.45
预算七十九万六 | budget | money 79.6 | budget.annual=79.6
预算79万6 | budget | money 79.6 | budget.annual=79.6
预算79万6千 | budget | money 79.6 | budget.annual=79.6
预算79万6000元 | budget | money 79.6 | budget.annual=79.6
预算七十九万六千元 | budget | money 79.6 | budget.annual=79.6
预算七十九点六万 | budget | money 79.6 | budget.annual=79.6
预算79.6万 | budget | money 79.6 | budget.annual=79.6
预算79.6w | budget | money 79.6 | budget.annual=79.6
预算80w | budget | money 80 | budget.annual=80
预算八十万零五百元 | budget | money 80.05 | budget.annual=80.05
预算十万零五百元 | budget | money 10.05 | budget.annual=10.05
预算三千五百元 | budget | money 0.35 | budget.annual=0.35
预算3500元 | budget | money 0.35 | budget.annual=0.35
预算3千5百元 | budget | money 0.35 | budget.annual=0.35
预算三千五百块 | budget | money 0.35 | budget.annual=0.35
预算5万块 | budget | money 5 | budget.annual=5
预算一万二 | budget | money 1.2 | budget.annual=1.2
预算十二万 | budget | money 12 | budget.annual=12
预算十万 | budget | money 10 | budget.annual=10
预算二十万五 | budget | money 20.5 | budget.annual=20.5
预算二十万零五 | budget | money 20.0005 | budget.annual=20.0005
预算一百零五万 | budget | money 105 | budget.annual=105
预算一百五十万 | budget | money 150 | budget.annual=150
预算一百五万 | budget | money - unclear | ?
预算￥1,234,500 | budget | money 123.45 | budget.annual=123.45
预算¥850000 | budget | money 85 | budget.annual=85
预算850000元 | budget | money 85 | budget.annual=85
预算85.00万元 | budget | money 85 | budget.annual=85
预算８５．５万元 | budget | money 85.5 | budget.annual=85.5
预算85万元整 | budget | money 85 | budget.annual=85
预算人民币捌拾伍万元整 | budget | money 85 | budget.annual=85
预算 85 万元 | budget | money 85 | budget.annual=85
85万 | budget | money 85 | budget.annual=85
八十五万 | budget | money 85 | budget.annual=85
85万元 | budget | money 85 | budget.annual=85
是85万 | budget | money 85 | budget.annual=85
一共85万 | budget | money 85 | budget.annual=85
调整后预算139万 | budget | money 139 | budget.annual=139
年初预算120万，调整后139万 | budget | money 120 | budget.initial=120 budget.annual=139
年初安排一百二十万，后来调到一百三十九万 | budget | money 120 | budget.initial=120 budget.annual=139
预算85万，到位80万，支出79.6万 | budget | money 85 | budget.annual=85 budget.received=80 budget.spent=79.6
预算85万到位80万支出79.6万 | budget | money 85 | budget.annual=85 budget.received=80 budget.spent=79.6
预算85万，实际到位八十万，花了七十九万六 | budget | money 85 | budget.annual=85 budget.received=80 budget.spent=79.6
预算是八十五万块钱 | budget | money 85 | budget.annual=85
经费85万 | budget | money 85 | budget.annual=85
资金总额八十五万元 | budget | money 85 | budget.annual=85
项目资金85万元，全部到位 | budget | money 85 | budget.annual=85
# budget step: asked back
预算大概85万 | budget | money 85 approx | ?budget.annual=85
预算约85万 | budget | money 85 approx | ?budget.annual=85
预算85万左右 | budget | money 85 approx | ?budget.annual=85
预算将近90万 | budget | money 90 approx | ?budget.annual=90
预算八十万出头 | budget | money 80 approx | ?budget.annual=80
预算八十多万 | budget | money 80 approx | ?budget.annual=80
预算80多万 | budget | money 80 approx | ?budget.annual=80
预算八十来万 | budget | money 80 approx | ?budget.annual=80
预算差不多85万 | budget | money 85 approx | ?budget.annual=85
预算大约一百三十九万 | budget | money 139 approx | ?budget.annual=139
预算接近一百万 | budget | money 100 approx | ?budget.annual=100
预算估计85万 | budget | money 85 approx | ?budget.annual=85
预算不到90万 | budget | money 90 approx | ?budget.annual=90
预算超过80万 | budget | money 80 approx | ?budget.annual=80
预算85万上下 | budget | money 85 approx | ?budget.annual=85
预算八十几万 | budget | money - unclear approx | ?
预算十几万 | budget | money - unclear approx | ?
预算几十万 | budget | money - unclear approx | ?
预算七八十万 | budget | money - range approx | ?
预算70到80万 | budget | money - range approx | ?
预算70-80万 | budget | money - range approx | ?
预算70万-80万 | budget | money - range approx | ?
预算70~80万 | budget | money - range approx | ?
预算79万65 | budget | money - unclear | ?
预算1,2345元 | budget | money - grouping | ?
预算-85万 | budget | money -85 neg | ?budget.annual=85
预算负八十五万 | budget | money -85 neg | ?budget.annual=85
预算－85万元 | budget | money -85 neg | ?budget.annual=85
预算调减了10万 | budget | money 10 change | ?
预算追加了20万 | budget | money 20 change | ?
预算比去年增加15万 | budget | money 15 change | ?
139 | budget | bare 139 | ?budget.annual=139
一百三十九 | budget | bare 139 | ?budget.annual=139
预算139 | budget | bare 139 | ?budget.annual=139
1390000 | budget | bare 1390000 | ?budget.annual=139
预算1,390,000 | budget | bare 1390000 | ?budget.annual=139
预算大概139 | budget | bare 139 approx | ?budget.annual=139
# received step
到位80万 | received | money 80 | budget.received=80
实际到位八十万元 | received | money 80 | budget.received=80
到位资金80万元 | received | money 80 | budget.received=80
资金到位了80万 | received | money 80 | budget.received=80
财政拨付80万 | received | money 80 | budget.received=80
3月到账80万 | received | money 80 | budget.received=80
上级下达资金八十万 | received | money 80 | budget.received=80
收到八十万 | received | money 80 | budget.received=80
到位七十九万六 | received | money 79.6 | budget.received=79.6
到位79万6 | received | money 79.6 | budget.received=79.6
79万6月到位 | received | money 79 | budget.received=79
6月到位79万 | received | money 79 | budget.received=79
到位79万，6月份到的 | received | money 79 | budget.received=79
2024年3月到位80万 | received | money 80 | budget.received=80
80万 | received | money 80 | budget.received=80
八十万 | received | money 80 | budget.received=80
到位800000元 | received | money 80 | budget.received=80
到位捌拾万元整 | received | money 80 | budget.received=80
到位８０万 | received | money 80 | budget.received=80
到位资金八成 | received | percent 80 share | ?budget.received=68
到位了八成 | received | percent 80 share | ?budget.received=68
八成 | received | percent 80 share | ?budget.received=68
到位九成五 | received | percent 95 share | ?budget.received=80.75
到位资金九成 | received | percent 90 share | ?budget.received=76.5
到位七成半 | received | percent 75 share | ?budget.received=63.75
到了8成 | received | percent 80 share | ?budget.received=68
到位资金百分之八十 | received | percent 80 share | ?budget.received=68
到位了预算的百分之八十 | received | percent 80 share | ?budget.received=68
到位预算的80% | received | percent 80 share | ?budget.received=68
到位率80% | received | percent 80 | ?budget.received=68
到位率百分之九十 | received | percent 90 | ?budget.received=76.5
到位率94.12% | received | percent 94.12 | ?budget.received=80
到位大概八成 | received | percent 80 share approx | ?budget.received=68
到位八成左右 | received | percent 80 share approx | ?budget.received=68
到位大概80万 | received | money 80 approx | ?budget.received=80
到位约80万元 | received | money 80 approx | ?budget.received=80
到位80万左右 | received | money 80 approx | ?budget.received=80
到位将近八十万 | received | money 80 approx | ?budget.received=80
到位八十万出头 | received | money 80 approx | ?budget.received=80
到位了七十多万 | received | money 70 approx | ?budget.received=70
到位-80万 | received | money -80 neg | ?budget.received=80
到位负八十万 | received | money -80 neg | ?budget.received=80
到位80 | received | bare 80 | ?budget.received=80
80 | received | bare 80 | ?budget.received=80
到位800000 | received | bare 800000 | ?budget.received=80
到位率120% | received | percent 120 over_100 | ?budget.received=102
到位十一成 | received | bare 11 | ?budget.received=11
全部到位 | received | none | .
资金已全额到位 | received | none | .
到位资金七八成 | received | percent - range approx | ?
到位70到80万 | received | money - range approx | ?
到位资金少了5万 | received | money 5 change | ?
到位资金比预算少5万 | received | money 5 change | ?
# spent step
支出79.6万 | spent | money 79.6 | budget.spent=79.6
实际支出79.6万元 | spent | money 79.6 | budget.spent=79.6
花了七十九万六 | spent | money 79.6 | budget.spent=79.6
花了79万6 | spent | money 79.6 | budget.spent=79.6
用了七十九万六千 | spent | money 79.6 | budget.spent=79.6
执行了七十九万六千元 | spent | money 79.6 | budget.spent=79.6
支出七十九万六千元整 | spent | money 79.6 | budget.spent=79.6
支付796000元 | spent | money 79.6 | budget.spent=79.6
支出796,000元 | spent | money 79.6 | budget.spent=79.6
执行数79.60万元 | spent | money 79.6 | budget.spent=79.6
实际支出柒拾玖万陆仟元 | spent | money 79.6 | budget.spent=79.6
支出７９．６万 | spent | money 79.6 | budget.spent=79.6
支出79.6 万元 | spent | money 79.6 | budget.spent=79.6
支出七十九点六万元 | spent | money 79.6 | budget.spent=79.6
花掉了123.45万 | spent | money 123.45 | budget.spent=123.45
支出一百二十三万四千五 | spent | money 123.45 | budget.spent=123.45
支出1,234,500元 | spent | money 123.45 | budget.spent=123.45
支出一百二十三万四千五百元 | spent | money 123.45 | budget.spent=123.45
支出十万零五百元 | spent | money 10.05 | budget.spent=10.05
支出三千五百元 | spent | money 0.35 | budget.spent=0.35
支出0.5亿 | spent | money 5000 | budget.spent=5000
支出1.2亿元 | spent | money 12000 | budget.spent=12000
支出两千万 | spent | money 2000 | budget.spent=2000
支出两百万 | spent | money 200 | budget.spent=200
支出0元 | spent | money 0 | budget.spent=0
七十九万六 | spent | money 79.6 | budget.spent=79.6
79万6 | spent | money 79.6 | budget.spent=79.6
79.6万 | spent | money 79.6 | budget.spent=79.6
年底花了79.6万 | spent | money 79.6 | budget.spent=79.6
截至12月底支出79.6万 | spent | money 79.6 | budget.spent=79.6
到12月31日支出79.6万 | spent | money 79.6 | budget.spent=79.6
一共用了七十九万六千五百块 | spent | money 79.65 | budget.spent=79.65
大概花了七十九万六 | spent | money 79.6 approx | ?budget.spent=79.6
大概花了79万6 | spent | money 79.6 approx | ?budget.spent=79.6
花了大概79.6万 | spent | money 79.6 approx | ?budget.spent=79.6
支出约79.6万 | spent | money 79.6 approx | ?budget.spent=79.6
支出79.6万左右 | spent | money 79.6 approx | ?budget.spent=79.6
支出将近八十万 | spent | money 80 approx | ?budget.spent=80
支出七十九万出头 | spent | money 79 approx | ?budget.spent=79
花了七十多万 | spent | money 70 approx | ?budget.spent=70
花了七十来万 | spent | money 70 approx | ?budget.spent=70
支出七十余万元 | spent | money 70 approx | ?budget.spent=70
差不多花了80万 | spent | money 80 approx | ?budget.spent=80
估计用了80万 | spent | money 80 approx | ?budget.spent=80
支出大约七十九点六万 | spent | money 79.6 approx | ?budget.spent=79.6
支出接近80万 | spent | money 80 approx | ?budget.spent=80
好像花了79.6万 | spent | money 79.6 approx | ?budget.spent=79.6
支出不到80万 | spent | money 80 approx | ?budget.spent=80
支出80万以内 | spent | money 80 approx | ?budget.spent=80
支出近80万 | spent | money 80 approx | ?budget.spent=80
支出-50万 | spent | money -50 neg | ?budget.spent=50
-50万 | spent | money -50 neg | ?budget.spent=50
支出负五十万 | spent | money -50 neg | ?budget.spent=50
支出−50万元 | spent | money -50 neg | ?budget.spent=50
支出-50 | spent | bare -50 neg | ?
执行率93.65% | spent | percent 93.65 | ?budget.spent=79.60
执行率百分之九十三点六五 | spent | percent 93.65 | ?budget.spent=79.60
执行率９３．６５％ | spent | percent 93.65 | ?budget.spent=79.60
执行率93.65 % | spent | percent 93.65 | ?budget.spent=79.60
执行率九十三点六五 | spent | percent 93.65 | ?budget.spent=79.60
执行率是九十三点五 | spent | percent 93.5 | ?budget.spent=79.48
预算执行率100% | spent | percent 100 | ?budget.spent=85
执行率105% | spent | percent 105 over_100 | ?budget.spent=89.25
支出率百分之一百二十 | spent | percent 120 over_100 | ?budget.spent=102
执行进度九成 | spent | percent 90 share | ?budget.spent=76.5
花了预算的九成 | spent | percent 90 share | ?budget.spent=76.5
支出占预算的93% | spent | percent 93 share | ?budget.spent=79.05
用了九成五 | spent | percent 95 share | ?budget.spent=80.75
结余5.4万 | spent | money 5.4 | ?budget.spent=79.6
剩下5.4万没用完 | spent | money 5.4 | ?budget.spent=79.6
还剩五万四 | spent | money 5.4 | ?budget.spent=79.6
结余五万四千元 | spent | money 5.4 | ?budget.spent=79.6
支出比预算少了5.4万 | spent | money 5.4 change | ?
超支了5万 | spent | money 5 change | ?
支出79.6 | spent | bare 79.6 | ?budget.spent=79.6
七十九点六 | spent | bare 79.6 | ?budget.spent=79.6
796000 | spent | bare 796000 | ?budget.spent=79.6
支出79到80万之间 | spent | money - range approx | ?
花了七八十万 | spent | money - range approx | ?
支出七十几万 | spent | money - unclear approx | ?
支出79万65 | spent | money - unclear | ?
# sources step
中央50万，县级35万 | sources | money 50 | sources.central=50 sources.county=35
中央资金五十万，县财政三十五万 | sources | money 50 | sources.central=50 sources.county=35
省级资金50万、市级20万、上年结转15万 | sources | money 50 | sources.provincial=50 sources.municipal=20 sources.carryover=15
中央补助五十万元，省级二十万元，县级配套十五万元 | sources | money 50 | sources.central=50 sources.provincial=20 sources.county=15
中央下来的50万 | sources | money 50 | sources.central=50
县本级35万 | sources | money 35 | sources.county=35
自筹十万零五百元 | sources | money 10.05 | sources.other=10.05
其他资金3千5百元 | sources | money 0.35 | sources.other=0.35
中央大概50万 | sources | money 50 approx | ?sources.central=50
中央50万左右，县级35万 | sources | money 50 approx | ?sources.central=50 sources.county=35
中央资金占六成 | sources | percent 60 share | ?sources.central=51
中央-50万 | sources | money -50 neg | ?sources.central=50
中央50，县级35 | sources | bare 50 | ?sources.central=50 ?sources.county=35
# corrections, at any step
支出写错了，是79.6万 | spent | money 79.6 | budget.spent=79.6
支出写错了，是79.6万 | sources | money 79.6 | budget.spent=79.6
支出写错了，是79.6万 | content | money 79.6 | budget.spent=79.6
支出写错了，是79.6万 | goals | money 79.6 | budget.spent=79.6
支出写错了，是79.6万 | indicators | money 79.6 | budget.spent=79.6
支出写错了，是79.6万 | problems | money 79.6 | budget.spent=79.6
支出写错了，是79.6万 | measures | money 79.6 | budget.spent=79.6
支出写错了，是79.6万 | done | money 79.6 | budget.spent=79.6
支出写错了，应该是七十九万六 | done | money 79.6 | budget.spent=79.6
支出说错了，应该是79万6 | done | money 79.6 | budget.spent=79.6
刚才支出说错了，实际是七十九万六千元 | done | money 79.6 | budget.spent=79.6
不对，预算是85万 | done | money 85 | budget.annual=85
不对，预算是85万 | spent | money 85 | budget.annual=85
不对，预算是85万 | problems | money 85 | budget.annual=85
不对不对，预算应该是八十五万 | done | money 85 | budget.annual=85
预算不对，是85万 | done | money 85 | budget.annual=85
预算写错了，85万 | done | money 85 | budget.annual=85
把到位资金改成80万 | done | money 80 | budget.received=80
把到位资金改成80万 | goals | money 80 | budget.received=80
把到位资金改成80万 | budget | money 80 | budget.received=80
把到位资金改为八十万元 | done | money 80 | budget.received=80
到位资金改一下，改成80万 | done | money 80 | budget.received=80
到位资金更正为80万 | done | money 80 | budget.received=80
将实际到位资金修改为80万元 | measures | money 80 | budget.received=80
全年预算改为150万 | done | money 150 | budget.annual=150
预算调整为150万 | done | money 150 | budget.annual=150
预算调增到150万 | done | money 150 | budget.annual=150
执行数有误，应为79.6万元 | done | money 79.6 | budget.spent=79.6
中央资金填错了，是50万 | done | money 50 | sources.central=50
年初预算写错了，是120万 | done | money 120 | budget.initial=120
支出写错了，大概是79.6万 | done | money 79.6 approx | ?budget.spent=79.6
支出写错了，是-79.6万 | done | money -79.6 neg | ?budget.spent=79.6
到位资金写错了，是八成 | done | percent 80 share | ?budget.received=68
支出写错了，执行率是93.65% | done | percent 93.65 | ?budget.spent=79.60
支出写错了 | done | none | .
# free text is not read as figures
确保专项资金139万元全部用于设备更新 | goals | money 139 | .
资金使用率达到100% | goals | percent 100 | .
预算执行进度偏慢，到10月才支出50万 | problems | money 50 | .
加快支出进度，确保年底前支出完毕 | measures | none | .
用于维修管网12公里，更换水表300块 | content | bare 300 | .
培训人次，≥300人次，320人次，10分 | indicators | other 300 | .
# numbers that are not amounts
2024年 | year | other 2024 | .
3月全部到位 | received | other 3 | .
维修管网12公里 | spent | other 12 | .
受益群众一万人次 | spent | other 10000 | .
培训300人次 | budget | other 300 | .
满意度95% | spent | percent 95 | .
群众满意度百分之九十五 | done | percent 95 | .
第一批到位资金 | received | other 1 | .
统一安排 | budget | none | .
十分感谢 | budget | other 10 | .
一成不变 | received | none | .
万一不够再说 | budget | none | .
一是一是宣传不够 | spent | none | .
# doubt, denial, conflicts, other years, unit prices, bases
预算85万吧 | budget | money 85 approx | ?budget.annual=85
预算85万，记不太清了 | budget | money 85 approx | ?budget.annual=85
预算85万，大概到位80万 | budget | money 85 | budget.annual=85 ?budget.received=80
支出79.6万，不是79.4万 | spent | money 79.6 | budget.spent=79.6
不是79.4万，是79.6万 | spent | money 79.4 | budget.spent=79.6
79.6万还是79.4万来着 | spent | money 79.6 | ?
支出79.4万，不对，79.6万 | spent | money 79.4 | budget.spent=79.6
今年预算85万，去年100万 | budget | money 85 | budget.annual=85
预算85万，比去年少15万 | budget | money 85 | budget.annual=85
预算85万，每人补助500元 | budget | money 85 | budget.annual=85
补助标准500元/人 | budget | money 0.05 | .
预算85万，其中人员经费20万 | budget | money 85 | ?
一季度支出20万，二季度30万 | spent | money 20 | ?
预算85万，去年结转5万 | budget | money 85 | budget.annual=85 sources.carryover=5
到位了85万的八成 | received | money 85 | ?budget.received=68
支出79.6万，执行率93.65% | spent | money 79.6 | budget.spent=79.6
支出79.6万，执行率95% | spent | money 79.6 | budget.spent=79.6 ?
执行率93.65%，结余5.4万 | spent | percent 93.65 | ?budget.spent=79.6
预算85万，结余5.4万 | budget | money 85 | budget.annual=85 ?budget.spent=79.6
两个亿 | budget | money 20000 | budget.annual=20000
预算1.2个亿 | budget | money 12000 | budget.annual=12000
预算1，234，500元 | budget | money 123.45 grouping | ?budget.annual=123.45
预算79,6万 | budget | money - grouping | ?
预算八五万 | budget | money - unclear | ?
预算85.5.5万 | budget | money - unclear | ?
预算85万元人民币 | budget | money 85 | budget.annual=85
人民币八十五万元 | budget | money 85 | budget.annual=85
预算85万，3月份全部到位 | budget | money 85 | budget.annual=85
85万的预算 | budget | money 85 | budget.annual=85
预算85万，到位85万，支出79.6万，结余5.4万 | budget | money 85 | budget.annual=85 budget.received=85 budget.spent=79.6
到位了一半 | received | percent 50 share | ?budget.received=42.5
预算85万，到位了一半 | budget | money 85 | budget.annual=85 ?budget.received=42.5
85万多一点 | budget | money 85 approx | ?budget.annual=85
支出79.6万（占预算93.65%） | budget | money 79.6 | budget.spent=79.6
支出79.6万（占预算95%） | spent | money 79.6 | budget.spent=79.6 ?
预算85万，到位80万，到位率94.12% | budget | money 85 | budget.annual=85 budget.received=80
预算0.85百万 | budget | money 85 | budget.annual=85
预算850千元 | budget | money 85 | budget.annual=85
预算八万五 | budget | money 8.5 | budget.annual=8.5
预算十万八千 | budget | money 10.8 | budget.annual=10.8
预算一百万零五千 | budget | money 100.5 | budget.annual=100.5
预算85万元（含上年结转5万元） | budget | money 85 | budget.annual=85 sources.carryover=5
预算85万元，其中：中央50万元、县级35万元 | sources | money 85 | budget.annual=85 sources.central=50 sources.county=35
预算85万，用于12个村 | budget | money 85 | budget.annual=85
预算八十五万，覆盖一万二千人 | budget | money 85 | budget.annual=85
支出79.6万，主要是设备费50万 | spent | money 79.6 | ?
预算100万，调减15万后为85万 | budget | money 100 | ?
合计85万 | sources | money 85 | ?
每年预算85万 | budget | money 85 | budget.annual=85
每人补助500元，共85万 | budget | money 0.05 | budget.annual=85
预算85万，年底还剩5.4万 | budget | money 85 | budget.annual=85 ?budget.spent=79.6
支出79.6万元，剩余5.4万元结转下年 | spent | money 79.6 | budget.spent=79.6
"""


def _rows() -> list[tuple[str, str, str, str]]:
    out = []
    for line in TABLE.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, step, parsed, outcome = (part.strip() for part in line.split("|"))
        out.append((text, step, parsed, outcome))
    return out


ROWS = _rows()


def test_the_table_holds_at_least_300_utterances() -> None:
    assert len(ROWS) >= 300
    assert len({(text, step) for text, step, _p, _o in ROWS}) == len(ROWS)


def _first(text: str) -> Amount | None:
    amounts = parse_amounts(text)
    wanted = [a for a in amounts if a.kind != "other"]
    return (wanted or amounts or [None])[0]


@pytest.mark.parametrize(("text", "step", "parsed", "outcome"), ROWS, ids=[f"{r[1]}:{r[0]}" for r in ROWS])
def test_each_utterance_is_parsed_as_expected(text: str, step: str, parsed: str, outcome: str) -> None:
    a = _first(text)
    if parsed == "none":
        assert a is None, a
        return
    kind, value, *flags = parsed.split()
    assert a is not None
    assert a.kind == kind, a
    assert text[a.span[0] : a.span[1]] == a.raw and a.raw.strip() == a.raw
    if value == "-":
        assert a.value is None, a
    else:
        assert a.value == Decimal(value), a
    assert set(flags) <= FLAGS
    assert (a.approx is not None) == ("approx" in flags), a
    assert (a.share is not None) == ("share" in flags), a
    assert a.negative == ("neg" in flags), a
    problems = set(flags) & {"range", "unclear", "change", "over_100", "grouping"}
    assert a.problem == (problems.pop() if problems else ("negative" if "neg" in flags else None)), a
    if kind != "other":
        assert a.ask == (bool(flags) or kind == "bare"), a


@pytest.mark.parametrize(("text", "step", "parsed", "outcome"), ROWS, ids=[f"{r[1]}:{r[0]}" for r in ROWS])
def test_each_utterance_is_recorded_exactly_or_asked_back(text: str, step: str, parsed: str, outcome: str) -> None:
    ex = extract_figures(text, step, KNOWN)
    money = {p: v for p, v in ex.updates.items() if p != "year"}
    asked = {q["path"]: q["value"] for q in ex.questions if q["path"] != "year"}
    said_back = [n for n in ex.notes if "？" in n]
    want_money: dict[str, Decimal] = {}
    want_asked: dict[str, Decimal] = {}
    for item in outcome.split():
        if item in (".", "?"):
            continue
        path, value = item.lstrip("?").split("=")
        (want_asked if item.startswith("?") else want_money)[path] = Decimal(value)
    # nothing recorded that was not said exactly; nothing asked with a value that was not implied
    assert {p: Decimal(str(v)) for p, v in money.items()} == want_money, (ex.updates, ex.notes)
    assert {p: Decimal(str(v)) for p, v in asked.items()} == want_asked, ex.questions
    if "?" in outcome.split():
        assert said_back, ex.notes
    if outcome == ".":
        assert not said_back and not asked and not money, ex


# -- the examples of issue 11, one by one -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("七十九万六", "money", "79.6"),
        ("79万6", "money", "79.6"),
        ("一百二十三万四千五", "money", "123.45"),
        ("两百万", "money", "200"),
        ("0.5亿", "money", "5000"),
        ("1,234,500元", "money", "123.45"),
        ("1234.56 万元", "money", "1234.56"),
        ("１３９万元", "money", "139"),
        ("一百三十九万元", "money", "139"),
        ("壹佰叁拾玖万元整", "money", "139"),
        ("百分之九十三点六五", "percent", "93.65"),
        ("９３．６５％", "percent", "93.65"),
        ("93.65 %", "percent", "93.65"),
        ("十万零五百元", "money", "10.05"),
        ("三千五百元", "money", "0.35"),
        ("两千万", "money", "2000"),
        ("1.2亿元", "money", "12000"),
    ],
)
def test_issue_examples_are_read_exactly_with_their_whole_span(text: str, kind: str, value: str) -> None:
    [a] = parse_amounts(text)
    assert (a.kind, a.value, a.exact, a.span, a.raw) == (kind, Decimal(value), True, (0, len(text)), text)


def test_a_bare_spoken_number_is_a_percent_where_a_rate_is_asked() -> None:
    [a] = parse_amounts("九十三点五", context="执行率")
    assert (a.kind, a.value, a.ask) == ("percent", Decimal("93.5"), False)
    [b] = parse_amounts("九十三点五")
    assert (b.kind, b.ask) == ("bare", True)


def test_negative_is_flagged_never_turned_positive() -> None:
    [a] = parse_amounts("-50万")
    assert (a.value, a.negative, a.problem, a.ask, a.raw) == (Decimal(-50), True, "negative", True, "-50万")
    [b] = parse_amounts("70-80万")
    assert not b.negative and b.problem == "range"


def test_shares_are_fractions() -> None:
    assert [a.share for a in parse_amounts("到位资金八成，支出九成五")] == [Decimal("0.8"), Decimal("0.95")]
    assert parse_amounts("到位资金是预算的百分之八十")[0].share == Decimal("0.8")
    assert parse_amounts("执行率百分之八十")[0].share is None  # a rate, computed by the conversation


# -- the conversation ---------------------------------------------------------------------------


def _at(step: str, figures: dict | None = None):
    state = new_chat({"project_name": "农村供水维修", "year": 2024, "department": "县水利局", **(figures or {})})
    state.step = step
    return state


def test_spoken_amount_is_recorded_exactly_and_echoed() -> None:
    state = answer(_at("spent", {"budget": {"annual": 85}}), "花了七十九万六")
    assert state.figures["budget"]["spent"] == 79.6
    assert "已记录：全年执行数：79.60 万元" in state.messages[-1]["content"]
    assert "“七十九万六”读作 79.60 万元" in state.messages[-1]["content"]


def test_an_approximation_is_kept_for_a_yes_and_then_recorded() -> None:
    state = answer(_at("spent", {"budget": {"annual": 85}}), "大概花了七十九万六")
    assert "spent" not in state.figures["budget"]
    assert state.pending[0]["value"] == 79.6 and "约数（大概）" in state.messages[-1]["content"]
    state = answer(state, "对，就是这个数")
    assert state.figures["budget"]["spent"] == 79.6 and not state.pending
    assert "全年执行数：79.60 万元" in state.messages[-1]["content"]


def test_a_share_is_computed_and_asked_back() -> None:
    state = answer(_at("received", {"budget": {"annual": 85}}), "到位资金八成")
    assert "received" not in state.figures["budget"]
    assert "85 万元 × 80%" in state.messages[-1]["content"] and "68 万元" in state.messages[-1]["content"]
    state = answer(state, "是")
    assert state.figures["budget"]["received"] == 68


def test_a_share_without_its_base_asks_for_the_base() -> None:
    state = answer(_at("received"), "到位资金八成")
    assert "budget" not in state.figures or "received" not in state.figures["budget"]
    assert "请先告诉我全年预算数" in state.messages[-1]["content"]


def test_a_negative_amount_is_asked_and_a_no_keeps_nothing() -> None:
    state = answer(_at("spent", {"budget": {"annual": 85}}), "-50万")
    assert "spent" not in state.figures["budget"]
    assert "负数" in state.messages[-1]["content"] and state.pending[0]["value"] == 50
    state = answer(state, "不是")
    assert "spent" not in state.figures["budget"]


def test_an_execution_rate_above_100_is_asked() -> None:
    state = answer(_at("spent", {"budget": {"annual": 85}}), "执行率105%")
    assert "spent" not in state.figures["budget"] and "超过了全年预算数" in state.messages[-1]["content"]


@pytest.mark.parametrize("step", ["spent", "sources", "content", "goals", "indicators", "problems", "measures", "done"])
def test_corrections_in_any_wording_at_any_step_change_the_figure(step: str) -> None:
    figures = {"budget": {"annual": 90, "received": 68, "spent": 79}}
    state = answer(_at(step, figures), "支出写错了，是79.6万")
    assert state.figures["budget"]["spent"] == 79.6
    assert "全年执行数由 79 万元 改为 79.60 万元" in state.messages[-1]["content"]
    state = answer(state, "不对，预算是85万")
    assert state.figures["budget"]["annual"] == 85
    state = answer(state, "把到位资金改成80万")
    assert state.figures["budget"]["received"] == 80
    assert "实际到位资金由 68 万元 改为 80 万元" in state.messages[-1]["content"]
    assert "indicators" not in state.figures and "problems" not in state.figures and "goals" not in state.figures


def test_a_correction_while_indicators_are_entered_keeps_the_indicator_step() -> None:
    state = answer(_at("indicators", {"budget": {"annual": 85, "spent": 79}}), "培训人次，≥300人次，320人次，10分")
    state = answer(state, "支出写错了，是79.6万")
    assert state.figures["budget"]["spent"] == 79.6 and len(state.figures["indicators"]) == 1
    assert state.step == "indicators" and "继续输入下一条指标" in state.messages[-1]["content"]


def test_what_cannot_be_read_is_said_back_as_a_question() -> None:
    state = answer(_at("budget"), "预算七八十万吧")
    assert "budget" not in state.figures
    assert "“七八十万”是一个范围，全年预算数准确是多少？" in state.messages[-1]["content"]


def test_the_issue_conversation_gives_the_right_figures() -> None:
    """The county clerk's conversation of issue 11: 79.6, not 79; the rate and balance follow."""
    from chains.conversation.panel import funds_summary

    state = _at("budget")
    for text in ["预算85万", "全部到位", "大概花了七十九万六", "是"]:
        state = answer(state, text)
    assert state.figures["budget"] == {"annual": 85, "received": 85, "spent": 79.6}
    summary = funds_summary(state.figures)
    assert str(summary["execution_rate"]) == "93.65" and summary["balance"] == Decimal("5.4")


# -- round trips through the spoken form --------------------------------------------------------

_NEXT_SMALLER = {"万": "千", "千": "百", "百": "十"}


def spoken(n: int, *, short: bool = False, liang: bool = False) -> str:
    """An integer as people say it: 七十九万六千, shortened 七十九万六, with 两 before 百/千/万/亿."""
    words = cn2an.an2cn(n, "low")
    if short and len(words) >= 3 and _NEXT_SMALLER.get(words[-3]) == words[-1] and words[-2] in "一二三四五六七八九":
        words = words[:-1]  # 七十九万六千 → 七十九万六, 一百五十 → 一百五
    if liang:
        words = "".join("两" if c == "二" and nxt in "百千万亿" else c for c, nxt in zip(words, words[1:] + " ", strict=True))
    return words


def _one(text: str) -> Amount:
    amounts = parse_amounts(text)
    assert len(amounts) == 1, amounts
    return amounts[0]


@settings(max_examples=400, deadline=None)
@given(n=st.integers(1, 10**11), short=st.booleans(), liang=st.booleans(), unit=st.sampled_from(["元", "元整", "块钱"]))
def test_yuan_said_in_chinese_read_back_exactly(n: int, short: bool, liang: bool, unit: str) -> None:
    text = f"支出{spoken(n, short=short, liang=liang)}{unit}"
    a = _one(text)
    assert (a.kind, a.value, a.exact) == ("money", Decimal(n) / 10000, True), text
    assert text[a.span[0] : a.span[1]] == a.raw and a.raw.startswith(spoken(n, short=short, liang=liang)[:1])


@settings(max_examples=300, deadline=None)
@given(wan=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2), unit=st.sampled_from(["万", "万元"]))
def test_wan_with_decimals_said_in_chinese_read_back_exactly(wan: Decimal, unit: str) -> None:
    words = cn2an.an2cn(format(wan.normalize(), "f"), "low")
    a = _one(f"预算{words}{unit}")
    assert (a.kind, a.value, a.exact) == ("money", wan, True), words


@settings(max_examples=300, deadline=None)
@given(n=st.integers(1, 99_999_999))
def test_upper_case_rmb_read_back_exactly(n: int) -> None:
    words = cn2an.an2cn(n, "rmb")  # 壹佰叁拾玖万元整
    a = _one(f"金额{words}")
    assert (a.kind, a.value, a.exact) == ("money", Decimal(n) / 10000, True), words


@settings(max_examples=300, deadline=None)
@given(wan=st.integers(1, 9999), digit=st.integers(1, 9), full_width=st.booleans())
def test_wan_and_a_digit_is_tenths_of_wan(wan: int, digit: int, full_width: bool) -> None:
    text = f"{wan}万{digit}"
    if full_width:
        text = text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    a = _one(f"到位{text}")
    assert (a.value, a.exact, a.raw) == (Decimal(wan) + Decimal(digit) / 10, True, text)


@settings(max_examples=300, deadline=None)
@given(rate=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100"), places=2), form=st.sampled_from(["cn", "%", "％"]))
def test_rates_read_back_exactly(rate: Decimal, form: str) -> None:
    plain = format(rate.normalize(), "f")
    text = f"百分之{cn2an.an2cn(plain, 'low')}" if form == "cn" else f"{plain}{form}"
    a = _one(f"执行率{text}")
    assert (a.kind, a.value, a.exact, a.raw) == ("percent", rate, True, text)


@settings(max_examples=200, deadline=None)
@given(wan=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2))
def test_a_minus_sign_is_kept_and_asked(wan: Decimal) -> None:
    a = _one(f"支出-{format(wan.normalize(), 'f')}万")
    assert (a.value, a.negative, a.ask) == (-wan, True, True)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_parses_with_exact_spans(text: str) -> None:
    for a in parse_amounts(text):
        assert text[a.span[0] : a.span[1]] == a.raw and a.raw
        assert a.kind in ("money", "percent", "bare", "other")
