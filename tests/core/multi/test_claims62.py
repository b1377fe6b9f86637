"""Figures and claims across languages (multi62): units as one measure, sums disputed in two languages, reworded
repeats with one figure or none, one speaker's repeat, and never a denial merged."""

from briefing.core.model import Article, SummaryOptions
from briefing.core.multi.claims import reworded
from briefing.core.multi.figures import figure_readings, figures_differ, same_measure_differs
from briefing.core.multi.similarity import NEAR_DUPLICATE, similarity
from briefing.core.multi.sources import lettered
from briefing.core.multi.summary import summarize_sources


def article(language: str, title: str, *sentences: str) -> Article:
    """Return an article of one sentence per paragraph."""
    return Article(title=title, paragraphs=[[s] for s in sentences], language=language)


def points(*articles: Article, sentences: int = 6):
    return summarize_sources(lettered(list(articles)), SummaryOptions(sentences=sentences)).points


VOLUME_RU = "Соглашение предусматривает поставки до 8 млрд кубометров газа в год."
VOLUME_EN = "The deal covers up to 8 billion cubic metres of gas a year, about a tenth of British demand."
CORRECTED = ("The gas deal Britain signed with Caspia on Tuesday covers up to 6 billion cubic metres of gas a year, "
             "not 8 billion as first reported, the energy department said.")


def test_units_are_one_measure_in_six_languages():
    """"кубометров", "cubic metres", "mètres cubes", "Kubikmeter" are one unit; "kilomètres" and "kilometres" too;
    a length is no weight."""
    assert figure_readings(VOLUME_RU, "", "ru") == [("8000000000", "m3", "8 млрд кубометров")]
    assert figure_readings("8 Milliarden Kubikmeter", "", "de")[0][:2] == ("8000000000", "m3")
    assert figure_readings("8 milliards de mètres cubes", "", "fr")[0][:2] == ("8000000000", "m3")
    assert figure_readings("8.000 millones de metros cúbicos", "", "es")[0][:2] == ("8000000000", "m3")
    assert figure_readings("Les 3 000 tonnes", "", "fr")[0][:2] == ("3000", "t")
    assert same_measure_differs(VOLUME_RU, CORRECTED, "ru", "en")  # 8 against 6 billion cubic metres
    assert same_measure_differs("The slick stretched for 12 kilometres.", "La nappe couvrait 18 kilomètres.",
                                "en", "fr")
    assert not figures_differ("3,000 tonnes of oil", "3 000 tonnes de pétrole", "en", "fr")
    assert figures_differ("12 kilometres of coast", "12 tonnes of oil")


def test_one_volume_in_two_languages_is_one_point():
    """"8 млрд кубометров" and "8 billion cubic metres" are the same statement (figure and unit are evidence)."""
    assert similarity([VOLUME_EN, VOLUME_RU], ["en", "ru"])[0, 1] >= NEAR_DUPLICATE


def test_a_cost_in_two_languages_is_disputed():
    """"40 Millionen Euro kosten" (German) against "the cost ... at 25 million euros" (English) is flagged, though the
    sentences share no word and the English one names its company first."""
    de = article("de", "Zugunglück", "Ein Güterzug ist bei Kerrow entgleist, teilte der Betreiber Northline mit.",
                 "Die Reparatur der Brücke wird nach Angaben von Northline rund 40 Millionen Euro kosten.")
    en = article("en", "Derailment", "A freight train came off the tracks near Kerrow, Northline said.",
                 "Northline put the cost of repairing the bridge at 25 million euros.")
    found = [p for p in points(de, en, sentences=4) if p.variants]
    assert any({p.source, p.variants[0].source} == {"A", "B"} and "Euro" in p.text + p.variants[0].text
               for p in found), found


