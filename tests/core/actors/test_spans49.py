"""English span and type errors on lists and joins found by made-up probes (issue 17, round 49): a club's "FC"
after a town, a list of firms after "shares in", two firms or two places joined by "and", a month after "in", a
street named after a titled person; each on a short made-up text."""

from tests.core.builders import mention_types as types_of


def test_town_before_a_club_ending_in_capitals_is_the_club():
    """'Dunmore FC': a town then 'FC' is one club, not the town and an acronym ('Belarus KGB' stays two)."""
    t = types_of("Dunmore FC and Ravensby Rovers drew on Sunday.", "Glasgow FC lost again.")
    assert t["Dunmore FC"] == {"ORG"} and t["Glasgow FC"] == {"ORG"}
    assert "Dunmore" not in t and "Glasgow" not in t


def test_names_listed_after_shares_in_are_firms():
    """'shares in A, B and C': what one holds shares or a stake in are firms, even dictionary words ('Direct
    Line'); a listed place there is a market ('shares in Tokyo') and stays a place."""
    t = types_of("Investors bought shares in Brackwell, Providence and Open Road on Friday.",
                 "Shares in Tokyo and Hong Kong fell.")
    assert t["Brackwell"] == {"ORG"} and t["Providence"] == {"ORG"} and t["Open Road"] == {"ORG"}
    assert t["Tokyo"] == {"LOC"} and t["Hong Kong"] == {"LOC"}


def test_a_stake_in_one_firm_is_a_firm():
    t = types_of("The fund sold its stake in Quillfield to a rival.")
    assert t["Quillfield"] == {"ORG"}


def test_two_firms_joined_by_and_the_second_opening_with_a_name_are_two():
    """'Harrowgate Lines and Pellanor Shipping': the second opens with a word no dictionary has, a name; one name
    ('Scottish Exhibition and Conference Centre', 'Food and Drug Administration') keeps its 'and'."""
    t = types_of("The merger of Harrowgate Lines and Pellanor Shipping was agreed.",
                 "He visited the Scottish Exhibition and Conference Centre.")
    assert "Pellanor Shipping" in t and "Harrowgate Lines" in t
    assert not any(" and Pellanor" in k for k in t)
    assert "Scottish Exhibition and Conference Centre" in t


def test_a_place_and_a_one_word_place_are_two():
    """'Hyde Park and Bank': a place ending in a place word, 'and', one organisation word: two places."""
    t = types_of("Trains between Hollow Park and Bank were cancelled.")
    assert "Hollow Park" in t and "Hollow Park and Bank" not in t


def test_month_after_in_ends_a_long_name():
    """'... of Peru in May 2019': a month or a weekday after 'in' is a date, not part of the name ('in Europe' is)."""
    t = types_of("She joined the Office of Science and Technology of Peru in May 2019.",
                 "He led the Council for Trade and Industry of Ghana in June.")
    assert "Office of Science and Technology of Peru" in t and "Council for Trade and Industry of Ghana" in t
    assert not any("May" in k or "June" in k for k in t)


def test_long_name_with_a_field_pair_opening_the_sentence_keeps_the_pair():
    """'The Institute of Research and Development ...' at the start of the sentence: the pair of fields is part of
    the long name (it was cut to 'Institute of Research' after a capital 'The')."""
    t = types_of("The Bureau of Statistics and Planning of Togo in March said prices rose.",
                 "The Institute of Research and Development in Malawi said so too.")
    assert "Institute of Research and Development" in t and "Institute of Research" not in t


def test_street_named_after_a_titled_person_with_a_surname_road_word():
    """'Way', 'Lane', 'Street' are surnames too, but after 'down', 'on', 'along' (never before a person) or after a
    title and a full name they end a road; 'wrote to Lord Lane', 'in Lord Lane's court' stay persons."""
    t = types_of("Crowds walked down Sir Bobby Robson Way after the game.", "A bakery on Lord Street shut.",
                 "Dame Edith Morley Lane was resurfaced.")
    assert t["Sir Bobby Robson Way"] == {"LOC"} and t["Lord Street"] == {"LOC"}
    assert t["Dame Edith Morley Lane"] == {"LOC"}
    p = types_of("He wrote to Lord Lane about it.", "The case was heard in Lord Lane's court.")
    assert p == {"Lord Lane": {"PER"}}


def test_one_word_names_listed_with_a_club_named_by_its_ending_are_clubs():
    """'Dunmore FC and Hearts': listed beside a club named by 'FC', a one-word name is a club too, a dictionary
    word ('Hearts') or a town ('Falkirk'); a country stays a place (a national side is read elsewhere)."""
    t = types_of("Dunmore FC and Hearts both won on Saturday.", "Bath RFC, Falkirk and Harlequins drew.")
    assert t["Hearts"] == {"ORG"} and t["Falkirk"] == {"ORG"} and t["Harlequins"] == {"ORG"}
