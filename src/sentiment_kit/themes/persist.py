"""Save and load fitted models safely: a :class:`ThemeModel` or a :class:`SentimentClassifier`.

A model file can be handed from one analyst to another, so loading one must never run code
from it. :mod:`pickle` (and joblib) run whatever the file says while loading; this module
never unpickles. The file is a zip archive of two members:

``sentiment_kit.json``
    Metadata, readable with any zip tool: ``format`` (``"sentiment_kit.model"``),
    ``format_version`` (1), ``model`` (the class, e.g. ``"sentiment_kit.themes.model.ThemeModel"``),
    and the ``sentiment_kit``, ``scikit-learn``, ``numpy`` and ``skops`` versions that wrote it.
``model.skops``
    The fitted model in the skops format (``skops.io``): a JSON tree naming each object's
    type plus NumPy arrays saved without pickle. Before anything is built, every type named in
    the tree is checked against :data:`TRUSTED_TYPES` (the package's own model classes and the
    scikit-learn, NumPy and built-in types these models hold, listed one by one); a file that
    names any other type is refused and the types are listed. skops then audits the tree again
    with the same list before constructing the objects.

skops writes every element of a ``dict`` or of an object array as its own JSON node: the
146,000-term vocabularies of a classifier fitted on the 1,532 sample complaints became 130 MB
of JSON (150 MB file, 4 s to load; 10 MB and 0.2 s packed). So, before saving, string-keyed
dictionaries, lists and arrays of strings, pandas tables and indexes are packed into NumPy
arrays (UTF-8 bytes and offsets, integer arrays) under plain ``dict`` markers, and unpacked
after loading (without importing or calling anything named in the file).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .._core.validation import check_fitted
from ..exceptions import MissingResourceError, SentimentKitError, SentimentKitWarning
from ..sentiment.classifiers import SentimentClassifier
from ._packing import pack, unpack
from .model import ThemeModel

__all__ = ["TRUSTED_TYPES", "load_model", "save_model"]

FORMAT = "sentiment_kit.model"
FORMAT_VERSION = 1
_META, _BODY = "sentiment_kit.json", "model.skops"
#: The skops node kinds a model file may use: data and objects of trusted types, never a function,
#: a method or a ``functools.partial`` (which skops can also store), whatever ``trusted`` says.
_DATA_LOADERS = frozenset({"ObjectNode", "DictNode", "ListNode", "TupleNode", "SetNode", "JsonNode",
                           "NdArrayNode", "TypeNode", "CachedNode", "ConstructorFromReduceNode",
                           "RandomGeneratorNode"})
#: The models this module saves, with the attribute that shows each is fitted.
_SAVEABLE = {ThemeModel: "centroids_", SentimentClassifier: "pipeline_"}

#: Every type a model file may name (module path as skops records it). Nothing else is built.
TRUSTED_TYPES: tuple[str, ...] = (
    # the package's own classes
    "sentiment_kit.themes.model.ThemeModel",
    "sentiment_kit.text.vectorizer.TermVectorizer",
    "sentiment_kit.sentiment.classifiers.SentimentClassifier",
    "sentiment_kit.sentiment.classifiers.LexiconFeatures",
    "sentiment_kit.sentiment.classifiers._Truncate",
    # scikit-learn: the estimators inside them
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.decomposition._truncated_svd.TruncatedSVD",
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.preprocessing._label.LabelBinarizer",
    # NumPy: arrays (saved as .npy without pickle), the float64 dtype parameter of the
    # vectorizers, integer parameters given as NumPy scalars (n_themes=np.int64(8)), and a
    # random_state given as a Generator (skops rebuilds it from its bit generator's name and
    # state, and checks that name against this list too)
    "numpy.ndarray",
    "numpy.float64",
    "numpy.int64",
    "numpy.int32",
    "numpy.random._generator.Generator",
    "numpy.random.PCG64",
    "numpy.random.PCG64DXSM",
    "numpy.random.Philox",
    "numpy.random.SFC64",
    "numpy.random.MT19937",
    # Python's built-in containers (numbers, strings, None and booleans are stored as JSON)
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.set",
    "builtins.frozenset",
    "builtins.str",
    "builtins.int",
)


# ------------------------------------------------------------------------------------ public API
def save_model(model: ThemeModel | SentimentClassifier, path: str | os.PathLike) -> Path:
    """Save a fitted :class:`ThemeModel` or :class:`SentimentClassifier` to ``path``.

    The file holds no pickle; :func:`load_model` reads it back and checks every type it names
    against :data:`TRUSTED_TYPES` first (format: the notes of :mod:`sentiment_kit.themes.persist`).
    It records the sentiment_kit version. The file is written under a temporary name and
    renamed, so an interrupted save leaves no half-written file under ``path``.

    Parameters
    ----------
    model : ThemeModel or SentimentClassifier
        A fitted model; it is not modified.
    path : str or path-like
        Where to write (an existing file is replaced). Any name works; ``.skmodel`` is a
        good extension.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    SentimentKitError
        ``model`` is of another class or not fitted, or ``path`` is a directory or its folder
        does not exist.
    MissingResourceError
        skops is not installed.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from sentiment_kit import ThemeModel
    >>> texts = ["late delivery", "delivery late again", "rude staff", "staff were rude"]
    >>> model = ThemeModel(2, random_state=0, min_df=1, max_df=1.0).fit(texts)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = save_model(model, pathlib.Path(tmp) / "themes.skmodel")
    ...     load_model(path).predict(["the delivery is late", "staff rude"]).tolist()
    [0, 1]
    """
    sio = _skops()
    kind = next((c for c in _SAVEABLE if isinstance(model, c)), None)
    if kind is None:
        raise SentimentKitError(
            f"save_model saves a ThemeModel or a SentimentClassifier, got {type(model).__name__}.")
    try:
        check_fitted(model, _SAVEABLE[kind])
    except Exception as err:
        raise SentimentKitError(f"The {type(model).__name__} is not fitted; call fit before save_model.") from err
    path = Path(path)
    if path.is_dir():
        raise SentimentKitError(f"Cannot save the model to '{path}': it is a directory; give a file name.")
    if not path.parent.is_dir():
        raise SentimentKitError(f"Cannot save the model to '{path}': folder '{path.parent}' does not exist.")
    try:
        body = sio.dumps(pack(model), compression=zipfile.ZIP_DEFLATED)
    except SentimentKitError:
        raise
    except Exception as err:  # e.g. an attribute set by hand to an object skops cannot write
        raise SentimentKitError(f"Could not save the {type(model).__name__} to '{path}' ({_why(err)}).") from err
    stray = sorted(_schema_types(body) - set(TRUSTED_TYPES))
    if stray:  # every file written here must load with load_model's defaults
        raise SentimentKitError(
            f"Could not save the {type(model).__name__} to '{path}': it holds types that load_model "
            f"does not trust: {stray} (an attribute set by hand?). Remove them before saving.")
    meta = {"format": FORMAT, "format_version": FORMAT_VERSION, "model": _type_name(type(model)),
            **_versions()}
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(_META, json.dumps(meta, indent=1))
            zf.writestr(_BODY, body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load_model(path: str | os.PathLike, *,
               trusted: Sequence[str | type] | None = None) -> ThemeModel | SentimentClassifier:
    """Load a model saved by :func:`save_model`, refusing any file that would run code.

    Only the types in :data:`TRUSTED_TYPES`, and those named in ``trusted``, may appear in
    the file; they are checked before any object is built. Pickle files are refused.

    Parameters
    ----------
    path : str or path-like
        A file written by :func:`save_model`.
    trusted : sequence of str or type, optional
        Further types to accept, by full name (``"mypackage.models.MyThemeModel"``) or as
        classes: only for a file from someone you trust that holds, say, your own subclass.
        The error for an untrusted file lists the names. ``True`` (trust everything) is refused,
        and functions, methods and references to classes outside :data:`TRUSTED_TYPES` are
        never loaded, whatever ``trusted`` says.

    Returns
    -------
    ThemeModel or SentimentClassifier
        The model, predicting exactly as the one saved.

    Raises
    ------
    SentimentKitError
        ``path`` is missing, a directory, not a model file (a pickle, another zip), corrupt,
        of a newer format, or names a type that is not trusted (the types are listed).
    MissingResourceError
        skops is not installed.

    Warns
    -----
    SentimentKitWarning
        The file was written by another version of sentiment_kit: predictions may differ.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from sentiment_kit import SentimentClassifier
    >>> clf = SentimentClassifier(random_state=0).fit(["great", "awful", "lovely", "rude"] * 3,
    ...                                                ["pos", "neg", "pos", "neg"] * 3)
    >>> with tempfile.TemporaryDirectory() as tmp:  # doctest: +ELLIPSIS
    ...     model = load_model(save_model(clf, pathlib.Path(tmp) / "sentiment.skmodel"))
    ...     load_model(pathlib.Path(tmp) / "missing.skmodel")
    Traceback (most recent call last):
    ...
    sentiment_kit.exceptions.SentimentKitError: No model file at '...missing.skmodel'.
    >>> model.predict(["lovely staff"]).tolist()
    ['pos']
    """
    sio = _skops()
    path = Path(path)
    allowed = set(TRUSTED_TYPES) | set(_trusted_names(trusted))
    meta, body = _read_archive(path)
    _check_meta(meta, path)
    try:
        named = _schema_types(body)
    except Exception as err:
        raise SentimentKitError(f"The model file '{path}' is corrupt ({_why(err)}); save the model again.") from err
    untrusted = sorted(named - allowed)
    if untrusted:
        raise SentimentKitError(
            f"Refusing to load '{path}': it names types that are not trusted: {untrusted}. A model "
            "file from sentiment_kit holds none of these, and loading them could run code. If you "
            "trust the file's author, pass them as load_model(path, trusted=[...]).")
    try:
        model = unpack(sio.loads(body, trusted=sorted(allowed)))
    except sio.exceptions.UntrustedTypesFoundException as err:  # names hidden in values (a bit generator)
        raise SentimentKitError(f"Refusing to load '{path}': {err}") from err
    except Exception as err:
        raise SentimentKitError(f"The model file '{path}' is corrupt or incompatible ({_why(err)}); "
                                "save the model again with this version of sentiment_kit.") from err
    if not isinstance(model, tuple(_SAVEABLE)):
        raise SentimentKitError(f"'{path}' holds a {type(model).__name__}, not a ThemeModel or SentimentClassifier.")
    return model


# ------------------------------------------------------------------------------------ the archive
def _skops() -> Any:
    try:
        import skops.io as sio
    except ImportError as err:  # pragma: no cover - skops is a dependency
        raise MissingResourceError("Saving and loading models needs skops: pip install skops.") from err
    return sio


def _versions() -> dict[str, str]:
    import sklearn
    import skops

    # the package is imported before any of its modules: read its version without importing it
    # (sentiment_kit/__init__ imports this room, so an import would be a cycle)
    own = sys.modules[__name__.split(".")[0]].__version__
    return {"sentiment_kit_version": own, "sklearn_version": sklearn.__version__,
            "numpy_version": np.__version__, "skops_version": skops.__version__}


def _read_archive(path: Path) -> tuple[dict, bytes]:
    if not path.exists():
        raise SentimentKitError(f"No model file at '{path}'.")
    if path.is_dir():
        raise SentimentKitError(f"'{path}' is a directory, not a model file; give the file saved by save_model.")
    with open(path, "rb") as fh:
        head = fh.read(4)
    if not head.startswith(b"PK"):
        pickled = head[:1] == b"\x80" or head[:1] in (b"(", b"]", b"}", b"c")
        what = "a Python pickle (or joblib) file" if pickled else "not a zip archive"
        raise SentimentKitError(
            f"'{path}' is not a sentiment_kit model file: it is {what}. sentiment_kit never loads "
            "pickles, because unpickling a file can run any code in it; ask for a file written by "
            "sentiment_kit.save_model.")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if not {_META, _BODY} <= names:
                raise SentimentKitError(
                    f"'{path}' is a zip archive but not a sentiment_kit model file (it has no "
                    f"{_META} and {_BODY}); a model file is written by sentiment_kit.save_model.")
            meta = json.loads(zf.read(_META))
            body = zf.read(_BODY)
    except SentimentKitError:
        raise
    except Exception as err:
        raise SentimentKitError(f"The model file '{path}' is corrupt ({_why(err)}); save the model again.") from err
    if not isinstance(meta, dict):
        raise SentimentKitError(f"The model file '{path}' is corrupt (its {_META} is not an object).")
    return meta, body


def _check_meta(meta: dict, path: Path) -> None:
    if meta.get("format") != FORMAT:
        raise SentimentKitError(f"'{path}' is not a sentiment_kit model file (format {meta.get('format')!r}).")
    version = meta.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise SentimentKitError(
            f"'{path}' has model format version {version!r}; this sentiment_kit reads version "
            f"{FORMAT_VERSION} and older. Upgrade sentiment_kit to load it.")
    saved, own = meta.get("sentiment_kit_version"), _versions()["sentiment_kit_version"]
    if saved != own:
        warnings.warn(
            f"'{path}' was saved with sentiment_kit {saved} and this is {own}: the model loads, but "
            "its predictions may differ from the original's. Refit it, or save it again, with this version.",
            SentimentKitWarning, stacklevel=3)


def _schema_types(body: bytes) -> set[str]:
    """Every type (``module.Class``) named in the skops tree, read from its JSON without building anything.

    A node loaded as anything but data (a function, a method, a ``functools.partial``, ...) is
    reported as ``"<function or method> module.name"``, and a reference to a class or builtin
    function outside :data:`TRUSTED_TYPES` as ``"<type or function> module.name"``: no ``trusted``
    list can admit them.
    """
    import io

    with zipfile.ZipFile(io.BytesIO(body)) as zf:
        schema = json.loads(zf.read("schema.json"))
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "__class__" in node or "__module__" in node:
                name = f"{node.get('__module__')}.{node.get('__class__')}"
                loader = node.get("__loader__")
                if loader == "TypeNode" and name not in TRUSTED_TYPES:  # a class or a builtin function itself
                    name = f"<type or function> {name}"
                elif loader not in _DATA_LOADERS:
                    name = f"<function or method> {name}"
                found.add(name)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _trusted_names(trusted: Any) -> list[str]:
    if trusted is None:
        return []
    if isinstance(trusted, bool | str):
        raise SentimentKitError(
            f"trusted must be a list of type names or classes, got {trusted!r}; trusting every type "
            "would let the file run code.")
    return [t if isinstance(t, str) else _type_name(t) for t in trusted]


def _type_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _why(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}"[:300]
