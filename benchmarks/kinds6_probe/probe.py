"""Probe of the English key-actor leftovers of issue 17 (round kinds6): made-up texts, each with what is expected,
written down before any change. Every third case (index 2, 5, 8, ...) is set aside: its output was not looked at
until the end. Run: python benchmarks/kinds6_probe/probe.py [--all] [-v]

A check is (name, type, role): type None means the name must be no actor (no row named so); role None means any
role. A name counts when it is an actor's name or alias;
type "=X" means the name must be a name or alias of the same actor as X."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

CASES = [
    # 0 a first name + a venue noun: a ground, not a person
    ("Cup tie",
     ["Chelsea beat Fulham 2-0 at Stamford Bridge on Sunday. Stamford Bridge was sold out.",
      "Manager Owen Price said the crowd at Stamford Bridge helped."],
     [("Stamford Bridge", "LOC", None), ("Owen Price", "PER", None)]),
    # 1 possessive place name
    ("Concert",
     ["The band played Earl's Court in London on Friday. Earl's Court held 20,000 fans.",
      "Singer Tara Voss said Earl's Court was the best night of the tour."],
     [("Earl's Court", "LOC", None), ("Tara Voss", "PER", None)]),
    # 2 (set aside) a first name + Hall
    ("Lecture",
     ["The talk was held at Morgan Hall on Monday. Morgan Hall seats 300 people.",
      "Professor Alma Reyes said Morgan Hall was full."],
     [("Morgan Hall", "LOC", None), ("Alma Reyes", "PER", None)]),
    # 3 a person cue keeps a person named like a place
    ("Obituary",
     ["Stamford Bridge, 81, died at home in Kent on Tuesday. Bridge was a carpenter, his son Paul Bridge said.",
      "He is survived by his wife Ann."],
     [("Stamford Bridge", "PER", None)]),
    # 4 a date glued to a role
    ("Budget",
     ["On Jan 14, finance minister Hugo Lamb unveiled the budget in Ottawa. Lamb said taxes would rise.",
      "Opposition leader Cara Dunn said the plan was unfair."],
     [("Hugo Lamb", "PER", "finance minister"), ("Cara Dunn", "PER", None)]),
    # 5 (set aside) a number before a role
    ("Vote",
     ["The bill passed 214, prime minister Jon Elt said in Wellington. Elt thanked the house.",
      "Speaker Rosa Finch said the count was correct."],
     [("Jon Elt", "PER", "prime minister"), ("Rosa Finch", "PER", None)]),
    # 6 a ruler's title that is a first name
    ("Film",
     ["Director Emir Kusturica opened the festival in Belgrade. Kusturica said his new film was ready.",
      "Emir Kusturica will also play guitar with his band."],
     [("Emir Kusturica", "PER", None), ("Kusturica", "=Emir Kusturica", None)]),
    # 7 kin word before a name
    ("Family",
     ["Uncle Marlow Tate ran the farm near Derby for 40 years. Tate sold it in May.",
      "His niece Jo Tate said the sale was sad."],
     [("Marlow Tate", "PER", None), ("Uncle", None, None)]),
    # 8 (set aside) Bill as a first name
    ("Council",
     ["Bill Hart was elected mayor of Leeds on Thursday. Bill said he would cut fares.",
      "His rival Ada Kerr conceded."],
     [("Bill Hart", "PER", None), ("Bill", "=Bill Hart", None)]),
    # 9 Bill alone as a first name, second sentence start
    ("Races",
     ["Bill Mayhew won the race in Ascot on Saturday. Later Bill thanked his trainer.",
      "Trainer Nina Holt said Bill rode well."],
     [("Bill Mayhew", "PER", None), ("Bill", "=Bill Mayhew", None)]),
    # 10 a first name + National: a club
    ("Golf",
     ["The Masters starts at Augusta National on Thursday. Members of Augusta National vote in secret.",
      "Chairman Fred Ridley said Augusta National would not change."],
     [("Augusta National", "ORG", None), ("Fred Ridley", "PER", None)]),
    # 11 (set aside) possessive place: X's Cross
    ("Trains",
     ["Trains from King's Cross were cancelled on Monday. King's Cross was closed for hours.",
      "Rail minister Dan Forde said King's Cross would reopen."],
     [("King's Cross", "LOC", None), ("Dan Forde", "PER", None)]),
]

def main():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/, for the shared runner
    from kinds_probe_runner import run_probe

    run_probe(CASES, __doc__)


if __name__ == "__main__":
    main()
