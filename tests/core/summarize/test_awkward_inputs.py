"""Awkward articles nobody tuned on (made-up texts): every algorithm, every length mode, no junk points."""

from __future__ import annotations

import pytest

from briefing.core.model import Article, SummaryOptions
from briefing.core.summarize import ALGORITHMS, summarize
from briefing.core.summarize import candidates

ALL = sorted(ALGORITHMS)
LENGTHS = [dict(sentences=1), dict(sentences=3), dict(sentences=5), dict(percent=40), dict(words=40),
           dict(words=80)]

#: A list article: five short headings, each over one or two body sentences.
LISTICLE = Article(title="Five things we learned from the Budget", paragraphs=[
    ["The chancellor's second Budget was light on surprises but heavy on detail."],
    ["Fuel duty is frozen again"],
    ["Fuel duty stays at 52.95p a litre for another year, costing the Treasury about £3bn.",
     "It is the fourteenth freeze in a row."],
    ["The income tax thresholds stay put"],
    ["The personal allowance remains £12,570 until 2028.",
     "As wages rise, about 1.2 million more people will pay the higher rate."],
    ["Defence gets more"],
    ["Defence spending will rise to 2.5 per cent of GDP by 2030, an extra £6bn a year."],
    ["Growth forecasts are cut"],
    ["The Office for Budget Responsibility cut its growth forecast for next year from 1.8 per cent to 1.1 per cent."],
])
LISTICLE_HEADINGS = {"Fuel duty is frozen again", "The income tax thresholds stay put", "Defence gets more",
                     "Growth forecasts are cut"}

#: A story scraped twice: its first two paragraphs repeat.
SCRAPED_TWICE = Article(title="Factory fire forces evacuation in Leeds", paragraphs=[
    ["A fire at a chemical factory in Leeds forced the evacuation of 300 homes on Sunday night.",
     "Firefighters said the blaze started in a storage unit holding cleaning products."],
    ["Residents were taken to a leisure centre and were told they could return on Monday afternoon.",
     "No one was injured."],
    ["A fire at a chemical factory in Leeds forced the evacuation of 300 homes on Sunday night.",
     "Firefighters said the blaze started in a storage unit holding cleaning products."],
    ["Residents were taken to a leisure centre and were told they could return on Monday afternoon.",
     "No one was injured."],
    ["The Environment Agency is testing water in the River Aire for run-off from the site.",
     "The factory's owner, Clearchem, said it was cooperating fully with the investigation."],
])

#: A Q&A interview: the interviewer's questions are paragraphs of one question each.
INTERVIEW = Article(title="A farmer on the drought", paragraphs=[
    ["Maria Oduya has farmed 40 hectares of maize near Nakuru for 22 years."],
    ["Q: When did you know this year would be different?"],
    ["A: In the third week of January the borehole ran dry.", "It had never happened before, not even in 2017."],
    ["Q: What did you do?"],
    ["A: We sold 30 of our 45 cows.",
     "The price had fallen by half because everyone was selling at the same time."],
    ["Q: Has the government helped?"],
    ["A: The county promised water trucks in February.",
     "The first truck came on 3 March, and it brought 10,000 litres for 60 families."],
])
INTERVIEW_FR = Article(title="Le lac a perdu deux mètres en trois ans", language="fr", paragraphs=[
    ["Claire Dumas, hydrologue à l'université de Grenoble, étudie depuis 2015 le niveau du lac."],
    ["Pourquoi le lac baisse-t-il autant ?"],
    ["Les précipitations ont diminué de 20 % depuis 2021, et la neige fond plus tôt."],
    ["Faut-il s'inquiéter pour le tourisme ?"],
    ["Oui.", "Trois plages sur sept n'ont pas pu ouvrir l'été dernier."],
])

