"""The entity table, people and quotes do work linear in the document's length.

No timing: the test counts the Python lines executed (``sys.settrace``) and the characters
that module-level ``re`` calls are given to scan, on a document and on one ten times longer
(distinct invented people in every block), and asserts that neither grows more than 12x.
A second document names a new person in every block with a title written alone after them (a
long text joins many articles): each name, title and speaker is looked up, not compared with
every person of the table.
"""
import re
import sys
from types import SimpleNamespace

import pytest
from spacy.tokens import Span

from pipeline.extract import entity_table, organizations, people, quotes
from tests.conftest import ROOT, count_lines, invented_word

GIVEN = ["Bayu", "Rudi", "Sinta", "Andi", "Wulan", "Fajar", "Dewi", "Galih", "Intan", "Yoga"]
FAMILY = ["Pranoto", "Halimun", "Sasmita", "Wiradana", "Kusnadi", "Tirtayasa", "Suganda", "Rahardi",
          "Permadi", "Wibisana"]
TITLES = ["Kepala Dinas Perhubungan Kota Serang", "Ketua Komisi III DPRD Jawa Tengah", "Direktur Utama PT Sarana Tirta",
          "Bupati Majalengka", "Wakil Ketua DPRD Riau"]


def _block(k: int) -> str:
    given, family = GIVEN[k % 10], FAMILY[(k // 10) % 10]
    middle = GIVEN[(k // 10 + 3) % 10]
    title = TITLES[k % len(TITLES)]
    return (f"{title} {given} {middle} {family} meninjau lokasi pada Senin.\n"
            f"\"Kami akan memastikan semua pekerjaan berjalan baik,\" kata {given}.\n"
            f"{family} menambahkan bahwa pihaknya akan terus berkoordinasi dengan pemerintah daerah.\n"
            f"Menurutnya, hasil kerja itu sudah terlihat di lapangan sejak bulan lalu.\n"
            f"Ia mengatakan, \"Warga diminta tetap berhati-hati saat melintas di jalan itu.\"\n")


def _document(blocks: int) -> str:
    return "".join(_block(k) for k in range(blocks))


class _CountingRe(SimpleNamespace):
    """The ``re`` module, counting the characters its module-level scans are given."""

    def __init__(self):
        super().__init__(**{name: getattr(re, name) for name in dir(re) if not name.startswith("__")})
        self.scanned = 0
        for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            setattr(self, name, self._counting(getattr(re, name)))

    def _counting(self, fn):
        def call(pattern, string, *args, **kwargs):
            self.scanned += len(string)
            return fn(pattern, string, *args, **kwargs)
        return call


MODULES = (entity_table, people, quotes)  # (organizations uses no module-level re)


def _work(nlp, text: str, monkeypatch) -> tuple[int, int]:
    doc = nlp(text)
    counting = _CountingRe()
    for module in MODULES:
        monkeypatch.setattr(module, "re", counting)
    lines = 0

    def trace(frame, event, arg):
        nonlocal lines
        if event == "line":
            lines += 1
        return trace

    sys.settrace(trace)
    try:
        doc._.entities = entity_table.build(doc)
        list(people.people(doc))
        list(organizations.organizations(doc))
        list(quotes.quotes(doc))
    finally:
        sys.settrace(None)
        monkeypatch.undo()
    return lines, counting.scanned


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline()


def test_work_grows_linearly(nlp, monkeypatch):
    _work(nlp, _document(2), monkeypatch)  # lexicons and caches built once, outside the count
    small_lines, small_scanned = _work(nlp, _document(6), monkeypatch)
    large_lines, large_scanned = _work(nlp, _document(60), monkeypatch)
    assert small_lines > 1000  # the document gives the components work to do
    assert large_lines <= 12 * small_lines, (small_lines, large_lines)
    assert large_scanned <= 12 * max(small_scanned, 1), (small_scanned, large_scanned)


def test_the_document_has_people_and_quotes(nlp):
    doc = nlp(_document(3))
    table = entity_table.build(doc)
    assert len(table.people()) >= 3
    assert len(list(quotes.quotes(doc))) >= 6


def _new_person(k: int) -> str:
    given, family = invented_word(2 * k), invented_word(2 * k + 1)
    title = TITLES[k % len(TITLES)]
    return (f"{title} {given} {family} meninjau lokasi pada Senin.\n"
            f"\"Kami akan memastikan semua pekerjaan berjalan baik,\" kata {given} {family}.\n"
            f"{title.split()[0]} menambahkan bahwa pihaknya akan terus berkoordinasi.\n")


def _table_and_quotes_work(nlp, blocks: int) -> tuple[int, int]:
    """Lines run by the entity table's build and by the quotes."""
    doc = nlp("".join(_new_person(k) for k in range(blocks)))
    doc._.entities = entity_table.build(doc)
    return count_lines(entity_table.build, doc), count_lines(lambda: list(quotes.quotes(doc)))


def test_many_people_grow_linearly(nlp):
    """Every name against every other (spelt-out forms), every title against every role holder and
    every speaker against every person was quadratic."""
    _table_and_quotes_work(nlp, 2)
    small = _table_and_quotes_work(nlp, 10)
    large = _table_and_quotes_work(nlp, 100)
    assert min(small) > 1000
    assert all(b <= 12 * a for a, b in zip(small, large, strict=True)), (small, large)


def test_the_many_people_are_found(nlp):
    doc = nlp("".join(_new_person(k) for k in range(12)))
    doc._.entities = entity_table.build(doc)
    assert len(doc._.entities.people()) == 12
    assert sum(m.kind == "title" for p in doc._.entities.people() for m in p.mentions) >= 3
    assert sum(q.speaker is not None for q in quotes.quotes(doc)) >= 12


def test_the_entity_count_is_read_once_per_table(nlp, monkeypatch):
    """The per-document caches of people.py check the entity count (a pass over the tokens) once
    per table build, not at each look-up."""
    doc = nlp("".join(_new_person(k) for k in range(12)))
    reads = []
    count = people._entity_count
    monkeypatch.setattr(people, "_entity_count", lambda d: reads.append(1) or count(d))
    entity_table.build(doc)
    assert len(reads) == 1
    assert people.ENTS_FIXED not in doc.user_data  # nothing left behind in the Doc


def test_the_entities_are_read_once_while_they_are_fixed(nlp):
    """spaCy builds a Span for every entity at each read of ``doc.ents``: inside ``entities_fixed`` (the
    entity table's build, the quotes) ``ents_of`` gives the tuple read once, outside it reads them now."""
    from pipeline.extensions import ENTS_HELD, ents_of

    doc = nlp(_document(2))
    assert ents_of(doc) == doc.ents and ents_of(doc) is not ents_of(doc)
    with people.entities_fixed(doc):
        held = ents_of(doc)
        assert held == doc.ents and ents_of(doc) is held
        with people.entities_fixed(doc):  # (a stretch inside another keeps what the outer one read)
            assert ents_of(doc) is held
        assert ents_of(doc) is held
    assert ENTS_HELD not in doc.user_data and people.ENTS_FIXED not in doc.user_data
    doc = nlp(_document(2))
    assert ENTS_HELD not in doc.user_data  # (the pipeline's components leave nothing behind)


def _doc_text_reads(source: str) -> list[int]:
    """Lines of ``source`` that read ``<something>doc.text`` (code only: strings and comments aside)."""
    import io
    import tokenize

    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type in (tokenize.NAME, tokenize.OP)]
    return [c.start[0] for a, b, c in zip(toks, toks[1:], toks[2:], strict=False)
            if a.type == tokenize.NAME and a.string.endswith("doc") and b.string == "." and c.string == "text"]


ONCE_PER_DOCUMENT = {"stanza_bridge.py"}  # (hands the text to stanza once per document)


@pytest.mark.parametrize("path", sorted(p for p in (ROOT / "pipeline" / "extract").glob("*.py")
                                        if p.name not in ONCE_PER_DOCUMENT), ids=lambda p: p.name)
def test_extractors_read_the_text_through_text_of(path):
    """spaCy's ``Doc.text`` joins every token's text again at each access: read in a loop over
    mentions it made ``organizations.group`` quadratic (1M / 100k characters 70x); the extractors
    read the text once per Doc through ``extensions.text_of``."""
    assert _doc_text_reads(path.read_text(encoding="utf-8")) == []


def test_doc_text_reads_are_found():
    assert _doc_text_reads("x = span.doc.text\ny = doc.text[1:]\n") == [1, 2]
    assert _doc_text_reads("'''doc.text'''\n# doc.text\nz = text_of(doc)\nw = doc.texts\n") == []


def _new_organisation(k: int) -> str:
    """A block naming a new three-word organisation and writing capitalised words outside it (a long
    text joining many releases: each untagged run is a short-form candidate)."""
    a, b, c = invented_word(3 * k), invented_word(3 * k + 1), invented_word(3 * k + 2)
    return (f"Yayasan {a} {b} {c} menggelar pelatihan pada Senin.\n"
            f"Peserta dari {b} {c} Raya datang bersama {a} Muda.\n")


def _compound_tries(nlp, blocks: int, monkeypatch) -> int:
    """How often the organisations' grouping tries a short form against a long name word by word."""
    doc = nlp("".join(_new_organisation(k) for k in range(blocks)))
    tries = []
    compound = organizations.compound_abbreviates
    monkeypatch.setattr(organizations, "compound_abbreviates", lambda short, long: tries.append(1) or compound(short, long))
    try:
        entity_table.build(doc)
    finally:
        monkeypatch.undo()
    return len(tries)


def test_short_form_matching_grows_linearly(nlp, monkeypatch):
    """Every capitalised run against every long name of the document was quadratic (a 1M-character
    text cost 27x a 100k one): names are indexed by initial and tried only when the run's letters
    come in their order, and each distinct run is tried once."""
    small = _compound_tries(nlp, 10, monkeypatch)
    large = _compound_tries(nlp, 100, monkeypatch)
    assert large <= 12 * max(small, 1), (small, large)


def test_the_many_organisations_are_found(nlp):
    doc = nlp("".join(_new_organisation(k) for k in range(12)))
    assert len([e for e in doc.ents if e.label_ == "ORG" and e.text.startswith("Yayasan")]) == 12


def _release(k: int) -> str:
    """A block of a long text joining many releases: a new police chief named with a fused title, a manager
    written before them, an organisation with its initials in brackets, a health office's short form and a
    title written alone as a speaker (every name, title and short form new, its letters spread)."""
    a, b, c, d, e = (invented_word((5 * k + i) * 7919 % 1728) for i in range(5))
    c += "jaya"  # (a place)
    return (f"Kapolres {c} AKBP {a} {b} meninjau Polres {c} pada Senin.\n"
            f"\"Kami siap mengamankan {c},\" kata Kapolres.\n"
            f"Manajer {a} {b}, {d} {e}, mengatakan jadwal itu berubah.\n"
            f"Ketua Yayasan {d} {e} Sejahtera ({invented_word(k).upper()}) hadir.\n"
            f"Kepala Dinas Kesehatan {c}, {e} {a}, mengatakan Dinkes {c} siap.\n"
            f"\"Vaksin cukup,\" ujar Dinkes.\n")


def _release_work(nlp, blocks: int) -> tuple[int, int]:
    """Lines run by the entity table (organisations and people with their roles) and by the quotes."""
    from pipeline.nlp import make_doc

    doc = make_doc(nlp, "".join(_release(k) for k in range(blocks)), doc_id="long", published="2025-05-26")
    for name, pipe in nlp.pipeline:
        if name == "entity_table":
            break
        doc = pipe(doc)
    doc._.entities = entity_table.build(doc)
    doc._.people = list(people.people(doc))
    return count_lines(entity_table.build, doc), count_lines(lambda: list(quotes.quotes(doc)))


def test_releases_joined_grow_linearly(rules_pipeline):
    """A served title against every earlier person, a fused title's unit against every organisation name, a
    bare title against every role, a single name against every full name (syllable nickname, word opening), a
    short form against every organisation, initials against the text by an alternation of all of them: each
    quadratic in a long text joining many releases (a 1M-character text cost 13x a 100k one)."""
    nlp = rules_pipeline("dates")
    _release_work(nlp, 2)
    small, large = _release_work(nlp, 10), _release_work(nlp, 100)
    assert min(small) > 1000
    assert all(b <= 12 * a for a, b in zip(small, large, strict=True)), (small, large)


def test_the_releases_give_organisations_roles_and_quotes(rules_pipeline):
    doc = rules_pipeline("dates")("".join(_release(k) for k in range(3)))
    doc._.entities = entity_table.build(doc)
    founded = [o for o in doc._.entities.organizations() if o.name.startswith("Yayasan ") and o.aliases]
    assert len(founded) == 3  # (each with the capitals in brackets after it)
    assert sum(r.title == "Manajer" for p in doc._.entities.people() for r in p.roles) == 3
    assert len(list(quotes.quotes(doc))) == 6


WRITTEN_AFTER = re.compile(r"(?<![\w'’-])NAME(?![\w'’-])(?:[ \t]+([A-Z][\w'’-]*))?")


@pytest.mark.parametrize("name, text", [
    ("Budi", "Budi Santoso datang. Kata Budi, ia senang."),
    ("Budi", "Budi Budi Santoso"),  # (the second Budi is the word after the first: no match of its own)
    ("Budi", "Abudi dan Budi-Budi serta Budi'an lalu Budi."),  # inside a longer word: no match
    ("Budi", "Budi\tRaharjo dan Budi  Hartono, Budi"),
    ("Sri Ayu", "Sri Ayu Lestari, Sri  Ayu, Sri\tAyu Dewi dan Sri Ayunda"),
    ("Rina", "tidak ada nama di sini"),
    ("O'Neil", "O'Neil Harper dan O’Neil"),
])
def test_a_name_written_before_a_word_is_found_as_the_text_scan_finds_it(name, text):
    """The names of the text are found from the starts of its words (indexed once per text), with the
    matches a scan of the whole text with the pattern gives (left to right, none overlapping)."""
    names = quotes._TablePeople(quotes.EntityTable())
    pattern = re.compile(WRITTEN_AFTER.pattern.replace("NAME", re.escape(name)))
    expected = [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]
    assert [(m.start(), m.end(), m.group(1)) for m in names._written_at(name, text)] == expected


def test_the_names_written_after_read_the_text_once(monkeypatch):
    """Each short speaker name no person of the table bears was looked for by a scan of the whole text
    (quadratic in a long text naming many people): the text's words are indexed once, and a name tries
    only where its first word is written."""
    names = quotes._TablePeople(quotes.EntityTable())
    text = "".join(f"Menurut {invented_word(k)}, jalan itu rusak. " for k in range(300))
    scans, tries = [], []
    word_run = quotes._WORD_RUN
    monkeypatch.setattr(quotes, "_WORD_RUN", SimpleNamespace(finditer=lambda t: scans.append(t) or word_run.finditer(t)))
    compile_ = re.compile

    def counting_compile(pattern, *args):
        compiled = compile_(pattern, *args)
        return SimpleNamespace(match=lambda t, at: tries.append(at) or compiled.match(t, at))

    counting = _CountingRe()  # (the quotes module's re, with compile counting the positions tried)
    counting.compile = counting_compile
    monkeypatch.setattr(quotes, "re", counting)
    for k in range(300):
        assert names.written_after(invented_word(k), text) is None
    monkeypatch.undo()
    assert len(scans) == 1 and len(tries) == 300


def test_the_person_rules_read_the_roles_once(nlp, monkeypatch):
    """A comma before a word in small letters asked the document's roles again, and each answer is a copy
    of them: quadratic in a long text. They are read once."""
    from pipeline.extract import entities

    doc = nlp("".join(f"{invented_word(k)} {invented_word(k + 600)}, pedagang sayur, hadir. Ia datang, lalu pulang. "
                      for k in range(40)))
    calls = []
    roles = entities.role_matches
    monkeypatch.setattr(entities, "role_matches", lambda d, kb: calls.append(1) or roles(d, kb))
    list(entities.person_spans(doc, entities.knowledge(nlp)))
    assert len(calls) == 1


def _short_form_again(k: int) -> str:
    """A block naming one office in full and then by its short form alone (the same two forms in every block)."""
    return ("Kepala Dinas Kesehatan Kabupaten Sukamaju, Rina Wulandari, meninjau puskesmas.\n"
            "\"Stok vaksin cukup,\" ujar Dinkes pada Senin.\n")


@pytest.mark.parametrize("blocks", [5, 50])
def test_a_short_form_written_again_is_tried_once(nlp, monkeypatch, blocks):
    """Each untagged word that may be a short form was tried against the names of its initial at every
    writing (a text that writes its short forms many times did work its length times the names): the
    answer is kept per form for the document."""
    tries = []
    holding = organizations.LetterIndex.holding
    monkeypatch.setattr(organizations.LetterIndex, "holding",
                        lambda self, key, letters: tries.append(1) or holding(self, key, letters))
    table = entity_table.build(nlp("".join(_short_form_again(k) for k in range(blocks))))
    monkeypatch.undo()
    office = table.named("Dinas Kesehatan Kabupaten Sukamaju", "ORG")
    assert office is not None and "Dinkes" in office.aliases
    assert len(tries) <= 8, len(tries)  # (without the memo: 14 tries for 5 blocks, 104 for 50)


def _member_list_work(nlp, names: int) -> int:
    """Lines run by the entity table's build on one sentence listing ``names`` members of a set."""
    doc = nlp("Sejumlah pebalap hadir di sirkuit, termasuk " + "Bayu Pranoto, " * names + "dan Rudi Halimun.")
    doc.ents = [Span(doc, t.i, t.i + 2, label="PER") for t in doc if t.text in {"Bayu", "Rudi"}]
    return count_lines(entity_table.build, doc)


def test_a_long_member_list_grows_linearly(nlp):
    """Each member of ``sejumlah OCCUPATION, termasuk A, B, ... dan Z`` walked back over the whole list
    before it (quadratic in the list's length)."""
    _member_list_work(nlp, 3)
    small, large = _member_list_work(nlp, 30), _member_list_work(nlp, 300)
    assert small > 1000
    assert large <= 12 * small, (small, large)


def _marked(nlp, text: str, marks: list[tuple[str, str]]):
    """``nlp(text)`` with its entities replaced by every occurrence of each (words, label) of ``marks``."""
    doc = nlp(text)
    spans = []
    for words_, label in marks:
        for m in re.finditer(re.escape(words_), text):
            span = doc.char_span(m.start(), m.end(), label=label)
            if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def _clubs(nlp, blocks: int):
    """A long text joining match reports: a club named in three words and by its two first words with the
    last one clipped, and a one-word club clipped (every name new, all of one head)."""
    text, marks = "", []
    for k in range(blocks):
        a, b, c = invented_word(3 * k), invented_word(3 * k + 1) + "wich", invented_word(3 * k + 2) + "tinus"
        text += f"Klub {a} {b} Albion menang. Klub {a} {b[:-4]} dan {c} bermain, lalu {c[:-4]} pulang.\n"
        marks += [(f"Klub {a} {b} Albion", "ORG"), (f"Klub {a} {b[:-4]}", "ORG"), (c, "ORG"), (c[:-4], "ORG")]
    return _marked(nlp, text, marks)


def test_clipped_club_names_are_tried_against_their_openings_only(nlp, monkeypatch):
    """A name with its last word clipped (West Brom of West Bromwich Albion, Juve of Juventus) was tried against
    every name of the document (quadratic in a long text): only the names it opens are tried."""
    tries = []
    for name in ("_clipped_words", "_clipped_from"):
        fn = getattr(organizations, name)
        monkeypatch.setattr(organizations, name, lambda a, b, fn=fn: tries.append(1) or fn(a, b))

    def count(blocks: int) -> int:
        tries.clear()
        organizations.group(_clubs(nlp, blocks))
        return len(tries)

    small, large = count(10), count(100)
    assert small > 0 and large <= 12 * small, (small, large)


def test_clipped_club_names_join_their_clubs(nlp):
    groups = {o.name: o for o in organizations.group(_clubs(nlp, 3))}
    for k in range(3):
        a, b, c = invented_word(3 * k), invented_word(3 * k + 1) + "wich", invented_word(3 * k + 2) + "tinus"
        assert f"Klub {a} {b[:-4]}" in groups[f"Klub {a} {b} Albion"].aliases
        assert c[:-4] in groups[c].aliases


def _apps(nlp, blocks: int):
    """A long text joining product news: an app named after its noun (``aplikasi X Y``) and companies (the model's
    organisations) written elsewhere, every name new."""
    text, marks = "", []
    for k in range(blocks):
        a, b, c, d = (invented_word(4 * k + i) for i in range(4))
        text += f"Warga memakai aplikasi {a} {b} setiap hari. Saham PT {c} {d} naik, dan {a} {b} kini gratis.\n"
        marks += [(f"{a} {b}", "ORG"), (f"PT {c} {d}", "ORG")]
    return _marked(nlp, text, marks)


def test_names_after_an_instance_noun_are_looked_up(nlp):
    """Each organisation of two words or more was compared with the words after every ``aplikasi``, ``program``...
    of the document (quadratic in a long text): it is compared only where the word after the noun opens it."""
    from pipeline.extract import entities

    kb = entities.knowledge(nlp)
    small, large = (count_lines(entities.type_org_candidates, _apps(nlp, n), kb) for n in (10, 100))
    assert large <= 12 * small, (small, large)
    doc = _apps(nlp, 3)
    kept = {e.text for e in entities.type_org_candidates(doc, kb)}
    assert kept == {f"PT {invented_word(4 * k + 2)} {invented_word(4 * k + 3)}" for k in range(3)}


def _speakers(nlp, blocks: int):
    """A long text of many people each quoted once (a person the text vouches for) and named again by the
    family name."""
    text, marks = "", []
    for k in range(blocks):
        a, b = invented_word(2 * k), invented_word(2 * k + 1)
        text += f"\"Kami siap,\" kata {a} {b}. Menurut {b}, jalan itu rusak.\n"
        marks += [(f"{a} {b}", "PER"), (b, "PER")]
    return _marked(nlp, text, marks)


def test_person_types_vouch_for_people_by_lookup(nlp, monkeypatch):
    """Each person mention was checked against the words of every sure person of the document (quadratic): the
    words are gathered once."""
    from pipeline.extract import person_types

    retype = person_types.make_person_types(nlp, "person_types")
    lines = []
    vouched = person_types._vouched

    def counted(*args):
        out = []
        lines.append(count_lines(lambda: out.append(vouched(*args))))
        return out[0]

    monkeypatch.setattr(person_types, "_vouched", counted)

    def count(blocks: int) -> int:
        lines.clear()
        retype(_speakers(nlp, blocks))
        return sum(lines)

    small, large = count(10), count(100)
    monkeypatch.undo()
    assert small > 0 and large <= 12 * small, (small, large)
    assert sum(e.label_ == "PER" for e in retype(_speakers(nlp, 3)).ents) == 6  # (every one stays a person)


@pytest.mark.parametrize("aged, speaker, touched", [
    (["Rina"], "Rina", True),
    (["Rina Wati"], "Rina", True),  # the speaker's words held by an aged name
    (["Rina"], "Rina Wati", True),  # an aged name held by the speaker's words
    (["Rina Wati"], "Wati Rina", True),
    (["Budi Santoso", "Andi Saputra Jaya Kusuma"], "Kepala Dinas Andi Saputra Jaya Kusuma", True),
    (["Budi Santoso", "Andi Saputra Jaya Kusuma"], "Jaya Kusuma", True),
    # negative: words shared, neither set holding the other; no aged name
    (["Rina Wati"], "Rina Dewi", False),
    (["Budi Santoso", "Andi Saputra Jaya Kusuma"], "Saputra Budi", False),
    ([], "Rina", False),
])
def test_an_aged_name_is_looked_up_as_every_one_was_compared(aged, speaker, touched):
    names, words = [frozenset(name.split()) for name in aged], frozenset(speaker.split())
    assert quotes.AgedNames(names).touch(words) is touched
    assert touched == any(name <= words or words <= name for name in names)


def _aged_work(blocks: int) -> int:
    """Lines run telling apart the speakers of a long text joining many reports, each naming a new private
    person with an age in brackets and a new official."""
    text = "".join(f"{invented_word(3 * k)} {invented_word(3 * k + 1)} (42), warga setempat, mengeluh.\n"
                   f"Kepala Dinas {invented_word(3 * k + 2)} menjawabnya.\n" for k in range(blocks))
    speakers = [frozenset({invented_word(k)}) for k in range(3 * blocks)]

    def tell_apart():
        aged = quotes.AgedNames(quotes.aged_names(text))
        return [aged.touch(words) for words in speakers]

    assert sum(tell_apart()) == 2 * blocks
    return count_lines(tell_apart)


def test_aged_speakers_grow_linearly():
    """Every speaker against every aged name of the text was quadratic."""
    small, large = _aged_work(10), _aged_work(100)
    assert small > 100 and large <= 12 * small, (small, large)


@pytest.mark.parametrize("aliases, text", [
    (["AHY", "BS"], "Agus (AHY) dan BS hadir. AHYA, xAHY, AHY_2 dan BS2 tidak; AHY-BS ya, (BS) juga, AHY."),
    (["Rudi", "Rud"], "Rudi dan Rud datang, Rudiyanto tidak."),
    (["Ani"], "tidak ada di sini, ANI, ani, Aniés"),
])
def test_aliases_are_found_as_an_alternation_of_them_finds_them(aliases, text):
    """The text's short forms in brackets (single words of letters) are found word by word, with the
    matches of an alternation of them all between word boundaries."""
    names = SimpleNamespace(aliases={a: (k, k + 1) for k, a in enumerate(aliases)}, text=text)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, aliases)) + r")\b")
    expected = [(m.start(), m.end(), names.aliases[m.group()]) for m in pattern.finditer(text)]
    assert list(quotes._Names.alias_mentions(names)) == expected


