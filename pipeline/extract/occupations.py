"""Occupation descriptions the press gives a person (issue 14, session 11): the grammar of the noun
phrase an occupation heads when it stands in apposition to a name or refers back to one, read by
:mod:`pipeline.extract.people`.

Office titles hold a seat in an organisation (``Kepala BPS``); an occupation describes what a person
does (``petenis``, ``penyanyi``, ``pebalap``, ``pemain``, ``ilustrator``: ``occupations.txt``, most of
them agentive nouns, ``peN-`` + root, or loans in ``-is``/``-or``/``-er``). The press writes more
around an occupation than around an office: an origin adjunct (``petenis asal Kroasia, X``), a
relative clause between the phrase and the name (``striker Sunderland yang akan bermain untuk Y musim
depan, X``), and epithets that carry a relative clause or open with ``sang`` (``aktor 44 tahun yang
baru berpisah itu``, ``sang pelantun Hello``). These functions say where such a phrase ends; the
title is the occupation with its complements and its organisation, never the adjunct or the clause.
"""
from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

CLAUSE_END = frozenset({".", "!", "?", ";", ")", ":"})
RELATIVE_WORDS = 10  # the longest relative clause read between an occupation phrase and the name
# marks that end a relative clause before it reaches the name (a quotation, a bracket, a list)
RELATIVE_STOP = frozenset({'"', "“", "”", "(", ")", ";", ":", ".", ","})


def closes_clause(doc: Doc, end: int, sent_end: int) -> bool:
    """Whether a name ending at token ``end`` closes its clause: the sentence, or a stop, ends there
    (``... diberikan kepada petenis asal Kroasia, NAME.``): the phrase before it is an apposition,
    not a fronted adjunct whose noun is someone else (``Kepada wartawan, NAME mengatakan``)."""
    return end >= sent_end or doc[end].text in CLAUSE_END


def relative_start(doc: Doc, head_end: int, comma: int, ents: dict) -> int | None:
    """The ``yang`` that opens a relative clause between an occupation phrase and the comma before a
    name (``Bek sentral MU yang juga dipanggil ke timnas, NAME``): its token, when the clause is at most
    :data:`RELATIVE_WORDS` words with no stop, quotation mark or person in it; None otherwise."""
    k = next((x for x in range(head_end, comma) if doc[x].lower_ == "yang"), None)
    if k is None or comma - k - 1 < 1 or comma - k - 1 > RELATIVE_WORDS:
        return None
    for x in range(k + 1, comma):
        ent = ents.get(x)
        if doc[x].text in RELATIVE_STOP or ent is not None and ent.label_ == "PER":
            return None
    return k


DEFINITE = frozenset({"itu", "tersebut", "ini"})
# conjunctions that open a subordinate clause (or a main one after a comma): the noun phrase right
# after them is that clause's subject (``karena mantan penyerang Everton itu tak ...``)
SUBORDINATORS = frozenset({
    "karena", "sebab", "sehingga", "kendati", "agar", "supaya", "meski", "meskipun", "walau", "walaupun", "jika", "bila",
    "apabila", "kalau", "setelah", "sesudah", "sebelum", "ketika", "saat", "sejak", "usai", "seusai", "selama",
})


TIME_ENDS = frozenset({"lalu", "silam", "ini"})  # yang baru saja pensiun tahun lalu itu


def relative_epithet_end(doc: Doc, k: int, sent_end: int, ents: dict, verb_like) -> int | None:
    """The demonstrative that closes an epithet whose occupation phrase goes on with a relative clause
    at ``k`` (``yang``): ``aktor 44 tahun yang baru berpisah itu``, ``pemain yang akrab dipanggil Wazza
    itu``. The clause is at most :data:`RELATIVE_WORDS` words with no stop, quotation mark or person
    in it and ends, before the demonstrative, with a verb (``verb_like``), a name or number, or a time
    word; a lower-case noun there takes the demonstrative itself (``Pemain yang meraih predikat itu
    biasanya ...``: a generic player, no epithet). None when no demonstrative closes it so."""
    if k >= sent_end or doc[k].lower_ != "yang":
        return None
    for x in range(k + 1, min(sent_end, k + 2 + RELATIVE_WORDS)):
        ent = ents.get(x)
        if doc[x].text in RELATIVE_STOP or ent is not None and ent.label_ == "PER":
            return None
        if doc[x].lower_ in DEFINITE:
            last = doc[x - 1]
            closes = last.text[:1].isupper() or last.is_digit or last.lower_ in TIME_ENDS or verb_like(last.lower_)
            return x if x > k + 1 and closes else None
    return None