#: A caption line labelled as one, as long as a body sentence, and a press release's date line on its own.
CAPTIONED = Article(title="Rescuers free miners trapped for four days", paragraphs=[
    ["Rescuers in Chile freed all 12 miners trapped underground for four days at the San Rafael copper mine, the "
     "mining ministry said on Saturday."],
    ["Image caption: Relatives of the miners waited at the mine entrance through the night"],
    ["The miners were trapped 320 metres below the surface after a tunnel collapsed on Tuesday.",
     "They survived on water and rations stored in a refuge chamber."],
    ["Mining Minister Aurora Williams said all 12 men were in good health.", "\"It is a miracle,\" she said.",
     "An investigation into the collapse has been opened."],
])
RELEASE_DE = Article(title="Stadtwerke Musterstadt senken Strompreis zum 1. Juli", language="de", paragraphs=[
    ["Musterstadt, 12. Mai 2025.",
     "Die Stadtwerke Musterstadt senken zum 1. Juli den Arbeitspreis für Strom um 4,2 Cent je Kilowattstunde.",
     "Ein Haushalt mit einem Jahresverbrauch von 2.500 kWh spart damit rund 126 Euro im Jahr."],
    ["„Wir geben die gesunkenen Kosten vollständig weiter“, sagt Geschäftsführerin Dr. Anna Berger.",
     "Rund 48.000 Haushalte profitieren von der Senkung."],
])


def _texts(article: Article, options: dict, algorithm: str) -> list[str]:
    return [s.text for s in summarize(article, SummaryOptions(algorithm=algorithm, **options)).sentences]


@pytest.mark.parametrize("algorithm", ALL)
def test_a_word_budget_is_not_filled_with_headings(algorithm):
    """What the body sentences leave of a word budget is not filled with a list article's short headings."""
    for words in (30, 50, 70, 90):
        assert not set(_texts(LISTICLE, dict(words=words), algorithm)) & LISTICLE_HEADINGS, words


@pytest.mark.parametrize("algorithm", ALL)
def test_text_scraped_twice_gives_no_repeated_point(algorithm):
    """Paragraphs scraped twice never give the same point twice, at any length; the length is kept while
    different sentences remain, and is the number of different sentences beyond that."""
    for options in LENGTHS:
        texts = _texts(SCRAPED_TWICE, options, algorithm)
        assert len(texts) == len(set(texts)), options
    assert len(_texts(SCRAPED_TWICE, dict(sentences=5), algorithm)) == 5
    assert len(_texts(SCRAPED_TWICE, dict(sentences=10), algorithm)) == 6  # six different sentences


@pytest.mark.parametrize("algorithm", ALL)
def test_a_near_duplicate_is_not_a_second_point(algorithm):
    """A sentence repeated with one word changed (an updated figure, another case) is not picked beside it."""
    article = Article(title="Flood warning for the river towns", paragraphs=[
        ["Flood warnings were issued for nine river towns on Monday after two days of heavy rain in the hills.",
         "The river is expected to peak on Tuesday night."],
        ["FLOOD WARNINGS WERE ISSUED FOR NINE RIVER TOWNS ON MONDAY AFTER TWO DAYS OF HEAVY RAIN IN THE HILLS."],
        ["Flood warnings were issued for ten river towns on Monday after two days of heavy rain in the hills.",
         "Sandbags are being handed out at the town halls."],
    ])
    for options in LENGTHS:
        flood = [t for t in _texts(article, options, algorithm) if t.lower().startswith("flood warnings")]
        assert len(flood) <= 1, options


def test_near_duplicate_threshold_keeps_sentences_that_share_a_frame():
    """Two sentences that share their frame but not their facts are both kept (no over-eager dedup)."""
    article = Article(title="Results", paragraphs=[[
        "The Green Party won Harlow West by 412 votes after a recount on Friday.",
        "The Labour Party won Eastbury by 2,031 votes after a long count.",
        "Turnout was 58 per cent."]])
    assert len(summarize(article, SummaryOptions(algorithm="lexrank", sentences=3)).sentences) == 3


