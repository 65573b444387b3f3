"""Names the press writes like a person's that are no person (component ``named_things``, after
``list_types``; issue 13). Each is a pure rule over the PER entities of ``doc.ents``:

* **a nickname with a foreign article** (:func:`article_nickname`): a name that opens with a definite
  article of German, Spanish or Italian (``name_articles.txt``: ``Die Roten``, ``Los Blancos``, ``I
  Rossoneri``) is a club's or team's nickname, no person; ``I`` before a Balinese birth-order name or
  title (``balinese_names.txt``: ``I Made Wirawan``) opens a person's name;
* **the end of an English ``X and Y`` name** (:func:`and_tail`): Indonesian text joins two people with
  ``dan``; a name right after ``and`` or ``&`` that follows a capitalised word is the rest of one name
  (``Brighton and Hove Albion``, ``Johnson & Johnson``): an organisation when an organisation or place
  of the model ends right before the ``and`` (the two become one organisation), else no entity;
* **a place after a locative** (:func:`locative_places`): a name the text writes right after ``di`` or ``ke``
  and never where only a person's name stands (``kembali ke Wanda Metropolitano``) is a place, every mention;
* **a colour** (:func:`colour_item`): a name right after ``warna`` / ``warnanya`` / ``berwarna`` (a
  few lower-case words, a number or ``yaitu`` between) or an item of the list that follows it
  (``tersedia dalam 4 warna, Arctic White, Frosted Mocca dan Timeless Black``) is a product's colour;
* **an English job title** (:func:`english_title_end`): a name that ends in a head of ``english_title_heads.txt``
  (``kata Project Manager X``) is the title, no person;
* **a side's nickname** (:func:`team_nickname`): in a sports report, a name of two words or more that opens with a
  troop or an animal (``nickname_heads.txt``: ``Laskar Joko Tingkir``, ``Singo Edan``, ``Pesut Etam``) is a team's.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import tokens_of
from ..lang import words
from .entities import STOP_WORDS, Knowledge, knowledge
from .organizations import sports_report
from .person_types import TypeLexicons, confirmed_people, lexicons

AND_WORDS = frozenset({"and", "&"})
COLOUR_NOUNS = frozenset({"warna", "warnanya", "berwarna"})
COLOUR_REACH = 5  # lower-case words, numbers and ``yaitu`` between the colour noun and the first name
LIST_JOINS = frozenset({",", "dan", "serta", "atau", "and", "/", ":"})
LOCATIVES = frozenset({"di", "ke"})  # (in lower case: ``Di`` opening a sentence may open a name)




def article_nickname(span: Span) -> bool:
    """The name opens with a foreign definite article (``Die Roten``), not ``I`` of a Balinese name."""
    if len(span) < 2 or span[0].text not in words("name_articles.txt"):
        return False
    return not (span[0].text == "I" and span[1].text in words("balinese_names.txt"))


def and_tail(doc: Doc, span: Span) -> bool:
    """The name comes right after ``and`` / ``&`` that follows a capitalised word (``Brighton and | Hove
    Albion``)."""
    tokens = tokens_of(doc)
    texts, lowers = tokens.texts, tokens.lowers  # (doc[k].text, doc[k].lower_ without a Token)
    k = span.start
    return k >= 2 and lowers[k - 1] in AND_WORDS and texts[k - 2][:1].isupper()


def _capital(text: str) -> bool:
    return text[:1].isupper()


def list_runs(doc: Doc) -> tuple[list[int], list[int]] | None:
    """What :func:`colour_item` reads, once per Doc (``None`` when the text has no colour noun): for each token
    ``i``, the token before the run of capitalised words and list joins that ends right before ``i`` inside its
    sentence, and the count of capitalised tokens before each token (each name of a long list walking back over
    the others was quadratic)."""
    tokens = tokens_of(doc)
    if COLOUR_NOUNS.isdisjoint(tokens.lowers):
        return None
    back, caps, count = [], [], 0
    texts, lowers = tokens.texts, tokens.lowers
    for i, text in enumerate(texts):
        inside = i > 0 and not doc[i].is_sent_start and (_capital(texts[i - 1]) or lowers[i - 1] in LIST_JOINS)
        back.append(back[i - 1] if inside else i - 1)
        caps.append(count)
        count += _capital(text)
    caps.append(count)
    return back, caps


def colour_item(doc: Doc, span: Span, runs: tuple[list[int], list[int]] | None) -> bool:
    """The name is a colour: it, or the list of capitalised names it is an item of, follows a colour
    noun (a comma between only before a list: ``berwarna hitam, Budi Santoso`` is no list); ``runs`` is
    :func:`list_runs` of ``doc``."""
    if runs is None:
        return False
    back, caps = runs
    k = back[span.start]
    others = caps[span.start] > caps[k + 1]  # (a capitalised word between the run's start and the name)
    n = len(doc)
    listed = others or span.end + 1 < n and doc[span.end].lower_ in LIST_JOINS and _capital(doc[span.end + 1].text)
    if k < 0 or doc[k + 1].is_sent_start or doc[k + 1].lower_ in LIST_JOINS and not listed:
        return False
    for j in range(k, max(-1, k - COLOUR_REACH), -1):
        token = doc[j]
        if token.lower_ in COLOUR_NOUNS:
            return True
        if not (token.is_lower or token.like_num) or token.is_sent_start:
            return False
    return False


def locative_places(doc: Doc, ents: tuple, kb: Knowledge, lex: TypeLexicons) -> frozenset[str]:
    """The PER texts the document writes right after ``di`` or ``ke`` (a person is no place one is at or goes
    to: ``dari Tel Aviv ke Yerusalem``), once at least, never where only a person's name stands
    (:func:`person_types.confirmed_people`) and no word of a longer person of the text (``umpan ke Marcus``
    ... ``Marcus Whitfield``: a short form): places."""
    texts = tokens_of(doc).texts  # (doc[k].text without a Token)
    after_locative = {e.text for e in ents if e.label_ == "PER" and e.start > 0
                      and texts[e.start - 1] in LOCATIVES and e[0].lower_.rstrip(".") not in kb.honorifics
                      and not kb.is_rank(e[0])}  # (keputusan bukan di saya, di Pak X: colloquial "with")
    if not after_locative:
        return frozenset()
    held = {w for e in ents if e.label_ == "PER" and len(e) > 1 for w in e.text.split()}  # (ke Marcus ... Marcus X)
    return frozenset(t for t in after_locative - confirmed_people(list(ents), kb, lex) if t not in held)


def english_title_end(ent: Span) -> bool:
    """A PER entity that ends in a capitalised head of an English job title (``english_title_heads.txt``:
    ``Project Manager``, ``Country Director``, ``Chief Officer``): no name ends so, the title stands where a
    name would (``kata Project Manager X, Budi``); the name is read apart."""
    last = ent[-1]
    return last.text[:1].isupper() and last.lower_ in words("english_title_heads.txt")


def team_nickname(ent: Span, sports: bool) -> bool:
    """In a sports report, a PER entity of two words or more that opens with a noun of ``nickname_heads.txt``
    (a troop or an animal: ``Laskar Joko Tingkir``, ``Singo Edan``, ``Pesut Etam``) is a side's nickname."""
    return sports and len(ent) > 1 and ent[0].text in words("nickname_heads.txt")


