"""The first-letter lookahead (:func:`pipeline.lang.opening`) put before a word alternation finds
exactly what the alternation alone finds: same spans, same groups, on invented sentences that hold
the words, hold them in other case, inside longer words, or not at all."""
import re

import pytest

from pipeline.extract import quotes
from pipeline.lang import opening, words

TEXTS = [
    "“Kami siap bekerja,” kata Budi Santoso di Jakarta, Senin.",
    "Menurutnya, rencana itu belum matang, ujarnya kepada wartawan.",
    "MENURUT Ketua Panitia Sari Wulandari, acara berjalan lancar. Ia MENGATAKAN semua siap.",
    "Dia menjelaskan bahwa katanya harga naik; ucapnya lirih, tuturnya pelan.",
    "Sekretaris desa mengungkapkan, menegaskan, dan menambahkan hal yang sama.",
    # negative rows: the words only inside longer words, or none of them
    "Pengatakan, berkatalah, kataku-kataku, ujarannya dan bertutur kata-kata indah.",
    "Harga cabai naik 20 persen di pasar tradisional pekan ini.",
    "",
    "12345 !!! ??? ... -- “”",
]


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The same pattern without its first-letter lookahead."""
    return re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", pattern.pattern, count=1), pattern.flags)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["cue_word", "verb_word"])
def test_quote_cue_patterns_match_as_without_the_lookahead(name, text):
    pattern = getattr(quotes.lexicon(), name)
    assert "(?=[" in pattern.pattern
    plain = _plain(pattern)
    assert plain.pattern != pattern.pattern
    got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize("forms, flags, text, expected", [
    (["kata", "ujar", "Menurut"], 0, "ia kata lalu ujar, Menurut dia", ["kata", "ujar", "Menurut"]),
    (["kata", "ujar"], re.I, "KATA Ujar kata", ["KATA", "Ujar", "kata"]),
    (["kata", "ujar"], 0, "KATA Ujar", []),  # case-sensitive: the lookahead reads case as the words do
    (["kata", "ujar"], 0, "berkata mengujarkan", []),  # inside longer words: no match either way
    (["kata", ""], 0, "kata", ["kata"]),  # an empty form gives no letter
])
def test_opening_changes_no_match(forms, flags, text, expected):
    alternation = "|".join(re.escape(f) for f in forms if f)
    gated = re.compile(rf"\b{opening(forms)}(?:{alternation})\b", flags)
    plain = re.compile(rf"\b(?:{alternation})\b", flags)
    assert [m.group() for m in gated.finditer(text)] == [m.group() for m in plain.finditer(text)] == expected


def test_opening_holds_every_first_letter_of_the_speech_verbs():
    verbs = words("speech_verbs.txt")
    letters = re.fullmatch(r"\(\?=\[(.*)\]\)", opening(verbs)).group(1)
    assert all(re.match(f"[{letters}]", v) for v in verbs)
