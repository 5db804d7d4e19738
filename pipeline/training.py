"""``zhextract train``: a HanLP PERSON / ORG model learnt from a user's span gold.

The gold is the JSONL that ``zhextract eval --spans`` reads (``{text, entities:
[{start, end, label}]}``). Each record goes through the pipeline's own
``normalise`` and ``sentences`` stages, so the model learns from the same
simplified shadow sentences, one character a token and whitespace left out,
that the ``hanlp`` recogniser gives it at run time (:func:`sentence_tokens`).

The model is HanLP's ``RNNNamedEntityRecognizer``: a BiLSTM over character
embeddings initialised at random, so nothing is downloaded. Known traps of
HanLP 2.1 avoided here: its CRF layer is broken (``crf=False``), characters must
be joined without spaces (``token_delimiter=''``), the default seed is the clock
(a seed is always passed), and its spans come out of a set (sorted by
:func:`entity_spans`).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import regex

from .document import Document
from .evaluate import _read_json_objects
from .pipeline import Pipeline
from .recognizers.hanlp_ner import HANLP_LABELS, entity_spans, import_hanlp, sentence_tokens

__all__ = ["TrainSummary", "gold_sentences", "train_ner_model"]

# Hyperparameters: HanLP's defaults for the network, a smaller batch so that a few
# dozen sentences still give several updates an epoch.
EMBED_DIM = 100
RNN_HIDDEN = 256
BATCH_SIZE = 16
LEARNING_RATE = 0.005
PATIENCE = 10
#: Without --dev, every DEV_EVERY-th gold sentence is held out to pick the best epoch.
DEV_EVERY = 10

Sample = dict[str, list[str]]


@dataclass(frozen=True)
class TrainSummary:
    """What a training run did: sentences and entities used, entities it had to
    leave out (overlapping or crossing a sentence end), the held-out scores of
    the saved model per label (precision, recall, F1) and where it is."""

    outdir: str
    n_train: int
    n_dev: int
    n_entities: dict[str, int]
    n_skipped: int
    dev_scores: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    seconds: float = 0.0

    def line(self) -> str:
        """Return the one-line summary printed at the end of ``zhextract train``."""
        entities = ", ".join(f"{n} {label}" for label, n in sorted(self.n_entities.items())) or "no entities"
        skipped = f" ({self.n_skipped} left out: overlapping or across sentences)" if self.n_skipped else ""
        scores = ", ".join(f"{label} F1 {f:.3f}" for label, (_, _, f) in sorted(self.dev_scores.items()))
        return (
            f"trained on {self.n_train} sentences ({entities}{skipped}), dev {self.n_dev} sentences: "
            f"{scores or 'no dev entities'} in {self.seconds:.0f} s → {self.outdir}"
        )


def gold_sentences(path: str | Path) -> tuple[list[Sample], dict[str, int], int]:
    """Read span gold JSONL into HanLP tagging samples, one per sentence.

    Returns ``(samples, entity_counts, n_skipped)``: each sample is
    ``{"token": characters, "tag": BIO tags}`` over a sentence's shadow
    (PERSON and ORG only; other labels stay ``O``), the number of entities used
    per label, and the number left out because they overlap an earlier one or
    run across a sentence end. Raises ValueError naming the file and line for
    bad JSON, a record without text, or an entity outside its text.
    """
    prepare = Pipeline(["normalise", "sentences"])
    samples: list[Sample] = []
    counts: dict[str, int] = {}
    skipped = 0
    for where, record in _read_json_objects(Path(path)):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValueError(f"{where}: a span gold record needs a 'text' string")
        text = record["text"]
        entities = []
        for entity in record.get("entities") or ():
            try:
                start, end, label = int(entity["start"]), int(entity["end"]), str(entity["label"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{where}: malformed entity {entity!r}: {exc}") from None
            if not 0 <= start < end <= len(text):
                raise ValueError(f"{where}: entity {start}-{end} lies outside the text ({len(text)} characters)")
            if HANLP_LABELS.get(label.upper()):
                entities.append((start, end, HANLP_LABELS[label.upper()]))
        doc = prepare(Document(str(record.get("id", where)), "", text))
        placed: set[tuple[int, int, str]] = set()
        for sentence in doc.sentences:
            tokens, offsets = sentence_tokens(doc.shadow[sentence.start:sentence.end])
            if not tokens:
                continue
            index = {sentence.start + offset: i for i, offset in enumerate(offsets)}
            tags = ["O"] * len(tokens)
            for start, end, label in sorted(entities, key=lambda e: (e[0], -e[1])):
                if not (sentence.start <= start and end <= sentence.end):
                    continue
                positions = [index[c] for c in range(start, end) if c in index]
                if not positions or any(tags[i] != "O" for i in positions):
                    continue
                tags[positions[0]] = f"B-{label}"
                for i in range(positions[0] + 1, positions[-1] + 1):
                    tags[i] = f"I-{label}"
                placed.add((start, end, label))
                counts[label] = counts.get(label, 0) + 1
            samples.append({"token": tokens, "tag": tags})
        skipped += len(set(entities) - placed)
    return samples, counts, skipped


def _split_dev(samples: list[Sample]) -> tuple[list[Sample], list[Sample]]:
    held = [s for i, s in enumerate(samples) if i % DEV_EVERY == DEV_EVERY - 1]
    if not held:  # too few sentences to hold any out: pick the epoch on the training set
        return samples, samples
    return [s for i, s in enumerate(samples) if i % DEV_EVERY != DEV_EVERY - 1], held


def _bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), -1, ""
    for i, tag in enumerate(tags + ["O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            spans.add((start, i, label))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, label = i, tag[2:]
    return spans


def _scores(component, samples: list[Sample]) -> dict[str, tuple[float, float, float]]:
    """Exact-span precision, recall and F1 per label of ``component`` on ``samples``."""
    counts: dict[str, list[int]] = {}
    for b in range(0, len(samples), 64):
        batch = samples[b:b + 64]
        outputs = component([s["token"] for s in batch])
        for sample, entities in zip(batch, outputs):
            gold = _bio_spans(sample["tag"])
            predicted = set(entity_spans(entities, range(len(sample["token"]))))
            for span in gold | predicted:
                slot = counts.setdefault(span[2], [0, 0, 0])
                slot[0 if span in gold and span in predicted else (1 if span in predicted else 2)] += 1
    result = {}
    for label, (hits, false_alarms, misses) in counts.items():
        precision = hits / (hits + false_alarms) if hits + false_alarms else 0.0
        recall = hits / (hits + misses) if hits + misses else 0.0
        result[label] = (precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return result


class _LineHandler(logging.Handler):
    """Hands HanLP's log lines, colour markup removed, to a ``log`` callable."""

    _MARKUP = regex.compile(r"\[/?[a-z ]+\]")

    def __init__(self, log: Callable[[str], None] | None):
        super().__init__()
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        if self.log is not None:
            for line in self._MARKUP.sub("", record.getMessage()).splitlines():
                if line.strip():
                    self.log(line.rstrip())


