"""Organisation records with their aliases (component ``organizations``).

Each ORG entity is an organisation mention. A name followed by a bracketed
acronym (``Badan Nasional Penanggulangan Bencana (BNPB)``) or an acronym
followed by its expansion (``KPK (Komisi Pemberantasan Korupsi)``) defines an
alias; known acronyms from ``institutions.tsv`` join their full names when both
occur. Names also meet with their opening words shortened (``PN Bandung`` =
``Pengadilan Negeri Bandung``, ``org_head_short.tsv``), without a class
(``Kantor Imigrasi Kelas I TPI X``) or a legal form (``PLN`` = ``PT PLN (Persero)``).
An acronym that spells the end of a name names that body (``Komisi III Dewan
Perwakilan Rakyat Republik Indonesia (DPR RI)``; by syllables, ``Fakultas X Universitas Airlangga (Unair)``); a regional unit the text calls by
short form and place (``BPJN Aceh``) takes the long form as an alias. An outlet and its website
(``CNN Indonesia`` = ``CNNIndonesia.com``), a company with and without ``PT`` and a one-word name
that opens or closes exactly one longer name (``Newtown`` of ``Newtown United``) are one
organisation. One record per organisation, named by its fullest form (an outlet's name before its
website's). A bracketed short form that spells the mention with unit words beside it names the
whole (``Pengurus Pusat`` + ``Persatuan ... (PP PBSI)``); short forms the mention layer left untagged
(``Dinkes``, ``BPBD``) join the one name they spell. Short forms of several words abbreviate a name
word by word (:func:`compound_abbreviates`: ``BPR X`` = PT Bank Perekonomian Rakyat X, ``RSUD X`` of a
hospital named after a person, ``Bulog Sulselbar``), a bracket's long form left untagged is found
before it (Schwartz and Hearst's search), and a short head written alone (``Polda``, ``DPRD``) is the one
name it opens. A known acronym joins the name its long form's first word makes with it (``Golkar``, ``Partai
Golkar``; and any short form of the text after that word: ``Bank BRI`` of ``PT Bank Rakyat Indonesia (BRI)``), a one-word name clipped from another is its short form (``Barca``), and two capitals written twice
are the short form of the one two-word name they spell (``MU``). ``SF (LF)`` needs the bracket to spell the
short form out, a short form's first bracket definition stands, and no alias is its name in other letters.
A unit of a body named with both short forms in brackets is one name (``Dewan Pimpinan Daerah (DPD) Partai X
(PX) Jawa Timur`` = ``DPD PX Jatim``, ``PX Jatim``); a bracket may define its short form with a cue
(``(selanjutnya disebut X)``); an institution inside its building's name (``Kantor Kementerian Dalam Negeri``)
is the long form of a short form that spells it (``Kemendagri``); an outlet is written before its website in
brackets (``kumparan (kumparan.com)``). A company's legal form and acronym spell its name (``PT KAI``), and in a
sports report a club's first or last word written alone outside a locative phrase is the club (``Madrid`` of Real
Madrid, ``Palace`` of Crystal Palace), unless the text names that city as a city (``kota X``, ``X Timur``).
A known acronym joins the name of the text that is its lexicon long form without the legal form (``Telkom`` of
``Telkom Indonesia``); the short forms of units (``Daop``, ``Divre``, ``Lanal``) are spelt out wherever they
stand in a name; a club or company named after its city first is the same without it (``Pertamina Enduro`` of
``Jakarta Pertamina Enduro``); and a state body's short form written alone is its one regional office when the
text never names the national body (``Kemenag`` ... ``Kemenag Kota X``; but ``Perum Bulog``, ``Bulog`` and
``Perum Bulog Divre X`` are two, as the README's national body / regional office line reads). A body's short
form in brackets followed by a region names its regional office, one organisation (``Komisi Pemilihan Umum (KPU)
Kabupaten X`` is ``Komisi Pemilihan Umum Kabupaten X``); the national body is a second one only where the text
names it on its own (its long form alone, ``KPU RI``, ``KPU Pusat``). A company's name
without its legal form, whole or its opening words, written outside every mention is its short form
(``Nusantara Ritel`` of PT Nusantara Ritel Sejahtera Tbk in a title-case headline), and a party's name is the same
without ``Partai`` (``Fraksi Gerindra`` = ``Fraksi Partai Gerindra``). A syllable short form writes an
acronym of the long name from its first letter, two or more (``SMA`` of ``SMAN``; ``DPR`` is no short form of
``DPRD Provinsi``), ``DKI`` is the short form of ``DKI Jakarta``, and a unit's region after its bracket goes on through the
region's own short form (``Badan X (BX) Kota Tangerang Selatan (Tangsel)``). The lexicon's acronym of one
body is no syllable short form of another (``BRI`` is not ``B`` + ``ri`` of ``Bank Mandiri``). A name of two
words or more written with words of the one longer name left out, its first word kept, is its short form
(``Kedutaan Besar Belanda`` of ``Kedutaan Besar Kerajaan Belanda``, ``Crestar Group`` of ``Crestar Education
Group``; not a regional office's national body, nor when the word left out is a name of its own). A headline
set in capitals writes a short form of a name of the text (``PEMKAB X`` of ``Pemerintah Kabupaten X``). A
bracket the mention layer left untagged with its long form defines its short form when the short form is an
organisation's mention elsewhere and spells the whole capitalised run before the bracket. A bracket may
join a body's acronym to its parent's with a hyphen (``Gerakan Nasional Pengawal Fatwa MUI (GNPF-MUI)``) when the
whole spells the name; a name the lexicon knows is never the short form of a longer name (``Partai Demokrat``
and ``Partai Nasional Demokrat`` are two parties). A company's one-word name after its legal form is its short
form when no other name opens or closes with that word (``Sigap`` of ``PT Sigap Prima Astrea``).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import Mention, Organization
from ..extensions import ents_of, text_of, text_of_span, tokens_of
from ..lang import DATA, ordered, table, words
from .locations import LOCATION_LABELS

NOT_ALIASES = frozenset({"Persero", "Tbk"})
REGIONAL_HEADS = frozenset({"Balai", "Dinas", "Kantor", "Loka", "Unit"})
REGIONAL_WORDS = frozenset({"Daerah", "Wilayah"})
ADMIN_WORDS = ("Provinsi ", "Kabupaten ", "Kota ", "Kab. ")


def _place_part(text: str) -> str:
    for word in ADMIN_WORDS:
        if text.startswith(word):
            return text[len(word):]
    return text


def _bracketed_after(doc: Doc, span: Span, starts: Optional[dict] = None) -> Span | None:
    """The ORG entity right after ``span`` inside brackets, if any (``starts``: entities by start)."""
    if span.end + 2 < len(doc) + 1 and span.end < len(doc) and doc[span.end].text == "(":
        if starts is None:
            starts = {e.start: e for e in ents_of(doc)}
        ent = starts.get(span.end + 1)
        if ent is not None and ent.end < len(doc) and doc[ent.end].text == ")":
            return ent
        defined = _defined_in_bracket(doc, span.end + 1)
        if defined is not None:
            return defined
        # bracketed all-caps words that the tagger did not label (BPJN, UIW NTT)
        j = span.end + 1
        for size in (1, 2, 3):
            if j + size < len(doc) and doc[j + size].text == ")" \
                    and all(_looks_like_acronym(t.text) for t in doc[j:j + size]):
                return doc[j:j + size]
        # a short form of acronyms joined by hyphens, the press's way of writing a body's acronym with its
        # parent's (Gerakan Nasional Pengawal Fatwa MUI (GNPF-MUI), LPPOM-MUI), when it spells the name
        for size in (3, 5):
            if j + size < len(doc) and doc[j + size].text == ")" \
                    and all(_looks_like_acronym(t.text) if n % 2 == 0 else t.text == "-"
                            for n, t in enumerate(doc[j:j + size])) \
                    and abbreviates(doc[j:j + size].text, text_of_span(span)):
                return doc[j:j + size]
        # a short form of one capitalised word (Kemenkum, Maliki) after a name of two words or more
        if j + 1 < len(doc) and doc[j + 1].text == ")" and len(span) >= 2 and doc[j].text[:1].isupper() \
                and doc[j].text.isalpha() and len(doc[j].text) < len(text_of_span(span)):
            return doc[j:j + 1]
        # a short form of two or three capitalised words that abbreviates the name (Direktorat
        # Jenderal Otonomi Daerah (Dirjen Otda))
        for size in (2, 3):
            if j + size < len(doc) and doc[j + size].text == ")" \
                    and all(t.text[:1].isupper() and t.text.isalnum() for t in doc[j:j + size]) \
                    and abbreviates(doc[j:j + size].text, text_of_span(span)):
                return doc[j:j + size]
    return None


BRACKET_OPENERS = frozenset({"untuk", "yang", "selanjutnya", "dalam", "hal", "ini", "dan"})
DEFINING_CUES = frozenset({"disebut", "disingkat", "dinamakan"})
QUOTE_MARKS = frozenset('"“”\'‘’')


def _defined_in_bracket(doc: Doc, j: int) -> Span | None:
    """The name a bracket opening at token ``j`` (after ``(``) defines with a cue, the legal and press
    way of introducing a short form: ``(selanjutnya disebut BUMDes Sumber Makmur)``, ``(untuk selanjutnya
    disingkat "PSR")``, ``(disingkat PSR)``: up to four capitalised words, maybe quoted, before the
    closing bracket; not a common word (``(selanjutnya disebut Perseroan)``: the company, a noun)."""
    k = j
    while k < len(doc) and k - j < 4 and doc[k].lower_ in BRACKET_OPENERS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in DEFINING_CUES:
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ == "sebagai":
        k += 1
    if k < len(doc) and doc[k].text in QUOTE_MARKS:
        k += 1
    start = k
    while k < len(doc) and k - start < 4 and doc[k].text[:1].isupper() and doc[k].text.replace(".", "").isalnum():
        k += 1
    end = k
    if k < len(doc) and doc[k].text in QUOTE_MARKS:
        k += 1
    if end == start or k >= len(doc) or doc[k].text != ")":
        return None
    if end - start == 1 and doc[start].lower_ in _common_or_calendar_words():
        return None
    return doc[start:end]


def _spelt_extension(doc: Doc, ent: Span, starts: dict, covered: set,
                     placed: frozenset = frozenset()) -> Optional[tuple[Span, Span]]:
    """The name and its short form when the short form in brackets after the mention, or after the
    capitalised words that follow it, spells the mention with up to three capitalised words next to it
    that no entity holds, and not the mention alone: ``Pengurus Pusat`` + ``Persatuan Bulu Tangkis
    Seluruh Indonesia (PP PBSI)``, ``TNI`` + ``Angkatan Udara (TNI AU)``. So too a mention the mention
    layer cut before the end of the name the bracket spells: up to four capitalised words (joining words
    inside, places among them: ``placed``, the tokens of LOC and GPE mentions) between it and the bracket
    (``Federasi Serikat`` + ``Guru Indonesia (FSGI)``), when an institution head (``org_heads.txt``) opens the
    mention and it is no institution of the lexicon (``TNI`` + ``Manunggal Membangun Desa (TMMD)``: a
    programme of the TNI). Returns (name, short form)."""
    unit_words = _unit_words()

    def free(k: int) -> bool:
        t = doc[k]
        return k not in covered and t.text in unit_words

    candidates = []
    j = ent.end
    while j < len(doc) and j - ent.end < 3 and free(j):
        j += 1
    if j > ent.end:
        candidates.append(doc[ent.start:j])
    i = ent.start
    while i > 0 and ent.start - i < 3 and free(i - 1):
        i -= 1
        candidates.append(doc[i:ent.end])
    j = _cut_end(doc, ent, covered, placed)
    cut = None
    if j > ent.end and j < len(doc) and doc[j].text == "(":
        cut = doc[ent.start:j]
        candidates.append(cut)
    for span in candidates:
        partner = _bracketed_after(doc, span, starts)
        if partner is None or partner.text in NOT_ALIASES:
            continue
        if abbreviates(partner.text, text_of_span(span), 1) and not abbreviates(partner.text, text_of_span(ent), 1) \
                or span is cut and _head_then_acronym(partner.text, text_of_span(span)):
            return span, partner
    return None


MAX_HEADLINE_WORDS = 20


def _headline_end(raw: str) -> int:
    """Where the headline ends: the first line, when it is one (twenty words at most, no full stop at its
    end; an article whose first line is its first paragraph has none); -1 without a headline."""
    end = raw.find("\n")
    line = raw[:end].strip() if end >= 0 else ""
    return end if line and len(line.split()) <= MAX_HEADLINE_WORDS and not line.endswith(".") else -1


def _rest_initials(short: str, full: str) -> bool:
    """Whether ``short`` (of several words) does not write ``full``'s first word whole, or gives after it
    the initials of the words that follow it in ``full`` (an acronym in capitals) or their openings."""
    shorts, fulls = short.split(), full.split()
    if len(shorts) < 2 or shorts[0] != fulls[0]:
        return True
    if not all(w.isupper() for w in shorts[1:]):
        # (or words cut from the next words: West Brom of West Bromwich)
        return len(shorts) <= len(fulls) and all(f.lower().startswith(w.lower()) for w, f in zip(shorts[1:], fulls[1:]))
    letters = _abbreviation_letters(" ".join(shorts[1:]))
    return any(_initials(letters, _abbreviation_words(" ".join(fulls[1:k]))) for k in range(2, len(fulls) + 1))


CODE = re.compile(r"\d{2}")


def _names_more(doc: Doc, ent: Span, short: str) -> bool:
    """Whether the bracketed ``short`` after the mention ``ent`` names something else than it (Schwartz and
    Hearst: a short form stands for the words it spells): a model or code (two digits in a row: ``Repsol
    Honda (RC213V)``), the title or unit that the capitalised words before the mention open (``Kepala Staf
    Angkatan Udara (KSAU)``), or a unit of the organisation named by the mention's own short form at its end
    (``Panitia Khusus Hak Angket terhadap Komisi Pemberantasan Korupsi (Pansus Angket KPK)``)."""
    if " " not in text_of_span(ent):
        return False
    if CODE.search(short) and not abbreviates(short, text_of_span(ent), 1):
        return True
    words_ = short.split()
    if len(words_) >= 2 and abbreviates(words_[-1], text_of_span(ent)) and not compound_abbreviates(short, text_of_span(ent)):
        return True
    i = ent.start
    while i > 0 and ent.start - i < 4 and doc[i - 1].text[:1].isupper() and doc[i - 1].text.isalpha():
        i -= 1
        if " " not in short and abbreviates(short, doc[i:ent.end].text) and not abbreviates(short, text_of_span(ent), 1):
            return True
    return False


def _cut_end(doc: Doc, ent: Span, covered: set, placed: frozenset) -> int:
    """Where the name of a mention the mention layer may have cut ends: after up to four capitalised words
    that follow it (joining words inside, places among them: ``placed``, outside every other entity), when an
    institution head (``org_heads.txt``) opens the mention and it is no institution of the lexicon (whose
    names are whole); ``ent.end`` when nothing follows."""
    if text_of_span(ent).split()[0] not in _head_words() or text_of_span(ent) in _known_names():
        return ent.end
    j = ent.end
    while j < len(doc) and j - ent.end < 4 and (j not in covered or j in placed) \
            and (doc[j].text[:1].isupper() and doc[j].text.isalnum()
                 or doc[j].lower_ in JOINING and j > ent.end and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
        j += 1
    while j > ent.end and doc[j - 1].lower_ in JOINING:
        j -= 1
    return j


def _head_then_acronym(short: str, long: str) -> bool:
    """Whether ``short`` is a short head that abbreviates the opening words of ``long`` followed by an
    acronym of the rest that opens with the initial of the next word, its other letters free (the
    acronyms made to be words: ``Satgas PASTI`` of Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal)."""
    parts, words_ = short.split(), long.split()
    if len(parts) != 2 or not parts[1].isupper() or len(parts[1]) < 2:
        return False
    return any(abbreviates(parts[0], " ".join(words_[:k])) and words_[k][:1] == parts[1][:1]
               for k in range(2, len(words_) - 1))


CENTRAL_WORDS = frozenset({"Pusat", "Besar"})


def _central_body(span: Span, ent: Span, short: str) -> Optional[str]:
    """The short form of the body whose central board ``span`` names: the unit words before the body's
    name ``ent`` end with ``Pusat`` or ``Besar`` (``Pengurus Pusat``, ``Dewan Pimpinan Pusat``, ``Pengurus
    Besar``) and the board's short form is the unit's and the body's (``PP PBSI``: PBSI); None otherwise (a
    regional unit, ``Dewan Perwakilan Wilayah``, is not the body)."""
    unit = [t.text for t in span[:ent.start - span.start] if not t.is_space]
    parts = short.split()
    if len(parts) == 2 and unit and unit[-1] in CENTRAL_WORDS and _looks_like_acronym(parts[1]) \
            and abbreviates(parts[0], " ".join(unit)):
        return parts[1]
    return None


SPACE = re.compile(r"\s+")
ADMIN = frozenset({"Provinsi", "Prov", "Kabupaten", "Kab", "Kab.", "Kota"})
LOWER_HONORIFICS = frozenset({"dr.", "dr", "drg.", "Hj.", "H."})


def _flat(text: str) -> str:
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # (no white space but single spaces inside: every character str.isspace holds is unprintable)
    return SPACE.sub(" ", text).strip()


def _uses(text: str, form: str) -> bool:
    """Whether the flattened ``text`` writes ``form`` as whole words."""
    form = _flat(form)
    if not form:
        return True  # (an empty form is trivially written; no alias is empty)
    return next(_whole_at(text, form), None) is not None


WORD_RUN = re.compile(r"\w+")
LONG_TEXT = 20_000  # characters from which the word runs of a text are indexed (see _whole_at)
# the last long text read, the starts of its word runs by run, and (built for a run when a form of two runs or
# more first opens with it) the starts of that run by the text up to the end of the next run
_RUNS: list = [None, {}, {}]


def _whole_at(text: str, form: str) -> Iterator[int]:
    """The offsets (in text order) where ``text`` writes ``form`` with no word character right before or
    after it. In a long text a form that opens with a word character is looked for only where that word
    stands whole (its runs indexed once per text), not by a scan of the text per form: the aliases, short
    forms and bracket continuations of a long document are many, and most are written late or never. A form
    of two runs or more is looked for where the text writes its first two (``DPRD Jawa``), not at every
    ``DPRD`` of the text: a common short form is tried with many continuations."""
    if len(text) >= LONG_TEXT and _word_char(form[:1]):
        if _RUNS[0] is not text:
            runs: dict[str, list[int]] = {}
            for m in WORD_RUN.finditer(text):
                runs.setdefault(m.group(), []).append(m.start())
            _RUNS[:] = [text, runs, {}]
        first = WORD_RUN.match(form)
        second = WORD_RUN.search(form, first.end())
        if second is None:
            starts = _RUNS[1].get(first.group(), ())
        else:
            starts = _pairs_of(text, first.group()).get(form[:second.end()], ())
        for i in starts:
            end = i + len(form)
            if text.startswith(form, i) and not _word_char(text[end:end + 1]):
                yield i
        return
    i = text.find(form)
    while i >= 0:  # str.find, not a regex per form
        end = i + len(form)
        if not _word_char(text[i - 1:i]) and not _word_char(text[end:end + 1]):
            yield i
        i = text.find(form, i + 1)


def _pairs_of(text: str, word: str) -> dict[str, list[int]]:
    """The starts of the word run ``word`` in the long ``text`` last indexed by :func:`_whole_at`, by the text
    from there to the end of the next run (``DPRD Jawa``), read once per run and text."""
    pairs = _RUNS[2].get(word)
    if pairs is None:
        pairs = _RUNS[2][word] = {}
        for i in _RUNS[1].get(word, ()):
            after = WORD_RUN.search(text, i + len(word))
            if after is not None:
                pairs.setdefault(text[i:after.end()], []).append(i)
    return pairs


COORDINATION = re.compile(r"\s*(?:,|dan\b|serta\b|&)\s*[A-Z]")


def _spells_a_part(short: str, name: str) -> bool:
    """Whether the initials of the last words of ``name`` (not all of them) spell ``short``: the body
    the unit belongs to (``FSPMI`` of Dewan Perwakilan Wilayah Federasi Serikat Pekerja Metal
    Indonesia), not the unit."""
    letters = "".join(c for c in short if c.isalpha()).upper()
    words_ = [w for w in name.split() if w[:1].isupper()]
    return any("".join(w[0] for w in words_[k:]).upper() == letters for k in range(1, len(words_) - 1))


def _written_alone(text: str, short: str, forms: Iterable[str]) -> bool:
    """Whether the flattened ``text`` writes the short form ``short`` of a name split by its bracket
    on its own: as a whole word, not in its brackets, not followed by the rest of the name (``forms``:
    ``SHORT REST``), nor sharing a place with the next name of a coordination (``Polresta dan Pemkot
    Denpasar``)."""
    rests = [form[len(short):] for form in forms if form.startswith(short + " ")]
    for i in _whole_at(text, short):
        end = i + len(short)
        if not (text[i - 1:i] == "(" and text[end:end + 1] == ")") \
                and not any(text.startswith(rest, end) for rest in rests) and not COORDINATION.match(text, end):
            return True
    return False


def _written_without_article(text: str, rest: str) -> bool:
    """Whether ``text`` writes ``rest`` as whole words with no ``The``/``the`` before it (not a regex per
    name: a regex that opens with look-behinds tries every position of a long text)."""
    return any(text[max(0, i - 4):i] not in ("The ", "the ") for i in _whole_at(text, rest))


def _coordinated(text: str, short: str) -> bool:
    """Whether ``text`` writes ``short`` in a coordination that shares the rest of the name with the
    next one (``Polresta dan Pemkot Denpasar``: Polresta Denpasar)."""
    return any(COORDINATION.match(text, i + len(short)) for i in _whole_at(text, short))


def _word_char(c: str) -> bool:
    """Whether ``c`` (one character or none) is what a regex's ``\\w`` matches."""
    return bool(c) and (c.isalnum() or c == "_")


