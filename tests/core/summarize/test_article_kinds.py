"""Kinds of article whose furniture is no key point (made-up files, loaded as a user's file is): a listicle's
numbers on their own lines, a table of figures, a key-facts box, sign-offs of a live blog, a correction and a
press conference, an op-ed's note on its author. Every algorithm, sentence counts and word budgets."""

from __future__ import annotations

import time

import pytest

from briefing.core.ingest.load import load_article
from briefing.core.model import Article, SummaryOptions
from briefing.core.summarize import ALGORITHMS, summarize
from briefing.core.summarize import candidates

LISTICLE = """Five things to know about the new Brenford rail timetable

The new timetable for the Brenford regional railway takes effect on Sunday, the biggest change in twenty years.

1.

Trains between Brenford and Oakhollow will run every 15 minutes instead of every half hour during the peaks.

2.

The last train from Brenford Central will leave at 00:40, almost an hour later than now, on Fridays.

3.

Single fares rise by 4 per cent on average, while the monthly pass stays at 96 pounds.

4.

The Millbrook branch line will close for rebuilding from June to September, with replacement buses.
"""

TABLE = """Grain harvest falls for a third year in Tressland

Tressland's grain harvest fell by 9 per cent last year to 41.2 million tonnes, the statistics office said.

The office blamed a dry spring in the south and heavy rain in the north during the harvest.

Crop | 2022 | 2023 | 2024 | Change
Wheat | 21.4 | 19.8 | 17.9 | -9.6%
Barley | 9.1 | 8.7 | 8.2 | -5.7%
Total | 48.4 | 45.3 | 41.2 | -9.1%

Направление\t2023\t2024\tРост
Москва\t1,90\t2,10\t+10%
Сочи\t0,35\t0,52\t+49%

Figures in million tonnes. Source: Tressland Statistics Office.

Farm minister Anika Brandt said the government would pay 300 million crowns to farmers who lost their harvest.
"""

KEY_FACTS = """Dunmere bridge to close for two years of repairs

The Dunmere suspension bridge will close to traffic on 1 March for two years of repairs, the council said.

Engineers found corrosion in 11 of the bridge's 64 main cables during an inspection last autumn.

Key facts

• Opened: 1962
• Length: 640 metres
• Repair cost: £118 million
• Ліжок: 320
• Kosten: 1,2 Millionen Euro

Pedestrians and cyclists will still be able to cross on a temporary walkway, and a shuttle bus will run.

Attendance: 6,412
"""

SIGN_OFFS = """Live: Porthaven dock strike enters second day

About 1,800 dockers stayed away from the Porthaven container terminal for a second day.

Union leader Mara Kell said that the walkout would continue until the night-shift bonus is restored.

The port authority said the strike was costing the regional economy about 6 million crowns a day.

Thanks for following our live coverage.

We apologise for these errors.

The article has been updated.

Wir halten Sie hier auf dem Laufenden.

LARS ENGBERG: Thank you all.
"""

OP_ED = """Opinion: Kessfield should stop building car parks and start building homes

By Nadia Okoro

Nadia Okoro is a housing researcher at the University of Kessfield.

Kessfield has more parking spaces than residents: the city's survey counted 212,000 spaces for 198,000 people.

The council now plans to spend 40 million pounds on a new car park at Riverside, land that could hold 350 homes.

Kessfield's councillors vote on the Riverside plan on 18 June and should choose homes.
"""

NOT_POINTS = {
    "listicle": lambda t: t.strip().rstrip(".").isdigit(),
    "table": lambda t: "|" in t or "\t" in t or "1,90" in t or "Source:" in t,
    "key_facts": lambda t: t.startswith(("Opened", "Length", "Repair cost", "Ліжок", "Kosten", "Attendance")),
    "sign_offs": lambda t: t.startswith(("Thanks", "We apologise", "The article", "Wir halten", "LARS")),
    "op_ed": lambda t: "housing researcher" in t,
}
TEXTS = {"listicle": LISTICLE, "table": TABLE, "key_facts": KEY_FACTS, "sign_offs": SIGN_OFFS, "op_ed": OP_ED}


def _load(tmp_path, kind: str) -> Article:
    path = tmp_path / f"{kind}.txt"
    path.write_text(TEXTS[kind], encoding="utf-8")
    return load_article(path)


