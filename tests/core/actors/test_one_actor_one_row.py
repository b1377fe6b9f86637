"""One actor, one row (issue 17, ninth round): surnames with particles, lone first names and surnames,
initials in brackets, hyphenated surnames, award words, and roles that are the name's own noun phrase.
Each test is a short text written for it."""

from briefing.core.actors.aliases import _honorific_surnames
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import EntityMention
from tests.core.builders import actors_of, by_name, names

# -- merging ---------------------------------------------------------------------------


def test_surname_with_a_capitalised_particle_is_the_person_named_in_full():
    """'Del Bosque' opening a sentence is 'Vicente del Bosque'; 'Le Bon' is 'Simon Le Bon'."""
    actors = actors_of("Coach Vicente del Bosque named his squad on Monday. Del Bosque said the team was ready.",
                       "Singer Simon Le Bon praised the fans. Le Bon also said the tour would go on.")
    coach = by_name(actors, "Vicente del Bosque")
    assert coach is not None and coach.aliases == ["Del Bosque"]
    assert by_name(actors, "Simon Le Bon").aliases == ["Le Bon"]
    assert not names(actors) & {"Del Bosque", "Le Bon"}


def test_particle_surname_shared_by_two_people_joins_neither():
    """With Marta van Hoek and Pieter van Hoek in the text, 'Van Hoek' is an alias of neither."""
    actors = actors_of("Judge Marta van Hoek heard the case. Her cousin Pieter van Hoek gave evidence.",
                       "Van Hoek said the hearing would resume on Friday.")
    assert by_name(actors, "Marta van Hoek").aliases == [] and by_name(actors, "Pieter van Hoek").aliases == []


def test_lone_first_name_of_the_one_person_with_it():
    """'Dafydd' (no listed first name, even opening a quote) is Dafydd Pellow, the only Dafydd; the lone use
    of the unlisted 'Brisa' is Brisa Montaval-Ruiz, named in full twice."""
    actors = actors_of("Wales will be without winger Dafydd Pellow for the opening game. \"Dafydd's not fit yet,\" "
                       "the coach said. Fans know Dafydd Pellow is a big loss.",
                       "Brisa Montaval-Ruiz was arrested on Friday. Brisa Montaval-Ruiz denied the charge. "
                       "While Brisa was in the car, she kicked the door.")
    wing = by_name(actors, "Dafydd Pellow")
    assert wing is not None and "Dafydd" in wing.aliases and by_name(actors, "Dafydd") is None
    brisa = by_name(actors, "Brisa Montaval-Ruiz")
    assert brisa is not None and "Brisa" in brisa.aliases and by_name(actors, "Brisa") is None


def test_hyphenated_surname_is_not_split_into_two_aliases():
    """'Montaval-Ruiz' alone is the one person with that surname, not 'Montaval' and 'Ruiz'."""
    actors = actors_of("Brisa Montaval-Ruiz was arrested on Friday night in Tampa. Montaval-Ruiz refused to leave "
                       "the bar. Deputies said Montaval-Ruiz kicked a car door.")
    brisa = by_name(actors, "Brisa Montaval-Ruiz")
    assert brisa is not None and brisa.aliases == ["Montaval-Ruiz"] and brisa.mentions == 3


def test_initials_in_brackets_join_a_name_typed_a_person_by_its_shape():
    """'Pellham Kordt (PK)': the initials make the two words a company, and 'PK' its alias."""
    actors = actors_of("A woman is suing Pellham Kordt (PK), saying its cartridges fail early. "
                       "PK said the claim had no merit. PK printers are sold worldwide.")
    firm = by_name(actors, "Pellham Kordt")
    assert firm is not None and firm.type == "ORG" and "PK" in firm.aliases and by_name(actors, "PK") is None


