"""input62's probe: twelve made-up text and Markdown articles as analysts paste them, with what a reader sees.

From a news site's copy button, a PDF viewer (hard line breaks, hyphenation), an e-mail with ">" quoting, a
Word document (smart quotes, non-breaking spaces), a scraped page (Markdown links and images), a Markdown
table, a "Related:" list, "Advertisement" lines, a web clipper's front matter. The inputs and the expected title,
date, authors, source and body were written before the loader ran on any of them. Every third (3, 6, 9, 12) is
set aside: never used to tune the loader, reported apart (``test_probe62.py``).
"""

from __future__ import annotations

from .probe61_cases import Probe, _text

NBSP = "\u00a0"

PROBES = [
    Probe(1, "copy-button.txt", _text(
        "World\n"
        "Storm closes harbour as ferries stay in port\n"
        "Boats were told to stay in port until Wednesday morning\n"
        "By Mari Evans\n"
        "Updated 3 June 2025, 14:05 BST\n"
        "Share\n"
        "Winds of 120 kilometres an hour hit the coast on Tuesday, and the harbour master closed the port at noon.\n"
        "Advertisement\n"
        "Ferries to the islands were cancelled for the rest of the day, the operator said in a statement.\n"
        "Around 2,000 homes lost power in the villages along the bay, the grid company said.\n"
        "Advertisement\n"
        "The coastguard asked people to keep away from the sea front until the wind drops.\n"
        "Related:\n"
        "Ferry timetable changes for the summer season\n"
        "Harbour board votes to dredge the old channel\n"),
        title="Storm closes harbour as ferries stay in port", date="2025-06-03", authors=["Mari Evans"],
        paragraphs=[
            "Winds of 120 kilometres an hour hit the coast on Tuesday, and the harbour master closed the port at noon.",
            "Ferries to the islands were cancelled for the rest of the day, the operator said in a statement.",
            "Around 2,000 homes lost power in the villages along the bay, the grid company said.",
            "The coastguard asked people to keep away from the sea front until the wind drops."],
        optional=["Boats were told to stay in port until Wednesday morning"],
        absent=["Advertisement", "Ferry timetable", "Share", "World", "Harbour board votes"]),
    Probe(2, "pdf-viewer.txt", _text(
        "Council approves new flood defences for the lower town\n\n"
        "12 March 2025\n\n"
        "The council approved on Tuesday a plan to build new flood defences\n"
        "along the river, after the third flood in five years damaged more\n"
        "than 300 homes in the lower town. Work will start in the spring.\n\n"
        "The walls will be built from reinforced concrete and will stand one\n"
        "and a half metres above the highest flood on record, the council's\n"
        "engineer, Tomas Berg, told the meeting. The cost, estimated at 14 mil-\n"
        "lion euros, will be shared with the regional government.\n\n"
        "Residents who lost their homes in the last flood asked for the work\n"
        "to begin before the autumn rains, when the river usually rises.\n"),
        title="Council approves new flood defences for the lower town", date="2025-03-12", authors=[],
        paragraphs=[
            "The council approved on Tuesday a plan to build new flood defences along the river, after the third "
            "flood in five years damaged more than 300 homes in the lower town. Work will start in the spring.",
            "The walls will be built from reinforced concrete and will stand one and a half metres above the highest "
            "flood on record, the council's engineer, Tomas Berg, told the meeting. The cost, estimated at 14 million "
            "euros, will be shared with the regional government.",
            "Residents who lost their homes in the last flood asked for the work to begin before the autumn rains, "
            "when the river usually rises."],
        absent=["mil- lion"]),
    Probe(3, "mail-quote.txt", _text(
        "On Wed, 4 Jun 2025 at 09:12, Lena Vogt <lena@example.org> wrote:\n\n"
        "> Port workers vote to strike over pay\n"
        ">\n"
        "> By Jonas Weber\n"
        "> 4 June 2025\n"
        ">\n"
        "> Port workers voted on Wednesday to strike for two days later this month\n"
        "> after talks on pay broke down, their union said.\n"
        ">\n"
        "> The union said 85 per cent of its members who voted backed the strike.\n"
        "> The port authority said it would keep the terminals open with managers.\n"),
        title="Port workers vote to strike over pay", date="2025-06-04", authors=["Jonas Weber"],
        paragraphs=[
            "Port workers voted on Wednesday to strike for two days later this month after talks on pay broke down, "
            "their union said.",
            "The union said 85 per cent of its members who voted backed the strike. The port authority said it would "
            "keep the terminals open with managers."],
        absent=["wrote:", ">"]),
    Probe(4, "word-copy.txt", _text(
        "Minister promises “full review” of rail fares\n"
        "Published: 5 June 2025\n"
        "By Claire Dubois\n"
        f"The transport minister promised on Thursday a “full review” of rail fares after prices rose by 9{NBSP}per "
        "cent in January, the steepest rise in a decade.\n"
        "“Passengers have paid more every year for less,” she told parliament. “That ends now.”\n"
        f"The review will report by 31{NBSP}December and look at season tickets, off-peak fares and discounts for "
        "young people.\n"
        f"Rail companies said fares had to cover the cost of new trains ordered in 2022, which came to €1.2{NBSP}billion.\n"),
        title="Minister promises “full review” of rail fares", date="2025-06-05", authors=["Claire Dubois"],
        paragraphs=[
            "The transport minister promised on Thursday a “full review” of rail fares after prices rose by 9 per "
            "cent in January, the steepest rise in a decade.",
            "“Passengers have paid more every year for less,” she told parliament. “That ends now.”",
            "The review will report by 31 December and look at season tickets, off-peak fares and discounts for "
            "young people.",
            "Rail companies said fares had to cover the cost of new trains ordered in 2022, which came to €1.2 billion."],
        absent=[NBSP, "Published"]),
    Probe(5, "scraped.md", _text(
        "[Skip to content](#main)\n\n"
        "# Wind farm off the north coast gets final approval\n\n"
        "![A wind turbine off the coast](https://example.com/img/turbine.jpg)\n"
        "A turbine at the existing farm near Kell Point. Photo: Harbour Times\n\n"
        "By [Ruth Okafor](https://example.com/authors/ruth-okafor)\n"
        "June 6, 2025\n\n"
        "The government gave final approval on Friday to a [wind farm](https://example.com/tags/wind) of 60 turbines "
        "off the north coast, the largest in the country.\n\n"
        "The farm will produce enough power for about 400,000 homes when it opens in 2029, the developer, "
        "[North Sea Power](https://example.com/nsp), said.\n\n"
        "Fishing groups said the turbines would close some of their best grounds and asked for compensation.\n\n"
        "Original url: <https://example.com/news/2025/06/06/wind-farm-approval>\n"),
        title="Wind farm off the north coast gets final approval", date="2025-06-06", authors=["Ruth Okafor"],
        source="example.com",
        paragraphs=[
            "The government gave final approval on Friday to a wind farm of 60 turbines off the north coast, the "
            "largest in the country.",
            "The farm will produce enough power for about 400,000 homes when it opens in 2029, the developer, North "
            "Sea Power, said.",
            "Fishing groups said the turbines would close some of their best grounds and asked for compensation."],
        absent=["Skip to content", "Photo:", "https://", "Original url"]),
    Probe(6, "table.md", _text(
        "# Power cuts after the storm, town by town\n\n"
        "7 June 2025\n\n"
        "The storm on Tuesday left more than 4,000 homes without power, the grid operator said on Saturday.\n\n"
        "| Town | Homes without power | Restored by |\n"
        "|---|---|---|\n"
        "| Westhaven | 1,800 | Thursday |\n"
        "| Kell Point | 1,400 | Friday |\n"
        "| Marsh End | 900 | Saturday |\n\n"
        "Crews from two other regions were sent to help, and the last homes were reconnected on Saturday evening.\n"),
        title="Power cuts after the storm, town by town", date="2025-06-07", authors=[],
        paragraphs=[
            "The storm on Tuesday left more than 4,000 homes without power, the grid operator said on Saturday.",
            "Crews from two other regions were sent to help, and the last homes were reconnected on Saturday evening."],
        absent=["|", "---", "Westhaven"]),
    Probe(7, "related.txt", _text(
        "Hospital waiting lists fall for the first time in three years\n\n"
        "By Sam Patel\n\n"
        "9 June 2025\n\n"
        "Waiting lists for planned operations fell in May for the first time in three years, figures published on "
        "Monday showed.\n\n"
        "Related:\n"
        "- Nurses accept new pay offer\n"
        "- Second hospital to open in the east of the city\n"
        "- How waiting lists are counted\n\n"
        "The number of patients waiting more than a year fell by a fifth, to 12,000.\n\n"
        "Read more: Health board sets new targets for 2026\n\n"
        "The health minister said the fall showed the extra evening clinics were working.\n"),
        title="Hospital waiting lists fall for the first time in three years", date="2025-06-09",
        authors=["Sam Patel"],
        paragraphs=[
            "Waiting lists for planned operations fell in May for the first time in three years, figures published "
            "on Monday showed.",
            "The number of patients waiting more than a year fell by a fifth, to 12,000.",
            "The health minister said the fall showed the extra evening clinics were working."],
        absent=["Nurses accept", "Second hospital", "How waiting lists", "Read more", "Health board sets"]),
    Probe(8, "adverts.txt", _text(
        "Bakery chain to open 20 new shops\n\n"
        "10 June 2025\n\n"
        "ADVERTISEMENT\n\n"
        "The bakery chain Crumb & Co will open 20 new shops by the end of next year, creating about 300 jobs, its "
        "owner said on Tuesday.\n\n"
        "Advertisement - Scroll to continue\n\n"
        "Most of the new shops will be in towns that have lost their high street bakery in the past decade.\n\n"
        "Story continues below advertisement\n\n"
        "The chain was founded in 1998 by two brothers who still run it from its first shop in Ashford.\n\n"
        "Advertisement\n"),
        title="Bakery chain to open 20 new shops", date="2025-06-10", authors=[],
        paragraphs=[
            "The bakery chain Crumb & Co will open 20 new shops by the end of next year, creating about 300 jobs, its "
            "owner said on Tuesday.",
            "Most of the new shops will be in towns that have lost their high street bakery in the past decade.",
            "The chain was founded in 1998 by two brothers who still run it from its first shop in Ashford."],
        absent=["ADVERTISEMENT", "Advertisement", "Story continues", "Scroll to continue"]),
    Probe(9, "month-source.txt", _text(
        "Coastal erosion: what the new survey shows\n"
        "Published: June 2025\n"
        "Source: Coastal Herald\n\n"
        "The survey found that the cliffs near Westhaven retreated by an average of 1.2 metres a year over the past "
        "decade, twice the rate of the decade before.\n\n"
        "Scientists said stronger storms and higher sea levels explained most of the change.\n\n"
        "The council will use the figures to decide which paths and car parks to move inland.\n"),
        title="Coastal erosion: what the new survey shows", date="2025-06", source="Coastal Herald",
        paragraphs=[
            "The survey found that the cliffs near Westhaven retreated by an average of 1.2 metres a year over the "
            "past decade, twice the rate of the decade before.",
            "Scientists said stronger storms and higher sea levels explained most of the change.",
            "The council will use the figures to decide which paths and car parks to move inland."],
        absent=["Published", "Source:"]),
    Probe(10, "clipper.md", _text(
        "---\n"
        "title: \"Airport expansion delayed by a year\"\n"
        "source: \"https://www.harbourtimes.example/news/airport-expansion-delayed\"\n"
        "author:\n"
        "  - \"[[Lena Vogt]]\"\n"
        "published: 2025-06-11\n"
        "created: 2025-06-12\n"
        "description: \"The second runway will open in 2028, not 2027.\"\n"
        "tags:\n"
        "  - \"clippings\"\n"
        "---\n"
        "The airport's second runway will open a year later than planned, in 2028, after the builder found old "
        "munitions on the site, the airport said on Wednesday.\n\n"
        "The munitions, left from the Second World War, were made safe by the army in May.\n\n"
        "The delay will add about 40 million euros to the cost, which the builder's insurers will pay.\n"),
        title="Airport expansion delayed by a year", date="2025-06-11", authors=["Lena Vogt"],
        source="harbourtimes.example",
        paragraphs=[
            "The airport's second runway will open a year later than planned, in 2028, after the builder found old "
            "munitions on the site, the airport said on Wednesday.",
            "The munitions, left from the Second World War, were made safe by the army in May.",
            "The delay will add about 40 million euros to the cost, which the builder's insurers will pay."],
        absent=["clippings", "created:", "title:", "---"]),
    Probe(11, "listen.txt", _text(
        "Teachers to get 4 per cent pay rise\n"
        "12 June 2025\n"
        "Listen to this article · 3 min\n"
        "Sam Patel\n"
        "Education correspondent\n\n"
        "Teachers in state schools will get a pay rise of 4 per cent from September, the education ministry said on "
        "Thursday.\n\n"
        "Head teachers said schools would have to cut other spending to pay for it unless the ministry gave them more "
        "money.\n\n"
        "The ministry said 1.5 billion pounds would be added to school budgets, enough to cover most of the rise.\n"),
        title="Teachers to get 4 per cent pay rise", date="2025-06-12", authors=["Sam Patel"],
        paragraphs=[
            "Teachers in state schools will get a pay rise of 4 per cent from September, the education ministry said "
            "on Thursday.",
            "Head teachers said schools would have to cut other spending to pay for it unless the ministry gave them "
            "more money.",
            "The ministry said 1.5 billion pounds would be added to school budgets, enough to cover most of the rise."],
        absent=["Listen to this article", "Education correspondent"]),
    Probe(12, "report-cover.txt", _text(
        "REGIONAL TRANSPORT REVIEW\n"
        "March 2025\n\n"
        "Bus services in the region carried 41 million passengers last year,\n"
        "up from 36 million the year before, but still below the level of\n"
        "2019. The review finds that most of the growth came from the new ex-\n"
        "press routes between the larger towns.\n\n"
        "2\n\n"
        "Rural routes lost passengers for the fifth year running. The review\n"
        "recommends that the region pay for on-demand minibuses in the valleys\n"
        "where fixed routes carry fewer than ten passengers a trip.\n"),
        title="REGIONAL TRANSPORT REVIEW", date="2025-03", authors=[],
        paragraphs=[
            "Bus services in the region carried 41 million passengers last year, up from 36 million the year before, "
            "but still below the level of 2019. The review finds that most of the growth came from the new express "
            "routes between the larger towns.",
            "Rural routes lost passengers for the fifth year running. The review recommends that the region pay for "
            "on-demand minibuses in the valleys where fixed routes carry fewer than ten passengers a trip."],
        absent=["ex- press"]),
]