def train_ner_model(
    gold: str | Path,
    outdir: str | Path,
    dev: str | Path | None = None,
    epochs: int = 30,
    seed: int = 1,
    log: Callable[[str], None] | None = None,
) -> TrainSummary:
    """Train a HanLP PERSON / ORG model on span gold and save it to ``outdir``.

    Takes the gold JSONL, the output folder (created; a model already there is
    replaced only once the new one is complete: training happens in a hidden
    folder beside it), an optional dev gold JSONL (else every tenth gold sentence is held
    out), the number of epochs (HanLP stops early after 10 without a better dev
    score and keeps the best epoch), the seed, and ``log`` (called with HanLP's
    progress lines). ``outdir`` then works as ``--ner hanlp:OUTDIR``; it also
    holds ``zhextract-train.json`` saying what the model was trained on.
    Returns a :class:`TrainSummary`. Raises ValueError for bad gold, gold
    without a PERSON / ORG entity, or an output folder that holds something other
    than a model; BackendError when hanlp is not installed.
    """
    started = time.perf_counter()
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise ValueError(f"{outdir}: not a folder")
    if outdir.is_dir() and any(outdir.iterdir()) and not (outdir / "config.json").is_file():
        raise ValueError(f"{outdir}: the folder holds something other than a model; choose a new or empty folder")
    samples, counts, skipped = gold_sentences(gold)
    if not counts:
        raise ValueError(f"{gold}: no PERSON or ORG entity to learn from")
    if dev is not None:
        train_samples, dev_samples = samples, gold_sentences(dev)[0]
    else:
        train_samples, dev_samples = _split_dev(samples)
    import_hanlp()
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = outdir.with_name(f".{outdir.name}.training-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    logger = logging.getLogger("zhextract.train")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handler = _LineHandler(log)
    logger.addHandler(handler)
    model = RNNNamedEntityRecognizer()
    try:
        # HanLP draws its progress bars straight onto stdout.
        with contextlib.redirect_stdout(io.StringIO()):
            model.fit(
                train_samples, dev_samples, str(staging), epochs=epochs, embed=EMBED_DIM, rnn_hidden=RNN_HIDDEN,
                batch_size=BATCH_SIZE, lr=LEARNING_RATE, patience=PATIENCE, crf=False, token_delimiter="", tagging_scheme="BIO",
                seed=seed, devices=-1, logger=logger, verbose=log is not None,
            )
            scores = _scores(model, dev_samples)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(handler)
    summary = TrainSummary(
        outdir=str(outdir), n_train=len(train_samples), n_dev=len(dev_samples), n_entities=counts,
        n_skipped=skipped, dev_scores=scores, seconds=time.perf_counter() - started,
    )
    about = {
        "gold": Path(gold).name, "dev": Path(dev).name if dev is not None else f"every {DEV_EVERY}th gold sentence",
        "epochs": epochs, "seed": seed, "sentences": summary.n_train, "dev_sentences": summary.n_dev,
        "entities": counts, "left_out": skipped,
        "dev_scores": {label: dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in s))) for label, s in sorted(scores.items())},
    }
    (staging / "zhextract-train.json").write_text(json.dumps(about, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    _publish(staging, outdir)
    return summary


def _publish(staging: Path, outdir: Path) -> None:
    """Move the finished model from ``staging`` to ``outdir``, replacing the model there."""
    if outdir.exists():
        previous = outdir.with_name(f".{outdir.name}.previous-{os.getpid()}")
        os.replace(outdir, previous)
        os.replace(staging, outdir)
        shutil.rmtree(previous, ignore_errors=True)
    else:
        os.replace(staging, outdir)
