"""The name model: its candidates, features, weights file and what it adds to the rules.

Sentences are written for these tests, not taken from news or from any data set.
"""

import math

import pytest
import regex

import pipeline
from pipeline.lexicons import LexiconError, load_lexicon
from pipeline.recognizers import person_model
from pipeline.recognizers.base import RecognitionContext
from pipeline.recognizers.person_model import PersonModel, candidates, context_vocabulary, features


def _context(text):
    doc = pipeline.Pipeline(["normalise", "sentences", "segment"])(
        pipeline.Document(article_id="t", path="", text=text, meta={})
    )
    return RecognitionContext.build(doc)


def _candidate_texts(text):
    context = _context(text)
    found = []
    for sentence in context.doc.sentences:
        found += [(text[c.start:c.end], c.kind) for c in candidates(context, sentence, set())]
    return found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("黃志明的父親來自福建。", ("黃志明", "chinese")),
        ("佐藤健一昨天抵達香港。", ("佐藤健一", "japanese")),
        ("瑪麗亞和彼得結婚了。", ("瑪麗亞", "translit")),
        ("安娜·卡列妮娜走進房間。", ("安娜·卡列妮娜", "dotted")),
        ("今天Martha來了。", ("Martha", "latin")),
        ("拿破崙三世與女王會面。", ("拿破崙三世", "regnal")),
        ("凱莉於昨日返港。", ("凱莉", "translit")),          # 於 glued on by the segmenter
        ("池田昨日抵達東京。", ("池田", "japanese")),        # a Japanese family name alone
    ],
)
def test_candidate_kinds(text, expected):
    assert expected in _candidate_texts(text)


def test_candidate_cut_off_a_glued_word():
    # The segmenter guesses 嚴汝燕任 as one word; the cut still offers the name alone.
    text = "嚴汝燕任飛行教官。"
    context = _context(text)
    assert [context.doc.shadow[t.start:t.end] for t in context.doc.tokens][0] == "严汝燕任"
    assert ("嚴汝燕", "chinese") in _candidate_texts(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("他住在李家村。", "李家村"),      # a place ending
        ("溫哥華今天下雨。", "溫哥華"),    # a listed place
        ("王在家中休息。", "王在家"),      # never across a function word
    ],
)
def test_no_candidate(text, word):
    assert all(found != word for found, _ in _candidate_texts(text))


def test_blocked_offsets_make_no_candidate():
    context = _context("黃志明的父親來自福建。")
    sentence = context.doc.sentences[0]
    assert not [c for c in candidates(context, sentence, set(range(0, 3))) if c.start < 3]


def test_features_are_clean_strings():
    context = _context("局長黃志明（Wong）與瑪麗亞、佐藤健一在會上發言。")
    for sentence in context.doc.sentences:
        for candidate in candidates(context, sentence, set()):
            names = features(context, candidate, {}, {}, lambda end: "", lambda word: 1)
            assert "bias" in names
            for name in names:
                assert name and not any(c.isspace() for c in name), name


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("他約見了Stephen Walsh。", "Stephen Walsh", "latin_first_given=True:True"),
        ("他們搬到了New Haven。", "New Haven", "latin_first_given=False:True"),
    ],
)
def test_latin_phrases_carry_whether_they_open_with_a_given_name(text, phrase, expected):
    context = _context(text)
    start = text.index(phrase)
    candidate = person_model.Candidate(start, start + len(phrase), "rule", 0, 1, False)
    assert expected in features(context, candidate, {}, {}, lambda end: "", lambda word: 1)


def test_probability_is_the_logistic_of_summed_weights():
    model = PersonModel({"bias": -1.0, "a": 3.0}, threshold=0.5)
    assert model.probability(["bias", "a", "unknown"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probability([]) == pytest.approx(0.5)


def test_missing_model_file_means_rules_only(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHEXTRACT_MODELS", str(tmp_path))
    assert PersonModel.load() is None


def test_bad_weight_is_reported_with_the_file(tmp_path, monkeypatch):
    (tmp_path / "person_model.tsv").write_text("# test\nfeature\tweight\nbias\tnot-a-number\n", encoding="utf-8")
    monkeypatch.setenv("ZHEXTRACT_MODELS", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        with pytest.raises(LexiconError, match="person_model.tsv"):
            PersonModel.load()
    finally:
        monkeypatch.delenv("ZHEXTRACT_MODELS")
        load_lexicon.cache_clear()


def test_shipped_weights_name_no_person():
    """Multi-character words in feature names come from jieba's commonest words,
    never from the text the weights were learned on."""
    model = PersonModel.load()
    assert model is not None and 0 < model.threshold < 1
    vocabulary = context_vocabulary()
    for name in model.weights:
        for run in regex.findall(r"\p{Han}{2,}", name):
            assert run in vocabulary, name


@pytest.mark.parametrize(
    "text, name",
    [
        ("黃志明的父親來自福建。", "黃志明"),
        ("我們昨天見到了林嘉欣和她的朋友。", "林嘉欣"),
        ("佐藤健一昨天抵達香港。", "佐藤健一"),
        ("亨利搬到了倫敦。", "亨利"),
    ],
)
def test_model_finds_names_without_rule_evidence(text, name):
    doc = pipeline.process_text(text)
    start = text.index(name)
    assert any(m.label == "PERSON" and (m.start, m.end) == (start, start + len(name)) for m in doc.mentions), [
        (m.text, m.label, m.method) for m in doc.mentions
    ]


@pytest.mark.parametrize(
    "text", ["大家都大力支持高科技沙龍。", "他住在李家村。", "溫哥華今天下雨。", "市民踴躍參加活動。", "店主李先生說大家已疏散。"]
)
def test_model_adds_no_person_to_ordinary_text(text):
    doc = pipeline.process_text(text)
    assert [m.text for m in doc.mentions if m.label == "PERSON"] == []


def test_rows_added_to_the_lexicons_leave_the_given_name_affinity_alone(tmp_path, monkeypatch):
    """The learned model reads each character's affinity; a lexicon edit must not move it."""
    from pipeline import segmenter
    from pipeline.lexicons import models_dir
    from pipeline.recognizers.person_model import _given_name_affinity

    models = tmp_path / "models"
    models.mkdir()
    for path in models_dir().glob("*.tsv"):
        (models / path.name).write_bytes(path.read_bytes())
    monkeypatch.setenv("ZHEXTRACT_MODELS", str(models))
    monkeypatch.setenv("ZHEXTRACT_CACHE", str(tmp_path / "cache"))

    def affinity():
        load_lexicon.cache_clear()
        segmenter._dictionary.cache_clear()
        return _given_name_affinity()

    try:
        before = affinity()
        organizations = models / "organizations.tsv"
        added = "".join(f"志明文華建國機構{i}號\t志明文華建國機構{i}號\tassociation\tother\n" for i in range(300))
        organizations.write_text(organizations.read_text(encoding="utf-8") + added, encoding="utf-8")
        assert affinity() == before
    finally:
        monkeypatch.undo()
        load_lexicon.cache_clear()
        segmenter._dictionary.cache_clear()
