"""save_model / load_model: exact round trips, and files that must be refused without running anything."""

from __future__ import annotations

import io
import json
import os
import pickle
import zipfile
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import skops.io as sio
from sklearn.base import clone

import sentiment_kit as sk
from sentiment_kit.exceptions import SentimentKitError, SentimentKitWarning
from sentiment_kit.themes import _packing, load_model, persist, save_model


# ------------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def complaints() -> pd.DataFrame:
    return sk.load_sample("complaints")


@pytest.fixture(scope="module")
def theme_model(complaints):
    return sk.ThemeModel(random_state=0).fit(complaints["text"])


#: Complaints the classifiers are fitted on (all of them are predicted); fitting on all 1,532 took 5-7 s.
N_FIT = 500


@pytest.fixture(scope="module")
def binary_classifier(complaints):
    head = complaints.head(N_FIT)
    return sk.SentimentClassifier(random_state=0).fit(head["text"], head["timely_response"])


@pytest.fixture(scope="module")
def product_classifier(complaints):
    """More than two classes: a one-vs-rest model inside the pipeline."""
    head = complaints.head(N_FIT)
    return sk.SentimentClassifier(random_state=0, char_ngrams=(3, 4)).fit(head["text"], head["product"])


def _write_archive(path: Path, obj, **meta) -> Path:
    """A model file as save_model writes it, around any object (to build files that must be refused)."""
    header = {"format": persist.FORMAT, "format_version": persist.FORMAT_VERSION,
              "model": "sentiment_kit.themes.model.ThemeModel", **persist._versions(), **meta}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(persist._META, json.dumps(header))
        zf.writestr(persist._BODY, sio.dumps(obj))
    return path


class Surprise:
    """A class no model file should name."""

    def __init__(self):
        self.value = 1