def test_two_words_typed_an_organisation_are_the_person_called_mr_by_the_last():
    """'Abase Hussen' typed an organisation (as the tagger's context did in a news story) beside 'Mr Hussen told
    MPs': a person; 'Bank Hussen' (an organisation word) and a name whose last word has no 'Mr' stay."""
    def mention(text, typ, honorific=""):
        return EntityMention(0, 0, len(text), text, typ, honorific=honorific, tokens=tuple(text.split()))

    father, firm, other = mention("Abase Hussen", "ORG"), mention("Bank Hussen", "ORG"), mention("Oswin Tarrat", "ORG")
    _honorific_surnames([father, firm, other, mention("Hussen", "PER", "Mr")], _lexicon())
    assert (father.type, firm.type, other.type) == ("PER", "ORG", "ORG")


def test_surname_typed_a_team_in_a_sports_report_is_the_boxer_named_in_full():
    """'victory over Holyfeld' in a boxing report: the surname of Evandro Holyfeld, not a team."""
    actors = actors_of("Riddock Bowles fought Evandro Holyfeld in 1992 and won the title. Bowles beat Evandro "
                       "Holyfeld on points. Bowles became famous for his victory over Holyfeld in the match.",
                       "Holyfeld beat Bowles the following year in a rematch and won the title back.")
    boxer = by_name(actors, "Evandro Holyfeld")
    assert boxer is not None and boxer.aliases == ["Holyfeld"] and by_name(actors, "Holyfeld") is None


def test_award_word_is_no_alias_of_an_organisation_named_after_it():
    """'15-time Brammy winner': the award, not the 'Brammy Creators Alliance'."""
    actors = actors_of("The first lady presented 15-time Brammy winner Alicia Keys with an honour. "
                       "Keys joined the new Brammy Creators Alliance on Tuesday.")
    alliance = by_name(actors, "Brammy Creators Alliance")
    assert alliance is not None and "Brammy" not in alliance.aliases


# -- roles -----------------------------------------------------------------------------


def test_clause_after_a_name_is_no_role():
    """'Dafydd Pellow, according to his Cardiff boss Rhys Amman, ...': 'Cardiff boss' is Amman's role, and no
    clause becomes Pellow's; 'Tomas Garza, while the likes of goalkeeper Ruben Ruel, ...' gives Garza none."""
    actors = actors_of("Wales will be without winger Dafydd Pellow, according to his Cardiff boss Rhys Amman. "
                       "Amman said the injury was not serious.",
                       "Six players made debuts under Tomas Garza, while the likes of goalkeeper Ruben Ruel, "
                       "were rested. Garza said the team was ready.")
    assert by_name(actors, "Dafydd Pellow").role == ""
    assert by_name(actors, "Rhys Amman").role == "Cardiff boss"
    assert by_name(actors, "Tomas Garza").role == ""
    assert by_name(actors, "Ruben Ruel").role == "goalkeeper"


def test_appositive_noun_phrase_stays_a_role():
    """'Cory Doctorow, outreach coordinator for EFF, said': an apposition, the person's role."""
    actors = actors_of("Cory Doctorow, outreach coordinator for EFF, said the law was wrong.")
    assert by_name(actors, "Cory Doctorow").role == "outreach coordinator for EFF"


def test_role_keeps_its_whole_noun_phrase():
    """'shadow international development secretary Alan Dunmore': the adjectives belong to the role."""
    actors = actors_of("The plan was attacked by shadow international development secretary Alan Dunmore on Monday.")
    assert by_name(actors, "Alan Dunmore").role == "shadow international development secretary"


def test_title_of_address_after_a_sentence_adverb_is_no_role():
    """'Yesterday Mr Tarrat': neither the adverb nor 'Mr' is a role."""
    actors = actors_of("Police questioned Oswin Tarrat on Monday. Yesterday Mr Tarrat, who went to the rally, "
                       "said he was sorry.")
    person = by_name(actors, "Oswin Tarrat")
    assert person.role == "" and person.aliases == ["Tarrat"]
