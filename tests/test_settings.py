from pathlib import Path

import pytest

from chains.errors import ConfigError
from chains.settings import Settings, documented_settings

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_need_no_environment():
    s = Settings.from_env({})
    assert s.data_dir == Path("data")
    assert not s.llm_configured


def test_data_dir_moves_all_state():
    assert Settings.from_env({"REPORT_ASSISTANT_DATA_DIR": "/x/y"}).data_dir == Path("/x/y")


def test_secrets_fill_what_the_environment_leaves_unset():
    s = Settings.from_env({"OPENAI_MODEL": "qwen"}, secrets={"OPENAI_API_KEY": "k", "OPENAI_MODEL": "other"})
    assert s.openai_api_key == "k" and s.openai_model == "qwen"


def test_a_bad_number_names_the_variable():
    with pytest.raises(ConfigError, match="CHROMA_PORT"):
        Settings.from_env({"CHROMA_PORT": "abc"})


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name, _, _ in documented_settings() if name not in readme]
    assert not missing, f"settings not in README: {missing}"
