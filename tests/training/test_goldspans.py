"""Projection of records-v1 hand gold onto its text (pipeline.training.goldspans), invented sentences."""
import pytest

from pipeline.training import goldspans as g


@pytest.fixture(scope="module")
def reader():
    from pipeline.extract.entities import knowledge

    nlp = g.reader_nlp()
    return nlp, knowledge(nlp)


def tagged(reader, text, record, mode="o"):
    """The projected sentences as ``word/TAG`` strings: PER, ORG, LOC, O, or ? (missing)."""
    nlp, kb = reader
    docs, info = g.project(g.read_doc(nlp, text), {"text": text, **record}, kb, mode, frozenset({"sinar"}))
    out = []
    for doc in docs:
        out.append(" ".join(f"{t.text}/{t.ent_type_ or ('?' if t.ent_iob == 0 else 'O')}" for t in doc))
    return out, info


def record(people=(), orgs=(), places=()):
    return {"people": [{"name": n, "roles": []} for n in people],
            "organizations": [{"name": n, "aliases": list(a)} for n, a in orgs],
            "locations": list(places)}


@pytest.mark.parametrize("name,short,expected", [
    ("Rizal Hadi Pratama", "Rizal", True),
    ("Rizal Hadi Pratama", "Hadi Pratama", True),
    ("Rizal Hadi Pratama", "Rizal Pratama", False),  # not contiguous
    ("Rizal Hadi Pratama", "Rizal Hadi Pratama", False),  # the whole name is a full form
    ("M. Rizal Pratama", "M.", False),  # an initial is no short form
    ("Mirna van Basten", "Van Basten", True),  # written capitalised in the text
    ("Mirna van Basten", "Van", False),  # a lower-case particle alone is no short form
])
def test_short_forms(name, short, expected):
    assert (short in g.short_forms(name)) is expected


@pytest.mark.parametrize("name,nick,expected", [
    ("Setiawan Novaldi", "Setnov", True),
    ("Joko Winarto", "Jokowin", True),
    ("Susilo Bambang Yuwono", "SBY", True),
    ("Joko Winarto", "JW", False),  # initials of two words only
    ("Joko Winarto", "Jowinarto", False),  # a prefix longer than four letters
])
def test_nicknames(name, nick, expected):
    assert (nick in g.nicknames(name)) is expected


@pytest.mark.parametrize("place,form,expected", [
    ("Kabupaten Lembang Jaya", "Lembang Jaya", True),
    ("Kabupaten Lembang Jaya", "Kota Lembang Jaya", True),
    ("Lembang Jaya", "Kabupaten Lembang Jaya", True),
    ("Kabupaten Lembang Jaya", "Lembang", False),
])
def test_place_forms(place, form, expected):
    assert (form in g.place_forms(place)) is expected


@pytest.mark.parametrize("text,expected", [
    ("JAKARTA", {"JAKARTA", "Jakarta"}),
    ("Bogor", {"Bogor", "BOGOR"}),
])
def test_case_forms(text, expected):
    assert expected <= g.case_forms(text)


def test_held_out_is_stable():
    ids = [f"doc-{k}" for k in range(200)]
    share = sum(g.held_out(i) for i in ids) / len(ids)
    assert 0.03 < share < 0.2
    assert [g.held_out(i) for i in ids] == [g.held_out(i) for i in ids]


