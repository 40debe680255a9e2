# language: nl
@eerste_spoor
Functionaliteit: Eerste spoor
  Als casemanager
  Wil ik zien op welke trede van het eerste spoor de re-integratie bij de eigen werkgever staat
  Zodat de werkgever de volgorde volgt die UWV verwacht en geen kansen in het eigen bedrijf laat liggen

  Achtergrond:
    Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
    En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"

  Regel: Het eerste spoor volgt een vaste volgorde: eigen werk, dan eigen werk met aanpassingen, dan ander werk bij de eigen werkgever
    # Bron: BW 7:658a lid 1 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 5 en 9 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Re-integratie 1e spoor", "Hoe verloopt re-integratie 1e spoor": eerst de eigen
    #   functie, als tweede de eigen functie met aanpassingen op de werkplek of andere werktijden, als derde
    #   een alternatieve functie)
    # De trede volgt uit het doel van het plan van aanpak en uit de soort werk van een werkhervatting;
    # de laatste daarvan telt.

    Abstract Scenario: Het doel van het plan van aanpak bepaalt de trede van het eerste spoor
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-20" met doel "<doel>"
      En het is vandaag "2025-03-03"
      Dan staat het eerste spoor op trede <trede>: "<omschrijving>"
      En loopt alleen het eerste spoor

      Voorbeelden:
        | doel              | trede | omschrijving                      |
        | eigen_werk        | 1     | eigen werk                        |
        | aangepast_werk    | 2     | eigen werk, aangepast             |
        | ander_werk_intern | 3     | ander werk bij de eigen werkgever |

    Scenario: Een werkhervatting in aangepast eigen werk zet het eerste spoor op trede 2
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "eigen_werk"
      Als "WerkHervat" wordt vastgelegd op "2025-03-17" met:
        | veld       | waarde         |
        | percentage | 50             |
        | soort      | aangepast_werk |
      En het is vandaag "2025-03-24"
      Dan staat het eerste spoor op trede 2: "eigen werk, aangepast"

    Scenario: Wie trede voor trede naar ander werk bij de eigen werkgever gaat, krijgt geen advies over de volgorde
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "eigen_werk"
      En het dossier bevat:
        | type       | datum      | veld       | waarde            |
        | WerkHervat | 2025-04-07 | percentage | 40                |
        |            |            | soort      | aangepast_werk    |
        | WerkHervat | 2025-06-02 | percentage | 60                |
        |            |            | soort      | ander_werk_intern |
      Als het is vandaag "2025-06-16"
      Dan staat het eerste spoor op trede 3: "ander werk bij de eigen werkgever"
      En geeft het dossier geen advies "volgorde_eerste_spoor"

  Regel: Wie meteen op ander werk bij de eigen werkgever mikt, laat eerst onderzoeken of eigen werk of aangepast eigen werk kan
    # Bron: BW 7:658a lid 1 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 5 en 9 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Re-integratie 1e spoor": de vaste volgorde, en "voor het toetsen van de
    #   haalbaarheid van re-integratie 1e spoor kan een arbeidsdeskundig onderzoek aangevraagd worden")
    # Dit is een advies uit de praktijk: het verandert geen termijn en weigert niets.

    Scenario: Een eerste plan gericht op ander werk bij de eigen werkgever krijgt het advies over de volgorde
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-20" met doel "ander_werk_intern"
      En het is vandaag "2025-03-03"
      Dan geeft het dossier het advies "volgorde_eerste_spoor"
      En staat het eerste spoor op trede 3: "ander werk bij de eigen werkgever"
      En is de status van "plan_van_aanpak" "tijdig"

    Scenario: Na een arbeidsdeskundig onderzoek vervalt het advies over de volgorde
      Gegeven "ArbeidsdeskundigOnderzoekUitgevoerd" is vastgelegd op "2025-02-17" met:
        | veld   | waarde |
        | advies | spoor1 |
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-20" met doel "ander_werk_intern"
      En het is vandaag "2025-03-03"
      Dan geeft het dossier geen advies "volgorde_eerste_spoor"
      En is het arbeidsdeskundig advies "spoor1"

  Regel: Een arbeidsdeskundig onderzoek toetst of het eerste spoor haalbaar is; het advies start zelf geen tweede spoor
    # Bron: praktijk (seed "Re-integratie 1e spoor": "Voor het toetsen van de haalbaarheid van re-integratie
    #   1e spoor kan een arbeidsdeskundig onderzoek aangevraagd worden")
    # Bron: Arbonext, arbeidsdeskundig onderzoek niet verplicht (https://www.arbonext.nl/veelgestelde-vragen/wat-is-een-arbeidsdeskundig-onderzoek-en-is-dit-verplicht/)
    # Bron: Kempers, arbeidsdeskundig onderzoek rond de eerstejaarsevaluatie (https://www.kempersarbeid.nl/faq/)

    Abstract Scenario: Het advies van de arbeidsdeskundige staat in het dossier, het eerste spoor loopt door
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als "ArbeidsdeskundigOnderzoekUitgevoerd" wordt vastgelegd op "2025-09-15" met:
        | veld   | waarde   |
        | advies | <advies> |
      En het is vandaag "2025-09-22"
      Dan is het arbeidsdeskundig advies "<advies>"
      En loopt alleen het eerste spoor
      En toont de geschiedenis op positie 4 "ArbeidsdeskundigOnderzoekUitgevoerd"

      Voorbeelden:
        | advies |
        | spoor1 |
        | beide  |
        | spoor2 |

  Regel: Gedeeltelijk of ander werk doen is geen herstel: de ziekte, de termijnen en de loondoorbetaling lopen door
    # Bron: BW 7:629 lid 1 en lid 12 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: BD advocaten, "ziek is ziek" bij gedeeltelijke werkhervatting (https://bd-advocaten.nl/insights/ziek-is-ziek-de-loonaanspraak-tijdens-de-eerste-twee-ziektejaren-bij-gedeeltelijke-werkhervatting/)
    # Bron: Westpoint, bedongen of passende arbeid (https://westpointadvocaten.nl/werken-na-104-weken-ziekte-bedongen-arbeid-of-passende-arbeid/)
    # Alleen een herstelmelding (volledig het eigen werk) beëindigt de ziekte; contract sectie 1 telt
    # ziektedagen, werkhervatting verschuift geen enkele termijn.

    Scenario: Halve dagen werken in aangepast werk verschuift geen termijn
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als "WerkHervat" wordt vastgelegd op "2025-04-07" met:
        | veld       | waarde         |
        | percentage | 50             |
        | soort      | aangepast_werk |
      En het is vandaag "2025-05-01"
      Dan loopt alleen het eerste spoor
      En is de uiterste datum voor "ziekmelding_uwv" "2025-10-27"
      En is het einde van de wachttijd "2027-01-03"
      En betaalt "Hoveniersbedrijf De Linde" het loon door tot en met "2027-01-03"

    Scenario: Ook volledig werken in aangepast werk is nog geen herstel
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als "WerkHervat" wordt vastgelegd op "2025-06-02" met:
        | veld       | waarde         |
        | percentage | 100            |
        | soort      | aangepast_werk |
      En het is vandaag "2025-06-16"
      Dan is "percentage" van positie 4 nu "100"
      En is de status van "ziekmelding_uwv" "open"
      En is de uiterste datum voor "eerstejaarsevaluatie" "2026-01-04"
      En loopt alleen het eerste spoor

  Regel: Interventies zoals jobcoaching en rugtraining horen bij het eerste spoor en staan in de geschiedenis
    # Bron: praktijk (seed "Re-integratie eerste spoor": "Een belangrijk onderdeel van een re-integratietraject
    #   in het eerste spoor vormt jobcoaching waarbij de te re-integreren werknemer wordt begeleid op de werkvloer")
    # Bron: praktijk (seed "Wat is het eerste en tweede spoor re-integratie?": "Een interventie is de inzet van
    #   een rugtraining of mediation"; een hovenier met rugklachten volgt een gerichte rugtraining om terug te
    #   keren in zijn eigen werk of op een andere plek binnen het eigen bedrijf)
    # Een interventie is geen evaluatie van het plan van aanpak: de evaluatietermijn blijft staan.

    Abstract Scenario: Een interventie in het eerste spoor staat in de geschiedenis en verandert geen termijn
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als "InterventieIngezet" wordt vastgelegd op "2025-03-10" met:
        | veld  | waarde  |
        | soort | <soort> |
      En het is vandaag "2025-03-17"
      Dan toont de geschiedenis op positie 4 "InterventieIngezet"
      En is "soort" van positie 4 nu "<soort>"
      En is de uiterste datum voor "evaluatie" "2025-04-03"
      En loopt alleen het eerste spoor

      Voorbeelden:
        | soort       |
        | jobcoaching |
        | rugtraining |
        | mediation   |

    Scenario: Een hovenier met rugklachten volgt een rugtraining om terug te keren in zijn eigen werk
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "eigen_werk"
      Als "InterventieIngezet" wordt vastgelegd op "2025-03-10" met:
        | veld        | waarde                                                 |
        | soort       | rugtraining                                            |
        | toelichting | gerichte rugtraining om weer als hovenier te werken    |
      En het is vandaag "2025-03-17"
      Dan staat het eerste spoor op trede 1: "eigen werk"
      En is "soort" van positie 4 nu "rugtraining"

  Regel: Ook in het eerste spoor kan een re-integratiebureau helpen
    # Bron: Beleidsregels beoordelingskader poortwachter par. 6 (een re-integratiebedrijf is niet verplicht;
    #   als begeleiding nodig is, zorgt de werkgever ervoor) (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Re-integratie 1e spoor", "Re-integratiebegeleiding bij 1e spoor": een
    #   re-integratiebureau inschakelen kan zinvol zijn, bijvoorbeeld als werkgever en werknemer niet op
    #   een lijn zitten, en ter voorkoming van een loonsanctie)

    Scenario: Een re-integratiebureau in het eerste spoor start geen tweede spoor
      Gegeven werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "eigen_werk"
      Als "ReintegratiebureauGekozen" wordt vastgelegd op "2025-04-14" met:
        | veld                          | waarde             |
        | bureau                        | Werkfit Rivierland |
        | keurmerk_blik_op_werk         | ja                 |
        | instemming_werknemer          | ja                 |
        | ondernemingsraad_geraadpleegd | ja                 |
      En het is vandaag "2025-04-21"
      Dan is "Werkfit Rivierland" gekozen met instemming van de werknemer
      En loopt alleen het eerste spoor
