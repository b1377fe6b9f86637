"""Media, listed companies and finance-table labels on short made-up texts (issue 17, sixth round)."""

from tests.core.builders import mention_types as types_of


def test_told_the_name_is_a_medium():
    """'told the Marcus Standard': a name after 'told the' is a newspaper, not a person."""
    t = types_of("Chen Wei-ling told the Marcus Standard on Friday that he would appeal.")
    assert t["Marcus Standard"] == {"ORG"}


def test_published_by_name_is_a_medium():
    """'published by Prensa Corvina': the publisher of an interview is an organisation."""
    t = types_of("In the interview , published by Prensa Corvina on Saturday , the author spoke of exile.")
    assert t["Prensa Corvina"] == {"ORG"}


def test_name_that_quoted_someone_is_a_medium():
    """'Radio Vero quoted police as saying': the name that quotes is a medium, in all its uses."""
    t = types_of("On Sunday , Radio Vero quoted police as saying three people died.", "Later Radio Vero said the road was shut.")
    assert t["Radio Vero"] == {"ORG"}


def test_based_company_beats_a_listed_place():
    """'Ontario-based Magna': a name after '-based' is a firm even when a village of that name is listed,
    and every use of it follows ('Magna was up')."""
    t = types_of("The deal will help Ontario-based Magna grow.", "Magna said it was pleased.")
    assert t["Magna"] == {"ORG"}


def test_price_move_makes_a_company():
    """'Granma was up 1/8 to 48-1/4': a price move types a listed place's name as a company."""
    t = types_of("Granma was up 1/8 to 48-1/4 on the New York Stock Exchange .", "Granma makes door panels.")
    assert t["Granma"] == {"ORG"}


def test_stock_after_a_surname_makes_a_company():
    """'Harrison stock closed down': a name before 'stock' and a price verb is the company."""
    t = types_of("Harrison stock closed down 1/8 at 40 Friday .")
    assert t["Harrison"] == {"ORG"}


def test_place_shares_stay_the_place():
    """'Tokyo shares fell': the shares of a listed place are its market, the place stays a place."""
    t = types_of("Tokyo shares fell on Monday as the yen rose.")
    assert t["Tokyo"] == {"LOC"}


def test_form_labels_are_no_actors():
    """'ISSUER : ... ST : MI' and 'Nasdaq symbol HMQX' and 'January-June': labels, tickers and month
    ranges name no actor; 'told FEMAIL :' still does."""
    t = types_of("ISSUER : Bay Co Building Authority ST : MI")
    assert "ISSUER" not in t
    assert "HMQX" not in types_of("The company's Nasdaq stock symbol HMQX was unchanged .")
    assert "January-June" not in types_of("Net profit for the January-June period rose .")
    assert "FEMAIL" in types_of("Justine Dawson told FEMAIL : ' All kinds of people come : singles too . '")


def test_spokesman_who_quotes_stays_a_person():
    """'spokesman Sergei Lanov ... Lanov quoted Yeltsin': the surname of a person named in full is no medium."""
    t = types_of("Interfax quoted spokesman Sergei Lanov as saying the talks went well .",
                 "Lanov quoted Yeltsin as saying he felt better .")
    assert t["Lanov"] == {"PER"}


def test_common_word_before_shares_is_no_company():
    """'Total shares to be offered': a dictionary word opening a table line is not a firm."""
    assert "Total" not in types_of("Total shares to be offered N / A")


def test_press_digest_heads_are_newspapers():
    """'JAKARTA POST' and 'MEDIA INDONESIA' alone on a line (a press digest) are newspapers, not the place
    inside them; 'EASTERN DIVISION' (a standings head) is not."""
    from briefing.core.actors import extract_mentions as em
    from briefing.core.model import Article

    art = Article(title="", paragraphs=[["JAKARTA POST"], ["Police arrested three men on Friday , the paper said ."],
                                        ["MEDIA INDONESIA"], ["Fuel subsidies will be cut , the daily said ."],
                                        ["EASTERN DIVISION"], ["The list follows ."]])
    found = {(m.text, m.type) for m in em(art) if m.kind == "name"}
    assert ("JAKARTA POST", "ORG") in found and ("MEDIA INDONESIA", "ORG") in found
    assert not any(t in ("JAKARTA", "INDONESIA", "EASTERN DIVISION") for t, _ in found)