def _region_forms(words_: list[str]) -> list[str]:
    """A region as the text may write it again: as written, without ``Provinsi``/``Kabupaten``/``Kota``,
    and with a province's short form (``Provinsi Jawa Barat``, ``Jawa Barat``, ``Jabar``)."""
    forms = [" ".join(words_)]
    if len(words_) > 1 and words_[0] in ADMIN:
        forms.append(" ".join(words_[1:]))
    short = {name: short for short, name in _province_short().items()}
    for form in list(forms):
        if form in short and not form.startswith(short[form] + " "):
            forms.append(short[form])  # (DKI of DKI Jakarta opens its name: written so, it is that name's mention)
    return list(dict.fromkeys(forms))


def _regional(name: str) -> bool:
    """A body that exists only for a region and is named with it (``Dinas ...``, ``Pemerintah
    Kabupaten``, ``Dewan Perwakilan Rakyat Daerah``)."""
    words_ = name.split()
    return bool(words_) and (words_[0] in REGIONAL_HEADS or words_[0] == "Pemerintah"
                             or any(w in REGIONAL_WORDS for w in words_))


def _national_apart(doc: Doc, ents: list[Span], partial: set[int], names: list[str],
                    offices: dict[str, tuple[str, str]], alias_of: dict, canonical) -> None:
    """The national body named on its own beside the regional office its bracket named (corpus/README:
    ``Komisi Pemilihan Umum (KPU) Kabupaten Sukamaju`` ... ``ditetapkan KPU RI``): its long form written
    alone (not before its bracket or a region) or a short or long form with ``RI`` / ``Republik Indonesia`` /
    ``Pusat`` after it is a second organisation, the national body, instead of a name of the office."""
    for full, (long, short) in offices.items():
        forms = {long + end for end in NATIONAL_ENDS} | {short + end for end in NATIONAL_ENDS}
        if any(text_of_span(e) == long and e.start not in partial and not _before_region(doc, e.end) for e in ents):
            forms.add(long)
        national = [n for n in names if n in forms and canonical(n) == full]
        if not national:
            continue
        root = long if long in national else max(national, key=len)
        for form in national:
            alias_of.pop(form, None)
            if form != root:
                alias_of[form] = root


def _before_region(doc: Doc, k: int) -> bool:
    """Whether the token at ``k`` opens a bracket or an administrative region (``Provinsi``, ``Kabupaten``)."""
    return k < len(doc) and (doc[k].text == "(" or doc[k].text in ADMIN)


def _continuation(doc: Doc, close: int, short: str, text: str, places: set, regional: bool,
                  branch: bool = False, regions: Optional[frozenset] = None) -> Optional[tuple[int, list[str], str]]:
    """The rest of a name after its short form in brackets: ``Dewan Perwakilan Rakyat Daerah (DPRD)
    Provinsi Jawa Barat``, ``Badan Pengawas Pemilu (Bawaslu) RI``, ``Badan Usaha Milik Desa (BUMDes)
    Tirta Mandiri``. ``close`` is the closing bracket. The capitalised words after it (a lower-case
    ``dr.`` before a name among them) continue the name when the text writes them again after the
    short form (``DPRD Jawa Barat``, ``DPRD Jabar``, ``BUMDes Tirta Mandiri``), or when they are the
    region of a ``regional`` body (``Dinas Kesehatan (Dinkes) Kota Palembang``), a region of the gazetteers
    after the acronym or syllable short form of a ``branch`` (``Ikatan X (IX) Bone``, ``Badan Pengawas Pemilu
    (Bawaslu) Mamasa``: any body, not a university or hospital housed in its city), or of a national body
    whose ``regions`` are given (a place of the lexicon, or ``places`` after ``Provinsi``/``Kabupaten``/``Kota``:
    ``Komisi Pemilihan Umum (KPU) Kabupaten Sukamaju``, its regional office). A unit of a body
    named with the body's own short form in brackets (``Dewan Pimpinan Daerah (DPD) Partai Sukamaju
    Raya (PSR) Jawa Timur``) continues through that bracket when the text writes the unit's short form
    with the body's (``DPD PSR Jatim``; and the body's short form with the region, ``PSR Jatim``, is
    that regional unit too). Returns the end of the name, the forms the text uses and the words that
    continue the name (without the inner bracket); None when nothing continues it."""
    run: list[int] = []
    inner: Optional[tuple[int, str]] = None  # (words of the body before it, the body's short form)
    k = close + 1
    while k < len(doc) and len(run) < 8:
        t = doc[k]
        if t.is_space:
            k += 1
            continue
        if t.text == "(" and run and inner is None and k + 2 < len(doc) and doc[k + 2].text == ")" \
                and doc[k + 1].text[:1].isupper() and doc[k + 1].text.isalnum():
            inner = (len(run), doc[k + 1].text)
            k += 3
            continue
        opens_name = k + 1 < len(doc) and doc[k + 1].text[:1].isupper()
        if t.text[:1].isupper() and t.text.replace(".", "").replace("-", "").isalnum() \
                or t.text in LOWER_HONORIFICS and opens_name:
            run.append(k)
            k += 1
            continue
        break
    for m in range(len(run), 0, -1):
        words_ = [doc[i].text for i in run[:m]]
        if inner is not None and 0 < inner[0] <= m:
            body, acronym, region = words_[:inner[0]], inner[1], words_[inner[0]:]
            regions = _region_forms(region) if region else [""]
            forms = [_flat(f"{short} {b} {r}") for b in (" ".join(body), acronym) for r in regions]
            if region:
                forms += [f"{acronym} {r}" for r in regions]
            used = [f for f in forms if _uses(text, f)]
            if any(f.startswith(short + " ") for f in used):
                return run[m - 1] + 1, used, " ".join(words_)
            if region or " ".join(body) not in places:
                continue
            # (or the bracket was the place's own short form: Badan X (BX) Kota Tangerang Selatan (Tangsel))
        forms = [f"{short} {form}" for form in _region_forms(words_)]
        used = [f for f in forms if _uses(text, f)]
        rest = " ".join(words_[1:]) if words_[0] in ADMIN and m > 1 else " ".join(words_)
        # (any body's branch named by a region after the bracket, as a regional body's: Ikatan X (IX) Bone, a
        # region of the gazetteers; not a facility, Aviation Security (Avsec) Bandara Kalimarau Berau)
        in_places = rest in places or " ".join(words_) in places
        if used or (regional or branch and _region_named(rest)) and in_places or regions is not None and (
                " ".join(words_) in regions or words_[0] in ADMIN and m > 1 and in_places):
            return run[m - 1] + 1, used, " ".join(words_)
    return None


