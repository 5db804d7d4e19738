"""The real-news cache's cutter: an excerpt by its SHA-1, or the nearest stretch by its gold."""

import hashlib
import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("cut", Path(__file__).resolve().parents[1] / "benchmarks" / "realnews" / "cut.py")
cut = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(cut)

PAGE = "頁首導覽\n東城協會今日改選，會長陳大文連任，副會長李小明新任。\n頁尾版權"
EXCERPT = "東城協會今日改選，會長陳大文連任，副會長李小明新任。"


def _source(text):
    return {"id": "x001", "n_chars": len(text), "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest()}


def test_the_excerpt_is_the_stretch_with_its_sha1():
    assert cut.cut(_source(EXCERPT), PAGE) == EXCERPT
    assert cut.cut(_source(EXCERPT), PAGE.replace("陳大文", "陳大聞")) is None


def test_the_nearest_stretch_holds_the_most_gold_strings():
    copied = PAGE.replace("改選", "改迭")  # a slip in a hand copy
    gold = {"persons": ["陳大文", "李小明"], "organizations": ["東城協會"], "roles": [{"person": "陳大文", "title": "會長", "org": "東城協會"}]}
    kept = cut.nearest(_source(EXCERPT), copied, gold)
    assert kept == EXCERPT.replace("改選", "改迭")
