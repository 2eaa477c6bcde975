"""Seed content of the intervention catalogue: formal and informal interventions, care and
methods, in Dutch, as plain data."""

from typing import Any

ENTRIES: list[dict[str, Any]] = [
    {
        "slug": "sluiting-woning-drugs",
        "name": "Sluiting woning wegens drugs (art. 13b Opiumwet)",
        "kind": "formeel",
        "characters": ["repressief", "beschermend"],
        "summary": (
            "De burgemeester sluit een woning, lokaal of erf waar drugs worden verkocht, "
            "afgeleverd of verstrekt of daartoe aanwezig zijn, of waar voorbereidingshandelingen "
            "plaatsvinden."
        ),
        "description": (
            "De sluitingsbevoegdheid uit de Wet Damocles is een last onder bestuursdwang die het "
            "drugspand als ontmoetings- en handelsplaats wegneemt en de aanloop naar het adres "
            "doorbreekt. Sinds de verruiming van de wet vallen ook voorbereidingshandelingen onder "
            "de bevoegdheid, zoals de opslag van grondstoffen of materialen voor de productie van "
            "drugs. De burgemeester legt de sluiting vast in beleid (Damoclesbeleid) en moet per "
            "geval beoordelen of sluiting evenredig is, met bijzondere aandacht voor kinderen en "
            "andere gezinsleden die niet bij de handel betrokken zijn. In een familienetwerk raakt "
            "een sluiting het hele huishouden; combineer haar daarom met een zorgaanbod, met "
            "afspraken met de woningcorporatie over vervangende huisvesting en met de aanpak van "
            "de personen die de handel drijven."
        ),
        "legal_law": "Opiumwet",
        "legal_article": "art. 13b",
        "legal_url": "https://wetten.overheid.nl/BWBR0001941/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie", "wonen", "justitie"],
        "life_areas": ["veiligheid", "wonen", "verslaving", "opvoeding"],
        "for_minors": False,
        "conditions": [
            (
                "In de woning, het lokaal of het erf worden drugs (lijst I of II) verkocht, "
                "afgeleverd of verstrekt, of zijn daartoe aanwezig, of er vinden "
                "voorbereidingshandelingen plaats"
            ),
            (
                "Er is een feitelijke vaststelling in een bestuurlijke rapportage of "
                "proces-verbaal van de politie"
            ),
            (
                "Er is vastgesteld gemeentelijk beleid (Damoclesbeleid) waarin de burgemeester de "
                "uitoefening van de bevoegdheid heeft uitgewerkt"
            ),
            (
                "De sluiting is in het concrete geval evenredig: ernst van de overtreding, "
                "hoeveelheid, recidive en de gevolgen voor bewoners en kinderen zijn gewogen"
            ),
            (
                "Een lichter middel (waarschuwing, last onder dwangsom) is overwogen en "
                "gemotiveerd afgewezen of eerder zonder resultaat ingezet"
            ),
            (
                "Belanghebbenden zijn in de gelegenheid gesteld hun zienswijze te geven, tenzij de "
                "spoed dat uitsluit"
            ),
        ],
        "information_needed": [
            "Bestuurlijke rapportage politie",
            "Proces-verbaal van bevindingen",
            "Eerdere waarschuwingen en besluiten op het adres",
            "Gegevens bewoners en kinderen (BRP)",
            "Gegevens eigenaar of woningcorporatie",
            "Zorgbeeld van het huishouden uit het casusoverleg",
        ],
        "typical_duration": "3 tot 12 maanden, afhankelijk van het beleid en de ernst",
        "lighter_alternatives": ["bestuurlijke-waarschuwingsbrief", "last-onder-dwangsom"],
        "combined_with": [
            "gesprek-burgemeester",
            "gezinscoach",
            "ontbinding-huurovereenkomst",
            "beheerovername-wet-victor",
            "signaal-om-afpakken",
            "melding-belastingdienst",
        ],
        "safety_notes": (
            "De sluiting zelf gebeurt met politie-inzet; medewerkers van de gemeente komen niet "
            "zonder politie op het adres. Anonimiseer de namen van ambtenaren in de stukken waar "
            "dat kan en houd rekening met dreiging tegen de burgemeester na een sluiting in een "
            "familienetwerk."
        ),
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 13b Opiumwet",
            "Handreiking Damoclesbeleid, CCV",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "sluiting-woning-openbare-orde",
        "name": "Sluiting woning of lokaal wegens verstoring openbare orde (art. 174a Gemeentewet)",
        "kind": "formeel",
        "characters": ["repressief", "beschermend"],
        "summary": (
            "De burgemeester sluit een woning, lokaal of erf als gedragingen daar de openbare orde "
            "ernstig verstoren, bij ernstig geweld of als er een wapen is aangetroffen."
        ),
        "description": (
            "Deze bevoegdheid (Wet Victoria) is bedoeld voor panden die een bron zijn van ernstige "
            "overlast en verstoring van de openbare orde, bijvoorbeeld door schietincidenten, "
            "explosies of aanhoudende criminele activiteiten rond het adres. Sinds 2024 kan de "
            "burgemeester ook sluiten bij ernstig geweld of de dreiging daarmee en wanneer in het "
            "pand een wapen of munitie is aangetroffen. De sluiting beschermt omwonenden en maakt "
            "een einde aan een criminele ontmoetingsplek, maar treft ook gezinsleden die geen rol "
            "in de verstoring hebben. Weeg daarom de gevolgen voor kinderen en zorg vooraf met "
            "ketenpartners voor opvang en hulp."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 174a",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie", "wonen"],
        "life_areas": ["veiligheid", "wonen", "opvoeding"],
        "for_minors": False,
        "conditions": [
            (
                "Door gedragingen in of bij de woning of het lokaal is de openbare orde ernstig "
                "verstoord, of er is sprake van ernstig geweld of een aangetroffen wapen"
            ),
            "Er is ernstige vrees voor verdere verstoring als het pand open blijft",
            "De feiten zijn vastgelegd in een bestuurlijke rapportage van de politie",
            (
                "De sluiting is evenredig en niet langer dan nodig; de belangen van bewoners en "
                "kinderen zijn gewogen"
            ),
            "Lichtere middelen zijn overwogen (waarschuwing, gesprek, gedragsaanwijzing)",
        ],
        "information_needed": [
            "Bestuurlijke rapportage politie",
            "Proces-verbaal van bevindingen",
            "Dreigingsinschatting politie",
            "Gegevens bewoners en kinderen (BRP)",
            "Gegevens eigenaar of woningcorporatie",
        ],
        "typical_duration": "Enkele weken tot 6 maanden",
        "lighter_alternatives": [
            "bestuurlijke-waarschuwingsbrief",
            "gesprek-burgemeester",
            "gedragsaanwijzing-woonoverlast",
        ],
        "combined_with": [
            "beheerovername-wet-victor",
            "gezinscoach",
            "gebiedsverbod-groepsverbod-meldplicht",
            "agendering-driehoek",
        ],
        "safety_notes": (
            "Na geweld of een aanslag kan de dreiging aanhouden: laat de politie vooraf een "
            "dreigingsinschatting maken, voer de sluiting uit onder politiebegeleiding en "
            "informeer omwonenden zonder namen van betrokken ambtenaren."
        ),
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 174a Gemeentewet",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "noodbevel",
        "name": "Noodbevel (art. 175 Gemeentewet)",
        "kind": "formeel",
        "characters": ["repressief", "beschermend"],
        "summary": (
            "Bij oproerige beweging, ernstige wanordelijkheden of rampen, of de ernstige vrees "
            "daarvoor, geeft de burgemeester bevelen die nodig zijn om de openbare orde te "
            "handhaven."
        ),
        "description": (
            "Het noodbevel is een uitzonderlijke, tijdelijke bevoegdheid voor acute situaties "
            "waarin de gewone bevoegdheden tekortschieten, zoals een escalerend conflict tussen "
            "families met dreiging van geweld op straat. De burgemeester mag daarbij zo nodig "
            "afwijken van andere regels dan de Grondwet. Het bevel is gericht tot een concrete "
            "groep of concrete personen, bijvoorbeeld om een gebied te verlaten. Omdat de "
            "bevoegdheid zo vergaand is, toetst de rechter streng op noodzaak en evenredigheid en "
            "moet de burgemeester de raad achteraf informeren."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 175",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie"],
        "life_areas": ["veiligheid"],
        "for_minors": False,
        "conditions": [
            (
                "Er is sprake van oproerige beweging, ernstige wanordelijkheden of een ramp, of "
                "ernstige vrees voor het ontstaan daarvan"
            ),
            "De gewone bevoegdheden en de lichte bevelsbevoegdheid volstaan niet",
            "Het bevel is noodzakelijk voor de handhaving van de openbare orde en strikt evenredig",
            "Het bevel wijkt niet af van de Grondwet",
            "De burgemeester doet achteraf mededeling aan de gemeenteraad",
        ],
        "information_needed": [
            "Actueel beeld en dreigingsinschatting politie",
            "Advies in de driehoek",
        ],
        "typical_duration": "Uren tot enkele dagen",
        "lighter_alternatives": ["lichte-bevelsbevoegdheid", "gesprek-burgemeester"],
        "combined_with": ["agendering-driehoek", "gebiedsverbod-groepsverbod-meldplicht"],
        "safety_notes": (
            "Laat het bevel uitsluitend door de politie uitreiken en handhaven; er gaan geen "
            "gemeentemedewerkers de straat op in een acute escalatie."
        ),
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 175 Gemeentewet",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "noodverordening",
        "name": "Noodverordening (art. 176 Gemeentewet)",
        "kind": "formeel",
        "characters": ["repressief", "beschermend"],
        "summary": (
            "Bij oproerige beweging, ernstige wanordelijkheden of rampen stelt de burgemeester "
            "algemeen geldende voorschriften vast, bijvoorbeeld een samenscholingsverbod in een "
            "afgebakend gebied."
        ),
        "description": (
            "Waar het noodbevel zich tot concrete personen richt, geldt de noodverordening voor "
            "iedereen in een gebied. Zij kan nodig zijn als rivaliserende families of groepen "
            "elkaar in de openbare ruimte opzoeken en een gebied tijdelijk moet worden "
            "afgeschermd. De verordening vervalt als de raad haar niet in de eerstvolgende "
            "vergadering bekrachtigt. Omdat zij iedereen treft, is zij alleen gerechtvaardigd als "
            "gerichte maatregelen tekortschieten."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 176",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester", "raad"],
        "domains": ["veiligheid", "politie"],
        "life_areas": ["veiligheid"],
        "for_minors": False,
        "conditions": [
            (
                "Er is sprake van oproerige beweging, ernstige wanordelijkheden of een ramp, of "
                "ernstige vrees voor het ontstaan daarvan"
            ),
            "Gerichte maatregelen, waaronder een noodbevel, volstaan niet",
            "De voorschriften zijn noodzakelijk, evenredig en beperkt in tijd en gebied",
            "De verordening wordt bekendgemaakt en ter bekrachtiging aan de raad voorgelegd",
        ],
        "information_needed": [
            "Actueel beeld en dreigingsinschatting politie",
            "Advies in de driehoek",
            "Kaart van het gebied",
        ],
        "typical_duration": "Dagen; vervalt zonder bekrachtiging door de raad",
        "lighter_alternatives": ["noodbevel", "lichte-bevelsbevoegdheid"],
        "combined_with": ["agendering-driehoek", "preventief-fouilleren", "cameratoezicht"],
        "safety_notes": "",
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 176 Gemeentewet"],
    },
    {
        "slug": "gebiedsverbod-groepsverbod-meldplicht",
        "name": "Gebiedsverbod, groepsverbod en meldplicht (art. 172a Gemeentewet)",
        "kind": "formeel",
        "characters": ["repressief", "preventief"],
        "summary": (
            "De burgemeester verbiedt iemand die herhaaldelijk de openbare orde verstoort een "
            "gebied te betreden of zich met bepaalde personen op te houden, en kan een meldplicht "
            "opleggen."
        ),
        "description": (
            "De maatregel uit de Voetbalwet is bedoeld voor personen die herhaaldelijk, alleen of "
            "in groepsverband, de openbare orde verstoren of bij een groepsgewijze verstoring een "
            "leidende rol hebben gehad. In familienetwerken helpt een groepsverbod om het "
            "samenscholen van (jongere) familieleden en hun omgeving rond een vaste plek te "
            "doorbreken, en een gebiedsverbod om een slachtoffer of getuige te beschermen. Een "
            "meldplicht op het politiebureau maakt toezicht op de naleving mogelijk. De maatregel "
            "werkt het best als het aanbod van jongerenwerk of een leefcoach tegelijk wordt "
            "gedaan."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 172a",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie"],
        "life_areas": ["veiligheid", "sociaal_netwerk"],
        "for_minors": False,
        "conditions": [
            (
                "Betrokkene heeft herhaaldelijk, individueel of groepsgewijs, de openbare orde "
                "verstoord, of had een leidende rol bij een groepsgewijze verstoring"
            ),
            "Er is ernstige vrees voor verdere verstoring",
            "De verstoringen zijn gedocumenteerd (registraties, bestuurlijke rapportage)",
            "Gebied, groep en tijdvak zijn zo beperkt als mogelijk en evenredig",
            "De maatregel duurt ten hoogste drie maanden en wordt zo nodig gemotiveerd verlengd",
        ],
        "information_needed": [
            "Bestuurlijke rapportage politie",
            "Overzicht van incidenten en registraties",
            "Kaart van het gebied",
        ],
        "typical_duration": "Ten hoogste 3 maanden, ten hoogste drie keer te verlengen",
        "lighter_alternatives": [
            "lichte-bevelsbevoegdheid",
            "gesprek-burgemeester",
            "bestuurlijke-waarschuwingsbrief",
        ],
        "combined_with": ["ambulant-jongerenwerk", "leefcoach", "persoonsgerichte-aanpak"],
        "safety_notes": (
            "Laat de beschikking door de politie uitreiken. Houd er rekening mee dat een verbod "
            "rond het woonadres van familieleden spanning in het netwerk kan oproepen."
        ),
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 172a Gemeentewet",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "lichte-bevelsbevoegdheid",
        "name": "Lichte bevelsbevoegdheid (art. 172 lid 3 Gemeentewet)",
        "kind": "formeel",
        "characters": ["repressief", "preventief"],
        "summary": (
            "De burgemeester geeft een bevel ter plaatse aan wie de openbare orde verstoort of "
            "dreigt te verstoren, bijvoorbeeld om een plek te verlaten."
        ),
        "description": (
            "De lichte bevelsbevoegdheid is bedoeld om een concrete verstoring of een acute "
            "dreiging daarvan direct te beëindigen. Het bevel is kortdurend en mondeling of "
            "schriftelijk, en wordt in de praktijk vaak door de politie namens de burgemeester "
            "gegeven. Voor jongere leden van een familienetwerk die zich ophouden bij een "
            "overlastplek is het een snelle, lichte interventie die een zwaarder middel kan "
            "voorkomen. Niet-naleving is strafbaar."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 172 lid 3",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie"],
        "life_areas": ["veiligheid"],
        "for_minors": False,
        "conditions": [
            (
                "Er is een concrete verstoring van de openbare orde of ernstige vrees voor het "
                "ontstaan daarvan"
            ),
            "Het bevel is nodig om de verstoring te beëindigen of te voorkomen",
            "Het bevel is kortdurend en evenredig",
        ],
        "information_needed": ["Waarneming politie ter plaatse"],
        "typical_duration": "Eenmalig, voor uren tot een dag",
        "lighter_alternatives": ["gesprek-burgemeester"],
        "combined_with": ["ambulant-jongerenwerk", "brief-aan-ouders"],
        "safety_notes": "",
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 172 Gemeentewet", "VNG, Model-APV"],
    },
    {
        "slug": "bevel-ouders-twaalfminners",
        "name": "Bevel aan ouders van twaalfminners (art. 172b Gemeentewet)",
        "kind": "formeel",
        "characters": ["preventief", "beschermend"],
        "summary": (
            "De burgemeester beveelt ouders of voogd ervoor te zorgen dat hun kind jonger dan "
            "twaalf jaar 's avonds en 's nachts niet zonder begeleiding op straat is."
        ),
        "description": (
            "Het bevel richt zich op kinderen onder de twaalf die herhaaldelijk in groepsverband "
            "de openbare orde verstoren, en spreekt de ouders aan op hun verantwoordelijkheid. In "
            "criminele familienetwerken is het een middel om te voorkomen dat jonge kinderen als "
            "jonge aanwas in het netwerk worden meegezogen. Het bevel moet altijd gepaard gaan met "
            "een ondersteuningstraject voor ouders en kind; zonder hulp verschuift het probleem "
            "alleen. Raadpleeg vooraf het sociaal domein en zo nodig Veilig Thuis."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 172b",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "sociaal-domein", "jeugdbescherming", "politie"],
        "life_areas": ["opvoeding", "veiligheid"],
        "for_minors": True,
        "conditions": [
            "Het kind is jonger dan twaalf jaar",
            "Het kind heeft herhaaldelijk in groepsverband de openbare orde verstoord",
            "Het bevel is gericht aan de ouders of voogd",
            "Er loopt parallel een ondersteuningstraject voor ouders en kind",
            "Het bevel is beperkt in tijd (avond en nacht) en duur, en evenredig",
        ],
        "information_needed": [
            "Registraties politie over het kind",
            "Gegevens over gezag (BRP, gezagsregister)",
            "Zorgbeeld van het gezin (wijkteam, school)",
        ],
        "typical_duration": "Ten hoogste 3 maanden",
        "lighter_alternatives": ["brief-aan-ouders", "gesprek-burgemeester"],
        "combined_with": ["ouderschapsondersteuning", "gezinscoach", "melding-veilig-thuis"],
        "safety_notes": (
            "Bespreek het bevel met de ouders in aanwezigheid van een hulpverlener; een bevel kan "
            "in een gewelddadig gezin leiden tot harde straf voor het kind, dus toets vooraf met "
            "Veilig Thuis."
        ),
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 172b Gemeentewet",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "tijdelijk-huisverbod",
        "name": "Tijdelijk huisverbod (art. 2 Wet tijdelijk huisverbod)",
        "kind": "formeel",
        "characters": ["beschermend", "repressief"],
        "summary": (
            "De burgemeester legt een pleger van huiselijk geweld een huisverbod van tien dagen "
            "op, met een contactverbod; het verbod kan tot vier weken worden verlengd."
        ),
        "description": (
            "Het tijdelijk huisverbod haalt de (dreigende) pleger tijdelijk uit huis om de "
            "achterblijvers te beschermen en ruimte te maken voor hulp aan alle gezinsleden. De "
            "beslissing rust op een risicotaxatie met het Risicotaxatie-instrument Huiselijk "
            "Geweld (RiHG), die de politie (hulpofficier van justitie) afneemt. Tijdens het verbod "
            "komt Veilig Thuis in actie voor hulp aan pleger, slachtoffer en kinderen. In "
            "familienetwerken met criminaliteit is huiselijk geweld vaak een verborgen kant van "
            "het probleem; het huisverbod maakt dat zichtbaar en opent de deur naar hulp."
        ),
        "legal_law": "Wet tijdelijk huisverbod",
        "legal_article": "art. 2 en 9",
        "legal_url": "https://wetten.overheid.nl/BWBR0020367/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie", "zorg", "jeugdbescherming"],
        "life_areas": ["huiselijk_geweld", "veiligheid", "opvoeding"],
        "for_minors": False,
        "conditions": [
            (
                "Uit feiten of omstandigheden blijkt dat de aanwezigheid van de persoon in de "
                "woning een ernstig en onmiddellijk gevaar oplevert voor een of meer medebewoners, "
                "of dat er een ernstig vermoeden van dat gevaar bestaat"
            ),
            "Er is een risicotaxatie afgenomen met de RiHG",
            "Veilig Thuis is direct ingeschakeld voor hulpverlening",
            "Bij verlenging: het gevaar of het ernstige vermoeden daarvan duurt voort",
        ],
        "information_needed": [
            "Risicotaxatie (RiHG)",
            "Proces-verbaal of mutatie politie",
            "Eerdere meldingen bij Veilig Thuis",
            "Gegevens kinderen in het huishouden",
        ],
        "typical_duration": "10 dagen, verlengbaar tot 4 weken",
        "lighter_alternatives": ["melding-veilig-thuis"],
        "combined_with": [
            "veiligheidsplan-huiselijk-geweld",
            "gezinscoach",
            "ouderschapsondersteuning",
        ],
        "safety_notes": (
            "Het huisverbod wordt namens de burgemeester door de politie opgelegd en uitgereikt. "
            "Hulpverleners die na het verbod contact zoeken met de pleger doen dat niet alleen en "
            "niet op een adres waar slachtoffers zijn; in criminele families kan de omgeving druk "
            "zetten op slachtoffers om het verbod te laten opheffen."
        ),
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Wet tijdelijk huisverbod", "Risicotaxatie-instrument Huiselijk Geweld (RiHG)"],
    },
    {
        "slug": "gedragsaanwijzing-woonoverlast",
        "name": "Gedragsaanwijzing bij woonoverlast (art. 151d Gemeentewet)",
        "kind": "formeel",
        "characters": ["repressief", "preventief"],
        "summary": (
            "De burgemeester geeft een bewoner, of de eigenaar van een verhuurde woning, een "
            "aanwijzing om ernstige en herhaaldelijke hinder voor omwonenden te beëindigen."
        ),
        "description": (
            "Met de Wet aanpak woonoverlast kan de burgemeester, als de raad hem daartoe in de APV "
            "bevoegd heeft gemaakt, gedragsaanwijzingen geven, bijvoorbeeld om geen bezoekers meer "
            "te ontvangen op bepaalde tijden of geen geluidsoverlast te veroorzaken. De maatregel "
            "is gericht op het gedrag, niet op het pand, en is daardoor lichter dan een sluiting. "
            "In familienetwerken biedt zij een middel tegen overlast rond een woning waar veel "
            "komen en gaan is, ook als het strafrechtelijke bewijs voor handel ontbreekt. De "
            "aanwijzing kan worden gehandhaafd met een last onder bestuursdwang of dwangsom."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 151d",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester", "raad"],
        "domains": ["veiligheid", "wonen", "politie"],
        "life_areas": ["wonen", "veiligheid"],
        "for_minors": False,
        "conditions": [
            "De raad heeft de burgemeester in de APV bevoegd gemaakt",
            (
                "Er is sprake van ernstige en herhaaldelijke hinder voor omwonenden vanuit of rond "
                "de woning"
            ),
            "De hinder is gedocumenteerd (meldingen, rapportages, logboeken van omwonenden)",
            (
                "Lichtere middelen, zoals bemiddeling en afspraken met de woningcorporatie, hebben "
                "niet gewerkt"
            ),
            "De aanwijzing is evenredig en beperkt in duur",
        ],
        "information_needed": [
            "Meldingen en registraties van overlast",
            "Rapportage woningcorporatie",
            "Bestuurlijke rapportage politie",
        ],
        "typical_duration": "Enkele maanden",
        "lighter_alternatives": [
            "bestuurlijke-waarschuwingsbrief",
            "gesprek-burgemeester",
            "huisbezoek",
        ],
        "combined_with": ["last-onder-dwangsom", "gezinscoach", "schuldhulpverlening"],
        "safety_notes": (
            "Omwonenden die overlast melden lopen risico op represailles; bescherm hun identiteit "
            "in de stukken en laat verklaringen zo nodig door de politie opnemen."
        ),
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 151d Gemeentewet", "Wet aanpak woonoverlast"],
    },
    {
        "slug": "bibob-weigeren-intrekken",
        "name": "Weigeren of intrekken van een vergunning of subsidie (art. 3 Wet Bibob)",
        "kind": "formeel",
        "characters": ["preventief", "repressief"],
        "summary": (
            "Het bestuursorgaan weigert of trekt een vergunning, subsidie of vastgoedtransactie in "
            "als er ernstig gevaar is dat die wordt gebruikt om crimineel geld te benutten of "
            "strafbare feiten te plegen."
        ),
        "description": (
            "De Wet Bibob beschermt de integriteit van de overheid: zij voorkomt dat de gemeente "
            "met vergunningen, subsidies of de verkoop en verhuur van vastgoed criminele "
            "activiteiten van een familienetwerk faciliteert. Het bestuursorgaan doet eerst een "
            "eigen onderzoek met het Bibob-vragenformulier en openbare bronnen en kan daarna "
            "advies vragen aan het Landelijk Bureau Bibob. Ook zakelijke relaties van de aanvrager "
            "tellen mee; een familieband alleen is niet genoeg, er moet een zakelijke of "
            "financiële relatie zijn. Omdat netwerken vaak via stromannen en familiebedrijven "
            "werken, is goede informatie-uitwisseling via het RIEC essentieel."
        ),
        "legal_law": "Wet Bibob",
        "legal_article": "art. 3",
        "legal_url": "https://wetten.overheid.nl/BWBR0013798/",
        "deciders": ["burgemeester", "college"],
        "domains": ["veiligheid", "belastingen", "justitie"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            (
                "Het gaat om een beschikking, subsidie, vastgoedtransactie of overheidsopdracht "
                "waarop de Wet Bibob van toepassing is en het gemeentelijk Bibob-beleid ziet"
            ),
            (
                "Er bestaat ernstig gevaar dat de beschikking mede wordt gebruikt om uit strafbare "
                "feiten verkregen voordeel te benutten of om strafbare feiten te plegen"
            ),
            (
                "Het gevaar is onderbouwd met feiten uit eigen onderzoek of een advies van het "
                "Landelijk Bureau Bibob"
            ),
            "De weigering of intrekking is evenredig aan het gevaar en de ernst van de feiten",
            "Betrokkene heeft de gelegenheid gekregen een zienswijze te geven",
        ],
        "information_needed": [
            "Ingevuld Bibob-vragenformulier",
            "Eigen Bibob-onderzoek (openbare bronnen, KvK, Kadaster)",
            "Advies Landelijk Bureau Bibob",
            "RIEC-informatie",
        ],
        "typical_duration": "Onderzoek enkele weken tot enkele maanden; het besluit geldt blijvend",
        "lighter_alternatives": ["bibob-voorschriften"],
        "combined_with": [
            "bibob-signaal",
            "signaal-riec",
            "melding-belastingdienst",
            "integrale-controle",
        ],
        "safety_notes": (
            "Bibob-medewerkers en de ondertekenaar kunnen onder druk worden gezet; onderteken "
            "namens het bestuursorgaan en deel de namen van behandelaars niet onnodig."
        ),
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 3 Wet Bibob",
            "Landelijk Bureau Bibob, Handreiking Wet Bibob",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "bibob-voorschriften",
        "name": "Voorschriften verbinden aan een vergunning (art. 3 Wet Bibob)",
        "kind": "formeel",
        "characters": ["preventief"],
        "summary": (
            "Bij een mindere mate van gevaar verleent het bestuursorgaan de vergunning of subsidie "
            "onder voorschriften die het gevaar wegnemen of beperken."
        ),
        "description": (
            "Niet elk Bibob-risico rechtvaardigt een weigering. Als het gevaar minder ernstig is, "
            "kan het bestuursorgaan voorschriften verbinden aan de beschikking, bijvoorbeeld over "
            "de financiering, het verbod op bepaalde leidinggevenden of een meldplicht bij "
            "wijziging van zeggenschap. Dit is de lichtere variant binnen de Wet Bibob en past bij "
            "het beginsel van subsidiariteit. Het geeft de gemeente zicht en grip op een "
            "onderneming in of rond het familienetwerk zonder deze direct uit te sluiten."
        ),
        "legal_law": "Wet Bibob",
        "legal_article": "art. 3",
        "legal_url": "https://wetten.overheid.nl/BWBR0013798/",
        "deciders": ["burgemeester", "college"],
        "domains": ["veiligheid", "belastingen"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            "De Wet Bibob is van toepassing op de beschikking of subsidie",
            (
                "Er bestaat gevaar in mindere mate dat de beschikking voor strafbare feiten of "
                "crimineel vermogen wordt gebruikt"
            ),
            "De voorschriften houden verband met het vastgestelde gevaar en zijn handhaafbaar",
            "Betrokkene heeft de gelegenheid gekregen een zienswijze te geven",
        ],
        "information_needed": [
            "Ingevuld Bibob-vragenformulier",
            "Eigen Bibob-onderzoek",
            "Advies Landelijk Bureau Bibob (indien gevraagd)",
        ],
        "typical_duration": "Zolang de vergunning geldt",
        "lighter_alternatives": [],
        "combined_with": ["integrale-controle", "signaal-riec"],
        "safety_notes": "",
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 3 Wet Bibob", "Landelijk Bureau Bibob, Handreiking Wet Bibob"],
    },
    {
        "slug": "sluiting-horeca",
        "name": "Sluiting openbare inrichting (art. 174 Gemeentewet en APV)",
        "kind": "formeel",
        "characters": ["repressief", "beschermend"],
        "summary": (
            "De burgemeester sluit een horecazaak of ander openbaar toegankelijk gebouw tijdelijk "
            "bij verstoring van de openbare orde, gevaar voor de veiligheid of overtreding van de "
            "APV."
        ),
        "description": (
            "Horecazaken, shishalounges en andere publiek toegankelijke panden worden door "
            "criminele netwerken gebruikt als ontmoetingsplek, dekmantel of witwasvehikel. De "
            "burgemeester houdt toezicht op openbare inrichtingen en kan op grond van de APV een "
            "zaak tijdelijk sluiten, bijvoorbeeld na een geweldsincident of bij het aantreffen van "
            "drugs of wapens. Een sluiting raakt de verdiensten van het netwerk direct. Vaak wordt "
            "zij gecombineerd met een Bibob-toets en het intrekken van de vergunningen."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 174",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie"],
        "life_areas": ["veiligheid", "financien"],
        "for_minors": False,
        "conditions": [
            "De APV bevat een sluitingsbevoegdheid voor openbare inrichtingen",
            (
                "Er is een verstoring van de openbare orde, gevaar voor veiligheid of gezondheid, "
                "of een overtreding van de APV of de vergunning"
            ),
            "De feiten zijn vastgelegd in een bestuurlijke rapportage of controlerapport",
            "De sluiting is evenredig; een waarschuwing of lichtere maatregel is overwogen",
        ],
        "information_needed": [
            "Bestuurlijke rapportage politie",
            "Controlerapport toezichthouders",
            "Vergunninghistorie en eerdere waarschuwingen",
        ],
        "typical_duration": "Enkele dagen tot enkele maanden",
        "lighter_alternatives": ["bestuurlijke-waarschuwingsbrief", "last-onder-dwangsom"],
        "combined_with": [
            "intrekking-alcoholvergunning",
            "bibob-weigeren-intrekken",
            "integrale-controle",
        ],
        "safety_notes": (
            "Voer de sluiting uit met politie; ondernemers in een familienetwerk kunnen "
            "medewerkers van de gemeente persoonlijk aanspreken of bedreigen."
        ),
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 174 Gemeentewet", "VNG, Model-APV"],
    },
    {
        "slug": "intrekking-alcoholvergunning",
        "name": "Intrekking alcohol- en exploitatievergunning (art. 31 Alcoholwet en APV)",
        "kind": "formeel",
        "characters": ["repressief", "preventief"],
        "summary": (
            "De burgemeester trekt de alcoholvergunning en de exploitatievergunning in, "
            "bijvoorbeeld bij slecht levensgedrag van een leidinggevende, gevaar voor de openbare "
            "orde of een Bibob-conclusie."
        ),
        "description": (
            "De alcoholvergunning (Alcoholwet) en de exploitatievergunning (APV) zijn de formele "
            "basis van een horecabedrijf. Het intrekken ervan beëindigt de exploitatie blijvend, "
            "waar een sluiting tijdelijk is. Grond kan onder meer zijn dat een leidinggevende niet "
            "meer aan de eisen voldoet, dat feiten in de zaak de openbare orde in gevaar brengen "
            "of dat een Bibob-onderzoek ernstig gevaar laat zien. In familienetwerken wisselen "
            "leidinggevenden vaak binnen de familie; let op de werkelijke zeggenschap."
        ),
        "legal_law": "Alcoholwet",
        "legal_article": "art. 31",
        "legal_url": "https://wetten.overheid.nl/BWBR0002458/",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie"],
        "life_areas": ["financien", "veiligheid"],
        "for_minors": False,
        "conditions": [
            "Er is een wettelijke intrekkingsgrond in de Alcoholwet of de APV",
            "De feiten zijn vastgelegd (controlerapport, bestuurlijke rapportage, Bibob-onderzoek)",
            "De intrekking is evenredig; schorsing of waarschuwing is overwogen",
            "De vergunninghouder heeft de gelegenheid gekregen een zienswijze te geven",
        ],
        "information_needed": [
            "Controlerapport toezichthouders",
            "Bestuurlijke rapportage politie",
            "Bibob-onderzoek of advies Landelijk Bureau Bibob",
            "Justitiële documentatie leidinggevenden",
        ],
        "typical_duration": "Blijvend; een nieuwe aanvraag volgt een nieuwe toets",
        "lighter_alternatives": [
            "sluiting-horeca",
            "bestuurlijke-waarschuwingsbrief",
            "bibob-voorschriften",
        ],
        "combined_with": [
            "bibob-weigeren-intrekken",
            "integrale-controle",
            "melding-belastingdienst",
        ],
        "safety_notes": "",
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 31 Alcoholwet", "VNG, Model-APV"],
    },
    {
        "slug": "beheerovername-wet-victor",
        "name": "Beheerovername na sluiting (Wet Victor, art. 13b Woningwet)",
        "kind": "formeel",
        "characters": ["repressief", "herstellend"],
        "summary": (
            "Na een bestuurlijke sluiting kan het college de eigenaar verplichten de woning aan "
            "een ander in gebruik of aan een beheerder zoals een woningcorporatie in beheer te "
            "geven."
        ),
        "description": (
            "De Wet Victor voorkomt dat een gesloten pand na afloop van de sluiting weer in handen "
            "komt van dezelfde gebruikers. Het college kan de eigenaar aanschrijven om de woning "
            "aan een ander in gebruik te geven of in beheer te geven aan een professionele "
            "beheerder. Dat is vooral van belang als het pand eigendom is van het familienetwerk "
            "zelf, zodat een sluiting anders weinig verandert. Blijft de eigenaar in gebreke, dan "
            "komt als uiterste middel onteigening in beeld; de grondslag daarvoor is met de komst "
            "van de Omgevingswet gewijzigd en moet per geval worden nagegaan."
        ),
        "legal_law": "Woningwet",
        "legal_article": "art. 13b",
        "legal_url": "https://wetten.overheid.nl/BWBR0005181/",
        "deciders": ["college"],
        "domains": ["wonen", "veiligheid"],
        "life_areas": ["wonen", "financien"],
        "for_minors": False,
        "conditions": [
            (
                "De woning of het gebouw is gesloten op grond van een sluitingsbevoegdheid van de "
                "burgemeester"
            ),
            "Er is reëel gevaar dat na de sluiting hetzelfde gebruik terugkeert",
            (
                "Er is een geschikte gebruiker of beheerder beschikbaar (bijvoorbeeld een "
                "woningcorporatie)"
            ),
            "De maatregel is evenredig tegenover de eigendomsrechten van de eigenaar",
        ],
        "information_needed": [
            "Sluitingsbesluit en bestuurlijke rapportage",
            "Kadastergegevens eigenaar",
            "Afspraken met woningcorporatie of beheerder",
        ],
        "typical_duration": "Meerdere jaren (beheertermijn)",
        "lighter_alternatives": ["sluiting-woning-drugs", "sluiting-woning-openbare-orde"],
        "combined_with": ["bibob-weigeren-intrekken", "signaal-om-afpakken"],
        "safety_notes": "",
        "pyramid_level": 5,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Woningwet (Wet Victor); artikelnummering na de Omgevingswet nog te controleren",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "selectieve-woningtoewijzing",
        "name": (
            "Selectieve woningtoewijzing (art. 10 Wet bijzondere maatregelen grootstedelijke "
            "problematiek)"
        ),
        "kind": "formeel",
        "characters": ["preventief", "beschermend"],
        "summary": (
            "In een aangewezen complex, straat of gebied kan de gemeente woningzoekenden screenen "
            "en een huisvestingsvergunning weigeren bij aanwijzingen voor overlastgevend of "
            "crimineel gedrag."
        ),
        "description": (
            "De Wbmgp (ook wel Rotterdamwet) laat gemeenten in aangewezen gebieden met ernstige "
            "leefbaarheidsproblemen selectief woningen toewijzen. Op verzoek van de gemeenteraad "
            "wijst de minister het gebied aan; daarna kan de gemeente woningzoekenden en hun "
            "medebewoners vanaf zestien jaar screenen op basis van politiegegevens of een "
            "verklaring omtrent het gedrag vragen. Zo wordt voorkomen dat een familienetwerk een "
            "straat of complex verder in bezit neemt. De maatregel raakt het grondrecht op vrije "
            "vestiging en vraagt daarom een zorgvuldige onderbouwing en monitoring."
        ),
        "legal_law": "Wet bijzondere maatregelen grootstedelijke problematiek",
        "legal_article": "art. 5 en 10",
        "legal_url": "https://wetten.overheid.nl/BWBR0019017/",
        "deciders": ["raad", "college"],
        "domains": ["wonen", "veiligheid", "politie"],
        "life_areas": ["wonen", "veiligheid"],
        "for_minors": False,
        "conditions": [
            (
                "De minister heeft op verzoek van de raad het complex, de straat of het gebied "
                "aangewezen"
            ),
            "De huisvestingsverordening regelt de toepassing",
            (
                "Er zijn aanwijzingen dat huisvesting van de woningzoekende of medebewoners tot "
                "meer overlast of criminaliteit in het gebied leidt"
            ),
            "De weigering is per persoon gemotiveerd en evenredig",
        ],
        "information_needed": [
            "Politiegegevens over woningzoekende en medebewoners",
            "Verklaring omtrent het gedrag (indien gevraagd)",
            "Leefbaarheidsanalyse van het gebied",
        ],
        "typical_duration": "Aanwijzing voor meerdere jaren; toets per woningzoekende",
        "lighter_alternatives": ["huisbezoek", "signaal-riec"],
        "combined_with": ["adresonderzoek-brp", "integrale-controle"],
        "safety_notes": "",
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Wet bijzondere maatregelen grootstedelijke problematiek",
            "BZK, Handreiking selectieve woningtoewijzing (2017)",
        ],
    },
    {
        "slug": "adresonderzoek-brp",
        "name": "Adresonderzoek BRP (Wet basisregistratie personen)",
        "kind": "formeel",
        "characters": ["preventief", "repressief"],
        "summary": (
            "Het college onderzoekt of iemand werkelijk woont waar hij staat ingeschreven, zo "
            "nodig met een huisbezoek, en past de inschrijving ambtshalve aan."
        ),
        "description": (
            "Criminele netwerken gebruiken fictieve inschrijvingen en brievenbusadressen om "
            "toeslagen en uitkeringen te krijgen, vermogen te verhullen of uit het zicht van de "
            "overheid te blijven. Binnen de Landelijke Aanpak Adreskwaliteit onderzoekt de "
            "gemeente twijfelachtige adressen, vaak met een huisbezoek. Blijkt de inschrijving "
            "onjuist, dan past het college de registratie ambtshalve aan. Een juiste BRP is ook "
            "voor de rest van de casus nodig: wie woont er werkelijk, en welke kinderen horen bij "
            "het huishouden?"
        ),
        "legal_law": "Wet basisregistratie personen",
        "legal_article": "hoofdstuk 2",
        "legal_url": "https://wetten.overheid.nl/BWBR0033715/",
        "deciders": ["college"],
        "domains": ["veiligheid", "sociaal-domein", "belastingen"],
        "life_areas": ["wonen", "financien"],
        "for_minors": False,
        "conditions": [
            "Er zijn gegronde redenen om te twijfelen aan de juistheid van de adresgegevens",
            "Betrokkene krijgt de gelegenheid het adres op te helderen",
            "Een ambtshalve wijziging wordt als besluit genomen en gemotiveerd",
        ],
        "information_needed": [
            "BRP-gegevens en verhuishistorie",
            "Terugmeldingen van afnemers",
            "Bevindingen huisbezoek",
            "Gegevens woningcorporatie en nutsbedrijven",
        ],
        "typical_duration": "4 tot 8 weken",
        "lighter_alternatives": ["brp-terugmelding"],
        "combined_with": ["huisbezoek", "melding-belastingdienst", "integrale-controle"],
        "safety_notes": (
            "Adresonderzoek op adressen van een crimineel netwerk alleen na een veiligheidscheck "
            "bij de politie; ga met twee en zo nodig met een wijkagent."
        ),
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Wet basisregistratie personen",
            "Rijksdienst voor Identiteitsgegevens, Landelijke Aanpak Adreskwaliteit",
        ],
    },
    {
        "slug": "last-onder-bestuursdwang",
        "name": "Last onder bestuursdwang (art. 5:21 Awb)",
        "kind": "formeel",
        "characters": ["repressief", "herstellend"],
        "summary": (
            "Het bevoegde bestuursorgaan draagt de overtreder op een overtreding binnen een "
            "termijn te herstellen; gebeurt dat niet, dan grijpt het zelf in op kosten van de "
            "overtreder."
        ),
        "description": (
            "De last onder bestuursdwang is de algemene herstelsanctie van het bestuursrecht, "
            "bijvoorbeeld voor illegale bouw, bedrijvigheid in strijd met het omgevingsplan of "
            "overtreding van de APV. Het bestuursorgaan geeft eerst een last met een "
            "begunstigingstermijn, tenzij de spoed dat niet toelaat, en mag daarna zelf feitelijk "
            "optreden en de kosten verhalen. In familienetwerken richt zij zich vaak op panden en "
            "terreinen die voor criminele bedrijvigheid worden gebruikt. Ook sluitingen op grond "
            "van de Opiumwet en de Gemeentewet zijn vormen van bestuursdwang."
        ),
        "legal_law": "Algemene wet bestuursrecht",
        "legal_article": "art. 5:21–5:31c",
        "legal_url": "https://wetten.overheid.nl/BWBR0005537/",
        "deciders": ["college", "burgemeester"],
        "domains": ["veiligheid", "wonen"],
        "life_areas": ["wonen", "veiligheid"],
        "for_minors": False,
        "conditions": [
            "Er is een overtreding van een wettelijk voorschrift",
            "Het bestuursorgaan is bevoegd tot bestuursdwang (bijvoorbeeld art. 125 Gemeentewet)",
            (
                "Er is een schriftelijke last met een redelijke begunstigingstermijn, tenzij spoed "
                "die uitsluit"
            ),
            "Handhaven is evenredig; er is geen concreet zicht op legalisatie",
            "De overtreder heeft de gelegenheid gekregen een zienswijze te geven",
        ],
        "information_needed": [
            "Controlerapport toezichthouder",
            "Eigendoms- en gebruiksgegevens (Kadaster, BRP, KvK)",
            "Foto's en bevindingen ter plaatse",
        ],
        "typical_duration": "Begunstigingstermijn van enkele dagen tot enkele maanden",
        "lighter_alternatives": ["last-onder-dwangsom", "bestuurlijke-waarschuwingsbrief"],
        "combined_with": ["integrale-controle", "bibob-weigeren-intrekken"],
        "safety_notes": (
            "Feitelijke uitvoering (ontruimen, verwijderen) gebeurt met politie-inzet en na een "
            "veiligheidscheck; aannemers die in opdracht werken worden niet met naam genoemd."
        ),
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Algemene wet bestuursrecht, titel 5.3"],
    },
    {
        "slug": "last-onder-dwangsom",
        "name": "Last onder dwangsom (art. 5:31d Awb)",
        "kind": "formeel",
        "characters": ["repressief", "preventief"],
        "summary": (
            "Het bestuursorgaan legt een last op die de overtreder een geldsom laat verbeuren als "
            "hij de overtreding niet beëindigt of herhaalt."
        ),
        "description": (
            "De last onder dwangsom zet financiële druk op een overtreder zonder dat de overheid "
            "zelf hoeft in te grijpen. In het Damoclesbeleid van veel gemeenten is zij de lichtere "
            "stap bij een eerste, kleinere drugsvondst, en ook bij overtreding van een "
            "gedragsaanwijzing of de APV wordt zij vaak ingezet. De hoogte van de dwangsom moet in "
            "verhouding staan tot het belang van de overtreden regel en de beoogde werking. "
            "Verbeurde dwangsommen worden met een apart besluit ingevorderd, wat ook het vermogen "
            "van het netwerk raakt."
        ),
        "legal_law": "Algemene wet bestuursrecht",
        "legal_article": "art. 5:31d–5:39",
        "legal_url": "https://wetten.overheid.nl/BWBR0005537/",
        "deciders": ["college", "burgemeester"],
        "domains": ["veiligheid", "wonen"],
        "life_areas": ["financien", "wonen"],
        "for_minors": False,
        "conditions": [
            "Er is een overtreding of een concreet dreigende overtreding",
            "Het bestuursorgaan is bevoegd tot bestuursdwang en kan daarom een dwangsom opleggen",
            "De last vermeldt de herstelmaatregel, de termijn en het bedrag met een maximum",
            "Het bedrag staat in redelijke verhouding tot de zwaarte van het geschonden belang",
            "De overtreder heeft de gelegenheid gekregen een zienswijze te geven",
        ],
        "information_needed": [
            "Controlerapport toezichthouder of bestuurlijke rapportage",
            "Eigendoms- en gebruiksgegevens",
        ],
        "typical_duration": (
            "Begunstigingstermijn van dagen tot weken; de last geldt daarna doorlopend"
        ),
        "lighter_alternatives": ["bestuurlijke-waarschuwingsbrief"],
        "combined_with": ["gesprek-burgemeester", "schuldhulpverlening"],
        "safety_notes": "",
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Algemene wet bestuursrecht, titel 5.3", "Handreiking Damoclesbeleid, CCV"],
    },
    {
        "slug": "preventief-fouilleren",
        "name": "Preventief fouilleren in een veiligheidsrisicogebied (art. 151b Gemeentewet)",
        "kind": "formeel",
        "characters": ["preventief", "repressief"],
        "summary": (
            "De burgemeester wijst een veiligheidsrisicogebied aan waarin de officier van justitie "
            "de politie kan opdragen iedereen te fouilleren op wapens."
        ),
        "description": (
            "Preventief fouilleren is bedoeld voor gebieden waar wapens een ernstig risico voor de "
            "openbare orde vormen, bijvoorbeeld na schietincidenten tussen rivaliserende families. "
            "De raad moet de burgemeester in de APV bevoegd maken; de burgemeester wijst het "
            "gebied en de periode aan na overleg met de officier van justitie, die vervolgens het "
            "bevel tot fouilleren geeft. De maatregel raakt alle bezoekers van het gebied en "
            "vraagt daarom een strakke onderbouwing en evaluatie."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 151b",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["raad", "burgemeester", "officier_van_justitie"],
        "domains": ["veiligheid", "politie", "justitie"],
        "life_areas": ["veiligheid"],
        "for_minors": False,
        "conditions": [
            "De raad heeft de burgemeester in de APV bevoegd gemaakt",
            "Er is een verstoring van de openbare orde door wapens of ernstige vrees daarvoor",
            "De burgemeester heeft vooraf overleg gevoerd met de officier van justitie",
            "Gebied en duur zijn zo beperkt als mogelijk en worden bekendgemaakt",
        ],
        "information_needed": [
            "Analyse wapenincidenten politie",
            "Advies in de driehoek",
            "Kaart van het gebied",
        ],
        "typical_duration": "Dagen tot enkele maanden, met evaluatie",
        "lighter_alternatives": ["cameratoezicht", "agendering-driehoek"],
        "combined_with": ["ambulant-jongerenwerk", "gebiedsverbod-groepsverbod-meldplicht"],
        "safety_notes": "",
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 151b Gemeentewet", "VNG, Model-APV"],
    },
    {
        "slug": "cameratoezicht",
        "name": "Cameratoezicht op openbare plaatsen (art. 151c Gemeentewet)",
        "kind": "formeel",
        "characters": ["preventief", "repressief"],
        "summary": (
            "De burgemeester besluit tot cameratoezicht op openbare plaatsen om de openbare orde "
            "te handhaven, vast of flexibel in een aangewezen gebied."
        ),
        "description": (
            "Cameratoezicht helpt om ontmoetingsplekken, dealplekken of straten waar incidenten "
            "tussen families plaatsvinden in beeld te houden en snel te reageren. De raad moet de "
            "burgemeester in de APV bevoegd maken; de burgemeester bepaalt gebied en duur en maakt "
            "dat bekend, en de politie bekijkt de beelden. Camerabeelden kunnen ook bij opsporing "
            "helpen. Het middel vraagt een privacytoets en periodieke evaluatie van nut en "
            "noodzaak."
        ),
        "legal_law": "Gemeentewet",
        "legal_article": "art. 151c",
        "legal_url": "https://wetten.overheid.nl/BWBR0005416/",
        "deciders": ["raad", "burgemeester"],
        "domains": ["veiligheid", "politie"],
        "life_areas": ["veiligheid"],
        "for_minors": False,
        "conditions": [
            "De raad heeft de burgemeester in de APV bevoegd gemaakt",
            "Cameratoezicht is noodzakelijk voor de handhaving van de openbare orde",
            "Gebied en duur zijn bepaald en bekendgemaakt; de camera's zijn kenbaar",
            "Er is een gegevensbeschermingseffectbeoordeling gemaakt",
        ],
        "information_needed": [
            "Analyse incidenten politie",
            "Gegevensbeschermingseffectbeoordeling",
        ],
        "typical_duration": "Maanden tot jaren, met periodieke evaluatie",
        "lighter_alternatives": ["agendering-driehoek"],
        "combined_with": ["preventief-fouilleren", "gebiedsverbod-groepsverbod-meldplicht"],
        "safety_notes": "",
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 151c Gemeentewet", "VNG, Model-APV"],
    },
    {
        "slug": "strafvorderlijke-informatie-burgemeester",
        "name": "Strafvorderlijke informatie aan de burgemeester (art. 39f Wjsg)",
        "kind": "formeel",
        "characters": ["preventief", "repressief"],
        "summary": (
            "Het Openbaar Ministerie verstrekt de burgemeester gegevens uit strafdossiers als dat "
            "nodig is voor een zwaarwegend algemeen belang, zoals de handhaving van de openbare "
            "orde."
        ),
        "description": (
            "Veel bestuurlijke maatregelen staan of vallen met informatie die bij politie en "
            "justitie ligt. Op grond van de Wet justitiële en strafvorderlijke gegevens en de "
            "Aanwijzing Wjsg kan de officier van justitie strafvorderlijke gegevens aan de "
            "burgemeester verstrekken, bijvoorbeeld voor een sluiting, een Bibob-besluit of een "
            "gebiedsverbod. De officier bepaalt welke gegevens nodig zijn; meer dan nodig wordt "
            "niet verstrekt. In de casus wordt vastgelegd welke gegevens zijn ontvangen, waarvoor "
            "en wie ze mag zien."
        ),
        "legal_law": "Wet justitiële en strafvorderlijke gegevens",
        "legal_article": "art. 39f",
        "legal_url": "https://wetten.overheid.nl/BWBR0014194/",
        "deciders": ["officier_van_justitie"],
        "domains": ["justitie", "veiligheid"],
        "life_areas": [],
        "for_minors": False,
        "conditions": [
            (
                "De verstrekking is noodzakelijk voor een zwaarwegend algemeen belang, zoals de "
                "handhaving van de openbare orde of een bestuurlijke maatregel"
            ),
            "Het verzoek van de burgemeester noemt het doel en de beoogde maatregel",
            "Alleen de gegevens die voor het doel nodig zijn worden verstrekt",
            "De ontvanger legt de verwerking vast en deelt de gegevens niet verder dan toegestaan",
        ],
        "information_needed": [
            "Schriftelijk verzoek met doel en grondslag",
            "Toets door de officier van justitie",
        ],
        "typical_duration": "Eenmalig per verzoek",
        "lighter_alternatives": [],
        "combined_with": [
            "sluiting-woning-drugs",
            "bibob-weigeren-intrekken",
            "agendering-driehoek",
        ],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 39f Wet justitiële en strafvorderlijke gegevens", "Aanwijzing Wjsg"],
    },
    {
        "slug": "melding-veilig-thuis",
        "name": "Melding bij Veilig Thuis (meldcode huiselijk geweld en kindermishandeling)",
        "kind": "formeel",
        "characters": ["beschermend"],
        "summary": (
            "Een professional meldt vermoedens van huiselijk geweld of kindermishandeling bij "
            "Veilig Thuis, volgens de stappen en het afwegingskader van de meldcode."
        ),
        "description": (
            "Professionals in zorg, onderwijs, kinderopvang, maatschappelijke ondersteuning, "
            "jeugdhulp en justitie moeten werken met een meldcode. Bij vermoedens van acute of "
            "structurele onveiligheid melden zij bij Veilig Thuis, het advies- en meldpunt dat de "
            "gemeente organiseert. Veilig Thuis kan onderzoek doen, hulp op gang brengen en zo "
            "nodig de Raad voor de Kinderbescherming inschakelen. In criminele familienetwerken "
            "zijn kinderen vaak getuige van geweld of worden zij ingezet; een melding brengt hun "
            "veiligheid in beeld."
        ),
        "legal_law": "Wet maatschappelijke ondersteuning 2015",
        "legal_article": "hoofdstuk 4",
        "legal_url": "https://wetten.overheid.nl/BWBR0035362/",
        "deciders": ["professional"],
        "domains": ["zorg", "jeugdbescherming", "sociaal-domein", "onderwijs"],
        "life_areas": ["huiselijk_geweld", "opvoeding", "veiligheid"],
        "for_minors": True,
        "conditions": [
            "Er is een vermoeden van huiselijk geweld of kindermishandeling",
            (
                "De stappen van de meldcode zijn doorlopen, waaronder collegiale consultatie of "
                "advies van Veilig Thuis"
            ),
            "Volgens het afwegingskader is melden noodzakelijk (acute of structurele onveiligheid)",
            (
                "De betrokkenen zijn over de melding geïnformeerd, tenzij dat de veiligheid in "
                "gevaar brengt"
            ),
        ],
        "information_needed": [
            "Signalen en feiten, gescheiden van interpretaties",
            "Gegevens kinderen in het gezin",
        ],
        "typical_duration": "Eenmalig; onderzoek door Veilig Thuis duurt enkele weken",
        "lighter_alternatives": ["ouderschapsondersteuning"],
        "combined_with": [
            "tijdelijk-huisverbod",
            "gezinscoach",
            "veiligheidsplan-huiselijk-geweld",
        ],
        "safety_notes": (
            "Informeer de familie niet over de melding als dat de veiligheid van kind of melder in "
            "gevaar brengt; overleg dan eerst met Veilig Thuis."
        ),
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Wet maatschappelijke ondersteuning 2015",
            "Besluit verplichte meldcode huiselijk geweld en kindermishandeling",
        ],
    },
    {
        "slug": "ondertoezichtstelling",
        "name": "Ondertoezichtstelling na raadsonderzoek (art. 1:255 BW)",
        "kind": "formeel",
        "characters": ["beschermend"],
        "summary": (
            "Na onderzoek door de Raad voor de Kinderbescherming stelt de kinderrechter een "
            "minderjarige onder toezicht van een gecertificeerde instelling."
        ),
        "description": (
            "De ondertoezichtstelling (OTS) is een kinderbeschermingsmaatregel voor kinderen die "
            "ernstig in hun ontwikkeling worden bedreigd, terwijl vrijwillige hulp niet of "
            "onvoldoende wordt geaccepteerd. Een jeugdbeschermer van de gecertificeerde instelling "
            "begeleidt het gezin en kan schriftelijke aanwijzingen geven. De ouders behouden het "
            "gezag. In criminele familienetwerken is de OTS een middel om kinderen te beschermen "
            "tegen betrokkenheid bij criminaliteit, uitbuiting of geweld in huis."
        ),
        "legal_law": "Burgerlijk Wetboek Boek 1",
        "legal_article": "art. 1:255",
        "legal_url": "https://wetten.overheid.nl/BWBR0002656/",
        "deciders": ["rechter"],
        "domains": ["jeugdbescherming", "zorg", "sociaal-domein"],
        "life_areas": ["opvoeding", "huiselijk_geweld", "uitbuiting", "onderwijs"],
        "for_minors": True,
        "conditions": [
            "De minderjarige groeit zo op dat hij in zijn ontwikkeling ernstig wordt bedreigd",
            "De zorg die nodig is wordt niet of onvoldoende door ouders of kind geaccepteerd",
            (
                "Het is te verwachten dat de ouders binnen een aanvaardbare termijn weer zelf de "
                "verantwoordelijkheid kunnen dragen"
            ),
            "De Raad voor de Kinderbescherming heeft onderzoek gedaan en een verzoek ingediend",
        ],
        "information_needed": [
            "Raadsrapport",
            "Verslagen van hulpverlening en Veilig Thuis",
            "Informatie school en leerplicht",
        ],
        "typical_duration": "Ten hoogste 1 jaar, telkens met ten hoogste 1 jaar te verlengen",
        "lighter_alternatives": ["gezinscoach", "ouderschapsondersteuning", "multisysteemtherapie"],
        "combined_with": ["melding-veilig-thuis", "leefcoach", "familiegroepsplan"],
        "safety_notes": (
            "Jeugdbeschermers in criminele families lopen risico op intimidatie; voer huisbezoeken "
            "met twee uit en deel adresgegevens van medewerkers niet."
        ),
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 1:255 Burgerlijk Wetboek", "Raad voor de Kinderbescherming"],
    },
    {
        "slug": "uithuisplaatsing",
        "name": "Machtiging uithuisplaatsing (art. 1:265b BW)",
        "kind": "formeel",
        "characters": ["beschermend"],
        "summary": (
            "De kinderrechter machtigt de gecertificeerde instelling een onder toezicht gestelde "
            "minderjarige uit huis te plaatsen als dat nodig is in het belang van de verzorging en "
            "opvoeding."
        ),
        "description": (
            "De uithuisplaatsing is een van de meest ingrijpende maatregelen voor een gezin en "
            "komt alleen in beeld als een kind thuis niet veilig kan opgroeien, ook niet met hulp. "
            "In criminele familienetwerken kan zij nodig zijn als een kind door familieleden wordt "
            "ingezet voor criminaliteit of getuige is van ernstig geweld. De maatregel "
            "veronderstelt een ondertoezichtstelling en wordt zo kort als mogelijk gehouden, met "
            "als doel terugkeer naar huis of een stabiel alternatief perspectief."
        ),
        "legal_law": "Burgerlijk Wetboek Boek 1",
        "legal_article": "art. 1:265b",
        "legal_url": "https://wetten.overheid.nl/BWBR0002656/",
        "deciders": ["rechter"],
        "domains": ["jeugdbescherming", "zorg"],
        "life_areas": ["opvoeding", "huiselijk_geweld", "uitbuiting"],
        "for_minors": True,
        "conditions": [
            (
                "De minderjarige staat onder toezicht of er wordt tegelijk om een "
                "ondertoezichtstelling verzocht"
            ),
            (
                "Uithuisplaatsing is noodzakelijk in het belang van de verzorging en opvoeding of "
                "voor onderzoek naar de geestelijke of lichamelijke gesteldheid"
            ),
            "Lichtere hulp in de thuissituatie is onvoldoende gebleken",
            "Er is een passende plek, bij voorkeur in het netwerk of een pleeggezin",
        ],
        "information_needed": [
            "Raadsrapport",
            "Plan van de gecertificeerde instelling",
            "Risicotaxatie",
        ],
        "typical_duration": "Ten hoogste 1 jaar, te verlengen",
        "lighter_alternatives": ["multisysteemtherapie", "gezinscoach"],
        "combined_with": ["ondertoezichtstelling", "familiegroepsplan"],
        "safety_notes": (
            "Voer de plaatsing uit met politie-ondersteuning als verzet of dreiging vanuit de "
            "familie te verwachten is; houd de verblijfplaats van het kind afgeschermd."
        ),
        "pyramid_level": 5,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 1:265b Burgerlijk Wetboek", "Raad voor de Kinderbescherming"],
    },
    {
        "slug": "ontbinding-huurovereenkomst",
        "name": "Ontbinding huurovereenkomst door de kantonrechter (art. 7:231 BW)",
        "kind": "formeel",
        "characters": ["repressief"],
        "summary": (
            "De woningcorporatie of verhuurder vraagt de kantonrechter de huurovereenkomst te "
            "ontbinden wegens ernstig tekortschieten van de huurder, zoals drugshandel of "
            "hennepteelt."
        ),
        "description": (
            "Een huurovereenkomst van woonruimte kan alleen door de rechter worden ontbonden. "
            "Woningcorporaties voeren vaak een strikt beleid tegen drugs in hun woningen en "
            "stappen na een sluiting of vondst naar de kantonrechter; de ontbinding volgt uit het "
            "tekortschieten van de huurder als goed huurder. De rechter weegt de ernst van de "
            "tekortkoming en kan daarbij ook het belang van inwonende kinderen betrekken. Voor het "
            "familienetwerk betekent ontbinding het verlies van de woning; stem daarom met het "
            "sociaal domein af waar het gezin terechtkan."
        ),
        "legal_law": "Burgerlijk Wetboek Boek 7",
        "legal_article": "art. 7:231",
        "legal_url": "https://wetten.overheid.nl/BWBR0005290/",
        "deciders": ["rechter"],
        "domains": ["wonen", "justitie", "sociaal-domein"],
        "life_areas": ["wonen", "opvoeding"],
        "for_minors": False,
        "conditions": [
            "Er is een huurovereenkomst van woonruimte",
            (
                "De huurder schiet ernstig tekort, bijvoorbeeld door drugshandel, hennepteelt of "
                "ernstige overlast"
            ),
            "De tekortkoming rechtvaardigt de ontbinding met haar gevolgen",
            "De verhuurder heeft de feiten vastgelegd (politierapport, sluitingsbesluit)",
        ],
        "information_needed": [
            "Sluitingsbesluit of politierapport",
            "Huurovereenkomst en huurvoorwaarden",
            "Gegevens inwonende kinderen",
        ],
        "typical_duration": "Procedure van enkele maanden",
        "lighter_alternatives": [
            "bestuurlijke-waarschuwingsbrief",
            "gedragsaanwijzing-woonoverlast",
        ],
        "combined_with": ["sluiting-woning-drugs", "gezinscoach", "schuldhulpverlening"],
        "safety_notes": (
            "Medewerkers van de woningcorporatie komen bij ontruiming niet zonder politie en "
            "deurwaarder op het adres."
        ),
        "pyramid_level": 5,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 7:231 en 6:265 Burgerlijk Wetboek",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "vrijheidsbeperkende-maatregel",
        "name": (
            "Contact-, gebieds- of locatieverbod als maatregel (art. 38v Wetboek van Strafrecht)"
        ),
        "kind": "formeel",
        "characters": ["repressief", "beschermend"],
        "summary": (
            "De strafrechter legt een verdachte of veroordeelde een contactverbod, gebiedsverbod "
            "of meldplicht op ter bescherming van de samenleving of van slachtoffers."
        ),
        "description": (
            "Waar het bestuurlijke gebiedsverbod de openbare orde beschermt, richt de "
            "strafrechtelijke maatregel zich op het voorkomen van nieuwe strafbare feiten en het "
            "beschermen van slachtoffers en getuigen. Binnen familienetwerken is dat van belang "
            "als familieleden slachtoffers of getuigen onder druk zetten. In afwachting van de "
            "zaak kan de officier van justitie een gedragsaanwijzing geven. Een goede afstemming "
            "tussen de bestuurlijke en de strafrechtelijke verboden voorkomt overlap en "
            "tegenstrijdigheid."
        ),
        "legal_law": "Wetboek van Strafrecht",
        "legal_article": "art. 38v",
        "legal_url": "https://wetten.overheid.nl/BWBR0001854/",
        "deciders": ["rechter", "officier_van_justitie"],
        "domains": ["justitie", "politie", "veiligheid"],
        "life_areas": ["veiligheid", "huiselijk_geweld", "sociaal_netwerk"],
        "for_minors": False,
        "conditions": [
            "Er is een strafzaak tegen betrokkene",
            (
                "De maatregel is nodig ter beveiliging van de maatschappij of ter voorkoming van "
                "strafbare feiten"
            ),
            "Verbod en gebied zijn concreet omschreven en evenredig",
        ],
        "information_needed": ["Proces-verbaal", "Slachtofferinformatie", "Reclasseringsadvies"],
        "typical_duration": "Ten hoogste 5 jaar",
        "lighter_alternatives": ["gebiedsverbod-groepsverbod-meldplicht"],
        "combined_with": ["persoonsgerichte-aanpak", "veiligheidsplan-huiselijk-geweld"],
        "safety_notes": "",
        "pyramid_level": 4,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Art. 38v Wetboek van Strafrecht"],
    },
    {
        "slug": "bestuurlijke-waarschuwingsbrief",
        "name": "Bestuurlijke waarschuwingsbrief",
        "kind": "informeel",
        "characters": ["preventief"],
        "summary": (
            "De burgemeester schrijft betrokkene dat signalen bekend zijn, welke gedragingen niet "
            "worden getolereerd en welke maatregelen volgen als het gedrag doorgaat."
        ),
        "description": (
            "De waarschuwingsbrief is een eenvoudige, goedkope interventie die laat zien dat de "
            "overheid meekijkt en die de norm stelt. Zij wordt ingezet na een eerste signaal, "
            "zoals een kleine drugsvondst of aanhoudende overlast, en is in veel gemeenten de "
            "eerste stap van het Damoclesbeleid. Een goede brief is persoonlijk, concreet en noemt "
            "naast de gevolgen ook een aanbod van hulp en een contactpersoon. In familienetwerken "
            "kan een brief aan meerdere familieleden tegelijk duidelijk maken dat de gemeente het "
            "netwerk als geheel ziet. De brief legt ook vast dat betrokkene gewaarschuwd is, wat "
            "een latere formele maatregel beter onderbouwt."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid"],
        "life_areas": ["veiligheid"],
        "for_minors": False,
        "conditions": [
            "Er zijn concrete, vastgelegde signalen over het gedrag van betrokkene",
            "De brief noemt welk gedrag niet wordt geaccepteerd en welke maatregelen kunnen volgen",
            "Er is afgestemd met politie en zorgpartners of de brief hun aanpak niet doorkruist",
        ],
        "information_needed": [
            "Signalen of bestuurlijke rapportage politie",
            "Actuele adresgegevens (BRP)",
        ],
        "typical_duration": "Eenmalig",
        "lighter_alternatives": [],
        "combined_with": ["gesprek-burgemeester", "gezinscoach", "schuldhulpverlening"],
        "safety_notes": (
            "Onderteken namens de burgemeester en vermeld geen namen van behandelende ambtenaren; "
            "stem de timing af met de politie zodat een lopend onderzoek niet wordt verstoord."
        ),
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
            "Handreiking Damoclesbeleid, CCV",
        ],
    },
    {
        "slug": "gesprek-burgemeester",
        "name": "Gesprek met de burgemeester ('stevig gesprek')",
        "kind": "informeel",
        "characters": ["preventief"],
        "summary": (
            "De burgemeester nodigt betrokkene, en bij jongeren ook de ouders, uit voor een "
            "normerend gesprek op het gemeentehuis, met een duidelijke boodschap en een aanbod van "
            "hulp."
        ),
        "description": (
            "Het stevige gesprek gebruikt het gezag van het ambt: de burgemeester spreekt "
            "betrokkene persoonlijk aan op zijn gedrag en zijn rol in het netwerk, maakt de "
            "grenzen en mogelijke maatregelen duidelijk en biedt tegelijk een uitweg. Het "
            "onderzoek naar bestuurlijk interveniëren laat zien dat zo'n actie van een bestuurder "
            "al effectief kan zijn om ongewenst gedrag te doorbreken. Het gesprek is goed "
            "voorbereid met ketenpartners, heeft een vaste structuur en wordt schriftelijk "
            "bevestigd. Het werkt vooral bij jongere familieleden en randfiguren die nog niet diep "
            "in het netwerk zitten."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "sociaal-domein"],
        "life_areas": ["veiligheid", "opvoeding", "sociaal_netwerk"],
        "for_minors": True,
        "conditions": [
            "Het doel van het gesprek en de boodschap zijn vooraf met de ketenpartners bepaald",
            "Er ligt een concreet hulpaanbod klaar",
            "Een veiligheidscheck bij de politie is gedaan",
        ],
        "information_needed": ["Casusbeeld uit het casusoverleg", "Veiligheidscheck politie"],
        "typical_duration": "Eenmalig, met een vervolggesprek na enkele maanden",
        "lighter_alternatives": ["bestuurlijke-waarschuwingsbrief"],
        "combined_with": ["leefcoach", "eervolle-uitstap", "brief-aan-ouders", "huisbezoek"],
        "safety_notes": (
            "Voer het gesprek op het gemeentehuis, nooit bij betrokkene thuis; laat de "
            "burgemeester niet alleen met betrokkene, zorg voor beveiliging in het gebouw en een "
            "afgesproken signaal om het gesprek te beëindigen."
        ),
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "huisbezoek",
        "name": "Huisbezoek door gemeente en ketenpartners",
        "kind": "informeel",
        "characters": ["preventief", "beschermend"],
        "summary": (
            "Een medewerker van de gemeente, vaak samen met wijkagent of hulpverlener, bezoekt het "
            "gezin thuis om de situatie te zien, de norm te stellen en hulp aan te bieden."
        ),
        "description": (
            "Een huisbezoek geeft een beeld dat uit registraties niet blijkt: wie er werkelijk "
            "wonen, hoe het met de kinderen gaat, of er signalen zijn van uitbuiting of geweld. "
            "Het laat ook zien dat de overheid het gezin kent en zich er persoonlijk mee bemoeit. "
            "Het bezoek kan worden gecombineerd met een adresonderzoek of een controle, maar moet "
            "dan eerlijk over het doel zijn. Voer het bezoek uit met een duidelijke rolverdeling "
            "tussen veiligheid en zorg en leg de bevindingen vast voor het casusoverleg."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "professional"],
        "domains": ["veiligheid", "sociaal-domein", "politie", "zorg"],
        "life_areas": ["wonen", "opvoeding", "huiselijk_geweld", "uitbuiting"],
        "for_minors": False,
        "conditions": [
            "Het doel van het bezoek is bepaald en met de ketenpartners afgestemd",
            "Een veiligheidscheck bij de politie is gedaan",
            (
                "De bewoners mogen de toegang weigeren; er wordt niet zonder toestemming "
                "binnengetreden"
            ),
        ],
        "information_needed": [
            "Veiligheidscheck politie",
            "Gezinssamenstelling (BRP)",
            "Casusbeeld",
        ],
        "typical_duration": "Eenmalig of enkele keren",
        "lighter_alternatives": ["bestuurlijke-waarschuwingsbrief"],
        "combined_with": ["adresonderzoek-brp", "gezinscoach", "gesprek-burgemeester"],
        "safety_notes": (
            "Huisbezoek alleen na een veiligheidscheck bij de politie; ga met twee, meld vooraf "
            "waar je bent en wanneer je terug bent, ga niet verder de woning in dan nodig en "
            "vertrek bij dreiging direct."
        ),
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "eervolle-uitstap",
        "name": "Eervolle uitstap bieden",
        "kind": "informeel",
        "characters": ["preventief", "herstellend"],
        "summary": (
            "Een familielid dat uit het criminele netwerk wil stappen, krijgt een uitweg zonder "
            "gezichtsverlies: een nieuwe woonplek, werk of opleiding en bescherming."
        ),
        "description": (
            "Niet iedereen in een crimineel familienetwerk kiest voor de criminaliteit; partners, "
            "jongere familieleden en randfiguren willen soms weg, maar zien geen uitweg of vrezen "
            "de reactie van de familie. Een eervolle uitstap biedt hun een concreet perspectief "
            "dat de breuk met het netwerk haalbaar en veilig maakt, bijvoorbeeld een woning in een "
            "andere gemeente, een baan of opleiding, schuldhulp en zo nodig beveiliging. De "
            "burgemeester kan het aanbod persoonlijk doen, wat het gewicht geeft. Het vraagt "
            "vertrouwelijkheid, snelheid en goede afspraken met gemeenten en corporaties elders."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "professional"],
        "domains": ["veiligheid", "sociaal-domein", "wonen", "politie"],
        "life_areas": ["sociaal_netwerk", "wonen", "financien", "veiligheid", "uitbuiting"],
        "for_minors": False,
        "conditions": [
            "Betrokkene geeft zelf aan te willen uitstappen",
            "Er is een concreet en snel uitvoerbaar aanbod (wonen, werk, schulden)",
            "De risico's van de uitstap zijn met de politie ingeschat",
        ],
        "information_needed": ["Dreigingsinschatting politie", "Overzicht schulden en inkomen"],
        "typical_duration": "6 tot 24 maanden begeleiding",
        "lighter_alternatives": [],
        "combined_with": [
            "leefcoach",
            "schuldhulpverlening",
            "werk-en-inkomen-traject",
            "gesprek-burgemeester",
        ],
        "safety_notes": (
            "Uitstappers lopen het grootste risico op vergelding; houd de nieuwe verblijfplaats "
            "geheim, beperk de kring van ingewijden en maak met de politie een veiligheidsplan."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "signaal-riec",
        "name": "Signaal aan het RIEC",
        "kind": "informeel",
        "characters": ["preventief", "repressief"],
        "summary": (
            "De gemeente legt signalen van ondermijning rond een familienetwerk voor aan het "
            "Regionaal Informatie- en Expertisecentrum (RIEC) voor een integraal beeld en een "
            "gezamenlijke aanpak."
        ),
        "description": (
            "Het RIEC brengt informatie van gemeenten, politie, Openbaar Ministerie, "
            "Belastingdienst en andere partners samen op basis van een convenant. Een signaal van "
            "de gemeente kan leiden tot een integrale casus, een bestuurlijke rapportage of een "
            "advies over bestuurlijke maatregelen en barrières. Voor familienetwerken die over "
            "gemeentegrenzen heen actief zijn, is het RIEC de schakel in de verticale "
            "samenwerking. Leg vast welke informatie is gedeeld en op welke grondslag."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie", "justitie", "belastingen"],
        "life_areas": ["financien", "veiligheid"],
        "for_minors": False,
        "conditions": [
            "Er zijn concrete signalen van ondermijnende criminaliteit",
            "Het signaal valt binnen het doel van het RIEC-convenant",
            "Alleen de gegevens die voor het doel nodig zijn worden gedeeld",
        ],
        "information_needed": [
            "Beschrijving van de signalen",
            "Betrokken personen, adressen en bedrijven",
        ],
        "typical_duration": "Eenmalig; een RIEC-casus loopt maanden tot jaren",
        "lighter_alternatives": [],
        "combined_with": [
            "barrieremodel",
            "integrale-controle",
            "bibob-weigeren-intrekken",
            "melding-belastingdienst",
        ],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
            "Convenant RIEC",
        ],
    },
    {
        "slug": "melding-belastingdienst",
        "name": "Melding aan de Belastingdienst",
        "kind": "informeel",
        "characters": ["repressief"],
        "summary": (
            "De gemeente meldt, rechtstreeks of via het RIEC, signalen van onverklaarbaar vermogen "
            "of fraude aan de Belastingdienst."
        ),
        "description": (
            "Criminele familienetwerken vallen vaak op door een levensstijl die niet past bij het "
            "aangegeven inkomen: dure auto's, vastgoed, contante betalingen. De Belastingdienst "
            "kan daarop onderzoek doen, navorderen en toeslagen terugvorderen, wat het netwerk "
            "financieel raakt. Omdat de Belastingdienst door de fiscale geheimhoudingsplicht "
            "weinig terug kan melden, loopt een gezamenlijke aanpak het best via het RIEC. Let ook "
            "op de gevolgen voor gezinsleden: terugvorderingen kunnen schulden veroorzaken die "
            "hulp vragen."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester"],
        "domains": ["belastingen", "veiligheid"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            "Er zijn concrete signalen van fraude of onverklaarbaar vermogen",
            "De gegevensdeling past binnen een grondslag of convenant",
        ],
        "information_needed": [
            "Beschrijving van de signalen",
            "Vermogensbestanddelen (voertuigen, vastgoed)",
        ],
        "typical_duration": "Eenmalig",
        "lighter_alternatives": [],
        "combined_with": ["signaal-riec", "signaal-om-afpakken", "schuldhulpverlening"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "bibob-signaal",
        "name": "Bibob-signaal aan een ander bestuursorgaan",
        "kind": "informeel",
        "characters": ["preventief"],
        "summary": (
            "De gemeente wijst een ander bestuursorgaan, via het RIEC, op personen of bedrijven "
            "uit het netwerk die daar een vergunning, subsidie of vastgoedtransactie aanvragen."
        ),
        "description": (
            "Familienetwerken wijken uit naar buurgemeenten als zij in de eigen gemeente worden "
            "geweigerd. Een signaal stelt het andere bestuursorgaan in staat zelf een "
            "Bibob-onderzoek te starten. Het signaal bevat geen eigen conclusies over de "
            "betrokkenen maar verwijst naar de bronnen en de route via het RIEC. Zo wordt het "
            "waterbedeffect tussen gemeenten beperkt."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "college"],
        "domains": ["veiligheid"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            "Er zijn aanwijzingen dat personen of bedrijven uit het netwerk elders actief worden",
            "Het signaal loopt via een route met een grondslag, zoals het RIEC",
        ],
        "information_needed": ["Bibob-onderzoek of RIEC-informatie"],
        "typical_duration": "Eenmalig",
        "lighter_alternatives": [],
        "combined_with": ["bibob-weigeren-intrekken", "signaal-riec"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
            "Landelijk Bureau Bibob, Handreiking Wet Bibob",
        ],
    },
    {
        "slug": "brp-terugmelding",
        "name": "Terugmelding BRP bij twijfel over inschrijving",
        "kind": "informeel",
        "characters": ["preventief"],
        "summary": (
            "Een organisatie die twijfelt aan de juistheid van een BRP-inschrijving meldt dat "
            "terug aan de gemeente, die de gegevens daarop kan onderzoeken."
        ),
        "description": (
            "Overheidsorganen die gegevens uit de BRP gebruiken, moeten gerede twijfel over de "
            "juistheid ervan terugmelden. Ketenpartners in een casus zien vaak als eersten dat er "
            "meer of andere mensen op een adres wonen dan ingeschreven. De terugmelding is de "
            "lichte eerste stap die tot een adresonderzoek kan leiden. Zij draagt bij aan een "
            "betrouwbare gezinssamenstelling in de casus en aan het tegengaan van fraude met "
            "adressen."
        ),
        "legal_law": "Wet basisregistratie personen",
        "legal_article": "hoofdstuk 2",
        "legal_url": "",
        "deciders": ["burgemeester", "college"],
        "domains": ["veiligheid", "sociaal-domein", "wonen"],
        "life_areas": ["wonen"],
        "for_minors": False,
        "conditions": [
            "Er is gerede twijfel over de juistheid van een BRP-gegeven",
            "De twijfel is gebaseerd op concrete waarnemingen",
        ],
        "information_needed": ["Waarneming of bron van de twijfel"],
        "typical_duration": "Eenmalig",
        "lighter_alternatives": [],
        "combined_with": ["adresonderzoek-brp", "huisbezoek"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Wet basisregistratie personen",
            "Rijksdienst voor Identiteitsgegevens, terugmelden",
        ],
    },
    {
        "slug": "signaal-om-afpakken",
        "name": "Signaal aan het OM voor afpakken (ontneming)",
        "kind": "informeel",
        "characters": ["repressief"],
        "summary": (
            "De gemeente deelt via het RIEC of de driehoek signalen van crimineel vermogen met het "
            "Openbaar Ministerie, dat beslag kan leggen en het wederrechtelijk verkregen voordeel "
            "kan ontnemen."
        ),
        "description": (
            "Afpakken raakt criminele netwerken waar het pijn doet en ontneemt jongere "
            "familieleden het voorbeeld van snel verdiend geld. De gemeente ziet vaak signalen die "
            "voor het OM waardevol zijn, zoals vastgoedtransacties, contante aankopen of bedrijven "
            "zonder zichtbare activiteit. Het OM beslist zelf over een strafrechtelijk financieel "
            "onderzoek, beslag en een ontnemingsvordering (art. 36e Wetboek van Strafrecht). Het "
            "signaal is dus informeel, de vervolgstappen zijn strafrechtelijk."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "officier_van_justitie"],
        "domains": ["justitie", "veiligheid", "belastingen"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            "Er zijn concrete signalen van crimineel verkregen vermogen",
            "Het signaal loopt via een route met een grondslag (RIEC, driehoek)",
        ],
        "information_needed": ["Beschrijving vermogensbestanddelen", "Kadaster- en KvK-gegevens"],
        "typical_duration": "Eenmalig; een ontnemingsprocedure duurt jaren",
        "lighter_alternatives": [],
        "combined_with": ["melding-belastingdienst", "signaal-riec", "sluiting-woning-drugs"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
            "Art. 36e Wetboek van Strafrecht",
        ],
    },
    {
        "slug": "agendering-driehoek",
        "name": "Agendering in de driehoek of vierhoek",
        "kind": "informeel",
        "characters": ["preventief", "repressief"],
        "summary": (
            "De burgemeester zet het familienetwerk op de agenda van de gezagsdriehoek of vierhoek "
            "en vraagt politie, OM en sociaal domein om prioriteit en een gezamenlijke aanpak."
        ),
        "description": (
            "De burgemeester heeft geen zeggenschap over de opsporing, maar kan in de driehoek wel "
            "vragen om prioriteit voor een familienetwerk en om afstemming van strafrechtelijke en "
            "bestuurlijke stappen. In de vierhoek, met de wethouder voor het sociaal domein erbij, "
            "verbinden veiligheid en zorg zich op bestuurlijk niveau aan één plan van aanpak. Dat "
            "maakt proactief integraal samenwerken mogelijk en voorkomt dat veiligheid het "
            "probleem alleen draagt. De afspraken worden vastgelegd met eigenaar en termijn."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "politie", "justitie", "sociaal-domein"],
        "life_areas": [],
        "for_minors": False,
        "conditions": [
            "Er is een actueel casusbeeld dat de noodzaak van bestuurlijke aandacht onderbouwt",
            "De vraag aan de partners is concreet (prioriteit, inzet, besluit)",
        ],
        "information_needed": ["Casusbeeld en plan van aanpak", "Advies van de procesregisseur"],
        "typical_duration": "Eenmalig, met terugkoppeling in volgende overleggen",
        "lighter_alternatives": [],
        "combined_with": [
            "persoonsgerichte-aanpak",
            "strafvorderlijke-informatie-burgemeester",
            "signaal-riec",
        ],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
            "Art. 13 Politiewet 2012",
        ],
    },
    {
        "slug": "brief-aan-ouders",
        "name": "Brief van de burgemeester aan ouders",
        "kind": "informeel",
        "characters": ["preventief"],
        "summary": (
            "De burgemeester schrijft de ouders dat hun kind in verband wordt gebracht met "
            "criminaliteit of risicovolle groepen, en nodigt hen uit voor een gesprek en hulp."
        ),
        "description": (
            "Ouders weten niet altijd wat hun kind buiten de deur doet, of onderschatten het. Een "
            "brief van de burgemeester maakt hen deelgenoot en spreekt hen aan op hun rol, zonder "
            "direct een formele maatregel te nemen. De brief verwijst naar concrete hulp, zoals "
            "jongerenwerk, opvoedondersteuning of een leefcoach. In criminele familienetwerken, "
            "waar ouders zelf betrokken kunnen zijn, vraagt dit middel een afweging vooraf: kan de "
            "brief het kind juist in gevaar brengen?"
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester"],
        "domains": ["veiligheid", "sociaal-domein", "onderwijs"],
        "life_areas": ["opvoeding", "veiligheid"],
        "for_minors": True,
        "conditions": [
            "Het kind is minderjarig en er zijn concrete signalen",
            "Er is afgewogen of de brief het kind in gevaar kan brengen",
            "Er ligt een concreet hulpaanbod klaar",
        ],
        "information_needed": ["Registraties politie over het kind", "Gegevens over gezag"],
        "typical_duration": "Eenmalig",
        "lighter_alternatives": [],
        "combined_with": [
            "gesprek-burgemeester",
            "ambulant-jongerenwerk",
            "ouderschapsondersteuning",
        ],
        "safety_notes": (
            "Stuur geen brief als ouders zelf de kern van het netwerk vormen en het kind daardoor "
            "gevaar loopt; kies dan voor een route via zorg of Veilig Thuis."
        ),
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "leefcoach",
        "name": "Leefcoach voor jongere familieleden",
        "kind": "zorg",
        "characters": ["preventief", "herstellend"],
        "summary": (
            "Een vaste coach begeleidt een jongere uit het netwerk bij school, werk, vrije tijd en "
            "vrienden en biedt een positief alternatief voor de criminele omgeving."
        ),
        "description": (
            "Jongere leden van criminele familienetwerken groeien op met criminaliteit als normaal "
            "en vaak lucratief voorbeeld. Een leefcoach is een vaste volwassene die de jongere "
            "actief opzoekt, langdurig begeleidt, het netwerk kent en bereikbaar is als het "
            "moeilijk wordt. De coach helpt met concrete doelen, zoals school afmaken, een bijbaan "
            "of sport, en werkt samen met ouders waar dat kan. In combinatie met een formele "
            "maatregel, zoals een groepsverbod, biedt de leefcoach het perspectief dat de "
            "maatregel zelf niet geeft."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein", "zorg", "onderwijs"],
        "life_areas": ["opvoeding", "onderwijs", "sociaal_netwerk", "uitbuiting"],
        "for_minors": True,
        "conditions": [
            "De jongere (en bij minderjarigen de ouders) werkt vrijwillig mee",
            "Er is een coach beschikbaar die langdurig kan aansluiten",
        ],
        "information_needed": ["Casusbeeld van de jongere", "Schoolgegevens"],
        "typical_duration": "6 tot 18 maanden",
        "lighter_alternatives": ["ambulant-jongerenwerk"],
        "combined_with": [
            "gebiedsverbod-groepsverbod-meldplicht",
            "gesprek-burgemeester",
            "verzuimaanpak-leerplicht",
        ],
        "safety_notes": (
            "De coach werkt dicht bij het netwerk en kan onder druk komen te staan; zorg voor "
            "intervisie, een duidelijke meldroute bij dreiging en geen privécontactgegevens."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "gezinscoach",
        "name": "Gezinscoach",
        "kind": "zorg",
        "characters": ["preventief", "herstellend", "beschermend"],
        "summary": (
            "Een gezinscoach werkt met het hele gezin aan opvoeding, financiën, huisvesting en "
            "veiligheid, als één vast aanspreekpunt."
        ),
        "description": (
            "Problemen in criminele familienetwerken spelen op meerdere leefgebieden tegelijk. De "
            "gezinscoach brengt die samen, stelt met het gezin één plan op en schakelt "
            "specialistische hulp in waar nodig. De coach heeft vooral oog voor de kinderen en "
            "voor gezinsleden die niet bij de criminaliteit betrokken zijn. Gecombineerd met "
            "formele maatregelen zorgt de gezinscoach ervoor dat de gevolgen voor het gezin worden "
            "opgevangen en dat er een weg terug is."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein", "zorg", "jeugdbescherming"],
        "life_areas": ["opvoeding", "financien", "wonen", "huiselijk_geweld", "gezondheid"],
        "for_minors": True,
        "conditions": [
            "Het gezin werkt mee, of er is een drangkader (bijvoorbeeld een lopende maatregel)",
            "Er is één plan met doelen per leefgebied",
        ],
        "information_needed": ["Casusbeeld", "Overzicht betrokken hulpverlening"],
        "typical_duration": "6 tot 12 maanden",
        "lighter_alternatives": ["ouderschapsondersteuning"],
        "combined_with": [
            "sluiting-woning-drugs",
            "tijdelijk-huisverbod",
            "schuldhulpverlening",
            "een-gezin-een-plan",
        ],
        "safety_notes": (
            "Bespreek met de politie welke gezinsleden een risico vormen; voer gesprekken bij "
            "signalen van dreiging op kantoor en met twee."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "schuldhulpverlening",
        "name": "Schuldhulpverlening",
        "kind": "zorg",
        "characters": ["preventief", "herstellend"],
        "summary": (
            "De gemeente helpt gezinsleden met schulden naar een stabiele financiële situatie, "
            "vanaf vroegsignalering van betalingsachterstanden tot een schuldregeling."
        ),
        "description": (
            "Schulden maken mensen kwetsbaar voor criminele verleiding en afhankelijk van het "
            "netwerk, bijvoorbeeld als familie de schuld 'overneemt' in ruil voor diensten. De "
            "gemeente is verantwoordelijk voor integrale schuldhulpverlening en krijgt via "
            "vroegsignalering meldingen van betalingsachterstanden van onder meer "
            "woningcorporaties en energieleveranciers. Na formele maatregelen, zoals een sluiting "
            "of een terugvordering door de Belastingdienst, kunnen schulden juist toenemen; "
            "schuldhulp voorkomt dat gezinsleden daardoor dieper in het netwerk belanden."
        ),
        "legal_law": "Wet gemeentelijke schuldhulpverlening",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            "Betrokkene wil meewerken en geeft inzicht in inkomsten en schulden",
            "De hulpvraag is met de gemeentelijke schuldhulp afgestemd",
        ],
        "information_needed": ["Overzicht inkomsten en schulden", "Signalen vroegsignalering"],
        "typical_duration": (
            "Stabilisatie enkele maanden; een schuldregeling anderhalf tot drie jaar"
        ),
        "lighter_alternatives": [],
        "combined_with": ["eervolle-uitstap", "werk-en-inkomen-traject", "melding-belastingdienst"],
        "safety_notes": (
            "Wees alert op schuldeisers uit het criminele milieu die niet op papier staan; "
            "bespreek zulke signalen met de politie."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Wet gemeentelijke schuldhulpverlening",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "ambulant-jongerenwerk",
        "name": "Ambulant jongerenwerk",
        "kind": "zorg",
        "characters": ["preventief"],
        "summary": (
            "Jongerenwerkers zoeken jongeren op straat en online op, bouwen een band op en leiden "
            "hen naar activiteiten, school, werk of hulp."
        ),
        "description": (
            "Ambulant jongerenwerk bereikt jongeren die niet uit zichzelf naar hulp komen, "
            "waaronder de jonge aanwas van criminele familienetwerken. Jongerenwerkers zien vroeg "
            "wie verschuift naar een criminele groep, signaleren uitbuiting en kunnen een brug "
            "slaan naar leerplicht, een leefcoach of een traject naar werk. Hun vertrouwensrelatie "
            "met jongeren is hun belangrijkste instrument; daarom werken zij wel samen met politie "
            "en gemeente, maar worden zij niet ingezet als informant."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein", "onderwijs"],
        "life_areas": ["sociaal_netwerk", "onderwijs", "uitbuiting", "opvoeding"],
        "for_minors": True,
        "conditions": [
            "Er is jongerenwerk actief in de wijk",
            (
                "De rol van de jongerenwerker in de casus is afgesproken en bewaakt de "
                "vertrouwensrelatie"
            ),
        ],
        "information_needed": ["Signalen uit de wijk"],
        "typical_duration": "Doorlopend",
        "lighter_alternatives": [],
        "combined_with": [
            "leefcoach",
            "gebiedsverbod-groepsverbod-meldplicht",
            "preventie-met-gezag",
        ],
        "safety_notes": (
            "Jongerenwerkers mogen niet als verlengstuk van handhaving worden gezien; maak geen "
            "afspraken die hun positie op straat in gevaar brengen."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "multisysteemtherapie",
        "name": "Multisysteemtherapie (MST)",
        "kind": "zorg",
        "characters": ["herstellend", "preventief"],
        "summary": (
            "Intensieve behandeling in het gezin voor jongeren met ernstig antisociaal of "
            "delinquent gedrag, waarbij ouders, school en vrienden worden betrokken."
        ),
        "description": (
            "Multisysteemtherapie gaat ervan uit dat het gedrag van een jongere samenhangt met de "
            "systemen om hem heen: gezin, school, vrienden en buurt. De therapeut werkt thuis met "
            "het gezin, is ook buiten kantoortijd bereikbaar en versterkt de ouders in het stellen "
            "van grenzen en het volgen van hun kind. De behandeling is bedoeld om uithuisplaatsing "
            "en verdere criminaliteit te voorkomen. In criminele familienetwerken vraagt zij een "
            "vooraf gemaakte afweging of de ouders zelf de veranderkracht kunnen leveren."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["zorg", "jeugdbescherming"],
        "life_areas": ["opvoeding", "onderwijs", "sociaal_netwerk"],
        "for_minors": True,
        "conditions": [
            "De jongere vertoont ernstig antisociaal of delinquent gedrag",
            "Er is een verzorger die de behandeling thuis kan dragen",
            "Er is een verwijzing of beschikking voor jeugdhulp",
        ],
        "information_needed": ["Diagnostiek en verwijzing jeugdhulp", "Schoolgegevens"],
        "typical_duration": "3 tot 5 maanden",
        "lighter_alternatives": ["ouderschapsondersteuning", "gezinscoach"],
        "combined_with": ["ondertoezichtstelling", "leefcoach", "verzuimaanpak-leerplicht"],
        "safety_notes": (
            "Thuisbehandeling in een crimineel gezin vraagt een veiligheidscheck vooraf en "
            "afspraken over wat de therapeut doet bij signalen van criminaliteit of geweld."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Nederlands Jeugdinstituut, Databank Effectieve Jeugdinterventies"],
    },
    {
        "slug": "ouderschapsondersteuning",
        "name": "Opvoed- en ouderschapsondersteuning",
        "kind": "zorg",
        "characters": ["preventief", "herstellend"],
        "summary": (
            "Ouders krijgen ondersteuning om grenzen te stellen, toezicht te houden en hun kind "
            "weerbaar te maken tegen criminele invloeden."
        ),
        "description": (
            "Ouders in of rond criminele familienetwerken staan soms machteloos tegenover de "
            "invloed van ooms, neven of oudere broers op hun kinderen. Opvoedondersteuning, "
            "individueel of in een groep, versterkt hun vaardigheden en hun positie in de familie. "
            "Zij is een noodzakelijke aanvulling op maatregelen die ouders aanspreken, zoals een "
            "bevel aan ouders van twaalfminners of een brief van de burgemeester. De ondersteuning "
            "wordt via het wijkteam of de jeugdhulp ingezet."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein", "zorg"],
        "life_areas": ["opvoeding", "huiselijk_geweld"],
        "for_minors": True,
        "conditions": ["Ten minste één ouder staat open voor ondersteuning"],
        "information_needed": ["Hulpvraag van de ouders", "Signalen school en wijkteam"],
        "typical_duration": "3 tot 6 maanden",
        "lighter_alternatives": [],
        "combined_with": ["bevel-ouders-twaalfminners", "brief-aan-ouders", "gezinscoach"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Nederlands Jeugdinstituut, Databank Effectieve Jeugdinterventies"],
    },
    {
        "slug": "familiegroepsplan",
        "name": "Familiegroepsplan (Eigen Kracht-conferentie)",
        "kind": "zorg",
        "characters": ["herstellend", "beschermend"],
        "summary": (
            "De familie en het sociale netwerk maken onder leiding van een onafhankelijke "
            "coördinator zelf een plan voor de veiligheid en toekomst van de kinderen."
        ),
        "description": (
            "Een familiegroepsplan benut de krachten in het bredere netwerk: grootouders, tantes "
            "en vrienden die niet bij de criminaliteit betrokken zijn, kunnen een belangrijke "
            "beschermende rol spelen. Een onafhankelijke coördinator bereidt de bijeenkomst voor; "
            "de familie maakt het plan zelf, professionals toetsen of het de veiligheid borgt. De "
            "Jeugdwet geeft ouders het recht om zo'n plan op te stellen voordat hulp wordt "
            "ingezet. In criminele families moet vooraf scherp worden bepaald wie aan tafel zit, "
            "zodat het netwerk niet zelf het plan bepaalt ten nadele van de kinderen."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["zorg", "jeugdbescherming", "sociaal-domein"],
        "life_areas": ["opvoeding", "sociaal_netwerk", "huiselijk_geweld"],
        "for_minors": True,
        "conditions": [
            "Er zijn beschermende personen in het netwerk",
            "Professionals bepalen vooraf de veiligheidsvoorwaarden waaraan het plan moet voldoen",
        ],
        "information_needed": ["Netwerkanalyse (beschermende en risicovolle personen)"],
        "typical_duration": "4 tot 8 weken voor het plan; uitvoering daarna",
        "lighter_alternatives": [],
        "combined_with": ["uithuisplaatsing", "ondertoezichtstelling", "gezinscoach"],
        "safety_notes": (
            "Nodig geen familieleden uit die een risico vormen voor kinderen of voor deelnemers; "
            "laat de coördinator vooraf met de politie afstemmen."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Jeugdwet", "Nederlands Jeugdinstituut, Databank Effectieve Jeugdinterventies"],
    },
    {
        "slug": "hulp-criminele-uitbuiting",
        "name": "Begeleiding bij criminele uitbuiting",
        "kind": "zorg",
        "characters": ["beschermend", "herstellend"],
        "summary": (
            "Jongeren en volwassenen die door familie of netwerk worden gedwongen strafbare feiten "
            "te plegen, krijgen bescherming en begeleiding als slachtoffer."
        ),
        "description": (
            "Criminele uitbuiting, zoals het dwingen tot drugshandel of het ronselen van "
            "geldezels, is een vorm van mensenhandel. Binnen familienetwerken is zij moeilijk te "
            "zien, omdat loyaliteit en afhankelijkheid het slachtoffer stil houden. Begeleiding "
            "richt zich op veiligheid, het erkennen van het slachtofferschap en een nieuw "
            "perspectief, in samenwerking met de zorgcoördinator mensenhandel, politie en Openbaar "
            "Ministerie. Een slachtoffer wordt niet alleen als dader benaderd."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["zorg", "sociaal-domein", "politie", "justitie"],
        "life_areas": ["uitbuiting", "veiligheid", "sociaal_netwerk"],
        "for_minors": True,
        "conditions": [
            "Er zijn signalen van criminele uitbuiting",
            "De zorgcoördinator mensenhandel of een gespecialiseerde hulpverlener is betrokken",
        ],
        "information_needed": ["Signalen van uitbuiting", "Dreigingsinschatting politie"],
        "typical_duration": "6 tot 24 maanden",
        "lighter_alternatives": [],
        "combined_with": ["eervolle-uitstap", "leefcoach", "melding-veilig-thuis"],
        "safety_notes": (
            "Slachtoffers lopen risico op vergelding als zij zich losmaken; maak met de politie "
            "een veiligheidsplan en overweeg opvang buiten de gemeente."
        ),
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Art. 273f Wetboek van Strafrecht",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "werk-en-inkomen-traject",
        "name": "Traject naar werk en inkomen",
        "kind": "zorg",
        "characters": ["preventief", "herstellend"],
        "summary": (
            "Het sociaal domein begeleidt gezinsleden naar een opleiding, baan of stabiel legaal "
            "inkomen."
        ),
        "description": (
            "Een legaal inkomen is een voorwaarde om los te komen van een crimineel netwerk. Werk "
            "en inkomen biedt re-integratie, werkervaringsplaatsen, opleiding en zo nodig een "
            "uitkering. Het traject is belangrijk na een formele maatregel die inkomsten wegneemt "
            "en bij een eervolle uitstap. Het vraagt samenwerking met werkgevers die bereid zijn "
            "een tweede kans te bieden."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein"],
        "life_areas": ["financien", "onderwijs"],
        "for_minors": False,
        "conditions": ["Betrokkene is gemotiveerd en beschikbaar voor werk of opleiding"],
        "information_needed": ["Opleiding en werkervaring", "Inkomenssituatie"],
        "typical_duration": "3 tot 12 maanden",
        "lighter_alternatives": [],
        "combined_with": ["eervolle-uitstap", "schuldhulpverlening", "persoonsgerichte-aanpak"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "verzuimaanpak-leerplicht",
        "name": "Verzuimaanpak met de leerplichtambtenaar",
        "kind": "zorg",
        "characters": ["preventief", "beschermend"],
        "summary": (
            "De leerplichtambtenaar pakt schoolverzuim aan met gesprekken, zorg en zo nodig een "
            "proces-verbaal, en houdt jongeren in het onderwijs."
        ),
        "description": (
            "Schoolverzuim is een van de eerste signalen dat een jongere afglijdt naar "
            "criminaliteit. De leerplichtambtenaar spreekt jongere en ouders aan, schakelt zorg in "
            "en kan bij aanhoudend verzuim een proces-verbaal opmaken. Scholen en leerplicht zien "
            "jongere familieleden dagelijks en zijn daarom belangrijke partners in het "
            "casusoverleg. Een jongere die op school blijft, heeft meer kansen buiten het netwerk."
        ),
        "legal_law": "Leerplichtwet 1969",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["onderwijs", "sociaal-domein"],
        "life_areas": ["onderwijs", "opvoeding"],
        "for_minors": True,
        "conditions": [
            "De jongere is leerplichtig of kwalificatieplichtig",
            "Er is verzuim gemeld of gesignaleerd",
        ],
        "information_needed": ["Verzuimmeldingen school", "Zorgbeeld van de jongere"],
        "typical_duration": "Weken tot maanden",
        "lighter_alternatives": [],
        "combined_with": ["leefcoach", "multisysteemtherapie", "ouderschapsondersteuning"],
        "safety_notes": "",
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Leerplichtwet 1969"],
    },
    {
        "slug": "veiligheidsplan-huiselijk-geweld",
        "name": "Veiligheidsplan bij huiselijk geweld",
        "kind": "zorg",
        "characters": ["beschermend"],
        "summary": (
            "Hulpverleners maken met het gezin concrete afspraken die de veiligheid van "
            "slachtoffers en kinderen direct vergroten en toetsbaar maken."
        ),
        "description": (
            "Een veiligheidsplan legt vast wat er nodig is om geweld te stoppen en te voorkomen: "
            "wie waar verblijft, wie wat doet bij dreiging, welke contacten wel en niet zijn "
            "toegestaan. Het wordt opgesteld met betrokkenen en hun netwerk, en regelmatig "
            "getoetst. In criminele familienetwerken speelt vaak ook dreiging van buiten het "
            "gezin, waardoor afstemming met de politie over het plan nodig is."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["zorg", "politie", "jeugdbescherming"],
        "life_areas": ["huiselijk_geweld", "veiligheid", "opvoeding"],
        "for_minors": False,
        "conditions": [
            "Er is (een vermoeden van) huiselijk geweld",
            "Veilig Thuis of een hulpverlener regisseert het plan",
        ],
        "information_needed": ["Risicotaxatie", "Gegevens kinderen in het gezin"],
        "typical_duration": "Doorlopend, met toetsing elke paar weken",
        "lighter_alternatives": [],
        "combined_with": ["tijdelijk-huisverbod", "melding-veilig-thuis"],
        "safety_notes": "Bewaar het plan zo dat plegers of familieleden het niet kunnen inzien.",
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Veilig Thuis",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "persoonsgerichte-aanpak",
        "name": "Persoonsgerichte aanpak (PGA)",
        "kind": "methodiek",
        "characters": ["preventief", "repressief", "herstellend"],
        "summary": (
            "Een integrale aanpak op maat van één persoon, waarin zorg, straf en bestuurlijke "
            "maatregelen in één plan onder regie van het Zorg- en Veiligheidshuis worden "
            "gecombineerd."
        ),
        "description": (
            "De persoonsgerichte aanpak richt zich op personen die veel overlast of criminaliteit "
            "veroorzaken en bij wie problemen op meerdere leefgebieden spelen. Partners uit "
            "veiligheid en zorg stellen samen één plan op met een casusregisseur, en zetten drang "
            "en dwang in waar vrijwillige hulp niet werkt. In familienetwerken wordt de PGA vaak "
            "per familielid toegepast; het risico is dat de samenhang tussen de personen uit beeld "
            "raakt. Koppel de persoonsplannen daarom aan één gezins- of netwerkplan."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional", "burgemeester"],
        "domains": ["veiligheid", "zorg", "justitie", "politie", "sociaal-domein"],
        "life_areas": ["veiligheid", "wonen", "financien", "gezondheid", "verslaving"],
        "for_minors": False,
        "conditions": [
            "Problemen op meerdere leefgebieden en meer dan één ketenpartner nodig",
            "Er is een casusregisseur en een vastgesteld plan van aanpak",
        ],
        "information_needed": [
            "Screening en informatieverrijking ZVH",
            "Justitiële en zorggegevens, alleen voor zover elke partner ze nodig heeft",
        ],
        "typical_duration": "6 tot 24 maanden",
        "lighter_alternatives": ["gesprek-burgemeester"],
        "combined_with": [
            "gebiedsverbod-groepsverbod-meldplicht",
            "werk-en-inkomen-traject",
            "agendering-driehoek",
        ],
        "safety_notes": (
            "Deel in het plan alleen de gegevens die elke partner nodig heeft en neem veilig "
            "interveniëren als vast onderdeel op."
        ),
        "pyramid_level": 2,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Landelijk Netwerk Zorg- en Veiligheidshuizen",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "top600-top400",
        "name": "Top600 en Top400",
        "kind": "methodiek",
        "characters": ["repressief", "preventief", "herstellend"],
        "summary": (
            "Amsterdamse aanpak waarin ketenpartners plegers van veelvoorkomende zware "
            "criminaliteit (Top600) en jongeren met een risico daarop (Top400) met straf en zorg "
            "volgen."
        ),
        "description": (
            "De Top600 richt zich op een vaste groep veelplegers van overvallen, straatroven, "
            "inbraken en geweld; elke persoon krijgt een regisseur en een plan met straf, zorg en "
            "ondersteuning. De Top400 richt zich op jongeren die op weg zijn naar zo'n criminele "
            "loopbaan. Belangrijk is de aandacht voor broertjes en zusjes, omdat criminaliteit "
            "zich vaak binnen gezinnen voortzet. Kenmerkend is de combinatie van 'lik op stuk' bij "
            "nieuwe delicten met langdurige hulp, en gemeenten buiten Amsterdam passen de aanpak "
            "in vergelijkbare vorm toe."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "officier_van_justitie", "professional"],
        "domains": ["veiligheid", "justitie", "politie", "zorg", "sociaal-domein"],
        "life_areas": ["veiligheid", "opvoeding", "onderwijs", "financien", "gezondheid"],
        "for_minors": True,
        "conditions": [
            "De persoon voldoet aan de selectiecriteria van de lijst",
            "Er is een vaste regisseur en alle ketenpartners hebben zich aan de aanpak verbonden",
        ],
        "information_needed": [
            "Selectie op basis van politiegegevens",
            "Zorgbeeld per persoon en gezin",
        ],
        "typical_duration": "Meerdere jaren",
        "lighter_alternatives": ["persoonsgerichte-aanpak"],
        "combined_with": ["leefcoach", "gezinscoach", "vrijheidsbeperkende-maatregel"],
        "safety_notes": "",
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Gemeente Amsterdam, Top600- en Top400-aanpak",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "preventie-met-gezag",
        "name": "Preventie met Gezag",
        "kind": "methodiek",
        "characters": ["preventief"],
        "summary": (
            "Landelijk programma waarmee gemeenten met extra middelen voorkomen dat kinderen en "
            "jongeren in kwetsbare wijken de georganiseerde criminaliteit in worden gezogen."
        ),
        "description": (
            "Preventie met Gezag is onderdeel van de rijksaanpak van georganiseerde criminaliteit "
            "en ondersteunt geselecteerde gemeenten bij de preventie van criminaliteit onder "
            "jongeren. Gemeenten zetten daarbij in op gezag in de wijk, zoals sterke "
            "professionals, gezinsaanpakken, onderwijs en perspectief op werk. Voor de jonge "
            "aanwas van criminele familienetwerken biedt het programma ruimte voor langdurige, "
            "intensieve trajecten. Kennisdeling tussen de deelnemende gemeenten is een vast "
            "onderdeel."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["college", "burgemeester"],
        "domains": ["veiligheid", "sociaal-domein", "onderwijs"],
        "life_areas": ["opvoeding", "onderwijs", "sociaal_netwerk", "uitbuiting"],
        "for_minors": True,
        "conditions": [
            "De gemeente neemt deel aan het programma of past de werkwijze toe",
            "Er is een lokaal plan met concrete interventies voor jongeren",
        ],
        "information_needed": ["Wijkanalyse jonge aanwas"],
        "typical_duration": "Meerjarig programma",
        "lighter_alternatives": [],
        "combined_with": ["ambulant-jongerenwerk", "leefcoach", "nieuwe-perspectieven"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Ministerie van Justitie en Veiligheid, programma Preventie met Gezag"],
    },
    {
        "slug": "nieuwe-perspectieven",
        "name": "Nieuwe Perspectieven",
        "kind": "methodiek",
        "characters": ["preventief", "herstellend"],
        "summary": (
            "Intensieve begeleiding, op straat en thuis, van jongeren die dreigen af te glijden "
            "naar criminaliteit of daar al in zitten, door één vaste hulpverlener."
        ),
        "description": (
            "Nieuwe Perspectieven is in Amsterdam ontwikkeld en wordt in meerdere gemeenten "
            "toegepast. Eén hulpverlener werkt intensief met de jongere aan concrete doelen op "
            "alle leefgebieden, zoekt hem op waar hij is en betrekt het netwerk. Na de intensieve "
            "fase volgt een nazorgfase. De methode past bij jonge familieleden van criminele "
            "netwerken die al politie- of justitiecontacten hebben maar nog te bereiken zijn."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein", "zorg"],
        "life_areas": ["opvoeding", "onderwijs", "financien", "sociaal_netwerk"],
        "for_minors": True,
        "conditions": [
            "De jongere stemt in met begeleiding",
            "Er is een hulpverlener met de methode beschikbaar",
        ],
        "information_needed": ["Casusbeeld van de jongere"],
        "typical_duration": "Enkele maanden intensief, daarna nazorg",
        "lighter_alternatives": ["ambulant-jongerenwerk"],
        "combined_with": ["leefcoach", "verzuimaanpak-leerplicht", "top600-top400"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Methodebeschrijving Nieuwe Perspectieven",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "levensloopaanpak",
        "name": "Levensloopaanpak",
        "kind": "methodiek",
        "characters": ["beschermend", "repressief"],
        "summary": (
            "Langdurige, in beginsel levenslange regie op personen met een hoog risico op ernstig "
            "geweld en complexe problematiek, via het Zorg- en Veiligheidshuis."
        ),
        "description": (
            "De Levensloopaanpak is bedoeld voor een kleine groep personen die ernstige gewelds- "
            "of zedendelicten hebben gepleegd of dreigen te plegen en bij wie psychiatrische, "
            "verslavings- of andere problemen spelen. Een vaste casusregisseur bewaakt het plan "
            "over instellingen en levensfasen heen, zodat de aandacht niet verslapt na een "
            "behandeling of detentie. In familienetwerken kan de aanpak nodig zijn voor een lid "
            "dat een blijvend gevaar vormt voor familie of omgeving."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional", "officier_van_justitie"],
        "domains": ["zorg", "justitie", "veiligheid", "politie"],
        "life_areas": ["veiligheid", "gezondheid", "verslaving", "huiselijk_geweld"],
        "for_minors": False,
        "conditions": [
            "Er is een hoog risico op ernstig geweld en complexe problematiek",
            "De landelijke of regionale toetsing voor de Levensloopaanpak is doorlopen",
        ],
        "information_needed": [
            "Risicotaxatie",
            "Forensisch en psychiatrisch beeld",
            "Justitiële documentatie",
        ],
        "typical_duration": "Jaren, in beginsel levenslang",
        "lighter_alternatives": ["persoonsgerichte-aanpak"],
        "combined_with": ["vrijheidsbeperkende-maatregel", "veiligheidsplan-huiselijk-geweld"],
        "safety_notes": (
            "Contact met deze personen uitsluitend volgens het veiligheidsprotocol van het Zorg- "
            "en Veiligheidshuis."
        ),
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": ["Landelijk Netwerk Zorg- en Veiligheidshuizen"],
    },
    {
        "slug": "een-gezin-een-plan",
        "name": "Eén gezin, één plan, één regisseur (multiprobleemgezinnen)",
        "kind": "methodiek",
        "characters": ["preventief", "herstellend", "beschermend"],
        "summary": (
            "Werkwijze voor multiprobleemgezinnen waarin alle hulp aan één gezin in één plan "
            "staat, onder regie van één vaste regisseur."
        ),
        "description": (
            "Multiprobleemgezinnen krijgen vaak hulp van veel organisaties tegelijk, die elk een "
            "deel zien. Bij deze werkwijze stellen partners met het gezin één plan op dat alle "
            "leefgebieden omvat, en draagt één regisseur de verantwoordelijkheid voor samenhang en "
            "voortgang. Criminele familienetwerken zijn vaak ook multiprobleemgezinnen; de "
            "werkwijze verbindt de zorgkant met de veiligheidsaanpak. Het gezinsplan wordt in het "
            "casusoverleg aan de bestuurlijke interventies gekoppeld."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional"],
        "domains": ["sociaal-domein", "zorg", "jeugdbescherming"],
        "life_areas": ["opvoeding", "financien", "wonen", "gezondheid", "huiselijk_geweld"],
        "for_minors": True,
        "conditions": [
            "Er zijn problemen op meerdere leefgebieden",
            "Partners erkennen één regisseur",
        ],
        "information_needed": ["Overzicht betrokken hulpverlening", "Gezinssamenstelling"],
        "typical_duration": "6 tot 24 maanden",
        "lighter_alternatives": [],
        "combined_with": ["gezinscoach", "persoonsgerichte-aanpak", "schuldhulpverlening"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "barrieremodel",
        "name": "Barrièremodel (CCV)",
        "kind": "methodiek",
        "characters": ["preventief"],
        "summary": (
            "Analyse van het criminele bedrijfsproces in stappen, om per stap te bepalen welke "
            "partner met welke bevoegdheid een barrière kan opwerpen."
        ),
        "description": (
            "Een barrièremodel brengt in kaart wat criminelen nodig hebben om hun activiteiten uit "
            "te voeren, zoals huisvesting, identiteit, transport, personeel en financiën. Per stap "
            "worden de signalen en de mogelijke barrières van overheid en private partners "
            "beschreven. Het model is ontwikkeld in de aanpak van mensenhandel en wordt door het "
            "CCV en de RIEC's ook voor andere vormen van criminaliteit gebruikt. Voor een "
            "familienetwerk helpt het om gericht te kiezen welke bestuurlijke en andere "
            "interventies elkaar versterken."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["professional", "burgemeester"],
        "domains": ["veiligheid", "politie", "justitie", "belastingen", "wonen"],
        "life_areas": ["financien", "wonen", "uitbuiting"],
        "for_minors": False,
        "conditions": [
            "Er is voldoende zicht op het criminele proces",
            "Partners nemen deel aan de analyse",
        ],
        "information_needed": ["RIEC-analyse", "Informatie van alle betrokken partners"],
        "typical_duration": "Een of enkele werksessies; daarna uitvoering",
        "lighter_alternatives": [],
        "combined_with": ["signaal-riec", "integrale-controle", "bibob-weigeren-intrekken"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "CCV, barrièremodellen",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "integrale-controle",
        "name": "Integrale controle (handhavingsactie)",
        "kind": "methodiek",
        "characters": ["repressief", "preventief"],
        "summary": (
            "Gemeente, politie, Belastingdienst, inspecties, brandweer en netbeheerder controleren "
            "gezamenlijk een pand, bedrijf of terrein, elk met de eigen bevoegdheden."
        ),
        "description": (
            "Bij een integrale controle bundelen partners hun toezichtsbevoegdheden op één moment "
            "en één plek, bijvoorbeeld bij een bedrijfspand, garagebox of horecazaak van het "
            "familienetwerk. Overtredingen op het ene terrein leiden vaak tot vervolgstappen op "
            "het andere: een Bibob-toets, een sluiting of een naheffing. De controle wordt "
            "voorbereid in het RIEC of het casusoverleg, met een duidelijk draaiboek en een vooraf "
            "bepaalde grondslag per partner. Binnentreden van een woning vraagt een afzonderlijke "
            "machtiging."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "college"],
        "domains": ["veiligheid", "politie", "belastingen", "wonen"],
        "life_areas": ["financien", "wonen", "veiligheid"],
        "for_minors": False,
        "conditions": [
            "Elke partner controleert binnen zijn eigen wettelijke toezichtsbevoegdheid",
            "Er is een draaiboek met doel, rolverdeling en vervolgafspraken",
            "Gegevensdeling tussen partners past binnen een convenant of grondslag",
        ],
        "information_needed": [
            "RIEC-informatie",
            "Eigendoms- en vergunninggegevens",
            "Veiligheidscheck politie",
        ],
        "typical_duration": "Een dag, met vervolg in weken",
        "lighter_alternatives": ["bestuurlijke-waarschuwingsbrief"],
        "combined_with": [
            "bibob-weigeren-intrekken",
            "last-onder-bestuursdwang",
            "melding-belastingdienst",
        ],
        "safety_notes": (
            "Politie is altijd aanwezig en gaat voorop; vooraf een veiligheidscheck en een "
            "voorbespreking, en geen controleurs alleen in afgesloten ruimtes."
        ),
        "pyramid_level": 3,
        "origin": "nl",
        "origin_note": "",
        "sources": [
            "Algemene wet bestuursrecht, afdeling 5.2",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
    {
        "slug": "interdittiva-antimafia",
        "name": "Interdittiva antimafia (Italië)",
        "kind": "methodiek",
        "characters": ["preventief", "repressief"],
        "summary": (
            "In Italië sluit de prefect een onderneming met aanwijzingen voor maffia-infiltratie "
            "uit van overheidsopdrachten, concessies en subsidies, waarbij familiebanden een "
            "aanwijzing kunnen zijn."
        ),
        "description": (
            "De interdittiva antimafia is een preventieve bestuurlijke maatregel van de prefect, "
            "de vertegenwoordiger van de staat in de provincie. Zij vereist geen strafrechtelijke "
            "veroordeling: het volstaat dat het op grond van feiten aannemelijker is dan niet dat "
            "een onderneming wordt beïnvloed door de maffia, en familiebanden met maffialeden "
            "kunnen, in samenhang met andere feiten, een aanwijzing zijn. Sinds 2021 moet de "
            "onderneming in beginsel vooraf worden gehoord, en kan de prefect bij lichtere, "
            "incidentele beïnvloeding kiezen voor 'prevenzione collaborativa': een periode van "
            "toezicht en verplichte maatregelen in plaats van uitsluiting. Het instrument laat "
            "zien hoe een getrapte, evenredige bestuurlijke aanpak van familiebedrijven eruit kan "
            "zien."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "college"],
        "domains": ["veiligheid", "justitie"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            (
                "Er zijn concrete feiten die wijzen op pogingen tot maffia-infiltratie in de "
                "onderneming"
            ),
            "De onderneming is gehoord, tenzij spoed of het onderzoeksbelang zich daartegen verzet",
            "Bij incidentele beïnvloeding is eerst de lichtere samenwerkingsroute overwogen",
        ],
        "information_needed": [
            "Politie- en justitie-informatie over de onderneming en haar bestuurders",
        ],
        "typical_duration": (
            "Geldt zolang de aanwijzingen bestaan; samenwerkingsroute 6 tot 12 maanden"
        ),
        "lighter_alternatives": ["bibob-voorschriften"],
        "combined_with": ["bibob-weigeren-intrekken", "witte-lijst-ondernemers"],
        "safety_notes": "",
        "pyramid_level": 4,
        "origin": "it",
        "origin_note": (
            "Italiaans instrument uit het Codice antimafia. In Nederland is de Wet Bibob het "
            "dichtstbijzijnde equivalent, maar daar beslist elk bestuursorgaan per beschikking en "
            "is een familieband alleen niet genoeg; de getrapte route met een toezichtsperiode kan "
            "als voorbeeld dienen voor het gebruik van Bibob-voorschriften in plaats van "
            "weigering."
        ),
        "sources": [
            "Codice antimafia (d.lgs. 159/2011), art. 84, 91, 92 en 94-bis",
            "Decreto-legge 152/2021 (hoor en wederhoor, prevenzione collaborativa)",
        ],
    },
    {
        "slug": "witte-lijst-ondernemers",
        "name": "Witte lijsten van gescreende ondernemers (Italië)",
        "kind": "methodiek",
        "characters": ["preventief"],
        "summary": (
            "In Italië houdt de prefectuur lijsten bij van ondernemers in kwetsbare sectoren die "
            "vooraf zijn gescreend op maffia-infiltratie; overheden besteden alleen aan hen uit."
        ),
        "description": (
            "Voor sectoren met een hoog infiltratierisico, zoals grondverzet, afvaltransport, "
            "levering van beton en bewaking van bouwplaatsen, kunnen ondernemers zich laten "
            "inschrijven op een witte lijst (elenco dei fornitori) bij de prefectuur. Inschrijving "
            "volgt na een antimaffiascreening en wordt periodiek herzien. Overheden die opdrachten "
            "geven in deze sectoren, werken met ingeschreven ondernemers. Zo verschuift de "
            "screening van het moment van de opdracht naar een vast, vooraf gecontroleerd "
            "register."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["college"],
        "domains": ["veiligheid"],
        "life_areas": ["financien"],
        "for_minors": False,
        "conditions": [
            "Er is een afgebakende sector met een hoog risico op criminele infiltratie",
            "Er is een screeningsprocedure met periodieke herbeoordeling",
        ],
        "information_needed": ["Screening van ondernemers en hun bestuurders"],
        "typical_duration": "Inschrijving met periodieke herbeoordeling",
        "lighter_alternatives": [],
        "combined_with": ["bibob-weigeren-intrekken", "interdittiva-antimafia"],
        "safety_notes": "",
        "pyramid_level": 3,
        "origin": "it",
        "origin_note": (
            "Italiaanse praktijk op grond van de anticorruptiewet. In Nederland bestaat geen "
            "wettelijk register, maar gemeenten en regio's kunnen bij aanbestedingen in kwetsbare "
            "sectoren een vergelijkbaar effect bereiken met Bibob-toetsing vooraf en afspraken "
            "tussen aanbestedende diensten via het RIEC."
        ),
        "sources": ["Legge 190/2012, art. 1, lid 52 e.v."],
    },
    {
        "slug": "ontbinding-geinfiltreerde-gemeenteraad",
        "name": "Ontbinding van een geïnfiltreerde gemeenteraad (Italië)",
        "kind": "methodiek",
        "characters": ["repressief", "herstellend"],
        "summary": (
            "In Italië kan de nationale regering een gemeenteraad ontbinden als de maffia het "
            "gemeentebestuur beïnvloedt; een commissie neemt het bestuur tijdelijk over."
        ),
        "description": (
            "Als een onderzoekscommissie concrete, eenduidige en relevante aanwijzingen vindt voor "
            "banden tussen bestuurders en de georganiseerde misdaad, kan de gemeenteraad worden "
            "ontbonden. Het besluit wordt genomen door de president op voordracht van de minister "
            "van Binnenlandse Zaken, na beraadslaging in de ministerraad. Een buitengewone "
            "commissie bestuurt de gemeente daarna voor een periode van 12 tot 18 maanden, te "
            "verlengen tot 24 maanden. Het is het zwaarste middel om het openbaar bestuur tegen "
            "ondermijning te beschermen."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["raad", "burgemeester"],
        "domains": ["veiligheid", "justitie"],
        "life_areas": [],
        "for_minors": False,
        "conditions": [
            (
                "Er zijn concrete, eenduidige en relevante aanwijzingen voor banden tussen "
                "bestuurders en de georganiseerde misdaad"
            ),
            "De beïnvloeding tast het functioneren of de onafhankelijkheid van het bestuur aan",
            "Een onderzoekscommissie heeft de gemeente doorgelicht",
        ],
        "information_needed": [
            "Rapport van de onderzoekscommissie",
            "Politie- en justitie-informatie",
        ],
        "typical_duration": "12 tot 18 maanden, te verlengen tot 24 maanden",
        "lighter_alternatives": ["agendering-driehoek"],
        "combined_with": ["eu-bestuurlijke-aanpak"],
        "safety_notes": "",
        "pyramid_level": 5,
        "origin": "it",
        "origin_note": (
            "Italiaans instrument zonder Nederlands equivalent; de beslissing ligt daar bij de "
            "nationale regering. In Nederland liggen de lessen bij de weerbaarheid van het lokaal "
            "bestuur: integriteitstoetsing van kandidaat-wethouders door de burgemeester, aandacht "
            "van de raad voor ondermijning en het tijdig inschakelen van RIEC en provincie bij "
            "signalen van beïnvloeding."
        ),
        "sources": ["Testo unico degli enti locali (d.lgs. 267/2000), art. 143"],
    },
    {
        "slug": "eu-bestuurlijke-aanpak",
        "name": "Europese bestuurlijke aanpak (ENAA en EUCPN)",
        "kind": "methodiek",
        "characters": ["preventief", "repressief"],
        "summary": (
            "Het Europese netwerk voor de bestuurlijke aanpak (ENAA) en het Europees netwerk voor "
            "criminaliteitspreventie (EUCPN) verzamelen en verspreiden goede praktijken uit de "
            "lidstaten."
        ),
        "description": (
            "De bestuurlijke aanpak van georganiseerde criminaliteit, waarin lokale overheden met "
            "vergunningen, toezicht en informatiedeling barrières opwerpen, is in Nederland "
            "ontwikkeld en wordt via het ENAA in andere lidstaten verspreid. Het EUCPN verzamelt "
            "voorbeelden van preventie, waaronder aanpakken van criminaliteit binnen "
            "familienetwerken. Voor netwerken die over de grens actief zijn, helpen deze netwerken "
            "en het Euregionaal Informatie- en Expertisecentrum (EURIEC) om contacten in "
            "buurlanden te vinden en bestuurlijke informatie uit te wisselen. Het onderzoek naar "
            "bestuurlijk interveniëren beveelt aan bewust van deze buitenlandse ervaringen te "
            "leren."
        ),
        "legal_law": "",
        "legal_article": "",
        "legal_url": "",
        "deciders": ["burgemeester", "college"],
        "domains": ["veiligheid", "justitie", "politie"],
        "life_areas": ["financien", "veiligheid"],
        "for_minors": False,
        "conditions": [
            (
                "De casus heeft een grensoverschrijdende component of vraagt een vergelijkbare "
                "praktijk"
            ),
        ],
        "information_needed": ["Overzicht buitenlandse adressen, bedrijven en contacten"],
        "typical_duration": "Doorlopend",
        "lighter_alternatives": [],
        "combined_with": ["signaal-riec", "barrieremodel"],
        "safety_notes": "",
        "pyramid_level": 1,
        "origin": "eu",
        "origin_note": (
            "Europese netwerken waarin Nederland actief deelneemt; hun voorbeelden en contacten "
            "zijn direct bruikbaar, met inachtneming van de regels voor gegevensdeling met het "
            "buitenland."
        ),
        "sources": [
            "EUCPN en ENAA, publicaties over de bestuurlijke aanpak",
            "CCV, Bestuurlijk interveniëren op criminaliteit binnen familienetwerken (onderzoek)",
        ],
    },
]
