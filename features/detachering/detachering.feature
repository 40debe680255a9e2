# language: nl
@detachering
Functionaliteit: Detachering in het tweede spoor
  Als werkgever van een zieke werknemer
  Wil ik een detachering bij een andere werkgever vastleggen als route in het tweede spoor
  Zodat duidelijk is wie het loon betaalt, tot wanneer, en wat de inlener daarvoor vergoedt

  Achtergrond:
    Gegeven een werknemer "W-053" van werkgever "Hoveniersbedrijf De Linde" met eerste ziektedag "2025-01-06"

  Regel: Een detachering is een route in het tweede spoor en begint pas als het tweede spoor is gestart
    # Bron: Beleidsregels beoordelingskader poortwachter par. 9 (UWV aanvaardt detachering als resultaat van het tweede spoor) (https://wetten.overheid.nl/BWBR0014375)
    # Bron: Rendement, detacheren bij tweede spoor re-integratie (https://www.rendement.nl/re-integratie/verdiepingsartikel/detacheren-bij-tweede-spoor-re-integratie.html)
    # Bron: productcontract, sectie 4 (DetacheringGestart voor Spoor2Gestart wordt geweigerd); de datum in
    #   het dossier telt, niet de volgorde van vastleggen

    Scenario: Een detachering voor de start van het tweede spoor wordt geweigerd
      Gegeven het dossier bevat:
        | type                     | datum      | veld                    | waarde         |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
        |                          |            | doel                    | aangepast_werk |
      Als "DetacheringGestart" wordt vastgelegd op "2025-09-01" met:
        | veld          | waarde          |
        | inlener       | Taxi Rivierland |
        | uren_per_week | 24              |
      Dan wordt het feit geweigerd met de melding "detachering voor de start van het tweede spoor"
      En noemt de weigering het veld "datum" en de toets "detachering_na_spoor2"
      En is er niets vastgelegd

    Scenario: Een detachering die in de tijd voor de start van het tweede spoor ligt, wordt geweigerd
      Gegeven het tweede spoor is gestart op "2025-10-01"
      Als "DetacheringGestart" wordt vastgelegd op "2025-09-15" met:
        | veld          | waarde          |
        | inlener       | Taxi Rivierland |
        | uren_per_week | 24              |
      Dan wordt het feit geweigerd met de melding "er is geen Spoor2Gestart op of voor 2025-09-15 vastgelegd"
      En noemt de weigering het veld "datum" en de toets "detachering_na_spoor2"
      En is er niets vastgelegd

    Scenario: Een detachering mag starten op de dag dat het tweede spoor start, ook zonder inleenvergoeding
      Gegeven het tweede spoor is gestart op "2025-09-29"
      Als "DetacheringGestart" wordt vastgelegd op "2025-09-29" met:
        | veld          | waarde          |
        | inlener       | Taxi Rivierland |
        | uren_per_week | 24              |
      En het is vandaag "2025-10-06"
      Dan wordt het feit vastgelegd als positie 3
      En is de werknemer gedetacheerd bij "Taxi Rivierland" voor 24 uur per week

  Regel: Bij detachering blijft de oude werkgever werkgever en betaalt hij het loon door tot en met het einde van de wachttijd; de inlener betaalt hem een inleenvergoeding
    # Bron: BW 7:629 lid 1 en lid 12 (loon doorbetalen, ook bij passend werk) (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Rendement, risico's voor de inlener (https://www.rendement.nl/wet-verbetering-poortwachter/vraag-en-antwoord/re-integratie-tweede-spoor-wat-zijn-de-risicos-voor-de-inlener)
    # Bron: Rendement, detacheren bij tweede spoor re-integratie (https://www.rendement.nl/re-integratie/verdiepingsartikel/detacheren-bij-tweede-spoor-re-integratie.html)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 9 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: praktijk (seed "Wat is het eerste en tweede spoor re-integratie?", "Van hovenier naar
    #   taxichauffeur": een 53-jarige productiemedewerker bij een hovenier met knieklachten; de
    #   arbeidsdeskundige adviseert spoor 2; een re-integratiebedrijf; opleiding tot taxichauffeur vergoed
    #   vanuit Sazas; chauffeur op detacheringsbasis; "De oude werkgever betaalt het loon nog door tot twee
    #   jaar na de eerste ziektedag. Het taxibedrijf betaalt een tarief aan de oude werkgever.")
    # ⚠ De seed zegt "twee jaar na de eerste ziektedag"; het contract rekent 104 weken: het einde van de
    #   wachttijd is dag 728 (2025-01-06 + 727 dagen = 2027-01-03). Deze feature volgt het contract.
    # ⚠ De inleenvergoeding is contractpraktijk; er is geen wettelijke regel gevonden. Het systeem legt
    #   alleen het afgesproken bedrag per uur vast.

    Scenario: Van hovenier naar taxichauffeur: de oude werkgever betaalt het loon, het taxibedrijf een inleenvergoeding
      Gegeven het dossier bevat:
        | type                                | datum      | veld                          | waarde                                                        |
        | ProbleemanalyseOpgesteld            | 2025-02-10 | benutbare_mogelijkheden       | ja                                                            |
        |                                     |            | toelichting                   | productiemedewerker van 53 jaar met knieklachten              |
        | PlanVanAanpakOpgesteld              | 2025-02-20 | casemanager                   | M. Bakker                                                     |
        |                                     |            | doel                          | aangepast_werk                                                |
        | ArbeidsdeskundigOnderzoekUitgevoerd | 2025-09-15 | advies                        | spoor2                                                        |
        |                                     |            | toelichting                   | terugkeer in het eigen bedrijf lijkt niet meer mogelijk       |
        | Spoor2Gestart                       | 2025-09-29 |                               |                                                               |
        | ReintegratiebureauGekozen           | 2025-10-06 | bureau                        | Werkfit Rivierland                                            |
        |                                     |            | keurmerk_blik_op_werk         | ja                                                            |
        |                                     |            | instemming_werknemer          | ja                                                            |
        |                                     |            | ondernemingsraad_geraadpleegd | ja                                                            |
        | TrajectplanOpgesteld                | 2025-10-20 | persoonsprofiel               | wil taxichauffeur worden; regionale taxibedrijven benaderd    |
        | InterventieIngezet                  | 2025-11-03 | soort                         | scholing                                                      |
        |                                     |            | toelichting                   | opleiding tot taxichauffeur, vergoed vanuit Sazas             |
        | EerstejaarsevaluatieGehouden        | 2025-12-15 | perspectief_eigen_werkgever   | nee                                                           |
      Als "DetacheringGestart" wordt vastgelegd op "2026-02-02" met:
        | veld                     | waarde          |
        | inlener                  | Taxi Rivierland |
        | uren_per_week            | 32              |
        | inleenvergoeding_per_uur | 21.50           |
      En het is vandaag "2026-03-02"
      Dan is de werknemer gedetacheerd bij "Taxi Rivierland" voor 32 uur per week
      En betaalt "Taxi Rivierland" een inleenvergoeding van 21.50 euro per uur aan de werkgever
      En betaalt "Hoveniersbedrijf De Linde" het loon door tot en met "2027-01-03"
      En lopen het eerste en het tweede spoor naast elkaar
      En is het arbeidsdeskundig advies "spoor2"

  Regel: Een beëindigde detachering loopt niet meer; het tweede spoor en de loondoorbetaling lopen door
    # Bron: BW 7:658a lid 1 (de werkgever blijft re-integratie bevorderen tot het einde van de loondoorbetaling) (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 9 (een mislukt traject vraagt om een nieuw plan) (https://wetten.overheid.nl/BWBR0014375)
    # Bron: productcontract, sectie 3 (DetacheringBeeindigd met reden)

    Scenario: De detachering bij het taxibedrijf eindigt, het tweede spoor loopt door
      Gegeven het dossier bevat:
        | type                     | datum      | veld                     | waarde          |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden  | ja              |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager              | M. Bakker       |
        |                          |            | doel                     | aangepast_werk  |
        | Spoor2Gestart            | 2025-09-29 |                          |                 |
        | DetacheringGestart       | 2026-02-02 | inlener                  | Taxi Rivierland |
        |                          |            | uren_per_week            | 32              |
        |                          |            | inleenvergoeding_per_uur | 21.50           |
      Als "DetacheringBeeindigd" wordt vastgelegd op "2026-06-01" met:
        | veld  | waarde                                     |
        | reden | de knieklachten laten lange ritten niet toe |
      En het is vandaag "2026-06-15"
      Dan is de detachering bij "Taxi Rivierland" beëindigd op "2026-06-01"
      En toont de geschiedenis op positie 6 "DetacheringBeeindigd"
      En lopen het eerste en het tweede spoor naast elkaar
      En betaalt "Hoveniersbedrijf De Linde" het loon door tot en met "2027-01-03"

  Regel: De huidige werksituatie volgt uit het laatste feit; een beëindigde situatie is niet meer actueel
    # Bron: docs/regels.md, sectie 9 (wat "huidig" is per soort situatie)
    # Bron: productcontract, sectie 3 (WerkHervat, DetacheringGestart, DetacheringBeeindigd, HerstelGemeld,
    #   ZiekteTeruggemeld, DossierGesloten)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 3 (UWV kijkt naar het resultaat: de
    #   werkhervatting die er nu is) (https://wetten.overheid.nl/BWBR0014375)
    # ⚠ Het uitwisselformaat kent geen feit "werkhervatting gestopt". Een detachering die na een
    #   werkhervatting start, beëindigt die werkhervatting (de werknemer werkt dan bij de inlener); wie beide
    #   naast elkaar doet, kan dat niet vastleggen. Een werkhervatting eindigt verder alleen door een nieuwe
    #   werkhervatting, herstel, een terugval of het sluiten van het dossier.

    Achtergrond:
      Gegeven het dossier bevat:
        | type                     | datum      | veld                    | waarde         |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
        |                          |            | doel                    | aangepast_werk |
        | WerkHervat               | 2025-03-10 | percentage              | 40             |
        |                          |            | soort                   | aangepast_werk |
        | Spoor2Gestart            | 2025-09-29 |                         |                |

    Scenario: Zolang er niets nieuws is, loopt de werkhervatting in aangepast werk
      Als het is vandaag "2025-10-06"
      Dan is de huidige werksituatie "werkhervatting"
      En toont de stand een werkhervatting van 40% sinds "2025-03-10"
      En beschrijft de stand de werksituatie als "werkhervatting 40% (eigen werk, aangepast) sinds 2025-03-10"

    Scenario: Zoals bij de hovenier: na de start van de detachering is het aangepaste werk niet meer actueel
      Als "DetacheringGestart" wordt vastgelegd op "2026-02-02" met:
        | veld          | waarde          |
        | inlener       | Taxi Rivierland |
        | uren_per_week | 24              |
      En het is vandaag "2026-03-02"
      Dan is de huidige werksituatie "detachering"
      En beschrijft de stand de werksituatie als "gedetacheerd bij Taxi Rivierland sinds 2026-02-02, 24 uur per week"
      En toont de stand geen lopende werkhervatting
      En is de werknemer gedetacheerd bij "Taxi Rivierland" voor 24 uur per week

    Scenario: Na een beëindigde detachering komt de eerdere werkhervatting niet terug
      Gegeven "DetacheringGestart" is vastgelegd op "2026-02-02" met:
        | veld          | waarde          |
        | inlener       | Taxi Rivierland |
        | uren_per_week | 24              |
      Als "DetacheringBeeindigd" wordt vastgelegd op "2026-06-01" met:
        | veld  | waarde                                      |
        | reden | de knieklachten laten lange ritten niet toe |
      En het is vandaag "2026-06-15"
      Dan is de huidige werksituatie "geen_werk"
      En beschrijft de stand de werksituatie als "de detachering is beëindigd op 2026-06-01"
      En toont de stand geen lopende werkhervatting
      En is de detachering bij "Taxi Rivierland" beëindigd op "2026-06-01"

    Scenario: Twee detacheringen, de latere beëindigd: er loopt geen detachering meer
      Gegeven het dossier bevat:
        | type                 | datum      | veld          | waarde                 |
        | DetacheringGestart   | 2026-01-05 | inlener       | Taxi Rivierland        |
        |                      |            | uren_per_week | 24                     |
        | DetacheringGestart   | 2026-04-06 | inlener       | Zorgvervoer West       |
        |                      |            | uren_per_week | 16                     |
        | DetacheringBeeindigd | 2026-07-01 | reden         | proefplaatsing voorbij |
      En het is vandaag "2026-07-15"
      Dan is de huidige werksituatie "geen_werk"
      En is de detachering bij "Zorgvervoer West" beëindigd op "2026-07-01"

    Scenario: Twee detacheringen, de eerste beëindigd op de dag dat de tweede start: de tweede loopt
      Gegeven het dossier bevat:
        | type                 | datum      | veld          | waarde                 |
        | DetacheringGestart   | 2026-01-05 | inlener       | Taxi Rivierland        |
        |                      |            | uren_per_week | 24                     |
        | DetacheringBeeindigd | 2026-04-06 | reden         | proefplaatsing voorbij |
        | DetacheringGestart   | 2026-04-06 | inlener       | Zorgvervoer West       |
        |                      |            | uren_per_week | 16                     |
      En het is vandaag "2026-07-15"
      Dan is de huidige werksituatie "detachering"
      En is de werknemer gedetacheerd bij "Zorgvervoer West" voor 16 uur per week

    Scenario: Een werkhervatting eindigt bij herstel; na een terugval is er geen werk, zonder nieuwe situatie
      Gegeven de werknemer heeft zich hersteld gemeld per "2025-10-06"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-10-20"
      En het is vandaag "2025-11-03"
      Dan is de huidige werksituatie "geen_werk"
      En beschrijft de stand de werksituatie als "opnieuw ziek sinds 2025-10-20"
      En toont de stand geen lopende werkhervatting

    Scenario: Tussen herstel en terugval is de werknemer hersteld, niet in een werkhervatting
      Gegeven de werknemer heeft zich hersteld gemeld per "2025-10-06"
      En het is vandaag "2025-10-13"
      Dan is de huidige werksituatie "hersteld"
      En toont de stand geen lopende werkhervatting
