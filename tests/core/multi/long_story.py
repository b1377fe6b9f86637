"""Made-up sources of one story of very different length: a 3,000-word feature and three 400-word reports.

The words are drawn (with a fixed seed) from lists on a dock strike, so every
sentence is different, the feature repeats the story's vocabulary many times
(which makes it central to any joint rating) and each report adds facts of its own.
"""

from __future__ import annotations

import random

from briefing.core.model import Article
from tests.core.builders import make_article

_WHO = ["Dock workers", "The union", "Port managers", "Shipping lines", "Crane operators", "Harbour officials",
        "Union leaders", "The port authority", "Freight companies", "Local traders", "Lorry drivers", "Pilots"]
_DID = ["said the strike", "warned that the stoppage", "argued that the dispute", "feared that the walkout",
        "claimed the industrial action", "insisted the protest", "told reporters the strike",
        "complained that the standoff"]
_WHAT = ["would hold up container traffic", "could last into next month", "had left ships waiting offshore",
         "was about pay and night shifts", "would cost exporters dearly", "had emptied the quays",
         "might spread to other ports", "was the longest in a decade", "had stranded fresh produce",
         "would test the new port director"]
_WHEN = ["on Tuesday", "this week", "late on Monday", "at a rally", "in a statement", "after talks broke down",
         "outside the main gate", "during a night shift", "before the weekend", "at the union hall"]
_DETAIL = ["with queues of lorries stretching along the coast road", "as talks with mediators stalled",
           "while container prices climbed", "as the harbour fell silent", "while supermarkets checked stocks",
           "as ferries kept running", "while the government urged calm", "as rain swept the docks"]

REPORTS = [
    ("Mediator appointed", [
        "The labour ministry appointed a retired judge, Helena Varga, to mediate between the union and the port.",
        "Varga said she would meet both sides separately before any joint session.",
        "Her last mediation ended a rail strike within nine days.",
    ]),
    ("Fruit rots on the quay", [
        "Importers said forty containers of bananas and citrus fruit were rotting on the quay.",
        "Refrigerated units ran on diesel generators, but fuel deliveries stopped on Thursday.",
        "The importers' association asked for an emergency exemption for perishable goods.",
    ]),
    ("Ships diverted north", [
        "Two large container lines said they had diverted their vessels to the northern port of Kelmar.",
        "Kelmar's harbour master said the port could take six extra ships a week at most.",
        "Diverted cargo reaches inland warehouses two days later by rail.",
    ]),
]


def long_feature(words: int = 3000, seed: int = 7) -> Article:
    """Return a feature of about ``words`` words on the strike, in paragraphs of four sentences."""
    rng = random.Random(seed)
    sentences, count = [], 0
    while count < words:
        s = f"{rng.choice(_WHO)} {rng.choice(_DID)} {rng.choice(_WHAT)} {rng.choice(_WHEN)}, {rng.choice(_DETAIL)}."
        sentences.append(s)
        count += len(s.split())
    paragraphs = [" ".join(sentences[k:k + 4]) for k in range(0, len(sentences), 4)]
    return make_article(paragraphs, "Inside the dock strike")


_REPORT_SUBJECTS = ["Residents near the docks", "Shop owners", "A spokeswoman for the council", "Economists",
                    "Commuters", "Schools in the port district", "The chamber of commerce", "Local radio"]
_REPORT_LINES = ["described empty streets around the terminal", "counted the days since the last delivery",
                 "expected prices in local markets to rise", "reported longer journeys into the city centre",
                 "cancelled a planned visit to the waterfront", "asked for a quick settlement",
                 "pointed to similar disputes abroad", "noted fewer tourists at the old lighthouse"]


def short_report(title: str, facts: list[str], words: int = 400, seed: int = 1) -> Article:
    """Return a report of about ``words`` words: its own facts first, then local colour of its own (no sentence
    of it a near-duplicate of the feature's)."""
    rng = random.Random(seed)
    paragraphs, count = [], sum(len(f.split()) for f in facts)
    paragraphs.extend(facts)
    while count < words:
        s = (f"{rng.choice(_REPORT_SUBJECTS)} {rng.choice(_REPORT_LINES)} {rng.choice(_WHEN)}, "
             f"{rng.choice(_REPORT_LINES).split(' ', 1)[1]} as well.")
        paragraphs.append(s)
        count += len(s.split())
    return make_article(paragraphs, title)


def uneven_sources() -> list[Article]:
    """Return the feature (A) and the three reports (B, C, D)."""
    return [long_feature(), *(short_report(t, f, seed=k) for k, (t, f) in enumerate(REPORTS, 1))]