def test_a_cost_is_not_disputed_by_an_investment():
    """Sums of one currency that say different things (a cost, an investment) are no dispute."""
    de = article("de", "Werk", "Kestrel investiert 40 Millionen Euro in das Werk in Sorvik.",
                 "Die Arbeiter protestierten vor dem Tor.")
    en = article("en", "Plant", "Kestrel put the cost of closing the Halden plant at 25 million euros.",
                 "Workers gathered at the gates.")
    assert not any(p.variants for p in points(de, en, sentences=4))


CRASH_A = ("A freight train carrying fertiliser derailed near Kerrow on Saturday evening, injuring two crew members, "
           "the rail operator Northline said.")
CRASH_C = "Two crew members were hurt when a fertiliser train came off the tracks near Kerrow on Saturday, Northline said."


def test_a_reworded_repeat_with_one_figure_is_cited():
    """One figure both give and enough claim words in common: one point citing both sources."""
    a = article("en", "Derailment", CRASH_A, "Police said the bridge would be inspected on Monday.")
    c = article("en", "Residents fear for river", CRASH_C, "Anglers said they had seen a white film on the water.")
    lead = next(p for p in points(a, c, sentences=3) if p.text in (CRASH_A, CRASH_C))
    assert sorted(x.source for x in lead.citations) == ["A", "B"]


BLAZE = ("The blaze started in a kitchen behind the ticket hall shortly after 7 a.m. and spread to the roof within "
         "minutes, said fire chief Maria Okonkwo.")
FOUND = ("Fire chief Maria Okonkwo said investigators had found that the fire began in a café kitchen behind the "
         "ticket hall.")


def test_one_speakers_repeat_with_no_shared_figure_is_cited():
    """One speaker, the claim's own words in common (kitchen, ticket hall) and no figure that differs: a reworded
    repeat, though the frame weighs little in the similarity."""
    assert similarity([BLAZE, FOUND], "english")[0, 1] < NEAR_DUPLICATE
    a = article("en", "Fire", BLAZE, "The terminal will stay shut for a month, the port authority said.")
    d = article("en", "Fire update", FOUND, "Divers searched the harbour for the missing boat on Friday.")
    kitchen = next(p for p in points(a, d, sentences=3) if p.text in (BLAZE, FOUND))
    assert sorted(x.source for x in kitchen.citations) == ["A", "B"]


def test_a_reworded_repeat_is_never_a_denial_another_figure_or_another_subject():
    """A denial ("denied that"), another figure or another actor named as the subject is no repeat."""
    claim = "Port chief Ana Ruiz said the tanker had ignored two radio warnings from the harbour office."
    denial = "Port chief Ana Ruiz denied that the tanker had ignored two radio warnings from the harbour office."
    assert reworded(claim, claim.replace("said", "told reporters"), "en", "en")
    assert not reworded(claim, denial, "en", "en")
    assert not reworded(CRASH_A, CRASH_C.replace("Two crew", "Three crew"), "en", "en")
    other = "Two crew members were hurt when a fertiliser train came off the tracks near Ostby on Saturday, Tessel Rail said."
    assert not reworded(CRASH_A, other, "en", "en")
    # words in common without a shared figure or one speaker: no repeat ("the law ... in line with the US")
    assert not reworded("Supporters say the law would not bring the rules in line with the practice abroad.",
                        "Critics say the law would bring the rules in line with the practice abroad soon.",
                        "en", "en")


def test_one_speakers_claim_in_two_languages_still_merges():
    """The speaker weighs little, but a claim that agrees in two languages (names, figure, unit) stays one point:
    "Paul Marsh said the line ... closed for at least a week" and its German report."""
    en = article("en", "Line closed", "Transport minister Paul Marsh said the line between Kerrow and Ostby would "
                 "stay closed for at least a week.", "Anglers said they had seen a white film on the water.")
    de = article("de", "Strecke gesperrt", "Verkehrsminister Paul Marsh sagte, die Strecke zwischen Kerrow und Ostby "
                 "bleibe mindestens eine Woche gesperrt.", "Die Feuerwehr pumpte Wasser aus dem Keller.")
    line = next(p for p in points(en, de, sentences=3) if "Marsh" in p.text)
    assert sorted(x.source for x in line.citations) == ["A", "B"]


