# language: nl
@plan_van_aanpak
Functionaliteit: Plan van aanpak
  Als werkgever
  Wil ik weten wanneer werkgever en werknemer het plan van aanpak uiterlijk moeten opstellen
  Zodat de re-integratie na de probleemanalyse zonder vertraging begint

  Regel: Werkgever en werknemer stellen het plan van aanpak op binnen twee weken na de probleemanalyse
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1 (https://wetten.overheid.nl/BWBR0013540)

    Abstract Scenario: De uiterste datum is de datum van de probleemanalyse plus 14 dagen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "<analyse>"
      En het is vandaag "<analyse>"
      Dan is de uiterste datum voor "plan_van_aanpak" "<uiterste datum>"
      En noemt "plan_van_aanpak" de bron "Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1"

      Voorbeelden:
        | eerste ziektedag | analyse    | uiterste datum | toelichting                           |
        | 2025-01-06       | 2025-02-10 | 2025-02-24     | gewone analyse in week 6              |
        | 2024-01-22       | 2024-02-20 | 2024-03-05     | de twee weken lopen over 2024-02-29   |
        | 2024-01-20       | 2024-02-29 | 2024-03-14     | de analyse valt op een schrikkeldag   |
        | 2023-11-20       | 2023-12-25 | 2024-01-08     | de twee weken lopen over de jaargrens |
        | 2025-01-06       | 2025-03-10 | 2025-03-24     | een late analyse (dag 64) schuift mee |

    Scenario: Een plan precies twee weken na de analyse is op tijd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-24" met doel "aangepast_werk"
      En het is vandaag "2025-03-01"
      Dan is de status van "plan_van_aanpak" "tijdig"

    Scenario: Een plan vijftien dagen na de analyse is te laat
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-25" met doel "eigen_werk"
      En het is vandaag "2025-03-01"
      Dan is de status van "plan_van_aanpak" "te_laat"

  Regel: Zolang er geen probleemanalyse is, moet het plan van aanpak er uiterlijk op dag 56 zijn
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2 en art. 4 lid 1 (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ Dag 56 is de analysetermijn (dag 42) plus twee weken. "Binnen zes weken" laat letterlijk dag 43 toe,
    #   dus dag 57; deze feature volgt het contract: dag 56 (eerste ziektedag + 55 dagen).

    Abstract Scenario: Zonder analyse is de uiterste datum dag 56
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En het is vandaag "<eerste ziektedag>"
      Dan is de uiterste datum voor "plan_van_aanpak" "<uiterste datum>"

      Voorbeelden:
        | eerste ziektedag | uiterste datum | toelichting                           |
        | 2025-01-06       | 2025-03-02     | het rekenvoorbeeld van de referentie  |
        | 2024-01-20       | 2024-03-15     | de acht weken lopen over 2024-02-29   |
        | 2024-02-29       | 2024-04-24     | dag 1 is een schrikkeldag             |
        | 2024-11-25       | 2025-01-19     | de acht weken lopen over de jaargrens |

    Abstract Scenario: Zonder analyse en zonder plan is het plan na dag 56 verlopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het is vandaag "<vandaag>"
      Dan is de status van "plan_van_aanpak" "<status>"

      Voorbeelden:
        | vandaag    | status   |
        | 2025-03-02 | open     |
        | 2025-03-03 | verlopen |

  Regel: Ziet de probleemanalyse geen benutbare mogelijkheden, dan is er geen plan van aanpak nodig tot dat verandert
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1 (https://wetten.overheid.nl/BWBR0013540)
    # Bron: Beleidsregels beoordelingskader poortwachter, par. 7.4 (https://wetten.overheid.nl/BWBR0014375/2006-11-18)
    # Bij meer analyses telt de eerste die wel benutbare mogelijkheden ziet; zien ze er geen, dan staat het plan
    # als niet van toepassing op de laatste analyse + 14 dagen (contract, sectie 2).

    Scenario: Een analyse zonder benutbare mogelijkheden maakt het plan niet van toepassing
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10" zonder benutbare mogelijkheden
      En het is vandaag "2025-04-01"
      Dan is de status van "plan_van_aanpak" "niet_van_toepassing"
      En staat "evaluatie" niet in het overzicht

    Scenario: Ziet een latere analyse wel mogelijkheden, dan loopt de termijn vanaf die analyse
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10" zonder benutbare mogelijkheden
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-04-01"
      En het is vandaag "2025-04-02"
      Dan is de uiterste datum voor "plan_van_aanpak" "2025-04-15"
      En is de status van "plan_van_aanpak" "open"

    Scenario: Een latere analyse zonder mogelijkheden haalt de termijn van een eerdere analyse met mogelijkheden niet weg
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-03-10" zonder benutbare mogelijkheden
      En het is vandaag "2025-03-11"
      Dan is de uiterste datum voor "plan_van_aanpak" "2025-02-24"
      En is de status van "plan_van_aanpak" "verlopen"

    Scenario: Zien alle analyses geen mogelijkheden, dan staat het plan op de laatste analyse plus 14 dagen, niet van toepassing
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10" zonder benutbare mogelijkheden
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-03-10" zonder benutbare mogelijkheden
      En het is vandaag "2025-04-01"
      Dan is de uiterste datum voor "plan_van_aanpak" "2025-03-24"
      En is de status van "plan_van_aanpak" "niet_van_toepassing"

  Regel: Sinds 1 juli 2023 legt het plan van aanpak de visie van werkgever en werknemer vast
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4, gewijzigd bij Stcrt. 2023, 13931 (https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html)
    # Bron: Regeling procesgang eerste en tweede ziektejaar (https://wetten.overheid.nl/BWBR0013540)
    # De nieuwe regelversie geldt bij een eerste ziektedag op of na 2023-07-01, en voor eerdere
    # dossiers waarvan het plan op of na die datum is opgesteld (contract, sectie 2).

    Abstract Scenario: Het plan volgt de regelversie van zijn eerste ziektedag of van de datum van het plan
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "<analyse>"
      Als werkgever en werknemer het plan van aanpak opstellen op "<plan>" met doel "aangepast_werk"
      En het is vandaag "<plan>"
      Dan volgt "plan_van_aanpak" regelversie "<regelversie>"

      Voorbeelden:
        | eerste ziektedag | analyse    | plan       | regelversie | toelichting                              |
        | 2023-05-01       | 2023-06-05 | 2023-06-15 | rpg-2002    | dossier en plan voor 2023-07-01          |
        | 2023-05-15       | 2023-06-19 | 2023-06-30 | rpg-2002    | plan op de laatste dag van de oude regel |
        | 2023-05-15       | 2023-06-19 | 2023-07-01 | rpg-2023    | ouder dossier, plan op 2023-07-01        |
        | 2023-07-01       | 2023-08-07 | 2023-08-14 | rpg-2023    | eerste ziektedag op 2023-07-01           |
        | 2024-02-29       | 2024-04-08 | 2024-04-15 | rpg-2023    | eerste ziektedag op een schrikkeldag     |

    Scenario: Een plan zonder visie sinds 1 juli 2023 krijgt een opmerking
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-20" met doel "aangepast_werk"
      En het is vandaag "2025-03-01"
      Dan is de status van "plan_van_aanpak" "tijdig"
      En merkt "plan_van_aanpak" op "visie van werkgever en werknemer ontbreekt"

    Scenario: Een plan met alleen de visie van de werkgever mist de visie van de werknemer
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als "PlanVanAanpakOpgesteld" wordt vastgelegd op "2025-02-20" met:
        | veld            | waarde                                |
        | casemanager     | M. Bakker                             |
        | doel            | aangepast_werk                        |
        | visie_werkgever | terug naar eigen werk in vier maanden |
      En het is vandaag "2025-03-01"
      Dan merkt "plan_van_aanpak" op "visie van werknemer ontbreekt"

    Scenario: Een plan met beide visies krijgt geen opmerking over de visie
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als "PlanVanAanpakOpgesteld" wordt vastgelegd op "2025-02-20" met:
        | veld            | waarde                                |
        | casemanager     | M. Bakker                             |
        | doel            | aangepast_werk                        |
        | visie_werkgever | terug naar eigen werk in vier maanden |
        | visie_werknemer | eerst halve dagen, dan opbouwen       |
      En het is vandaag "2025-03-01"
      Dan is de status van "plan_van_aanpak" "tijdig"
      En maakt "plan_van_aanpak" geen opmerking over "visie"

    Scenario: Een plan van voor 1 juli 2023 zonder visie krijgt geen opmerking
      Gegeven een ziekmelding met eerste ziektedag "2023-05-01"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2023-06-05"
      Als werkgever en werknemer het plan van aanpak opstellen op "2023-06-15" met doel "eigen_werk"
      En het is vandaag "2023-06-20"
      Dan volgt "plan_van_aanpak" regelversie "rpg-2002"
      En maakt "plan_van_aanpak" geen opmerking over "visie"

    Scenario: Een ouder dossier met een plan na 1 juli 2023 zonder visie krijgt wel een opmerking
      Gegeven een ziekmelding met eerste ziektedag "2023-05-15"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2023-06-19"
      Als werkgever en werknemer het plan van aanpak opstellen op "2023-07-03" met doel "eigen_werk"
      En het is vandaag "2023-07-10"
      Dan volgt "plan_van_aanpak" regelversie "rpg-2023"
      En merkt "plan_van_aanpak" op "visie van werkgever en werknemer ontbreekt"
