"""Report specs are data: complete, in the standard order, and a new report type needs files only."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from chains.draft.offline import draft_offline
from chains.draft.spec import SECTION_TYPES, SPECS_ROOT, list_specs, load_spec, render_template, spec_labels
from chains.draft.variables import build_context
from chains.errors import ConfigError
from chains.ingest.figures_file import load_figures

from .conftest import DEV

ALL_SPECS = list_specs()


def test_the_standard_spec_exists():
    assert "project_self_evaluation" in ALL_SPECS


def section_files(name: str, stem: str) -> list[Path]:
    """The files a section reads: the spec's own, else those of the spec it is based on."""
    folders = [SPECS_ROOT / name]
    base = tomllib.loads((SPECS_ROOT / name / "outline.toml").read_text(encoding="utf-8")).get("base")
    if base:
        folders.append(SPECS_ROOT / base)
    found = []
    for suffix in (".instruction.md", ".template.j2"):
        found.append(next(f / "sections" / f"{stem}{suffix}" for f in folders if (f / "sections" / f"{stem}{suffix}").is_file()))
    return found


@pytest.mark.parametrize("name", ALL_SPECS)
def test_every_section_of_every_spec_has_its_instruction_and_template(name):
    spec = load_spec(name)
    assert spec.sections and spec.system
    for s in spec.sections:
        assert s.section_type in SECTION_TYPES
        if s.group:
            continue
        instruction, template = section_files(name, s.key)
        assert instruction.read_text(encoding="utf-8").strip() == s.instruction
        assert template.read_text(encoding="utf-8") == s.template
        assert len(s.instruction) > 20 and s.template.strip(), s.key


@pytest.mark.parametrize("name", ALL_SPECS)
def test_every_outline_keeps_the_table_total_and_grade(name):
    spec = load_spec(name)
    types = [s.section_type for s in spec.drafted_sections]
    assert types.count("table") == 1 and spec.sections[-1].section_type == "table"
    assert spec.section("table").template_only
    assert "conclusion" in types and "funds" in types and "problems" in types
    assert "total_score" in spec.section("conclusion").template


def test_spec_labels_name_every_report_type_in_chinese(tmp_path):
    labels = spec_labels()
    assert labels["project_self_evaluation"] == "项目支出绩效自评报告"
    assert labels["sichuan"] == "项目支出绩效自评报告（四川提纲）"
    write_spec(tmp_path)
    write_spec(tmp_path, name="broken", outline=DEPT_OUTLINE.replace('name = "department_overall"', 'name = "broken"'),
               files={})  # fmt: skip
    assert spec_labels(tmp_path) == {"department_overall": "部门整体支出绩效自评报告"}


def test_named_outline_variants_of_the_seeds_are_offered():
    assert {"sichuan", "hunan", "shanxi"} <= set(ALL_SPECS)
    assert [s.title for s in load_spec("sichuan").sections if s.level == 1 and s.title][:5] == [
        "一、项目概况", "二、资金申报及使用情况", "三、项目实施及管理情况", "四、项目绩效情况", "五、评价结论及建议",
    ]  # fmt: skip


@pytest.mark.parametrize("name", ALL_SPECS)
def test_templates_use_only_variables_the_drafter_provides(name):
    provided = set(build_context(load_figures(DEV / "figures" / "anju-foodsafety-2021.json")))
    for s in load_spec(name).drafted_sections:
        assert s.variables() <= provided, (s.key, s.variables() - provided)


def test_standard_outline_follows_the_minimum_content_order():
    """The minimum content in order, as a finished 公文 (issue 13): an opening paragraph, the 自评工作开展情况
    section after the 基本情况, and a 落款 (unit, date) before the 附件."""
    spec = load_spec()
    assert [(s.level, s.section_type) for s in spec.sections] == [
        (1, "other"),
        (1, "overview"), (2, "overview"), (2, "goals"),
        (1, "implementation"),
        (1, "funds"), (1, "implementation"),
        (1, "outputs"), (2, "outputs"), (2, "benefits"), (2, "satisfaction"),
        (1, "conclusion"), (1, "problems"), (1, "suggestions"), (1, "other"), (1, "other"), (1, "table"),
    ]  # fmt: skip
    titles = [s.title for s in spec.sections if s.level == 1 and s.title]
    assert [t[:2] for t in titles[:-1]] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、"]
    assert titles[1] == "二、自评工作开展情况"
    assert titles[-1].startswith("附件") and spec.section("table").template_only
    opening, signature = spec.sections[0], spec.sections[-2]
    assert (opening.key, opening.title, opening.label) == ("opening", "", "开头语")
    assert (signature.key, signature.title, signature.label) == ("signature", "", "落款")
    assert opening.template_only and signature.template_only


def test_each_section_is_told_what_the_others_cover():
    spec = load_spec()
    others = spec.others_cover("funds")
    assert "三、资金情况" not in others
    assert "六、自评结论" in others and "自评总分" in others
    assert "开头语" not in others and "\n- ：" not in others  # text without a heading is no section to refer to


# -- a second report type, by files only ----------------------------------------------------------