@pytest.mark.parametrize("algorithm", ALL)
@pytest.mark.parametrize("article", [INTERVIEW, INTERVIEW_FR], ids=["en", "fr"])
def test_an_interviewers_questions_are_no_points(algorithm, article):
    """In a Q&A interview the questions are no key points (the answers carry the facts), in any length mode
    short of the whole article."""
    questions = {t for para in article.paragraphs for t in para if t.rstrip().endswith("?")}
    n = len(article.sentences) - len(questions)
    for options in [*LENGTHS[:2], dict(sentences=n), dict(words=60)]:
        assert not set(_texts(article, options, algorithm)) & questions, options


def test_a_single_rhetorical_question_paragraph_stays_a_candidate():
    """One question paragraph in a news story is no interview: it stays a candidate."""
    article = Article(title="Bridge", paragraphs=[
        ["The harbour bridge will close for repairs in May."], ["Will it reopen on time?"],
        ["The council says the work will take six weeks and cost £2m."]])
    assert candidates.candidate_mask(article) == [True, True, True]


@pytest.mark.parametrize("algorithm", ALL)
def test_a_labelled_caption_is_no_point(algorithm):
    """A line labelled as a photo caption is no key point, even as long as the body sentences."""
    caption = CAPTIONED.paragraphs[1][0]
    for options in LENGTHS:
        assert caption not in _texts(CAPTIONED, options, algorithm), options


@pytest.mark.parametrize("text, caption", [
    ("Image caption: Relatives waited at the mine entrance", True),
    ("Photo: Bank of Japan headquarters in Tokyo", True),
    ("Bildunterschrift: Die Brücke am Morgen", True),
    ("Légende : le lac en 2021", True),
    ("Подпись к фото: мост через Обь", True),
    ("Photography: a new exhibition opens in the city museum on Friday.", False),
    ("The caption read: \"Never again.\"", False),
])
def test_is_caption(text, caption):
    """Caption labels are read in every supported language; a sentence merely about captions is none."""
    assert candidates.is_caption(text) is caption


@pytest.mark.parametrize("algorithm", ALL)
def test_a_place_and_date_line_is_no_point(algorithm):
    """A press release's dateline split off as its own sentence ("Musterstadt, 12. Mai 2025.") is no point
    (short of asking for every sentence: non-candidates come last, not never)."""
    for options in [*LENGTHS[:2], dict(sentences=4), *LENGTHS[3:]]:
        assert "Musterstadt, 12. Mai 2025." not in _texts(RELEASE_DE, options, algorithm), options


@pytest.mark.parametrize("algorithm", ALL)
def test_same_result_twice(algorithm):
    """The same article and options give the same points twice in one process."""
    for article in (LISTICLE, SCRAPED_TWICE, INTERVIEW, CAPTIONED):
        for options in LENGTHS:
            assert _texts(article, options, algorithm) == _texts(article, options, algorithm)


def test_cli_says_why_a_summary_is_shorter_than_asked(tmp_path, capsys):
    """The command line says when a summary has fewer sentences than asked because the rest repeat."""
    from briefing.cli import main

    path = tmp_path / "fire.txt"
    path.write_text(SCRAPED_TWICE.title + "\n\n" + "\n\n".join(" ".join(p) for p in SCRAPED_TWICE.paragraphs) + "\n",
                    encoding="utf-8")
    assert main(["summarize", str(path), "-n", "8"]) == 0
    assert "6 of 10 sentences; 8 asked, the others repeat chosen ones" in capsys.readouterr().out
    assert main(["summarize", str(path), "-n", "4"]) == 0
    assert "4 of 10 sentences):" in capsys.readouterr().out


@pytest.mark.parametrize("text", ["Here is what matters.", "Here's what we know.", "Estas son sus claves.",
                                  "Voici ce qu'il faut retenir.", "Вот что известно.", "Ось що відомо:"])
def test_a_teaser_over_a_list_is_furniture(text):
    """A list article's teaser line ("Here is what matters.") is no key point, in every supported language."""
    assert candidates.is_furniture(text)
    assert not candidates.is_furniture("Here are the results from Harlow West, where the Greens won by 412 votes.")
