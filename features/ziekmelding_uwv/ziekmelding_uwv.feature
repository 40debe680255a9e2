# language: nl
@ziekmelding_uwv
Functionaliteit: Ziekmelding bij UWV (42e-weeksmelding)
  Als werkgever
  Wil ik weten wanneer ik mijn zieke werknemer uiterlijk bij UWV moet melden
  Zodat ik geen boete krijg en UWV de WIA-procedure op tijd kan starten

  Regel: De werkgever meldt de werknemer uiterlijk op de eerste dag na 42 weken ziekte (dag 295) bij UWV
    # Bron: Ziektewet art. 38 lid 1 (https://wetten.overheid.nl/BWBR0001888)
    # ⚠ UWV schrijft "uiterlijk de eerste werkdag na de 42e ziekteweek", de wet "de eerste dag"; of de
    #   Algemene termijnenwet een termijn in het weekend opschuift is niet nagegaan. Deze feature volgt
    #   het contract: dag 295 in ziektedagen, zonder verschuiving naar een werkdag.

    Abstract Scenario: De uiterste datum is dag 295, ook over schrikkeldagen en jaargrenzen heen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En het is vandaag "<eerste ziektedag>"
      Dan is de uiterste datum voor "ziekmelding_uwv" "<uiterste datum>"
      En noemt "ziekmelding_uwv" de bron "Ziektewet art. 38 lid 1"

      Voorbeelden:
        | eerste ziektedag | uiterste datum | toelichting                          |
        | 2025-01-06       | 2025-10-27     | het rekenvoorbeeld van de referentie |
        | 2024-02-29       | 2024-12-19     | dag 1 is een schrikkeldag            |
        | 2023-06-01       | 2024-03-21     | de 42 weken lopen over 2024-02-29    |
        | 2025-03-12       | 2025-12-31     | dag 295 is oudejaarsdag              |
        | 2025-03-13       | 2026-01-01     | dag 295 is nieuwjaarsdag             |

    Abstract Scenario: Hersteldagen voor dag 295 tellen niet mee, dus de melding schuift op
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En de werknemer heeft zich hersteld gemeld per "<herstel>"
      En de werknemer heeft zich opnieuw ziek gemeld per "<opnieuw ziek>"
      En het is vandaag "<opnieuw ziek>"
      Dan is de uiterste datum voor "ziekmelding_uwv" "<uiterste datum>"

      Voorbeelden:
        | eerste ziektedag | herstel    | opnieuw ziek | uiterste datum | toelichting                              |
        | 2025-01-06       | 2025-03-03 | 2025-03-17   | 2025-11-10     | 14 hersteldagen                          |
        | 2023-09-04       | 2024-02-20 | 2024-03-10   | 2024-07-13     | 19 hersteldagen, inclusief 2024-02-29    |
        | 2024-06-03       | 2024-12-20 | 2025-01-10   | 2025-04-14     | 21 hersteldagen over de jaargrens        |
        | 2025-01-06       | 2025-11-03 | 2025-11-17   | 2025-10-27     | herstel pas na dag 295: niets verschuift |

    Scenario: De uitleg noemt de hersteldagen die niet meetellen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      En het is vandaag "2025-03-17"
      Dan legt "ziekmelding_uwv" uit "14 hersteldagen die niet meetellen"

  Regel: De melding is tijdig tot en met dag 295, daarna te laat; zonder melding is de termijn open of verlopen
    # Bron: Ziektewet art. 38 lid 1 en lid 3 (boete bij te late melding) (https://wetten.overheid.nl/BWBR0001888)

    Abstract Scenario: Een melding op of voor dag 295 is tijdig, daarna te laat
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de werkgever de werknemer ziek meldt bij UWV op "<melding>"
      En het is vandaag "2025-11-01"
      Dan is de status van "ziekmelding_uwv" "<status>"

      Voorbeelden:
        | melding    | status  |
        | 2025-10-20 | tijdig  |
        | 2025-10-27 | tijdig  |
        | 2025-10-28 | te_laat |

    Abstract Scenario: Zonder melding is de termijn open tot en met dag 295 en daarna verlopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de tijd verstrijkt tot "<vandaag>"
      Dan is de status van "ziekmelding_uwv" "<status>"

      Voorbeelden:
        | vandaag    | status   |
        | 2025-10-27 | open     |
        | 2025-10-28 | verlopen |

    Scenario: Na een terugval is een melding na de oorspronkelijke dag 295 nog tijdig
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      Als de werkgever de werknemer ziek meldt bij UWV op "2025-11-05"
      En het is vandaag "2025-11-15"
      Dan is de uiterste datum voor "ziekmelding_uwv" "2025-11-10"
      En is de status van "ziekmelding_uwv" "tijdig"

  Regel: Een IVA-aanvraag of een vrijwillige verlenging zonder eerdere melding geldt als ziekmelding bij UWV
    # Bron: Ziektewet art. 38 lid 8 (https://wetten.overheid.nl/BWBR0001888)

    Abstract Scenario: Een IVA-aanvraag geldt als melding, met een opmerking
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "IVAAangevraagd" wordt vastgelegd op "<aanvraag>"
      En het is vandaag "2025-11-01"
      Dan is de status van "ziekmelding_uwv" "<status>"
      En merkt "ziekmelding_uwv" op "Ziektewet art. 38 lid 8"

      Voorbeelden:
        | aanvraag   | status  |
        | 2025-06-02 | tijdig  |
        | 2025-10-27 | tijdig  |
        | 2025-10-28 | te_laat |

    Scenario: Een vrijwillige verlenging zonder eerdere melding geldt als late melding
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als werkgever en werknemer de wachttijd op "2026-11-01" vrijwillig verlengen tot "2027-06-30"
      En het is vandaag "2026-11-02"
      Dan is de status van "ziekmelding_uwv" "te_laat"
      En merkt "ziekmelding_uwv" op "Ziektewet art. 38 lid 8"

    Abstract Scenario: Een vrijwillige verlenging op of voor dag 295 geldt als tijdige melding, een dag later als late
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als werkgever en werknemer de wachttijd op "<verlenging>" vrijwillig verlengen tot "2027-06-30"
      En het is vandaag "2025-11-01"
      Dan is de status van "ziekmelding_uwv" "<status>"
      En merkt "ziekmelding_uwv" op "WachttijdVrijwilligVerlengd geldt als ziekmelding (Ziektewet art. 38 lid 8)"

      Voorbeelden:
        | verlenging | status  |
        | 2025-10-27 | tijdig  |
        | 2025-10-28 | te_laat |

    Scenario: Komt de IVA-aanvraag eerst, dan telt zij, ook als de gewone melding later volgt
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En "IVAAangevraagd" is vastgelegd op "2025-06-02"
      Als de werkgever de werknemer ziek meldt bij UWV op "2025-11-01"
      En het is vandaag "2025-11-02"
      Dan is de status van "ziekmelding_uwv" "tijdig"
      En merkt "ziekmelding_uwv" op "IVAAangevraagd geldt als ziekmelding"

    Scenario: Na een gewone melding verandert een latere IVA-aanvraag niets aan de melding
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werkgever heeft de werknemer ziek gemeld bij UWV op "2025-10-20"
      Als "IVAAangevraagd" wordt vastgelegd op "2025-11-15"
      En het is vandaag "2025-11-20"
      Dan is de status van "ziekmelding_uwv" "tijdig"
      En maakt "ziekmelding_uwv" geen opmerking over "art. 38 lid 8"