DEPT_OUTLINE = """
name = "department_overall"
label = "部门整体支出绩效自评报告"
title = "{{ department or project_name }}{{ year }}年度部门整体支出绩效自评报告"

[[sections]]
key = "overview"
title = "一、部门基本情况"
level = 1
section_type = "overview"
covers = "部门职能和年度工作任务"

[[sections]]
key = "funds"
title = "二、部门整体支出情况"
level = 1
section_type = "funds"
needs = ["budget.annual", "budget.spent"]
covers = "全年预算、执行数和预算执行率"

[[sections]]
key = "conclusion"
title = "三、自评结论"
level = 1
section_type = "conclusion"
covers = "总分和等级"
"""

DEPT_FILES = {
    "overview": ("写部门职能与年度任务，不写金额。", "{{ department or '待补充：部门名称' }}负责本部门整体支出的绩效自评。"),
    "funds": (
        "写部门整体预算和执行情况，金额和执行率只能来自关键数据。",
        "全年预算数{{ annual or '（待补充）' }}，全年执行数{{ spent or '（待补充）' }}"
        "{% if execution_rate %}，预算执行率{{ execution_rate }}{% endif %}。",
    ),
    "conclusion": (
        "写自评总分和评价等级，与自评表一致。",
        "{% if total_score %}自评得分{{ total_score }}分，评价等级为“{{ grade }}”。{% else %}待补充：自评总分。{% endif %}",
    ),
}


def write_spec(root: Path, name: str = "department_overall", outline: str = DEPT_OUTLINE, files=None) -> Path:
    folder = root / name
    (folder / "sections").mkdir(parents=True)
    (folder / "outline.toml").write_text(outline, encoding="utf-8")
    for key, (instruction, template) in (DEPT_FILES if files is None else files).items():
        (folder / "sections" / f"{key}.instruction.md").write_text(instruction, encoding="utf-8")
        (folder / "sections" / f"{key}.template.j2").write_text(template, encoding="utf-8")
    return folder


def test_a_new_report_type_is_added_by_files_alone(tmp_path):
    write_spec(tmp_path)
    assert list_specs(tmp_path) == ["department_overall"]
    spec = load_spec("department_overall", root=tmp_path)
    assert spec.label == "部门整体支出绩效自评报告"
    figures = load_figures(DEV / "figures" / "minle-welfarelottery-2023.json")
    draft = draft_offline(figures, spec)
    assert draft.title == "民乐县民政局2023年度部门整体支出绩效自评报告"
    assert [s.title for s in draft.sections] == ["一、部门基本情况", "二、部门整体支出情况", "三、自评结论"]
    assert "全年预算数113.00万元，全年执行数113.00万元，预算执行率100.00%。" in draft.text
    assert "待补充：自评总分" in draft.text


def test_a_section_without_its_files_is_refused_with_every_problem_listed(tmp_path):
    files = dict(DEPT_FILES)
    del files["funds"]
    files["conclusion"] = ("", files["conclusion"][1])
    write_spec(tmp_path, files=files)
    with pytest.raises(ConfigError) as err:
        load_spec("department_overall", root=tmp_path)
    message = str(err.value)
    assert "sections/funds.instruction.md" in message and "sections/funds.template.j2" in message
    assert "sections/conclusion.instruction.md" in message


@pytest.mark.parametrize(
    ("outline_change", "words"),
    [
        (('section_type = "funds"', 'section_type = "money"'), "不在术语表中"),
        (('key = "funds"', 'key = "overview"'), "key 重复"),
        (("level = 1\nsection_type = \"funds\"", "level = 3\nsection_type = \"funds\""), "跳级"),
        (('title = "{{ department', 'title = "{{ department }'), "语法错误"),
    ],
)
def test_a_malformed_outline_is_refused_in_chinese(tmp_path, outline_change, words):
    write_spec(tmp_path, outline=DEPT_OUTLINE.replace(*outline_change, 1))
    with pytest.raises(ConfigError, match=words):
        load_spec("department_overall", root=tmp_path)


def test_an_unknown_report_type_names_the_known_ones(tmp_path):
    write_spec(tmp_path)
    with pytest.raises(ConfigError, match="department_overall"):
        load_spec("no_such_report", root=tmp_path)


def test_a_variant_reuses_its_base_files_and_may_rename_them(tmp_path):
    write_spec(tmp_path)
    variant = DEPT_OUTLINE.replace('name = "department_overall"', 'name = "variant"\nbase = "department_overall"')
    variant = variant.replace('key = "conclusion"', 'key = "summary"\nfiles = "conclusion"')
    write_spec(tmp_path, name="variant", outline=variant, files={"overview": ("另写的说明，不写金额。", "本部门情况待补充。")})
    spec = load_spec("variant", root=tmp_path)
    assert spec.section("overview").template == "本部门情况待补充。"
    assert spec.section("funds").template == DEPT_FILES["funds"][1]
    assert spec.section("summary").template == DEPT_FILES["conclusion"][1]


def test_missing_template_variables_are_an_error_listing_them_all():
    with pytest.raises(ConfigError) as err:
        render_template("{{ a }}{{ b }}{% if c %}{{ d }}{% endif %}", {"a": 1}, name="测试模板")
    assert "测试模板缺少变量：b、c、d" in str(err.value)


def test_rendered_text_is_one_paragraph_per_line():
    assert render_template("甲\n\n  乙  \n{% if x %}\n丙\n{% endif %}\n", {"x": True}) == "甲\n乙\n丙"


def test_an_unknown_report_type_names_the_ones_there_are_in_chinese():
    with pytest.raises(ConfigError, match="project_self_evaluation（项目支出绩效自评报告）"):
        load_spec("没有这种报告")
