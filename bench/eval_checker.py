"""The checker on labelled sets, scored as ``tests/data/dev/score.py`` scores it (strict: same code, span over
an occurrence of the labelled value), in-process.

    python bench/eval_checker.py [SET|published|drafts|all] [-v]

``published`` is the real published reports (real, real2…) and the dev smoke set; ``drafts`` every round of
held-out-style drafts (drafts, drafts2…); ``all`` both.

Prints per set: recall, precision, false errors per clean report and per report; with -v every miss and
every false error with the sentence around it. The real set is published reports as their pages give
them (tests/data/real/README.md); the dev set is a smoke test.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chains.check import check  # noqa: E402

SETS = {
    "real": (ROOT / "tests/data/real/reports", ROOT / "tests/data/real/labels.jsonl"),
    "real2": (ROOT / "tests/data/real2/reports", ROOT / "tests/data/real2/labels.jsonl"),
    "real3": (ROOT / "tests/data/real3/reports", ROOT / "tests/data/real3/labels.jsonl"),
    "real4": (ROOT / "tests/data/real4/reports", ROOT / "tests/data/real4/labels.jsonl"),
    "real5": (ROOT / "tests/data/real5/reports", ROOT / "tests/data/real5/labels.jsonl"),
    "real6": (ROOT / "tests/data/real6/reports", ROOT / "tests/data/real6/labels.jsonl"),
    "drafts": (ROOT / "tests/data/drafts/cases", ROOT / "tests/data/drafts/labels.jsonl"),
    "drafts2": (ROOT / "tests/data/drafts2/cases", ROOT / "tests/data/drafts2/labels.jsonl"),
    "drafts3": (ROOT / "tests/data/drafts3/cases", ROOT / "tests/data/drafts3/labels.jsonl"),
    "drafts4": (ROOT / "tests/data/drafts4/cases", ROOT / "tests/data/drafts4/labels.jsonl"),
    "drafts5": (ROOT / "tests/data/drafts5/cases", ROOT / "tests/data/drafts5/labels.jsonl"),
    "drafts6": (ROOT / "tests/data/drafts6/cases", ROOT / "tests/data/drafts6/labels.jsonl"),
    "drafts7": (ROOT / "tests/data/drafts7/cases", ROOT / "tests/data/drafts7/labels.jsonl"),
    "drafts8": (ROOT / "tests/data/drafts8/cases", ROOT / "tests/data/drafts8/labels.jsonl"),
    "drafts9": (ROOT / "tests/data/drafts9/cases", ROOT / "tests/data/drafts9/labels.jsonl"),
    "drafts10": (ROOT / "tests/data/drafts10/cases", ROOT / "tests/data/drafts10/labels.jsonl"),
    "drafts11": (ROOT / "tests/data/drafts11/cases", ROOT / "tests/data/drafts11/labels.jsonl"),
    "drafts12": (ROOT / "tests/data/drafts12/cases", ROOT / "tests/data/drafts12/labels.jsonl"),
    "drafts13": (ROOT / "tests/data/drafts13/cases", ROOT / "tests/data/drafts13/labels.jsonl"),
    "drafts14": (ROOT / "tests/data/drafts14/cases", ROOT / "tests/data/drafts14/labels.jsonl"),
    "drafts15": (ROOT / "tests/data/drafts15/cases", ROOT / "tests/data/drafts15/labels.jsonl"),
    "drafts16": (ROOT / "tests/data/drafts16/cases", ROOT / "tests/data/drafts16/labels.jsonl"),
    "drafts17": (ROOT / "tests/data/drafts17/cases", ROOT / "tests/data/drafts17/labels.jsonl"),
    "drafts18": (ROOT / "tests/data/drafts18/cases", ROOT / "tests/data/drafts18/labels.jsonl"),
    "drafts19": (ROOT / "tests/data/drafts19/cases", ROOT / "tests/data/drafts19/labels.jsonl"),
    "drafts20": (ROOT / "tests/data/drafts20/cases", ROOT / "tests/data/drafts20/labels.jsonl"),
    "drafts21": (ROOT / "tests/data/drafts21/cases", ROOT / "tests/data/drafts21/labels.jsonl"),
    "drafts22": (ROOT / "tests/data/drafts22/cases", ROOT / "tests/data/drafts22/labels.jsonl"),
    "drafts23": (ROOT / "tests/data/drafts23/cases", ROOT / "tests/data/drafts23/labels.jsonl"),
    "drafts24": (ROOT / "tests/data/drafts24/cases", ROOT / "tests/data/drafts24/labels.jsonl"),
    "drafts25": (ROOT / "tests/data/drafts25/cases", ROOT / "tests/data/drafts25/labels.jsonl"),
    "drafts26": (ROOT / "tests/data/drafts26/cases", ROOT / "tests/data/drafts26/labels.jsonl"),
    "drafts27": (ROOT / "tests/data/drafts27/cases", ROOT / "tests/data/drafts27/labels.jsonl"),
    "drafts28": (ROOT / "tests/data/drafts28/cases", ROOT / "tests/data/drafts28/labels.jsonl"),
    "drafts29": (ROOT / "tests/data/drafts29/cases", ROOT / "tests/data/drafts29/labels.jsonl"),
    "drafts30": (ROOT / "tests/data/drafts30/cases", ROOT / "tests/data/drafts30/labels.jsonl"),
    "drafts31": (ROOT / "tests/data/drafts31/cases", ROOT / "tests/data/drafts31/labels.jsonl"),
    "drafts32": (ROOT / "tests/data/drafts32/cases", ROOT / "tests/data/drafts32/labels.jsonl"),
    "drafts33": (ROOT / "tests/data/drafts33/cases", ROOT / "tests/data/drafts33/labels.jsonl"),
    "drafts34": (ROOT / "tests/data/drafts34/cases", ROOT / "tests/data/drafts34/labels.jsonl"),
    "drafts35": (ROOT / "tests/data/drafts35/cases", ROOT / "tests/data/drafts35/labels.jsonl"),
    "drafts36": (ROOT / "tests/data/drafts36/cases", ROOT / "tests/data/drafts36/labels.jsonl"),
    "drafts37": (ROOT / "tests/data/drafts37/cases", ROOT / "tests/data/drafts37/labels.jsonl"),
    "drafts38": (ROOT / "tests/data/drafts38/cases", ROOT / "tests/data/drafts38/labels.jsonl"),
    "drafts39": (ROOT / "tests/data/drafts39/cases", ROOT / "tests/data/drafts39/labels.jsonl"),
    "drafts40": (ROOT / "tests/data/drafts40/cases", ROOT / "tests/data/drafts40/labels.jsonl"),
    "drafts41": (ROOT / "tests/data/drafts41/cases", ROOT / "tests/data/drafts41/labels.jsonl"),
    "drafts42": (ROOT / "tests/data/drafts42/cases", ROOT / "tests/data/drafts42/labels.jsonl"),
    "drafts43": (ROOT / "tests/data/drafts43/cases", ROOT / "tests/data/drafts43/labels.jsonl"),
    "drafts44": (ROOT / "tests/data/drafts44/cases", ROOT / "tests/data/drafts44/labels.jsonl"),
    "drafts45": (ROOT / "tests/data/drafts45/cases", ROOT / "tests/data/drafts45/labels.jsonl"),
    "drafts46": (ROOT / "tests/data/drafts46/cases", ROOT / "tests/data/drafts46/labels.jsonl"),
    "drafts47": (ROOT / "tests/data/drafts47/cases", ROOT / "tests/data/drafts47/labels.jsonl"),
    "drafts48": (ROOT / "tests/data/drafts48/cases", ROOT / "tests/data/drafts48/labels.jsonl"),
    "drafts49": (ROOT / "tests/data/drafts49/cases", ROOT / "tests/data/drafts49/labels.jsonl"),
    "drafts50": (ROOT / "tests/data/drafts50/cases", ROOT / "tests/data/drafts50/labels.jsonl"),
    "drafts51": (ROOT / "tests/data/drafts51/cases", ROOT / "tests/data/drafts51/labels.jsonl"),
    "drafts52": (ROOT / "tests/data/drafts52/cases", ROOT / "tests/data/drafts52/labels.jsonl"),
    "drafts53": (ROOT / "tests/data/drafts53/cases", ROOT / "tests/data/drafts53/labels.jsonl"),
    "drafts54": (ROOT / "tests/data/drafts54/cases", ROOT / "tests/data/drafts54/labels.jsonl"),
    "drafts55": (ROOT / "tests/data/drafts55/cases", ROOT / "tests/data/drafts55/labels.jsonl"),
    "drafts56": (ROOT / "tests/data/drafts56/cases", ROOT / "tests/data/drafts56/labels.jsonl"),
    "drafts57": (ROOT / "tests/data/drafts57/cases", ROOT / "tests/data/drafts57/labels.jsonl"),
    "drafts58": (ROOT / "tests/data/drafts58/cases", ROOT / "tests/data/drafts58/labels.jsonl"),
    "drafts59": (ROOT / "tests/data/drafts59/cases", ROOT / "tests/data/drafts59/labels.jsonl"),
    "drafts60": (ROOT / "tests/data/drafts60/cases", ROOT / "tests/data/drafts60/labels.jsonl"),
    "drafts61": (ROOT / "tests/data/drafts61/cases", ROOT / "tests/data/drafts61/labels.jsonl"),
    "drafts62": (ROOT / "tests/data/drafts62/cases", ROOT / "tests/data/drafts62/labels.jsonl"),
    "drafts63": (ROOT / "tests/data/drafts63/cases", ROOT / "tests/data/drafts63/labels.jsonl"),
    "drafts64": (ROOT / "tests/data/drafts64/cases", ROOT / "tests/data/drafts64/labels.jsonl"),
    "drafts65": (ROOT / "tests/data/drafts65/cases", ROOT / "tests/data/drafts65/labels.jsonl"),
    "drafts66": (ROOT / "tests/data/drafts66/cases", ROOT / "tests/data/drafts66/labels.jsonl"),
    "drafts67": (ROOT / "tests/data/drafts67/cases", ROOT / "tests/data/drafts67/labels.jsonl"),
    "drafts68": (ROOT / "tests/data/drafts68/cases", ROOT / "tests/data/drafts68/labels.jsonl"),
    "drafts69": (ROOT / "tests/data/drafts69/cases", ROOT / "tests/data/drafts69/labels.jsonl"),
    "drafts70": (ROOT / "tests/data/drafts70/cases", ROOT / "tests/data/drafts70/labels.jsonl"),
    "drafts71": (ROOT / "tests/data/drafts71/cases", ROOT / "tests/data/drafts71/labels.jsonl"),
    "drafts72": (ROOT / "tests/data/drafts72/cases", ROOT / "tests/data/drafts72/labels.jsonl"),
    "drafts73": (ROOT / "tests/data/drafts73/cases", ROOT / "tests/data/drafts73/labels.jsonl"),
    "drafts74": (ROOT / "tests/data/drafts74/cases", ROOT / "tests/data/drafts74/labels.jsonl"),
    "drafts75": (ROOT / "tests/data/drafts75/cases", ROOT / "tests/data/drafts75/labels.jsonl"),
    "drafts76": (ROOT / "tests/data/drafts76/cases", ROOT / "tests/data/drafts76/labels.jsonl"),
    "drafts77": (ROOT / "tests/data/drafts77/cases", ROOT / "tests/data/drafts77/labels.jsonl"),
    "drafts78": (ROOT / "tests/data/drafts78/cases", ROOT / "tests/data/drafts78/labels.jsonl"),
    "drafts79": (ROOT / "tests/data/drafts79/cases", ROOT / "tests/data/drafts79/labels.jsonl"),
    "drafts80": (ROOT / "tests/data/drafts80/cases", ROOT / "tests/data/drafts80/labels.jsonl"),
    "drafts81": (ROOT / "tests/data/drafts81/cases", ROOT / "tests/data/drafts81/labels.jsonl"),
    "drafts82": (ROOT / "tests/data/drafts82/cases", ROOT / "tests/data/drafts82/labels.jsonl"),
    "drafts83": (ROOT / "tests/data/drafts83/cases", ROOT / "tests/data/drafts83/labels.jsonl"),
    "drafts84": (ROOT / "tests/data/drafts84/cases", ROOT / "tests/data/drafts84/labels.jsonl"),
    "drafts85": (ROOT / "tests/data/drafts85/cases", ROOT / "tests/data/drafts85/labels.jsonl"),
    "drafts86": (ROOT / "tests/data/drafts86/cases", ROOT / "tests/data/drafts86/labels.jsonl"),
    "drafts87": (ROOT / "tests/data/drafts87/cases", ROOT / "tests/data/drafts87/labels.jsonl"),
    "drafts88": (ROOT / "tests/data/drafts88/cases", ROOT / "tests/data/drafts88/labels.jsonl"),
    "drafts89": (ROOT / "tests/data/drafts89/cases", ROOT / "tests/data/drafts89/labels.jsonl"),
    "drafts90": (ROOT / "tests/data/drafts90/cases", ROOT / "tests/data/drafts90/labels.jsonl"),
    "drafts91": (ROOT / "tests/data/drafts91/cases", ROOT / "tests/data/drafts91/labels.jsonl"),
    "drafts92": (ROOT / "tests/data/drafts92/cases", ROOT / "tests/data/drafts92/labels.jsonl"),
    "drafts93": (ROOT / "tests/data/drafts93/cases", ROOT / "tests/data/drafts93/labels.jsonl"),
    "drafts94": (ROOT / "tests/data/drafts94/cases", ROOT / "tests/data/drafts94/labels.jsonl"),
    "drafts95": (ROOT / "tests/data/drafts95/cases", ROOT / "tests/data/drafts95/labels.jsonl"),
    "drafts96": (ROOT / "tests/data/drafts96/cases", ROOT / "tests/data/drafts96/labels.jsonl"),
    "drafts97": (ROOT / "tests/data/drafts97/cases", ROOT / "tests/data/drafts97/labels.jsonl"),
    "drafts98": (ROOT / "tests/data/drafts98/cases", ROOT / "tests/data/drafts98/labels.jsonl"),
    "drafts99": (ROOT / "tests/data/drafts99/cases", ROOT / "tests/data/drafts99/labels.jsonl"),
    "drafts100": (ROOT / "tests/data/drafts100/cases", ROOT / "tests/data/drafts100/labels.jsonl"),
    "drafts101": (ROOT / "tests/data/drafts101/cases", ROOT / "tests/data/drafts101/labels.jsonl"),
    "drafts102": (ROOT / "tests/data/drafts102/cases", ROOT / "tests/data/drafts102/labels.jsonl"),
    "drafts103": (ROOT / "tests/data/drafts103/cases", ROOT / "tests/data/drafts103/labels.jsonl"),
    "drafts104": (ROOT / "tests/data/drafts104/cases", ROOT / "tests/data/drafts104/labels.jsonl"),
    "drafts105": (ROOT / "tests/data/drafts105/cases", ROOT / "tests/data/drafts105/labels.jsonl"),
    "drafts106": (ROOT / "tests/data/drafts106/cases", ROOT / "tests/data/drafts106/labels.jsonl"),
    "drafts107": (ROOT / "tests/data/drafts107/cases", ROOT / "tests/data/drafts107/labels.jsonl"),
    "drafts108": (ROOT / "tests/data/drafts108/cases", ROOT / "tests/data/drafts108/labels.jsonl"),
    "drafts109": (ROOT / "tests/data/drafts109/cases", ROOT / "tests/data/drafts109/labels.jsonl"),
    "drafts110": (ROOT / "tests/data/drafts110/cases", ROOT / "tests/data/drafts110/labels.jsonl"),
    "drafts111": (ROOT / "tests/data/drafts111/cases", ROOT / "tests/data/drafts111/labels.jsonl"),
    "drafts112": (ROOT / "tests/data/drafts112/cases", ROOT / "tests/data/drafts112/labels.jsonl"),
    "drafts113": (ROOT / "tests/data/drafts113/cases", ROOT / "tests/data/drafts113/labels.jsonl"),
    "drafts114": (ROOT / "tests/data/drafts114/cases", ROOT / "tests/data/drafts114/labels.jsonl"),
    "drafts115": (ROOT / "tests/data/drafts115/cases", ROOT / "tests/data/drafts115/labels.jsonl"),
    "drafts116": (ROOT / "tests/data/drafts116/cases", ROOT / "tests/data/drafts116/labels.jsonl"),
    "drafts117": (ROOT / "tests/data/drafts117/cases", ROOT / "tests/data/drafts117/labels.jsonl"),
    "drafts118": (ROOT / "tests/data/drafts118/cases", ROOT / "tests/data/drafts118/labels.jsonl"),
    "drafts119": (ROOT / "tests/data/drafts119/cases", ROOT / "tests/data/drafts119/labels.jsonl"),
    "drafts120": (ROOT / "tests/data/drafts120/cases", ROOT / "tests/data/drafts120/labels.jsonl"),
    "drafts121": (ROOT / "tests/data/drafts121/cases", ROOT / "tests/data/drafts121/labels.jsonl"),
    "drafts122": (ROOT / "tests/data/drafts122/cases", ROOT / "tests/data/drafts122/labels.jsonl"),
    "drafts123": (ROOT / "tests/data/drafts123/cases", ROOT / "tests/data/drafts123/labels.jsonl"),
    "drafts124": (ROOT / "tests/data/drafts124/cases", ROOT / "tests/data/drafts124/labels.jsonl"),
    "drafts125": (ROOT / "tests/data/drafts125/cases", ROOT / "tests/data/drafts125/labels.jsonl"),
    "drafts126": (ROOT / "tests/data/drafts126/cases", ROOT / "tests/data/drafts126/labels.jsonl"),
    "drafts127": (ROOT / "tests/data/drafts127/cases", ROOT / "tests/data/drafts127/labels.jsonl"),
    "drafts128": (ROOT / "tests/data/drafts128/cases", ROOT / "tests/data/drafts128/labels.jsonl"),
    "drafts129": (ROOT / "tests/data/drafts129/cases", ROOT / "tests/data/drafts129/labels.jsonl"),
    "drafts130": (ROOT / "tests/data/drafts130/cases", ROOT / "tests/data/drafts130/labels.jsonl"),
    "drafts131": (ROOT / "tests/data/drafts131/cases", ROOT / "tests/data/drafts131/labels.jsonl"),
    "drafts132": (ROOT / "tests/data/drafts132/cases", ROOT / "tests/data/drafts132/labels.jsonl"),
    "drafts133": (ROOT / "tests/data/drafts133/cases", ROOT / "tests/data/drafts133/labels.jsonl"),
    "drafts134": (ROOT / "tests/data/drafts134/cases", ROOT / "tests/data/drafts134/labels.jsonl"),
    "drafts135": (ROOT / "tests/data/drafts135/cases", ROOT / "tests/data/drafts135/labels.jsonl"),
    "drafts136": (ROOT / "tests/data/drafts136/cases", ROOT / "tests/data/drafts136/labels.jsonl"),
    "drafts137": (ROOT / "tests/data/drafts137/cases", ROOT / "tests/data/drafts137/labels.jsonl"),
    "drafts138": (ROOT / "tests/data/drafts138/cases", ROOT / "tests/data/drafts138/labels.jsonl"),
    "drafts139": (ROOT / "tests/data/drafts139/cases", ROOT / "tests/data/drafts139/labels.jsonl"),
    "drafts140": (ROOT / "tests/data/drafts140/cases", ROOT / "tests/data/drafts140/labels.jsonl"),
    "drafts141": (ROOT / "tests/data/drafts141/cases", ROOT / "tests/data/drafts141/labels.jsonl"),
    "drafts142": (ROOT / "tests/data/drafts142/cases", ROOT / "tests/data/drafts142/labels.jsonl"),
    "drafts143": (ROOT / "tests/data/drafts143/cases", ROOT / "tests/data/drafts143/labels.jsonl"),
    "drafts144": (ROOT / "tests/data/drafts144/cases", ROOT / "tests/data/drafts144/labels.jsonl"),
    "drafts145": (ROOT / "tests/data/drafts145/cases", ROOT / "tests/data/drafts145/labels.jsonl"),
    "drafts146": (ROOT / "tests/data/drafts146/cases", ROOT / "tests/data/drafts146/labels.jsonl"),
    "drafts147": (ROOT / "tests/data/drafts147/cases", ROOT / "tests/data/drafts147/labels.jsonl"),
    "drafts148": (ROOT / "tests/data/drafts148/cases", ROOT / "tests/data/drafts148/labels.jsonl"),
    "drafts149": (ROOT / "tests/data/drafts149/cases", ROOT / "tests/data/drafts149/labels.jsonl"),
    "drafts150": (ROOT / "tests/data/drafts150/cases", ROOT / "tests/data/drafts150/labels.jsonl"),
    "drafts151": (ROOT / "tests/data/drafts151/cases", ROOT / "tests/data/drafts151/labels.jsonl"),
    "drafts152": (ROOT / "tests/data/drafts152/cases", ROOT / "tests/data/drafts152/labels.jsonl"),
    "drafts153": (ROOT / "tests/data/drafts153/cases", ROOT / "tests/data/drafts153/labels.jsonl"),
    "drafts154": (ROOT / "tests/data/drafts154/cases", ROOT / "tests/data/drafts154/labels.jsonl"),
    "drafts155": (ROOT / "tests/data/drafts155/cases", ROOT / "tests/data/drafts155/labels.jsonl"),
    "drafts156": (ROOT / "tests/data/drafts156/cases", ROOT / "tests/data/drafts156/labels.jsonl"),
    "drafts157": (ROOT / "tests/data/drafts157/cases", ROOT / "tests/data/drafts157/labels.jsonl"),
    "drafts158": (ROOT / "tests/data/drafts158/cases", ROOT / "tests/data/drafts158/labels.jsonl"),
    "drafts159": (ROOT / "tests/data/drafts159/cases", ROOT / "tests/data/drafts159/labels.jsonl"),
    "drafts160": (ROOT / "tests/data/drafts160/cases", ROOT / "tests/data/drafts160/labels.jsonl"),
    "drafts161": (ROOT / "tests/data/drafts161/cases", ROOT / "tests/data/drafts161/labels.jsonl"),
    "drafts162": (ROOT / "tests/data/drafts162/cases", ROOT / "tests/data/drafts162/labels.jsonl"),
    "drafts163": (ROOT / "tests/data/drafts163/cases", ROOT / "tests/data/drafts163/labels.jsonl"),
    "drafts164": (ROOT / "tests/data/drafts164/cases", ROOT / "tests/data/drafts164/labels.jsonl"),
    "drafts165": (ROOT / "tests/data/drafts165/cases", ROOT / "tests/data/drafts165/labels.jsonl"),
    "drafts166": (ROOT / "tests/data/drafts166/cases", ROOT / "tests/data/drafts166/labels.jsonl"),
    "drafts167": (ROOT / "tests/data/drafts167/cases", ROOT / "tests/data/drafts167/labels.jsonl"),
    "drafts169": (ROOT / "tests/data/drafts169/cases", ROOT / "tests/data/drafts169/labels.jsonl"),
    "drafts170": (ROOT / "tests/data/drafts170/cases", ROOT / "tests/data/drafts170/labels.jsonl"),
    "drafts171": (ROOT / "tests/data/drafts171/cases", ROOT / "tests/data/drafts171/labels.jsonl"),
    "drafts172": (ROOT / "tests/data/drafts172/cases", ROOT / "tests/data/drafts172/labels.jsonl"),
    "drafts173": (ROOT / "tests/data/drafts173/cases", ROOT / "tests/data/drafts173/labels.jsonl"),
    "drafts174": (ROOT / "tests/data/drafts174/cases", ROOT / "tests/data/drafts174/labels.jsonl"),
    "drafts175": (ROOT / "tests/data/drafts175/cases", ROOT / "tests/data/drafts175/labels.jsonl"),
    "drafts176": (ROOT / "tests/data/drafts176/cases", ROOT / "tests/data/drafts176/labels.jsonl"),
    "drafts177": (ROOT / "tests/data/drafts177/cases", ROOT / "tests/data/drafts177/labels.jsonl"),
    "drafts178": (ROOT / "tests/data/drafts178/cases", ROOT / "tests/data/drafts178/labels.jsonl"),
    "drafts179": (ROOT / "tests/data/drafts179/cases", ROOT / "tests/data/drafts179/labels.jsonl"),
    "drafts180": (ROOT / "tests/data/drafts180/cases", ROOT / "tests/data/drafts180/labels.jsonl"),
    "drafts181": (ROOT / "tests/data/drafts181/cases", ROOT / "tests/data/drafts181/labels.jsonl"),
    "drafts182": (ROOT / "tests/data/drafts182/cases", ROOT / "tests/data/drafts182/labels.jsonl"),
    "drafts183": (ROOT / "tests/data/drafts183/cases", ROOT / "tests/data/drafts183/labels.jsonl"),
    "drafts184": (ROOT / "tests/data/drafts184/cases", ROOT / "tests/data/drafts184/labels.jsonl"),
    "drafts185": (ROOT / "tests/data/drafts185/cases", ROOT / "tests/data/drafts185/labels.jsonl"),
    "drafts186": (ROOT / "tests/data/drafts186/cases", ROOT / "tests/data/drafts186/labels.jsonl"),
    "drafts187": (ROOT / "tests/data/drafts187/cases", ROOT / "tests/data/drafts187/labels.jsonl"),
    "drafts188": (ROOT / "tests/data/drafts188/cases", ROOT / "tests/data/drafts188/labels.jsonl"),
    "drafts189": (ROOT / "tests/data/drafts189/cases", ROOT / "tests/data/drafts189/labels.jsonl"),
    "drafts190": (ROOT / "tests/data/drafts190/cases", ROOT / "tests/data/drafts190/labels.jsonl"),
    "drafts191": (ROOT / "tests/data/drafts191/cases", ROOT / "tests/data/drafts191/labels.jsonl"),
    "drafts192": (ROOT / "tests/data/drafts192/cases", ROOT / "tests/data/drafts192/labels.jsonl"),
    "drafts193": (ROOT / "tests/data/drafts193/cases", ROOT / "tests/data/drafts193/labels.jsonl"),
    "drafts194": (ROOT / "tests/data/drafts194/cases", ROOT / "tests/data/drafts194/labels.jsonl"),
    "drafts195": (ROOT / "tests/data/drafts195/cases", ROOT / "tests/data/drafts195/labels.jsonl"),
    "drafts196": (ROOT / "tests/data/drafts196/cases", ROOT / "tests/data/drafts196/labels.jsonl"),
    "drafts197": (ROOT / "tests/data/drafts197/cases", ROOT / "tests/data/drafts197/labels.jsonl"),
    "drafts198": (ROOT / "tests/data/drafts198/cases", ROOT / "tests/data/drafts198/labels.jsonl"),
    "drafts199": (ROOT / "tests/data/drafts199/cases", ROOT / "tests/data/drafts199/labels.jsonl"),
    "drafts200": (ROOT / "tests/data/drafts200/cases", ROOT / "tests/data/drafts200/labels.jsonl"),
    "drafts201": (ROOT / "tests/data/drafts201/cases", ROOT / "tests/data/drafts201/labels.jsonl"),
    "drafts202": (ROOT / "tests/data/drafts202/cases", ROOT / "tests/data/drafts202/labels.jsonl"),
    "drafts203": (ROOT / "tests/data/drafts203/cases", ROOT / "tests/data/drafts203/labels.jsonl"),
    "drafts204": (ROOT / "tests/data/drafts204/cases", ROOT / "tests/data/drafts204/labels.jsonl"),
    "drafts205": (ROOT / "tests/data/drafts205/cases", ROOT / "tests/data/drafts205/labels.jsonl"),
    "drafts206": (ROOT / "tests/data/drafts206/cases", ROOT / "tests/data/drafts206/labels.jsonl"),
    "drafts207": (ROOT / "tests/data/drafts207/cases", ROOT / "tests/data/drafts207/labels.jsonl"),
    "drafts208": (ROOT / "tests/data/drafts208/cases", ROOT / "tests/data/drafts208/labels.jsonl"),
    "drafts209": (ROOT / "tests/data/drafts209/cases", ROOT / "tests/data/drafts209/labels.jsonl"),
    "drafts210": (ROOT / "tests/data/drafts210/cases", ROOT / "tests/data/drafts210/labels.jsonl"),
    "drafts211": (ROOT / "tests/data/drafts211/cases", ROOT / "tests/data/drafts211/labels.jsonl"),
    "drafts212": (ROOT / "tests/data/drafts212/cases", ROOT / "tests/data/drafts212/labels.jsonl"),
    "drafts213": (ROOT / "tests/data/drafts213/cases", ROOT / "tests/data/drafts213/labels.jsonl"),
    "drafts214": (ROOT / "tests/data/drafts214/cases", ROOT / "tests/data/drafts214/labels.jsonl"),
    "drafts215": (ROOT / "tests/data/drafts215/cases", ROOT / "tests/data/drafts215/labels.jsonl"),
    "drafts216": (ROOT / "tests/data/drafts216/cases", ROOT / "tests/data/drafts216/labels.jsonl"),
    "drafts217": (ROOT / "tests/data/drafts217/cases", ROOT / "tests/data/drafts217/labels.jsonl"),
    "drafts218": (ROOT / "tests/data/drafts218/cases", ROOT / "tests/data/drafts218/labels.jsonl"),
    "drafts219": (ROOT / "tests/data/drafts219/cases", ROOT / "tests/data/drafts219/labels.jsonl"),
    "drafts220": (ROOT / "tests/data/drafts220/cases", ROOT / "tests/data/drafts220/labels.jsonl"),
    "drafts221": (ROOT / "tests/data/drafts221/cases", ROOT / "tests/data/drafts221/labels.jsonl"),
    "drafts222": (ROOT / "tests/data/drafts222/cases", ROOT / "tests/data/drafts222/labels.jsonl"),
    "drafts223": (ROOT / "tests/data/drafts223/cases", ROOT / "tests/data/drafts223/labels.jsonl"),
    "drafts224": (ROOT / "tests/data/drafts224/cases", ROOT / "tests/data/drafts224/labels.jsonl"),
    "drafts225": (ROOT / "tests/data/drafts225/cases", ROOT / "tests/data/drafts225/labels.jsonl"),
    "drafts226": (ROOT / "tests/data/drafts226/cases", ROOT / "tests/data/drafts226/labels.jsonl"),
    "drafts227": (ROOT / "tests/data/drafts227/cases", ROOT / "tests/data/drafts227/labels.jsonl"),
    "drafts228": (ROOT / "tests/data/drafts228/cases", ROOT / "tests/data/drafts228/labels.jsonl"),
    "drafts229": (ROOT / "tests/data/drafts229/cases", ROOT / "tests/data/drafts229/labels.jsonl"),
    "drafts230": (ROOT / "tests/data/drafts230/cases", ROOT / "tests/data/drafts230/labels.jsonl"),
    "drafts231": (ROOT / "tests/data/drafts231/cases", ROOT / "tests/data/drafts231/labels.jsonl"),
    "drafts232": (ROOT / "tests/data/drafts232/cases", ROOT / "tests/data/drafts232/labels.jsonl"),
    "drafts233": (ROOT / "tests/data/drafts233/cases", ROOT / "tests/data/drafts233/labels.jsonl"),
    "drafts234": (ROOT / "tests/data/drafts234/cases", ROOT / "tests/data/drafts234/labels.jsonl"),
    "drafts235": (ROOT / "tests/data/drafts235/cases", ROOT / "tests/data/drafts235/labels.jsonl"),
    "drafts236": (ROOT / "tests/data/drafts236/cases", ROOT / "tests/data/drafts236/labels.jsonl"),
    "drafts237": (ROOT / "tests/data/drafts237/cases", ROOT / "tests/data/drafts237/labels.jsonl"),
    "drafts238": (ROOT / "tests/data/drafts238/cases", ROOT / "tests/data/drafts238/labels.jsonl"),
    "drafts239": (ROOT / "tests/data/drafts239/cases", ROOT / "tests/data/drafts239/labels.jsonl"),
    "drafts240": (ROOT / "tests/data/drafts240/cases", ROOT / "tests/data/drafts240/labels.jsonl"),
    "drafts241": (ROOT / "tests/data/drafts241/cases", ROOT / "tests/data/drafts241/labels.jsonl"),
    "drafts242": (ROOT / "tests/data/drafts242/cases", ROOT / "tests/data/drafts242/labels.jsonl"),
    "drafts243": (ROOT / "tests/data/drafts243/cases", ROOT / "tests/data/drafts243/labels.jsonl"),
    "drafts244": (ROOT / "tests/data/drafts244/cases", ROOT / "tests/data/drafts244/labels.jsonl"),
    "drafts245": (ROOT / "tests/data/drafts245/cases", ROOT / "tests/data/drafts245/labels.jsonl"),
    "drafts246": (ROOT / "tests/data/drafts246/cases", ROOT / "tests/data/drafts246/labels.jsonl"),
    "drafts247": (ROOT / "tests/data/drafts247/cases", ROOT / "tests/data/drafts247/labels.jsonl"),
    "drafts248": (ROOT / "tests/data/drafts248/cases", ROOT / "tests/data/drafts248/labels.jsonl"),
    "drafts249": (ROOT / "tests/data/drafts249/cases", ROOT / "tests/data/drafts249/labels.jsonl"),
    "drafts250": (ROOT / "tests/data/drafts250/cases", ROOT / "tests/data/drafts250/labels.jsonl"),
    "drafts251": (ROOT / "tests/data/drafts251/cases", ROOT / "tests/data/drafts251/labels.jsonl"),
    "drafts252": (ROOT / "tests/data/drafts252/cases", ROOT / "tests/data/drafts252/labels.jsonl"),
    "drafts253": (ROOT / "tests/data/drafts253/cases", ROOT / "tests/data/drafts253/labels.jsonl"),
    "drafts254": (ROOT / "tests/data/drafts254/cases", ROOT / "tests/data/drafts254/labels.jsonl"),
    "drafts255": (ROOT / "tests/data/drafts255/cases", ROOT / "tests/data/drafts255/labels.jsonl"),
    "drafts256": (ROOT / "tests/data/drafts256/cases", ROOT / "tests/data/drafts256/labels.jsonl"),
    "drafts257": (ROOT / "tests/data/drafts257/cases", ROOT / "tests/data/drafts257/labels.jsonl"),
    "drafts258": (ROOT / "tests/data/drafts258/cases", ROOT / "tests/data/drafts258/labels.jsonl"),
    "drafts259": (ROOT / "tests/data/drafts259/cases", ROOT / "tests/data/drafts259/labels.jsonl"),
    "drafts260": (ROOT / "tests/data/drafts260/cases", ROOT / "tests/data/drafts260/labels.jsonl"),
    "drafts261": (ROOT / "tests/data/drafts261/cases", ROOT / "tests/data/drafts261/labels.jsonl"),
    "drafts262": (ROOT / "tests/data/drafts262/cases", ROOT / "tests/data/drafts262/labels.jsonl"),
    "drafts263": (ROOT / "tests/data/drafts263/cases", ROOT / "tests/data/drafts263/labels.jsonl"),
    "drafts264": (ROOT / "tests/data/drafts264/cases", ROOT / "tests/data/drafts264/labels.jsonl"),
    "drafts265": (ROOT / "tests/data/drafts265/cases", ROOT / "tests/data/drafts265/labels.jsonl"),
    "drafts266": (ROOT / "tests/data/drafts266/cases", ROOT / "tests/data/drafts266/labels.jsonl"),
    "drafts267": (ROOT / "tests/data/drafts267/cases", ROOT / "tests/data/drafts267/labels.jsonl"),
    "drafts268": (ROOT / "tests/data/drafts268/cases", ROOT / "tests/data/drafts268/labels.jsonl"),
    "drafts269": (ROOT / "tests/data/drafts269/cases", ROOT / "tests/data/drafts269/labels.jsonl"),
    "drafts270": (ROOT / "tests/data/drafts270/cases", ROOT / "tests/data/drafts270/labels.jsonl"),
    "drafts271": (ROOT / "tests/data/drafts271/cases", ROOT / "tests/data/drafts271/labels.jsonl"),
    "drafts272": (ROOT / "tests/data/drafts272/cases", ROOT / "tests/data/drafts272/labels.jsonl"),
    "drafts273": (ROOT / "tests/data/drafts273/cases", ROOT / "tests/data/drafts273/labels.jsonl"),
    "drafts274": (ROOT / "tests/data/drafts274/cases", ROOT / "tests/data/drafts274/labels.jsonl"),
    "drafts275": (ROOT / "tests/data/drafts275/cases", ROOT / "tests/data/drafts275/labels.jsonl"),
    "drafts276": (ROOT / "tests/data/drafts276/cases", ROOT / "tests/data/drafts276/labels.jsonl"),
    "drafts277": (ROOT / "tests/data/drafts277/cases", ROOT / "tests/data/drafts277/labels.jsonl"),
    "drafts278": (ROOT / "tests/data/drafts278/cases", ROOT / "tests/data/drafts278/labels.jsonl"),
    "drafts279": (ROOT / "tests/data/drafts279/cases", ROOT / "tests/data/drafts279/labels.jsonl"),
    "drafts280": (ROOT / "tests/data/drafts280/cases", ROOT / "tests/data/drafts280/labels.jsonl"),
    "drafts281": (ROOT / "tests/data/drafts281/cases", ROOT / "tests/data/drafts281/labels.jsonl"),
    "drafts282": (ROOT / "tests/data/drafts282/cases", ROOT / "tests/data/drafts282/labels.jsonl"),
    "drafts283": (ROOT / "tests/data/drafts283/cases", ROOT / "tests/data/drafts283/labels.jsonl"),
    "drafts284": (ROOT / "tests/data/drafts284/cases", ROOT / "tests/data/drafts284/labels.jsonl"),
    "drafts285": (ROOT / "tests/data/drafts285/cases", ROOT / "tests/data/drafts285/labels.jsonl"),
    "drafts286": (ROOT / "tests/data/drafts286/cases", ROOT / "tests/data/drafts286/labels.jsonl"),
    "drafts287": (ROOT / "tests/data/drafts287/cases", ROOT / "tests/data/drafts287/labels.jsonl"),
    "drafts288": (ROOT / "tests/data/drafts288/cases", ROOT / "tests/data/drafts288/labels.jsonl"),
    "drafts289": (ROOT / "tests/data/drafts289/cases", ROOT / "tests/data/drafts289/labels.jsonl"),
    "drafts290": (ROOT / "tests/data/drafts290/cases", ROOT / "tests/data/drafts290/labels.jsonl"),
    "drafts291": (ROOT / "tests/data/drafts291/cases", ROOT / "tests/data/drafts291/labels.jsonl"),
    "drafts292": (ROOT / "tests/data/drafts292/cases", ROOT / "tests/data/drafts292/labels.jsonl"),
    "drafts293": (ROOT / "tests/data/drafts293/cases", ROOT / "tests/data/drafts293/labels.jsonl"),
    "drafts294": (ROOT / "tests/data/drafts294/cases", ROOT / "tests/data/drafts294/labels.jsonl"),
    "drafts295": (ROOT / "tests/data/drafts295/cases", ROOT / "tests/data/drafts295/labels.jsonl"),
    "drafts296": (ROOT / "tests/data/drafts296/cases", ROOT / "tests/data/drafts296/labels.jsonl"),
    "drafts297": (ROOT / "tests/data/drafts297/cases", ROOT / "tests/data/drafts297/labels.jsonl"),
    "drafts298": (ROOT / "tests/data/drafts298/cases", ROOT / "tests/data/drafts298/labels.jsonl"),
    "drafts299": (ROOT / "tests/data/drafts299/cases", ROOT / "tests/data/drafts299/labels.jsonl"),
    "drafts300": (ROOT / "tests/data/drafts300/cases", ROOT / "tests/data/drafts300/labels.jsonl"),
    "drafts301": (ROOT / "tests/data/drafts301/cases", ROOT / "tests/data/drafts301/labels.jsonl"),
    "drafts302": (ROOT / "tests/data/drafts302/cases", ROOT / "tests/data/drafts302/labels.jsonl"),
    "drafts303": (ROOT / "tests/data/drafts303/cases", ROOT / "tests/data/drafts303/labels.jsonl"),
    "drafts304": (ROOT / "tests/data/drafts304/cases", ROOT / "tests/data/drafts304/labels.jsonl"),
    "drafts305": (ROOT / "tests/data/drafts305/cases", ROOT / "tests/data/drafts305/labels.jsonl"),
    "drafts306": (ROOT / "tests/data/drafts306/cases", ROOT / "tests/data/drafts306/labels.jsonl"),
    "drafts307": (ROOT / "tests/data/drafts307/cases", ROOT / "tests/data/drafts307/labels.jsonl"),
    "drafts308": (ROOT / "tests/data/drafts308/cases", ROOT / "tests/data/drafts308/labels.jsonl"),
    "drafts309": (ROOT / "tests/data/drafts309/cases", ROOT / "tests/data/drafts309/labels.jsonl"),
    "drafts310": (ROOT / "tests/data/drafts310/cases", ROOT / "tests/data/drafts310/labels.jsonl"),
    "drafts311": (ROOT / "tests/data/drafts311/cases", ROOT / "tests/data/drafts311/labels.jsonl"),
    "drafts312": (ROOT / "tests/data/drafts312/cases", ROOT / "tests/data/drafts312/labels.jsonl"),
    "drafts313": (ROOT / "tests/data/drafts313/cases", ROOT / "tests/data/drafts313/labels.jsonl"),
    "drafts314": (ROOT / "tests/data/drafts314/cases", ROOT / "tests/data/drafts314/labels.jsonl"),
    "drafts315": (ROOT / "tests/data/drafts315/cases", ROOT / "tests/data/drafts315/labels.jsonl"),
    "drafts316": (ROOT / "tests/data/drafts316/cases", ROOT / "tests/data/drafts316/labels.jsonl"),
    "drafts317": (ROOT / "tests/data/drafts317/cases", ROOT / "tests/data/drafts317/labels.jsonl"),
    "drafts318": (ROOT / "tests/data/drafts318/cases", ROOT / "tests/data/drafts318/labels.jsonl"),
    "drafts319": (ROOT / "tests/data/drafts319/cases", ROOT / "tests/data/drafts319/labels.jsonl"),
    "drafts320": (ROOT / "tests/data/drafts320/cases", ROOT / "tests/data/drafts320/labels.jsonl"),
    "drafts321": (ROOT / "tests/data/drafts321/cases", ROOT / "tests/data/drafts321/labels.jsonl"),
    "drafts322": (ROOT / "tests/data/drafts322/cases", ROOT / "tests/data/drafts322/labels.jsonl"),
    "drafts323": (ROOT / "tests/data/drafts323/cases", ROOT / "tests/data/drafts323/labels.jsonl"),
    "drafts324": (ROOT / "tests/data/drafts324/cases", ROOT / "tests/data/drafts324/labels.jsonl"),
    "drafts325": (ROOT / "tests/data/drafts325/cases", ROOT / "tests/data/drafts325/labels.jsonl"),
    "drafts326": (ROOT / "tests/data/drafts326/cases", ROOT / "tests/data/drafts326/labels.jsonl"),
    "drafts327": (ROOT / "tests/data/drafts327/cases", ROOT / "tests/data/drafts327/labels.jsonl"),
    "drafts328": (ROOT / "tests/data/drafts328/cases", ROOT / "tests/data/drafts328/labels.jsonl"),
    "drafts329": (ROOT / "tests/data/drafts329/cases", ROOT / "tests/data/drafts329/labels.jsonl"),
    "drafts330": (ROOT / "tests/data/drafts330/cases", ROOT / "tests/data/drafts330/labels.jsonl"),
    "drafts331": (ROOT / "tests/data/drafts331/cases", ROOT / "tests/data/drafts331/labels.jsonl"),
    "drafts332": (ROOT / "tests/data/drafts332/cases", ROOT / "tests/data/drafts332/labels.jsonl"),
    "drafts333": (ROOT / "tests/data/drafts333/cases", ROOT / "tests/data/drafts333/labels.jsonl"),
    "drafts334": (ROOT / "tests/data/drafts334/cases", ROOT / "tests/data/drafts334/labels.jsonl"),
    "drafts335": (ROOT / "tests/data/drafts335/cases", ROOT / "tests/data/drafts335/labels.jsonl"),
    "drafts336": (ROOT / "tests/data/drafts336/cases", ROOT / "tests/data/drafts336/labels.jsonl"),
    "drafts337": (ROOT / "tests/data/drafts337/cases", ROOT / "tests/data/drafts337/labels.jsonl"),
    "drafts338": (ROOT / "tests/data/drafts338/cases", ROOT / "tests/data/drafts338/labels.jsonl"),
    "drafts339": (ROOT / "tests/data/drafts339/cases", ROOT / "tests/data/drafts339/labels.jsonl"),
    "drafts340": (ROOT / "tests/data/drafts340/cases", ROOT / "tests/data/drafts340/labels.jsonl"),
    "drafts341": (ROOT / "tests/data/drafts341/cases", ROOT / "tests/data/drafts341/labels.jsonl"),
    "drafts342": (ROOT / "tests/data/drafts342/cases", ROOT / "tests/data/drafts342/labels.jsonl"),
    "drafts343": (ROOT / "tests/data/drafts343/cases", ROOT / "tests/data/drafts343/labels.jsonl"),
    "drafts344": (ROOT / "tests/data/drafts344/cases", ROOT / "tests/data/drafts344/labels.jsonl"),
    "drafts345": (ROOT / "tests/data/drafts345/cases", ROOT / "tests/data/drafts345/labels.jsonl"),
    "drafts346": (ROOT / "tests/data/drafts346/cases", ROOT / "tests/data/drafts346/labels.jsonl"),
    "drafts347": (ROOT / "tests/data/drafts347/cases", ROOT / "tests/data/drafts347/labels.jsonl"),
    "drafts348": (ROOT / "tests/data/drafts348/cases", ROOT / "tests/data/drafts348/labels.jsonl"),
    "drafts349": (ROOT / "tests/data/drafts349/cases", ROOT / "tests/data/drafts349/labels.jsonl"),
    "drafts350": (ROOT / "tests/data/drafts350/cases", ROOT / "tests/data/drafts350/labels.jsonl"),
    "drafts351": (ROOT / "tests/data/drafts351/cases", ROOT / "tests/data/drafts351/labels.jsonl"),
    "drafts352": (ROOT / "tests/data/drafts352/cases", ROOT / "tests/data/drafts352/labels.jsonl"),
    "drafts353": (ROOT / "tests/data/drafts353/cases", ROOT / "tests/data/drafts353/labels.jsonl"),
    "drafts354": (ROOT / "tests/data/drafts354/cases", ROOT / "tests/data/drafts354/labels.jsonl"),
    "drafts355": (ROOT / "tests/data/drafts355/cases", ROOT / "tests/data/drafts355/labels.jsonl"),
    "drafts356": (ROOT / "tests/data/drafts356/cases", ROOT / "tests/data/drafts356/labels.jsonl"),
    "drafts357": (ROOT / "tests/data/drafts357/cases", ROOT / "tests/data/drafts357/labels.jsonl"),
    "drafts358": (ROOT / "tests/data/drafts358/cases", ROOT / "tests/data/drafts358/labels.jsonl"),
    "drafts359": (ROOT / "tests/data/drafts359/cases", ROOT / "tests/data/drafts359/labels.jsonl"),
    "drafts360": (ROOT / "tests/data/drafts360/cases", ROOT / "tests/data/drafts360/labels.jsonl"),
    "drafts361": (ROOT / "tests/data/drafts361/cases", ROOT / "tests/data/drafts361/labels.jsonl"),
    "drafts362": (ROOT / "tests/data/drafts362/cases", ROOT / "tests/data/drafts362/labels.jsonl"),
    "drafts363": (ROOT / "tests/data/drafts363/cases", ROOT / "tests/data/drafts363/labels.jsonl"),
    "drafts364": (ROOT / "tests/data/drafts364/cases", ROOT / "tests/data/drafts364/labels.jsonl"),
    "drafts365": (ROOT / "tests/data/drafts365/cases", ROOT / "tests/data/drafts365/labels.jsonl"),
    "drafts366": (ROOT / "tests/data/drafts366/cases", ROOT / "tests/data/drafts366/labels.jsonl"),
    "drafts367": (ROOT / "tests/data/drafts367/cases", ROOT / "tests/data/drafts367/labels.jsonl"),
    "drafts368": (ROOT / "tests/data/drafts368/cases", ROOT / "tests/data/drafts368/labels.jsonl"),
    "drafts369": (ROOT / "tests/data/drafts369/cases", ROOT / "tests/data/drafts369/labels.jsonl"),
    "drafts370": (ROOT / "tests/data/drafts370/cases", ROOT / "tests/data/drafts370/labels.jsonl"),
    "drafts371": (ROOT / "tests/data/drafts371/cases", ROOT / "tests/data/drafts371/labels.jsonl"),
    "drafts372": (ROOT / "tests/data/drafts372/cases", ROOT / "tests/data/drafts372/labels.jsonl"),
    "drafts373": (ROOT / "tests/data/drafts373/cases", ROOT / "tests/data/drafts373/labels.jsonl"),
    "drafts374": (ROOT / "tests/data/drafts374/cases", ROOT / "tests/data/drafts374/labels.jsonl"),
    "drafts375": (ROOT / "tests/data/drafts375/cases", ROOT / "tests/data/drafts375/labels.jsonl"),
    "drafts376": (ROOT / "tests/data/drafts376/cases", ROOT / "tests/data/drafts376/labels.jsonl"),
    "drafts377": (ROOT / "tests/data/drafts377/cases", ROOT / "tests/data/drafts377/labels.jsonl"),
    "drafts378": (ROOT / "tests/data/drafts378/cases", ROOT / "tests/data/drafts378/labels.jsonl"),
    "drafts379": (ROOT / "tests/data/drafts379/cases", ROOT / "tests/data/drafts379/labels.jsonl"),
    "drafts380": (ROOT / "tests/data/drafts380/cases", ROOT / "tests/data/drafts380/labels.jsonl"),
    "drafts381": (ROOT / "tests/data/drafts381/cases", ROOT / "tests/data/drafts381/labels.jsonl"),
    "drafts382": (ROOT / "tests/data/drafts382/cases", ROOT / "tests/data/drafts382/labels.jsonl"),
    "drafts383": (ROOT / "tests/data/drafts383/cases", ROOT / "tests/data/drafts383/labels.jsonl"),
    "drafts384": (ROOT / "tests/data/drafts384/cases", ROOT / "tests/data/drafts384/labels.jsonl"),
    "drafts385": (ROOT / "tests/data/drafts385/cases", ROOT / "tests/data/drafts385/labels.jsonl"),
    "drafts386": (ROOT / "tests/data/drafts386/cases", ROOT / "tests/data/drafts386/labels.jsonl"),
    "drafts387": (ROOT / "tests/data/drafts387/cases", ROOT / "tests/data/drafts387/labels.jsonl"),
    "drafts388": (ROOT / "tests/data/drafts388/cases", ROOT / "tests/data/drafts388/labels.jsonl"),
    "drafts389": (ROOT / "tests/data/drafts389/cases", ROOT / "tests/data/drafts389/labels.jsonl"),
    "drafts390": (ROOT / "tests/data/drafts390/cases", ROOT / "tests/data/drafts390/labels.jsonl"),
    "drafts391": (ROOT / "tests/data/drafts391/cases", ROOT / "tests/data/drafts391/labels.jsonl"),
    "drafts392": (ROOT / "tests/data/drafts392/cases", ROOT / "tests/data/drafts392/labels.jsonl"),
    "drafts393": (ROOT / "tests/data/drafts393/cases", ROOT / "tests/data/drafts393/labels.jsonl"),
    "drafts394": (ROOT / "tests/data/drafts394/cases", ROOT / "tests/data/drafts394/labels.jsonl"),
    "drafts395": (ROOT / "tests/data/drafts395/cases", ROOT / "tests/data/drafts395/labels.jsonl"),
    "drafts396": (ROOT / "tests/data/drafts396/cases", ROOT / "tests/data/drafts396/labels.jsonl"),
    "drafts397": (ROOT / "tests/data/drafts397/cases", ROOT / "tests/data/drafts397/labels.jsonl"),
    "drafts398": (ROOT / "tests/data/drafts398/cases", ROOT / "tests/data/drafts398/labels.jsonl"),
    "drafts399": (ROOT / "tests/data/drafts399/cases", ROOT / "tests/data/drafts399/labels.jsonl"),
    "drafts400": (ROOT / "tests/data/drafts400/cases", ROOT / "tests/data/drafts400/labels.jsonl"),
    "drafts401": (ROOT / "tests/data/drafts401/cases", ROOT / "tests/data/drafts401/labels.jsonl"),
    "drafts402": (ROOT / "tests/data/drafts402/cases", ROOT / "tests/data/drafts402/labels.jsonl"),
    "drafts403": (ROOT / "tests/data/drafts403/cases", ROOT / "tests/data/drafts403/labels.jsonl"),
    "drafts404": (ROOT / "tests/data/drafts404/cases", ROOT / "tests/data/drafts404/labels.jsonl"),
    "drafts405": (ROOT / "tests/data/drafts405/cases", ROOT / "tests/data/drafts405/labels.jsonl"),
    "drafts406": (ROOT / "tests/data/drafts406/cases", ROOT / "tests/data/drafts406/labels.jsonl"),
    "drafts407": (ROOT / "tests/data/drafts407/cases", ROOT / "tests/data/drafts407/labels.jsonl"),
    "drafts408": (ROOT / "tests/data/drafts408/cases", ROOT / "tests/data/drafts408/labels.jsonl"),
    "drafts409": (ROOT / "tests/data/drafts409/cases", ROOT / "tests/data/drafts409/labels.jsonl"),
    "drafts410": (ROOT / "tests/data/drafts410/cases", ROOT / "tests/data/drafts410/labels.jsonl"),
    "drafts411": (ROOT / "tests/data/drafts411/cases", ROOT / "tests/data/drafts411/labels.jsonl"),
    "drafts412": (ROOT / "tests/data/drafts412/cases", ROOT / "tests/data/drafts412/labels.jsonl"),
    "drafts413": (ROOT / "tests/data/drafts413/cases", ROOT / "tests/data/drafts413/labels.jsonl"),
    "drafts414": (ROOT / "tests/data/drafts414/cases", ROOT / "tests/data/drafts414/labels.jsonl"),
    "drafts415": (ROOT / "tests/data/drafts415/cases", ROOT / "tests/data/drafts415/labels.jsonl"),
    "drafts416": (ROOT / "tests/data/drafts416/cases", ROOT / "tests/data/drafts416/labels.jsonl"),
    "drafts417": (ROOT / "tests/data/drafts417/cases", ROOT / "tests/data/drafts417/labels.jsonl"),
    "drafts418": (ROOT / "tests/data/drafts418/cases", ROOT / "tests/data/drafts418/labels.jsonl"),
    "drafts419": (ROOT / "tests/data/drafts419/cases", ROOT / "tests/data/drafts419/labels.jsonl"),
    "drafts420": (ROOT / "tests/data/drafts420/cases", ROOT / "tests/data/drafts420/labels.jsonl"),
    "drafts421": (ROOT / "tests/data/drafts421/cases", ROOT / "tests/data/drafts421/labels.jsonl"),
    "drafts422": (ROOT / "tests/data/drafts422/cases", ROOT / "tests/data/drafts422/labels.jsonl"),
    "drafts423": (ROOT / "tests/data/drafts423/cases", ROOT / "tests/data/drafts423/labels.jsonl"),
    "drafts424": (ROOT / "tests/data/drafts424/cases", ROOT / "tests/data/drafts424/labels.jsonl"),
    "drafts425": (ROOT / "tests/data/drafts425/cases", ROOT / "tests/data/drafts425/labels.jsonl"),
    "drafts426": (ROOT / "tests/data/drafts426/cases", ROOT / "tests/data/drafts426/labels.jsonl"),
    "drafts427": (ROOT / "tests/data/drafts427/cases", ROOT / "tests/data/drafts427/labels.jsonl"),
    "drafts428": (ROOT / "tests/data/drafts428/cases", ROOT / "tests/data/drafts428/labels.jsonl"),
    "drafts429": (ROOT / "tests/data/drafts429/cases", ROOT / "tests/data/drafts429/labels.jsonl"),
    "drafts430": (ROOT / "tests/data/drafts430/cases", ROOT / "tests/data/drafts430/labels.jsonl"),
    "drafts431": (ROOT / "tests/data/drafts431/cases", ROOT / "tests/data/drafts431/labels.jsonl"),
    "drafts432": (ROOT / "tests/data/drafts432/cases", ROOT / "tests/data/drafts432/labels.jsonl"),
    "drafts433": (ROOT / "tests/data/drafts433/cases", ROOT / "tests/data/drafts433/labels.jsonl"),
    "drafts434": (ROOT / "tests/data/drafts434/cases", ROOT / "tests/data/drafts434/labels.jsonl"),
    "drafts435": (ROOT / "tests/data/drafts435/cases", ROOT / "tests/data/drafts435/labels.jsonl"),
    "drafts436": (ROOT / "tests/data/drafts436/cases", ROOT / "tests/data/drafts436/labels.jsonl"),
    "drafts437": (ROOT / "tests/data/drafts437/cases", ROOT / "tests/data/drafts437/labels.jsonl"),
    "drafts438": (ROOT / "tests/data/drafts438/cases", ROOT / "tests/data/drafts438/labels.jsonl"),
    "drafts439": (ROOT / "tests/data/drafts439/cases", ROOT / "tests/data/drafts439/labels.jsonl"),
    "drafts440": (ROOT / "tests/data/drafts440/cases", ROOT / "tests/data/drafts440/labels.jsonl"),
    "drafts441": (ROOT / "tests/data/drafts441/cases", ROOT / "tests/data/drafts441/labels.jsonl"),
    "drafts442": (ROOT / "tests/data/drafts442/cases", ROOT / "tests/data/drafts442/labels.jsonl"),
    "drafts443": (ROOT / "tests/data/drafts443/cases", ROOT / "tests/data/drafts443/labels.jsonl"),
    "drafts445": (ROOT / "tests/data/drafts445/cases", ROOT / "tests/data/drafts445/labels.jsonl"),
    "drafts446": (ROOT / "tests/data/drafts446/cases", ROOT / "tests/data/drafts446/labels.jsonl"),
    "drafts444": (ROOT / "tests/data/drafts444/cases", ROOT / "tests/data/drafts444/labels.jsonl"),
    "drafts447": (ROOT / "tests/data/drafts447/cases", ROOT / "tests/data/drafts447/labels.jsonl"),
    "drafts449": (ROOT / "tests/data/drafts449/cases", ROOT / "tests/data/drafts449/labels.jsonl"),
    "drafts451": (ROOT / "tests/data/drafts451/cases", ROOT / "tests/data/drafts451/labels.jsonl"),
    "drafts448": (ROOT / "tests/data/drafts448/cases", ROOT / "tests/data/drafts448/labels.jsonl"),
    "drafts450": (ROOT / "tests/data/drafts450/cases", ROOT / "tests/data/drafts450/labels.jsonl"),
    "drafts452": (ROOT / "tests/data/drafts452/cases", ROOT / "tests/data/drafts452/labels.jsonl"),
    "drafts453": (ROOT / "tests/data/drafts453/cases", ROOT / "tests/data/drafts453/labels.jsonl"),
    "drafts454": (ROOT / "tests/data/drafts454/cases", ROOT / "tests/data/drafts454/labels.jsonl"),
    "drafts455": (ROOT / "tests/data/drafts455/cases", ROOT / "tests/data/drafts455/labels.jsonl"),
    "drafts456": (ROOT / "tests/data/drafts456/cases", ROOT / "tests/data/drafts456/labels.jsonl"),
    "drafts457": (ROOT / "tests/data/drafts457/cases", ROOT / "tests/data/drafts457/labels.jsonl"),
    "drafts458": (ROOT / "tests/data/drafts458/cases", ROOT / "tests/data/drafts458/labels.jsonl"),
    "drafts459": (ROOT / "tests/data/drafts459/cases", ROOT / "tests/data/drafts459/labels.jsonl"),
    "drafts461": (ROOT / "tests/data/drafts461/cases", ROOT / "tests/data/drafts461/labels.jsonl"),
    "drafts460": (ROOT / "tests/data/drafts460/cases", ROOT / "tests/data/drafts460/labels.jsonl"),
    "drafts462": (ROOT / "tests/data/drafts462/cases", ROOT / "tests/data/drafts462/labels.jsonl"),
    "drafts463": (ROOT / "tests/data/drafts463/cases", ROOT / "tests/data/drafts463/labels.jsonl"),
    "drafts464": (ROOT / "tests/data/drafts464/cases", ROOT / "tests/data/drafts464/labels.jsonl"),
    "drafts465": (ROOT / "tests/data/drafts465/cases", ROOT / "tests/data/drafts465/labels.jsonl"),
    "drafts466": (ROOT / "tests/data/drafts466/cases", ROOT / "tests/data/drafts466/labels.jsonl"),
    "drafts467": (ROOT / "tests/data/drafts467/cases", ROOT / "tests/data/drafts467/labels.jsonl"),
    "drafts468": (ROOT / "tests/data/drafts468/cases", ROOT / "tests/data/drafts468/labels.jsonl"),
    "drafts469": (ROOT / "tests/data/drafts469/cases", ROOT / "tests/data/drafts469/labels.jsonl"),
    "drafts470": (ROOT / "tests/data/drafts470/cases", ROOT / "tests/data/drafts470/labels.jsonl"),
    "drafts471": (ROOT / "tests/data/drafts471/cases", ROOT / "tests/data/drafts471/labels.jsonl"),
    "drafts472": (ROOT / "tests/data/drafts472/cases", ROOT / "tests/data/drafts472/labels.jsonl"),
    "drafts473": (ROOT / "tests/data/drafts473/cases", ROOT / "tests/data/drafts473/labels.jsonl"),
    "drafts474": (ROOT / "tests/data/drafts474/cases", ROOT / "tests/data/drafts474/labels.jsonl"),
    "drafts475": (ROOT / "tests/data/drafts475/cases", ROOT / "tests/data/drafts475/labels.jsonl"),
    "drafts476": (ROOT / "tests/data/drafts476/cases", ROOT / "tests/data/drafts476/labels.jsonl"),
    "drafts477": (ROOT / "tests/data/drafts477/cases", ROOT / "tests/data/drafts477/labels.jsonl"),
    "drafts478": (ROOT / "tests/data/drafts478/cases", ROOT / "tests/data/drafts478/labels.jsonl"),
    "drafts479": (ROOT / "tests/data/drafts479/cases", ROOT / "tests/data/drafts479/labels.jsonl"),
    "drafts480": (ROOT / "tests/data/drafts480/cases", ROOT / "tests/data/drafts480/labels.jsonl"),
    "drafts481": (ROOT / "tests/data/drafts481/cases", ROOT / "tests/data/drafts481/labels.jsonl"),
    "drafts482": (ROOT / "tests/data/drafts482/cases", ROOT / "tests/data/drafts482/labels.jsonl"),
    "drafts483": (ROOT / "tests/data/drafts483/cases", ROOT / "tests/data/drafts483/labels.jsonl"),
    "drafts484": (ROOT / "tests/data/drafts484/cases", ROOT / "tests/data/drafts484/labels.jsonl"),
    "drafts485": (ROOT / "tests/data/drafts485/cases", ROOT / "tests/data/drafts485/labels.jsonl"),
    "drafts486": (ROOT / "tests/data/drafts486/cases", ROOT / "tests/data/drafts486/labels.jsonl"),
    "drafts487": (ROOT / "tests/data/drafts487/cases", ROOT / "tests/data/drafts487/labels.jsonl"),
    "drafts488": (ROOT / "tests/data/drafts488/cases", ROOT / "tests/data/drafts488/labels.jsonl"),
    "drafts489": (ROOT / "tests/data/drafts489/cases", ROOT / "tests/data/drafts489/labels.jsonl"),
    "drafts490": (ROOT / "tests/data/drafts490/cases", ROOT / "tests/data/drafts490/labels.jsonl"),
    "drafts491": (ROOT / "tests/data/drafts491/cases", ROOT / "tests/data/drafts491/labels.jsonl"),
    "drafts492": (ROOT / "tests/data/drafts492/cases", ROOT / "tests/data/drafts492/labels.jsonl"),
    "drafts493": (ROOT / "tests/data/drafts493/cases", ROOT / "tests/data/drafts493/labels.jsonl"),
    "drafts494": (ROOT / "tests/data/drafts494/cases", ROOT / "tests/data/drafts494/labels.jsonl"),
    "drafts495": (ROOT / "tests/data/drafts495/cases", ROOT / "tests/data/drafts495/labels.jsonl"),
    "drafts496": (ROOT / "tests/data/drafts496/cases", ROOT / "tests/data/drafts496/labels.jsonl"),
    "drafts497": (ROOT / "tests/data/drafts497/cases", ROOT / "tests/data/drafts497/labels.jsonl"),
    "drafts499": (ROOT / "tests/data/drafts499/cases", ROOT / "tests/data/drafts499/labels.jsonl"),
    "drafts500": (ROOT / "tests/data/drafts500/cases", ROOT / "tests/data/drafts500/labels.jsonl"),
    "drafts501": (ROOT / "tests/data/drafts501/cases", ROOT / "tests/data/drafts501/labels.jsonl"),
    "dev": (ROOT / "tests/data/dev/cases", ROOT / "tests/data/dev/labels.jsonl"),
}


@dataclass
class Score:
    name: str
    cases: int = 0
    clean: int = 0
    labelled: int = 0
    found: int = 0
    matched: int = 0
    false_errors: int = 0
    false_on_clean: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.matched / (self.matched + self.false_errors) if self.matched + self.false_errors else 1.0

    def line(self) -> str:
        return (f"{self.name}: {self.cases} reports ({self.clean} clean), {self.labelled} labelled errors | "
                f"recall {self.recall:.2f} ({self.found}/{self.labelled}) | precision {self.precision:.2f} "
                f"({self.matched} true, {self.false_errors} false errors) | false errors per clean report "
                f"{self.false_on_clean / max(self.clean, 1):.3f}, per report {self.false_errors / max(self.cases, 1):.3f}")


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def overlaps(span: tuple[int, int], region: tuple[int, int]) -> bool:
    s, e = span
    e = max(e, s + 1)
    return s < region[1] and region[0] < e


def context(text: str, span: tuple[int, int], width: int = 40) -> str:
    s, e = span
    return (text[max(0, s - width):s] + "【" + text[s:e] + "】" + text[e:e + width]).replace("\n", "⏎")


def score_set(name: str, cases: Path, labels: Path) -> Score:
    result = Score(name)
    for line in labels.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = (cases / rec["case"]).read_text(encoding="utf-8")
        findings = check(text).findings
        result.cases += 1
        result.clean += bool(rec["clean"])
        regions = [(exp["code"], occurrences(text, exp["value"])) for exp in rec["expected"]]
        for exp, (code, occ) in zip(rec["expected"], regions, strict=True):
            result.labelled += 1
            if any(f.code == code and any(overlaps(f.span, o) for o in occ) for f in findings):
                result.found += 1
            else:
                result.misses.append(f"{rec['case']} {code} “{exp['value']}”: {exp.get('explanation', '')}")
        for f in findings:
            if any(f.code == code and any(overlaps(f.span, o) for o in occ) for code, occ in regions):
                result.matched += 1
            elif f.severity == "error":
                result.false_errors += 1
                result.false_on_clean += bool(rec["clean"])
                result.false.append(f"{rec['case']} {f.code} {context(text, f.span)} — {f.message}")
    return result


_GROUPS = {
    "published": lambda: [n for n in SETS if not n.startswith("drafts")],
    "drafts": lambda: [n for n in SETS if n.startswith("drafts")],
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("which", nargs="?", default="all", choices=[*SETS, *_GROUPS, "all"])
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    names = list(SETS) if args.which == "all" else _GROUPS[args.which]() if args.which in _GROUPS else [args.which]
    for name in names:
        s = score_set(name, *SETS[name])
        if args.verbose:
            for m in s.misses:
                print(f"  miss  {m}")
            for f in s.false:
                print(f"  false {f}")
        print(s.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