class _Boom:
    """Unpickling this writes a marker file: proof that a pickle was (or was not) executed."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))


# ------------------------------------------------------------------------------------ round trips
def test_theme_model_round_trip_predicts_exactly_as_the_original(theme_model, complaints, tmp_path):
    texts = complaints["text"]
    loaded = load_model(save_model(theme_model, tmp_path / "themes.skmodel"))
    assert type(loaded) is sk.ThemeModel
    np.testing.assert_array_equal(loaded.predict(texts), theme_model.predict(texts))
    np.testing.assert_array_equal(loaded.transform(texts), theme_model.transform(texts))
    np.testing.assert_array_equal(loaded.labels_, theme_model.labels_)
    pd.testing.assert_frame_equal(loaded.themes_, theme_model.themes_)
    pd.testing.assert_frame_equal(loaded.auto_scores_, theme_model.auto_scores_)
    assert loaded.labels() == theme_model.labels()
    assert loaded.get_params() == theme_model.get_params()


def test_theme_model_vectorizer_state_is_restored_with_its_types(theme_model, tmp_path):
    vec = load_model(save_model(theme_model, tmp_path / "themes.skmodel")).vectorizer_
    for name, want in vars(theme_model.vectorizer_).items():
        got = getattr(vec, name)
        if isinstance(want, np.ndarray):
            assert got.dtype == want.dtype and np.array_equal(got, want), name
        elif isinstance(want, pd.Index):
            assert got.equals(want), name
        else:
            assert type(got) is type(want) and got == want, name
    assert set(vars(vec)) == set(vars(theme_model.vectorizer_))


def test_theme_model_new_texts_and_threads_after_load(theme_model, tmp_path):
    texts = ["my card was charged twice", "", "xyzzy", "the debt is not mine, stop calling"] * 3000
    loaded = load_model(save_model(theme_model, tmp_path / "themes.skmodel")).set_params(n_jobs=2)
    np.testing.assert_array_equal(loaded.predict(texts), theme_model.predict(texts))


def test_edited_theme_model_keeps_merges_and_names(complaints, tmp_path):
    model = sk.ThemeModel(6, random_state=1).fit(complaints["text"])
    model.merge_themes([1, 2]).rename_theme(0, "Debt I do not owe")
    loaded = load_model(save_model(model, tmp_path / "edited.skmodel"))
    assert loaded.labels() == model.labels()
    assert loaded.labels()[0] == "Debt I do not owe"
    np.testing.assert_array_equal(loaded.theme_ids_, model.theme_ids_)
    np.testing.assert_array_equal(loaded.predict(complaints["text"]), model.predict(complaints["text"]))


def test_seeded_theme_model_with_generator_round_trips(complaints, tmp_path):
    model = sk.ThemeModel(5, seed_themes={"fees": ["fee", "charge"]}, random_state=np.random.default_rng(3))
    model.fit(complaints["text"][:500])
    loaded = load_model(save_model(model, tmp_path / "seeded.skmodel"))
    assert loaded.seed_themes == {"fees": ["fee", "charge"]}
    assert loaded.themes_["seeded"].tolist() == model.themes_["seeded"].tolist()
    np.testing.assert_array_equal(loaded.predict(complaints["text"]), model.predict(complaints["text"]))


@pytest.mark.parametrize("fixture", ["binary_classifier", "product_classifier"])
def test_classifier_round_trip_predicts_exactly_as_the_original(fixture, complaints, tmp_path, request):
    clf = request.getfixturevalue(fixture)
    texts = complaints["text"]
    loaded = load_model(save_model(clf, tmp_path / "clf.skmodel"))
    assert type(loaded) is sk.SentimentClassifier
    np.testing.assert_array_equal(loaded.classes_, clf.classes_)
    assert loaded.classes_.dtype == clf.classes_.dtype
    np.testing.assert_array_equal(loaded.predict(texts), clf.predict(texts))
    np.testing.assert_array_equal(loaded.predict_proba(texts), clf.predict_proba(texts))


def test_loaded_model_can_be_cloned_and_refitted(binary_classifier, complaints, tmp_path):
    loaded = load_model(save_model(binary_classifier, tmp_path / "clf.skmodel"))
    head = complaints.head(N_FIT)
    refit = clone(loaded).fit(head["text"], head["timely_response"])
    np.testing.assert_array_equal(refit.predict(complaints["text"]), binary_classifier.predict(complaints["text"]))


def test_save_leaves_the_model_untouched_and_replaces_the_file(theme_model, complaints, tmp_path):
    before = theme_model.predict(complaints["text"])
    path = tmp_path / "themes.skmodel"
    path.write_bytes(b"an older file")
    assert save_model(theme_model, str(path)) == path
    assert isinstance(theme_model.themes_, pd.DataFrame)
    assert isinstance(theme_model.vectorizer_._key_index, pd.Index)
    assert not hasattr(theme_model, _packing._SIDE)
    np.testing.assert_array_equal(theme_model.predict(complaints["text"]), before)
    assert zipfile.is_zipfile(path)
    assert os.listdir(tmp_path) == ["themes.skmodel"]  # no temporary file left behind


def test_file_records_versions_and_holds_no_pickle(theme_model, tmp_path):
    path = save_model(theme_model, tmp_path / "themes.skmodel")
    with zipfile.ZipFile(path) as zf:
        meta = json.loads(zf.read(persist._META))
        body = zf.read(persist._BODY)
    assert meta["format"] == "sentiment_kit.model" and meta["format_version"] == 1
    assert meta["sentiment_kit_version"] == sk.__version__
    assert meta["model"] == "sentiment_kit.themes.model.ThemeModel"
    with zipfile.ZipFile(io.BytesIO(body)) as inner:
        for name in inner.namelist():
            if name.endswith(".npy"):  # NumPy arrays of objects would be pickled inside the .npy
                np.lib.format.read_array(inner.open(name), allow_pickle=False)


def test_file_names_only_the_listed_types(theme_model, product_classifier, tmp_path):
    for model in (theme_model, product_classifier):
        with zipfile.ZipFile(save_model(model, tmp_path / "m.skmodel")) as zf:
            named = persist._schema_types(zf.read(persist._BODY))
        assert named <= set(persist.TRUSTED_TYPES)
        assert not any(t.startswith("pandas.") for t in named)


# ------------------------------------------------------------------------------------ refused files
def test_pickle_file_is_refused_without_being_executed(tmp_path):
    marker = tmp_path / "pickle-ran"
    path = tmp_path / "model.skmodel"
    path.write_bytes(pickle.dumps(_Boom(str(marker))))
    with pytest.raises(SentimentKitError, match="pickle") as err:
        load_model(path)
    assert str(path) in str(err.value)
    assert not marker.exists()


def test_file_with_a_function_is_refused_naming_it(theme_model, tmp_path):
    bad = _packing.pack(theme_model)
    bad.n_jobs = os.system
    path = _write_archive(tmp_path / "evil.skmodel", bad)
    with pytest.raises(SentimentKitError, match=r"not trusted: \['<type or function> (posix|nt)\.system'\]"):
        load_model(path)
    with pytest.raises(SentimentKitError, match="not trusted"):  # never, even when asked
        load_model(path, trusted=["posix.system", "nt.system"])


def test_file_with_a_python_function_is_refused_even_when_trusted(theme_model, tmp_path):
    bad = _packing.pack(theme_model)
    bad.n_jobs = json.dumps
    path = _write_archive(tmp_path / "function.skmodel", bad)
    with pytest.raises(SentimentKitError, match=r"<function or method> json\.dumps"):
        load_model(path, trusted=["json.dumps"])


def test_file_with_a_method_of_a_trusted_class_is_refused(theme_model, tmp_path):
    bad = _packing.pack(theme_model)
    bad.n_jobs = _packing.pack(theme_model).stability  # a bound method: callable package code
    with pytest.raises(SentimentKitError, match=r"<function or method> .*ThemeModel"):
        load_model(_write_archive(tmp_path / "method.skmodel", bad))


def test_file_with_an_unexpected_class_is_refused_naming_it(theme_model, tmp_path):
    bad = _packing.pack(theme_model)
    bad.n_jobs = Surprise()
    with pytest.raises(SentimentKitError, match=r"not trusted: \[.*Surprise'\]"):
        load_model(_write_archive(tmp_path / "surprise.skmodel", bad))


def test_a_type_is_loaded_only_when_the_caller_trusts_it(theme_model, complaints, tmp_path):
    bad = _packing.pack(theme_model)
    bad.n_jobs = OrderedDict(a=1)
    path = _write_archive(tmp_path / "extra.skmodel", bad)
    with pytest.raises(SentimentKitError, match=r"collections\.OrderedDict"):
        load_model(path)
    loaded = load_model(path, trusted=["collections.OrderedDict"])
    assert loaded.n_jobs == OrderedDict(a=1)
    assert load_model(path, trusted=[OrderedDict]).n_jobs == OrderedDict(a=1)


@pytest.mark.parametrize("trusted", [True, "collections.OrderedDict"])
def test_trusting_everything_or_a_bare_string_is_refused(theme_model, tmp_path, trusted):
    path = save_model(theme_model, tmp_path / "themes.skmodel")
    with pytest.raises(SentimentKitError, match="trusted must be a list"):
        load_model(path, trusted=trusted)


def test_hidden_bit_generator_name_is_refused(complaints, tmp_path):
    model = sk.ThemeModel(3, random_state=np.random.default_rng(0)).fit(complaints["text"][:200])
    path = save_model(model, tmp_path / "gen.skmodel")
    with zipfile.ZipFile(path) as zf:
        meta, body = zf.read(persist._META), zf.read(persist._BODY)
    with zipfile.ZipFile(io.BytesIO(body)) as inner:
        members = {n: inner.read(n) for n in inner.namelist()}
    members["schema.json"] = members["schema.json"].replace(b'PCG64', b'seed')
    evil = tmp_path / "evil.skmodel"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as inner:
        for n, data in members.items():
            inner.writestr(n, data)
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr(persist._META, meta)
        zf.writestr(persist._BODY, buf.getvalue())
    with pytest.raises(SentimentKitError, match=r"Refusing to load .*numpy\.random\.seed"):
        load_model(evil)


def test_other_version_warns_and_loads(theme_model, complaints, tmp_path):
    path = _write_archive(tmp_path / "old.skmodel", _packing.pack(theme_model), sentiment_kit_version="0.0.1")
    with pytest.warns(SentimentKitWarning, match=r"saved with sentiment_kit 0\.0\.1 and this is"):
        loaded = load_model(path)
    np.testing.assert_array_equal(loaded.predict(complaints["text"][:50]), theme_model.predict(complaints["text"][:50]))


def test_same_version_does_not_warn(theme_model, tmp_path, recwarn):
    load_model(save_model(theme_model, tmp_path / "themes.skmodel"))
    assert not [w for w in recwarn if issubclass(w.category, SentimentKitWarning)]


def test_newer_format_is_refused(theme_model, tmp_path):
    path = _write_archive(tmp_path / "new.skmodel", _packing.pack(theme_model), format_version=99)
    with pytest.raises(SentimentKitError, match="format version 99.*Upgrade"):
        load_model(path)


def test_missing_file_names_the_path(tmp_path):
    with pytest.raises(SentimentKitError, match=r"No model file at '.*nowhere\.skmodel'"):
        load_model(tmp_path / "nowhere.skmodel")


def test_directory_names_the_path(tmp_path):
    with pytest.raises(SentimentKitError, match=r"is a directory"):
        load_model(tmp_path)


def test_truncated_file_is_corrupt(theme_model, tmp_path):
    path = save_model(theme_model, tmp_path / "themes.skmodel")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(SentimentKitError, match=r"model file '.*themes\.skmodel' is corrupt"):
        load_model(path)


def test_damaged_inner_model_is_corrupt(tmp_path):
    path = tmp_path / "damaged.skmodel"
    header = {"format": persist.FORMAT, "format_version": 1, **persist._versions()}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(persist._META, json.dumps(header))
        zf.writestr(persist._BODY, b"PK\x03\x04 not really a zip")
    with pytest.raises(SentimentKitError, match=r"damaged\.skmodel' is corrupt"):
        load_model(path)


def test_text_file_is_not_a_model_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(SentimentKitError, match="not a sentiment_kit model file: it is not a zip archive"):
        load_model(path)


def test_other_zip_is_not_a_model_file(theme_model, tmp_path):
    plain = tmp_path / "plain.skops"
    sio.dump(sk.SentimentClassifier(), plain)  # a plain skops file, without our metadata
    with pytest.raises(SentimentKitError, match=r"zip archive but not a sentiment_kit model file"):
        load_model(plain)


# ------------------------------------------------------------------------------------ refused saves
def test_save_refuses_an_unfitted_model(tmp_path):
    with pytest.raises(SentimentKitError, match="not fitted"):
        save_model(sk.ThemeModel(), tmp_path / "m.skmodel")
    assert not (tmp_path / "m.skmodel").exists()


def test_save_refuses_other_models(tmp_path):
    clf = sk.LexiconClassifier().fit(["good", "bad"], [1, 0])
    with pytest.raises(SentimentKitError, match="ThemeModel or a SentimentClassifier, got LexiconClassifier"):
        save_model(clf, tmp_path / "m.skmodel")


def test_save_refuses_a_directory_or_missing_folder(theme_model, tmp_path):
    with pytest.raises(SentimentKitError, match="is a directory"):
        save_model(theme_model, tmp_path)
    with pytest.raises(SentimentKitError, match=r"folder '.*nope' does not exist"):
        save_model(theme_model, tmp_path / "nope" / "m.skmodel")


# ------------------------------------------------------------------------------------ packing
WORDS = [f"wörd {i} ✓" for i in range(12)]


@pytest.mark.parametrize("value", [
    {w: i for i, w in enumerate(WORDS)},
    {w: (i, i + 1) if i % 3 else () for i, w in enumerate(WORDS)},
    {w: [w, w.upper()] * 5 for w in WORDS},
    {w: True for w in WORDS},
    WORDS,
    (WORDS, np.arange(3.0)),
    np.array(WORDS, dtype=object).reshape(3, 4),
    np.array([], dtype=object),
    pd.Index(WORDS),
    pd.DataFrame({"a": WORDS, "b": np.arange(12), "c": [True, False] * 6}, index=np.arange(12) * 2),
    pd.DataFrame({"k": [4, 5], "inertia": [1.5, 0.5]}),
    ["\ud800 lone surrogate"] * 9,
], ids=["ints", "int_tuples", "lists", "bools", "str_list", "tuple", "str_array", "empty", "index", "frame",
        "small_frame", "surrogate"])
def test_packed_values_come_back_equal_and_of_the_same_type(value):
    packed, tagged = _packing._pack_value(value)
    assert tagged is not (isinstance(value, np.ndarray) and value.size == 0)  # an empty array stays as it is
    back = sio.loads(sio.dumps(packed), trusted=list(persist.TRUSTED_TYPES))
    got = _packing._unpack_value(back)
    assert type(got) is type(value)
    if isinstance(value, pd.DataFrame):
        pd.testing.assert_frame_equal(got, value)
    elif isinstance(value, pd.Index):
        assert got.equals(value) and got.dtype == value.dtype
    elif isinstance(value, np.ndarray):
        assert got.dtype == value.dtype and got.shape == value.shape and np.array_equal(got, value)
    elif isinstance(value, tuple):
        assert got[0] == value[0] and np.array_equal(got[1], value[1])
    else:
        assert got == value
        if isinstance(value, dict):
            assert [type(v) for v in got.values()] == [type(v) for v in value.values()]


def test_save_refuses_state_it_cannot_write_naming_the_path(binary_classifier, tmp_path):
    clf = clone(binary_classifier).set_params(random_state=0)
    clf.pipeline_, clf.classes_ = binary_classifier.pipeline_, binary_classifier.classes_
    clf.extra_ = pd.Series([1, 2])  # a pandas object where none is expected
    with pytest.raises(SentimentKitError, match=r"Could not save the SentimentClassifier to '.*m\.skmodel'"):
        save_model(clf, tmp_path / "m.skmodel")
    assert os.listdir(tmp_path) == []
