"""PERSON and ORG from a HanLP model (``--ner hanlp:MODEL``, extra ``zhextract[hanlp]``).

The model runs per sentence over the shadow text (HanLP's Chinese models are
trained on simplified characters), one character a token, whitespace left out,
sentences in batches. Its spans are token indices; each is mapped back to
character offsets in the raw text through the kept characters' positions, so
``doc.text[start:end]`` is the mention. HanLP's label sets map onto ours
(:data:`HANLP_LABELS`); other labels (places, dates …) are dropped.

How its mentions meet the rules' (``merge``):

* ``union``: both go into the one overlap resolution of the ``recognise`` stage;
  a HanLP span over a TITLE the rules kept is dropped (titles come from the
  project), one with the same span and label as a rules mention is dropped (the
  rules' mention carries the canonical name), and otherwise the total order
  decides: the longer span, then the higher score (HanLP mentions score
  :data:`HANLP_SCORE`), then ORG over TITLE over PERSON.
* ``rules``: the rules' mentions stand; HanLP adds only spans that overlap none.
* ``hanlp``: PERSON and ORG come from HanLP alone; the rules give TITLE only
  (the stage leaves out the rules' ORG and PERSON recognisers).

Nothing here imports ``hanlp`` until a model is loaded, so the default install
never needs it. Every failure to load becomes a :class:`BackendError` whose
message is one line starting ``hanlp backend:``.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..document import Mention
from ..registry import BackendError, register_ner_backend
from .base import RecognitionContext, Recognizer, make_mention

__all__ = [
    "HANLP_LABELS",
    "HANLP_SCORE",
    "HanLPRecognizer",
    "entity_spans",
    "import_hanlp",
    "load_hanlp_model",
    "sentence_tokens",
]

#: HanLP's PERSON / ORG labels (MSRA, OntoNotes, PKU's NR/NT, CoNLL) → ours.
HANLP_LABELS = {
    "PER": "PERSON", "PERSON": "PERSON", "NR": "PERSON",
    "ORG": "ORG", "ORGANIZATION": "ORG", "NT": "ORG",
}
#: The score of every HanLP mention (the rules' range from 0.6 to 0.95).
HANLP_SCORE = 0.75
#: Sentences handed to the model at once.
BATCH_SENTENCES = 64
#: A sentence longer than this many characters goes to the model in pieces
#: (transformer models take at most 512 tokens).
MAX_TOKENS = 500
_INSTALL = "python -m pip install 'zhextract[hanlp]'"


def import_hanlp() -> Any:
    """Return the ``hanlp`` module, with PyTorch set to one thread a process unless
    ``OMP_NUM_THREADS`` says otherwise; raises BackendError when it cannot be imported."""
    try:
        with _quiet():
            import hanlp
            import torch
    except ImportError as exc:
        raise BackendError(f"hanlp backend: the hanlp package is not installed ({exc}); install it with {_INSTALL}") from None
    except Exception as exc:  # noqa: BLE001 - a broken install (PyTorch's libraries …)
        raise BackendError(f"hanlp backend: hanlp cannot be imported ({_reason(exc)}); reinstall it with {_INSTALL}") from None
    if "OMP_NUM_THREADS" not in os.environ:
        # Worker processes are the parallelism. Several threads a process on busy
        # cores slow PyTorch's LSTM down 25-fold (3.3 s a training batch instead of 0.12 s).
        torch.set_num_threads(1)
    return hanlp


def sentence_tokens(shadow: str) -> tuple[list[str], list[int]]:
    """Return the characters of ``shadow`` a HanLP character model reads (all but
    whitespace) and the offset of each in ``shadow``."""
    offsets = [i for i, char in enumerate(shadow) if not char.isspace()]
    return [shadow[i] for i in offsets], offsets


def entity_spans(entities: Iterable[Sequence[Any]], offsets: Sequence[int]) -> list[tuple[int, int, str]]:
    """Map HanLP entities ``(text, label, first_token, end_token)`` onto ``(start,
    end, label)`` character spans, through ``offsets`` (each token's character
    offset). Labels outside :data:`HANLP_LABELS` and malformed spans are dropped;
    the result is sorted (HanLP builds its spans through a set)."""
    spans = set()
    for entity in entities:
        if len(entity) < 4:
            continue
        label = HANLP_LABELS.get(str(entity[1]).upper())
        first, end = entity[2], entity[3]
        if label and isinstance(first, int) and isinstance(end, int) and 0 <= first < end <= len(offsets):
            spans.add((offsets[first], offsets[end - 1] + 1, label))
    return sorted(spans)


@contextlib.contextmanager
def _quiet():
    # HanLP prints download progress, hints and whole error logs; only our one-line
    # errors may reach the user.
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        yield


def _root(exc: BaseException) -> BaseException:
    # HanLP re-raises the first failure from inside its own error report (and that
    # report can fail in turn): the earliest exception of the chain says what broke.
    while exc.__context__ is not None and exc.__context__ is not exc:
        exc = exc.__context__
    return exc


def _reason(exc: BaseException) -> str:
    exc = _root(exc)
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__


def _is_folder_name(model: str) -> bool:
    # Pretrained identifiers are bare names (MSRA_NER_ELECTRA_SMALL_ZH); anything
    # with a path separator, a leading dot or tilde, or that exists, is a folder.
    return Path(model).exists() or any(c in model for c in "/\\") or model.startswith((".", "~"))


def load_hanlp_model(model: str) -> Any:
    """Load the HanLP component named by ``model`` and check that it recognises entities.

    ``model`` is a folder (one ``zhextract train`` wrote, or any saved HanLP NER
    model), a HanLP pretrained identifier (``MSRA_NER_ELECTRA_SMALL_ZH``: HanLP
    downloads it on first use) or a URL. Returns the component. Raises
    BackendError (one line, ``hanlp backend: …``) when the folder is missing or
    not a model, hanlp is not installed, the model is corrupt, the download
    fails, or the component does not return entity spans.
    """
    if not model:
        raise BackendError(
            "hanlp backend: name a model: --ner hanlp:MODEL, MODEL a folder written by zhextract train "
            "or a HanLP pretrained identifier such as MSRA_NER_ELECTRA_SMALL_ZH"
        )
    is_url = model.startswith(("http://", "https://"))
    local = not is_url and _is_folder_name(model)
    if local:
        folder = Path(model).expanduser()
        if not folder.exists():
            raise BackendError(f"hanlp backend: model folder {model} does not exist")
        if not folder.is_dir():
            raise BackendError(f"hanlp backend: {model} is not a folder; give the folder a HanLP model was saved to")
        if not (folder / "config.json").is_file() and not (folder / "meta.json").is_file():
            raise BackendError(f"hanlp backend: {model} is not a HanLP model folder (it has no config.json)")
    hanlp = import_hanlp()
    if not local and not is_url and model not in hanlp.pretrained.ALL:
        raise BackendError(
            f"hanlp backend: {model} is neither a model folder nor a HanLP pretrained identifier "
            "(such as MSRA_NER_ELECTRA_SMALL_ZH)"
        )
    try:
        with _quiet():
            component = hanlp.load(str(folder) if local else model, verbose=False)
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - any failure becomes one line
        if local:
            raise BackendError(f"hanlp backend: cannot load the model in {model}: corrupt or not a HanLP model ({_reason(exc)})") from None
        if isinstance(_root(exc), OSError):
            raise BackendError(
                f"hanlp backend: cannot download {model} ({_reason(exc)}); HanLP fetches pretrained models on first use, "
                "which needs the network: fetch it on a machine that has one and give its folder instead"
            ) from None
        raise BackendError(f"hanlp backend: cannot load {model} ({_reason(exc)})") from None
    try:
        with _quiet():
            probe = component([["测", "试"]])
    except Exception as exc:  # noqa: BLE001
        raise BackendError(f"hanlp backend: {model} does not run as a named-entity recogniser ({_reason(exc)})") from None
    if not (isinstance(probe, list) and len(probe) == 1 and isinstance(probe[0], list)
            and all(isinstance(e, (tuple, list)) and len(e) >= 4 for e in probe[0])):
        raise BackendError(f"hanlp backend: {model} is not a named-entity recogniser (it does not return entity spans)")
    return component


@register_ner_backend("hanlp")
class HanLPRecognizer(Recognizer):
    """PERSON and ORG mentions from a HanLP model, combined with the rules by ``merge``
    (see the module's docstring). ``component`` lets a caller pass a loaded HanLP
    component (or any callable with its interface) instead of ``model``."""

    label = "PERSON+ORG"
    name = "hanlp"

    def __init__(self, model: str = "", merge: str = "union", component: Any = None):
        self.model = model
        self.merge = merge
        self.component = component

    def load(self) -> "HanLPRecognizer":
        """Load the model (once per instance); raises BackendError; returns self."""
        if self.component is None:
            self.component = load_hanlp_model(self.model)
        return self

    def find(self, context: RecognitionContext) -> list[Mention]:
        """Return the model's PERSON / ORG mentions in every sentence of the document."""
        doc = context.doc
        pieces: list[tuple[list[str], list[int]]] = []
        for sentence in doc.sentences:
            tokens, offsets = sentence_tokens(doc.shadow[sentence.start:sentence.end])
            for i in range(0, len(tokens), MAX_TOKENS):
                pieces.append((tokens[i:i + MAX_TOKENS], [sentence.start + o for o in offsets[i:i + MAX_TOKENS]]))
        found: list[Mention] = []
        for b in range(0, len(pieces), BATCH_SENTENCES):
            batch = pieces[b:b + BATCH_SENTENCES]
            with _quiet():
                outputs = self.component([tokens for tokens, _ in batch])
            for (_, offsets), entities in zip(batch, outputs):
                for start, end, label in entity_spans(entities, offsets):
                    found.append(make_mention(
                        doc, start, end, label, normalized=doc.text[start:end], method="hanlp",
                        score=HANLP_SCORE, sentence_id=context.sentence_id(start),
                    ))
        return found

    def recognise(self, context: RecognitionContext) -> list[Mention]:
        """Return the mentions of :meth:`find` that ``merge`` lets in beside the
        mentions the rules kept (``context.found``, which never overlap)."""
        kept_at = {i: m for m in context.found for i in range(m.start, m.end)}
        accepted = []
        for mention in self.find(context):
            clashes = {id(kept_at[i]): kept_at[i] for i in range(mention.start, mention.end) if i in kept_at}.values()
            if any(self._blocks(mention, other) for other in clashes):
                continue
            accepted.append(mention)
        return accepted

    def _blocks(self, mention: Mention, other: Mention) -> bool:
        # ``other`` is a rules mention that overlaps ``mention``.
        if other.label == "TITLE" or self.merge == "rules":
            return True
        return (other.start, other.end, other.label) == (mention.start, mention.end, mention.label)