def named_things(doc: Doc, ents: tuple, kb: Knowledge, lex: TypeLexicons) -> tuple:
    """``ents`` without the PER entities that the rules of the module docstring read as no person."""
    out: list[Span] = []
    changed = False
    places = locative_places(doc, ents, kb, lex)
    runs = list_runs(doc)
    sports = any(e.label_ == "PER" and e[0].text in words("nickname_heads.txt") for e in ents) and sports_report(doc)
    for ent in ents:
        if ent.label_ != "PER":
            out.append(ent)
            continue
        if english_title_end(ent) or team_nickname(ent, sports):
            changed = True
            continue
        if ent.text in places:
            out.append(Span(doc, ent.start, ent.end, label="LOC"))
            changed = True
            continue
        if and_tail(doc, ent):
            changed = True
            before = out[-1] if out else None
            if before is not None and before.end == ent.start - 1 and before.label_ in ("ORG", "LOC", "GPE"):
                out[-1] = Span(doc, before.start, ent.end, label="ORG")
            continue
        if article_nickname(ent) or colour_item(doc, ent, runs):
            changed = True
            continue
        out.append(ent)
    return tuple(out) if changed else ents


def unknown_name_word(token, kb: Knowledge, lex: TypeLexicons) -> bool:
    """A capitalised word (not all capitals) that may be a name no gazetteer holds: no common, English or stop
    word, no place, region or institution the lexicons know, no word that is no name (the rules that add
    one-word people read it: :mod:`players`, :mod:`apposed`, :func:`lists.listed_people`)."""
    text, lower = token.text, token.lower_
    return token.is_alpha and text[:1].isupper() and not text.isupper() \
        and lower not in lex.common and lower not in lex.english and lower not in STOP_WORDS \
        and text not in kb.place_words and text not in kb.not_names and text not in lex.regions \
        and text not in kb.known_forms


def held_tokens(n: int, ents) -> list[bool]:
    """For each of the ``n`` tokens of a Doc: an entity of ``ents`` holds it (the rules that add names read it)."""
    held = [False] * n
    for e in ents:
        held[e.start:e.end] = [True] * (e.end - e.start)
    return held


def with_added(ents: tuple, added: list[Span]) -> tuple:
    """``ents`` and the ``added`` entities in document order (``ents`` itself when none is added)."""
    return tuple(sorted([*ents, *added], key=lambda e: e.start)) if added else ents


class EntsRule:
    """A component that replaces ``doc.ents`` by ``rule(doc, doc.ents)`` when the rule changes them (setting
    ``doc.ents`` costs several times reading it)."""

    def __init__(self, rule):
        self.rule = rule

    def __call__(self, doc: Doc) -> Doc:
        before = doc.ents
        after = self.rule(doc, before)
        if after is not before:
            doc.ents = after
        return doc


@Language.factory("named_things", assigns=["doc.ents"], requires=["doc.ents"])
def make_named_things(nlp: Language, name: str):
    """Drops the PER entities that name no person (:func:`named_things`)."""
    kb, lex = knowledge(nlp), lexicons()
    return EntsRule(lambda doc, ents: named_things(doc, ents, kb, lex))
