# language: nl
@correcties
Functionaliteit: Correcties en intrekkingen
  Als casemanager
  Wil ik een verkeerd vastgelegd feit corrigeren of intrekken zonder de geschiedenis te herschrijven
  Zodat de termijnen op de juiste feiten rusten en het dossier toch laat zien wat er eerder stond

  Regel: Een correctie is een nieuw feit: het huidige feit toont de verbeterde waarde, de geschiedenis bewaart de oorspronkelijke op haar positie
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 3 (het dossier met alle gegevens en activiteiten) (https://wetten.overheid.nl/BWBR0013540)
    # Bron: Wet WIA art. 25 lid 1 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: productcontract, sectie 3 (RegistratieGecorrigeerd: betreft, de verbeterde velden, reden); dat
    #   een correctie een nieuw feit is en nooit overschrijft, is een keuze van het contract

    Scenario: Een verkeerd overgenomen datum van de probleemanalyse wordt verbeterd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-20"
      Als positie 2 wordt gecorrigeerd op "2025-03-03" omdat "datum van het rapport verkeerd overgenomen":
        | veld  | waarde     |
        | datum | 2025-02-10 |
      En het is vandaag "2025-03-03"
      Dan is "datum" van positie 2 nu "2025-02-10"
      En bewaart de geschiedenis voor positie 2 "datum" "2025-02-20"
      En toont de geschiedenis op positie 3 "RegistratieGecorrigeerd"
      En is de status van "probleemanalyse" "tijdig"
      En is de uiterste datum voor "plan_van_aanpak" "2025-02-24"

    Scenario: Een verbeterd oordeel over benutbare mogelijkheden verandert de verplichting voor het plan van aanpak
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als positie 2 wordt gecorrigeerd op "2025-02-12" omdat "oordeel verkeerd overgenomen uit het rapport":
        | veld                    | waarde |
        | benutbare_mogelijkheden | nee    |
      En het is vandaag "2025-03-10"
      Dan is "benutbare_mogelijkheden" van positie 2 nu "false"
      En bewaart de geschiedenis voor positie 2 "benutbare_mogelijkheden" "true"
      En is de status van "plan_van_aanpak" "niet_van_toepassing"

    Scenario: Een verbeterde eerste ziektedag verschuift de termijnen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-13"
      Als positie 1 wordt gecorrigeerd op "2025-01-20" omdat "werknemer was al een week eerder ziek":
        | veld             | waarde     |
        | eerste_ziektedag | 2025-01-06 |
      En het is vandaag "2025-01-20"
      Dan is "eerste_ziektedag" van positie 1 nu "2025-01-06"
      En bewaart de geschiedenis voor positie 1 "eerste_ziektedag" "2025-01-13"
      En is de uiterste datum voor "probleemanalyse" "2025-02-16"
      En is het einde van de wachttijd "2027-01-03"

    Scenario: Een tweede correctie van hetzelfde feit bouwt voort op de eerste
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het dossier bevat:
        | type                     | datum      | veld                    | waarde                      |
        | ProbleemanalyseOpgesteld | 2025-02-20 | benutbare_mogelijkheden | ja                          |
        | RegistratieGecorrigeerd  | 2025-02-21 | betreft                 | 2                           |
        |                          |            | reden                   | tikfout in de datum         |
        |                          |            | velden                  | {"datum": "2025-02-12"}     |
      Als positie 2 wordt gecorrigeerd op "2025-03-03" omdat "datum op het rapport nagekeken":
        | veld  | waarde     |
        | datum | 2025-02-10 |
      En het is vandaag "2025-03-03"
      Dan is "datum" van positie 2 nu "2025-02-10"
      En bewaart de geschiedenis voor positie 2 "datum" "2025-02-20"
      En bevat de geschiedenis 4 registraties
      En is de uiterste datum voor "plan_van_aanpak" "2025-02-24"

  Regel: Een intrekking haalt een feit uit de huidige feiten, maar niet uit de geschiedenis; zijn verplichting is weer niet vervuld
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 3 (https://wetten.overheid.nl/BWBR0013540)
    # Bron: productcontract, sectie 3 (RegistratieIngetrokken: betreft, reden)

    Scenario: Een plan van aanpak dat bij een andere werknemer hoort, wordt ingetrokken
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als positie 3 wordt ingetrokken op "2025-03-05" omdat "plan hoort bij een andere werknemer"
      En het is vandaag "2025-03-05"
      Dan is positie 3 ingetrokken
      En toont de geschiedenis op positie 3 "PlanVanAanpakOpgesteld"
      En is de status van "plan_van_aanpak" "verlopen"
      En staat "evaluatie" niet in het overzicht

    Scenario: Een ingetrokken 42e-weeksmelding telt niet meer, de termijn staat weer open
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werkgever heeft de werknemer ziek gemeld bij UWV op "2025-10-13"
      Als positie 2 wordt ingetrokken op "2025-10-15" omdat "melding ging over een andere werknemer"
      En het is vandaag "2025-10-15"
      Dan is positie 2 ingetrokken
      En toont de geschiedenis op positie 3 "RegistratieIngetrokken"
      En is de status van "ziekmelding_uwv" "open"
      En is de uiterste datum voor "ziekmelding_uwv" "2025-10-27"

  Regel: Correcties en intrekkingen gelden voor elke peildatum, ook een peildatum voor hun eigen datum
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 3 (het dossier met alle gegevens en activiteiten) (https://wetten.overheid.nl/BWBR0013540)
    # Bron: productcontract, sectie 2 (eerst alle correcties en intrekkingen, in volgorde van positie en wat hun
    #   eigen datum ook is; dan pas de feiten na de peildatum weglaten) (docs/regels.md)
    # Een correctie herstelt een fout in de vastlegging; het feit zelf gebeurde in de casus op de verbeterde datum.
    # Wat het dossier vroeger zei, laat de vastleggingstijd zien (features/tijdassen).

    Scenario: Een correctie van 3 maart telt ook voor de stand op 15 februari
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-20"
      Als positie 2 wordt gecorrigeerd op "2025-03-03" omdat "datum van het rapport verkeerd overgenomen":
        | veld  | waarde     |
        | datum | 2025-02-10 |
      En het is vandaag "2025-02-15"
      Dan is de status van "probleemanalyse" "tijdig"
      En is de uiterste datum voor "plan_van_aanpak" "2025-02-24"

    Scenario: Een intrekking van 15 november telt ook voor de stand op 20 oktober
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werkgever heeft de werknemer ziek gemeld bij UWV op "2025-10-13"
      Als positie 2 wordt ingetrokken op "2025-11-15" omdat "melding ging over een andere werknemer"
      En het is vandaag "2025-10-20"
      Dan is de status van "ziekmelding_uwv" "open"

  Regel: Een correctie of intrekking die een regel van het dossier zou breken, wordt geweigerd
    # Bron: productcontract, sectie 4 (elke weigering geldt ook voor de feiten zoals ze na de correctie staan)
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1 (plan na probleemanalyse) (https://wetten.overheid.nl/BWBR0013540)
    # Bron: BW 7:629 lid 10 (terugval binnen vier weken) (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Wet WIA art. 25 lid 9 (loonsanctie hoogstens 52 weken) (https://wetten.overheid.nl/BWBR0019057)

    Scenario: De enige probleemanalyse onder een plan van aanpak kan niet worden ingetrokken
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als positie 2 wordt ingetrokken op "2025-03-03" omdat "dubbel ingevoerd"
      Dan wordt het feit geweigerd met de melding "plan van aanpak voor de probleemanalyse"
      En noemt de weigering het veld "datum" en de toets "plan_na_probleemanalyse"
      En is er niets vastgelegd

    Scenario: De probleemanalyse kan niet naar een datum na het plan van aanpak worden verbeterd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als positie 2 wordt gecorrigeerd op "2025-03-03" omdat "datum verkeerd":
        | veld  | waarde     |
        | datum | 2025-02-24 |
      Dan wordt het feit geweigerd met de melding "na deze RegistratieGecorrigeerd van positie 2: plan van aanpak voor de probleemanalyse"
      En noemt de weigering het veld "datum" en de toets "plan_na_probleemanalyse"
      En is er niets vastgelegd

    Scenario: Een feit kan niet naar een datum voor de eerste ziektedag worden verbeterd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als positie 2 wordt gecorrigeerd op "2025-03-03" omdat "datum verkeerd":
        | veld  | waarde     |
        | datum | 2025-01-03 |
      Dan wordt het feit geweigerd met de melding "2025-01-03 ligt voor de eerste ziektedag 2025-01-06"
      En noemt de weigering het veld "datum" en de toets "datum_na_eerste_ziektedag"
      En is er niets vastgelegd
      En is "datum" van positie 2 nu "2025-02-10"

    Scenario: Een verbeterde herstelmelding mag een terugmelding niet 28 dagen of later maken
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-24"
      Als positie 2 wordt gecorrigeerd op "2025-04-01" omdat "hersteldatum verkeerd":
        | veld  | waarde     |
        | datum | 2025-02-24 |
      Dan wordt het feit geweigerd met de melding "28 dagen na herstel per 2025-02-24"
      En noemt de weigering het veld "datum" en de toets "terugmelding_binnen_vier_weken"
      En is er niets vastgelegd

    Scenario: Het tweede spoor kan niet naar een datum na de start van de detachering worden verbeterd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het tweede spoor is gestart op "2025-09-29"
      En "DetacheringGestart" is vastgelegd op "2026-02-02" met:
        | veld          | waarde          |
        | inlener       | Taxi Rivierland |
        | uren_per_week | 32              |
      Als positie 2 wordt gecorrigeerd op "2026-02-10" omdat "startdatum verkeerd":
        | veld  | waarde     |
        | datum | 2026-03-02 |
      Dan wordt het feit geweigerd met de melding "detachering voor de start van het tweede spoor"
      En noemt de weigering het veld "datum" en de toets "detachering_na_spoor2"
      En is er niets vastgelegd

    Scenario: Een loonsanctie kan niet naar meer dan 52 weken worden verbeterd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En UWV heeft een loonsanctie van 52 weken opgelegd op "2026-11-01"
      Als positie 2 wordt gecorrigeerd op "2026-11-10" omdat "aantal weken verkeerd":
        | veld  | waarde |
        | weken | 60     |
      Dan wordt het feit geweigerd met de melding "correctie van positie 2: waarde te groot: 60"
      En noemt de weigering het veld "weken" en de toets "loonsanctie_1_tot_52_weken"
      En is er niets vastgelegd

    Scenario: De ziekmelding zelf kan niet worden ingetrokken
      # Het dossier bestaat dankzij de ziekmelding; het systeem laat haar corrigeren, niet intrekken.
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als positie 1 wordt ingetrokken op "2025-01-20" omdat "verkeerde werknemer"
      Dan wordt het feit geweigerd met de melding "de ziekmelding (positie 1) kan niet worden ingetrokken"
      En noemt de weigering het veld "betreft" en de toets "bestaande_positie"
      En is er niets vastgelegd
