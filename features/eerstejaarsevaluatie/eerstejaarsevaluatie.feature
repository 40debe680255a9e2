# language: nl
@eerstejaarsevaluatie
Functionaliteit: Eerstejaarsevaluatie
  Als casemanager
  Wil ik weten wanneer de eerstejaarsevaluatie uiterlijk gehouden moet zijn en wat er daarna moet gebeuren
  Zodat werkgever en werknemer op tijd kiezen of het tweede spoor moet starten

  Regel: Werkgever en werknemer houden de eerstejaarsevaluatie uiterlijk aan het einde van week 52 (dag 364)
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 sub b (https://wetten.overheid.nl/BWBR0013540)

    Abstract Scenario: De uiterste datum is dag 364, ook over schrikkeldagen en jaargrenzen heen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En het is vandaag "<eerste ziektedag>"
      Dan is de uiterste datum voor "eerstejaarsevaluatie" "<uiterste datum>"
      En noemt "eerstejaarsevaluatie" de bron "Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 sub b"

      Voorbeelden:
        | eerste ziektedag | uiterste datum | toelichting                          |
        | 2025-01-06       | 2026-01-04     | het rekenvoorbeeld van de referentie |
        | 2024-02-29       | 2025-02-26     | dag 1 is een schrikkeldag            |
        | 2023-06-01       | 2024-05-29     | de 52 weken lopen over 2024-02-29    |
        | 2025-01-02       | 2025-12-31     | dag 364 is oudejaarsdag              |
        | 2025-01-03       | 2026-01-01     | dag 364 is nieuwjaarsdag             |

    Abstract Scenario: Hersteldagen na een terugval binnen vier weken tellen niet mee
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En de werknemer heeft zich hersteld gemeld per "<herstel>"
      En de werknemer heeft zich opnieuw ziek gemeld per "<opnieuw ziek>"
      En het is vandaag "<opnieuw ziek>"
      Dan is de uiterste datum voor "eerstejaarsevaluatie" "<uiterste datum>"

      Voorbeelden:
        | eerste ziektedag | herstel    | opnieuw ziek | uiterste datum | toelichting                           |
        | 2025-01-06       | 2025-05-05 | 2025-05-26   | 2026-01-25     | 21 hersteldagen                       |
        | 2023-09-04       | 2024-02-20 | 2024-03-10   | 2024-09-20     | 19 hersteldagen, inclusief 2024-02-29 |

    Abstract Scenario: Een eerstejaarsevaluatie op of voor dag 364 is tijdig, daarna te laat
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de eerstejaarsevaluatie wordt gehouden op "<evaluatie>" met perspectief bij de eigen werkgever
      En het is vandaag "2026-02-01"
      Dan is de status van "eerstejaarsevaluatie" "<status>"

      Voorbeelden:
        | evaluatie  | status  |
        | 2025-12-15 | tijdig  |
        | 2026-01-04 | tijdig  |
        | 2026-01-05 | te_laat |

    Abstract Scenario: Zonder eerstejaarsevaluatie is de termijn open tot en met dag 364 en daarna verlopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de tijd verstrijkt tot "<vandaag>"
      Dan is de status van "eerstejaarsevaluatie" "<status>"

      Voorbeelden:
        | vandaag    | status   |
        | 2026-01-04 | open     |
        | 2026-01-05 | verlopen |

  Regel: Ziet de eerstejaarsevaluatie geen perspectief bij de eigen werkgever, dan start het tweede spoor uiterlijk zes weken later
    # Bron: BW 7:658a lid 1 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Beleidsregels beoordelingskader poortwachter, par. 5 (https://wetten.overheid.nl/BWBR0014375/2006-11-18)
    # ⚠ De zes weken komen uit de UWV Werkwijzer Poortwachter, zoals secundaire bronnen die aanhalen; ze staan
    #   niet in de wet, en één bron zegt "uiterlijk in week 52". Deze feature volgt het contract:
    #   de datum van de eerstejaarsevaluatie + 42 dagen.
    # Bij meer eerstejaarsevaluaties telt de eerste zonder perspectief; zien ze allemaal perspectief, dan staat
    # de termijn als niet van toepassing op de eerste eerstejaarsevaluatie + 42 dagen (contract, sectie 2).

    Scenario: Voor de eerstejaarsevaluatie is er nog geen termijn voor het tweede spoor
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het is vandaag "2025-12-01"
      Dan staat "spoor2_start" niet in het overzicht

    Abstract Scenario: Zonder perspectief start het tweede spoor uiterlijk 42 dagen na de eerstejaarsevaluatie
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      Als de eerstejaarsevaluatie wordt gehouden op "<evaluatie>" zonder perspectief bij de eigen werkgever
      En het is vandaag "<evaluatie>"
      Dan is de uiterste datum voor "spoor2_start" "<uiterste datum>"
      En is de status van "spoor2_start" "open"

      Voorbeelden:
        | eerste ziektedag | evaluatie  | uiterste datum | toelichting                                    |
        | 2025-01-06       | 2025-12-15 | 2026-01-26     | de zes weken lopen over de jaargrens           |
        | 2023-02-20       | 2024-02-15 | 2024-03-28     | de zes weken lopen over 2024-02-29             |
        | 2024-12-02       | 2025-11-28 | 2026-01-09     | evaluatie kort voor dag 364                    |
        | 2025-01-06       | 2026-01-20 | 2026-03-03     | een te late evaluatie: telt vanaf de evaluatie |

    Scenario: Met perspectief bij de eigen werkgever is de termijn voor het tweede spoor niet van toepassing
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de eerstejaarsevaluatie wordt gehouden op "2025-12-15" met perspectief bij de eigen werkgever
      En het is vandaag "2026-03-01"
      Dan is de status van "spoor2_start" "niet_van_toepassing"

    Scenario: Ziet een latere eerstejaarsevaluatie geen perspectief meer, dan loopt de termijn vanaf die evaluatie
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de eerstejaarsevaluatie is gehouden op "2025-12-15" met perspectief bij de eigen werkgever
      Als de eerstejaarsevaluatie wordt gehouden op "2026-02-01" zonder perspectief bij de eigen werkgever
      En het is vandaag "2026-02-02"
      Dan is de uiterste datum voor "spoor2_start" "2026-03-15"
      En is de status van "spoor2_start" "open"

    Scenario: Zien alle eerstejaarsevaluaties perspectief, dan staat de termijn op de eerste plus 42 dagen, niet van toepassing
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de eerstejaarsevaluatie is gehouden op "2025-12-15" met perspectief bij de eigen werkgever
      Als de eerstejaarsevaluatie wordt gehouden op "2026-02-01" met perspectief bij de eigen werkgever
      En het is vandaag "2026-04-01"
      Dan is de uiterste datum voor "spoor2_start" "2026-01-26"
      En is de status van "spoor2_start" "niet_van_toepassing"

    Scenario: Een tweede spoor dat al voor de eerstejaarsevaluatie was gestart, is tijdig
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het tweede spoor is gestart op "2025-09-01"
      Als de eerstejaarsevaluatie wordt gehouden op "2025-12-15" zonder perspectief bij de eigen werkgever
      En het is vandaag "2025-12-16"
      Dan is de uiterste datum voor "spoor2_start" "2026-01-26"
      En is de status van "spoor2_start" "tijdig"

  Regel: Sinds 1 juli 2023 legt ook de eerstejaarsevaluatie de visie van werkgever en werknemer vast
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4, gewijzigd bij Stcrt. 2023, 13931 (https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html)
    # De nieuwe regelversie geldt bij een eerste ziektedag op of na 2023-07-01, en voor eerdere
    # dossiers waarvan de evaluatie op of na die datum is gehouden (contract, sectie 2).

    Abstract Scenario: De eerstejaarsevaluatie volgt de regelversie van haar eerste ziektedag of haar eigen datum
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      Als de eerstejaarsevaluatie wordt gehouden op "<evaluatie>" met perspectief bij de eigen werkgever
      En het is vandaag "<evaluatie>"
      Dan volgt "eerstejaarsevaluatie" regelversie "<regelversie>"

      Voorbeelden:
        | eerste ziektedag | evaluatie  | regelversie |
        | 2022-06-06       | 2023-06-01 | rpg-2002    |
        | 2022-09-05       | 2023-08-28 | rpg-2023    |
        | 2025-01-06       | 2025-12-15 | rpg-2023    |

    Scenario: Een eerstejaarsevaluatie zonder visie sinds 1 juli 2023 krijgt een opmerking
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de eerstejaarsevaluatie wordt gehouden op "2025-12-15" zonder perspectief bij de eigen werkgever
      En het is vandaag "2025-12-16"
      Dan is de status van "eerstejaarsevaluatie" "tijdig"
      En merkt "eerstejaarsevaluatie" op "visie van werkgever en werknemer ontbreekt"