def _continuation_text(blocks: int) -> tuple[str, list[str]]:
    """A long text writing one common short form with a new region after it in every block, and the
    forms a bracket continuation tries (the short form with each region, written and not)."""
    regions = [f"{invented_word(k % 1728)} {invented_word(k // 1728 + 7)}" for k in range(blocks)]
    text = "".join(f"Anggota DPRD {region} dan DPRD lain hadir dalam rapat pada hari itu. DPRD-{region}.\n"
                   for region in regions)
    return text, [f"DPRD {region}" for region in regions] + [f"DPRD {region} Baru" for region in regions]


def test_forms_of_a_common_short_form_grow_linearly():
    """Each form opening with a common short form (``DPRD Jawa Barat``) walked every occurrence of the short
    form in a long text: quadratic. It is looked for where the text writes its first two words."""
    def work(blocks: int) -> int:
        text, forms = _continuation_text(blocks)
        assert len(text) >= organizations.LONG_TEXT
        found = [organizations._uses(text, form) for form in forms]
        assert found == [True] * blocks + [False] * blocks
        return count_lines(lambda: [organizations._uses(text, form) for form in forms])

    work(250)
    small, large = work(250), work(2500)
    assert large <= 12 * small, (small, large)


@pytest.mark.parametrize("form", ["DPRD", "DPRD Raya", "DPRD-Raya", "DPRD Raya Baru", "DPRD  Raya", "Raya", "DPRD Ray"])
def test_a_form_is_found_in_a_long_text_where_a_scan_finds_it(form):
    text = ("Anggota DPRD Raya, DPRD-Raya, DPRD Raya Baru, DPRD  Raya, xDPRD Raya, DPRD Rayap dan DPRD_Raya.\n"
            * (organizations.LONG_TEXT // 90 + 1))
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    assert list(organizations._whole_at(text, form)) == [m.start() for m in pattern.finditer(text)]


@pytest.mark.parametrize("n, questions", [
    (0, [(0, 0)]),
    (5, [(0, 5), (2, 3), (3, 3), (4, 2), (0, 1)]),
    (200, [(0, 200), (63, 65), (64, 128), (127, 129), (190, 200), (150, 140)]),
    (1000, [(k, k + 7) for k in range(0, 993, 37)]),
    (1000, [(10, 12), (5, 900), (0, 1000), (130, 140), (999, 1000)]),  # (a long question: whole-document counts)
])
def test_counts_answer_as_a_scan_does(n, questions):
    """``_Counts.any(a, b)`` is ``any(test(m) for m in range(a, b))`` (every third token and a few others hold)."""
    from pipeline.extract.entities import _Counts

    def test(m):
        return m % 3 == 0 and m % 7 != 0 or m == 64

    counts = _Counts(n, test)
    for a, b in questions:
        assert counts.any(a, b) == any(test(m) for m in range(a, b)), (a, b)
    assert _Counts(n, lambda m: False).any(0, n) is False


def test_counts_test_only_the_stretches_asked_about():
    """The test runs once per token of the blocks a question reaches, not over the whole document at the first
    question (a document of 1,000,000 characters asked about a few hundred phrases of its 170,000 tokens)."""
    from pipeline.extract.entities import _Counts

    tested = []
    counts = _Counts(100_000, lambda m: tested.append(m) or m % 50 == 0)
    questions = [(k, k + 5) for k in range(1_000, 100_000, 10_000)]
    for a, b in questions * 3:  # (asked again: the blocks are kept)
        counts.any(a, b)
    assert len(tested) == len(set(tested)) <= len(questions) * 2 * _Counts.BLOCK
