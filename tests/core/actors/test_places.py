"""Places typed right on short made-up texts (issue 17, fourth round: places typed as organisations or people)."""

import pycountry

from briefing.core.actors import extract_mentions
from briefing.core.actors.lexicon import _lexicon, _subdivision_names
from tests.core.builders import make_article
from tests.core.builders import mention_types as types_of


def test_subdivision_names_lose_their_designators():
    """pycountry's 'Guangdong Sheng', "Volgogradskaya oblast'" and 'Newfoundland and Labrador' give news names."""
    lex = _lexicon()
    names = set(_subdivision_names(pycountry, lex.common_words, lex.first_names, lex.surnames))
    assert {"Guangdong", "Zhejiang", "Newfoundland", "Labrador", "Dagestan"} <= names
    assert "Guangdong Sheng" not in names and "London, City of" not in names


def test_accented_subdivision_has_a_plain_form():
    """'Béchar' is listed as written and as news often writes it, 'Bechar'."""
    lex = _lexicon()
    names = set(_subdivision_names(pycountry, lex.common_words, lex.first_names, lex.surnames))
    assert {"Béchar", "Bechar"} <= names


def test_chinese_province_without_a_cue_is_a_place():
    """'Yunnan had approved' (a province acting, no preposition) is a place, not an organisation."""
    assert types_of("The governor said Yunnan had approved the new dam.")["Yunnan"] == {"LOC"}


def test_place_noun_of_a_name_makes_it_a_place():
    """'the Arctic island of Vorlandsbergen' and 'the mining towns of Kradsburg and Pyrimeden' name places."""
    t = types_of("The plane crashed on the Arctic island of Vorlandsbergen on Thursday.",
                 "Most of the dead worked in the mining towns of Kradsburg and Pyrimeden.",
                 "Vorlandsbergen lies far to the north.", "Pyrimeden is almost empty now.")
    assert t["Vorlandsbergen"] == {"LOC"}
    assert t["Kradsburg"] == {"LOC"} and t["Pyrimeden"] == {"LOC"}


def test_name_before_a_place_noun_is_a_place():
    """'the eastern Sharqawiyah province' and 'Moengala police' name places, and so does a two-word name."""
    t = types_of("Militants were held in the eastern Sharqawiyah province on Monday.",
                 "Moengala police said nobody was hurt.",
                 "A bomb went off in the western coastal town of Bou Harana yesterday.")
    assert t["Sharqawiyah"] == {"LOC"} and t["Moengala"] == {"LOC"}
    assert t["Bou Harana"] == {"LOC"}


def test_firm_before_its_stock_stays_a_firm():
    """'Zandrelli stock rose' is a firm's shares; 'the Zandrelli stock market' would be a town's."""
    t = types_of("Zandrelli stock rose 3 percent on Monday after the results.", "Zandrelli said sales grew.")
    assert t["Zandrelli"] == {"ORG"}


def test_club_town_outside_sport_is_the_town():
    """'Milan' and 'Leeds' (listed clubs) are towns in a business story: 'the Milan stock market', 'in Leeds'."""
    t = types_of("Shares rose in an easier Milan stock market on Friday.",
                 "The company will open a new office in Leeds next year.")
    assert t["Milan"] == {"LOC"} and t["Leeds"] == {"LOC"}


def test_club_town_in_a_sports_story_is_the_club():
    """In a story about football, 'joined Milan' is the club; 'the final in Milan' is still the town."""
    t = types_of("Lentano, who joined Milan from Torino, has been loaned to the club Atalanta for the season.",
                 "Milan won the league last year.")
    assert t["Milan"] == {"ORG"}
    t = types_of("The striker joined Milan last season.", "The club plays the cup final in Milan.")
    assert "LOC" in t["Milan"] and "ORG" in t["Milan"]


def test_dateline_town_is_a_place_even_in_a_sports_report():
    """'MILAN 1996-08-30' and 'NEW YORK 1996-08-30' open a sports report: where it was filed, a place."""
    body = ("New York beat Boston 5-3 in the baseball game, a win in the league "
            "after the pitcher homered in the ninth inning of the season.")
    text = ["NEW YORK 1996-08-30", body]
    ms = [m for m in extract_mentions(make_article(text)) if m.text == "NEW YORK"]
    assert ms and all(m.type == "LOC" for m in ms)
    body = "Milan beat Roma 2-1 in the league, the club's first win of the season."
    ms = [m for m in extract_mentions(make_article(["MILAN 1996-08-30", body])) if m.text == "MILAN"]
    assert ms and all(m.type == "LOC" for m in ms)


def test_side_in_a_fixture_list_is_a_team():
    """'v Derbyshire ( three days )' in a cricket fixture list is the county's team, not a person or place."""
    t = types_of("Fixtures for the tour:", "May 31 - June 2 v Derbyshire ( three days ).",
                 "The match follows the one-day series, and the innings and wickets count for the league.")
    assert t["Derbyshire"] == {"ORG"}