def _housed_in_city(name: str) -> bool:
    """Whether ``name`` opens with a head of ``institution_venues.txt`` (a university, school or hospital):
    the city after its bracket is where it stands, no branch of it (``Universitas X (UX) Semarang``)."""
    return any(name == head or name.startswith(head + " ") for head in words("institution_venues.txt"))


def _region_named(text: str) -> bool:
    """Whether ``text`` is a region of the gazetteers: a place of ``places.txt`` (provinces, cities,
    regencies, countries) or a regency, city, district or village of ``region_names.txt``."""
    return text in words("places.txt") or text in words("region_names.txt")


# words that an abbreviation passes over (Dinas Kebudayaan dan Pariwisata = Disbudpar)
JOINING = frozenset({"dan", "serta", "&", "untuk", "bagi", "atas", "of", "and", "for", "the"})


def abbreviates(short: str, long: str, skip: int = 0) -> bool:
    """Whether ``short`` is an Indonesian abbreviation of ``long``: its letters, read in order, are
    pieces taken from the successive words of ``long`` (joining words and legal forms aside), every
    word giving at least one: the first piece opens the first word, a piece of one letter is a
    word's initial, a longer piece opens its word with letters left out (``Dis`` of ``Dinas``) or is
    read inside it with at most vowels left out (``gri`` of ``Negeri``). So ``Kemendagri`` =
    Kementerian Dalam Negeri, ``Disnakertrans Sumbar`` = Dinas Tenaga Kerja dan Transmigrasi Sumatera
    Barat, ``BUMDes`` = Badan Usaha Milik Desa, ``Dirjen Otda`` = Direktorat Jendral Otonomi Daerah;
    not ``Sulawesi`` of Pusat Layanan Nasional. ``skip`` words of ``long`` after its first may give
    nothing."""
    return _spells(_abbreviation_letters(short), _abbreviation_words(long), skip)


def short_form_letters(short: str) -> str:
    """The letters of ``short`` as :func:`abbreviates` reads them."""
    return _abbreviation_letters(short)


def long_form_letters(long: str) -> str:
    """The letters of the words of ``long`` that :func:`abbreviates` reads, joined: a short form of ``long``
    or of a run of its opening words opens with the first of them and holds its letters in their order."""
    return "".join(_abbreviation_words(long))


def _spells(letters: str, names: list[str], skip: int = 0, whole: frozenset = frozenset()) -> bool:
    """:func:`abbreviates` on a short form's letters and a long name's words, read already; the words
    numbered in ``whole`` (acronyms of the long name, :func:`_acronym_words`) give all their letters or none."""
    if len(letters) < 2 or len(names) < 2 or len(letters) >= sum(map(len, names)) or letters[0] != names[0][0]:
        return False
    return _pieces(letters, tuple(names), 0, 0, skip, whole)


# a capital doubled or tripled by the digit after it (P2KB = PPKB: Pengendalian Penduduk dan Keluarga
# Berencana; P4GN), the Indonesian way of writing repeated initials
REPEATED_INITIAL = re.compile(r"([A-Z])([2-4])(?=[A-Z]|$)")


@lru_cache(maxsize=65536)
def _abbreviation_letters(short: str) -> str:
    """The letters of a short form as :func:`abbreviates` reads them (lower case, province forms spelt
    out, a capital with a digit after it repeated: ``P2KB`` -> ``ppkb``)."""
    text = " ".join(REPEATED_INITIAL.sub(lambda m: m.group(1) * int(m.group(2)), w) for w in _expanded(short).split())
    return "".join(c for c in text.lower() if c.isalnum())


MAX_SKIPPED = 4


def compound_abbreviates(short: str, long: str) -> bool:
    """Whether ``short``, a form of two words or more, abbreviates ``long`` word by word: each of its
    words is a word of ``long`` (case aside), a province's short form of the words it names, or an
    abbreviation (:func:`abbreviates`, a word of the long run may give nothing) of a run of two words
    or more, in order, at least one word an abbreviation; legal forms and joining words of ``long``
    aside. Words of ``long`` between the first and the last word of ``short`` may be left out when
    the last word is the end of ``long`` (the head and the place of a regional unit: ``RSUD X`` of
    ``Rumah Sakit Umum Daerah dr. Y Z X``, ``Bulog Sulselbar`` of ``Perum Bulog Kantor Wilayah
    Sulawesi Selatan dan Sulawesi Barat``). So ``BPR Artha Mandiri`` = PT Bank Perekonomian Rakyat
    Artha Mandiri, ``Dinas Kesehatan P2KB X`` = Dinas Kesehatan Pengendalian Penduduk dan Keluarga
    Berencana X, ``DPW PKB Jateng`` = Dewan Pengurus Wilayah Partai Kebangkitan Bangsa Jawa Tengah; not
    ``Bank Indonesia`` of Bank Rakyat Indonesia (no word abbreviates), not ``PKB Jateng`` of the latter
    (its opening words left out). This is the word-level reading of Schwartz and Hearst's (2003)
    short-form/long-form match, with Indonesian syllable abbreviations for its letters."""
    longs = long.split()
    # (a legal form both write is left out on both sides; Perum of Perusahaan Umum is an abbreviation)
    shorts = [w for w in short.split() if w not in LEGAL_FORMS or w not in longs]
    longs = [w for w in longs if w not in LEGAL_FORMS]
    if len(shorts) == 1 and len(short.split()) > 1 and len(longs) >= 2:
        # the company's legal form, then its acronym (PT KAI: PT Kereta Api Indonesia, PT IBU: PT Indo Beras
        # Unggul): the initials of the rest of its name, or their syllables
        word = shorts[0]
        run = _abbreviation_words(" ".join(longs))
        return _initials(_abbreviation_letters(word), run) if word.isupper() else _spells(_abbreviation_letters(word), run)
    if len(shorts) < 2 or len(longs) <= len(shorts) - 1:
        return False
    return _compound(tuple(shorts), tuple(longs), 0, 0, False, MAX_SKIPPED)


def _initials(letters: str, run: list[str]) -> bool:
    """Whether an acronym's ``letters`` are the initials of the words of ``run``, a word in capitals
    giving itself whole (``RSUD``: Rumah Sakit Umum Daerah; ``SMAN``: SMA Negeri)."""
    if not run:
        return not letters
    word = run[0]
    return letters[:1] == word[:1] and _initials(letters[1:], run[1:]) \
        or len(word) > 1 and letters.startswith(word) and _initials(letters[len(word):], run[1:])


@lru_cache(maxsize=4096)
def _compound(shorts: tuple, longs: tuple, i: int, j: int, abbreviated: bool, skips: int) -> bool:
    if i == len(shorts):
        return j == len(longs) and abbreviated
    if j == len(longs):
        return False
    if longs[j].lower() in JOINING and i > 0:
        return _compound(shorts, longs, i, j + 1, abbreviated, skips)
    word = shorts[i]
    if word.lower() == longs[j].lower() and _compound(shorts, longs, i + 1, j + 1, abbreviated, skips):
        return True
    region = _province_short().get(word)
    if region is not None:
        size = len(region.split())
        if " ".join(longs[j:j + size]) == region and _compound(shorts, longs, i + 1, j + size, abbreviated, skips):
            return True
    letters = _abbreviation_letters(word)
    initials = word.isupper() and sum(c.isalpha() for c in word) >= 2  # (an acronym: initials, or a word's own acronym)
    if len(letters) >= 2 and word.lower() not in _common_or_calendar_words():
        for k in range(j + 2, len(longs) + 1):
            if longs[k - 1].lower() in JOINING:
                continue
            if word.lower() in (w.lower() for w in longs[j:k]):
                break  # (a word of the run is no abbreviation of it: DKI of Dewan ... Daerah DKI)
            run = _abbreviation_words(" ".join(longs[j:k]))
            spelt = _initials(letters, run) if initials else _spells(letters, run, 1)
            if spelt and _compound(shorts, longs, i + 1, k, True, skips):
                return True
    # (left out between the head and the place: the last short word must end the name)
    return 0 < i == len(shorts) - 1 and skips > 0 and _compound(shorts, longs, i, j + 1, abbreviated, skips - 1)


def _abbreviation_parts(long: str) -> list[str]:
    return [w for w in _expanded(long).split() if w.lower() not in JOINING and w not in LEGAL_FORMS
            and any(c.isalnum() for c in w)]


def _abbreviation_words(long: str) -> list[str]:
    """The words of a long name that give the pieces of its short forms (joining words and legal forms aside)."""
    return ["".join(c for c in w.lower() if c.isalnum()) for w in _abbreviation_parts(long)]


def _acronym_words(long: str) -> frozenset:
    """The numbers of the words of :func:`_abbreviation_words` that are acronyms as written (two capitals or
    more and no small letter: ``DPRD``, ``HAM``): a short form holds such a word whole, for its letters are
    initials already (``DPRD Provinsi``: ``DPR`` of ``D`` + ``Pr`` would drop the ``Daerah`` of DPRD)."""
    return frozenset(k for k, w in enumerate(_abbreviation_parts(long))
                     if sum(c.isupper() for c in w) >= 2 and not any(c.islower() for c in w))


class LetterIndex:
    """Items under keys, with their letters: the items of a key that hold a form's letters in order (a
    subsequence: what an abbreviation needs, see :func:`_plain_letters`) are found from the items that hold
    its rarest letter, looked up, not by a test of every item of the key (a long document names thousands
    of organisations, and every short form was tried against all those of its initial)."""

    def __init__(self) -> None:
        self.items: dict[str, list[tuple[str, object]]] = {}
        self._having: dict[str, dict[str, set[int]]] = {}  # key -> letter -> numbers of the items holding it

    def add(self, key: str, letters: str, item) -> None:
        items = self.items.setdefault(key, [])
        having = self._having.setdefault(key, {})
        for c in set(letters):
            having.setdefault(c, set()).add(len(items))
        items.append((letters, item))

    def holding(self, key: str, letters: str) -> list:
        """The items of ``key`` (in the order added) whose letters hold ``letters`` in order."""
        items = self.items.get(key, ())
        if not letters or not items:
            return [item for _, item in items]
        having = self._having[key]
        sets = sorted((having.get(c, _NONE) for c in set(letters)), key=len)
        numbers = sets[0].intersection(*sets[1:])
        return [items[k][1] for k in sorted(numbers) if _in_order(letters, items[k][0])]


_NONE: frozenset = frozenset()


def _in_order(letters: str, within: str) -> bool:
    """Whether ``letters`` is a subsequence of ``within``."""
    rest = iter(within)
    return all(c in rest for c in letters)


class _SpeltNames:
    """The long names of a document indexed for :func:`abbreviates`: a short form's first letter opens
    the first word of what it abbreviates and its letters are taken, in order, from that name's words, so
    only names with that initial that hold those letters in order are tried (:class:`LetterIndex`); an
    initialism's names are looked up by their initials."""

    def __init__(self, names: Iterable[str], places: set):
        self.by_initial = LetterIndex()
        self.by_initials: dict[str, list[str]] = {}
        for full in names:
            for form in _without_region(full, places):
                words_ = _abbreviation_words(form)
                if words_:
                    self.by_initial.add(words_[0][0], "".join(words_), (full, words_, _acronym_words(form)))
                    self.by_initials.setdefault("".join(w[0] for w in words_), []).append(full)
        self._spelt: dict[str, frozenset] = {}  # short form -> spelt_by's answer (a form written again is not tried again)

    def __bool__(self) -> bool:
        return bool(self.by_initials)

    def initialism_of(self, short: str) -> set[str]:
        """The names whose words' initials are the letters of ``short`` (``BPBD`` of Badan
        Penanggulangan Bencana Daerah Kabupaten Cianjur, its region aside)."""
        return set(self.by_initials.get(_abbreviation_letters(short), ()))

    def spelt_by(self, short: str) -> set[str]:
        """The names (longer than ``short``) that ``short`` abbreviates, in any of their forms."""
        found = self._spelt.get(short)
        if found is None:
            letters = _abbreviation_letters(short)
            found = self._spelt[short] = frozenset(
                full for full, words_, whole in (self.by_initial.holding(letters[0], letters) if letters else ())
                if len(full) > len(short) and _spells(letters, words_, whole=whole))
        return set(found)


def _opens(piece: str, word: str) -> bool:
    """``piece`` opens ``word`` with letters of it left out (``dis`` of ``dinas``)."""
    if piece[0] != word[0]:
        return False
    k = 1
    for c in word[1:]:
        if k < len(piece) and c == piece[k]:
            k += 1
    return k == len(piece)


