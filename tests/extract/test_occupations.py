"""Occupation descriptions around a name (issue 14, session 11; invented names and sentences): an origin
adjunct, a relative clause before the name's comma, a rank in the complement, epithets with a relative
clause, the article ``sang`` or after a subordinator, agentive and loan occupations of the lexicon; with
the cases each rule leaves alone."""
import pytest

# (text, PER mentions, ORG mentions, the person, the roles expected)
MARKED = [
    # an apposition closed by the name after a preposition: no addressee (Kepada wartawan, X mengatakan)
    ("Hadiah itu diberikan kepada petenis asal Peru, Lina Marsela.", ["Lina Marsela"], [], "Lina Marsela",
     [("petenis", None)]),
    ("Kepada wartawan, Lina Marsela mengatakan hal itu.", ["Lina Marsela"], [], "Lina Marsela", []),
    ("Dengan pelatih barunya, Lina Marsela berlatih keras.", ["Lina Marsela"], [], "Lina Marsela", []),
    # a relative clause between the occupation phrase and the comma before the name
    ("Bek kiri Persiba yang juga dipanggil ke timnas, Dodi Kurniawan berharap bisa bermain.", ["Dodi Kurniawan"],
     ["Persiba"], "Dodi Kurniawan", [("Bek kiri", "Persiba")]),
    ("Dua nama lain adalah striker Persiba yang akan pindah ke klub lain musim depan, Dodi Kurniawan, dan Beni Saputra.",
     ["Dodi Kurniawan", "Beni Saputra"], ["Persiba"], "Dodi Kurniawan", [("striker", "Persiba")]),
    # ... not a fronted clause whose noun is someone else, nor an office
    ("Setelah bertemu pemain yang cedera, Dodi Kurniawan mengatakan hal itu.", ["Dodi Kurniawan"], [],
     "Dodi Kurniawan", []),
    # a rank in the complement; an origin adjunct is no part of the title
    ("Mantan petenis tunggal putri nomor satu dunia asal Peru, Lina Marsela, mundur.", ["Lina Marsela"], [],
     "Lina Marsela", [("Mantan petenis tunggal putri nomor satu dunia", None)]),
    ("Ada pula Rendra Wiguna, ilustrator kelahiran Bandung yang bekerja di Sydney.", ["Rendra Wiguna"], [],
     "Rendra Wiguna", [("ilustrator", None)]),
    # agentive and loan occupations (occupations.txt)
    ("Komisi itu memeriksa mantan kontributor Kabar TV, Hendra Lubis, kemarin.", ["Hendra Lubis"], ["Kabar TV"],
     "Hendra Lubis", [("mantan kontributor", "Kabar TV")]),
    ("Acara itu dipandu pembawa acara Rina Maharani.", ["Rina Maharani"], [], "Rina Maharani",
     [("pembawa acara", None)]),
    # epithets with a relative clause before the demonstrative
    ("Bima Pratama tidak peduli. Menurut aktor 40 tahun yang baru bercerai itu, film itu bagus.", ["Bima Pratama"],
     [], "Bima Pratama", [("aktor", None)]),
    ("Dimas Saputro bersinar. Pemain yang akrab disapa Dim itu mencetak dua gol.", ["Dimas Saputro"], [],
     "Dimas Saputro", [("Pemain", None)]),
    # ... only where the holder has no role yet or one it agrees with (a nickname's epithet adds nothing)
    ("Ganda campuran Dimas Saputro menang. Pebulu tangkis yang akrab disapa Dim itu senang.", ["Dimas Saputro"], [],
     "Dimas Saputro", [("Ganda campuran", None)]),
    # ... the article sang before the occupation, in the subject's place
    ("Dimas Saputro tampil buruk. Sang pemain mengaku kelelahan.", ["Dimas Saputro"], [], "Dimas Saputro",
     [("pemain", None)]),
    ("Dimas Saputro dikontrak. Budi Santoso menegaskan kalau sang pemain tidak akan pindah.",
     ["Dimas Saputro", "Budi Santoso"], [], "Dimas Saputro", [("pemain", None)]),
    ("Dimas Saputro dikontrak. Budi Santoso menegaskan kalau sang pemain tidak akan pindah.",
     ["Dimas Saputro", "Budi Santoso"], [], "Budi Santoso", []),
    # ... after a subordinator, when someone in the object's place is named before it
    ("Budi Santoso mencoret Dimas Saputro karena mantan penyerang Persiba itu jarang bermain.",
     ["Budi Santoso", "Dimas Saputro"], ["Persiba"], "Dimas Saputro", [("mantan penyerang", "Persiba")]),
    ("Budi Santoso mencoret Dimas Saputro karena mantan penyerang Persiba itu jarang bermain.",
     ["Budi Santoso", "Dimas Saputro"], ["Persiba"], "Budi Santoso", []),
    # ... and in the main clause after a fronted subordinate clause
    ("Dimas Saputro dicoret. Meski Budi Santoso menyebut Dimas Saputro lambat, pemain yang akrab disapa Dim itu "
     "tetap tajam.", ["Dimas Saputro", "Budi Santoso", "Dimas Saputro"], [], "Dimas Saputro", [("pemain", None)]),
    # a copular predicate with a superlative is praise, no role; without one it is a role
    ("Rudi Hartono menilai Lina Marsela adalah salah satu penulis lagu terbaik di generasinya.",
     ["Rudi Hartono", "Lina Marsela"], [], "Lina Marsela", []),
    ("Lina Marsela adalah salah satu penyidik senior KPK.", ["Lina Marsela"], ["KPK"], "Lina Marsela",
     [("penyidik senior", "KPK")]),
    ("Lina Marsela hadir. Ia adalah pemain paling produktif musim ini.", ["Lina Marsela"], [], "Lina Marsela", []),
    # an epithet passes over someone named last outside the subject's place who holds another title
    ("Direktur Maju Motor, Budi Santoso, mengundang pebalap senior Dimas Saputro. Dimas Saputro menyambut "
     "undangan Budi Santoso. Pebalap asal Bogor itu tinggal menunggu.", ["Budi Santoso", "Dimas Saputro",
                                                                          "Dimas Saputro", "Budi Santoso"],
     ["Maju Motor"], "Budi Santoso", [("Direktur", "Maju Motor")]),
    # ... not the subject of its clause
    ("Rekan Budi Santoso, politisi Partai Maju Dimas Saputro, hadir. Senada dengan Dimas Saputro, Anggota DPRD "
     "Rudi Hartono juga memuji. Menurut politisi Partai Jaya itu, program itu baik.",
     ["Budi Santoso", "Dimas Saputro", "Dimas Saputro", "Rudi Hartono"], ["Partai Maju", "DPRD", "Partai Jaya"],
     "Rudi Hartono", [("Anggota", "DPRD"), ("politisi", "Partai Jaya")]),
    # a relative link after the name past a time adverb and `masih`
    ("Laporan itu menyebut Dodi Kurniawan yang saat ini masih menjadi pebalap Tim Garuda sudah setuju.",
     ["Dodi Kurniawan"], ["Tim Garuda"], "Dodi Kurniawan", [("pebalap", "Tim Garuda")]),
    ("Dodi Kurniawan yang masih sakit hadir.", ["Dodi Kurniawan"], [], "Dodi Kurniawan", []),
    # a plural possessive after the occupation: the team or body named before it
    ("Serangan Persiba tak luntur. Pelatih mereka, Dodi Kurniawan, memasukkan dua penyerang.", ["Dodi Kurniawan"],
     ["Persiba"], "Dodi Kurniawan", [("Pelatih", "Persiba")]),
    # ... not an addressee, nor a relation's, past the pronoun or the relative clause
    ("Kepada pelatih mereka, Dodi Kurniawan mengatakan hal itu.", ["Dodi Kurniawan"], [], "Dodi Kurniawan", []),
    ("Kepada pemain yang cedera, Dodi Kurniawan mengatakan hal itu.", ["Dodi Kurniawan"], [], "Dodi Kurniawan", []),
    ("Orang tua pemain yang cedera, Dodi Kurniawan, mengatakan hal itu.", ["Dodi Kurniawan"], [], "Dodi Kurniawan",
     []),
]