def test_cricket_score_with_wickets_marks_a_team():
    """'Lancashire 197-8' (runs and wickets) in a cricket report is a team."""
    t = types_of("Sussex won the toss and chose to bat in the championship match.",
                 "Close of play: Sussex 363, Lancashire 197-8 at the end of the second day's innings.",
                 "The wickets fell quickly as the bowling improved.")
    assert t["Lancashire"] == {"ORG"}


def test_one_tagger_place_reading_among_many_uses_is_not_enough():
    """A lone word the tagger reads as a place in one use of five stays unplaced; in half its uses it is a place."""
    from briefing.core.actors.lone_words import _reads_as_place
    from briefing.core.actors.tokens import EntityMention

    def uses(*readings: str) -> list[EntityMention]:
        out = []
        for i, r in enumerate(readings):
            m = EntityMention(i, 0, 9, "Zandrelli", None, tokens=("Zandrelli",))
            m.model_type = r
            out.append(m)
        return out

    assert not _reads_as_place(uses("LOC", "", "ORG", "", ""))
    assert _reads_as_place(uses("LOC", "", "LOC", ""))
    assert _reads_as_place(uses("LOC"))


def test_dateline_town_and_region_are_places():
    """'NICE , France 1996-08-30' (a common word), 'ROCHESTER , N.H.' and 'ST. LOUIS' open their stories as places."""
    for line, names in (("NICE , France 1996-08-30", {"NICE", "France"}),
                        ("ROCHESTER , N.H. 1996-08-30", {"ROCHESTER", "N.H."}),
                        ("ARLINGTON , Kordavia 1996-08-31", {"ARLINGTON", "Kordavia"}),
                        ("ST. LOUIS 1996-08-30", {"ST. LOUIS"})):
        ms = {m.text: m.type for m in extract_mentions(make_article([line, "The council met on Friday."]))}
        assert {n: ms.get(n) for n in names} == {n: "LOC" for n in names}, line


def test_listed_organisation_in_a_dateline_keeps_its_type():
    """'UNITED NATIONS 1996-08-29': a listed organisation's dateline stays the organisation."""
    ms = {m.text: m.type for m in extract_mentions(make_article(["UNITED NATIONS 1996-08-29", "The council met."]))}
    assert ms["UNITED NATIONS"] == "ORG"


def test_dateline_town_does_not_type_its_team_in_a_sports_story():
    """'VORLANZ , France' filed a football story: 'Vorlanz have been unable to win' stays the club."""
    body = ("Baratelli, who played for Vorlanz, takes over as coach of the club. "
            "Vorlanz have been unable to win any of their four league matches this season.")
    ms = [(m.text, m.type) for m in extract_mentions(make_article(["VORLANZ , France 1996-08-30", body]))]
    assert ("VORLANZ", "LOC") in ms and ("Vorlanz", "ORG") in ms and ("Vorlanz", "LOC") not in ms


def test_word_joined_to_a_listed_place_after_a_preposition_is_a_place():
    """'between Roermond and Landgraven': one word after a listed place and 'and' is a place too."""
    t = types_of("The stage ran between Roermond and Landgraven on Saturday.")
    assert t["Landgraven"] == {"LOC"}


def test_half_of_a_two_part_country_is_the_country():
    """'Ato Voldan ( Trinidad )': one half of 'Trinidad and Tobago' is the country, not a person."""
    ms = {m.text: (m.type, m.key) for m in extract_mentions(make_article(["3. Ato Voldan ( Trinidad ) 20.37"]))}
    assert ms["Trinidad"] == ("LOC", "LOC:Trinidad and Tobago")


def test_abbreviated_korea_and_us_state_are_places():
    """'N. Korea urges S. Korea' and 'IRVINE , Calif' name places (wire abbreviations)."""
    t = types_of("N. Korea urges S. Korea to return a war veteran.")
    assert t["N. Korea"] == {"LOC"} and t["S. Korea"] == {"LOC"}
    ms = {m.text: m.key for m in extract_mentions(make_article(["The plant is in Irvine , Calif , officials said."]))}
    assert ms["Calif"] == "LOC:California"



def test_name_placed_by_a_region_after_a_comma_is_a_place():
    """'Little Brannock , Minnesota ,' and 'Brannock Mills , Ohio ,': a listed region that a comma closes places
    the name before it (typed by shape alone otherwise); a company keeps its type ('Brannock Corp. , Ohio')."""
    t = types_of("He was elected to the council of Little Brannock, Minnesota, in 2006.",
                 "Results were sent to Brannock Mills, Ohio, and to the state capital.",
                 "Shares of Tarrow Corp., Ohio, rose.")
    assert t["Little Brannock"] == {"LOC"} and t["Brannock Mills"] == {"LOC"}
    assert t["Tarrow Corp."] == {"ORG"}