def _within(piece: str, word: str) -> bool:
    """``piece`` opens ``word`` or is read inside it, at most vowels left out between its letters
    (``gri`` of ``negeri``; not ``es`` of ``refurbished``)."""
    if _opens(piece, word):
        return True
    for start in range(len(word)):
        if word[start] != piece[0]:
            continue
        k, i = 1, start + 1
        while k < len(piece) and i < len(word):
            if word[i] == piece[k]:
                k += 1
            elif word[i] not in "aeiou":
                break
            i += 1
        if k == len(piece):
            return True
    return False


@lru_cache(maxsize=4096)
def _pieces(letters: str, names: tuple, i: int, j: int, skip: int, whole: frozenset = frozenset()) -> bool:
    if i == len(letters):
        return j == len(names)
    if j == len(names):
        return False
    word = names[j]
    for k in range(len(letters), i, -1):
        piece = letters[i:k]
        if j in whole:
            # (an acronym's letters are initials: a short form writes them from the first, two or more, SMA of
            # SMAN; none alone nor from inside, so DPR is no D + Pr(ovinsi) of DPRD Provinsi)
            fits = len(piece) >= 2 and word.startswith(piece)
        elif len(piece) == 1:
            fits = word[0] == piece
        elif j == 0:
            fits = _opens(piece, word)
        else:
            fits = _within(piece, word)
        if fits and _pieces(letters, names, k, j + 1, skip, whole):
            return True
    return j > 0 and skip > 0 and _pieces(letters, names, i, j + 1, skip - 1, whole)


def _without_region(name: str, places: set) -> list[str]:
    """The name, and the name without the region at its end (``Dinas Kesehatan Kabupaten Garut``,
    ``Dinas Kesehatan``)."""
    forms = [name]
    words_ = name.split()
    for k in range(1, len(words_)):
        rest = words_[k:]
        if rest[0] in ADMIN:
            rest = rest[1:]
        if rest and " ".join(rest) in places:
            forms.append(" ".join(words_[:k]))
            break
    return forms


OFFICE_WORDS = frozenset({"Kantor", "Kanwil", "Cabang", "Perwakilan", "Unit", "Divre", "Divisi", "Daop", "Kancab",
                          "Kanreg", "Regional"})
STATE_KINDS = frozenset({"ministry", "agency", "directorate", "company"})  # (institutions.tsv kinds with regional offices)


def _spells_region(short: str, name: str, places: frozenset) -> bool:
    """Whether ``short`` abbreviates only the places that end ``name`` (``Sulselbar`` of ``Perum X Kantor
    Wilayah Sulawesi Selatan dan Sulawesi Barat``): the region's short form, no alias of the body."""
    words_ = name.split()
    for k in range(1, len(words_) - 1):
        parts = " ".join(words_[k:])
        regions = [_place_part(p.strip()) for p in re.split(r"\s*(?:,|\bdan\b|\bserta\b)\s*", parts)]
        if all(r in places for r in regions) and abbreviates(short, parts, 1):
            return True
    return False


def _looks_like_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def _inner_bracket(text: str) -> Optional[tuple[str, str, str]]:
    """``A (B) C`` -> (A, B, C) for a name with a bracketed short form inside."""
    if "(" in text and text.endswith(")") is False and text.count("(") == 1 and ")" in text:
        a, rest = text.split("(", 1)
        b, c = rest.split(")", 1)
        if a.strip() and b.strip() and c.strip():
            return a.strip(), b.strip(), c.strip()
    return None


@lru_cache(maxsize=1)
def _province_short() -> dict[str, str]:
    return {row["short"]: row["name"] for row in table("province_short.tsv")}


@lru_cache(maxsize=65536)  # (a pure function of a name, asked again for each pair the name is tried in)
def _expanded(text: str) -> str:
    """The name with short province forms spelt out (``Pemprov Jatim`` -> ``Pemprov Jawa Timur``; ``DKI`` ->
    ``DKI Jakarta``, but ``DKI Jakarta`` stays as written)."""
    short = _province_short()
    words_ = text.split()
    return " ".join(w if w not in short or words_[k:k + len(short[w].split())] == short[w].split() else short[w]
                    for k, w in enumerate(words_))


def _suffix_spelt(long: str, short: str) -> Optional[str]:
    """The words at the end of ``long`` whose initials spell ``short``, when the whole does not."""
    letters = "".join(c for c in short if c.isalpha()).upper()
    words_ = long.split()
    caps = lambda ws: "".join(w[0] for w in ws if w[:1].isupper()).upper()  # noqa: E731
    if len(letters) < 2 or caps(words_) == letters or caps([w for w in words_ if w not in LEGAL_FORMS]) == letters:
        return None  # (PT Bank Contoh Sejahtera (BCS): the company's own acronym)
    for k in range(1, len(words_) - 1):
        if caps(words_[k:]) == letters and words_[k] in _head_words():
            return " ".join(words_[k:])
    # (or its syllables, a one-word short form, after a unit's name of two words or more: Fakultas Kesehatan
    # Masyarakat Universitas Airlangga (Unair); not Partai + Gerakan Indonesia Raya (Gerindra), the party's own)
    if " " not in short and short[1:].islower() and not abbreviates(short, long, 1):
        for k in range(2, len(words_) - 1):
            if words_[k] in _head_words() and abbreviates(short, " ".join(words_[k:])):
                return " ".join(words_[k:])
    return None


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    return frozenset(row["name"] for row in table("institutions.tsv"))


@lru_cache(maxsize=1)
def _known_acronyms() -> dict[str, str]:
    """``institutions.tsv``'s acronyms by the name they stand for (read it, never change it)."""
    return {row["acronym"]: row["name"] for row in table("institutions.tsv") if row["acronym"]}


@lru_cache(maxsize=1)
def _known_kinds() -> dict[str, str]:
    """``institutions.tsv``'s kinds (``ministry``, ``company``, ``party``) by acronym."""
    return {row["acronym"]: row["kind"] for row in table("institutions.tsv") if row["acronym"]}


@lru_cache(maxsize=1)
def _unit_long() -> dict[str, str]:
    """The one-word short forms of ``org_head_short.tsv`` by the words they stand for (``Daop``: Daerah Operasi)."""
    return {short: long for short, long in _head_long() if " " not in short}


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Capitalised words of institution names: kinds of unit, fields, heads (``org_words.txt``,
    ``org_heads.txt``)."""
    return words("org_words.txt") | frozenset(w for line in ordered("org_heads.txt") for w in line.rstrip(" *").split())


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    return frozenset(line.rstrip(" *").split()[0] for line in ordered("org_heads.txt"))


@lru_cache(maxsize=1)
def _fused_titles() -> frozenset[str]:
    """Titles of ``titles.txt`` and fused position abbreviations (``fused_titles.tsv``): ``kapolri``,
    ``kapolda``, lower case."""
    return frozenset(row["title"].lower() for row in table("fused_titles.tsv")) \
        | frozenset(t.lower() for t in ordered("titles.txt"))


@lru_cache(maxsize=1)
def _head_long() -> tuple[tuple[str, str], ...]:
    rows = [(row["short"], row["long"]) for row in table("org_head_short.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[1])))


NATIONAL_SUFFIXES = (" Negara Republik Indonesia", " Republik Indonesia", " RI")
NATIONAL_ENDS = (*NATIONAL_SUFFIXES, " Pusat")  # (a body's name or short form with them: the national body, KPU Pusat)
CLASS_WORDS = frozenset({"Kelas", "I", "II", "III", "IV", "Khusus", "TPI", "Non"})
ROMAN_CLASS = re.compile(r"^I{1,3}$|^IV$")
LEGAL_FORMS = frozenset({"PT", "(Persero)", "Persero", "Tbk", "Tbk.", "Perum", "(Perum)"})
COMPANY_FORMS = frozenset({"PT", "CV"})  # (the legal forms written before a company's name)
PLACE_TAILS = frozenset({"Utara", "Selatan", "Timur", "Barat", "Tengah", "Pusat", "Raya", "Laut", "Daya"})  # (second words of place names: more than entities.COMPASS)
WEBSITE_END = re.compile(r"\.(?:com|co\.id|id|net|org|tv)$", re.I)


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> set[str]:
    """Forms under which two names of one organisation meet (see :func:`organizations`); the set is kept
    per name (read it, never change it)."""
    text = _expanded(name)
    for short, long in _head_long():
        if text.startswith(short + " "):
            text = long + text[len(short):]
            break
    # (and inside it: KAI Daop 8 Surabaya = KAI Daerah Operasi 8 Surabaya, Perum Bulog Divre X = Perum Bulog
    # Divisi Regional X)
    text = " ".join(_unit_long().get(w, w) for w in text.split())
    keys = {text}
    for suffix in NATIONAL_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            keys.add(text[:-len(suffix)])  # Kejaksaan Republik Indonesia = Kejaksaan
            break
    words_ = text.split()
    if "Provinsi" in words_[1:-1]:
        # a province's name is one of a kind: DPRD Provinsi Jawa Tengah = DPRD Jawa Tengah (not so a
        # regency's or a city's: Kabupaten Bandung and Kota Bandung are two)
        keys.add(" ".join(w for k, w in enumerate(words_) if k == 0 or w != "Provinsi"))
    # (a Roman numeral is a class only after Kelas: Komisi II DPR and Komisi III DPR are two bodies)
    unclassed = [w for k, w in enumerate(words_) if w not in CLASS_WORDS
                 or ROMAN_CLASS.match(w) and (k == 0 or words_[k - 1] != "Kelas")]
    if len(unclassed) < len(words_) and len(unclassed) >= 2:
        keys.add(" ".join(unclassed))
    if len(words_) >= 3 and words_[0] in words("places.txt") and words_[1].isalpha() \
            and words_[1] not in PLACE_TAILS and " ".join(words_[:2]) not in words("places.txt") \
            and words_[1] not in _province_short() and words_[1] not in _countries():
        # a club or company named after its city first (Jakarta Garuda Enduro = Garuda Enduro): the name without it
        keys.add(" ".join(words_[1:]))
    if "Partai" in words_[1:-1] and words_[words_.index("Partai") + 1][:1].isupper():
        # a party's unit without the party's class word: Fraksi Partai Gerindra = Fraksi Gerindra, DPP Partai X = DPP X
        # (not the party's own name, whose rest may be a phrase of another: Partai Persatuan Indonesia)
        keys.add(" ".join(w for w in words_ if w != "Partai"))
    core = [w for w in words_ if w not in LEGAL_FORMS]
    if words_[0] == "PT" and len(core) == 1:
        keys.add(core[0])
    elif words_[0] == "PT" and len(core) >= 2:
        keys.add(" ".join(core))  # PT Bank Contoh Sejahtera = Bank Contoh Sejahtera
    # the outlet and its website: CNN Indonesia = CNNIndonesia.com, DailySocial = DailySocial.id
    site = WEBSITE_END.sub("", text)
    keys.add("~" + "".join(c for c in site.lower() if c.isalnum()))
    return keys


def _same_body(long: str, name: str) -> bool:
    """Whether ``name`` is the lexicon's ``long`` form or a form of it (its name keys meet, or it is the long
    form's opening words: Kementerian Dalam Negeri of Kementerian Dalam Negeri Republik Indonesia)."""
    long = _flat(long)
    if _name_keys(long) & _name_keys(name) or long.startswith(name + " ") or name.startswith(long + " "):
        return True
    # (or one abbreviates the other word by word, its region aside: Badan Pengawas Pemilu (Kota X) of Badan
    # Pengawas Pemilihan Umum, Kementerian Hukum dan HAM of Kementerian Hukum dan Hak Asasi Manusia)
    plain = lambda text: " ".join(w for w in text.split() if w.lower() not in JOINING)  # noqa: E731
    # (or a regional office of it: Kamar Dagang dan Industri Kota Surabaya of Kamar Dagang dan Industri Indonesia)
    cores = {plain(long)} | {plain(long[:-len(x)]) for x in (*NATIONAL_SUFFIXES, " Indonesia")
                             if long.endswith(x) and len(long) > len(x)}
    if any(plain(form) in cores for form in _without_region(name, words("places.txt"))):
        return True
    a, b = plain(name).split(), plain(long)
    return any(compound_abbreviates(" ".join(a[:k]), b) for k in range(2, len(a) + 1)) \
        or compound_abbreviates(b, " ".join(a))


def organizations(doc: Doc) -> Iterator[Organization]:
    """Yield one :class:`Organization` per organisation of the document's entity table."""
    from .entity_table import table_of

    for entity in table_of(doc).organizations():
        yield Organization(entity.name, list(entity.aliases), entity.names())


