"""A test-only stage for tests/test_batch.py: hangs, crashes or dawdles on markers.

Imported by worker processes through the stage name ``batch_stages:test_hazard``.
"""

from __future__ import annotations

import os
import time

from pipeline import register_stage

HANG = "【測試：卡住】"
CRASH = "【測試：崩潰】"
SLOW = "【測試：慢】"
SLOW_SECONDS = 0.04
#: The first document with this marker exits its process; the flag file (named by
#: the CRASH_ONCE_FLAG environment variable) says it happened, so the next one passes.
CRASH_ONCE = "【測試：崩潰一次】"


@register_stage("test_hazard")
class HazardStage:
    """Passes documents through; sleeps for ever, exits the process, or sleeps briefly on a marker."""

    name = "test_hazard"
    requires = ("text",)
    provides = ()

    def __call__(self, doc):
        if HANG in doc.text:
            time.sleep(3600)
        if CRASH in doc.text:
            os._exit(3)
        if CRASH_ONCE in doc.text and not os.path.exists(os.environ["CRASH_ONCE_FLAG"]):
            open(os.environ["CRASH_ONCE_FLAG"], "w").close()
            os._exit(4)
        if SLOW in doc.text:
            time.sleep(SLOW_SECONDS)
        return doc
