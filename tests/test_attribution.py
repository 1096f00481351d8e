"""The engine's tests moved to tests/attribution/, one file per module of quotelens/attribution/
(tests/attribution/test_source_first.py tests frames/source_first.py, and so on).

The helper that other test packages import from here stays importable under this name.
"""

from __future__ import annotations

from tests.attribution.examples import attributions

__all__ = ["attributions"]
