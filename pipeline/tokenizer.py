"""A faster tokenizer for ``spacy.blank("id")`` with the same tokens, built without its 16,000 special cases.

spaCy's Indonesian tokenizer has about 16,000 special cases, almost all one token with
no attribute other than its text (``masing-masing``, ``Dr.``, ``S.H.``). Building them takes
seconds at every start, and once a special case matches in a document, spaCy stops caching
tokens for the rest of it, which makes the tokenizer run at about 40,000-50,000 words/s.
Here those one-token, text-only cases go into a ``token_match`` set lookup (which keeps the
string whole exactly where the special case did); the few that split a string or set a norm
(``Jan.`` -> norm ``Januari``) and the emoticons without a letter (``:)``, ``8)``), which spaCy
also merges across affixes (``ayat (8)`` -> ``(`` ``8)``), stay special cases, so the tokens
stay the same.

spaCy caches the tokens of 10,000 strings (white-space-delimited chunks) by default; here
:data:`CACHE_SIZE` (a few MB), which about doubles the speed of tokenisation on news text. The
cache only grows outside spaCy's memory zones (see :mod:`pipeline.engines`), so it stays bounded.

* :func:`blank` is ``spacy.blank("id")`` with that tokenizer built directly (registered as
  ``pipeline.Tokenizer.v1``): the 16,000 cases are never built;
* :func:`customize` converts the tokenizer of an existing ``Language`` (a loaded model);
* :func:`load_model` loads a saved model with that tokenizer built directly when the model saved
  the language's default tokenizer (checked against its ``tokenizer`` file), since reading that
  file builds the 16,000 special cases again (4.5 of the 5 CPU-s of loading the NER model).

``tokenize(nlp, text)`` is ``nlp.make_doc(text)`` except for runs of 64 or more punctuation
characters and strings of 256 or more characters without a space: spaCy's prefix/suffix/infix
loop takes quadratic time on them (8,000 ``"`` take 7 s, 2,000 ``-`` 13 s, 8,000 characters of
``<a<a...`` 0.5 s and 400,000 twenty minutes), so such a run is tokenised 32 characters at a
time, and a 32-character piece that would give more than :data:`PIECE_TOKENS` tokens (a run of
marks: quote marks, ``----``, ``<a<a<a``) is one token. Every later stage works per token (the NER
model takes about 0.1 ms a token), so a run of marks costs what a word does for every 32
characters rather than for every character: 400,000 characters of ``<a`` took 38 CPU-s in
the NER model alone as 400,000 tokens, and take about 2 s as 12,500. This keeps ``doc.text``
equal to the input text, cuts a 256-character URL or blob into pieces (no entity is made of
them) and changes no token of ordinary text. Splitting keeps the document; refusing it would
lose a whole article for one separator line.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Optional

import spacy
import srsly
from spacy import util
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

TOKENIZER = "pipeline.Tokenizer.v1"
CACHE_SIZE = 100_000
LONG_RUN_MIN = 64  # the fewest characters without a space that LONG_RUN matches (both of its runs hold no space)
LONG_RUN = re.compile(rf"(?<![^\w\s])[^\w\s]{{{LONG_RUN_MIN},}}|(?<!\S)\S{{256,}}")  # a run matched from its start: linear
RUN_PIECE = 32
PIECE_TOKENS = 8  # a piece of a long run that would give more tokens is one token (module docstring)
# a list number glued to the capitalised word after it (``1.Andi``, ``12)Kepala``): the number and
# its mark are tokens of their own (an infix, so the text and its offsets stay as written)
LIST_NUMBER = r"(?<=^[0-9])[.)](?=[A-Z])|(?<=^[0-9][0-9])[.)](?=[A-Z])"


class WholeTokens:
    """A ``token_match``: true for strings that stay one token, then the previous matcher."""

    def __init__(self, strings, fallback=None):
        self.strings = frozenset(strings)
        self.fallback = fallback

    def __call__(self, string: str):
        if string in self.strings:
            return True
        return self.fallback(string) if self.fallback is not None else None

    def __reduce__(self):
        return (WholeTokens, (sorted(self.strings), self.fallback))


class SuffixSearch:
    """A ``suffix_search`` that finds no suffix on a whole token (``(Pdt.`` keeps ``Pdt.``)."""

    def __init__(self, whole: WholeTokens, search):
        self.whole = whole
        self.search = search

    def __call__(self, string: str):
        if string in self.whole.strings:
            return None
        return self.search(string)

    def __reduce__(self):
        return (SuffixSearch, (self.whole, self.search))


def split_rules(rules: dict) -> tuple[list[str], dict]:
    """The special cases that only keep a string whole, and the others (kept as special cases)."""
    whole, kept = [], {}
    for string, tokens in (rules or {}).items():
        if len(tokens) == 1 and set(tokens[0]) <= {ORTH, "ORTH"} and (string.isspace() or any(c.isalpha() for c in string)):
            whole.append(string)
        else:
            kept[string] = tokens
    return whole, kept


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's default tokenizer for the language, with the whole-token special cases as a set lookup."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        whole, kept = split_rules(defaults.tokenizer_exceptions)
        token_match = WholeTokens(whole, defaults.token_match)
        suffix = util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None
        return Tokenizer(
            nlp.vocab,
            rules=kept,
            prefix_search=util.compile_prefix_regex(defaults.prefixes).match if defaults.prefixes else None,
            suffix_search=SuffixSearch(token_match, suffix) if suffix is not None else None,
            infix_finditer=util.compile_infix_regex(with_list_numbers(defaults.infixes)).finditer,
            token_match=token_match,
            url_match=defaults.url_match,
            max_cache_size=CACHE_SIZE,
        )

    return make


def anchored_prefix(search, prefixes):
    """``search`` as a ``match`` of the same pattern when it is the language's prefix regex.

    spaCy's prefix regex is ``^a|^b|...``: every alternative is anchored at the start, yet
    ``Pattern.search`` tries it at every position of the string before it fails; ``match`` gives the
    same match and tries position 0 only (1.5 s -> 1.1 s of tokenising 1,000 news articles)."""
    if search is None or not prefixes or _pattern(search) != util.compile_prefix_regex(prefixes).pattern:
        return search
    return search.__self__.match


def with_list_numbers(infixes) -> list[str]:
    """spaCy's infixes of the language and :data:`LIST_NUMBER`."""
    return [*(infixes or ()), LIST_NUMBER]


def blank(lang: str = "id") -> Language:
    """``spacy.blank(lang)`` with the fast tokenizer (same tokens, a fraction of the start-up)."""
    return spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


def customize(nlp: Language) -> Language:
    """Move one-token, text-only special cases of ``nlp.tokenizer`` into its ``token_match``."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer.token_match, WholeTokens):
        return nlp
    whole, kept = split_rules(tokenizer.rules)
    tokenizer.rules = kept  # first: every setter below rebuilds the special cases
    tokenizer.max_cache_size = CACHE_SIZE
    tokenizer.token_match = WholeTokens(whole, tokenizer.token_match)
    if tokenizer.suffix_search is not None:
        tokenizer.suffix_search = SuffixSearch(tokenizer.token_match, tokenizer.suffix_search)
    tokenizer.prefix_search = anchored_prefix(tokenizer.prefix_search, nlp.Defaults.prefixes)
    infixes = [_pattern(tokenizer.infix_finditer)] if tokenizer.infix_finditer is not None else []
    tokenizer.infix_finditer = util.compile_infix_regex(with_list_numbers(infixes)).finditer
    return nlp


def _pattern(compiled) -> Optional[str]:
    return compiled.__self__.pattern if compiled is not None else None


def saves_defaults(path: Path, lang: str) -> bool:
    """Whether the model at ``path`` saved the default tokenizer of ``lang`` (its ``tokenizer`` file, read
    without building anything: the same affixes, URL and token matchers and special cases)."""
    try:
        saved = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    except (OSError, ValueError):
        return False
    defaults = util.get_lang_class(lang).Defaults
    expected = {
        "prefix_search": util.compile_prefix_regex(defaults.prefixes).pattern if defaults.prefixes else None,
        "suffix_search": util.compile_suffix_regex(defaults.suffixes).pattern if defaults.suffixes else None,
        "infix_finditer": util.compile_infix_regex(defaults.infixes).pattern if defaults.infixes else None,
        "token_match": _pattern(defaults.token_match),
        "url_match": _pattern(defaults.url_match),
        "exceptions": dict(defaults.tokenizer_exceptions or {}),
    }
    return all(saved.get(key) == value for key, value in expected.items()) and saved.get("faster_heuristics", True)


def load_model(path: Path) -> Language:
    """``customize(spacy.load(path))``, without building the 16,000 special cases where the model saved the
    default tokenizer (:func:`saves_defaults`): the tokenizer is then built directly, as in :func:`blank`."""
    lang = util.load_config(path / "config.cfg")["nlp"]["lang"]
    if saves_defaults(path, lang):
        return spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    return customize(spacy.load(path))


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` in linear time also on long runs of punctuation (module docstring)."""
    if not _may_hold_long_run(text) or LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    docs, at = [], 0
    for run in LONG_RUN.finditer(text):
        if run.start() > at:
            docs.append(nlp.make_doc(text[at:run.start()]))
        words = []
        for i in range(run.start(), run.end(), RUN_PIECE):
            piece = text[i:min(i + RUN_PIECE, run.end())]
            tokens = [token.text for token in nlp.tokenizer(piece)]
            words.extend(tokens if len(tokens) <= PIECE_TOKENS else [piece])
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        at = run.end()
    if at < len(text):
        docs.append(nlp.make_doc(text[at:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def _may_hold_long_run(text: str) -> bool:
    """Whether ``text`` has a stretch of :data:`LONG_RUN_MIN` characters or more without white space, where
    alone :data:`LONG_RUN` can match: its search with look-behinds reads about 150 ns a character (3% of the rule
    stage on news articles, run again for each re-tokenised layout), a split of the text about 25."""
    return max(map(len, text.split()), default=0) >= LONG_RUN_MIN
