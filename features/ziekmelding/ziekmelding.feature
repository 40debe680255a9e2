# language: nl
@ziekmelding
Functionaliteit: Ziekmelding
  Als werkgever
  Wil ik dat een ziekmelding het verzuimdossier opent met de eerste ziektedag als dag 1
  Zodat elke Poortwachter-termijn en het einde van de wachttijd vanaf de juiste dag worden geteld

  Regel: De ziekmelding opent het verzuimdossier; dag 1 is de eerste ziektedag, niet de dag van de melding
    # Bron: Wet WIA art. 23 lid 2 (https://wetten.overheid.nl/BWBR0019057)

    Scenario: Een ziekmelding opent een dossier met precies één registratie
      Gegeven het is vandaag "2025-01-06"
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
      Dan bevat de geschiedenis 1 registraties
      En toont de geschiedenis op positie 1 "ZiekmeldingOntvangen"
      En is de eerste ziektedag "2025-01-06"

    Scenario: Een ziekmelding die een dag later binnenkomt, telt vanaf de eerste ziektedag
      Gegeven het is vandaag "2025-01-08"
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-07 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
      Dan is de eerste ziektedag "2025-01-06"
      En is de uiterste datum voor "probleemanalyse" "2025-02-16"
      En is het einde van de wachttijd "2027-01-03"

    Scenario: Een nieuw dossier kent meteen alle termijnen die vanaf dag 1 lopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het is vandaag "2025-01-08"
      Dan zijn de verplichtingen:
        | regel                | uiterste datum | status |
        | probleemanalyse      | 2025-02-16     | open   |
        | plan_van_aanpak      | 2025-03-02     | open   |
        | ziekmelding_uwv      | 2025-10-27     | open   |
        | eerstejaarsevaluatie | 2026-01-04     | open   |
        | reintegratieverslag  | 2026-10-04     | open   |
        | wia_aanvraag         | 2026-10-18     | open   |

    Scenario: De ziekmelding telt altijd mee, ook als zij na de peildatum binnenkwam
      # Contract, sectie 2: feiten na de peildatum tellen niet mee, de ZiekmeldingOntvangen wel.
      Gegeven het is vandaag "2025-01-10"
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-20 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
      Dan is de eerste ziektedag "2025-01-06"
      En zijn de verplichtingen:
        | regel                | uiterste datum | status |
        | probleemanalyse      | 2025-02-16     | open   |
        | plan_van_aanpak      | 2025-03-02     | open   |
        | ziekmelding_uwv      | 2025-10-27     | open   |
        | eerstejaarsevaluatie | 2026-01-04     | open   |
        | reintegratieverslag  | 2026-10-04     | open   |
        | wia_aanvraag         | 2026-10-18     | open   |

  Regel: De wachttijd duurt 104 weken; de laatste dag is dag 728
    # Bron: Wet WIA art. 23 lid 1 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: BW 7:629 lid 1, loondoorbetaling gedurende 104 weken (https://wetten.overheid.nl/BWBR0005290)
    # ⚠ Sommige bronnen noemen dag 729, de eerste dag waarop een WIA-uitkering kan ingaan, de einddatum.
    #   Deze feature volgt het contract: het einde van de wachttijd is de laatste dag, dag 728.

    Abstract Scenario: Het einde van de wachttijd is dag 728, ook over schrikkeldagen en jaargrenzen heen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En het is vandaag "<eerste ziektedag>"
      Dan is het einde van de wachttijd "<einde wachttijd>"

      Voorbeelden:
        | eerste ziektedag | einde wachttijd | toelichting                          |
        | 2025-01-06       | 2027-01-03      | het rekenvoorbeeld van de referentie |
        | 2024-02-29       | 2026-02-25      | dag 1 is een schrikkeldag            |
        | 2023-03-01       | 2025-02-25      | de wachttijd loopt over 2024-02-29   |
        | 2025-01-03       | 2026-12-31      | dag 728 is oudejaarsdag              |
        | 2025-01-04       | 2027-01-01      | dag 728 is nieuwjaarsdag             |

    Scenario: De werkgever betaalt het loon door tot en met het einde van de wachttijd
      Gegeven een werknemer "W-002" van werkgever "Bakkerij Van Dam" met eerste ziektedag "2024-02-29"
      En het is vandaag "2024-06-01"
      Dan betaalt "Bakkerij Van Dam" het loon door tot en met "2026-02-25"

  Regel: De werkgever informeert de arbodienst tijdig; dat feit komt in het dossier zonder eigen termijn
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 1 (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ De regeling zegt alleen "tijdig"; "binnen een week" is praktijk, geen wet.
    #   Deze feature volgt het contract: het informeren van de arbodienst wordt vastgelegd, maar kent geen termijnregel.

    Scenario: Het informeren van de arbodienst wordt vastgelegd als tweede registratie
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "ArbodienstGeinformeerd" wordt vastgelegd op "2025-01-08"
      Dan wordt het feit vastgelegd als positie 2
      En toont de geschiedenis op positie 2 "ArbodienstGeinformeerd"

    Scenario: Het informeren van de arbodienst verandert geen enkele termijn
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En "ArbodienstGeinformeerd" is vastgelegd op "2025-01-20"
      En het is vandaag "2025-01-21"
      Dan zijn de verplichtingen:
        | regel                | uiterste datum | status |
        | probleemanalyse      | 2025-02-16     | open   |
        | plan_van_aanpak      | 2025-03-02     | open   |
        | ziekmelding_uwv      | 2025-10-27     | open   |
        | eerstejaarsevaluatie | 2026-01-04     | open   |
        | reintegratieverslag  | 2026-10-04     | open   |
        | wia_aanvraag         | 2026-10-18     | open   |
