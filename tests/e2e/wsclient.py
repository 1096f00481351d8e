"""A browser-less Streamlit client: one session over the app's websocket, as the frontend speaks it.

Used by the session-isolation tests and by ``benchmarks/dashboard.py`` to drive many sessions at
once without a browser. It sends ``rerun_script`` requests (a page, a query string, widget values)
and reads forward messages until the run finishes, keeping the elements the run drew.

    with Session(server.url) as s:
        run = s.run(page="Reader", query="article=x.txt")
        speaker = run.widget("selectbox", "Speaker")
        run = s.set(speaker, "Sergey Lavrov")
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.sync.client import connect

_EARLY_FOR_RERUN = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_EARLY_FOR_RERUN")


@dataclass
class Run:
    """What one script run drew: ``(element type, proto)`` in order, and how long it took."""

    elements: list[tuple[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    query_string: str = ""

    def of(self, kind: str) -> list[Any]:
        return [e for k, e in self.elements if k == kind]

    def widget(self, kind: str, label: str) -> Any:
        for e in self.of(kind):
            if e.label == label:
                return e
        raise LookupError(f"no {kind} labelled {label!r} in this run")

    def text(self) -> str:
        """Every markdown, alert, heading and caption body drawn, joined (for content checks)."""
        parts = [e.body for e in self.of("markdown")] + [e.body for e in self.of("alert")]
        parts += [e.body for e in self.of("heading")]
        return "\n".join(parts)


class Session:
    """One Streamlit session over ``/_stcore/stream``."""

    def __init__(self, url: str, timeout: float = 120.0):
        self.ws_url = url.replace("http://", "ws://").rstrip("/") + "/_stcore/stream"
        self.timeout = timeout
        self.widgets: dict[str, WidgetState] = {}
        self.page = ""
        self.query = ""
        self._ws = connect(self.ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout)  # type: ignore[list-item]

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._ws.close()

    def run(self, page: str | None = None, query: str | None = None) -> Run:
        """Run ``page`` (its URL path; "" = home) with ``query`` and the widget values set so far."""
        if page is not None and page != self.page:
            self.widgets.clear()  # widgets of another page are not sent by the frontend either
            self.page = page
        if query is not None:
            self.query = query
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        state.widget_states.widgets.extend(self.widgets.values())
        started = time.perf_counter()
        self._ws.send(msg.SerializeToString())
        return self._read_run(started)

    def set(self, widget: Any, value: Any) -> Run:
        """Give ``widget`` (a proto from a :class:`Run`) ``value`` and rerun, as a user's change does."""
        ws = WidgetState(id=widget.id)
        if isinstance(value, str):
            ws.string_value = value
        elif isinstance(value, bool):
            ws.trigger_value = value
        elif isinstance(value, list):
            ws.string_array_value.data.extend(value)
        else:
            raise TypeError(f"unsupported widget value {value!r}")
        self.widgets[widget.id] = ws
        run = self.run()
        if isinstance(value, bool):
            self.widgets.pop(widget.id, None)  # a trigger fires once
        return run

    def _read_run(self, started: float) -> Run:
        run = Run()
        deadline = time.monotonic() + self.timeout
        while True:
            raw = self._ws.recv(timeout=max(0.1, deadline - time.monotonic()))
            fwd = ForwardMsg()
            fwd.ParseFromString(raw if isinstance(raw, bytes) else raw.encode())
            kind = fwd.WhichOneof("type")
            if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element
                run.elements.append((element.WhichOneof("type") or "", getattr(element, element.WhichOneof("type"))))
            elif kind == "page_info_changed":
                run.query_string = fwd.page_info_changed.query_string
            elif kind == "script_finished":
                if fwd.script_finished == _EARLY_FOR_RERUN:
                    run.elements.clear()  # st.rerun(): the next run is the one the user sees
                    continue
                run.seconds = time.perf_counter() - started
                return run