def group(doc: Doc) -> list[Organization]:
    """Group the ORG mentions of ``doc`` into organisations (the entity table's organisations;
    see the module docstring). Aliases keep the order in which the text first gives them."""
    groups: dict[str, Organization] = {}
    alias_of: dict[str, str] = {}
    defined: dict[str, None] = {}  # an ordered set: alias order must not depend on hashing
    parts_of: dict[str, list] = {}
    every = ents_of(doc)
    ents = [e for e in every if e.label_ == "ORG"]
    starts = {e.start: e for e in every}
    places = words("places.txt")
    text = _flat(text_of(doc))
    loc_names = {text_of_span(e) for e in every if e.label_ in {"LOC", "GPE"}} | set(places)
    partial: set[int] = set()  # starts of mentions that name an organisation but are none of its aliases
    continued: dict[str, tuple[str, list[str]]] = {}  # short form -> (full name, SHORT REST forms used)
    covered = {k for e in every for k in range(e.start, e.end)}
    extended: dict[int, Span] = {}  # start of a mention -> the name its bracketed short form spells
    continuing: set[int] = set()  # tokens that continue a name after its bracket (a body's name in a unit's)
    central: dict[str, str] = {}  # a body's short form -> the name of its central board (PBSI: PP PBSI)
    office_of: dict[str, tuple[str, str]] = {}  # a regional office -> (its national body's long form, short form)
    office_at: dict[int, str] = {}  # start of a national body's long form before its bracket and region -> the office
    placed = frozenset(k for e in every if e.label_ in {"LOC", "GPE"} for k in range(e.start, e.end))
    for ent in ents:
        found = _spelt_extension(doc, ent, starts, covered, placed)
        if found is not None:
            span, partner = found
            extended[ent.start] = span
            partial.add(ent.start)
            alias_of[partner.text] = _flat(text_of_span(span))
            _add(defined, partner.text)
            body = _central_body(span, ent, partner.text)
            if body is not None:
                central.setdefault(body, _flat(text_of_span(span)))
            continue
        partner = _bracketed_after(doc, ent, starts)
        if partner is not None and partner.end < len(doc) and partner.text not in NOT_ALIASES \
                and partner.text not in places and not _spells_region(partner.text, text_of_span(ent), places):
            # a region after the bracket names the regional office, one organisation (corpus/README: Komisi
            # Pemilihan Umum (KPU) Kabupaten Sukamaju is Komisi Pemilihan Umum Kabupaten Sukamaju; the national
            # body is a second one only where the text names it on its own: _national_apart); a national body's
            # region is a place of the lexicon, or one after Provinsi / Kabupaten / Kota (not Bandara X, nor the
            # city a university or hospital is housed in: Universitas X (UX) Semarang; nor a country, the seed's
            # International Organization for Migration (IOM) Indonesia: IOM and IOM Indonesia), after a bracket that is
            # its short form (the lexicon's, or one that spells it: not Paguyuban Seni Tari Nusantara (Tari) X)
            long_form = text_of_span(ent)
            regional, housed = _regional(long_form), _housed_in_city(long_form)
            national = not regional and not housed and (
                abbreviates(partner.text, long_form) or _known_acronyms().get(partner.text) == long_form)
            branch = not housed and (_looks_like_acronym(partner.text) or abbreviates(partner.text, long_form))
            rest = None if ent.start in continuing else _continuation(doc, partner.end, partner.text, text, loc_names,
                                                                      regional, branch, places if national else None)
            if rest is not None and not regional and rest[2] in _countries():
                rest = None
            if rest is not None:
                end, used, words_after = rest
                continuing.update(range(partner.end, end))
                full = _flat(text_of_span(ent) + " " + words_after)
                if national and (words_after.split()[0] in ADMIN or _place_part(words_after) in loc_names):
                    # (a region: not the national body's own RI, Bawaslu RI; nor a unit, BPJS Kesehatan)
                    office_of[full] = (text_of_span(ent), partner.text)
                    office_at[ent.start] = full  # (the long form before its bracket: the office's, whatever it names)
                # Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Jawa Barat: one name without the
                # bracket; the short form is an alias where the text uses it alone
                alias_of[text_of_span(ent)] = full
                partial.update({ent.start, partner.start})
                continued[partner.text] = (full, used)
                for form in used:
                    alias_of.setdefault(form, full)
                    _add(defined, form)
                alias_of.setdefault(partner.text, full)
                national_forms = [partner.text + end for end in NATIONAL_ENDS]
                if (not used and not _coordinated(text, partner.text)
                    or _written_alone(text, partner.text, used + national_forms)) \
                        and not _spells_a_part(partner.text, text_of_span(ent)):
                    # the acronym the bracket introduced, unless the text goes on with it only as SHORT
                    # REST (Disbudpar Banyuwangi), nor as the national body's (KPU RI); a headline's Pemkab counts
                    # as written alone
                    _add(defined, partner.text)
    for ent in ents:
        # the short form written with the rest of the name (BUMDes Tirta Mandiri, the model's
        # mention cut after BUMDes) is the full name's mention, no alias of its own
        if text_of_span(ent) in continued and ent.start not in partial:
            after = _flat(doc[ent.end:min(len(doc), ent.end + 6)].text)
            if any(form[len(text_of_span(ent)) + 1:] and after.startswith(form[len(text_of_span(ent)) + 1:])
                   for form in continued[text_of_span(ent)][1]):
                partial.add(ent.start)
    for ent in ents:
        partner = _bracketed_after(doc, ent, starts)
        if ent.start in partial:
            continue
        if partner is not None and partner.text not in NOT_ALIASES and partner.text not in places \
                and not _spells_region(partner.text, text_of_span(ent), places):
            long, short = (ent, partner) if len(text_of_span(ent)) >= len(partner.text) else (partner, ent)
            if long is partner and not _spelt_out(short.text, long.text):
                continue  # (SF (LF) needs the bracket to spell the short form out: not BMKG (IV MMI))
            if long is ent and _names_more(doc, ent, partner.text):
                continue
            suffix = _suffix_spelt(long.text, short.text)
            if suffix is not None:
                # Komisi III Dewan Perwakilan Rakyat Republik Indonesia (DPR RI): the acronym
                # names the body at the end; the unit's short form uses it
                alias_of[short.text] = suffix
                alias_of.setdefault(long.text[:-len(suffix)] + short.text, long.text)
                parts_of.setdefault(suffix, [])
                _add(defined, short.text)
                _add(defined, long.text[:-len(suffix)] + short.text)
                continue
            earlier = alias_of.get(short.text)
            if earlier is not None and earlier != long.text and (_spelt_out(short.text, earlier)
                                                                 or not _spelt_out(short.text, long.text)):
                continue  # (the first definition stands, unless only the later one spells the short form)
            alias_of[short.text] = long.text
            _add(defined, short.text)
    # a short form in brackets after its long form, which the mention layer left untagged (Perusahaan
    # Umum Percetakan Uang Republik Indonesia (Perum Peruri)): the long form is the shortest run of
    # capitalised words before the bracket that the short form abbreviates (Schwartz and Hearst 2003)
    org_covered = {k for e in ents for k in range(e.start, e.end)}
    for ent in ents:
        if ent.start in partial or text_of_span(ent) in alias_of or ent.start < 2 or doc[ent.start - 1].text != "(" \
                or ent.end >= len(doc) or doc[ent.end].text != ")":
            continue
        long = _long_form_before(doc, ent.start - 1, text_of_span(ent), org_covered)
        if long is not None:
            alias_of[text_of_span(ent)] = long
            _add(defined, text_of_span(ent))
    # (and the bracket the mention layer left untagged as well, its short form an organisation's mention
    # elsewhere: ... dipimpin Modal Ventura Nusantara (MVN). ... MVN menilai ...; the long form the whole
    # capitalised run before it, not its end: KontraS is no short form of Korban Tindak Kekerasan in Komisi
    # untuk Orang Hilang dan Korban Tindak Kekerasan)
    tagged = {text_of_span(e) for e in ents}
    texts = tokens_of(doc).texts
    for k in range(1, len(doc) - 2):
        if texts[k] != "(" or texts[k + 2] != ")" or k + 1 in covered:
            continue
        short = texts[k + 1]
        if short not in tagged or short in alias_of or not _looks_like_acronym(short):
            continue
        long = _long_form_before(doc, k, short, org_covered)
        if long is not None and not _capitalised_before(doc, k, long):
            alias_of[short] = long
            _add(defined, short)
    raw = text_of(doc)  # (read once: Doc.text rebuilds the text from every token)
    for ent in ents if "juluk" in raw else ():  # (both cues hold it: julukan, berjuluk, dijuluki)
        nickname = _nickname_of(raw, ent)
        if nickname is not None and nickname != text_of_span(ent):
            alias_of.setdefault(nickname, text_of_span(ent))
            _add(defined, nickname)
    names = list(dict.fromkeys([text_of_span(e) for e in ents] + [_flat(text_of_span(span)) for span in extended.values()]))
    housed = _housed_names(doc)
    housed.update(_site_owners(doc, ents))
    names += [name for name in housed if name not in names]
    # a regional unit named by the short form and its place (Balai Pelaksanaan Jalan Nasional
    # (BPJN) Aceh ... BPJN Aceh): the long form and the short form are its other names (loc_names above)
    for short, long in list(alias_of.items()):
        if long.split()[0] not in REGIONAL_HEADS or short not in defined or short in continued:
            continue
        units = [o for o in names if o.startswith(short + " ") and _place_part(o[len(short) + 1:]) in loc_names]
        if len(units) == 1:
            alias_of[long] = units[0]
            alias_of[short] = units[0]
    # A (B) C. When C is a place or ends with one (Kepolisian Resor Kota (Polresta) Denpasar), or A
    # names a regional body (Rumah Sakit Umum Daerah (RSUD) dr. X), the unit's name is the full form
    # without the bracket, B C its short form; otherwise the name stays as written with B, B C and
    # A C as its short forms.
    bracketed: set[str] = set()
    present_forms = set(names)
    place_names = words("places.txt")
    for name in names:
        parts = _inner_bracket(name)
        if parts is None or parts[1] in NOT_ALIASES:
            continue
        a, b, c = parts
        if c in place_names or c.split()[-1] in place_names or _regional(a):
            full = f"{a} {c}"
            alias_of[name] = full
            bracketed.add(name)
            alias_of.setdefault(f"{b} {c}", full)
            _add(defined, f"{b} {c}")
            if b in present_forms:
                alias_of.setdefault(b, full)
                continue
            # SHORT REST as written, or with its province short (KONI Jabar of KONI (..) Jawa Barat)
            rests = [f"{b} {c}"] + [o for o in names if o.startswith(b + " ") and _expanded(o) == _expanded(f"{b} {c}")]
            if (not any(_uses(text, rest) for rest in rests) and not _coordinated(text, b)
                    or _written_alone(text, b, rests)) and not _spells_a_part(b, full):
                alias_of.setdefault(b, full)  # (the mention layer left it untagged: a headline's Pemkab)
                _add(defined, b)
        else:
            for form in (b, f"{b} {c}", f"{a} {c}"):
                alias_of.setdefault(form, name)
            if _looks_like_acronym(b) or b in present_forms:
                _add(defined, b)
    known = _known_acronyms()
    present = set(names)
    for acronym, full in known.items():
        if acronym in present and full in present and acronym not in alias_of:
            alias_of[acronym] = full
    # (or a name of the text that is the lexicon's long form without its legal form: Telkom of Telkom
    # Indonesia, the lexicon's PT Telkom Indonesia (Persero) Tbk; Pertamina of PT Pertamina)
    for acronym in sorted(present.intersection(known)):
        if acronym not in alias_of and known[acronym] not in present:
            keys = {k for k in _name_keys(known[acronym]) if not k.startswith("~")}
            same = [n for n in names if n != acronym and keys & _name_keys(n)]
            if len(same) == 1:
                alias_of[acronym] = same[0]
    # the same name with its opening words shortened or spelt out (PN Bandung = Pengadilan
    # Negeri Bandung), without its class (Kantor Imigrasi Kelas I TPI Tangerang), or a company
    # without its legal form (PLN = PT PLN (Persero))
    def canonical(text: str) -> str:
        seen = set()
        while text in alias_of and text not in seen:
            seen.add(text)
            text = alias_of[text]
        return text

    by_key: dict[str, list[str]] = {}
    for name in names:
        for key in _name_keys(name):
            by_key.setdefault(key, []).append(name)
    for forms in by_key.values():
        forms = list(dict.fromkeys(forms))
        if len(forms) > 1:
            # (a form that already names an organisation stands for it: PT SEN and SEN of
            # PT Sarana Energi Nusantara Tbk (SEN))
            # (the outlet's name before its website's: CNN Indonesia, alias CNNIndonesia.com)
            full = max((canonical(f) for f in forms), key=lambda f: (not WEBSITE_END.search(f), len(f)))
            for form in forms:
                if form != full and form not in alias_of:
                    alias_of[form] = full
    # short forms: a name that opens a longer one of the same document (Kementerian Haji ->
    # Kementerian Haji dan Umrah), or equals it once province short forms are spelt out
    expanded = {}
    for name in names:
        expanded.setdefault(_expanded(name), []).append(name)
    for forms in expanded.values():
        if len(forms) > 1:
            full = max(forms, key=len)
            for form in forms:
                if form != full:
                    alias_of.setdefault(form, full)
    # (a company's name opens after its legal form: Nusantara Ritel of PT Nusantara Ritel Sejahtera Tbk)
    by_first: dict[str, list[tuple[str, str]]] = {}
    for name in names:
        by_first.setdefault(name.split()[0], []).append((name, name))
        if name.startswith("PT ") and len(name.split()) >= 3:
            by_first.setdefault(name.split()[1], []).append((name[3:], name))
    for name in names:
        if len(name.split()) < 2 or name in alias_of:
            continue
        # (not the parent of its regional office: Perum X and Perum X Kantor Wilayah Y are two)
        longer = [o for form, o in by_first.get(name.split()[0], []) if len(form) > len(name)
                  and form.startswith(name + " ") and form[len(name) + 1:].split()[0] not in OFFICE_WORDS]
        if longer:
            alias_of[name] = max(longer, key=len)
    # a short form of two words or more that abbreviates one longer name word by word (BPR X of PT Bank
    # Perekonomian Rakyat X, Dinas Kesehatan P2KB X), written as a mention, or as a mention with the place
    # after it (Perum Bulog + Sulselbar)
    # (a mention cut before the end of its name, which a short form of the text spells word by word:
    # Dinas Kesehatan Pengendalian Penduduk dan Keluarga + Berencana Sumenep ... Dinas Kesehatan P2KB Sumenep)
    cut_names: dict[str, Span] = {}
    for ent in ents:
        if ent.start not in partial and ent.start not in extended and text_of_span(ent) not in alias_of:
            end = _cut_end(doc, ent, covered, placed)
            if end > ent.end:
                cut_names.setdefault(_flat(doc[ent.start:end].text), doc[ent.start:end])
    compound_fulls = _CompoundNames(f for f in dict.fromkeys([canonical(n) for n in names] + list(cut_names))
                                    if len(f.split()) >= 3)
    headline_end = _headline_end(raw)
    for ent in ents:
        if ent.start in partial or ent.start in extended or _credited(doc, ent.start):
            continue
        # (the place, or the unit's own short form the mention layer tagged apart: Perum X + Kanwil Y)
        spans = [doc[ent.start:after.end] for after in (starts.get(ent.end),)
                 if after is not None and after.label_ in {"LOC", "GPE", "ORG"}]
        # (or a unit's short form, its number and its place: KAI Daop 8 Surabaya, Perum X Divre II Y)
        k, reach = ent.end, 4 if ent.end < len(doc) and doc[ent.end].text in _unit_long() else 2
        while k < len(doc) and k - ent.end < reach and doc[k].text.isalnum() \
                and (doc[k].text[:1].isupper() or doc[k].text.isdigit() and k > ent.end):
            k += 1
            spans.append(doc[ent.start:k])
        spans.sort(key=len, reverse=True)
        if ent.end_char <= headline_end and len(ent) >= 3:
            # (a title-case headline glues the verb to the name: RSUD X Kekurangan Dokter)
            spans += [doc[ent.start:ent.end - k] for k in (1, 2) if ent.end - k - ent.start >= 2]
        for span in spans + ([ent] if text_of_span(ent) not in alias_of else []):
            form = _flat(text_of_span(span))
            spelt = compound_fulls.of(form)
            if len(spelt) == 1:
                alias_of[form] = spelt.pop()
                whole = cut_names.get(alias_of[form])
                if whole is not None and alias_of[form] not in names:
                    extended[whole.start] = whole
                    partial.add(whole.start)
                if span is not ent:
                    extended[ent.start] = span
                    partial.add(ent.start)
                    _add(defined, form)
                    if span.end > ent.end and span.end == getattr(starts.get(ent.end), "end", -1):
                        partial.add(ent.end)  # (the ORG after it is a part of this mention)
                break
    # an English name without its article, written so (The Jakmania ... ada Jakmania yang ...)
    for name in names:
        rest = name[4:]
        if name.startswith("The ") and rest[:1].isupper() and rest not in alias_of \
                and _written_without_article(text, rest):
            alias_of[rest] = canonical(name)
            _add(defined, rest)
    # a one-word name that opens or closes exactly one longer name of the document, when the text
    # does not know it as an institution of its own (Newcastle, City: Newcastle United, Manchester
    # City; not Polri of Bareskrim Polri), the case of its letters aside (Antara of ANTARA News)
    # (the names of several words by their first and by their last word, case folded: a long document names
    # thousands of organisations, and each one-word name was tested against all of them)
    opened_by: dict[str, list[str]] = {}
    closed_by: dict[str, list[str]] = {}
    company_opened_by: dict[str, list[str]] = {}
    for o in names:
        folded = o.casefold()
        if " " in folded:
            opened_by.setdefault(folded.partition(" ")[0], []).append(o)
            closed_by.setdefault(folded.rpartition(" ")[2], []).append(o)
            words_ = o.split()
            if words_[0] in COMPANY_FORMS and len(words_) >= 3:
                # (a company's name opens after its legal form: Sigap of PT Sigap Prima Astrea)
                company_opened_by.setdefault(words_[1].casefold(), []).append(o)

    def one_word_forms() -> None:
        for name in names:
            if " " in name or name in alias_of or name in known or _looks_like_acronym(name) \
                    or name in _head_words() or name in places or name in _province_short():
                continue
            # (a longer name of three words or more that a head opens and the word closes is a unit or wing of that
            # body, not its full name: Ikatan Pelajar Muhammadiyah, Muhammadiyah; but Universitas Harvard, Harvard)
            folded = name.casefold()
            longer = {canonical(o) for o in opened_by.get(folded, [])}
            longer |= {canonical(o) for o in closed_by.get(folded, [])
                       if not (o.count(" ") >= 2 and o.split()[0] in _head_words())}
            if not longer:  # (a company's name after its legal form, when no name opens or closes with the word)
                longer = {canonical(o) for o in company_opened_by.get(folded, [])}
            if len(longer) == 1 and not _spells_region(name, next(iter(longer)), places):
                alias_of[name] = longer.pop()  # (not the region's short form: Sulselbar of Bulog Sulselbar)

    one_word_forms()
    # a state body's short form written alone, when the text names no national body by it but exactly one regional
    # office (Kemenag ... Kemenag Kota Singkawang, Bulog ... Perum Bulog Divre X): that office, as the README's
    # national body / regional office lines read it (Otoritas Jasa Keuangan (OJK) on its own and OJK Provinsi Jawa
    # Timur are two: the text names the national body; so Perum Bulog, Bulog and Perum Bulog Divre DKI Jakarta)
    for name in names:
        if " " in name or name in alias_of or _known_kinds().get(name) not in STATE_KINDS:
            continue
        national = {k for k in _name_keys(known[name]) if not k.startswith("~")}
        if any(national & _name_keys(o) or o.split()[-1] == name for o in names if o != name):
            continue
        # (the office written with its level, Kota / Kabupaten / Provinsi, or an office word: the bare place, KPU
        # DKI ... terdaftar di KPU, leaves the national body standing in the tune gold)
        offices = {canonical(o) for o, rest in ((o, _after_form(o, name)) for o in names) if rest and (
            _place_part(rest) != rest and _place_part(rest) in loc_names or rest.split()[0] in OFFICE_WORDS)}
        if len(offices) == 1:
            alias_of[name] = offices.pop()
    # a known acronym written alone and after the word its own long form opens with is one organisation
    # (Golkar, Partai Golkar: Partai Golongan Karya; Bank BRI; not Fraksi Golkar, a unit of it)
    for name in names:
        if name in known and name not in alias_of and f"{known[name].split()[0]} {name}" in present:
            alias_of[name] = canonical(f"{known[name].split()[0]} {name}")
    # a short form of the text written after the word its long form opens with is one organisation too (Bank
    # BRI of PT Bank Rakyat Indonesia (BRI), Partai PAN of Partai Amanat Nasional (PAN): the press repeats the head)
    for name in names:
        head, _, short = name.partition(" ")
        if name not in alias_of and short in alias_of and " " not in short and _head_of(canonical(short)) == head:
            alias_of[name] = canonical(short)
    # a one-word name clipped from the one-word name of another organisation of the document (Barca of
    # Barcelona, Juve of Juventus; not Persib of Persiba, nor Grab of GrabPay, a compound)
    one_word_by_opening: dict[str, list[str]] = {}  # (a clipped name of four letters or more opens its word's first three)
    for o in names:
        if " " not in o:
            one_word_by_opening.setdefault(o[:3], []).append(o)
    for name in names:
        if " " in name or name in alias_of or len(name) < 4 or not name.isalpha() or not name[1:].islower():
            continue
        clipped = {canonical(o) for o in one_word_by_opening.get(name[:3], ()) if _clipped_from(name, o)}
        if len(clipped) == 1:
            alias_of[name] = clipped.pop()
    # a name of several words that writes the first words of one longer name, its last word clipped (West Brom
    # of West Bromwich Albion): the clipping of a one-word name above, inside a longer name
    # (the names by their first words and the initial of the word after them: a clipped name writes the first
    # words of its long name whole and opens the next one, so only those names are tried, not all of them)
    by_opening: dict[tuple[str, str], list[str]] = {}
    for o in names:
        w = o.split()
        for k in range(1, len(w)):
            by_opening.setdefault((" ".join(w[:k]), w[k][0]), []).append(o)
    for name in names:
        if " " not in name or name in alias_of or name in known:
            continue
        s = name.split()
        clipped = {canonical(o) for o in by_opening.get((" ".join(s[:-1]), s[-1][0]), ()) if _clipped_words(name, o)}
        if len(clipped) == 1:
            alias_of[name] = clipped.pop()

    # a short form made of the syllables or initials of one longer name of the document, with its
    # region or without it (Kemendagri = Kementerian Dalam Negeri, Disnakertrans Sumbar = Dinas
    # Tenaga Kerja dan Transmigrasi Sumatera Barat, Dinkes = Dinas Kesehatan Kabupaten Garut)
    fulls = _SpeltNames(dict.fromkeys(canonical(n) for n in names), loc_names)
    for name in names:
        if name in alias_of or len(name.split()) > 3 or name in places:
            continue
        spelt = fulls.spelt_by(name)
        if len(spelt) == 1 and name in known and not _same_body(known[name], next(iter(spelt))):
            continue  # (the lexicon's acronym of another body: BRI, Bank Rakyat Indonesia, no syllables of Bank Mandiri)
        if len(spelt) == 1 and not _spells_region(name, next(iter(spelt)), places) \
                and _rest_initials(name, next(iter(spelt))):
            # (a short form of several words that writes the name's first word whole gives the initials of
            # the next words: Polres OKU of Polres Ogan Komering Ulu Sumatera Selatan; not Fraksi PAN of
            # Fraksi PDI Perjuangan, whose letters the syllables only happen to hold)
            alias_of[name] = spelt.pop()
    _fewer_words(names, alias_of, canonical, loc_names, known)
    one_word_forms()  # (again, the short names now joined: City of Manchester City and Man City)
    first_named: dict[str, int] = {}
    for ent in ents:
        first_named.setdefault(canonical(text_of_span(ent)), ent.start_char)
    untagged = _untagged_short_forms(doc, covered, starts, fulls, set(names) | set(alias_of), places, first_named)
    untagged += _untagged_compounds(doc, org_covered, compound_fulls, set(names) | set(alias_of))
    untagged += _club_short_forms(doc, [canonical(n) for n in names], covered)
    untagged += _company_short_forms(doc, [canonical(n) for n in names], covered, headline_end)
    untagged += _capital_headline_forms(doc, [canonical(n) for n in names])
    bare = _bare_heads(doc, covered, dict.fromkeys(canonical(n) for n in names), first_named)
    for name in names:
        if name in bare and name not in alias_of:
            alias_of[name] = bare[name]
    texts, offsets = tokens_of(doc).texts, tokens_of(doc).starts
    # the body's short form written alone for its central board, when the text names the body no
    # other way (Pengurus Pusat Persatuan ... (PP PBSI) ... PBSI menggandeng ...)
    central = {body: full for body, full in central.items() if body not in alias_of or alias_of[body] == full}
    for name in names:
        if name in central:
            alias_of[name] = central[name]
    untagged += [(doc[k:k + 1], central[texts[k]]) for k in (range(len(doc)) if central else ())
                 if k not in covered and texts[k] in central and not (k > 0 and texts[k - 1] + " " + texts[k] in alias_of)]
    untagged += [(doc[k:k + 1], bare[texts[k]]) for k in range(len(doc))
                 if k not in covered and texts[k] in bare and not _credited(doc, k)
                 and not (k + 1 < len(doc) and texts[k + 1][:1].isupper())
                 and first_named.get(bare[texts[k]], offsets[k]) < offsets[k]]

    _national_apart(doc, ents, partial, names, office_of, alias_of, canonical)
    members: dict[str, set] = {}  # the texts of the mentions of each organisation, by name
    for ent in ents:
        span = extended.get(ent.start, ent)  # (the name its short form spells: the mention with the words beside it)
        key = canonical(office_at[ent.start] if ent.start in office_at
                        else _flat(text_of_span(span)) if span is not ent else text_of_span(ent))
        org = groups.setdefault(key, Organization(name=key))
        if text_of_span(ent) != key and text_of_span(ent) not in org.aliases and text_of_span(ent) not in bracketed and ent.start not in partial:
            org.aliases.append(text_of_span(ent))
        org.mentions.append(Mention(text_of_span(span), span.start_char, span.end_char))
        members.setdefault(key, set()).add(_flat(text_of_span(ent)))
    for name in parts_of:
        groups.setdefault(name, Organization(name=name))
    for form in defined:
        key = canonical(form)
        if key in groups and form != key and form not in groups[key].aliases:
            groups[key].aliases.append(form)
    for name, span in housed.items():
        # (the building's organisation is one when a short form of the text names it: Kantor
        # Kementerian Dalam Negeri ... Kemendagri; a building alone makes none)
        if name in groups:
            groups[name].mentions.append(Mention(text_of_span(span), span.start_char, span.end_char))
            groups[name].mentions.sort(key=lambda m: m.start)
    for span, full in untagged:
        org = groups.get(canonical(full))
        if org is not None:
            if text_of_span(span) not in org.aliases:
                org.aliases.append(text_of_span(span))
            org.mentions.append(Mention(text_of_span(span), span.start_char, span.end_char))
    # a name the text writes only inside another organisation's name is none of its own: the organisation
    # its other forms name goes by the longest of them (Bulog, not Perum Bulog, when the text writes Perum
    # Bulog only in Perum Bulog Kanwil Sulselbar, the regional office)
    absorbed = {_flat(text_of_span(e)) for e in ents if e.start in partial} - {_flat(text_of_span(e)) for e in ents if e.start not in partial}
    for key, org in groups.items():
        if org.name not in absorbed or org.name in members.get(key, ()):
            continue
        used = [a for a in org.aliases if _uses(text, a)]
        if used:
            org.name = max(used, key=len)
            org.aliases.remove(org.name)
    for org in groups.values():
        # an alias is a form the text uses (the short form with its region, Pemkab Banyuwangi,
        # is none when the text writes only Pemerintah Kabupaten (Pemkab) Banyuwangi)
        # (and no alias is the name itself in other letters or with a stop: JUARA.net of JUARA.NET,
        # Reuters of Reuters.)
        # (nor a title, a person's position: Kapolri of Kepala Kepolisian ... (Kapolri))
        org.aliases = [a for a in org.aliases if _uses(text, a) and _folded(a) != _folded(org.name)
                       and a.lower() not in _fused_titles()]
    _RUNS[:] = [None, {}]  # (the index of a long text's words goes with it)
    return list(groups.values())


