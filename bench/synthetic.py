"""Deterministic synthetic performance self-evaluation reports for the scale benchmark.

Each report follows the usual outline (一、… （一）…) with ~16 leaf sections, so the real chunker
cuts it into ~20 section-typed chunks. Sentences are drawn from per-topic and generic banks with
numbers, places and units filled in, so reports differ in wording, amounts, regions and years.
``generate(n, seed)`` returns ``chains.ingest.types.Report`` objects; ``write(n, folder, seed)``
writes them as .txt files.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from chains.ingest.types import Report, ReportMeta

PROVINCES = {
    "四川省": ["成都市", "攀枝花市", "遂宁市", "绵阳市", "宜宾市"],
    "湖南省": ["衡阳市", "郴州市", "岳阳市", "常德市"],
    "甘肃省": ["张掖市", "天水市", "酒泉市"],
    "湖北省": ["随州市", "宜昌市", "襄阳市"],
    "安徽省": ["池州市", "安庆市", "黄山市"],
    "山西省": ["忻州市", "大同市", "晋中市"],
    "广东省": ["韶关市", "梅州市", "湛江市"],
    "云南省": ["曲靖市", "大理州", "玉溪市"],
}
COUNTY_SUFFIX = ["东区", "西区", "县", "区", "市"]
COUNTY_STEM = ["安居", "临武", "民乐", "广水", "耒阳", "青山", "白河", "清水", "长宁", "平安", "石门", "高坪", "南江", "龙泉"]

TOPICS = [
    ("emergency", "应急管理局", "应急通信保障经费", ["卫星电话", "视频会商系统", "应急指挥专线", "通信保障演练", "指挥调度"]),
    ("emergency", "应急管理局", "安全生产监管专项经费", ["隐患排查", "执法检查", "危险化学品", "非煤矿山", "安全培训"]),
    ("emergency", "应急管理局", "森林防灭火专项资金", ["防火巡护", "扑火队伍", "物资储备", "火情监测", "防火宣传"]),
    ("education", "教育局", "生均公用经费", ["办公费", "水电费", "教学业务费", "小型维修", "教学耗材"]),
    ("education", "教育局", "学生资助补助资金", ["助学金", "营养改善计划", "家庭经济困难学生", "资助政策宣传", "资助名单公示"]),
    ("roads", "交通运输局", "农村公路养护资金", ["养护里程", "路面修补", "边沟清理", "桥梁检测", "交工验收"]),
    ("roads", "交通运输局", "客运站运营补助", ["班线运营", "站场维护", "安全检查", "票务系统", "客流统计"]),
    ("environment", "生态环境局", "大气污染防治专项资金", ["空气质量优良率", "监测站运维", "扬尘治理", "燃煤锅炉改造", "数据获取率"]),
    ("environment", "生态环境局", "农村环境整治资金", ["污水处理设施", "垃圾收运", "河道保洁", "厕所改造", "水质监测"]),
    ("food_safety", "市场监督管理局", "食品安全监管补助资金", ["抽检批次", "快检", "风险分级", "投诉举报", "食品安全宣传周"]),
    ("welfare", "民政局", "福利彩票公益金", ["养老机构运营补贴", "互助幸福院", "社会工作服务站", "特困供养", "床位"]),
    ("welfare", "民政局", "城乡低保资金", ["低保对象", "动态管理", "入户核查", "按时足额发放", "救助标准"]),
    ("health", "卫生健康局", "基本公共卫生服务补助", ["健康档案", "慢病管理", "预防接种", "老年人体检", "家庭医生签约"]),
    ("agriculture", "农业农村局", "耕地地力保护补贴", ["补贴面积", "一卡通发放", "耕地保护", "种粮农民", "核实公示"]),
    ("agriculture", "农业农村局", "动物防疫补助经费", ["强制免疫", "疫苗采购", "免疫密度", "防疫员补助", "疫情监测"]),
    ("water", "水利局", "小型水库维修养护资金", ["大坝安全", "除险加固", "巡查值守", "防汛物资", "安全鉴定"]),
    ("culture", "文化和旅游局", "公共文化服务体系建设资金", ["农家书屋", "送戏下乡", "文化站免费开放", "数字文化", "群众文化活动"]),
    ("justice", "司法局", "法律援助经费", ["法律援助案件", "值班律师", "法治宣传", "人民调解", "办案补贴"]),
]

UNITS_COUNT = ["家次", "人次", "场次", "个", "项", "公里", "批次", "户"]

GENERIC = {
    "overview": [
        "{dept}是{region}人民政府工作部门，主要负责{kw0}、{kw1}等工作。",
        "{year}年度纳入绩效自评的项目为{project}，项目资金主要用于{kw0}和{kw2}。",
        "项目由{dept}组织实施，涉及{n1}个乡镇（街道），覆盖服务对象{n2}{unit}。",
        "项目设立依据为上级有关文件和本级年度工作安排，资金列入{year}年部门预算。",
        "近年来{region}持续加大{kw1}投入，{project}是保障{kw3}的重要资金来源。",
    ],
    "goals": [
        "项目年度绩效目标是完成{kw0}{n1}{unit}，{kw1}覆盖率达到{p1}%以上。",
        "总体目标是提升{kw2}水平，保障{kw3}工作正常开展，服务对象满意度不低于{p2}%。",
        "年初设定产出指标{n3}项、效益指标{n4}项、满意度指标1项，指标值均已细化量化。",
    ],
    "other": [
        "自评工作由单位主要负责人牵头，财务、业务科室共同参与，对照年初绩效目标逐项核实。",
        "自评小组查阅了预算批复文件、会计凭证、合同和验收资料，并开展了满意度问卷调查。",
        "本次自评采用比较法和因素分析法，按照项目支出绩效自评表的指标和分值进行打分。",
    ],
    "funds": [
        "{year}年全年预算数{budget}万元，其中上级资金{upper}万元，本级资金{local}万元。",
        "实际到位资金{budget}万元，资金到位率100%，全年执行数{spent}万元，预算执行率{rate}%。",
        "资金主要用于{kw0}、{kw1}和{kw4}等支出，未发现超范围使用资金的情况。",
        "未执行的{left}万元按规定结转下年使用，主要原因是部分{kw2}项目尚未完成验收。",
    ],
    "financial_management": [
        "项目资金实行专款专用、单独核算，支出审批手续齐全，会计核算规范。",
        "单位制定了专项资金管理办法，严格执行政府采购和合同管理制度，资金支付与项目进度挂钩。",
        "年内接受了财政和审计部门的检查，未发现挤占、挪用和虚列支出问题。",
        "资金拨付实行国库集中支付，严格按照合同约定和验收结果付款。",
    ],
    "implementation": [
        "项目实行领导负责制，成立了工作专班，按月调度{kw0}工作进展。",
        "{kw1}工作通过公开招标确定服务单位，签订合同明确服务内容、标准和考核要求。",
        "建立了定期巡查和通报制度，对发现的{kw3}问题下达整改通知并跟踪落实。",
        "各乡镇（街道）明确专人负责{kw4}，定期报送工作进度和资金使用情况。",
        "纪检和财务部门对{kw2}资金使用开展了专项检查，发现的问题已全部整改。",
    ],
    "outputs": [
        "全年完成{kw0}{n1}{unit}，完成年度指标的{p3}%。",
        "{kw1}工作按计划推进，完成{n2}{unit}，质量达标率{p1}%。",
        "{kw2}在规定时限内完成，{kw4}工作按要求开展{n3}次。",
        "{kw3}工作全部通过验收，验收合格率{p1}%，未发生重大质量问题。",
        "各项任务均在{year}年12月底前完成，时效指标达到年初要求。",
    ],
    "benefits": [
        "项目实施后，{kw2}能力明显增强，群众办事和出行条件得到改善。",
        "通过{kw0}，有效防范了风险，社会效益逐步显现，为{region}经济社会发展提供了保障。",
        "{kw3}长效机制初步建立，项目可持续影响良好。",
        "项目带动了{kw1}服务水平提升，受益群众{n2}{unit}，经济效益和社会效益较为明显。",
        "后续将结合{kw4}需求，持续完善管理制度，巩固项目成效。",
    ],
    "satisfaction": [
        "共发放满意度调查问卷{n2}份，回收有效问卷{n5}份，服务对象满意度为{p2}%。",
        "群众对{kw0}和{kw1}工作总体满意，个别意见已在年内整改。",
    ],
    "conclusion": [
        "经自评，本项目得分{score}分，评价等级为“{grade}”。",
        "项目总体完成年度绩效目标，资金使用规范，{kw0}成效较好。",
    ],
    "problems": [
        "一是预算编制不够精准，{kw4}相关支出年初测算偏高，导致部分资金结转。",
        "二是绩效指标设置不够细化，部分指标难以量化考核。",
        "三是{kw1}项目实施进度偏慢，受天气和招标时间影响，年底前未全部完成。",
        "四是基层人员业务能力不足，对{kw3}的管理还不够规范。",
        "一是资金拨付不够及时，上级资金下达较晚影响了{kw0}的开展。",
        "二是宣传形式较为单一，对农村地区的覆盖不够。",
    ],
    "suggestions": [
        "一是科学编制预算，根据{kw4}实际需求和历年执行情况测算资金。",
        "二是细化绩效指标，提高指标的可衡量性，加强绩效运行监控。",
        "三是加快项目实施进度，倒排工期，确保{kw1}按时完成。",
        "四是加强业务培训，提高基层人员对{kw3}的管理水平。",
        "建议上级部门提前下达资金，便于统筹安排{kw0}工作。",
    ],
    "nothing": ["无。", "本项目无其他需要说明的问题。"],
}

OUTLINE = [
    ("一、基本情况", None),
    ("（一）项目概况", "overview"),
    ("（二）项目绩效目标", "goals"),
    ("（三）自评工作开展情况", "other"),
    ("二、项目资金使用及管理情况", None),
    ("（一）资金投入情况", "funds"),
    ("（二）资金使用情况", "funds"),
    ("（三）预算执行情况", "funds"),
    ("（四）资金管理情况", "financial_management"),
    ("三、项目组织实施情况", None),
    ("（一）组织情况", "implementation"),
    ("（二）管理情况", "implementation"),
    ("（三）监督检查情况", "implementation"),
    ("四、项目绩效情况", None),
    ("（一）产出数量", "outputs"),
    ("（二）产出质量和时效", "outputs"),
    ("（三）效益情况", "benefits"),
    ("（四）可持续影响", "benefits"),
    ("（五）满意度情况", "satisfaction"),
    ("五、自评结论", "conclusion"),
    ("六、存在的问题及原因分析", None),
    ("（一）存在的问题", "problems"),
    ("（二）原因分析", "problems"),
    ("七、改进措施及建议", "suggestions"),
    ("八、其他需要说明的问题", "nothing"),
]


def _report(i: int, rng: random.Random, topics: list[tuple[str, str, str, list[str]]]) -> Report:
    category, dept_kind, project, keywords = topics[rng.randrange(len(topics))]
    province = rng.choice(list(PROVINCES))
    city = rng.choice(PROVINCES[province])
    county = rng.choice(COUNTY_STEM) + rng.choice(COUNTY_SUFFIX)
    region = f"{province}{city}{county}"
    dept = f"{city}{county}{dept_kind}"
    year = rng.randint(2019, 2024)
    budget = round(rng.uniform(5, 3000), 2)
    rate = round(rng.uniform(35, 100), 2)
    spent = round(budget * rate / 100, 2)
    upper = round(budget * rng.uniform(0.2, 0.8), 2)
    kws = keywords[:]
    rng.shuffle(kws)
    unit = rng.choice(UNITS_COUNT)
    n2 = rng.randint(200, 5000)
    score = round(rng.uniform(80, 99), 1)
    slots = {
        "dept": dept, "region": region, "project": project, "year": year, "unit": unit,
        "budget": f"{budget:.2f}", "spent": f"{spent:.2f}", "rate": f"{rate:.2f}",
        "upper": f"{upper:.2f}", "local": f"{budget - upper:.2f}", "left": f"{budget - spent:.2f}",
        "n1": rng.randint(3, 400), "n2": n2, "n3": rng.randint(2, 12), "n4": rng.randint(2, 6),
        "n5": rng.randint(n2 // 2, n2), "p1": rng.randint(85, 100), "p2": rng.randint(85, 99),
        "p3": rng.randint(80, 120), "score": score, "grade": "优" if score >= 90 else "良",
        **{f"kw{j}": kws[j] for j in range(5)},
    }
    title = f"{dept}{year}年度{project}项目支出绩效自评报告"
    lines = [title, ""]
    for heading, kind in OUTLINE:
        lines.append(heading)
        if kind is None:
            continue
        bank = GENERIC[kind]
        if kind == "nothing":
            lines.append(rng.choice(bank))
            continue
        count = min(len(bank), rng.randint(2, len(bank)))
        picked = rng.sample(bank, count)
        if kind in ("problems", "suggestions"):
            picked = sorted(picked, key=bank.index)
        lines.append("".join(s.format(**slots) for s in picked))
        if kind in ("outputs", "funds") and rng.random() < 0.5:
            lines.append(f"其中，{kws[0]}方面完成{rng.randint(10, 900)}{unit}，{kws[1]}方面完成{rng.randint(10, 900)}{unit}，"
                         f"较上年分别增长{rng.randint(1, 30)}%和{rng.randint(1, 30)}%。")
    text = "\n".join(lines) + "\n"
    source = f"synthetic/{year}-{category}-{i:05d}.txt"
    meta = ReportMeta(
        source=source, title=title, project_name=project, department=dept, region=region, year=year,
        category=category, amounts={"annual_budget": budget, "spent": spent},
    )
    return Report(meta=meta, text=text, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())


# Kinds of spending the sample corpus has no report about (distractors for bench_retrieval.py).
OFF_CORPUS_CATEGORIES = ("health", "agriculture", "water", "culture", "justice")


def generate(n: int, seed: int = 20261123, categories: tuple[str, ...] = ()) -> list[Report]:
    """``n`` reports; with ``categories``, only topics of those categories."""
    rng = random.Random(seed)
    topics = [t for t in TOPICS if not categories or t[0] in categories]
    return [_report(i, rng, topics) for i in range(n)]


def write(n: int, folder: Path, seed: int = 20261123) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for report in generate(n, seed):
        path = folder / Path(report.meta.source).name
        path.write_text(report.text, encoding="utf-8")
        paths.append(path)
    return paths
