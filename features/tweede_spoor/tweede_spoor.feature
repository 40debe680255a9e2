# language: nl
@tweede_spoor
Functionaliteit: Tweede spoor
  Als werkgever
  Wil ik het tweede spoor starten, samen met de werknemer een re-integratiebureau kiezen en het traject blijven volgen
  Zodat de werknemer zo goed mogelijk passend werk bij een andere werkgever vindt en UWV de inspanningen voldoende vindt

  Achtergrond:
    Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
    En het dossier bevat:
      | type                     | datum      | veld                    | waarde         |
      | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
      | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
      |                          |            | doel                    | aangepast_werk |

  Regel: Het tweede spoor mag eerder starten dan de eerstejaarsevaluatie en loopt dan naast het eerste spoor
    # Bron: BW 7:658a lid 1, tweede zin (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 5 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: Going Concern, tweede spoor eerder en naast het eerste (https://www.goingconcern.nl/blog/tweede-spoor-traject:-hoe-het-werkt-en-wat-u-moet-weten)
    # Bron: praktijk (seed "Wat is het eerste en tweede spoor re-integratie?": "ook eerder een 2e spoor
    #   traject inzetten"; seed "Re-integratie tweede spoor": "parallel aan het re-integratietraject in het
    #   eerste spoor ... Een twee-sporen-beleid")
    # ⚠ De seed "Re-integratie 1e spoor" zegt dat het eerste spoor "maximaal één jaar" duurt; de referentie
    #   (par. 6) zegt dat het eerste spoor naast het tweede doorloopt. Deze feature volgt het systeem: na de
    #   start van het tweede spoor lopen beide sporen, ook na het eerste ziektejaar.

    Scenario: Zolang het tweede spoor niet is gestart, loopt alleen het eerste spoor
      Als het is vandaag "2025-06-02"
      Dan loopt alleen het eerste spoor

    Scenario: Het tweede spoor start al in de vijfde ziektemaand en loopt naast het eerste spoor
      Als het tweede spoor start op "2025-06-02"
      En het is vandaag "2025-06-09"
      Dan lopen het eerste en het tweede spoor naast elkaar
      En staat "spoor2_start" niet in het overzicht

    Scenario: Na een eerstejaarsevaluatie zonder perspectief loopt het eerste spoor door naast het tweede
      Gegeven de eerstejaarsevaluatie is gehouden op "2025-12-15" zonder perspectief bij de eigen werkgever
      Als het tweede spoor start op "2026-01-20"
      En het is vandaag "2026-03-02"
      Dan lopen het eerste en het tweede spoor naast elkaar

    Scenario: Na herstel loopt er geen spoor meer
      Gegeven het tweede spoor is gestart op "2025-06-02"
      Als de werknemer zich hersteld meldt per "2025-07-07"
      En het is vandaag "2025-09-01"
      Dan loopt er geen spoor meer

  Regel: De werkgever kiest het re-integratiebureau samen met de werknemer
    # Bron: Beleidsregels beoordelingskader poortwachter par. 6 en 9 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 (plan van aanpak in overeenstemming) (https://wetten.overheid.nl/BWBR0013540)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 2: "De keuze voor een
    #   re-integratiebedrijf bepaalt u samen met uw werknemer. De bedrijfsarts kunt u om advies vragen.")
    # ⚠ Een wettelijk recht van de werknemer om het bureau te kiezen is niet gevonden; het systeem geeft
    #   daarom een advies en weigert een keuze zonder instemming niet.

    Scenario: Een bureau gekozen met instemming van de werknemer geeft geen advies
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-10-06" met:
        | veld                          | waarde             |
        | bureau                        | Werkfit Rivierland |
        | keurmerk_blik_op_werk         | ja                 |
        | instemming_werknemer          | ja                 |
        | ondernemingsraad_geraadpleegd | ja                 |
      En het is vandaag "2025-10-13"
      Dan is "Werkfit Rivierland" gekozen met instemming van de werknemer
      En geeft het dossier geen advies "bureau_samen_met_werknemer"

    Scenario: Een bureau gekozen zonder instemming van de werknemer wordt vastgelegd, met een advies
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-10-06" met:
        | veld                          | waarde             |
        | bureau                        | Werkfit Rivierland |
        | keurmerk_blik_op_werk         | ja                 |
        | instemming_werknemer          | nee                |
        | ondernemingsraad_geraadpleegd | ja                 |
      En het is vandaag "2025-10-13"
      Dan is "Werkfit Rivierland" gekozen zonder instemming van de werknemer
      En geeft het dossier het advies "bureau_samen_met_werknemer"

  Regel: De keuze voor het re-integratiebureau wordt voorgelegd aan de ondernemingsraad of medezeggenschapsraad
    # Bron: Wet op de ondernemingsraden art. 27 lid 1 sub d (https://wetten.overheid.nl/BWBR0002747)
    # Bron: SDU, instemming OR bij uitbesteden verzuimbegeleiding (https://inzicht.sdu.nl/node/146292)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 3: "De keuze voor een
    #   re-integratiebedrijf moet u voorleggen aan de MR, dit is wettelijk geregeld")
    # ⚠ De referentie (par. 6): instemming van de OR op een vast contract met een bureau is waarschijnlijk,
    #   maar niet bevestigd; een keuze in een enkel geval is geen "regeling", en voor de MR is het niet
    #   onderzocht. Deze feature volgt het systeem: geen weigering, wel een advies als de OR of MR niet is
    #   geraadpleegd of als dat niet is vastgelegd.

    Abstract Scenario: Zonder vastgelegde raadpleging van de ondernemingsraad volgt een advies
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-10-06" met:
        | veld                          | waarde             |
        | bureau                        | Werkfit Rivierland |
        | keurmerk_blik_op_werk         | ja                 |
        | instemming_werknemer          | ja                 |
        | ondernemingsraad_geraadpleegd | <geraadpleegd>     |
      En het is vandaag "2025-10-13"
      Dan geeft het dossier <uitkomst> "bureau_ondernemingsraad"

      Voorbeelden:
        | geraadpleegd | uitkomst    |
        | ja           | geen advies |
        | nee          | het advies  |

    Scenario: Een keuze waarbij niets over de ondernemingsraad is vastgelegd, krijgt ook het advies
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-10-06" met:
        | veld                  | waarde             |
        | bureau                | Werkfit Rivierland |
        | keurmerk_blik_op_werk | ja                 |
        | instemming_werknemer  | ja                 |
      En het is vandaag "2025-10-13"
      Dan geeft het dossier het advies "bureau_ondernemingsraad"

  Regel: Een bezwaar van de werknemer tegen het gekozen bureau wordt vastgelegd en besproken
    # Bron: Beleidsregels beoordelingskader poortwachter par. 9 (wensen van de werknemer spelen mee) (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 3: "Ook de zieke werknemer moet
    #   geen grote bezwaren hebben bij de keuze voor een specifiek re-integratiebedrijf. Slechte
    #   bereikbaarheid kan één van deze bezwaren zijn.")

    Scenario: De werknemer vindt het bureau slecht bereikbaar
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-10-06" met:
        | veld                          | waarde                                      |
        | bureau                        | Werkfit Randstad                            |
        | keurmerk_blik_op_werk         | ja                                          |
        | instemming_werknemer          | ja                                          |
        | ondernemingsraad_geraadpleegd | ja                                          |
        | bezwaar_werknemer             | slecht bereikbaar met het openbaar vervoer  |
      En het is vandaag "2025-10-13"
      Dan noteert het dossier het bezwaar van de werknemer "slecht bereikbaar met het openbaar vervoer"
      En geeft het dossier het advies "bezwaar_werknemer"

    Scenario: Zonder bezwaar van de werknemer volgt geen advies over een bezwaar
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-10-06" met:
        | veld                          | waarde             |
        | bureau                        | Werkfit Rivierland |
        | keurmerk_blik_op_werk         | ja                 |
        | instemming_werknemer          | ja                 |
        | ondernemingsraad_geraadpleegd | ja                 |
      En het is vandaag "2025-10-13"
      Dan geeft het dossier geen advies "bezwaar_werknemer"

  Regel: Het Blik op Werk-keurmerk is vrijwillig: een bureau zonder keurmerk mag, met een advies
    # Bron: Blik op Werk, veelgestelde vragen (https://www.lr.org/nl-nl/blik-op-werk-keurmerk/blik-op-werk-faq/)
    # Bron: Eerste Kamer, certificering re-integratiebedrijven niet verplicht (https://zoek.officielebekendmakingen.nl/kst-20092010-31514-G.html)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 6 (UWV toetst de activiteiten, niet het keurmerk) (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 2: "Om de kwaliteit van een
    #   re-integratiebedrijf te waarborgen kunt u kiezen voor een re-integratiebedrijf met een 'Blik op werk
    #   keurmerk'")

    Abstract Scenario: Een bureau zonder Blik op Werk-keurmerk krijgt een advies, geen weigering
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-10-06" met:
        | veld                          | waarde             |
        | bureau                        | Werkfit Rivierland |
        | keurmerk_blik_op_werk         | <keurmerk>         |
        | instemming_werknemer          | ja                 |
        | ondernemingsraad_geraadpleegd | ja                 |
      En het is vandaag "2025-10-13"
      Dan is "Werkfit Rivierland" gekozen met instemming van de werknemer
      En geeft het dossier <uitkomst> "bureau_keurmerk"

      Voorbeelden:
        | keurmerk | uitkomst    |
        | ja       | geen advies |
        | nee      | het advies  |

  Regel: Het tweede spoor volgt een schriftelijk trajectplan met een persoonsprofiel
    # Bron: Beleidsregels beoordelingskader poortwachter par. 6 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: Matchvermogen, onderdelen van een tweede-spoortraject (https://matchvermogen.nl/hoe-zit-een-tweede-spoor-traject-in-elkaar/)
    # Bron: praktijk (seed "Re-integratie tweede spoor": "op basis van een van tevoren op maat opgesteld en
    #   schriftelijk vastgelegd Trajectplan, waarin ... middels een uitgebreid persoonsprofiel")

    Scenario: Het trajectplan met persoonsprofiel staat in de geschiedenis
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "TrajectplanOpgesteld" wordt vastgelegd op "2025-10-20" met:
        | veld            | waarde                                                            |
        | persoonsprofiel | rijbewijs B, ervaring in groenonderhoud, wil als chauffeur werken |
      En het is vandaag "2025-10-27"
      Dan toont de geschiedenis op positie 5 "TrajectplanOpgesteld"
      En is "persoonsprofiel" van positie 5 nu "rijbewijs B, ervaring in groenonderhoud, wil als chauffeur werken"

  Regel: Tijdens het tweede spoor heeft de werkgever minstens elke 42 dagen contact met de werknemer
    # Bron: Beleidsregels beoordelingskader poortwachter par. 6 (de werkgever volgt het traject) (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 4: "Neem regelmatig contact op met
    #   de werknemer, om te informeren hoe het gaat met de re-integratieactiviteiten")
    # ⚠ "Regelmatig" is nergens in dagen vastgelegd. Het systeem kiest 42 dagen (het ritme van de
    #   evaluaties), geteld vanaf het laatste contact met de werknemer, maar niet van voor de start van het
    #   tweede spoor. Een advies volgt pas bij méér dan 42 dagen. Als contact tellen: een vastgelegd
    #   contact met de werknemer, een evaluatie, een bijstelling en de eerstejaarsevaluatie.

    Abstract Scenario: Het advies over contact met de werknemer volgt na meer dan 42 dagen zonder contact
      Gegeven het tweede spoor is gestart op "2025-06-02"
      Als de tijd verstrijkt tot "<vandaag>"
      Dan geeft het dossier <uitkomst> "contact_werknemer"

      Voorbeelden:
        | vandaag    | dagen sinds de start | uitkomst    |
        | 2025-07-14 | 42                   | geen advies |
        | 2025-07-15 | 43                   | het advies  |

    Scenario: Een vastgelegd contact met de werknemer begint de 42 dagen opnieuw
      Gegeven het tweede spoor is gestart op "2025-06-02"
      En "ContactGehad" is vastgelegd op "2025-07-10" met:
        | veld | waarde    |
        | met  | werknemer |
      Als de tijd verstrijkt tot "2025-08-21"
      Dan geeft het dossier geen advies "contact_werknemer"

    Scenario: Een evaluatie van het plan van aanpak telt als contact met de werknemer
      Gegeven het tweede spoor is gestart op "2025-06-02"
      En het plan van aanpak is geëvalueerd op "2025-06-30"
      Als de tijd verstrijkt tot "2025-08-11"
      Dan geeft het dossier geen advies "contact_werknemer"

    Scenario: Contact met het re-integratiebureau is geen contact met de werknemer
      Gegeven het tweede spoor is gestart op "2025-06-02"
      En "ContactGehad" is vastgelegd op "2025-07-10" met:
        | veld | waarde              |
        | met  | reintegratiebedrijf |
      Als de tijd verstrijkt tot "2025-07-15"
      Dan geeft het dossier het advies "contact_werknemer"

    Scenario: Contact van voor de start van het tweede spoor telt niet mee
      Gegeven "ContactGehad" is vastgelegd op "2025-05-30" met:
        | veld | waarde    |
        | met  | werknemer |
      En het tweede spoor is gestart op "2025-06-02"
      Als de tijd verstrijkt tot "2025-07-15"
      Dan geeft het dossier het advies "contact_werknemer"

  Regel: Tijdens het tweede spoor heeft de werkgever ongeveer maandelijks (minstens elke 31 dagen) contact met de arbodienst
    # Bron: Beleidsregels beoordelingskader poortwachter par. 6 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 4: "Neem ook eens per maand contact
    #   op met de arbodienst, om te informeren wat zij vinden van de voortgang")
    # ⚠ "Eens per maand" is geen wettelijke termijn. Het systeem kiest 31 dagen, geteld vanaf het laatste
    #   contact met de arbodienst, maar niet van voor de start van het tweede spoor; een advies volgt pas bij
    #   méér dan 31 dagen. Als contact tellen: een vastgelegd contact met de arbodienst, een probleemanalyse
    #   en een actueel oordeel van de bedrijfsarts.

    Abstract Scenario: Het advies over contact met de arbodienst volgt na meer dan 31 dagen zonder contact
      Gegeven het tweede spoor is gestart op "2025-06-02"
      En "ContactGehad" is vastgelegd op "2025-07-01" met:
        | veld | waarde     |
        | met  | arbodienst |
      Als de tijd verstrijkt tot "<vandaag>"
      Dan geeft het dossier <uitkomst> "contact_arbodienst"

      Voorbeelden:
        | vandaag    | dagen sinds het contact | uitkomst    |
        | 2025-08-01 | 31                      | geen advies |
        | 2025-08-02 | 32                      | het advies  |

    Scenario: Een nieuwe probleemanalyse van de bedrijfsarts telt als contact met de arbodienst
      Gegeven het tweede spoor is gestart op "2025-06-02"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-07-07"
      Als de tijd verstrijkt tot "2025-08-01"
      Dan geeft het dossier geen advies "contact_arbodienst"

    Scenario: De probleemanalyse van voor de start van het tweede spoor telt niet mee
      Gegeven het tweede spoor is gestart op "2025-06-02"
      Als de tijd verstrijkt tot "2025-07-04"
      Dan geeft het dossier het advies "contact_arbodienst"
      En geeft het dossier geen advies "contact_werknemer"

  Regel: Zonder lopend tweede spoor geeft het dossier geen contactadvies
    # Bron: Beleidsregels beoordelingskader poortwachter par. 6 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 4, hoort bij het tweede spoor)

    Scenario: In het eerste spoor volgt geen contactadvies, hoe lang het ook stil is
      Als de tijd verstrijkt tot "2025-09-01"
      Dan geeft het dossier geen advies "contact_werknemer"
      En geeft het dossier geen advies "contact_arbodienst"

    Scenario: Na herstel volgt geen contactadvies meer
      Gegeven het tweede spoor is gestart op "2025-06-02"
      En de werknemer heeft zich hersteld gemeld per "2025-07-07"
      Als de tijd verstrijkt tot "2025-09-01"
      Dan geeft het dossier geen advies "contact_werknemer"
      En geeft het dossier geen advies "contact_arbodienst"