def _head_of(long: str) -> str:
    """The word a long form opens with after its legal form (``Bank`` of ``PT Bank Rakyat Indonesia``)."""
    words_ = long.split()
    return words_[1] if len(words_) > 1 and words_[0] in LEGAL_FORMS else words_[0]


def _folded(name: str) -> str:
    """A name as records-v1 compares it: case folded, white space collapsed, punctuation trimmed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split()).strip("\"'.,;:!?()[]-–—` ")


def _spelt_out(short: str, long: str) -> bool:
    """Whether ``long`` spells ``short`` out (Schwartz and Hearst's test, :func:`abbreviates` with a word
    that gives nothing, or :func:`compound_abbreviates`), maybe after its first word (``Gerindra``: Partai
    Gerakan Indonesia Raya; ``Perpani``: Persatuan Panahan Seluruh Indonesia)."""
    if " " in short:
        return compound_abbreviates(short, long)
    return abbreviates(short, long, 1) or " " in long and abbreviates(short, long.split(" ", 1)[1], 1)


def _clipped_words(short: str, long: str) -> bool:
    """Whether ``short`` writes the first words of ``long`` with its last word clipped (:func:`_clipped_from`:
    ``West Brom`` of West Bromwich Albion; not ``Bank Contoh`` of Bank Contoh Syariah, no word clipped)."""
    s, w = short.split(), long.split()
    k = len(s) - 1
    return 2 <= len(s) <= len(w) and s[:k] == w[:k] and s[k] != w[k] and s[k][1:].islower() and s[k].isalpha() \
        and _clipped_from(s[k], w[k])


def _clipped_from(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` cut after a syllable: it opens ``word``, maybe with its last vowel
    changed (``Juve`` of Juventus, ``Barca`` of Barcelona), and three lower-case letters or more are cut
    (not ``Persib`` of Persiba, nor ``Grab`` of GrabPay or ``Google`` of Googleblog, compounds)."""
    stem = short[:-1] if short[-1] in "aeiou" and not word.startswith(short) else short
    rest = word[len(stem):]
    return word.startswith(stem) and len(rest) >= 3 + len(short) - len(stem) and rest.isalpha() and rest.islower() \
        and rest not in _common_or_calendar_words() and rest not in words("english_words.txt")


