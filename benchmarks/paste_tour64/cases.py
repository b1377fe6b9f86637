"""paste_tour64: 24 made-up pastes (Ctrl+V) with what a reader should get, written before the loader ran on them.

Text copied from a browser (nav lines, "Advertisement", share buttons, image captions, "Read more" links), from a
PDF viewer (hard line breaks, hyphenation, page numbers), from an e-mail client (quoted "> " lines, the
"From:/Sent:/Subject:" headers of a forwarded story), from Word (smart quotes, non-breaking spaces, zero-width
characters), clipboard HTML fragments (no <html>, no <title>), and the known misreads of earlier rounds (a bare
author name over a date line, a kicker/label line under the title, a Markdown pipe table in the body). Every third
case (3, 6, ..., 24) is set aside: not used to tune the loader, reported apart.

Each case: ``text`` (the clipboard's plain text), ``html`` (its HTML copy, "" when the program gave none), and the
expected ``title``, ``date`` (ISO prefix), ``source``, ``authors`` (None: not checked), ``first`` (the first body
paragraph) and ``absent`` (strings that must not be in the body).
"""

from __future__ import annotations

from dataclasses import dataclass, field

NBSP, NNBSP, ZW, SHY = "\u00a0", "\u202f", "\u200b", "\u00ad"


@dataclass
class Case:
    number: int
    name: str
    text: str
    html: str = ""
    title: str | None = None
    date: str | None = None
    source: str | None = None
    authors: list[str] | None = None
    first: str | None = None
    absent: list[str] = field(default_factory=list)

    @property
    def set_aside(self) -> bool:
        return self.number % 3 == 0


