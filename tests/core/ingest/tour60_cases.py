"""The input tour (pdf60): PDF and DOCX articles as analysts get them, with what a reader sees in each.

Every case builds its file and states the expected title, date, authors and
body paragraphs; they were written before the loader was run on any of them.
Cases are numbered from 1; every third (3, 6, 9, ...) is set aside: it is
never used to tune the loader and is reported separately
(``test_input_tour60.py`` runs both parts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import tour_docx as wd
from .tour_pdf import Furniture, Layout, Sidebar, typeset


@dataclass
class Case:
    number: int
    name: str
    build: Callable[[Path], Path]
    title: str | None = None
    date: str | None = None  # a prefix of the ISO date
    authors: list[str] | None = None
    paragraphs: list[str] | None = None  # the body, exactly
    #: Text that must not be in the body (furniture, markers, deleted text, comments).
    absent: list[str] = field(default_factory=list)
    #: Paragraphs a reader may see as their own paragraphs anywhere (a sidebar), never inside another.
    optional: list[str] = field(default_factory=list)
    error: str | None = None  # words the one-line refusal must hold

    @property
    def set_aside(self) -> bool:
        return self.number % 3 == 0


# ---------------------------------------------------------------- texts

PORT = [
    "Dock workers at the port of Rotterdam returned to work on Wednesday after a nine-day strike that left more "
    "than two hundred ships waiting at anchor in the North Sea.",
    "The union and the port employers agreed on a pay rise of 6.5 percent over two years, union spokesman Pieter "
    "de Vries said at a press conference in the harbour office.",
    "Shipping lines had diverted cargo to Antwerp and Hamburg during the stoppage, and freight rates on the route "
    "from Asia rose by a fifth in a week.",
    "The port authority said it would take about ten days to clear the backlog of containers. It asked importers "
    "to expect delays until the end of the month.",
    "Economists at ING estimated that the strike had cost the Dutch economy around 80 million euros a day, mostly "
    "in delayed deliveries to factories in Germany.",
    "The employers' association said the agreement also covers new rules on night shifts, a point that had held "
    "up the talks since January.",
    "Farmers in the province of Zeeland had complained that fertiliser shipments were stuck on ships outside the "
    "harbour for more than a week.",
    "The transport minister, Barry Madlener, welcomed the deal and said the government had not taken part in the "
    "talks at any point.",
    "Container terminals will run extra shifts over the next two weekends, the operator APM Terminals said in a "
    "statement on its website.",
    "Customs officers, who were not on strike, said they expected to clear the first two hundred containers by "
    "Thursday evening.",
    "Several retailers had warned that spring clothing and garden furniture would arrive late in the shops "
    "because of the strike.",
    "The union said its members would vote on the agreement next week, but its leaders expect a large majority "
    "in favour of the deal.",
    "Talks on a separate agreement for the port's tug crews are due to begin in April and could lead to another "
    "stoppage in the summer.",
    "Port officials said the number of ships waiting at anchor had already fallen to about one hundred and sixty "
    "by Wednesday night.",
    "The last strike of comparable length at the port took place in 2002, when workers stopped for eleven days "
    "over pension rules.",
    "Rotterdam handled about 440 million tonnes of cargo last year, making it the largest port in Europe by a "
    "wide margin.",
    "Hamburg's port company said it had handled around eighty extra container ships during the strike and would "
    "now return to its normal schedule.",
    "The employers said they hoped the deal would restore the confidence of shipping lines, some of which had "
    "threatened to move services to other ports.",
]

FLOOD = [
    "The regional council approved a flood barrier for the lower valley on Monday, ending a dis|pute that has "
    "lasted more than ten years.",
    "The barrier will protect about 4,000 homes in flood-|prone villages along the river, the council's "
    "engineer, Ruth Amos, told the meeting.",
    "Con|struction is due to start in the autumn and will take three years. The national gov|ernment will pay "
    "two thirds of the cost of 85 million pounds.",
    "Residents of Eastfield, where the river burst its banks in January, cheered when the vote was announced in "
    "the council chamber.",
    "Environ|mental groups had asked for a long-|term plan that would give the river more room to flood farmland "
    "upstream instead.",
    "The council said it would consider such a plan for the upper valley, where the land is cheaper and fewer "
    "people live near the river.",
    "Farmers in the upper valley said they had not been consulted and would oppose any plan to flood their "
    "fields on purpose.",
    "The Environment Agency said the barrier was the only way to protect the lower villages before the next "
    "winter floods.",
    "Insurance companies have raised premiums in the valley by up to forty percent since the floods of 2020, "
    "the local newspaper reported last year.",
    "Council members from the opposition voted against the plan, saying the money should go to in|frastructure "
    "in the towns.",
    "A public inquiry into the January floods is due to report in the summer, and may call for further changes "
    "to the plan.",
    "The council's leader, Mark Ellis, said the vote was the most important decision the council had taken in "
    "a generation.",
]

TRAM = [
    "The city council approved a new tram line on Thursday that will link the main station with the university "
    "and the new hospital in the north.",
    "The line will cost 1.2 billion euros and is due to open in 2029, the head of the transport department, Eva "
    "Brandt, told councillors.",
    "Opponents had argued that electric buses would be cheaper, but the council said trams could carry twice as "
    "many passengers at peak hours.",
    "Shops along the route will get help with their losses during the construction works, the mayor said.",
    "The federal government has promised to pay sixty percent of the cost under its programme for local public "
    "transport.",
    "Residents of the northern districts have waited for a fast link to the centre since the 1990s, when the "
    "first plans were drawn up.",
    "Work on the first section, between the station and the university, will begin next spring.",
    "The city's public transport company said it would order thirty new trams from a manufacturer in Bautzen.",
    "Cyclists' groups welcomed the decision, but asked for separate bike lanes along the whole route.",
    "The council will vote on the detailed route through the old town in the autumn, after a public "
    "consultation.",
    "Traffic planners expect the line to carry about 45,000 passengers a day once it is complete.",
    "The opposition said it would ask the regional audit office to review the cost estimate before the first "
    "contracts are signed.",
]

GROWTH = [
    "The finance ministry cut its growth forecast for this year to 0.3 percent on Tuesday, from 1.1 percent in "
    "January.^1",
    "Weak exports to China and high energy prices were the main reasons, the minister, Lars Holm, told "
    "reporters.^2 He said the economy would pick up next year as interest rates fall.",
    "The central bank had already lowered its own forecast to 0.5 percent in March, citing weaker demand^3 for "
    "machinery and cars.",
    "Unemployment is expected to rise slightly to 5.9 percent, the ministry said, while inflation should fall "
    "to 2.4 percent by December.",
    "Business groups called on the government to cut taxes on electricity and to speed up planning permission "
    "for new factories.",
    "The opposition said the forecast showed that the government's economic policy had failed and called for a "
    "new budget.",
    "Economists at the national institute said the ministry's forecast was realistic but warned of risks from "
    "trade disputes.^4",
    "The ministry expects growth of 1.0 percent next year, slightly less than the institute's forecast of 1.2 "
    "percent.",
    "Exports fell by 2.1 percent in the first quarter, the statistics office said last month, the third fall "
    "in a row.",
    "Private consumption rose by 0.4 percent, helped by higher wages, while investment in buildings fell for "
    "the fifth quarter.",
    "The government will present its draft budget for next year in July, based on the new forecast.",
    "The minister said there was no room for new spending programmes but ruled out cuts to pensions.",
]
GROWTH_NOTES = ["1 Spring projection of the finance ministry, 22 April 2025.",
                "2 Press conference in the ministry, 22 April 2025.",
                "3 Central bank, Monthly Report, March 2025.",
                "4 National Institute for Economic Research, Spring Outlook."]


def plain(text: str) -> str:
    """A paragraph as the reader sees it: hyphenation marks and footnote markers out."""
    import re

    return re.sub(r"\^\w", "", text.replace("-|", "-").replace("|", ""))


# ---------------------------------------------------------------- PDF builders

def pdf_browser_print(path: Path) -> Path:
    furniture = Furniture(head_left="12/03/2025, 10:42", head_right="Port strike ends after nine days | Harbour Times",
                          foot_left="https://harbourtimes.example/business/port-strike-ends", foot_right="{page}/{pages}")
    blocks = [("title", "Port strike ends after nine days"), ("front", "By Anna Berg"), ("front", "12 March 2025")]
    blocks += [("body", t) for t in PORT]
    return typeset(path, blocks, Layout(furniture=furniture, title_meta="Port strike ends after nine days | Harbour Times"))


def pdf_epaper(path: Path) -> Path:
    furniture = Furniture(head_left="THE NORTHERN COURIER", head_right="Tuesday, 4 March 2025", foot_center="{page}")
    blocks = [("title", "Flood barrier approved for the lower valley"), ("front", "By Tom Hale and Sara Lind")]
    blocks += [("body", t) for t in FLOOD[:3]]
    blocks += [("caption", "The river burst its banks at Eastfield in January. Photo: Jo Park")]
    blocks += [("body", t) for t in FLOOD[3:]]
    blocks += [("body", t) for t in PORT[6:16]]  # the page goes on with another story (the e-paper's next one)
    return typeset(path, blocks, Layout(columns=2, furniture=furniture))


EPAPER_PARAGRAPHS = [plain(t) for t in FLOOD] + PORT[6:16]


def pdf_report(path: Path) -> Path:
    furniture = Furniture(foot_left="Centre for Energy Studies | Grid Storage Outlook 2024", foot_right="{page}",
                          skip_first=True)
    blocks = [("cover", "CENTRE FOR ENERGY STUDIES"), ("cover", "Grid Storage Outlook 2024"),
              ("cover", "Policy Report No. 12"), ("cover", "June 2024"), ("pagebreak", ""),
              ("heading", "Executive summary")]
    blocks += [("body", t) for t in REPORT[:4]] + [("footnote", n) for n in REPORT_NOTES]
    blocks += [("heading", "Recommendations")] + [("body", t) for t in REPORT[4:]]
    return typeset(path, blocks, Layout(furniture=furniture, title_meta="Grid Storage Outlook 2024"))


REPORT = [
    "Battery storage on the power grid grew fourfold between 2020 and 2023, led by projects in California, "
    "China and Australia.^1",
    "In Europe, storage still covers less than one percent of peak demand, and most new projects are small "
    "batteries at homes with solar panels.^2",
    "Grid operators will need at least 200 gigawatts of storage by 2030 if the European Union is to meet its "
    "target for renewable power.",
    "The main obstacles are grid fees that charge storage twice, slow connection procedures and the lack of "
    "long-term contracts for flexibility.",
    "Governments should remove double grid fees for storage within two years.",
    "Grid operators should publish where new storage would relieve congestion, and connect such projects "
    "first.",
    "Regulators should let storage owners sign long-term contracts for services to the grid.",
]
REPORT_NOTES = ["1 IEA, Grid-Scale Storage, 2023.", "2 Eurostat, electricity statistics for 2022."]


def pdf_press_release(path: Path) -> Path:
    blocks = [("heading", "PRESS RELEASE"), ("line", "Nordwind Energy GmbH, Friedrichstrasse 100, 10117 Berlin"),
              ("line", "For immediate release"), ("title", "Nordwind Energy to build 400-megawatt offshore wind farm")]
    blocks += [("body", t) for t in RELEASE]
    blocks += [("line", "###"), ("heading", "About Nordwind Energy"),
               ("body", "Nordwind Energy GmbH develops and runs wind farms in Germany and Denmark. Founded in 2009, "
                        "it employs 650 people."),
               ("line", "Media contact: Jan Weber, +49 30 1234 567, press@nordwind.example")]
    return typeset(path, blocks)


RELEASE = [
    "BERLIN, 5 May 2025 - Nordwind Energy will build a 400-megawatt wind farm in the Baltic Sea, the company said "
    "on Monday. Construction will start in 2026.",
    "The wind farm, 30 kilometres north of Rügen, will supply power for about 450,000 homes from 2028, chief "
    "executive Katrin Scholz said.",
    "The company will invest 1.4 billion euros and has signed a contract with Siemens Gamesa for 28 turbines.",
]


def pdf_sidebar(path: Path) -> Path:
    blocks = [("title", "City approves new tram line"), ("front", "By Lena Koch"), ("front", "Published 20 February 2025")]
    blocks += [("body", t) for t in TRAM]
    sidebar = Sidebar("Key facts", ["Budget: 1.2 billion euros", "Length: 34 km", "Stations: 12", "Opening: 2029"])
    return typeset(path, blocks, Layout(sidebar=sidebar))


def pdf_two_column_report(path: Path) -> Path:
    furniture = Furniture(head_left="Regional Economic Review", head_right="Spring 2025", foot_center="- {page} -")
    blocks = [("title", "Valley towns face a long recovery"), ("front", "By Ruth Amos")]
    blocks += [("heading", "The damage")] + [("body", t) for t in FLOOD[:6]]
    blocks += [("heading", "What comes next")] + [("body", t) for t in FLOOD[6:]] + [("body", t) for t in TRAM[:8]]
    return typeset(path, blocks, Layout(columns=2, furniture=furniture))


def pdf_footnotes(path: Path) -> Path:
    furniture = Furniture(foot_center="Page {page} of {pages}")
    blocks = [("title", "Ministry cuts growth forecast to 0.3 percent"), ("front", "By Nina Berg, Economics correspondent"),
              ("front", "23 April 2025")]
    blocks += [("body", t) for t in GROWTH[:5]] + [("footnote", n) for n in GROWTH_NOTES]
    blocks += [("body", t) for t in GROWTH[5:]]
    return typeset(path, blocks, Layout(furniture=furniture, paragraph_gap=8))


def pdf_scanned(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595, 842))
    for page in range(2):  # grey bands where a scan's lines of text would be: pictures, no text layer
        for i in range(40):
            canvas.setFillGray(0.3 + 0.01 * (i % 7))
            canvas.rect(70, 760 - 16 * i, 440 - 30 * (i % 3), 9, fill=1, stroke=0)
        canvas.showPage()
    canvas.save()
    return path


def pdf_encrypted(path: Path, user: str = "s3cret") -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), encrypt=pdfencrypt.StandardEncryption(user, ownerPassword="owner", strength=128))
    y = 780
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(64, y, "Port strike ends after nine days")
    canvas.setFont("Helvetica", 10)
    for t in PORT[:3]:
        y -= 30
        canvas.drawString(64, y, t[:90])
    canvas.save()
    return path


def pdf_owner_password_only(path: Path) -> Path:
    furniture = Furniture()
    blocks = [("title", "Port strike ends after nine days"), ("front", "By Anna Berg"), ("front", "12 March 2025")]
    blocks += [("body", t) for t in PORT[:5]]
    typeset(path, blocks, Layout(furniture=furniture))
    # The same page, re-drawn with an owner password only (no password to open: printing/copying limits).
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0,
                                                                      canCopy=0, strength=128))
    y = 780
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(64, y, "Port strike ends after nine days")
    canvas.setFont("Helvetica", 10)
    y -= 20
    canvas.drawString(64, y, "By Anna Berg")
    y -= 14
    canvas.drawString(64, y, "12 March 2025")
    y -= 10
    for t in ["Dock workers returned to work on Wednesday after a nine-day strike.",
              "The union and the employers agreed on a pay rise of 6.5 percent over two years."]:
        y -= 20
        canvas.drawString(64, y, t)
    canvas.save()
    return path


def pdf_page_of_pages(path: Path) -> Path:
    furniture = Furniture(head_left="Harbour Times - Business", head_right="Thursday 13 March 2025",
                          foot_center="Page {page} of {pages}")
    blocks = [("title", "Ports count the cost of the strike"), ("front", "By Anna Berg and Piet Smit")]
    blocks += [("body", t) for t in PORT + TRAM[:6] + [plain(t) for t in FLOOD[:6]]]
    return typeset(path, blocks, Layout(columns=2, furniture=furniture))


# ---------------------------------------------------------------- DOCX builders

def docx_copy_paste(path: Path) -> Path:
    body = [wd.p(wd.r("Tram line wins final vote", "<w:b/><w:sz w:val=\"32\"/>")), wd.p(""),
            wd.p("By Maria Lopez"), wd.p("Published 2 April 2025"), wd.p("")]
    for t in TRAM[:3]:
        body.append(wd.p(t.replace("council approved", "council\u00a0approved")))
    # A soft return inside a pasted paragraph: one paragraph, two lines in the browser.
    body.append(wd.p(wd.r(TRAM[3]), "<w:r><w:br/></w:r>", wd.r(TRAM[4])))
    body += [wd.p(""), wd.p(TRAM[5])]
    return wd.write_docx(path, body, author="mlopez")


COPY_PASTE_PARAGRAPHS = TRAM[:3] + [TRAM[3] + " " + TRAM[4], TRAM[5]]


def docx_press_office(path: Path) -> Path:
    letterhead = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/>'
                  '<w:gridCol w:w="4500"/></w:tblGrid><w:tr><w:tc>' + wd.p("Ministry of Transport") + wd.p("Press Office")
                  + '</w:tc><w:tc>' + wd.p("Date: 14 May 2025") + wd.p("Ref: PR-2025-031") + '</w:tc></w:tr></w:tbl>')
    header = wd.p("Ministry of Transport - Press Release")
    footer = wd.p("Page ", '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>', " of 1")
    body = [letterhead, wd.p("Night trains to return on three routes", style="Title")]
    body += [wd.p(t) for t in NIGHT]
    body += [wd.p("ENDS"), wd.p("Notes to editors", style="Heading2"),
             wd.p("The Ministry of Transport is responsible for rail, road and air travel policy."),
             wd.p("Press Office: +44 20 7946 0000, press@transport.example")]
    parts = {"header1.xml": ("rIdH1", "header", header), "footer1.xml": ("rIdF1", "footer", footer)}
    sect = '<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
    return wd.write_docx(path, body, parts=parts, sect=sect)


NIGHT = [
    "Night trains will return on three routes from December, the transport secretary, Louise Haigh, said on "
    "Wednesday.",
    "The trains will run between London and Inverness, Glasgow and Penzance, and the ministry will pay for new "
    "sleeping cars.",
    "Passenger groups welcomed the plan but said fares had to stay below the price of a flight.",
]


def docx_tracked(path: Path) -> Path:
    body = [wd.p("Council delays vote on bus fares", style="Title"),
            wd.p(wd.r("The city council delayed its vote on bus fares"), wd.dele(" by a month", 1),
                 wd.ins(" until after the summer", 2), wd.r(", the mayor said on Friday.")),
            wd.p(wd.r("Fares would rise by "), wd.dele("ten", 3), wd.ins("twelve", 4),
                 wd.r(" percent under the plan, which the transport company asked for in March.")),
            # A paragraph moved down: its old place is a moveFrom, its new one a moveTo.
            '<w:p><w:moveFrom w:id="5" w:author="Ed" w:date="2025-01-01T00:00:00Z">'
            + wd.r("Students and pensioners would pay half price.") + "</w:moveFrom></w:p>",
            wd.p("The opposition wants fares frozen until the new tram line opens."),
            '<w:p><w:moveTo w:id="6" w:author="Ed" w:date="2025-01-01T00:00:00Z">'
            + wd.r("Students and pensioners would pay half price.") + "</w:moveTo></w:p>",
            # A whole paragraph deleted, its mark too.
            '<w:p><w:pPr><w:rPr><w:del w:id="7" w:author="Ed" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>'
            + wd.dele("This paragraph was cut by the editor.", 8) + "</w:p>",
            wd.p(wd.r("More details are on the "),
                 '<w:hyperlink r:id="rIdL1"><w:r><w:t>council website</w:t></w:r>'
                 + wd.dele(" (in German)", 9) + "</w:hyperlink>", wd.r("."))]
    rels = ['<Relationship Id="rIdL1" Type="' + wd.REL + 'hyperlink" Target="https://city.example/fares" '
            'TargetMode="External"/>']
    return wd.write_docx(path, body, rels=rels)


def docx_comments(path: Path) -> Path:
    comments = ('<w:comment w:id="0" w:author="Editor" w:date="2025-01-01T00:00:00Z" w:initials="E">'
                + wd.p("Check this figure with the ministry before we run it.") + "</w:comment>")
    body = [wd.p("Hospital waiting lists fall for the first time in two years", style="Title"),
            wd.p(wd.r("Waiting lists at public hospitals fell by "), '<w:commentRangeStart w:id="0"/>',
                 wd.r("4 percent"), '<w:commentRangeEnd w:id="0"/>',
                 '<w:r><w:commentReference w:id="0"/></w:r>', wd.r(" in the first quarter, the health ministry said.")),
            wd.p("The number of patients waiting more than a year fell to 12,000, the lowest since 2019."),
            wd.p("Doctors' unions said the figures hid long waits for children's mental health services.")]
    return wd.write_docx(path, body, parts={"comments.xml": ("rIdC1", "comments", comments)})


def docx_footnotes(path: Path) -> Path:
    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1">' + wd.p('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                                          '<w:footnoteRef/></w:r>', " Statistics office, release of 3 June 2025.")
             + "</w:footnote>")
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    body = [wd.p("Exports fall for a third quarter", style="Title"),
            wd.p(wd.r("Exports fell by 2.1 percent in the first quarter"), ref, wd.r(", the third fall in a row.")),
            wd.p(wd.r("Sales to China dropped most"), ref, wd.r(" while sales to the United States rose slightly.")),
            wd.p("Economists expect a recovery in the second half of the year.")]
    return wd.write_docx(path, body, parts={"footnotes.xml": ("rIdN1", "footnotes", notes)})


def docx_text_box(path: Path) -> Path:
    body = [wd.p("Libraries extend opening hours", style="Title"),
            wd.p("City libraries will open on Sundays from September, the culture department said on Monday."),
            wd.p(wd.r("The change will cost 400,000 euros a year and needs twenty new staff."),
                 wd.text_box("\u201cLibraries are the living rooms of the city\u201d", "Culture councillor Anna Weiss")),
            wd.p("Visitor numbers rose by a third last year, mostly students who come to study.")]
    return wd.write_docx(path, body)


def docx_content_controls(path: Path) -> Path:
    sdt_title = ('<w:sdt><w:sdtPr><w:alias w:val="Title"/><w:tag w:val="title"/></w:sdtPr><w:sdtContent>'
                 + wd.p("Water prices to rise in July", style="Title") + "</w:sdtContent></w:sdt>")
    date_control = ('<w:sdt><w:sdtPr><w:date w:fullDate="2025-06-02T00:00:00Z"/></w:sdtPr><w:sdtContent>'
                    + wd.r("2 June 2025") + "</w:sdtContent></w:sdt>")
    body = [sdt_title, wd.p(wd.r("Published "), date_control),
            wd.p(wd.r("Water prices will rise by 8 percent in July, the utility "),
                 '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
                 + wd.r("Aqua Nord") + "</w:smartTag>", wd.r(" said on Monday.")),
            wd.p(wd.r("The company blamed the cost of new filters, which "),
                 '<w:fldSimple w:instr=" DOCPROPERTY Company "><w:r><w:t>Aqua Nord</w:t></w:r></w:fldSimple>',
                 wd.r(" must install by 2027 under new rules.")),
            # A block-level content control holding two paragraphs of the body (a template's "body" field).
            '<w:sdt><w:sdtPr><w:alias w:val="Body"/></w:sdtPr><w:sdtContent>'
            + wd.p("A family of four will pay about 60 euros more a year.")
            + wd.p("Consumer groups said the rise was too steep and asked the regulator to review it.")
            + "</w:sdtContent></w:sdt>"]
    return wd.write_docx(path, body)


CONTROLS_PARAGRAPHS = [
    "Water prices will rise by 8 percent in July, the utility Aqua Nord said on Monday.",
    "The company blamed the cost of new filters, which Aqua Nord must install by 2027 under new rules.",
    "A family of four will pay about 60 euros more a year.",
    "Consumer groups said the rise was too steep and asked the regulator to review it.",
]


def docx_header_footer(path: Path) -> Path:
    header = wd.p("Harbour Times - Business desk - draft")
    footer = wd.p(wd.r("Page "), '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                  ' PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wd.r("1")
                  + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', wd.r(" - Confidential"))
    body = [wd.p("Ferry operator orders two electric ships", style="Title"), wd.p("By Piet Smit"),
            wd.p(wd.r("The ferry operator ordered two electric ships on "),
                 # a complex field in the body: its code is no text, its result is
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ '
                 '"d MMMM" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wd.r("Tuesday")
                 + '<w:r><w:fldChar w:fldCharType="end"/></w:r>', wd.r(", for 120 million euros.")),
            wd.p("The ships will cross to the islands from 2027 and replace two diesel ferries built in the 1980s.")]
    parts = {"header1.xml": ("rIdH1", "header", header), "footer1.xml": ("rIdF1", "footer", footer)}
    sect = '<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
    return wd.write_docx(path, body, parts=parts, sect=sect)


def docx_bomb(path: Path) -> Path:
    import io
    import zipfile

    base = wd.write_docx(path, [wd.p("Title", style="Title"), wd.p("Body text of the article.")]).read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/media/filler.xml", b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>")
    path.write_bytes(out.getvalue())
    return path


SECRET = "Tarragon-7 secret local file"


def docx_external(path: Path) -> Path:
    secret = path.with_name("secret.txt")
    secret.write_text(SECRET)
    url = secret.as_uri()
    body = [wd.p("Bridge reopens after repairs", style="Title"),
            wd.p(wd.r("The Elbe bridge reopened on Saturday after eight months of repairs, the "),
                 '<w:hyperlink r:id="rIdX1"><w:r><w:t>city</w:t></w:r></w:hyperlink>', wd.r(" said.")),
            # a picture linked, not embedded (Word fetches it when the file opens)
            wd.p('<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture 1"/>'
                 '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                 '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
                 '<pic:cNvPr id="1" name="x.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdX2"/>'
                 '</pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'),
            # a field that includes another file's text
            wd.p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDETEXT '
                 f'"{secret}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 + wd.r("Traffic will flow in both directions again.") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
            wd.p("Lorries over 30 tonnes remain banned until the second phase ends in the autumn.")]
    rels = [f'<Relationship Id="rIdX1" Type="{wd.REL}hyperlink" Target="http://127.0.0.1:9/track?id=1" TargetMode="External"/>',
            f'<Relationship Id="rIdX2" Type="{wd.REL}image" Target="http://127.0.0.1:9/pixel.png" TargetMode="External"/>',
            f'<Relationship Id="rIdX3" Type="{wd.REL}subDocument" Target="{url}" TargetMode="External"/>',
            f'<Relationship Id="rIdX4" Type="{wd.REL}oleObject" Target="{url}" TargetMode="External"/>']
    settings_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                     'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="' + wd.REL
                     + 'attachedTemplate" Target="\\\\127.0.0.1\\share\\template.dotm" TargetMode="External"/>'
                     "</Relationships>")
    return wd.write_docx(path, body, rels=rels, extra_files={"word/_rels/settings.xml.rels": settings_rels})


def docx_headings_lists(path: Path) -> Path:
    body = [wd.p("Schools get more money for teachers", style="Title"),
            wd.p("The state will hire 2,000 more teachers", style="Subtitle"),
            wd.p("The state government will give schools an extra 300 million euros next year, the education "
                 "minister said on Thursday."),
            wd.p("Where the money goes", style="Heading1"),
            wd.p("Primary schools in poorer districts will get the largest share.", style="ListBullet"),
            wd.p("Every school will be able to hire a social worker.", style="ListBullet"),
            wd.p("Teachers' unions welcomed the plan but said it came too late for the coming school year.")]
    return wd.write_docx(path, body)


def odt_file(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:'
                                  'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
                                  'text:1.0"><office:body><office:text><text:p>Hello</text:p></office:text>'
                                  '</office:body></office:document-content>')
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


def rtf_file(path: Path) -> Path:
    path.write_text(r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}}\f0 Port strike ends after nine days\par "
                    r"Dock workers returned to work on Wednesday.\par}")
    return path


# ---------------------------------------------------------------- the cases, numbered

CASES = [
    Case(1, "browser-print.pdf", pdf_browser_print, title="Port strike ends after nine days", date="2025-03-12",
         authors=["Anna Berg"], paragraphs=PORT, absent=["harbourtimes.example", "10:42", "Harbour Times"]),
    Case(2, "epaper.pdf", pdf_epaper, title="Flood barrier approved for the lower valley", date="2025-03-04",
         authors=["Tom Hale", "Sara Lind"], paragraphs=EPAPER_PARAGRAPHS,
         absent=["NORTHERN COURIER", "Photo: Jo Park", "burst its banks at Eastfield in January. Photo"]),
    Case(3, "report.pdf", pdf_report, title="Grid Storage Outlook 2024", date="2024-06",
         paragraphs=["Executive summary"] + [plain(t) for t in REPORT[:4]] + ["Recommendations"]
         + [plain(t) for t in REPORT[4:]],
         absent=["Centre for Energy Studies |", "IEA, Grid-Scale", "Eurostat, electricity"]),
    Case(4, "press-release.pdf", pdf_press_release, title="Nordwind Energy to build 400-megawatt offshore wind farm",
         date="2025-05-05", paragraphs=RELEASE, absent=["###", "Media contact", "For immediate release",
                                                           "Friedrichstrasse", "PRESS RELEASE", "employs 650"]),
    Case(5, "sidebar.pdf", pdf_sidebar, title="City approves new tram line", date="2025-02-20", authors=["Lena Koch"],
         paragraphs=TRAM, optional=["Key facts", "Budget: 1.2 billion euros", "Length: 34 km", "Stations: 12",
                                    "Opening: 2029"]),
    Case(6, "two-column-report.pdf", pdf_two_column_report, title="Valley towns face a long recovery",
         authors=["Ruth Amos"], paragraphs=["The damage"] + [plain(t) for t in FLOOD[:6]] + ["What comes next"]
         + [plain(t) for t in FLOOD[6:]] + TRAM[:8], absent=["Regional Economic Review", "Spring 2025", "- 2 -"]),
    Case(7, "footnotes.pdf", pdf_footnotes, title="Ministry cuts growth forecast to 0.3 percent", date="2025-04-23",
         authors=["Nina Berg"], paragraphs=[plain(t) for t in GROWTH],
         absent=["Spring projection", "Press conference in the ministry", "Monthly Report", "Page 1 of"]),
    Case(8, "scan.pdf", pdf_scanned, error="no text layer|OCR"),
    Case(9, "encrypted.pdf", pdf_encrypted, error="encrypted|password"),
    Case(10, "no-copy.pdf", pdf_owner_password_only, title="Port strike ends after nine days", date="2025-03-12",
         authors=["Anna Berg"], paragraphs=["Dock workers returned to work on Wednesday after a nine-day strike.",
                                            "The union and the employers agreed on a pay rise of 6.5 percent over two years."]),
    Case(11, "browser-print-docx.docx", docx_copy_paste, title="Tram line wins final vote", date="2025-04-02",
         authors=["Maria Lopez"], paragraphs=COPY_PASTE_PARAGRAPHS),
    Case(12, "page-of-pages.pdf", pdf_page_of_pages, title="Ports count the cost of the strike", date="2025-03-13",
         authors=["Anna Berg", "Piet Smit"], paragraphs=PORT + TRAM[:6] + [plain(t) for t in FLOOD[:6]],
         absent=["Page 1 of", "Harbour Times - Business"]),
    Case(13, "press-office.docx", docx_press_office, title="Night trains to return on three routes", date="2025-05-14",
         paragraphs=NIGHT, absent=["Press Release", "Page 1", "ENDS", "press@transport", "Ref: PR-2025"]),
    Case(14, "tracked.docx", docx_tracked, title="Council delays vote on bus fares",
         paragraphs=["The city council delayed its vote on bus fares until after the summer, the mayor said on Friday.",
                     "Fares would rise by twelve percent under the plan, which the transport company asked for in March.",
                     "The opposition wants fares frozen until the new tram line opens.",
                     "Students and pensioners would pay half price.",
                     "More details are on the council website."],
         absent=["by a month", "ten percent", "cut by the editor", "(in German)"]),
    Case(15, "comments.docx", docx_comments, title="Hospital waiting lists fall for the first time in two years",
         paragraphs=["Waiting lists at public hospitals fell by 4 percent in the first quarter, the health ministry said.",
                     "The number of patients waiting more than a year fell to 12,000, the lowest since 2019.",
                     "Doctors' unions said the figures hid long waits for children's mental health services."],
         absent=["Check this figure"]),
    Case(16, "footnotes.docx", docx_footnotes, title="Exports fall for a third quarter",
         paragraphs=["Exports fell by 2.1 percent in the first quarter, the third fall in a row.",
                     "Sales to China dropped most while sales to the United States rose slightly.",
                     "Economists expect a recovery in the second half of the year."],
         absent=["Statistics office, release"]),
    Case(17, "text-box.docx", docx_text_box, title="Libraries extend opening hours",
         paragraphs=["City libraries will open on Sundays from September, the culture department said on Monday.",
                     "The change will cost 400,000 euros a year and needs twenty new staff.",
                     "Visitor numbers rose by a third last year, mostly students who come to study."],
         optional=["\u201cLibraries are the living rooms of the city\u201d", "Culture councillor Anna Weiss"]),
    Case(18, "content-controls.docx", docx_content_controls, title="Water prices to rise in July", date="2025-06-02",
         paragraphs=CONTROLS_PARAGRAPHS),
    Case(19, "header-footer.docx", docx_header_footer, title="Ferry operator orders two electric ships",
         authors=["Piet Smit"],
         paragraphs=["The ferry operator ordered two electric ships on Tuesday, for 120 million euros.",
                     "The ships will cross to the islands from 2027 and replace two diesel ferries built in the 1980s."],
         absent=["Business desk", "Confidential", "DATE", "MMMM"]),
    Case(20, "bomb.docx", docx_bomb, error="ZIP bomb|inflates"),
    Case(21, "external.docx", docx_external, title="Bridge reopens after repairs",
         paragraphs=["The Elbe bridge reopened on Saturday after eight months of repairs, the city said.",
                     "Traffic will flow in both directions again.",
                     "Lorries over 30 tonnes remain banned until the second phase ends in the autumn."],
         absent=[SECRET, "INCLUDETEXT", "127.0.0.1"]),
    Case(22, "headings.docx", docx_headings_lists, title="Schools get more money for teachers",
         paragraphs=["The state will hire 2,000 more teachers",
                     "The state government will give schools an extra 300 million euros next year, the education "
                     "minister said on Thursday.", "Where the money goes",
                     "Primary schools in poorer districts will get the largest share.",
                     "Every school will be able to hire a social worker.",
                     "Teachers' unions welcomed the plan but said it came too late for the coming school year."]),
    Case(23, "story.odt", odt_file, error="OpenDocument|save it as PDF or DOCX"),
    Case(24, "story.rtf", rtf_file, error="RTF|save it as PDF or DOCX"),
]
