"""Made-up probes of English actor merging (issue 17), written before the code change.

Each case: a short text, names that must be one actor ("join") and names that must stay two ("apart").
Every third case is set aside: ``probe.py`` scores the development cases; ``probe.py --all`` also the
set-aside ones (read once, at the end of a round).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from briefing.core.actors import extract_actors  # noqa: E402
from briefing.core.model import Article  # noqa: E402

CASES = [
    ("Liverpool manager Rafael Benitez praised his squad after the win on Sunday. "
     "\"Rafa has built a strong team this season,\" said the captain Steven Gerrard.",
     [("Rafael Benitez", "Rafa")], []),
    ("Former prime minister Edward Heath died at his home in Salisbury on Sunday. "
     "\"I was very close to Ted and he was the most able man we had,\" said Lord Carrington.",
     [("Edward Heath", "Ted")], []),
    ("Inventor Robert Kearns sued the Ford Motor Company over the wiper. "
     "\"Bob never gave up the fight,\" his son Dennis Kearns said in Detroit.",
     [("Robert Kearns", "Bob")], []),
    ("Robert Kearns and Robert Hale both spoke at the hearing in Detroit on Monday. "
     "\"Bob told the court the truth,\" a lawyer said.",
     [], [("Robert Kearns", "Bob"), ("Robert Hale", "Bob")]),
    ("The Ukrainian tennis player Marika Dovrenko reached the final in Melbourne. "
     "\"Marika is playing the best tennis of her life,\" her coach Anton Belyk said.",
     [("Marika Dovrenko", "Marika")], []),
    ("Will Carling and William Hague met at Twickenham on Saturday. "
     "\"Will said the game had changed,\" a friend told reporters.",
     [], [("Will Carling", "William Hague")]),
    ("The artist collective Mama Robotnik (MR) posted a new video on Monday. "
     "MR said the film would be shown in Berlin next month.",
     [("Mama Robotnik", "MR")], []),
    ("The posters were made by the Mama Robotnik group, which has worked in Berlin since 2010. "
     "In a statement MR said it would not comment.",
     [("Mama Robotnik", "MR")], []),
    ("The Mama Robotnik group and the designer Mark Rees showed work in Berlin. "
     "MR said the show would travel to Paris.",
     [], [("Mama Robotnik", "Mark Rees")]),
    ("Engineer Jamie Vandenberg was hurt when the crane fell in Leeds on Tuesday. "
     "Mr Vanenberg, 42, was taken to hospital, police said.",
     [("Jamie Vandenberg", "Vanenberg")], []),
    ("Tom Hendersen and Mary Henderson both gave evidence at the inquiry in Leeds. "
     "The inquiry heard that the firm had ignored warnings.",
     [], [("Tom Hendersen", "Mary Henderson")]),
    ("Defending champion Lindsay Davenport beat Serena Williams in Sydney. "
     "Daveport, who is 28, will play Amelie Mauresmo in the final.",
     [("Lindsay Davenport", "Daveport")], []),
    ("Pupils of the Instituto Cumbres in Mexico City were among the victims. "
     "A spokesman for the Cumbres Institute said classes would resume next week.",
     [("Instituto Cumbres", "Cumbres Institute")], []),
    ("The Instituto Cumbres and the Cumbres Foundation signed a deal in Mexico City. "
     "The deal was announced on Friday.",
     [], [("Instituto Cumbres", "Cumbres Foundation")]),
    ("The Fundacion Solera gave two million dollars to schools in Madrid. "
     "A director of the Solera Foundation said more money would follow.",
     [("Fundacion Solera", "Solera Foundation")], []),
    ("The New York radio station Hot 97 fired its host on Friday. "
     "Hot 97 said the remarks were offensive.",
     [("Hot 97", "Hot 97")], []),
    ("The rapper MC Kano released a new album in London on Monday. "
     "Kano said the album was about his childhood in East Ham.",
     [("MC Kano", "Kano")], []),
    ("Fans queued in Amsterdam to see DJ Tiesto play on Saturday. "
     "Tiesto said he would tour Asia next year.",
     [("DJ Tiesto", "Tiesto")], []),
]


def _names(actor) -> set[str]:
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)}


def _has(names: set[str], want: str) -> bool:
    w = want.lower()
    return any(w == n or w in n.split() or (" " in w and w in n) for n in names)


def check(case) -> tuple[bool, str]:
    text, join, apart = case
    actors = extract_actors(Article(title="", paragraphs=[[s] for s in text.split(". ")]))
    sets = [_names(a) for a in actors]
    for a, b in join:
        if not any(_has(s, a) and _has(s, b) for s in sets):
            return False, f"not joined: {a} / {b}: {[a.name for a in actors]}"
    for a, b in apart:
        if any(_has(s, a) and _has(s, b) for s in sets):
            return False, f"joined: {a} / {b}: {[a.name for a in actors]}"
    return True, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="also score the set-aside cases (every third)")
    show_all = parser.parse_args().all
    dev = aside = dev_ok = aside_ok = 0
    for n, case in enumerate(CASES, 1):
        set_aside = n % 3 == 0
        if set_aside and not show_all:
            continue
        ok, why = check(case)
        if set_aside:
            aside, aside_ok = aside + 1, aside_ok + ok
        else:
            dev, dev_ok = dev + 1, dev_ok + ok
        print(f"{n:2d} {'aside' if set_aside else 'dev  '} {'ok  ' if ok else 'FAIL'} {why}")
    print(f"development {dev_ok}/{dev}" + (f", set aside {aside_ok}/{aside}" if show_all else ""))


if __name__ == "__main__":
    main()
