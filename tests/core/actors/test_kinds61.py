"""English key actors, sixty-first round: names written family name first (East Asian styles), a sentence-first
surname that is also a common word, plural common nouns before "the firm", royal roles and participle clauses, and
a long line of "Bank of " read in linear time. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import actor_aliases_roles as _actors_roles
from ..builders import alias_owner as _owner

# -- 5. known names in a long Title Case line -------------------------------------------------------------------


def test_long_line_of_bank_of_is_read_in_seconds(alarm):
    """1 MB of "Bank of " (a run longer than any name: listed names only, ``known._find_known``) is read in
    seconds: each Title Case common word that is a listed place scanned every group's shown name (about 20 s)."""
    from briefing.core.actors.finder import _Finder
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.tokens import _tokenize

    text = ("Bank of " * 125_000)[:1_000_000]
    toks = _tokenize(text)
    finder = _Finder(_lexicon())
    alarm(12)
    found = finder.find(0, text, {}, toks)
    alarm(0)
    assert len(found) == 125_000 and {m.text for m in found} == {"Bank"}


# -- 4. rulers' roles and participle clauses ----------------------------------------------------------------------


def test_rulers_are_roles_before_and_after_a_name():
    """ "Qatar's emir, Tamim Dafir," and "the kingdom's sultan, Haitham Rusdi,": emir, sultan, king, crown prince and
    sheikha are role nouns."""
    got = _actors_roles("Qatar's emir, Tamim Dafir, said the talks failed. The kingdom's crown prince, Fahad Rusdi, "
                        "flew to Rome. Oman's sultan, Haitham Qabir, met the Jordanian king, Omar Basil. The emirate's "
                        "sheikha, Mozah Faris, opened a school.")
    assert got["Tamim Dafir"][2] == "Qatar's emir"
    assert got["Fahad Rusdi"][2] == "kingdom's crown prince"
    assert got["Haitham Qabir"][2] == "Oman's sultan"
    assert got["Omar Basil"][2] == "Jordanian king"
    assert got["Mozah Faris"][2] == "emirate's sheikha"


def test_participle_clause_gives_its_object_as_the_role():
    """ "Ann Lee, appointed finance director in May, said": the role is the participle's object, with its "of"
    complement; a participle with no post for object gives none."""
    got = _actors_roles("Ann Lee, appointed finance director in May, said the company would grow. Tom Hale, named "
                        "chief executive of Arbor Networks last year, said sales rose.")
    assert got["Ann Lee"][2] == "finance director"
    assert got["Tom Hale"][2] == "chief executive of Arbor Networks"
    got = _actors_roles("Ann Lee, appointed in May after a long search, said the company would grow.")
    assert got["Ann Lee"][2] == ""


def test_verb_and_object_after_a_name_is_no_role():
    """ "Tamim Dafir, met the president of Chad, Omar Basil,": a verb and its object between the commas, no role;
    "also the founder of Arbor" still is one."""
    got = _actors_roles("The emir of Qatar, Tamim Dafir, met the president of Chad, Omar Basil, in Amman.")
    assert got["Tamim Dafir"][2] == ""
    got = _actors_roles("Ann Lee, also the founder of Arbor Networks, said sales rose.")
    assert got["Ann Lee"][2] == "also the founder of Arbor Networks"


# -- 3. a plural common noun before "The firm" ---------------------------------------------------------------------


def test_plural_common_noun_before_the_firm_is_no_firm():
    """ "Cybercriminals will target banks. The firm said": a prefix ("cyber" opens dictionary compounds) and a
    plural common noun is no firm, even when the next sentence says "The firm"; a made-up compound still is."""
    got = _actors("Cybercriminals will target banks this year. The firm said attacks doubled. Norvex Labs published "
                  "the study.")
    assert "Cybercriminals" not in got and got["Norvex Labs"][0] == "ORG"
    got = _actors("Dravantis will close two plants in Ohio. The company said 600 workers would lose their jobs.")
    assert got.get("Dravantis", ("",))[0] == "ORG"


def test_the_firm_does_not_reach_back_over_a_firm_named_before():
    """ "Norvex Labs sold a unit. Dravantis will close two plants. The company said": the company is Norvex Labs,
    named before, so the cue says nothing about the sentence-first word."""
    got = _actors("Norvex Labs sold its games unit. Dravantis will close two plants in Ohio. The company said 600 "
                  "workers would lose their jobs.")
    assert "Dravantis" not in got and got["Norvex Labs"][0] == "ORG"


# -- 1. names written family name first ----------------------------------------------------------------------------


def test_lone_family_name_is_the_one_person_named_with_it_first():
    """ "Lim Kok Wing" then "Lim": the family name is written first, so the lone word is that person, though his
    last given name is a dictionary word ("Wing")."""
    got = _actors("Lim Kok Wing opened a new campus in Kuala Lumpur on Monday. Lim said the college would admit "
                  "2,000 students.")
    assert _owner(got, "Lim") == "Lim Kok Wing"


def test_family_name_shared_by_two_people_stays_apart():
    """ "Kim Min-jun" and "Kim Ji-woo" both named in full before "Kim": two given names, so "Kim" is neither; one
    of them alone takes it."""
    got = _actors("Kim Min-jun proposed the bill on Tuesday. Kim Ji-woo opposed it. Kim said the vote would be close.")
    assert _owner(got, "Kim") == "Kim"
    assert "Kim" not in got["Kim Min-jun"][1] and "Kim" not in got["Kim Ji-woo"][1]
    got = _actors("Kim Min-jun proposed the bill on Tuesday. Kim said the vote would be close.")
    assert _owner(got, "Kim") == "Kim Min-jun"


def test_vietnamese_given_name_that_is_a_stop_word_is_kept():
    """ "Nguyen Van An" then "Mr An": the last given name, though "an" is an article, ends the name and names the
    person after "Mr"."""
    got = _actors_roles("Nguyen Van An, the trade minister, visited the port. Mr An said exports would rise.")
    assert got.get("Nguyen Van An", ("",))[0] == "PER" and "An" in got["Nguyen Van An"][1]
    assert got["Nguyen Van An"][2] == "trade minister"


# -- 2. a sentence-first family name that is a common word ---------------------------------------------------------


def test_sentence_first_family_name_before_two_given_names_is_kept():
    """ "Tan Boon Heng, 54, was charged": "tan" is a dictionary word opening the sentence, but a listed family name
    before two given names keeps its place, and the name is a person's, not a firm's ("Tan" reads as a common
    word elsewhere too)."""
    got = _actors("Police arrested a man on Friday. Tan Boon Heng, 54, was charged with fraud in Singapore.")
    assert got.get("Tan Boon Heng", ("",))[0] == "PER" and "Boon Heng" not in got
    got = _actors("Officials said Tan Boon Heng had resigned in March.")
    assert got.get("Tan Boon Heng", ("",))[0] == "PER"
