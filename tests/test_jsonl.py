"""Reading JSONL files (`pipeline.jsonl`)."""
from __future__ import annotations

import json

import pytest

from pipeline.jsonl import jsonl_lines, jsonl_values


@pytest.mark.parametrize(
    "data,expected",
    [
        (b'{"a": 1}\n{"a": 2}\n', [(1, {"a": 1}), (2, {"a": 2})]),
        (b'{"a": 1}', [(1, {"a": 1})]),  # no final line break
        (b'\xef\xbb\xbf{"a": 1}\n', [(1, {"a": 1})]),  # byte-order mark
        (b'{"a": 1}\r\n\r\n  \n{"a": 2}\r\n', [(1, {"a": 1}), (4, {"a": 2})]),  # blank lines keep the numbering
        ('{"a": "x\u2028y\x85z\u2029"}\n'.encode("utf-8"), [(1, {"a": "x\u2028y\x85z\u2029"})]),  # not line ends
        (b"", []),
        (b"\n \n", []),
    ],
)
def test_jsonl_lines(tmp_path, data, expected):
    path = tmp_path / "f.jsonl"
    path.write_bytes(data)
    assert [(n, json.loads(line)) for n, line in jsonl_lines(path)] == expected
    assert list(jsonl_values(str(path))) == [value for _, value in expected]


@pytest.mark.parametrize(
    "data,message",
    [
        (b'{"a": 1}\n{"a": \n', "Expecting value"),
        (b'{"a": 1}\n{"a": "\xff"}\n', "line 2: not UTF-8"),
        (b'{"a": "\xed\xa0\x80"}\n', "line 1: not UTF-8"),  # an encoded surrogate is not UTF-8 either
    ],
)
def test_jsonl_values_errors(tmp_path, data, message):
    path = tmp_path / "f.jsonl"
    path.write_bytes(data)
    with pytest.raises(ValueError, match=message):
        list(jsonl_values(path))


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(jsonl_lines(tmp_path / "none.jsonl"))