# English job titles composed of capitalised field words and a head (english_title_heads.txt), and the
# agent nouns in -wan/-wati of occupations.txt (session 11, titles)
COMPOSED = [
    ("Corporate Communication Manager Maju Air, Rina Maharani, mengatakan penerbangan normal.", ["Rina Maharani"],
     ["Maju Air"], "Rina Maharani", [("Corporate Communication Manager", "Maju Air")]),
    ("Dodi Kurniawan, Risk Management Specialist Bank Sentosa, menilai kredit aman.", ["Dodi Kurniawan"],
     ["Bank Sentosa"], "Dodi Kurniawan", [("Risk Management Specialist", "Bank Sentosa")]),
    ("\"Kami siap,\" kata Sales Device Director PT Maju Telekomunikasi, Andi Wijaya.", ["Andi Wijaya"],
     ["PT Maju Telekomunikasi"], "Andi Wijaya", [("Sales Device Director", "PT Maju Telekomunikasi")]),
    ("Prakirawan Stasiun Meteorologi Kupang, Lina Marsela, mengatakan hujan turun.", ["Lina Marsela"],
     ["Stasiun Meteorologi Kupang"], "Lina Marsela", [("Prakirawan", "Stasiun Meteorologi Kupang")]),
    ("Wartawati senior Harian Kita, Rina Maharani, meninggal dunia.", ["Rina Maharani"], ["Harian Kita"],
     "Rina Maharani", [("Wartawati senior", "Harian Kita")]),
    ("Investigator KNKT, Dodi Kurniawan, menjelaskan penyebabnya.", ["Dodi Kurniawan"], ["KNKT"],
     "Dodi Kurniawan", [("Investigator", "KNKT")]),
    # the police public-relations heads written fused (titles.txt)
    ("Kasubbaghumas Polres Maju, Ipda Dodi Kurniawan, mengatakan pelaku ditangkap.", ["Dodi Kurniawan"],
     ["Polres Maju"], "Dodi Kurniawan", [("Kasubbaghumas", "Polres Maju")]),
    # team positions (volleyball, MOBA esports)
    ("Jungler Tim Garuda, Dodi Kurniawan, bermain apik.", ["Dodi Kurniawan"], ["Tim Garuda"], "Dodi Kurniawan",
     [("Jungler", "Tim Garuda")]),
    # a head alone after a company's name is the company's last word, no title; a status noun in -wan is no role
    ("Menurut PT Maju Consultant, Dodi Kurniawan akan hadir.", ["Dodi Kurniawan"], ["PT Maju Consultant"],
     "Dodi Kurniawan", []),
    ("Seorang wisatawan asal Bandung, Dodi Kurniawan, mengatakan hal itu.", ["Dodi Kurniawan"], [],
     "Dodi Kurniawan", []),
]