NICK = r"[\"“']?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)[\"”']?"
NICKNAME_BEFORE = re.compile(NICK + r"\s*[-–—(,]?\s*julukan\s+$")
NICKNAME_AFTER = re.compile(r"\s*,?\s*(?:yang\s+)?(?:berjuluk(?:an)?|dijuluki)\s+(?:sebagai\s+)?" + NICK)


def _nickname_of(text: str, ent: Span) -> Optional[str]:
    """The nickname the text gives the organisation ``ent`` with a cue on both sides: ``Mutiara Hitam
    -julukan Persipura-``, ``Maung Bandung (julukan Persib)``, ``Persipura yang berjuluk Mutiara Hitam``;
    not ``tim berjuluk X`` (whose team is not said)."""
    before = max(0, ent.start_char - 80)
    # (the cue word first: a long text that writes julukan somewhere has the pattern tried before every organisation)
    m = NICKNAME_BEFORE.search(text, before, ent.start_char) if text.find("julukan", before, ent.start_char) >= 0 else None
    if m is None:
        m = NICKNAME_AFTER.match(text, ent.end_char)
    if m is None:
        return None
    words_ = _flat(m.group(1)).split()
    for k in range(len(words_) - 1, 0, -1):
        if words_[k - 1].endswith("."):
            words_ = words_[k:]  # (the sentence before ends there: Chelsea. The Blues)
            break
    common = words("common_words.txt")
    while len(words_) > 1 and words_[0].lower() in common:
        words_ = words_[1:]  # (a word capitalised because it opens the sentence: Kemenangan Maung Bandung)
    return " ".join(words_)


class _CompoundNames:
    """The long names of a document (three words or more) indexed by the initials of their first two
    words and their letters (:class:`LetterIndex`), with the answer of :func:`compound_abbreviates` kept
    per form: a short form's first letter opens one of those words and its letters are the name's in
    order, so a form tries only the names of its initial that hold its letters, and a form written many
    times is matched once (one pass per distinct form, not one over every name per word of the text)."""

    def __init__(self, fulls: Iterable[str]):
        self.by_initial = LetterIndex()
        for full in fulls:
            letters = _plain_letters(full)
            for initial in dict.fromkeys(w[:1].lower() for w in full.split()[:2]):
                self.by_initial.add(initial, letters, full)
        self._found: dict[str, frozenset] = {}

    def __bool__(self) -> bool:
        return bool(self.by_initial.items)

    def of(self, form: str) -> set[str]:
        """The names (longer than ``form``, the same initial) that ``form`` abbreviates word by word."""
        found = self._found.get(form)
        if found is None:
            found = self._found[form] = frozenset(
                full for full in self.by_initial.holding(form[:1].lower(), _plain_letters(form))
                if len(full) > len(form) and full != form and compound_abbreviates(form, full))
        return set(found)


def _plain_letters(name: str) -> str:
    """A name's letters as :func:`compound_abbreviates` reads them, legal forms aside: every letter of a
    short form it matches comes, in order, from the letters of the long name's words (a word written
    whole, a province form spelt out, or pieces of words), so a short form whose letters are no
    subsequence of a name's is never tried against it."""
    return _abbreviation_letters(" ".join(w for w in name.split() if w not in LEGAL_FORMS))


CREDIT_WORDS = frozenset({"Dok", "Dok.", "Foto", "Foto:", "Sumber", "Sumber:", "Ilustrasi"})


def _credited(doc: Doc, i: int) -> bool:
    """Whether the words from ``i`` open a bracket or a photo credit (``(Dok. Pemdes X)``): furniture,
    no short form that the text uses for the organisation."""
    before = tokens_of(doc).texts[max(0, i - 3):i]
    return bool(before) and before[-1] == "(" or "(" in before and any(w in CREDIT_WORDS for w in before)


MAX_LONG_FORM = 10


def _long_form_before(doc: Doc, bracket: int, short: str, org_covered: set) -> Optional[str]:
    """The long form that the bracketed ``short`` at ``bracket`` (the opening bracket) defines: the
    shortest run of capitalised words (joining words inside) right before it, outside every ORG
    mention, of two words or more, that ``short`` abbreviates (:func:`abbreviates`, or word by word
    :func:`compound_abbreviates` for a short form of several words); None without one."""
    words_: list[str] = []
    k = bracket - 1
    while k >= 0 and len(words_) < MAX_LONG_FORM and k not in org_covered:
        t = doc[k].text
        if t[:1].isupper() and t.replace(".", "").replace("-", "").isalnum() or words_ and t.lower() in JOINING:
            words_.insert(0, t)
            k -= 1
        else:
            break
    for n in range(2, len(words_) + 1):
        run = words_[-n:]
        if run[0].lower() in JOINING:
            continue
        long = " ".join(run)
        if compound_abbreviates(short, long) if " " in short else abbreviates(short, long):
            return long
    return None


def _housed_names(doc: Doc) -> dict[str, Span]:
    """The names of institutions inside the names of their buildings (``Kantor Kementerian Dalam Negeri``,
    ``Gedung Badan Pusat Statistik``: a place head of ``place_heads.txt``, then two words or more that an
    institution head of ``org_heads.txt`` opens), by name. The place is a location of records-v1; the
    institution is an organisation of the document when another of its names is there (a short form
    that spells it, :func:`group`)."""
    found: dict[str, Span] = {}
    heads = words("place_heads.txt")
    for ent in ents_of(doc):
        if ent.label_ not in LOCATION_LABELS:
            continue
        words_ = [t for t in ent if not t.is_space]
        for size in (2, 1):
            if len(words_) >= size + 2 and " ".join(t.text for t in words_[:size]) in heads \
                    and words_[size].text in _head_words():
                span = doc[words_[size].i:ent.end]
                found.setdefault(_flat(text_of_span(span)), span)
                break
    return found


LOCATIVE_BEFORE = frozenset({"di", "ke", "dari", "menuju", "asal", "kota", "kabupaten", "provinsi", "wilayah",
                             "daerah", "sekitar", "warga", "pulang", "tiba", "berangkat", ",", "/", "-", "("})
