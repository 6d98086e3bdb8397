"""Packing the bulky parts of a fitted model into plain NumPy arrays for :mod:`.persist`.

skops writes every dict entry and every string as its own JSON node, and cannot write pandas
objects at all: a ThemeModel came to 38 MB and 2.3 s to load. Before saving, pandas tables and
indexes, large string-keyed dicts and string lists are packed into arrays (UTF-8 bytes plus
offsets, integer arrays); after loading they are rebuilt with their exact original types. Only
arrays, strings and DataFrames are ever built (no pickle).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator

from ..exceptions import SentimentKitError

__all__ = ["pack", "unpack"]

# ------------------------------------------------------------------------------------ packing
_TAG = "__sentiment_kit_packed__"
#: Attribute under which an object's packed attributes travel (so no ``__setstate__`` sees them).
_SIDE = "_sentiment_kit_packed_"
_MIN_ITEMS = 8  # shorter lists and dicts stay as skops writes them


def _owns_state(value: Any) -> bool:
    return isinstance(value, BaseEstimator) or type(value).__module__.startswith("sentiment_kit.")


def pack(value: Any) -> Any:
    """A copy of ``value`` (an estimator) whose bulky attributes are packed into arrays."""
    cls = type(value)
    new = cls.__new__(cls)
    state, side = {}, {}
    for name, attr in vars(value).items():
        packed, tagged = _pack_value(attr)
        (side if tagged else state)[name] = packed
    if side:
        state[_SIDE] = side
    new.__dict__.update(state)
    return new


def _pack_value(v: Any) -> tuple[Any, bool]:
    """(packed value, whether it holds markers to unpack)."""
    if _owns_state(v):
        return pack(v), False
    if isinstance(v, pd.DataFrame):
        return _pack_frame(v), True
    if isinstance(v, pd.Index):
        return {_TAG: "index", "values": _pack_value(v.to_numpy())[0]}, True
    if isinstance(v, np.ndarray) and v.dtype == object and v.size and all(type(s) is str for s in v.flat):
        return {_TAG: "str_array", "shape": list(v.shape), **_encode(list(v.flat))}, True
    if type(v) is list and len(v) >= _MIN_ITEMS and all(type(s) is str for s in v):
        return {_TAG: "str_list", **_encode(v)}, True
    if type(v) is dict and len(v) >= _MIN_ITEMS and all(type(k) is str for k in v):
        return {_TAG: "str_dict", **_encode(list(v)), "values": _pack_values(list(v.values()))}, True
    if type(v) in (list, tuple, dict):
        items = v.items() if type(v) is dict else enumerate(v)
        done = {k: _pack_value(x) for k, x in items}
        tagged = any(t for _, t in done.values())
        if type(v) is dict:
            return {k: p for k, (p, _) in done.items()}, tagged
        return type(v)(p for p, _ in done.values()), tagged
    return v, False


def _pack_values(values: list) -> Any:
    """The values of a string-keyed dict: one array when all are ints or tuples of ints."""
    if all(type(x) is int for x in values):
        return {_TAG: "ints", "values": np.array(values, dtype=np.int64)}
    if all(type(x) is tuple and all(type(i) is int for i in x) for x in values):
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        flat = np.fromiter((i for x in values for i in x), dtype=np.int64, count=int(lengths.sum()))
        return {_TAG: "int_tuples", "lengths": lengths, "flat": flat}
    return [_pack_value(x)[0] for x in values]


def _pack_frame(frame: pd.DataFrame) -> dict:
    for col, dtype in frame.dtypes.items():
        if not (dtype == object or (isinstance(dtype, np.dtype) and dtype.kind in "biuf")):
            raise SentimentKitError(f"Cannot save a table column {col!r} of dtype {dtype}; "
                                    "only NumPy numbers, booleans and text are saved.")
    idx = frame.index
    index = ({"start": idx.start, "stop": idx.stop, "step": idx.step} if isinstance(idx, pd.RangeIndex)
             else _pack_value(idx.to_numpy())[0])
    return {_TAG: "frame", "columns": _pack_value(list(frame.columns))[0], "index": index,
            "data": [_pack_value(frame[c].to_numpy())[0] for c in frame.columns]}


def _encode(strings: list[str]) -> dict:
    data = [s.encode("utf-8", "surrogatepass") for s in strings]
    ends = np.cumsum(np.fromiter(map(len, data), dtype=np.int64, count=len(data)))
    return {"utf8": np.frombuffer(b"".join(data), dtype=np.uint8), "ends": ends}


def _decode(node: dict) -> list[str]:
    raw = np.asarray(node["utf8"], dtype=np.uint8).tobytes()
    ends = np.asarray(node["ends"], dtype=np.int64).tolist()
    return [raw[a:b].decode("utf-8", "surrogatepass") for a, b in zip([0, *ends[:-1]], ends)]


# ------------------------------------------------------------------------------------ unpacking
def unpack(value: Any) -> Any:
    """Restore, in place, the packed attributes of a loaded estimator and of those inside it."""
    state = vars(value)
    side = state.pop(_SIDE, {})
    for attr in state.values():
        _walk(attr)
    if side:
        restored = {name: _unpack_value(p) for name, p in side.items()}
        setstate = getattr(type(value), "__setstate__", None)
        if setstate is not None and setstate is not BaseEstimator.__setstate__:
            value.__setstate__({**state, **restored})  # the class's own post-load step (TermVectorizer's index)
        else:
            state.update(restored)
    return value


def _walk(v: Any) -> None:
    if _owns_state(v):
        unpack(v)
    elif type(v) in (list, tuple):
        for x in v:
            _walk(x)
    elif type(v) is dict:
        for x in v.values():
            _walk(x)


def _unpack_value(v: Any) -> Any:
    if type(v) is dict and _TAG in v:
        return _UNPACK[v[_TAG]](v)
    if type(v) in (list, tuple):
        return type(v)(_unpack_value(x) for x in v)
    if type(v) is dict:
        return {k: _unpack_value(x) for k, x in v.items()}
    _walk(v)
    return v


def _str_array(v: dict) -> np.ndarray:
    out = np.empty(len(v["ends"]), dtype=object)
    out[:] = _decode(v)
    return out.reshape(v["shape"])


def _str_dict(v: dict) -> dict:
    keys, values = _decode(v), v["values"]
    if type(values) is dict and values.get(_TAG) == "ints":
        vals: list = values["values"].tolist()
    elif type(values) is dict and values.get(_TAG) == "int_tuples":
        flat = values["flat"].tolist()
        ends = np.cumsum(values["lengths"]).tolist()
        vals = [tuple(flat[a:b]) for a, b in zip([0, *ends[:-1]], ends)]
    else:
        vals = [_unpack_value(x) for x in values]
    return dict(zip(keys, vals))


def _frame(v: dict) -> pd.DataFrame:
    idx = v["index"]
    index = pd.RangeIndex(idx["start"], idx["stop"], idx["step"]) if type(idx) is dict and "start" in idx \
        else pd.Index(_unpack_value(idx))
    columns = _unpack_value(v["columns"])
    data = {c: _unpack_value(x) for c, x in zip(columns, v["data"])}
    return pd.DataFrame(data, index=index, columns=columns)


_UNPACK = {
    "str_array": _str_array,
    "str_list": _decode,
    "str_dict": _str_dict,
    "index": lambda v: pd.Index(_unpack_value(v["values"])),
    "frame": _frame,
}