@pytest.mark.parametrize("text,per,org,person,expected", MARKED + COMPOSED)
def test_occupation_grammar(marked_roles, text, per, org, person, expected):
    found = marked_roles(text, per, org)
    assert sorted(found[person]) == sorted(expected), found


# issue 14, session 14 (invented names and sentences): an epithet outside the subject's place (the object of
# a preposition or a verb, the possessor of a noun) refers back to the person named last before it, past the
# subject of its own clause, when it names an organisation, an origin or an age; adjectives between an
# occupation and a plural possessive; `bekas` before a title; the lexicon's new titles and occupations
OBLIQUE = [
    ("Gol itu dicetak Dodi Kurniawan. Sepakan penyerang Persiba itu melayang di atas gawang.", ["Dodi Kurniawan"],
     ["Persiba"], "Dodi Kurniawan", [("penyerang", "Persiba")]),
    ("KPK memanggil Dodi Kurniawan pada Rabu, dan surat panggilan untuk Ketua Umum Partai Maju itu sudah dikirim.",
     ["Dodi Kurniawan"], ["KPK", "Partai Maju"], "Dodi Kurniawan", [("Ketua Umum", "Partai Maju")]),
    ("Umpan itu diburu Dodi Kurniawan. Kecepatan gelandang asal Bogor itu tak bisa diikuti Beni Saputra.",
     ["Dodi Kurniawan", "Beni Saputra"], [], "Dodi Kurniawan", [("gelandang", None)]),
    # ... not the subject of its own clause
    ("Dodi Kurniawan wafat. Beni Saputra terpukul atas kabar dari penyanyi asal Bogor tersebut.",
     ["Dodi Kurniawan", "Beni Saputra"], [], "Beni Saputra", []),
    ("Dodi Kurniawan kini mencetak 26 gol dan unggul dari penyerang asal Bogor itu.", ["Dodi Kurniawan"], [],
     "Dodi Kurniawan", []),
    ("Dodi Kurniawan dilaporkan. Pelecehan itu dilakukan oleh oknum dokter di RS Maju tersebut.",
     ["Dodi Kurniawan"], [], "Dodi Kurniawan", []),
    # ... nor a bare noun or one with only lower-case words, nor a pair
    ("Dodi Kurniawan datang. Klub itu mendatangkan pemain itu.", ["Dodi Kurniawan"], [], "Dodi Kurniawan", []),
    ("Dodi Kurniawan datang. Klub itu mendatangkan wasit asing itu.", ["Dodi Kurniawan"], [], "Dodi Kurniawan", []),
    ("Dodi Kurniawan dan Beni Saputra menang. Kemenangan pasangan ganda putra asal Bogor ini disambut meriah.",
     ["Dodi Kurniawan", "Beni Saputra"], [], "Beni Saputra", []),
    # ... only where the holder has no role yet or one it agrees with
    ("Pelatih Persiba Dodi Kurniawan datang. Kontrak penyanyi asal Bogor itu habis.", ["Dodi Kurniawan"],
     ["Persiba"], "Dodi Kurniawan", [("Pelatih", "Persiba")]),
    # adjectives between an occupation and a plural possessive before the name's comma
    ("Persiba menunggu kabar striker asing mereka, Dodi Kurniawan, pekan ini.", ["Dodi Kurniawan"], ["Persiba"],
     "Dodi Kurniawan", [("striker asing", "Persiba")]),
    ("Para tetangga baik mereka, Dodi Kurniawan, datang.", ["Dodi Kurniawan"], [], "Dodi Kurniawan", []),
    # bekas as a modifier; titles and occupations added from the hand gold
    ("Bekas pemain Persiba, Dodi Kurniawan, kini melatih.", ["Dodi Kurniawan"], ["Persiba"], "Dodi Kurniawan",
     [("Bekas pemain", "Persiba")]),
    ("Film itu dibintangi artis Lina Marsela.", ["Lina Marsela"], [], "Lina Marsela", [("artis", None)]),
    ("Juru taktik Persiba, Dodi Kurniawan, puas.", ["Dodi Kurniawan"], ["Persiba"], "Dodi Kurniawan",
     [("Juru taktik", "Persiba")]),
    ("Hal itu dikatakan Senator Dodi Kurniawan.", ["Dodi Kurniawan"], [], "Dodi Kurniawan", [("Senator", None)]),
]


@pytest.mark.parametrize("text,per,org,person,expected", OBLIQUE)
def test_oblique_epithets_and_possessives(marked_roles, text, per, org, person, expected):
    assert marked_roles(text, per, org)[person] == expected