MIN_SPORT_WORDS = 3


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The countries of ``places.txt`` (its sections headed ``# Countries``): a national team shares its
    country's name, and the press writes the country alone for it (``melawan Thailand``) as for the state."""
    found, inside, comment = set(), False, False
    for line in (DATA / "places.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if not comment:  # (a header's first line; the lines after it go on with it)
                inside = line.startswith("# Countries")
            comment = True
            continue
        comment = False
        if inside and line.strip():
            found.add(line.strip())
    return frozenset(found)


MIN_COMPANY_WORDS = 2


def _company_short_forms(doc: Doc, names: list[str], covered: set, headline_end: int) -> list[tuple[Span, str]]:
    """A company's name without its legal form, whole or its opening words (two at least), written outside every
    mention: ``Sinar Roda Nusantara`` of PT Sinar Roda Nusantara, ``Nusantara Ritel`` of PT Nusantara Ritel
    Sejahtera Tbk, as a title-case headline writes them (``Nusantara Ritel Tutup 18 Gerai``). Outside the headline
    no capitalised word may follow (another name's), and a form two companies open is neither's. Returns (span, name)."""
    firsts: dict[str, dict[str, set]] = {}  # first core word -> form -> companies
    cores: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        words_ = name.split()
        if not any(w in LEGAL_FORMS for w in words_):
            continue
        core = [w for w in words_ if w not in LEGAL_FORMS]
        if len(core) < MIN_COMPANY_WORDS or not all(w[:1].isupper() and w.isalpha() for w in core):
            continue
        cores[name] = core
        for k in range(MIN_COMPANY_WORDS, len(core) + 1):
            firsts.setdefault(core[0], {}).setdefault(" ".join(core[:k]), set()).add(name)
    if not firsts:
        return []
    texts = tokens_of(doc).texts
    found = []
    for i, word in enumerate(texts):
        if word not in firsts or i in covered or i > 0 and texts[i - 1][:1].isupper() and not doc[i].is_sent_start:
            continue
        forms = firsts[word]
        k = i + 1
        while k < len(texts) and k not in covered and " ".join(texts[i:k + 1]) in forms:
            k += 1
        owners = forms.get(" ".join(texts[i:k]), set())
        if len(owners) != 1 or k - i < MIN_COMPANY_WORDS:
            continue
        owner = next(iter(owners))
        headline = doc[i].idx < headline_end
        after = texts[k] if k < len(texts) else ""
        if k - i < len(cores[owner]) and after == cores[owner][k - i] or not headline and after[:1].isupper():
            continue
        found.append((doc[i:k], owner))
    return found


def _after_form(name: str, form: str) -> str:
    """The words of ``name`` after ``form`` when ``form`` opens it, its legal form aside (``Divre X`` of ``Perum
    Bulog Divre X`` after ``Bulog``), else ``""``."""
    words_ = name.split()
    while words_ and words_[0] in LEGAL_FORMS:
        words_ = words_[1:]
    rest = " ".join(words_)
    return rest[len(form) + 1:] if rest.startswith(form + " ") else ""


def sports_report(doc: Doc) -> bool:
    """Whether ``doc`` is a sports report: three lower-case nouns of ``sport_words.txt`` at least."""
    return len(words("sport_words.txt").intersection(tokens_of(doc).lowers)) >= MIN_SPORT_WORDS


def _club_short_forms(doc: Doc, names: list[str], covered: set) -> list[tuple[Span, str]]:
    """A club's one-word short form in a sports report (three of ``sport_words.txt`` at least): the last
    word of its name (``Madrid`` of Real Madrid, ``Lamongan`` of Persela Lamongan, ``Palace`` of Crystal
    Palace), or its first when that is no place (``Hull`` of Hull City), written alone as a place mention of one
    word or as a capitalised word outside every mention (no common word, not opening its sentence), for
    exactly one organisation name of two words whose first word is no institution head, legal form or acronym
    (and not both words a person's name may hold); no country (the press writes a country alone for its national team and for the state alike),
    no locative word before it (``di``, ``ke``, ``dari``, ``kota``, a comma: ``kembali ke Bandung`` is the city),
    and no capitalised word beside it (a mention cut inside the name, ``Real`` + ``Madrid``; another name,
    ``Maung Bandung``).
    Returns (span, name)."""
    places, heads, sport = words("places.txt"), _head_words(), words("sport_words.txt")
    given = words("person_name_words.txt")
    owners: dict[str, list[str]] = {}
    every: dict[str, set] = {}  # (a word that opens or closes two names names neither: AC Milan, Inter Milan)
    for name in dict.fromkeys(names):
        words_ = name.split()
        if len(words_) < 2:
            continue
        every.setdefault(words_[0], set()).add(name)
        every.setdefault(words_[-1], set()).add(name)
        # (two words: a longer mention may have taken a person in, Arsenal Olivier Giroud; not two words a
        # person's name may hold, Marcos Flores, a player the mention layer took for an organisation)
        if len(words_) != 2 or words_[0] in heads or words_[0] in LEGAL_FORMS or words_[0].lower() in sport \
                or _looks_like_acronym(words_[0]) or not all(w[:1].isupper() for w in words_) \
                or all(w in given for w in words_):
            continue
        if words_[-1] not in _countries():
            owners.setdefault(words_[-1], []).append(name)
        if words_[0] not in places and words_[0] not in _countries():
            owners.setdefault(words_[0], []).append(name)
    owners = {form: found[0] for form, found in owners.items() if len(every[form]) == 1}
    if not owners:
        return []
    texts = tokens_of(doc).texts
    # (nor a city the text names as a city, `kota Jakarta`, or inside a longer place, `Jakarta Timur`: its bare
    # name is the city as well, Persija Jakarta ... kedekatan emosional dengan Jakarta)
    cities = {texts[k + 1] for k in range(len(texts) - 1) if texts[k].lower() == "kota"} \
        | {texts[e.start] for e in ents_of(doc) if e.label_ in {"LOC", "GPE"} and len(e) > 1}
    owners = {form: name for form, name in owners.items() if form not in cities}
    if not owners:
        return []
    common = _common_or_calendar_words()
    placed = {e.start for e in ents_of(doc) if e.label_ in {"LOC", "GPE"} and len(e) == 1}

    def alone(k: int) -> bool:
        words_ = owners[texts[k]].split()
        at = words_.index(texts[k])
        before = texts[k - 1] if k > 0 else ""
        after = texts[k + 1] if k + 1 < len(texts) else ""
        # (nor inside another name: Maung Bandung, a nickname; Porto Alegre)
        named_before = before[:1].isupper() and not (doc[k - 1].is_sent_start and before.lower() in common) \
            or before.isdigit()  # (1860 Muenchen)
        named_after = after[:1].isupper() and after.isalpha() and not doc[k + 1].is_sent_start
        dateline = doc[k].is_sent_start and after in {",", "("}  # (Jakarta, CNN Indonesia --)
        return before.lower() not in LOCATIVE_BEFORE and not _credited(doc, k) and not named_before and not dateline \
            and not named_after and (at == 0 or before != words_[at - 1]) and (at == len(words_) - 1 or after != words_[at + 1])

    # (a word outside every mention that a person's name may hold, or that ends a name opened by a given name,
    # is a person's short name: Messi of Lionel Messi, a person the mention layer took for an organisation)
    found = [k for k, w in enumerate(texts) if w in owners and (
        k in placed or k not in covered and w.isalpha() and len(w) >= 3 and w.lower() not in common
        and not doc[k].is_sent_start and w not in given and owners[w].split()[0] not in given) and alone(k)]
    if not found:
        return []
    if not sports_report(doc):
        return []
    return [(doc[k:k + 1], owners[texts[k]]) for k in found]


def _site_owners(doc: Doc, ents: list[Span]) -> dict[str, Span]:
    """An outlet's name written right before its website in brackets (``kepada kumparan
    (kumparan.com)``, ``Warta Contoh (WartaContoh.com)``): the words before the bracket that, joined and
    case aside, are the website's name without its domain, by name; the mention layer may have left them
    untagged (an outlet written in lower case)."""
    found: dict[str, Span] = {}
    for ent in ents:
        if not WEBSITE_END.search(text_of_span(ent)) or ent.start < 2 or doc[ent.start - 1].text != "(" \
                or ent.end >= len(doc) or doc[ent.end].text != ")":
            continue
        stem = "".join(c for c in WEBSITE_END.sub("", text_of_span(ent)).lower() if c.isalnum())
        for size in (1, 2, 3):
            if ent.start - 1 - size < 0:
                break
            span = doc[ent.start - 1 - size:ent.start - 1]
            if "".join(c for c in text_of_span(span).lower() if c.isalnum()) == stem:
                found.setdefault(_flat(text_of_span(span)), span)
                break
    return found


def _bare_heads(doc: Doc, covered: set, fulls: Iterable[str], first_named: dict) -> dict[str, str]:
    """The short heads (``org_head_short.tsv``: ``Polda``, ``Pemkot``, ``Kodam``) that open exactly one
    name of the document, by that name: written alone after the name (``Polda Metro Jaya melarang ...
    Polda mengimbau``), the head is the organisation's short form (records-v1: the other forms used)."""
    heads = {short for short, _ in _head_long()}
    by_head: dict[str, set] = {}
    for full in fulls:
        first = full.split()[0]
        for short, long in _head_long():
            if full.startswith(long + " "):
                first = short
                break
        if first in heads and len(full.split()) >= 2:
            by_head.setdefault(first, set()).add(full)
    return {head: next(iter(found)) for head, found in by_head.items() if len(found) == 1}


def _untagged_compounds(doc: Doc, org_covered: set, fulls: _CompoundNames, known: set) -> list[tuple[Span, str]]:
    """Short forms of two to four words that the mention layer left untagged (a headline's ``RSUD X
    Kekurangan Dokter``, ``Bulog Sulselbar Serap ...``): capitalised words outside every ORG mention,
    the first an acronym or syllable form, that abbreviate exactly one name of the document word by word
    (:func:`compound_abbreviates`; the longest such run from each word). Returns (span, name)."""
    if not fulls:
        return []
    common = _common_or_calendar_words()
    texts, offsets = tokens_of(doc).texts, tokens_of(doc).starts
    raw = text_of(doc)
    found = []
    i = 0
    while i < len(doc):
        w = texts[i]
        if i in org_covered or not w[:1].isupper() or not w.isalnum() or w.lower() in common or w in known \
                or w in _title_words():  # (Dirjen Imigrasi: the Director General, a person)
            i += 1
            continue
        run = i
        while run < len(doc) and run - i < 4 and run not in org_covered \
                and (texts[run][:1].isupper() or texts[run][:1].isdigit()) and texts[run].isalnum():
            run += 1
        hit = None
        if _credited(doc, i):
            run = i
        for end in range(run, i + 1, -1):
            spelt = fulls.of(raw[offsets[i]:offsets[end - 1] + len(texts[end - 1])])  # (the span's text)
            if len(spelt) == 1:
                hit = (doc[i:end], spelt.pop())
                break
        if hit is not None:
            found.append(hit)
            i = hit[0].end
        else:
            i += 1
    return found


def _untagged_short_forms(doc: Doc, covered: set, starts: dict, fulls: _SpeltNames, known: set,
                          places: frozenset, first_named: Optional[dict] = None) -> list[tuple[Span, str]]:
    """Short forms the mention layer left untagged, written on their own (``Dinkes akan menggelar``, a
    quote's ``Disnakertrans Sumbar akan membuka``): a capitalised word outside every entity and
    brackets, no common word (``common_words.txt``), place or known form, alone or with the place after
    it, that spells exactly one name of the document (:func:`abbreviates`), or exactly one of the names
    the text gave before it (``first_named``: name -> offset of its first mention; a short form refers
    back to a name the reader knows). Returns (span, name)."""
    if not fulls:
        return []
    common = _common_or_calendar_words()
    texts = tokens_of(doc).texts
    found = []
    twice = None  # (the words outside entities, counted when a two-letter form needs them)
    for i, w in enumerate(texts):
        if i in covered or not w.isalnum() or not w[0].isupper() or w in known or w in places \
                or w in _province_short() or _credited(doc, i):
            continue
        if w.isupper():
            # an acronym: the initials of the name's words, three at least (KK, KA name cards and
            # trains as often as Kementerian Keuangan or Kereta Api Indonesia)
            if len(w) >= 3 and len(fulls.initialism_of(w)) == 1:
                found.append((doc[i:i + 1], fulls.initialism_of(w).pop()))
            elif len(w) == 2:
                # two capitals written twice or more, the initials of one two-word name in title case
                # that opens with no head (MU of Manchester United, EV of East Ventures; not KK of
                # Kementerian Keuangan, nor PT of PT Sinar)
                if twice is None:
                    twice = Counter(t for j, t in enumerate(texts) if j not in covered)
                names = {f for f in fulls.initialism_of(w) if len(f.split()) == 2 and f.split()[0] not in _head_words()
                         and all(x[:1].isupper() and not x.isupper() for x in f.split())}
                if twice[w] >= 2 and len(names) == 1:
                    found.append((doc[i:i + 1], names.pop()))
            continue
        if len(w) < 5 or doc[i].is_sent_start or w.lower() in common or w in _title_words():
            continue  # (a syllable short form: Dinkes, Labkesda, Sekda; not Ketua, Dia, Raya)
        spans = []
        after = starts.get(i + 1)
        if after is not None and after.label_ in {"LOC", "GPE"}:
            spans.append(doc[i:after.end])
        elif i + 1 < len(doc) and texts[i + 1] in _province_short():
            spans.append(doc[i:i + 2])
        spans.append(doc[i:i + 1])
        for span in spans:
            # (a word of the name is a cut of it, no short form: Xbox of Xbox One X, Otrip of OK Otrip)
            spelt = {full for full in fulls.spelt_by(text_of_span(span)) if w.lower() not in full.lower().split()}
            if len(spelt) > 1 and first_named:
                spelt = {full for full in spelt if first_named.get(full, span.start_char) < span.start_char}
            if len(spelt) == 1:
                found.append((span, spelt.pop()))
                break
    return found


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The first words of titles of office (``Ketua``, ``Kepala``): no short form of a name."""
    return frozenset(line.split()[0] for line in ordered("titles.txt") if line.split())


@lru_cache(maxsize=1)
def _common_or_calendar_words() -> frozenset[str]:
    """``common_words.txt`` and :func:`_calendar_words`, joined once (not per document)."""
    return words("common_words.txt") | _calendar_words()


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names in lower case (``April`` spells no Asosiasi Pengusaha Ritel Indonesia)."""
    return frozenset(row["form"].lower() for name in ("months.tsv", "weekdays.tsv") for row in table(name))


def _add(ordered_set: dict, item: str) -> None:
    ordered_set.setdefault(item, None)


@Language.factory("organizations", assigns=["doc._.organizations", "doc.spans"], requires=["doc.ents"])
def make_organizations(nlp: Language, name: str):
    return OrganizationExtractor()


class OrganizationExtractor:
    """Stores :func:`organizations` in ``doc._.organizations``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.organizations = list(organizations(doc))
        return doc


def _subsequence(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` stand in ``long`` in the same order (others between them)."""
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def _fewer_words(names: list[str], alias_of: dict, canonical, places: set, known) -> None:
    """A name written with words of one longer name of the document left out, its first word kept
    (``Crestar Group`` of ``Crestar Education Group``, ``Kedutaan Besar Belanda`` of ``Kedutaan Besar
    Kerajaan Belanda``, ``Perum Bulog Gorontalo`` of ``Perum Bulog Kanwil Gorontalo``): its short form.
    Not a national body's name written on its own before its regional office's (the words left out an office or
    end in a place: ``Otoritas Jasa Keuangan`` and ``Otoritas Jasa Keuangan Provinsi Jawa Timur``, ``Perum X`` and
    ``Perum X Kantor Wilayah Y`` are two, as the README's national body / regional office lines read), nor a name the
    lexicon knows, nor when a word left out is a name of its own (an acronym: ``Fraksi PKS DPRD X``)."""
    folded = {n: _flat(n).casefold().split() for n in names}
    for name in sorted(names, key=lambda n: -len(n)):
        if name in alias_of or name in known or name in _known_names() or name in places:
            continue
        s = folded[name]
        if len(s) < 2:
            continue  # (a one-word name opens or closes its longer name: one_word_forms)
        longer = set()
        for other in names:
            o = folded[other]
            if len(o) <= len(s) or o[0] != s[0] or not _subsequence(s, o):
                continue
            if any(_looks_like_acronym(w) for w in other.split() if w.casefold() not in s):
                continue  # (a name left out is a body of its own: Fraksi DPRD X is no Fraksi PKS DPRD X)
            if o[:len(s)] == s:
                rest = other.split()[len(s):]
                if rest[0] in OFFICE_WORDS or any(" ".join(rest[k:]) in places or _place_part(" ".join(rest[k:])) in places
                                                  for k in range(len(rest))):
                    continue  # (a regional office: Perum X and Perum X Kantor Wilayah Jawa Barat are two)
            longer.add(canonical(other))
        if len(longer) == 1:
            alias_of[name] = longer.pop()


CAPITAL_WORD = re.compile(r"[A-Z][A-Z.&'-]*")


def _capital_headline_forms(doc: Doc, names: list[str]) -> list[tuple[Span, str]]:
    """A short form of an organisation written in a headline set in capitals (``PEMKAB LEBAK DAN ...``,
    ``... KEDUBES SELANDIA BARU LUNCURKAN ...``), which the mention layer leaves untagged: the longest runs
    of two words or more of the headline that, in title case (words of four letters or fewer also as
    written, an acronym), abbreviate one organisation name of the document word by word
    (:func:`compound_abbreviates`) or meet it under its opening words' short form (``Pemkab`` =
    ``Pemerintah Kabupaten``), other than that name itself. Returns (span, name)."""
    raw = text_of(doc)
    start = len(raw) - len(raw.lstrip())
    end = raw.find("\n", start)
    end = len(raw) if end < 0 else end
    line = raw[start:end]
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 15 or any(c.islower() for c in letters):
        return []
    words_ = [m for m in re.finditer(r"\S+", line)]
    fulls = list(dict.fromkeys(names))
    found: list[tuple[Span, str]] = []
    taken: set[int] = set()
    for n in range(6, 1, -1):
        for i in range(len(words_) - n + 1):
            run = words_[i:i + n]
            if any(k in taken for k in range(i, i + n)) or not all(CAPITAL_WORD.fullmatch(w.group()) for w in run):
                continue
            texts = [w.group() for w in run]
            variants = {" ".join(t.capitalize() for t in texts),
                        " ".join(t if len(t) <= 4 else t.capitalize() for t in texts)}
            matched = {full for full in fulls for v in variants
                       if _folded(v) != _folded(full) and (compound_abbreviates(v, full) or _name_keys(v) & _name_keys(full))}
            if len(matched) != 1:
                continue
            span = doc.char_span(start + run[0].start(), start + run[-1].end())
            if span is None:
                continue
            taken.update(range(i, i + n))
            found.append((span, matched.pop()))
    return found


def _capitalised_before(doc: Doc, bracket: int, long: str) -> bool:
    """Whether the capitalised run before ``bracket`` goes on before ``long`` (its last words): the short form
    spells only the end of a longer name (KontraS of Korban Tindak Kekerasan in Komisi untuk Orang Hilang dan
    Korban Tindak Kekerasan)."""
    k = bracket - len(long.split()) - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k >= 0 and (doc[k].text[:1].isupper() or doc[k].text.lower() in JOINING)
