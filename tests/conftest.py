"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold"


def assert_spans_point_into(doc, spans):
    """Every span's text equals the raw text at its offsets."""
    for span in spans:
        assert 0 <= span.start < span.end <= len(doc.text), span
        assert doc.text[span.start:span.end] == span.text, span


@pytest.fixture(scope="session")
def default_pipeline():
    from pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def every_role(monkeypatch):
    """Keep every role the resolver reads, whatever its confidence: shape tests check
    what a sentence asserts, not whether the confidence floor keeps it."""
    from pipeline.stages import roles

    monkeypatch.setattr(roles, "MIN_CONFIDENCE", 0.0)
