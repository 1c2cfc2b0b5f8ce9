"""The blind bulletins: six pages laid out as other district papers do, each parsed and
compared, item by item and field by field, with what an editor reads in it (written down
before the parser ever saw them; see tests/ingest/blind_score.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.ingest.bulletin import parse_bulletin
from newsroom.ingest.encoding import read_text_file
from tests.ingest.blind_score import FIELDS, blind_files, expected, score_file, summary

FILES = blind_files()


def test_six_bulletins_with_expectations() -> None:
    assert len(FILES) == 6
    for path in FILES:
        assert 4 <= len(expected(path)) <= 8, path.name


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_blind_bulletin(path: Path) -> None:
    score = score_file(path)
    assert score.misses == [], "\n".join(score.misses)
    assert score.items_parsed == score.items_expected
    assert score.fields_matched == score.items_expected * len(FIELDS)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_read_as_the_importer_reads(path: Path) -> None:
    # The importer decodes the file first (CRLF, BOM, GB18030 …): the same items come out.
    direct = parse_bulletin(path.read_bytes().decode("utf-8"))
    assert parse_bulletin(read_text_file(path)) == direct
    assert [summary(item) for item in direct] == expected(path)