CASES = [
    Case(1, "browser-nav-en",
         "Skip to main content\nHome\nNews\nWorld\nBusiness\nSport\n"
         "Harbour strike halts grain exports for a second day\n"
         "Dock workers stayed away as pay talks stalled\n"
         "By Mari Evans\n12 March 2024\nShare\nSave\n"
         "Dock workers at the port of Kelston stayed off the job on Tuesday, leaving 40 ships waiting to load grain.\n"
         "Advertisement\n"
         "The union says pay talks broke down last week after the operator offered a rise of 2 percent.\n"
         "Ships wait off the coast of Kelston on Tuesday. Photo: Tom Reed/Reuters\n"
         "Read more: Grain prices climb as harvest falls short\n"
         "The operator said it would meet the union again on Thursday.\n",
         title="Harbour strike halts grain exports for a second day", date="2024-03-12", authors=["Mari Evans"],
         # Round 2 (cases_mail.py): a standfirst is body paragraph 1 in every format, as HTML reads it (was: the first
         # sentence below the byline)
         first="Dock workers stayed away as pay talks stalled",
         absent=["Skip to main content", "Advertisement", "Read more", "Photo: Tom Reed", "Share", "Grain prices climb"]),
    Case(2, "bare-author-date-en",
         "Rail operator cuts night services across the north\n"
         "Jane Doe\n"
         "12 March 2024\n\n"
         "The rail operator will cut most night services across the north from May, it said on Monday.\n\n"
         "Unions called the decision a betrayal of shift workers who rely on the late trains.\n",
         title="Rail operator cuts night services across the north", date="2024-03-12", authors=["Jane Doe"],
         first="The rail operator will cut most night services across the north from May, it said on Monday.",
         absent=["Jane Doe"]),
    Case(3, "email-forward-en",
         "---------- Forwarded message ---------\n"
         "From: Anna Berg <anna.berg@example.org>\n"
         "Date: Mon, 3 Jun 2024 at 09:12\n"
         "Subject: Council approves new tram line\n"
         "To: Desk <desk@example.org>\n\n"
         "Council approves new tram line\n\n"
         "By Tom Reed\n\n"
         "The city council voted 31 to 12 on Monday to build a tram line from the station to the northern suburbs.\n\n"
         "Construction is due to start next spring and the first trams should run in 2029.\n",
         title="Council approves new tram line", date="2024-06-03", authors=["Tom Reed"],
         first="The city council voted 31 to 12 on Monday to build a tram line from the station to the northern suburbs.",
         absent=["Forwarded message", "anna.berg", "desk@example.org"]),
    Case(4, "word-smart-en",
         "Minister\u2019s plan for \u201cgreen ports\u201d meets resistance\n"
         f"By{NBSP}Sam{NBSP}Patel\n\n"
         f"The transport mini{ZW}ster\u2019s plan to electrify{NBSP}all harbour cranes by 2030 met resistance on "
         f"Wednes{SHY}day from port operators, who called it \u201cunaffordable\u201d.\n\n"
         f"Operators say the work would cost \u00a3{NBSP}2.4{NBSP}billion.\n",
         title="Minister\u2019s plan for \u201cgreen ports\u201d meets resistance", authors=["Sam Patel"],
         first="The transport minister\u2019s plan to electrify all harbour cranes by 2030 met resistance on Wednesday "
               "from port operators, who called it \u201cunaffordable\u201d.",
         absent=[ZW, SHY, NBSP]),
    Case(5, "html-fragment-en",
         "Flood defences hold as river peaks\n\nBy Lena Hart\n\n4 February 2025\n\n"
         "Residents watch the river from the bridge\n\n"
         "The River Alder peaked at 4.2 metres overnight, but the new flood walls held, the council said.\n\n"
         "Advertisement\n\n"
         "About 300 homes had been told to prepare to leave.\n\nRead more\n",
         "<h1>Flood defences hold as river peaks</h1><p class=\"byline\">By Lena Hart</p>"
         "<time datetime=\"2025-02-04\">4 February 2025</time>"
         "<figure><img src=\"a.jpg\"><figcaption>Residents watch the river from the bridge</figcaption></figure>"
         "<p>The River Alder peaked at 4.2 metres overnight, but the new flood walls held, the council said.</p>"
         "<div class=\"ad\">Advertisement</div>"
         "<p>About 300 homes had been told to prepare to leave.</p><p><a href=\"/more\">Read more</a></p>",
         title="Flood defences hold as river peaks", date="2025-02-04", authors=["Lena Hart"],
         first="The River Alder peaked at 4.2 metres overnight, but the new flood walls held, the council said.",
         absent=["Advertisement", "Residents watch the river", "Read more"]),
    Case(6, "kicker-fr",
         "La France relance son programme de centrales nucléaires\n"
         "Analyse\n"
         "Par Pierre Martin\n"
         "12 mai 2025\n\n"
         "Le gouvernement a confirmé lundi la construction de six nouveaux réacteurs d'ici 2040.\n\n"
         "Le coût du programme est estimé à 52 milliards d'euros par EDF.\n",
         title="La France relance son programme de centrales nucléaires", date="2025-05-12",
         authors=["Pierre Martin"],
         first="Le gouvernement a confirmé lundi la construction de six nouveaux réacteurs d'ici 2040.",
         absent=["Analyse"]),
    Case(7, "bare-author-date-de",
         "Stadtrat beschließt neue Straßenbahnlinie\n"
         "Anna Schmidt\n"
         "12. März 2024\n\n"
         "Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau einer neuen Straßenbahnlinie beschlossen.\n\n"
         "Die Linie soll ab 2029 den Hauptbahnhof mit den nördlichen Stadtteilen verbinden.\n",
         title="Stadtrat beschließt neue Straßenbahnlinie", date="2024-03-12", authors=["Anna Schmidt"],
         first="Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau einer neuen Straßenbahnlinie beschlossen.",
         absent=["Anna Schmidt"]),
    Case(8, "pipe-table-en",
         "# Regional unemployment falls for a third quarter\n\n"
         "Unemployment fell in every region in the third quarter, the statistics office said on Friday.\n\n"
         "| Region | Q2 | Q3 |\n|---|---|---|\n| North | 6.1% | 5.8% |\n| South | 4.9% | 4.7% |\n"
         "| East | 5.5% | 5.2% |\n\n"
         "The office said seasonal hiring in tourism explained part of the fall.\n",
         title="Regional unemployment falls for a third quarter",
         first="Unemployment fell in every region in the third quarter, the statistics office said on Friday.",
         absent=["|", "---"]),
    Case(9, "outlook-forward-quoted",
         "From: News Desk <desk@example.org>\n"
         "Sent: Tuesday, 4 June 2024 10:15\n"
         "To: Team\n"
         "Subject: FW: Drought cuts olive harvest in half\n\n"
         "> Drought cuts olive harvest in half\n"
         ">\n"
         "> Farmers in the south expect to pick half as many olives as last year after a winter without rain.\n"
         ">\n"
         "> Prices of olive oil have already risen by a third since January, the growers' union said.\n",
         title="Drought cuts olive harvest in half",
         first="Farmers in the south expect to pick half as many olives as last year after a winter without rain.",
         absent=["FW:", "desk@example.org", "News Desk"]),
    Case(10, "browser-es-kicker",
         "Portada\nEconomía\n"
         "El Gobierno aprueba una rebaja del IVA de los alimentos\n"
         "EXCLUSIVA\n"
         "Por María López\n"
         "12 de marzo de 2024\n"
         "Compartir\n"
         "El Consejo de Ministros aprobó este martes una rebaja del IVA de los alimentos básicos hasta junio.\n"
         "Publicidad\n"
         "La medida costará unos 700 millones de euros, según el Ministerio de Hacienda.\n"
         "Lee también: Los precios suben un 3 % en febrero\n"
         "Los supermercados deberán aplicar la rebaja desde el lunes.\n",
         title="El Gobierno aprueba una rebaja del IVA de los alimentos", date="2024-03-12",
         authors=["María López"],
         first="El Consejo de Ministros aprobó este martes una rebaja del IVA de los alimentos básicos hasta junio.",
         absent=["EXCLUSIVA", "Publicidad", "Compartir", "Lee también", "Portada"]),
    Case(11, "pdf-viewer-de",
         "Bundesregierung plant neues Klimagesetz\n"
         "Von Jonas Weber\n\n"
         "Die Bundesregierung will noch in diesem Jahr ein neues Klimagesetz vor-\n"
         "legen. Das kündigte der Umweltminister am Montag in Berlin an. Der Ent-\n"
         "wurf sieht strengere Ziele für den Verkehr und die Industrie vor.\n"
         "2\n"
         "Kritik kam von den Verbänden der Wirtschaft, die höhere Kosten für die\n"
         "Unternehmen befürchten. Die Opposition sprach von einem Schritt in die\n"
         "richtige Richtung.\n",
         title="Bundesregierung plant neues Klimagesetz", authors=["Jonas Weber"],
         first="Die Bundesregierung will noch in diesem Jahr ein neues Klimagesetz vorlegen. Das kündigte der "
               "Umweltminister am Montag in Berlin an. Der Entwurf sieht strengere Ziele für den Verkehr und die "
               "Industrie vor.",
         absent=["vor-", "Ent-", "\n2\n"]),
    Case(12, "explainer-en",
         "What the new border rules mean for travellers\n"
         "Explainer\n"
         "By Chris Young\n"
         "5 April 2025\n\n"
         "From Sunday, travellers entering the bloc must give their fingerprints at the border.\n\n"
         "The system replaces the stamping of passports by hand.\n",
         title="What the new border rules mean for travellers", date="2025-04-05", authors=["Chris Young"],
         first="From Sunday, travellers entering the bloc must give their fingerprints at the border.",
         absent=["Explainer"]),
    Case(13, "word-html-fragment",
         "Hospital waiting lists reach record\n\n"
         "Waiting lists for planned operations reached 7.6 million in March, NHS figures show.\n\n"
         "Health leaders said the strikes had made the backlog worse.\n",
         "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><!--StartFragment-->"
         "<p class=MsoTitle>Hospital waiting lists reach record<o:p></o:p></p>"
         "<p class=MsoNormal>Waiting lists for planned operations reached 7.6&nbsp;million in March, NHS figures "
         "show.<o:p></o:p></p>"
         "<p class=MsoNormal>Health leaders said the strikes had made the backlog worse.<o:p></o:p></p>"
         "<!--EndFragment--></body></html>",
         title="Hospital waiting lists reach record",
         first="Waiting lists for planned operations reached 7.6 million in March, NHS figures show.",
         absent=["o:p", "MsoNormal"]),
    Case(14, "browser-ru",
         "Главное\nПолитика\nЭкономика\n"
         "Госдума приняла закон о маркировке товаров\n"
         "Мнение\n"
         "Иван Петров\n"
         "12 марта 2024\n"
         "Поделиться\n"
         "Государственная дума приняла во вторник в третьем чтении закон о маркировке импортных товаров.\n"
         "Реклама\n"
         "Закон вступит в силу с 1 сентября, сообщили в комитете по экономической политике.\n"
         "Читайте также: Цены на бензин выросли за неделю\n"
         "Бизнес просил отложить сроки на год.\n",
         title="Госдума приняла закон о маркировке товаров", date="2024-03-12", authors=["Иван Петров"],
         first="Государственная дума приняла во вторник в третьем чтении закон о маркировке импортных товаров.",
         absent=["Мнение", "Реклама", "Поделиться", "Читайте также", "Главное"]),
    Case(15, "pdf-viewer-fr",
         "Le port de Marseille bat son record de trafic\n"
         "Par Claire Dubois\n\n"
         "Le port de Marseille a traité 81 millions de tonnes de marchandises l'an der-\n"
         "nier, un record depuis sa création, a annoncé mardi la direction du port.\n"
         "Page 2 sur 3\n"
         "La hausse s'explique par le trafic de conteneurs, qui a progressé de 12 %\n"
         "en un an, selon les chiffres publiés par l'autorité portuaire.\n",
         title="Le port de Marseille bat son record de trafic", authors=["Claire Dubois"],
         first="Le port de Marseille a traité 81 millions de tonnes de marchandises l'an dernier, un record depuis "
               "sa création, a annoncé mardi la direction du port.",
         absent=["Page 2 sur 3", "der-"]),
    Case(16, "thunderbird-forward-de",
         "-------- Weitergeleitete Nachricht --------\n"
         "Betreff: Hafen Hamburg meldet Rückgang beim Umschlag\n"
         "Datum: Mon, 3 Jun 2024 09:12:00 +0200\n"
         "Von: Lena Vogt <lena.vogt@example.de>\n"
         "An: Redaktion <redaktion@example.de>\n\n"
         "Hafen Hamburg meldet Rückgang beim Umschlag\n\n"
         "Der Hamburger Hafen hat im ersten Quartal weniger Container umgeschlagen als im Vorjahr.\n\n"
         "Die Hafengesellschaft nannte die schwache Nachfrage aus Asien als Grund.\n",
         title="Hafen Hamburg meldet Rückgang beim Umschlag",
         first="Der Hamburger Hafen hat im ersten Quartal weniger Container umgeschlagen als im Vorjahr.",
         absent=["Weitergeleitete Nachricht", "lena.vogt", "redaktion@example.de"]),
    Case(17, "kicker-bare-author-uk",
         "Уряд схвалив нову програму житла для переселенців\n"
         "Ексклюзив\n"
         "Олена Коваль\n"
         "12 березня 2024\n\n"
         "Кабінет міністрів у вівторок схвалив програму пільгових кредитів на житло для внутрішньо переміщених осіб.\n\n"
         "Програма розрахована на три роки, повідомили в Міністерстві економіки.\n",
         title="Уряд схвалив нову програму житла для переселенців", date="2024-03-12", authors=["Олена Коваль"],
         first="Кабінет міністрів у вівторок схвалив програму пільгових кредитів на житло для внутрішньо "
               "переміщених осіб.",
         absent=["Ексклюзив", "Олена Коваль"]),
    Case(18, "pipe-table-es",
         "# Las exportaciones de aceite caen un 20 %\n\n"
         "Las exportaciones españolas de aceite de oliva cayeron un 20 % en el primer semestre, según Aduanas.\n\n"
         "| Destino | 2023 | 2024 |\n| :--- | ---: | ---: |\n| Italia | 210 | 170 |\n| Francia | 95 | 80 |\n\n"
         "El sector atribuye la caída a la sequía.\n",
         title="Las exportaciones de aceite caen un 20 %",
         first="Las exportaciones españolas de aceite de oliva cayeron un 20 % en el primer semestre, según Aduanas.",
         absent=["|", ":---"]),
    Case(19, "word-nbsp-fr",
         "Les agriculteurs bloquent l\u2019autoroute A7\n"
         f"Par{NBSP}Luc Bernard\n"
         "3 février 2025\n\n"
         f"\u00ab{NNBSP}Nous ne partirons pas{NNBSP}\u00bb, a déclaré lundi le porte-parole du syndicat{NNBSP}: "
         f"les tracteurs bloquent l\u2019A7 depuis{NBSP}6{NBSP}heures.\n\n"
         f"La préfecture a conseillé d\u2019éviter le se{ZW}cteur.\n",
         title="Les agriculteurs bloquent l\u2019autoroute A7", date="2025-02-03", authors=["Luc Bernard"],
         first="\u00ab Nous ne partirons pas \u00bb, a déclaré lundi le porte-parole du syndicat : les tracteurs "
               "bloquent l\u2019A7 depuis 6 heures.",
         absent=[ZW, NBSP, NNBSP]),
    Case(20, "html-news-chrome",
         "Menu\nWorld\nTrade deal signed after ten years of talks\nOpinion\nBy Ruth Moss\n9 May 2025\n"
         "Share on Facebook\nShare on X\n"
         "The two blocs signed a free trade agreement on Friday after ten years of talks.\n"
         "Leaders at the signing ceremony in Geneva\n"
         "Advertisement\n"
         "Tariffs on most goods will fall to zero within seven years.\n"
         "Read more\n",
         "<meta charset=\"utf-8\"><nav><a href=\"/\">Menu</a> <a href=\"/world\">World</a></nav>"
         "<h1>Trade deal signed after ten years of talks</h1><span class=\"kicker\">Opinion</span>"
         "<p class=\"byline\">By Ruth Moss</p><p class=\"date\">9 May 2025</p>"
         "<ul class=\"share\"><li><a href=\"#\">Share on Facebook</a></li><li><a href=\"#\">Share on X</a></li></ul>"
         "<p>The two blocs signed a free trade agreement on Friday after ten years of talks.</p>"
         "<figure><img src=\"g.jpg\"><figcaption>Leaders at the signing ceremony in Geneva</figcaption></figure>"
         "<div class=\"advert\">Advertisement</div>"
         "<p>Tariffs on most goods will fall to zero within seven years.</p><a href=\"/more\">Read more</a>",
         title="Trade deal signed after ten years of talks", date="2025-05-09", authors=["Ruth Moss"],
         first="The two blocs signed a free trade agreement on Friday after ten years of talks.",
         absent=["Opinion", "Share on", "Advertisement", "Leaders at the signing", "Read more", "Menu"]),
    Case(21, "browser-opinion-credit-en",
         "Opinion\n"
         "Why the four-day week is here to stay\n"
         "Priya Shah\n"
         "2 October 2024\n"
         "Workers in a six-month trial said they were less tired and just as productive, the organisers reported.\n"
         "Staff at a trial company in Leeds. Photograph: Jon Best/PA\n"
         "Sign up for our newsletter\n"
         "Companies that took part say they will keep the shorter week.\n"
         "Read more: The office is not dead yet\n",
         title="Why the four-day week is here to stay", date="2024-10-02", authors=["Priya Shah"],
         first="Workers in a six-month trial said they were less tired and just as productive, the organisers reported.",
         absent=["Opinion", "Photograph:", "Sign up", "Read more", "Priya Shah"]),
    Case(22, "pdf-viewer-en",
         "Water company fined for sewage spills\n"
         "By Helen Ward\n\n"
         "A water company was fined 11 million pounds on Thursday for pumping sewage into riv-\n"
         "ers on more than 300 days last year, the environment regulator said.\n"
         "THE KELSTON GAZETTE 2\n"
         "The company said it had invested in new pipes and would not appeal. Campaign-\n"
         "ers said the fine was too small to change its behaviour.\n"
         "3\n",
         title="Water company fined for sewage spills", authors=["Helen Ward"],
         first="A water company was fined 11 million pounds on Thursday for pumping sewage into rivers on more than "
               "300 days last year, the environment regulator said.",
         absent=["riv-", "Campaign-"]),
    Case(23, "reply-quoted-en",
         "Worth a look before the meeting.\n\n"
         "On Mon, 3 Jun 2024 at 09:12, Tom Reed <tom.reed@example.org> wrote:\n"
         "> Airport expansion approved despite protests\n"
         ">\n"
         "> The regional government approved a second runway on Monday despite protests by residents.\n"
         ">\n"
         "> Work on the runway is expected to begin in 2026.\n",
         title="Airport expansion approved despite protests",
         first="The regional government approved a second runway on Monday despite protests by residents.",
         absent=["tom.reed@example.org", "wrote:", "Worth a look"]),
    Case(24, "gdocs-html-fragment",
         "Schools to stay open in summer heat\nLIVE\nThe education ministry said on Tuesday that schools would stay "
         "open during the heatwave.\nClassrooms will get fans and water.\n",
         "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">"
         "<p dir=\"ltr\"><span style=\"font-size:20pt\">Schools to stay open in summer heat</span></p>"
         "<p dir=\"ltr\"><span>LIVE</span></p>"
         "<p dir=\"ltr\"><span>The education ministry said on Tuesday that schools would stay open during the "
         "heatwave.</span></p><p dir=\"ltr\"><span>Classrooms will get fans and water.</span></p></b>",
         title="Schools to stay open in summer heat",
         first="The education ministry said on Tuesday that schools would stay open during the heatwave.",
         absent=["LIVE"]),
]

# Round 2: e-mails, standfirsts, clipboard HTML (cases 25-45).
from cases_mail import MAIL_CASES  # noqa: E402

CASES += MAIL_CASES