@pytest.mark.parametrize("kind", sorted(TEXTS))
@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_furniture_of_an_article_kind_is_no_key_point(tmp_path, kind, algorithm):
    """No algorithm picks a list number, table row, fact-box field, sign-off or author note while prose is left."""
    article = _load(tmp_path, kind)
    prose = sum(candidates.candidate_mask(article))
    furniture = [s.text for s in article.sentences if NOT_POINTS[kind](s.text)]
    assert furniture, "the file must hold the furniture the test is about"
    assert prose >= 3
    for options in (SummaryOptions(algorithm=algorithm, sentences=n) for n in (1, 3, prose)):
        picked = [s.text for s in summarize(article, options).sentences]
        assert len(picked) == options.sentences
        assert not [t for t in picked if NOT_POINTS[kind](t)], picked
    for words in (15, 40):
        picked = [s.text for s in summarize(article, SummaryOptions(algorithm=algorithm, words=words)).sentences]
        assert picked and not [t for t in picked if NOT_POINTS[kind](t)], picked


@pytest.mark.parametrize("text", [
    "1.", "08:02", "###", "12' Duarte 1-0", "Wheat | 21.4 | 19.8 | 17.9 | -9.6%", "Москва 1,90 2,10 +10%",
    "Москва\t1,90", "Total: 48.4, 45.3, 41.2",
])
def test_no_prose_is_figures(text):
    assert candidates.is_figures(text)


@pytest.mark.parametrize("text", [
    "Wheat, the country's main export, had its smallest crop since 2007.",
    "The harvest fell by 9 per cent to 41.2 million tonnes in 2024.",
    "Up 3.4% in 2024.", "Gegen 10 Uhr war die Versorgung wiederhergestellt.",
    "Пассажиропоток вырос на 18% до 4,6 миллиона человек.",
])
def test_sentences_with_figures_are_prose(text):
    assert not candidates.is_figures(text)


@pytest.mark.parametrize("text", [
    "Opened: 1962", "Repair cost: £118 million", "Source: Tressland Statistics Office.", "Ліжок: 320",
    "Kosten: 1,2 Millionen Euro", "Media contact: Jonas Berg, press@norrvik.example, +46 555 0100",
    "Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith, Osman.", "Склад «Лева»: Коваль; Петрук, Грицай.",
])
def test_label_and_value_is_a_field(text):
    assert candidates.is_field(text)


@pytest.mark.parametrize("text", [
    "Update: the minister has resigned after the vote on Tuesday.",
    "Kell said: we will stay out until the bonus is restored.",
    "Die Bahn teilte mit: Die Strecke bleibt bis Freitag gesperrt.",
    "Union leader Mara Kell told reporters: the walkout would continue.",
    "Glasgow: Police are investigating after a man was injured in the city centre on Tuesday.",
    "The council said it would decide by Friday.",
])
def test_a_sentence_with_a_colon_is_no_field(text):
    assert not candidates.is_field(text)


def test_new_checks_take_linear_time_on_a_hostile_line():
    """1 MB lines of colons, bars, digits and letters: each check ends in well under a second."""
    for line in ("1:" * 500_000, "| 1 " * 250_000, "a: " + "B " * 500_000, "9 " * 500_000):
        start = time.perf_counter()
        candidates.is_figures(line)
        candidates.is_field(line)
        assert time.perf_counter() - start < 1.0


def test_cli_says_the_words_of_a_word_budget_and_why_one_is_exceeded(tmp_path, capsys):
    """`summarize -w N` prints the words used; over the budget only when the best sentence alone is longer."""
    from briefing.cli import main

    path = tmp_path / "fire.txt"
    path.write_text("Fire closes paper mill\n\nA fire broke out at the Lindqvist paper mill in Harrowby on Sunday "
                    "night, forcing the evacuation of 60 workers. No one was injured, the fire service said. The "
                    "mill will stay closed for at least a week.\n", encoding="utf-8")
    assert main(["summarize", str(path), "-w", "5"]) == 0
    out = capsys.readouterr().out
    assert "1 of 3 sentences, 20 words; the best sentence alone is longer than the 5-word budget):" in out
    assert main(["summarize", str(path), "-w", "40"]) == 0
    assert "3 of 3 sentences, 38 of 40 words):" in capsys.readouterr().out
