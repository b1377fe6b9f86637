"""paste_tour64, second round (cases 25-45), written before the loader ran on them: forwarded and replied e-mails
as Outlook, Gmail and Thunderbird write them in the six languages, a standfirst (dek) under the title in text,
Markdown and HTML, and clipboard HTML from Outlook/Word (mso- styles, <o:p>), Google Docs (docs-internal-guid) and
a browser selection of half an article (no h1). Every third case (27, 30, ..., 45) is set aside.

A standfirst is body paragraph 1 in every format (HTML already read it so: the author's text, often the best
summary sentence), and the byline under it is still the byline.
"""

from __future__ import annotations

from cases import Case

_Q = "\n".join  # lines of a quoted block

MAIL_CASES = [
    Case(25, "gmail-forward-fr",
         "---------- Message transféré ---------\n"
         "De : Claire Dubois <claire.dubois@example.fr>\n"
         "Date : lun. 3 juin 2024 à 09:12\n"
         "Subject: Tr: La grève des contrôleurs aériens perturbe les vols\n"
         "À : Rédaction <redac@example.fr>\n\n"
         "La grève des contrôleurs aériens perturbe les vols\n\n"
         "Plus de 900 vols ont été annulés mardi dans les aéroports du sud de la France en raison d'une grève des "
         "contrôleurs aériens.\n\n"
         "La direction générale de l'aviation civile a demandé aux compagnies de réduire leurs programmes.\n",
         title="La grève des contrôleurs aériens perturbe les vols",
         first="Plus de 900 vols ont été annulés mardi dans les aéroports du sud de la France en raison d'une grève "
               "des contrôleurs aériens.",
         absent=["Message transféré", "claire.dubois", "redac@example.fr", "Rédaction"]),
    Case(26, "outlook-forward-de-subject",
         "Von: Lena Vogt <lena.vogt@example.de>\n"
         "Gesendet: Montag, 3. Juni 2024 09:12\n"
         "An: Redaktion <redaktion@example.de>\n"
         "Betreff: WG: Bahn streicht Nachtzüge nach Paris\n\n"
         "Die Deutsche Bahn stellt ihre Nachtzüge nach Paris zum Dezember ein, wie das Unternehmen am Montag "
         "mitteilte.\n\n"
         "Als Grund nannte sie die hohen Kosten.\n",
         title="Bahn streicht Nachtzüge nach Paris", date="2024-06-03",
         first="Die Deutsche Bahn stellt ihre Nachtzüge nach Paris zum Dezember ein, wie das Unternehmen am Montag "
               "mitteilte.",
         absent=["Gesendet", "lena.vogt", "WG:", "Betreff"]),
    Case(27, "outlook-forward-note-es",
         "Te lo reenvío.\n\n"
         "________________________________\n"
         "De: Ana Ruiz <ana.ruiz@example.es>\n"
         "Enviado: lunes, 3 de junio de 2024 9:12\n"
         "Para: Redacción\n"
         "Asunto: RV: El Banco de España eleva su previsión de crecimiento\n\n"
         "El Banco de España eleva su previsión de crecimiento\n\n"
         "El Banco de España elevó este lunes su previsión de crecimiento para 2024 hasta el 2,3 %.\n\n"
         "El organismo atribuye la mejora al turismo.\n",
         title="El Banco de España eleva su previsión de crecimiento",
         first="El Banco de España elevó este lunes su previsión de crecimiento para 2024 hasta el 2,3 %.",
         absent=["Te lo reenvío", "Asunto", "ana.ruiz", "Enviado"]),
    Case(28, "outlook-forward-ru-subject",
         "От: Иван Петров <ivan.petrov@example.ru>\n"
         "Отправлено: 3 июня 2024 г. 9:12\n"
         "Кому: Редакция\n"
         "Тема: FW: Центробанк сохранил ключевую ставку\n\n"
         "Банк России в пятницу сохранил ключевую ставку на уровне 16 процентов годовых.\n\n"
         "Регулятор не исключил повышения ставки в июле.\n",
         title="Центробанк сохранил ключевую ставку", date="2024-06-03",
         first="Банк России в пятницу сохранил ключевую ставку на уровне 16 процентов годовых.",
         absent=["Отправлено", "ivan.petrov", "Кому", "FW:"]),
    Case(29, "outlook-forward-uk",
         "Від: Олена Коваль <olena.koval@example.ua>\n"
         "Надіслано: понеділок, 3 червня 2024 р. 9:12\n"
         "Кому: Редакція\n"
         "Тема: FW: Укрзалізниця запускає новий потяг до Варшави\n\n"
         "Укрзалізниця запускає новий потяг до Варшави\n\n"
         "Укрзалізниця з наступного місяця запускає новий нічний потяг з Києва до Варшави.\n\n"
         "Квитки надійдуть у продаж у п'ятницю.\n",
         title="Укрзалізниця запускає новий потяг до Варшави",
         first="Укрзалізниця з наступного місяця запускає новий нічний потяг з Києва до Варшави.",
         absent=["Надіслано", "olena.koval", "Кому"]),
    Case(30, "gmail-forward-ru",
         "---------- Пересланное сообщение ---------\n"
         "От: Анна Смирнова <anna@example.ru>\n"
         "Date: пн, 3 июн. 2024 г. в 09:12\n"
         "Subject: Метро Казани откроет новую станцию\n"
         "To: <desk@example.ru>\n\n"
         "Метро Казани откроет новую станцию\n\n"
         "Новая станция метро в Казани откроется в декабре, сообщили в мэрии города.\n\n"
         "Строительство обошлось в 9 миллиардов рублей.\n",
         title="Метро Казани откроет новую станцию",
         first="Новая станция метро в Казани откроется в декабре, сообщили в мэрии города.",
         absent=["Пересланное", "anna@example.ru", "desk@example.ru"]),
    Case(31, "reply-de",
         "Siehe unten, passt gut zu unserem Thema.\n\n"
         "Am 03.06.2024 um 09:12 schrieb Jonas Weber <jonas.weber@example.de>:\n"
         + _Q(["> Stadt Köln plant autofreie Innenstadt", ">",
               "> Die Stadt Köln will bis 2030 große Teile der Innenstadt für Autos sperren.", ">",
               "> Anwohner sollen weiter mit dem Auto zu ihren Häusern fahren dürfen."]) + "\n",
         title="Stadt Köln plant autofreie Innenstadt",
         first="Die Stadt Köln will bis 2030 große Teile der Innenstadt für Autos sperren.",
         absent=["schrieb", "Siehe unten", "jonas.weber", "> "]),
    Case(32, "reply-fr",
         "Pour info.\n\n"
         "Le lun. 3 juin 2024 à 09:12, Pierre Martin <pierre.martin@example.fr> a écrit :\n"
         + _Q(["> Le gouvernement présente son plan pour l'hôpital", ">",
               "> Le gouvernement a présenté lundi un plan de 3 milliards d'euros pour l'hôpital public.", ">",
               "> Les syndicats jugent le montant insuffisant."]) + "\n",
         title="Le gouvernement présente son plan pour l'hôpital",
         first="Le gouvernement a présenté lundi un plan de 3 milliards d'euros pour l'hôpital public.",
         absent=["a écrit", "Pour info", "pierre.martin", "> "]),
    Case(33, "reply-es",
         "Mira esto.\n\n"
         "El lun, 3 jun 2024 a las 9:12, María López (<maria.lopez@example.es>) escribió:\n"
         + _Q(["> Sevilla limita los pisos turísticos", ">",
               "> El Ayuntamiento de Sevilla aprobó este lunes limitar los nuevos pisos turísticos en el centro "
               "histórico.", ">", "> La medida entrará en vigor en julio."]) + "\n",
         title="Sevilla limita los pisos turísticos",
         first="El Ayuntamiento de Sevilla aprobó este lunes limitar los nuevos pisos turísticos en el centro histórico.",
         absent=["escribió", "Mira esto", "maria.lopez", "> "]),
    Case(34, "reply-ru-thunderbird",
         "Посмотри, это для завтрашнего выпуска.\n\n"
         "03.06.2024 9:12, Иван Петров пишет:\n"
         + _Q(["> Москва запускает электробусы на новых маршрутах", ">",
               "> Мэрия Москвы в понедельник запустила электробусы на пяти новых маршрутах.", ">",
               "> До конца года их число вырастет до 2000."]) + "\n",
         title="Москва запускает электробусы на новых маршрутах",
         first="Мэрия Москвы в понедельник запустила электробусы на пяти новых маршрутах.",
         absent=["пишет", "Посмотри", "> "]),
    Case(35, "reply-uk-gmail",
         "Для довідки.\n\n"
         "пн, 3 черв. 2024 р. о 09:12 Олена Коваль <olena.koval@example.ua> пише:\n"
         + _Q(["> Київ відкриває новий міст через Дніпро", ">",
               "> У Києві в понеділок відкрили рух новим мостом через Дніпро.", ">",
               "> Будівництво тривало дванадцять років."]) + "\n",
         title="Київ відкриває новий міст через Дніпро",
         first="У Києві в понеділок відкрили рух новим мостом через Дніпро.",
         absent=["пише", "Для довідки", "olena.koval", "> "]),
    Case(36, "gmail-forward-subject-only-en",
         "---------- Forwarded message ---------\n"
         "From: Wire Desk <wire@example.org>\n"
         "Date: Tue, 4 Jun 2024 at 10:15\n"
         "Subject: Fwd: Wildfire forces evacuation of island villages\n"
         "To: <news@example.org>\n\n"
         "Firefighters evacuated four villages on the island of Kelos on Tuesday as a wildfire spread towards the "
         "coast.\n\n"
         "No injuries were reported.\n",
         title="Wildfire forces evacuation of island villages", date="2024-06-04",
         first="Firefighters evacuated four villages on the island of Kelos on Tuesday as a wildfire spread towards "
               "the coast.",
         absent=["Forwarded message", "wire@example.org", "Fwd:", "Wire Desk"]),
    Case(37, "standfirst-text-en",
         "Harbour strike halts grain exports\n\n"
         "Dock workers stayed away for a second day as pay talks stalled.\n\n"
         "By Mari Evans\n"
         "12 March 2024\n\n"
         "Dock workers at the port of Kelston stayed off the job on Tuesday, leaving 40 ships waiting to load grain.\n\n"
         "The union says pay talks broke down last week after the operator offered a rise of 2 percent.\n",
         title="Harbour strike halts grain exports", date="2024-03-12", authors=["Mari Evans"],
         first="Dock workers stayed away for a second day as pay talks stalled.",
         absent=["By Mari Evans"]),
    Case(38, "standfirst-markdown-de",
         "# Berlin verschärft die Mietpreisbremse\n\n"
         "Der Senat will Mieter in der Hauptstadt besser vor hohen Neuvertragsmieten schützen.\n\n"
         "Von Anna Schmidt\n"
         "3. Juni 2024\n\n"
         "Der Berliner Senat hat am Dienstag eine strengere Mietpreisbremse für die ganze Stadt beschlossen.\n\n"
         "Vermieterverbände kündigten eine Klage an.\n",
         title="Berlin verschärft die Mietpreisbremse", date="2024-06-03", authors=["Anna Schmidt"],
         first="Der Senat will Mieter in der Hauptstadt besser vor hohen Neuvertragsmieten schützen.",
         absent=["Von Anna Schmidt"]),
    Case(39, "standfirst-html-h2-en",
         "",
         "<article><h1>Council votes to close two libraries</h1>"
         "<h2>Campaigners say the cuts will hit the poorest districts hardest.</h2>"
         "<p>By Helen Ward</p><p>5 April 2025</p>"
         "<p>The city council voted on Thursday to close two of its eleven public libraries to save money.</p>"
         "<p>The libraries will shut in September.</p></article>",
         title="Council votes to close two libraries", date="2025-04-05", authors=["Helen Ward"],
         first="Campaigners say the cuts will hit the poorest districts hardest.",
         absent=["By Helen Ward"]),
    Case(40, "standfirst-text-fr-chapo",
         "La SNCF commande 30 nouveaux TGV\n\n"
         "Le constructeur Alstom livrera les rames à partir de 2027 pour remplacer les plus anciennes.\n\n"
         "Par Claire Dubois\n"
         "12 mai 2025\n\n"
         "La SNCF a annoncé lundi la commande de 30 nouvelles rames de TGV pour 1,2 milliard d'euros.\n\n"
         "Les premières circuleront sur la ligne Paris-Lyon.\n",
         title="La SNCF commande 30 nouveaux TGV", date="2025-05-12", authors=["Claire Dubois"],
         first="Le constructeur Alstom livrera les rames à partir de 2027 pour remplacer les plus anciennes.",
         absent=["Par Claire Dubois"]),
    Case(41, "outlook-html-mso-de",
         "Hafen Rostock baut Terminal aus\nVon Jonas Weber\nDer Hafen Rostock baut sein Fährterminal für 120 "
         "Millionen Euro aus, teilte die Hafengesellschaft mit.\n\nDie Arbeiten sollen 2027 beginnen.\n",
         "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{mso-style-parent:\"\";"
         "margin:0cm}</style></head><body lang=DE><!--StartFragment-->"
         "<p class=MsoNormal style='mso-margin-top-alt:auto'><b><span style='font-size:16.0pt;"
         "mso-bidi-font-family:Calibri'>Hafen Rostock baut Terminal aus<o:p></o:p></span></b></p>"
         "<p class=MsoNormal><span style='mso-fareast-language:DE'>Von Jonas Weber<o:p></o:p></span></p>"
         "<p class=MsoNormal><span>Der Hafen Rostock baut sein Fährterminal für 120&nbsp;Millionen Euro aus, teilte "
         "die Hafengesellschaft mit.<o:p></o:p></span></p>"
         "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<p class=MsoNormal><span>Die Arbeiten sollen 2027 beginnen.<o:p></o:p></span></p>"
         "<!--EndFragment--></body></html>",
         title="Hafen Rostock baut Terminal aus", authors=["Jonas Weber"],
         first="Der Hafen Rostock baut sein Fährterminal für 120 Millionen Euro aus, teilte die Hafengesellschaft mit.",
         absent=["o:p", "mso-", "MsoNormal", "Von Jonas Weber"]),
    Case(42, "gdocs-fragment-es",
         "",
         "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-4b1c-7fff-a1b2\">"
         "<h1 dir=\"ltr\"><span style=\"font-size:20pt\">Valencia amplía el carril bici</span></h1>"
         "<p dir=\"ltr\"><span>Por Ana Ruiz</span></p>"
         "<p dir=\"ltr\"><span>El Ayuntamiento de Valencia añadirá 40 kilómetros de carril bici este año, anunció "
         "el alcalde.</span></p><br>"
         "<p dir=\"ltr\"><span>Las obras empiezan en septiembre.</span></p></b>",
         title="Valencia amplía el carril bici", authors=["Ana Ruiz"],
         first="El Ayuntamiento de Valencia añadirá 40 kilómetros de carril bici este año, anunció el alcalde.",
         absent=["Por Ana Ruiz", "docs-internal"]),
    Case(43, "browser-half-article-no-h1",
         "The two ministers ended the talks on Monday without a deal, officials said.\n\n"
         "Advertisement\n\n"
         "Negotiators will meet again in Geneva next month.\n",
         "<html><body><!--StartFragment--><p>The two ministers ended the talks on Monday without a deal, officials "
         "said.</p><div class=\"ad\"><span>Advertisement</span></div>"
         "<figure><img src=\"x.jpg\"><figcaption>The ministers in Geneva. Photo: Ann Lee/AP</figcaption></figure>"
         "<p>Negotiators will meet again in Geneva next month.</p><!--EndFragment--></body></html>",
         title="",
         first="The two ministers ended the talks on Monday without a deal, officials said.",
         absent=["Advertisement", "Photo: Ann Lee"]),
    Case(44, "browser-half-article-subhead",
         "",
         "<html><body><!--StartFragment--><h2>Why the talks failed</h2>"
         "<p>Both sides blamed the other for the collapse of the talks on Monday, diplomats said.</p>"
         "<p>The next round is planned for March.</p><!--EndFragment--></body></html>",
         first="Both sides blamed the other for the collapse of the talks on Monday, diplomats said.",
         absent=[]),
    Case(45, "outlook-html-forward-en",
         "From: News Desk <desk@example.org>\nSent: Tuesday, 4 June 2024 10:15\nTo: Team\n"
         "Subject: FW: Ferry operator cancels winter crossings\n\n"
         "Ferry operator cancels winter crossings\n\n"
         "The ferry operator will cancel all winter crossings to the outer islands, it said on Tuesday.\n\n"
         "Islanders said they would be cut off for weeks.\n",
         "<html><body><!--StartFragment--><div style='border:none;border-top:solid #E1E1E1 1.0pt'>"
         "<p class=MsoNormal><b>From:</b> News Desk &lt;desk@example.org&gt;<br><b>Sent:</b> Tuesday, 4 June 2024 "
         "10:15<br><b>To:</b> Team<br><b>Subject:</b> FW: Ferry operator cancels winter crossings<o:p></o:p></p>"
         "</div><p class=MsoNormal><b>Ferry operator cancels winter crossings</b><o:p></o:p></p>"
         "<p class=MsoNormal>The ferry operator will cancel all winter crossings to the outer islands, it said on "
         "Tuesday.<o:p></o:p></p><p class=MsoNormal>Islanders said they would be cut off for weeks.<o:p></o:p></p>"
         "<!--EndFragment--></body></html>",
         title="Ferry operator cancels winter crossings",
         first="The ferry operator will cancel all winter crossings to the outer islands, it said on Tuesday.",
         absent=["desk@example.org", "FW:", "Sent:"]),
]
