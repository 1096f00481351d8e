"""The Speaker timeline's unsure marks, drawn as the Reader draws an unsure highlight: lighter, "(?)" after the name.

In: the timeline's rows (:func:`quotelens.timelinedata.timeline_data`, whose ``unsure`` column is
:func:`quotelens.doubt.unsure_mask`'s). Out: the Vega-Lite ``fillOpacity`` encoding that draws an unsure mark
hollow-ish (a pale fill inside its full outline in the speaker's colour), with its own key "sure ● / unsure (?) ○"
beside the kinds' when one is drawn.

Notes:
    Lighter by fill, not by colour or by the mark's opacity: the outline keeps the speaker's colour at full
    strength, so a colour-blind reader tells sure from unsure by filled against hollow, and on the dark theme an
    unsure mark stays a visible ring (the mark's opacity is the selection's: a faded speaker and an unsure mark
    must not look alike).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from quotelens.palette import INK

SURE, UNSURE = "sure", "unsure (?)"  # the key's words (the Reader's legend says "(?) unsure")
UNSURE_FILL = 0.12  # an unsure mark's fill: a ring in the speaker's colour, the shape still readable
KEY_NOTE = (
    "A hollow mark, “(?)” after the name in its tooltip, is an unsure attribution, drawn lighter as in the Reader."
)


TOOLTIP = [  # the timeline's tooltip: "speaker" is ``who`` (:func:`with_certainty`)
    {"field": "who", "type": "nominal", "title": "speaker"},
    {"field": "kind_name", "type": "nominal", "title": "kind"},
    {"field": "paragraph", "type": "quantitative"},
    {"field": "words", "type": "quantitative"},
    {"field": "quotation", "type": "nominal"},
]


def fill(data: pd.DataFrame) -> dict[str, Any]:
    """The ``fillOpacity`` encoding of the timeline's marks, with a key when an unsure mark is drawn."""
    if "unsure" not in data.columns or not data["unsure"].astype(bool).any():
        return {}
    key = {"orient": "top", "title": None, "symbolStrokeColor": INK, "symbolFillColor": INK, "symbolType": "circle"}
    return {
        "fillOpacity": {
            "field": "certainty",
            "type": "nominal",
            "scale": {"domain": [SURE, UNSURE], "range": [1.0, UNSURE_FILL]},
            "legend": key,
        }
    }


def with_certainty(data: pd.DataFrame) -> pd.DataFrame:
    """The rows with ``certainty`` (the key's words) and ``who`` (the tooltip's name, "(?)" after an unsure one's)."""
    unsure = data["unsure"].astype(bool) if "unsure" in data.columns else pd.Series(False, index=data.index)
    return data.assign(
        certainty=unsure.map({True: UNSURE, False: SURE}),
        who=data["speaker"].astype(str) + unsure.map({True: " (?)", False: ""}),
    )
