# language: nl
@reintegratieverslag_en_wia_aanvraag
Functionaliteit: Re-integratieverslag en WIA-aanvraag
  Als werkgever
  Wil ik weten wanneer het re-integratieverslag klaar en de WIA-aanvraag ingediend moet zijn
  Zodat UWV de aanvraag op tijd beoordeelt en de loondoorbetaling niet langer duurt dan nodig

  Regel: Het re-integratieverslag is uiterlijk dertien weken voor het einde van de wachttijd klaar (dag 637)
    # Bron: Wet WIA art. 25 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # ⚠ Sommige bronnen noemen dag 729 (de eerste WIA-dag) het einde van de wachttijd. Deze feature volgt het
    #   contract: het einde is de laatste dag, dag 728, en de uiterste datum is dat einde min 91 dagen.

    Abstract Scenario: De uiterste datum voor het verslag is het einde van de wachttijd min 91 dagen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En het is vandaag "<eerste ziektedag>"
      Dan is het einde van de wachttijd "<einde wachttijd>"
      En is de uiterste datum voor "reintegratieverslag" "<uiterste datum>"
      En noemt "reintegratieverslag" de bron "Wet WIA art. 25 lid 3"

      Voorbeelden:
        | eerste ziektedag | einde wachttijd | uiterste datum | toelichting                          |
        | 2025-01-06       | 2027-01-03      | 2026-10-04     | het rekenvoorbeeld van de referentie |
        | 2024-02-29       | 2026-02-25      | 2025-11-26     | dag 1 is een schrikkeldag            |
        | 2024-03-04       | 2026-03-01      | 2025-11-30     | gedeeld voorbeeld 05                 |
        | 2024-04-04       | 2026-04-01      | 2025-12-31     | dag 637 is oudejaarsdag              |
        | 2026-04-20       | 2028-04-16      | 2028-01-16     | de 91 dagen lopen over 2028-02-29    |

    Abstract Scenario: Een verslag op of voor dag 637 is tijdig, daarna te laat
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "ReintegratieverslagOpgesteld" wordt vastgelegd op "<verslag>"
      En het is vandaag "2026-10-10"
      Dan is de status van "reintegratieverslag" "<status>"

      Voorbeelden:
        | verslag    | status  |
        | 2026-09-15 | tijdig  |
        | 2026-10-04 | tijdig  |
        | 2026-10-05 | te_laat |

    Abstract Scenario: Zonder verslag is de termijn open tot en met dag 637 en daarna verlopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de tijd verstrijkt tot "<vandaag>"
      Dan is de status van "reintegratieverslag" "<status>"

      Voorbeelden:
        | vandaag    | status   |
        | 2026-10-04 | open     |
        | 2026-10-05 | verlopen |

    Scenario: Na een terugval telt het verslag terug vanaf de verschoven dag 728
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      En het is vandaag "2025-03-17"
      Dan is het einde van de wachttijd "2027-01-17"
      En is de uiterste datum voor "reintegratieverslag" "2026-10-18"

  Regel: De werknemer vraagt de WIA-uitkering aan uiterlijk elf weken voor het einde van de wachttijd (dag 651)
    # Bron: Wet WIA art. 64 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # ⚠ Oudere en secundaire bronnen noemen nog week 91 als aanvraagtermijn; wet en UWV zeggen week 93.
    #   Deze feature volgt het contract: het einde van de wachttijd min 77 dagen, dag 651.

    Abstract Scenario: De uiterste datum voor de aanvraag is het einde van de wachttijd min 77 dagen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En het is vandaag "<eerste ziektedag>"
      Dan is de uiterste datum voor "wia_aanvraag" "<uiterste datum>"
      En noemt "wia_aanvraag" de bron "Wet WIA art. 64 lid 3"

      Voorbeelden:
        | eerste ziektedag | uiterste datum | toelichting                          |
        | 2025-01-06       | 2026-10-18     | het rekenvoorbeeld van de referentie |
        | 2024-02-29       | 2025-12-10     | dag 1 is een schrikkeldag            |
        | 2024-03-04       | 2025-12-14     | gedeeld voorbeeld 05                 |
        | 2024-03-21       | 2025-12-31     | dag 651 is oudejaarsdag              |
        | 2026-04-01       | 2028-01-11     | de 77 dagen lopen over 2028-02-29    |

    Abstract Scenario: Een aanvraag op of voor dag 651 is tijdig, daarna te laat
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "WIAAangevraagd" wordt vastgelegd op "<aanvraag>"
      En het is vandaag "2026-11-01"
      Dan is de status van "wia_aanvraag" "<status>"

      Voorbeelden:
        | aanvraag   | status  |
        | 2026-10-01 | tijdig  |
        | 2026-10-18 | tijdig  |
        | 2026-10-19 | te_laat |

    Abstract Scenario: Zonder aanvraag is de termijn open tot en met dag 651 en daarna verlopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de tijd verstrijkt tot "<vandaag>"
      Dan is de status van "wia_aanvraag" "<status>"

      Voorbeelden:
        | vandaag    | status   |
        | 2026-10-18 | open     |
        | 2026-10-19 | verlopen |

  Regel: Bij een vrijwillige verlenging tellen verslag en aanvraag terug vanaf de nieuwe einddatum
    # Bron: Wet WIA art. 24, art. 25 lid 4 en art. 64 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # ⚠ De wet noemt geen uiterste moment voor het verzoek en geen maximale duur van de verlenging.
    #   Deze feature volgt het contract: de nieuwe einddatum ligt na dag 728, verslag en aanvraag schuiven mee.

    Abstract Scenario: Verslag en aanvraag schuiven mee met de nieuwe einddatum
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als werkgever en werknemer de wachttijd op "2026-09-01" vrijwillig verlengen tot "<nieuwe einddatum>"
      En het is vandaag "2026-09-01"
      Dan is het einde van de wachttijd "<nieuwe einddatum>"
      En is de uiterste datum voor "reintegratieverslag" "<verslag>"
      En is de uiterste datum voor "wia_aanvraag" "<aanvraag>"

      Voorbeelden:
        | nieuwe einddatum | verslag    | aanvraag   | toelichting                          |
        | 2027-01-04       | 2026-10-05 | 2026-10-19 | één dag na dag 728                   |
        | 2027-06-30       | 2027-03-31 | 2027-04-14 | een half jaar langer                 |
        | 2028-03-31       | 2027-12-31 | 2028-01-14 | het verslag valt op oudejaarsdag     |
        | 2028-05-16       | 2028-02-15 | 2028-02-29 | de aanvraag valt op een schrikkeldag |

    Scenario: Een verslag na de oorspronkelijke dag 637 is na verlenging nog tijdig
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En werkgever en werknemer hebben de wachttijd op "2026-09-01" vrijwillig verlengd tot "2027-06-30"
      Als "ReintegratieverslagOpgesteld" wordt vastgelegd op "2026-11-01"
      En het is vandaag "2026-11-02"
      Dan is de status van "reintegratieverslag" "tijdig"
      En is de status van "wia_aanvraag" "open"
