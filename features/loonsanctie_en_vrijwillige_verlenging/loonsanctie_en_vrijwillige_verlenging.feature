# language: nl
@loonsanctie_en_vrijwillige_verlenging
Functionaliteit: Loonsanctie en vrijwillige verlenging van de wachttijd
  Als werkgever
  Wil ik weten hoe lang ik na een loonsanctie of een vrijwillige verlenging het loon doorbetaal
  Zodat ik het einde van de wachttijd en de termijnen voor verslag en aanvraag goed plan

  Regel: Een loonsanctie verlengt de wachttijd met het opgelegde aantal weken, maar verschuift verslag en aanvraag niet
    # Bron: Wet WIA art. 25 lid 9 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: BW 7:629 lid 11 (https://wetten.overheid.nl/BWBR0005290)

    Abstract Scenario: Het einde van de wachttijd schuift 7 dagen op per week loonsanctie
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      Als UWV een loonsanctie van <weken> weken oplegt op "<besluit>"
      En het is vandaag "<besluit>"
      Dan is het einde van de wachttijd "<einde wachttijd>"
      En is de uiterste datum voor "reintegratieverslag" "<verslag>"
      En is de uiterste datum voor "wia_aanvraag" "<aanvraag>"

      Voorbeelden:
        | eerste ziektedag | besluit    | weken | einde wachttijd | verslag    | aanvraag   | toelichting                            |
        | 2025-01-06       | 2026-11-01 | 1     | 2027-01-10      | 2026-10-04 | 2026-10-18 | de kortste loonsanctie                 |
        | 2025-01-06       | 2026-11-01 | 52    | 2028-01-02      | 2026-10-04 | 2026-10-18 | de langste loonsanctie                 |
        | 2024-12-30       | 2026-11-01 | 1     | 2027-01-03      | 2026-09-27 | 2026-10-11 | de sanctieweek loopt over de jaargrens |
        | 2025-03-10       | 2027-01-15 | 52    | 2028-03-05      | 2026-12-06 | 2026-12-20 | de sanctie loopt over 2028-02-29       |

    Scenario: Twee loonsancties tellen op
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En UWV heeft een loonsanctie van 10 weken opgelegd op "2026-11-01"
      Als UWV een loonsanctie van 20 weken oplegt op "2027-02-01"
      En het is vandaag "2027-02-01"
      Dan is het einde van de wachttijd "2027-08-01"

    Scenario: De werkgever betaalt het loon door tot en met het einde van de loonsanctie
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als UWV een loonsanctie van 52 weken oplegt op "2026-11-01"
      En het is vandaag "2026-11-02"
      Dan betaalt "Hoveniersbedrijf De Linde" het loon door tot en met "2028-01-02"

    Scenario: Een loonsanctie komt bovenop een vrijwillige verlenging
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En werkgever en werknemer hebben de wachttijd op "2026-09-01" vrijwillig verlengd tot "2027-06-30"
      Als UWV een loonsanctie van 10 weken oplegt op "2027-05-01"
      En het is vandaag "2027-05-01"
      Dan is het einde van de wachttijd "2027-09-08"
      En is de uiterste datum voor "reintegratieverslag" "2027-03-31"
      En is de uiterste datum voor "wia_aanvraag" "2027-04-14"

  Regel: Een loonsanctie duurt minstens 1 en hoogstens 52 weken
    # Bron: Wet WIA art. 25 lid 9, "ten hoogste 52 weken" (https://wetten.overheid.nl/BWBR0019057)

    Abstract Scenario: Een loonsanctie van 1 tot en met 52 weken wordt vastgelegd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als UWV een loonsanctie van <weken> weken oplegt op "2026-11-01"
      Dan wordt het feit vastgelegd als positie 2

      Voorbeelden:
        | weken |
        | 1     |
        | 52    |

    Abstract Scenario: Een dossier met een loonsanctie buiten 1 tot en met 52 weken wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
        | LoonsanctieOpgelegd  | 2026-11-01 | weken            | <weken>                   |
      Dan wordt het dossier geweigerd op regel 2 met de melding "weken"
      En noemt de weigering het veld "weken" en de toets "loonsanctie_1_tot_52_weken"
      En is er niets vastgelegd

      Voorbeelden:
        | weken |
        | 0     |
        | 53    |

  Regel: Bij een vrijwillige verlenging geldt de nieuwe einddatum, en verslag en aanvraag schuiven mee
    # Bron: Wet WIA art. 24, art. 25 lid 4 en art. 64 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: BW 7:629 lid 11 (https://wetten.overheid.nl/BWBR0005290)
    # ⚠ Er is geen wettelijke uiterste datum voor het verzoek gevonden en geen maximale duur van de verlenging.
    #   Deze feature volgt het contract: de nieuwe einddatum van de laatste verlenging is het einde van de wachttijd.

    Scenario: De nieuwe einddatum wordt het einde van de wachttijd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als werkgever en werknemer de wachttijd op "2026-09-01" vrijwillig verlengen tot "2027-06-30"
      En het is vandaag "2026-09-01"
      Dan is het einde van de wachttijd "2027-06-30"
      En is de uiterste datum voor "reintegratieverslag" "2027-03-31"
      En is de uiterste datum voor "wia_aanvraag" "2027-04-14"
      En betaalt "Hoveniersbedrijf De Linde" het loon door tot en met "2027-06-30"

    Scenario: De laatste verlenging telt
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En werkgever en werknemer hebben de wachttijd op "2026-09-01" vrijwillig verlengd tot "2027-06-30"
      Als werkgever en werknemer de wachttijd op "2026-12-01" vrijwillig verlengen tot "2027-03-31"
      En het is vandaag "2026-12-01"
      Dan is het einde van de wachttijd "2027-03-31"
      En is de uiterste datum voor "reintegratieverslag" "2026-12-30"
      En is de uiterste datum voor "wia_aanvraag" "2027-01-13"

  Regel: Een vrijwillige verlenging moet eindigen na dag 728; anders wordt zij geweigerd
    # Bron: Wet WIA art. 24 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: productcontract, sectie 4 (docs/uitwisselformaat.md)
    # Een verlenging die niet na het reguliere einde van de wachttijd eindigt, verlengt niets. Het reguliere
    # einde is dag 728, geteld zoals in sectie 1 van het contract: met de hersteldagen van de terugvallen die
    # voor de verlenging in het dossier staan.

    Abstract Scenario: Een nieuwe einddatum op of voor dag 728 wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als werkgever en werknemer de wachttijd op "2026-09-01" vrijwillig verlengen tot "<nieuwe einddatum>"
      Dan wordt het feit geweigerd met de melding "einde van de wachttijd (2027-01-03)"
      En noemt de weigering het veld "nieuwe_einddatum" en de toets "verlenging_na_einde_wachttijd"
      En is er niets vastgelegd

      Voorbeelden:
        | nieuwe einddatum |
        | 2027-01-03       |
        | 2026-12-01       |

    Scenario: Een nieuwe einddatum op dag 729 wordt vastgelegd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als werkgever en werknemer de wachttijd op "2026-09-01" vrijwillig verlengen tot "2027-01-04"
      Dan wordt het feit vastgelegd als positie 2

    Scenario: Na een terugval ligt dag 728 later, dus ook de grens voor de verlenging
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      Als werkgever en werknemer de wachttijd op "2026-09-01" vrijwillig verlengen tot "2027-01-10"
      Dan wordt het feit geweigerd met de melding "einde van de wachttijd (2027-01-17)"
      En noemt de weigering het veld "nieuwe_einddatum" en de toets "verlenging_na_einde_wachttijd"
      En is er niets vastgelegd

    Abstract Scenario: Na een terugval wordt een nieuwe einddatum op de verschoven dag 728 geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      Als werkgever en werknemer de wachttijd op "2026-09-01" vrijwillig verlengen tot "<nieuwe einddatum>"
      Dan wordt het feit geweigerd met de melding "einde van de wachttijd (2027-01-17)"
      En noemt de weigering het veld "nieuwe_einddatum" en de toets "verlenging_na_einde_wachttijd"
      En is er niets vastgelegd

      Voorbeelden:
        | nieuwe einddatum | toelichting                                      |
        | 2027-01-17       | de verschoven dag 728 zelf                        |
        | 2027-01-04       | na de oorspronkelijke dag 728, voor de verschoven |

    Scenario: Na een terugval wordt een nieuwe einddatum een dag na de verschoven dag 728 vastgelegd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      Als werkgever en werknemer de wachttijd op "2026-09-01" vrijwillig verlengen tot "2027-01-18"
      En het is vandaag "2026-09-01"
      Dan wordt het feit vastgelegd als positie 4
      En is het einde van de wachttijd "2027-01-18"