def opens_main_clause(doc: Doc, p: int, sent_start: int, ents: dict, reporting: frozenset) -> bool:
    """Whether a noun phrase at ``p`` is the subject of a clause a subordinator opens right before it,
    after someone named in the object's place (``Southgate meminggirkan Rooney karena mantan penyerang
    Everton itu tak ...``: not after the sentence's own subject, ``Rudi datang terlambat karena pemain
    itu tersesat``, where the epithet is someone else, nor a clause a speech or belief verb in
    ``reporting`` reports, ``menegaskan kalau sang pemain``), or of the main clause after a fronted
    subordinate clause and its comma (``Meski X menyebut Y bukan striker murni, pemain yang akrab
    dipanggil Wazza itu terbukti ...``: one clause, no other comma or quotation mark before it)."""
    if p - 1 <= sent_start:
        return False
    if doc[p - 1].lower_ in SUBORDINATORS:
        if p - 2 >= sent_start and doc[p - 2].lower_ in reporting:
            return False
        return any(ents.get(x) is not None and ents[x].label_ == "PER" and ents[x].start > sent_start
                   for x in range(sent_start + 1, p - 1))
    return doc[p - 1].text == "," and doc[sent_start].lower_ in SUBORDINATORS \
        and not any(t.text in RELATIVE_STOP for t in doc[sent_start:p - 1])


RANK_WORDS = frozenset({"nomor", "peringkat", "unggulan"})
NUMBER_WORDS = frozenset({"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"})


