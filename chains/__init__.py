"""report-assistant: drafts and checks 项目支出绩效自评报告.

Nothing happens at import time; each stage lives in its own module.
"""

__version__ = "0.1.0"