@pytest.mark.parametrize("text,rec,mode,want", [
    # a full name, its short form alone, an organisation and its alias, a place
    ("Ketua Koperasi Sinar Tani, Rizal Hadi Pratama, meninjau Desa Wanareja. Rizal mengatakan panen naik.",
     record(["Rizal Hadi Pratama"], [("Koperasi Sinar Tani", [])], ["Desa Wanareja"]), "o",
     ["Ketua/O Koperasi/ORG Sinar/ORG Tani/ORG ,/O Rizal/PER Hadi/PER Pratama/PER ,/O meninjau/O Desa/LOC "
      "Wanareja/LOC ./O", "Rizal/PER mengatakan/O panen/O naik/O ./O"]),
    # a capitalised word outside every gold name is O (a festival), or missing next to a match (cautious)
    ("Festival Layang Nusantara dibuka Dimas Arga di Pantai Selaras.",
     record(["Dimas Arga"], [], ["Pantai Selaras"]), "o",
     ["Festival/O Layang/O Nusantara/O dibuka/O Dimas/PER Arga/PER di/O Pantai/LOC Selaras/LOC ./O"]),
    ("Festival Layang Nusantara dibuka Dimas Arga di Pantai Selaras.",
     record(["Dimas Arga"], [], ["Pantai Selaras"]), "cautious",
     ["Festival/O Layang/O Nusantara/O dibuka/O Dimas/PER Arga/PER di/O Pantai/LOC Selaras/LOC ./O"]),
    ("Menurut Dimas Arga Kusuma Wijaya hadir di sana.",
     record(["Dimas Arga"], [], []), "cautious",
     ["Menurut/O Dimas/PER Arga/PER Kusuma/? Wijaya/O hadir/O di/O sana/O ./O"]),
    # a short form next to another capitalised word is not taken (a company named after a person; a run
    # holding a word of the name and no listed form is missing)
    ("PT Rizal Abadi menggugat Rizal Hadi Pratama dan Rizal datang.",
     record(["Rizal Hadi Pratama"], [("PT Rizal Abadi", [])], []), "o",
     ["PT/ORG Rizal/ORG Abadi/ORG menggugat/O Rizal/PER Hadi/PER Pratama/PER dan/O Rizal/PER datang/O ./O"]),
    ("Stadion Rizal Megah penuh saat Rizal Hadi Pratama tiba.",
     record(["Rizal Hadi Pratama"], [], []), "o",
     ["Stadion/? Rizal/? Megah/? penuh/O saat/O Rizal/PER Hadi/PER Pratama/PER tiba/O ./O"]),
    # a common word opening the sentence leaves a short form standing alone; a lower-case name word
    ("Sinar Rizal meredup. Keluarga Pratama datang.",
     record(["Rizal hadi pratama"], [], []), "o",
     ["Sinar/O Rizal/PER meredup/O ./O", "Keluarga/? Pratama/? datang/O ./O"]),
    # a run of capitalised words holding a word of a gold person's name is a form the gold does not list: missing
    ("Sinar Ucok Tigor tampil di Balige bersama Tigor Parulian Siahaan.",
     record(["Tigor Parulian Siahaan"], [], ["Balige"]), "o",
     ["Sinar/O Ucok/? Tigor/? tampil/O di/O Balige/LOC bersama/O Tigor/PER Parulian/PER Siahaan/PER ./O"]),
    # an acronym alias; an organisation longer than the place inside it (longest first)
    ("Dinas Pangan Kota Lembang Jaya (Dispa) menyebut Lembang Jaya aman.",
     record([], [("Dinas Pangan Kota Lembang Jaya", ["Dispa"])], ["Lembang Jaya"]), "o",
     ["Dinas/ORG Pangan/ORG Kota/ORG Lembang/ORG Jaya/ORG (/O Dispa/ORG )/O menyebut/O Lembang/LOC Jaya/LOC "
      "aman/O ./O"]),
    # a name found only with its acronym in brackets inside is missing, not O
    ("Kepolisian Resor (Polres) Lembang menangkap dua orang.",
     record([], [("Kepolisian Resor Lembang", ["Polres Lembang"])], []), "o",
     ["Kepolisian/? Resor/? (/? Polres/? )/? Lembang/? menangkap/O dua/O orang/O ./O"]),
    # page furniture: capitalised words missing, not O (a word the rules know is no name stays O)
    ("Baca juga: Warga Tegalrejo Sambut Panen Raya",
     record([], [], []), "o",
     ["Baca/O juga/O :/O Warga/O Tegalrejo/? Sambut/? Panen/? Raya/?"]),
    # the same words under two labels: missing
    ("Sinar Tani menang lagi.",
     record([], [("Sinar Tani", [])], ["Sinar Tani"]), "o",
     ["Sinar/? Tani/? menang/O lagi/O ./O"]),
    # case-sensitive: a lower-case common word is no short form
    ("Bagus Santoso bilang hasilnya bagus.",
     record(["Bagus Santoso"], [], []), "o",
     ["Bagus/PER Santoso/PER bilang/O hasilnya/O bagus/O ./O"]),
])
def test_project(reader, text, rec, mode, want):
    got, _ = tagged(reader, text, rec, mode)
    assert got == want


def test_counts_name_not_found(reader):
    _, info = tagged(reader, "Warga berkumpul di balai desa.", record(["Rizal Hadi Pratama"]))
    assert info["not_found"] == [("Rizal Hadi Pratama", "PER")]
    assert info["counts"]["gold names not found"] == 1