def _actor(name, kind, role="", sentences=(0,), salience=1.0):
    from briefing.core.model import Actor as _Actor

    return _Actor(name, kind, role=role, mentions=len(sentences), sentences=list(sentences), salience=salience,
                  paragraph=0)


def _merged(given):
    from briefing.core.multi.actors import merge_across

    out = []
    for order in (given, given[::-1], given[1:] + given[:1]):
        out.append(sorted((a.name, a.type, tuple(sorted(a.sources))) for a in merge_across(order)))
    assert out[0] == out[1] == out[2], out
    return out[0]


def test_a_name_typed_two_ways_takes_the_type_most_sources_give():
    """"Heliant Shipping" an organisation in two sources and a person in one is one organisation in any order; a
    person's role outweighs one source's other type."""
    from briefing.core.multi.sources import Source

    art = Article(title="x", paragraphs=[["Heliant Shipping said so."]], language="en")
    given = [(Source("A", art), [_actor("Heliant Shipping", "ORG")]),
             (Source("B", art), [_actor("Heliant Shipping", "PER")]),
             (Source("C", art), [_actor("Heliant Shipping", "ORG")])]
    assert _merged(given) == [("Heliant Shipping", "ORG", ("A", "B", "C"))]
    given = [(Source("A", art), [_actor("Ostby", "ORG")]), (Source("B", art), [_actor("Ostby", "PER", role="mayor")])]
    assert _merged(given) == [("Ostby", "PER", ("A", "B"))]
    given = [(Source("A", art), [_actor("Sorvik", "ORG")]), (Source("B", art), [_actor("Sorvik", "LOC")])]
    assert _merged(given) == [("Sorvik", "LOC", ("A", "B"))]  # a tie: the same type in every order


def test_a_name_one_source_missed_is_found_in_its_text():
    """Northline, found in A only, is named in B's German text (once as "Northlines"): B is cited with those
    sentences and its mentions count; a person is not looked for by a bare surname."""
    from briefing.core.multi.actors import merge_across
    from briefing.core.multi.sources import Source

    a = Article(title="x", paragraphs=[["The operator Northline said two crew were hurt.",
                                        "Transport minister Paul Marsh said the line would close."]], language="en")
    b = Article(title="y", paragraphs=[["Ein Güterzug ist entgleist, teilte der Betreiber Northline mit.",
                                        "Die Brücke gehört zum Netz, sagte Marsh.",
                                        "Die Reparatur wird nach Angaben Northlines 40 Millionen Euro kosten."]],
                language="de")
    merged = merge_across([(Source("A", a), [_actor("Northline", "ORG", salience=2.0),
                                             _actor("Paul Marsh", "PER", sentences=(1,))]),
                           (Source("B", b), [])])
    northline = next(x for x in merged if x.name == "Northline")
    assert northline.sources == {"A": [0], "B": [0, 2]} and northline.mentions == 3
    assert northline.salience == 6.0  # each mention at the actor's own rate
    marsh = next(x for x in merged if x.name == "Paul Marsh")
    assert list(marsh.sources) == ["A"]


def test_an_organisation_named_with_a_descriptor_is_one_actor():
    """"Autohersteller Kestrel Motors" (German finder) and "Kestrel Motors" are one organisation, named without the
    descriptor."""
    from briefing.core.multi.sources import Source

    art = Article(title="x", paragraphs=[["x"]], language="en")
    given = [(Source("A", art), [_actor("Kestrel Motors", "ORG")]),
             (Source("B", art), [_actor("Autohersteller Kestrel Motors", "ORG")])]
    assert _merged(given) == [("Kestrel Motors", "ORG", ("A", "B"))]
