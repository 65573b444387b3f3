"""The type of an organisation candidate by its head noun (``thing_heads.tsv``), and the DBpedia
organisation names (``org_gazetteer.txt``); invented sentences, with model entities given."""
import pytest

from pipeline.extract import entities
from pipeline.extract.entities import knowledge


@pytest.fixture(scope="module")
def nlp(rules_pipeline):
    return rules_pipeline()


def _with_model_ents(nlp, text, spans):
    """The rule components run on ``text`` whose doc already holds the given (model) entities."""
    doc = nlp.make_doc(text)
    ents = []
    for words_, label in spans:
        start = text.index(words_)
        ents.append(doc.char_span(start, start + len(words_), label=label))
    doc.ents = ents
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("name,kind", [
    ("Festival Musik Tepian Danau", "event"),
    ("Piala Walikota Sumberjaya", "event"),
    ("Program Rumah Layak Huni", "programme"),
    ("Kartu Warga Sejahtera", "programme"),
    ("Undang-Undang Perlindungan Nelayan", "law"),
    ("Peraturan Daerah Nomor 4", "law"),
    ("Petunjuk Teknis Penyaluran", "document"),
    ("Aplikasi Lapor Cepat", "product"),
    ("Stadion Tirta Mulia", "facility"),
    ("Bandar Udara Raja Kelana", "facility"),
    ("Sumberjaya Badminton Masters", "event"),  # English: head-final
    ("Nusantara Music Awards", "event"),
    # negative: organisation heads, names, English names with an organisation head, lower case
    ("Kementerian Pemuda", None),
    ("Persatuan Nelayan Tepian", None),
    ("Gerakan Pemuda Tepian", None),
    ("Green Harbour", None),
    ("University of Sumberjaya Open", None),
    ("festival musik", None),
    ("Nusantara Awards", "event"),
])
def test_thing_kind(nlp, name, kind):
    doc = nlp.make_doc(name)
    assert entities.thing_kind(doc[:], knowledge(nlp)) == kind


@pytest.mark.parametrize("text,model,kept,dropped", [
    # events, programmes, laws, documents named like organisations: no entity
    ("Warga menonton Festival Musik Tepian Danau di alun-alun.", [("Festival Musik Tepian Danau", "ORG")], [],
     [("Festival Musik Tepian Danau", "ORG")]),
    ("Dinas menyalurkan Program Rumah Layak Huni (PRLH) kepada warga. PRLH diberikan tiap tahun.",
     [("Program Rumah Layak Huni", "ORG"), ("PRLH", "ORG")], [],
     [("Program Rumah Layak Huni", "ORG"), ("PRLH", "ORG")]),
    ("DPR mengesahkan Undang-Undang Perlindungan Nelayan kemarin.",
     [("Undang-Undang Perlindungan Nelayan", "ORG")], [], [("Undang-Undang Perlindungan Nelayan", "ORG")]),
    ("Atlet itu menjuarai Sumberjaya Badminton Masters pekan lalu.", [("Sumberjaya Badminton Masters", "ORG")],
     [], [("Sumberjaya Badminton Masters", "ORG")]),
    # an organisation inside the name of an event is the organisation
    ("Rapat Paripurna DPRD Kabupaten Sumberjaya digelar.", [("Rapat Paripurna DPRD Kabupaten Sumberjaya", "ORG")],
     [("DPRD Kabupaten Sumberjaya", "ORG")], [("Rapat Paripurna DPRD Kabupaten Sumberjaya", "ORG")]),
    # a facility is a place, also with an organisation's name inside
    ("Pertandingan digelar di Stadion Tirta Mulia sore ini.", [("Stadion Tirta Mulia", "ORG")],
     [("Stadion Tirta Mulia", "LOC")], [("Stadion Tirta Mulia", "ORG")]),
    # negative: a noun before says it is an organisation (a company named after a thing)
    ("Ia bekerja di perusahaan Kapal Tirta sejak 2010.", [("Kapal Tirta", "ORG")], [("Kapal Tirta", "ORG")], []),
    # negative: organisations keep their type
    ("Kementerian Pemuda membuka pendaftaran.", [("Kementerian Pemuda", "ORG")], [("Kementerian Pemuda", "ORG")], []),
    ("Pemain Arsenalia FC berlatih.", [("Arsenalia FC", "ORG")], [("Arsenalia FC", "ORG")], []),
])
def test_org_candidates_typed_by_head(nlp, text, model, kept, dropped):
    found = _with_model_ents(nlp, text, model)
    for item in kept:
        assert item in found
    for item in dropped:
        assert item not in found
