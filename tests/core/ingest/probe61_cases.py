"""input61's probe: nine made-up PDF, DOCX, text and Markdown articles, with what a reader sees in each.

The inputs and the expected title, date, authors, source and body were written before the loader ran on any of
them. Every third (3, 6, 9) is set aside: never used to tune the loader, reported apart
(``test_probe61.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import tour_docx as wd
from .tour_pdf import Furniture, Layout, Sidebar, typeset

FERRY = [
    "The island ferry will run every hour from July, the shipping company said on Monday, after the council agreed "
    "to pay for a third boat.",
    "Islanders had complained for years that the last boat left the mainland at seven in the evening, too early for "
    "anyone who works a late shift.",
    "The new timetable adds eleven crossings a day and a night boat on Fridays and Saturdays, the company's director, "
    "Ilse Martens, said.",
    "Fares will stay the same for residents, but day visitors will pay two euros more for a return ticket.",
    "The third boat, bought second-hand from a Norwegian operator, will need a new engine before it can sail.",
    "Shop owners on the island said more visitors in the evening could keep cafes and restaurants open longer.",
    "The council will pay 3.5 million euros over five years and review the service after the second summer.",
    "Environmental groups asked the company to switch the boats to electric power when the engines are replaced.",
]
RAIL = [
    "Freight trains carry about a fifth of the goods moved across the country, a share that has not changed in "
    "twenty years.",
    "Moving more freight to rail would need longer sidings, faster approvals for new terminals and lower track "
    "fees at night.",
    "The ministry should publish a map of the terminals it wants built by 2030 and pay part of their cost.",
    "Track fees for freight trains at night should fall by half, paid for by a toll on lorries over 40 tonnes.",
]
STORM = [
    "Winds of 130 kilometres an hour hit the west coast on Tuesday morning, and the coastguard told boats to stay "
    "in port.",
    "Trains between the coastal towns stopped after a tree fell on the line near Westhaven, the rail company said.",
    "Power was cut to about 4,000 homes. The grid operator said crews were working in the worst-hit villages.",
    "Schools in the district closed at noon so that children could get home before the strongest gusts.",
]


@dataclass
class Probe:
    number: int
    name: str
    build: Callable[[Path], Path]
    title: str | None = None
    date: str | None = None
    authors: list[str] | None = None
    source: str | None = None
    paragraphs: list[str] | None = None
    absent: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def set_aside(self) -> bool:
        return self.number % 3 == 0


def _text(content: str) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        path.write_text(content, encoding="utf-8")
        return path
    return build


def pdf_head_date(path: Path) -> Path:
    furniture = Furniture(head_left="ISLAND NEWS", head_right="Monday 2 June 2025", foot_center="{page}")
    blocks = [("title", "Ferry to run every hour from July"), ("front", "By Jonas Weber")]
    blocks += [("body", t) for t in FERRY * 3]
    return typeset(path, blocks, Layout(columns=2, furniture=furniture))


def pdf_cover(path: Path) -> Path:
    furniture = Furniture(foot_left="Rail freight in 2030", foot_right="{page}", skip_first=True)
    blocks = [("cover", "MINISTRY OF TRANSPORT"), ("cover", "Rail freight in 2030"), ("cover", "Discussion Paper No. 4"),
              ("cover", "March 2025"), ("pagebreak", ""), ("heading", "Findings")]
    blocks += [("body", t) for t in RAIL[:2]] + [("heading", "Proposals")] + [("body", t) for t in RAIL[2:]]
    return typeset(path, blocks, Layout(furniture=furniture))


def docx_pipe_byline(path: Path) -> Path:
    body = [wd.p("Ferry to run every hour from July", style="Title"), wd.p("Lena Fischer | Reuters"),
            wd.p("3 June 2025")] + [wd.p(t) for t in FERRY[:4]]
    return wd.write_docx(path, body)


def pdf_one_page_head(path: Path) -> Path:
    furniture = Furniture(head_left="Coastal Review", head_right="Issue 14", foot_center="- {page} -")
    blocks = [("title", "Island ferries get a third boat"), ("front", "By Ilse Martens and Jonas Weber")]
    blocks += [("body", t) for t in FERRY]
    return typeset(path, blocks, Layout(columns=2, furniture=furniture))


def pdf_fact_box(path: Path) -> Path:
    sidebar = Sidebar("In numbers", ["Crossings: 11 more a day", "Boats: 3", "Cost: 3.5 million euros",
                                     "Start: July", "Review: after two summers"])
    blocks = [("title", "Ferry every hour"), ("front", "By Jonas Weber"), ("front", "4 June 2025")]
    blocks += [("body", t) for t in FERRY]
    return typeset(path, blocks, Layout(sidebar=sidebar))


BY_PUBLISHER = ("Island ferry to run every hour\n\nBy Omar Haddad, The Coastal Herald\n\n2 June 2025\n\n"
                + "\n\n".join(FERRY[:5]) + "\n")
LIVE_MD = ("# Live: storm hits the west coast\n\n*By Clara Mendes*\n\n3 June 2025\n\n"
           "**09:15 GMT** " + STORM[0] + "\n\n" + "09:40 GMT " + STORM[1] + "\n\n"
           "Updated 10:02 " + STORM[2] + "\n\n" + "10:30 " + STORM[3] + "\n")
SOURCE_LINE = ("Night boat for the island\n\nSource: Radio Nord\n\nBy Piet Claes\n\n" + "\n\n".join(FERRY[2:6]) + "\n")
LIVE_TXT = ("Storm live: trains stop on the coast\n\nJane Roe | BBC News\n\n3 June 2025\n\n11:47\n\n" + STORM[0]
            + "\n\n12:05 BST\n\n" + STORM[1] + "\n\nUpdated 12:30\n\n" + STORM[2] + "\n")

PROBES = [
    Probe(1, "head-date.pdf", pdf_head_date, title="Ferry to run every hour from July", date="2025-06-02",
          authors=["Jonas Weber"], paragraphs=FERRY * 3, absent=["ISLAND NEWS", "Monday 2 June"]),
    Probe(2, "by-publisher.txt", _text(BY_PUBLISHER), title="Island ferry to run every hour", date="2025-06-02",
          authors=["Omar Haddad"], source="The Coastal Herald", paragraphs=FERRY[:5], absent=["Coastal Herald"]),
    Probe(3, "cover.pdf", pdf_cover, title="Rail freight in 2030", date="2025-03",
          paragraphs=["Findings"] + RAIL[:2] + ["Proposals"] + RAIL[2:],
          absent=["MINISTRY OF TRANSPORT", "Discussion Paper"]),
    Probe(4, "live.md", _text(LIVE_MD), title="Live: storm hits the west coast", date="2025-06-03",
          authors=["Clara Mendes"], paragraphs=STORM, absent=["09:15", "09:40", "10:02", "Updated"]),
    Probe(5, "pipe-byline.docx", docx_pipe_byline, title="Ferry to run every hour from July", date="2025-06-03",
          authors=["Lena Fischer"], source="Reuters", paragraphs=FERRY[:4], absent=["Reuters"]),
    Probe(6, "source-line.txt", _text(SOURCE_LINE), title="Night boat for the island", authors=["Piet Claes"],
          source="Radio Nord", paragraphs=FERRY[2:6], absent=["Source:", "Radio Nord"]),
    Probe(7, "one-page-head.pdf", pdf_one_page_head, title="Island ferries get a third boat",
          authors=["Ilse Martens", "Jonas Weber"], paragraphs=FERRY, absent=["Coastal Review", "Issue 14"]),
    Probe(8, "fact-box.pdf", pdf_fact_box, title="Ferry every hour", date="2025-06-04", authors=["Jonas Weber"],
          paragraphs=FERRY, optional=["In numbers", "Crossings: 11 more a day", "Boats: 3", "Cost: 3.5 million euros",
                                      "Start: July", "Review: after two summers"]),
    Probe(9, "live.txt", _text(LIVE_TXT), title="Storm live: trains stop on the coast", date="2025-06-03",
          authors=["Jane Roe"], source="BBC News", paragraphs=STORM[:3], absent=["11:47", "12:05", "Updated"]),
]