def ranked_number(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a number word of a rank in an occupation's complement (``petenis tunggal
    putri nomor satu dunia``, ``unggulan dua``): a content word there, not the stop word it is elsewhere."""
    return doc[i].lower_ in NUMBER_WORDS and i >= 1 and doc[i - 1].lower_ in RANK_WORDS


ARTICLES = frozenset({"sang"})  # the definite article of a person noun (``sang pelantun Hello``)


def definite_article(doc: Doc, p: int, sent_start: int) -> bool:
    """Whether the title phrase at ``p`` opens with the definite article ``sang``: like a closing
    demonstrative, it makes the phrase refer back to someone named before (``Hingga saat ini sang
    pelantun Hello belum boleh mengeluarkan suara``)."""
    return p - 1 >= sent_start and doc[p - 1].lower_ in ARTICLES


def article_phrase_end(doc: Doc, k: int, ents: dict) -> bool:
    """Whether an epithet opened by ``sang`` ends right before ``doc[k]``: its predicate begins there
    with a lower-case word (``sang juru taktik sempat memutuskan``); not before a name or a comma
    (``sang aktor Budi``, ``sang pelatih, Budi``: an apposition, read by ``roles_of``)."""
    ent = ents.get(k)
    return (ent is None or ent.label_ != "PER") and doc[k].text.isalpha() and doc[k].text.islower()


# superlatives (``ter-`` + adjective) and ``paling`` that make a copular predicate an evaluation:
# ``Dira adalah salah satu penulis lirik terbaik di generasinya`` praises her, it gives no role
SUPERLATIVES = frozenset({
    "terbaik", "terbesar", "terhebat", "terkuat", "tersukses", "terpopuler", "terkaya", "termuda", "tertua",
    "tersubur", "terbanyak", "terpenting", "tercepat", "tertinggi", "terburuk", "termahal", "terlaris",
    "terproduktif", "tertajam", "terbaru", "paling",
})


def praise(doc: Doc, start: int, end: int) -> bool:
    """Whether the predicate ``doc[start:end]`` after a copula (``adalah``, ``merupakan``) is an
    evaluation rather than a role: it holds a superlative (:data:`SUPERLATIVES`)."""
    return any(t.lower_ in SUPERLATIVES for t in doc[start:end])


def agrees(title: str, held: list[str]) -> bool:
    """Whether an epithet's ``title`` can describe a person who holds the titles ``held`` (read from
    appositions before the epithet is resolved): one holding none, or one of whose titles shares a word
    with it (``pebalap veteran MotoGP`` and ``Pebalap Yamaha itu``). A person named last before the
    epithet, not as the subject of its clause, who holds only other titles (``Rossi menyambut rencana
    Wolff. Pebalap Yamaha itu``, Wolff a ``Direktur eksekutif``) is passed over for one named before who
    agrees; when nobody does, the last named is the holder, as before (``people.epithet_holder``)."""
    if not held:
        return True
    words = {w for w in title.lower().split() if w not in {"mantan", "eks", "bekas", "sang"}}
    return any(words & set(h.lower().split()) for h in held)


POSSESSIVES = frozenset({"mereka", "kami"})  # Pelatih mereka, NAME: the team or body named before
POSSESSED_ADJECTIVES = 2  # the adjectives read between the occupation and the pronoun (striker asing mereka, NAME)


def possessed_title(doc: Doc, end: int, floor: int, titles, occupation_words: frozenset) -> bool:
    """Whether the comma at ``end`` before a name closes an occupation owned by a plural possessive
    pronoun (``Pelatih mereka, Maurizio Sarri, memasukkan ...``), up to two adjectives between them
    (``striker asing mereka, X``, ``penggawa anyar mereka, X dan Y``): the pronoun stands for the team or
    body named before, and is no part of the title."""
    k = end - 1
    if k - 1 < floor or end >= len(doc) or doc[end].text != "," or doc[k].lower_ not in POSSESSIVES:
        return False
    return any(k - POSSESSED_ADJECTIVES <= e <= k and doc[s].lower_ in occupation_words
               and all(t.text.isalpha() and t.text.islower() and t.lower_ not in STOP_WORDS for t in doc[e:k])
               for s, e in titles.between(max(floor, k - 4 - POSSESSED_ADJECTIVES), k))


def possessor_org(start: int, ents: dict, floor: int) -> str | None:
    """The organisation a possessive pronoun after an occupation stands for: the one named last
    before the phrase, in its sentence or the one before (``Gelombang serangan Napoli tak luntur.
    Pelatih mereka, X``: Napoli); None when none is named there."""
    for k in range(start - 1, floor - 1, -1):
        ent = ents.get(k)
        if ent is not None and ent.label_ == "ORG":
            return ent.text
    return None


# the rule suffix of an epithet read by a shape of this module (a relative clause, ``sang``, after a
# subordinator): weaker evidence than an apposition, it gives its holder a role only when the holder has
# none yet or one the epithet agrees with (:func:`agrees`): ``pebulu tangkis yang akrab disapa Owi itu``
# adds nothing to a ``ganda campuran`` already read; ``aktor 44 tahun yang baru berpisah itu`` gives the
# only role of its holder
GAP_ONLY = "/gap"


def fills_gap(rule: str, title: str, held: list[str]) -> bool:
    """Whether a role read by ``rule`` goes to a holder who holds the titles ``held``."""
    return not rule.endswith(GAP_ONLY) or agrees(title, held)


# quantifiers that make the title or occupation after them name a set of persons (``para menteri``,
# ``duo pebalap``, ``kedua pemain``, ``sejumlah penyanyi``)
SET_QUANTIFIERS = frozenset({
    "sejumlah", "beberapa", "para", "banyak", "berbagai", "duo", "trio", "dua", "tiga", "empat", "lima", "enam",
    "tujuh", "delapan", "sembilan", "sepuluh", "puluhan", "ratusan", "kedua", "ketiga", "keempat", "kelima",
})
EACH = frozenset({"masing-masing"})  # TITLE masing-masing: a title of each of a set (``pelatih masing-masing tim``)


def plural_head(doc: Doc, head: int, floor: int) -> bool:
    """The title or occupation at token ``head`` names a set of persons: a set quantifier before it
    (``duo pebalap``, ``para menteri``, ``kedua pemain``) or ``masing-masing`` after it. Such a head
    distributes over every name of the list in apposition to it (``duo pebalap Mercedes, A dan B``:
    A and B are each a ``pebalap`` of Mercedes), as a singular title does only over the name it stands
    before (``kapten tim A dan B``: A's title)."""
    return head - 1 >= floor and doc[head - 1].lower_ in SET_QUANTIFIERS \
        or head + 1 < len(doc) and doc[head + 1].lower_ in EACH
