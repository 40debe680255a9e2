# language: nl
@evaluaties_en_bijstellingen
Functionaliteit: Evaluaties en bijstellingen van het plan van aanpak
  Als casemanager
  Wil ik weten wanneer het plan van aanpak uiterlijk weer geëvalueerd moet worden
  Zodat geen periode van meer dan zes weken zonder evaluatie onopgemerkt blijft

  Regel: Zolang er een plan van aanpak is, volgt uiterlijk 42 dagen na het laatste moment een evaluatie
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 en lid 4 (https://wetten.overheid.nl/BWBR0013540)
    # Bron: UWV, plan van aanpak: minstens elke zes weken een gesprek (https://www.uwv.nl/en/employers/forms/creating-an-action-plan-to-help-your-employee-return-to-work)
    # ⚠ De regeling zegt alleen "periodiek"; de zes weken zijn UWV-beleid, geen tekst van de regeling.
    #   Deze feature volgt het contract: het laatste plan, de laatste evaluatie, bijstelling of eerstejaarsevaluatie + 42 dagen.

    Abstract Scenario: Zonder evaluatie is de uiterste datum het plan van aanpak plus 42 dagen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "<analyse>"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "<plan>" met doel "aangepast_werk"
      En het is vandaag "<plan>"
      Dan is de uiterste datum voor "evaluatie" "<uiterste datum>"
      En is de status van "evaluatie" "open"

      Voorbeelden:
        | eerste ziektedag | analyse    | plan       | uiterste datum | toelichting                          |
        | 2025-01-06       | 2025-02-10 | 2025-02-20 | 2025-04-03     | gewoon geval                         |
        | 2023-12-18       | 2024-01-22 | 2024-01-25 | 2024-03-07     | de zes weken lopen over 2024-02-29   |
        | 2024-01-15       | 2024-02-22 | 2024-02-29 | 2024-04-11     | het plan valt op een schrikkeldag    |
        | 2023-10-16       | 2023-11-24 | 2023-12-01 | 2024-01-12     | de zes weken lopen over de jaargrens |

    Scenario: Zonder plan van aanpak is er nog geen evaluatietermijn
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En het is vandaag "2025-02-12"
      Dan staat "evaluatie" niet in het overzicht

    Scenario: Zonder evaluatie is de termijn na 42 dagen verlopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      En het is vandaag "2025-04-04"
      Dan is de uiterste datum voor "evaluatie" "2025-04-03"
      En is de status van "evaluatie" "verlopen"

    Abstract Scenario: Een evaluatie of bijstelling is het nieuwe beginpunt van de zes weken
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      En het dossier bevat:
        | type     | datum   | veld   | waarde   |
        | <moment> | <datum> | <veld> | <waarde> |
      En het is vandaag "<datum>"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum   | status |
        | <uiterste datum> | open   |

      Voorbeelden:
        | moment                  | datum      | veld  | waarde                   | uiterste datum |
        | EvaluatieGehouden       | 2025-03-31 |       |                          | 2025-05-12     |
        | PlanVanAanpakBijgesteld | 2025-03-20 | reden | opbouw uren gaat sneller | 2025-05-01     |

    Scenario: De eerstejaarsevaluatie is ook een evaluatiemoment
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      En het dossier bevat:
        | type                         | datum      | veld                        | waarde |
        | EvaluatieGehouden            | 2025-04-03 |                             |        |
        | EvaluatieGehouden            | 2025-05-15 |                             |        |
        | EvaluatieGehouden            | 2025-06-26 |                             |        |
        | EvaluatieGehouden            | 2025-08-07 |                             |        |
        | EvaluatieGehouden            | 2025-09-18 |                             |        |
        | EvaluatieGehouden            | 2025-10-30 |                             |        |
        | EvaluatieGehouden            | 2025-12-11 |                             |        |
        | EerstejaarsevaluatieGehouden | 2025-12-22 | perspectief_eigen_werkgever | ja     |
      En het is vandaag "2025-12-23"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status |
        | 2026-02-02     | open   |

  Regel: Elk plan van aanpak, ook een tweede, is een evaluatiemoment; wat voor het eerste plan van aanpak ligt telt niet
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 en lid 4 (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ De regeling zegt niet welke feiten als evaluatie tellen. Deze feature volgt het contract (sectie 2, regel
    #   evaluatie; docs/regels.md): elk PlanVanAanpakOpgesteld, EvaluatieGehouden, PlanVanAanpakBijgesteld en
    #   EerstejaarsevaluatieGehouden op of na het eerste plan van aanpak is een evaluatiemoment; eerdere niet.

    Scenario: Een tweede plan van aanpak is het nieuwe beginpunt van de zes weken
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-03-20" met doel "eigen_werk"
      En het is vandaag "2025-03-21"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status |
        | 2025-05-01     | open   |

    Scenario: Een tweede plan van aanpak na meer dan 42 dagen laat een te late vermelding achter
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-04-10" met doel "eigen_werk"
      En het is vandaag "2025-04-11"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status  |
        | 2025-04-03     | te_laat |
        | 2025-05-22     | open    |

    Abstract Scenario: Een evaluatie of bijstelling van voor het eerste plan van aanpak telt niet als evaluatiemoment
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-01-20"
      En het dossier bevat:
        | type     | datum      | veld   | waarde   |
        | <moment> | 2025-01-21 | <veld> | <waarde> |
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-03-10" met doel "aangepast_werk"
      En het is vandaag "2025-03-11"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status |
        | 2025-04-21     | open   |

      Voorbeelden:
        | moment                  | veld  | waarde                     | toelichting                                           |
        | EvaluatieGehouden       |       |                            | telde zij mee, dan stond er een te laat gat van 48 dagen |
        | PlanVanAanpakBijgesteld | reden | werkhervatting gaat sneller | idem, voor een bijstelling                            |

    Scenario: Een evaluatie zonder plan van aanpak begint geen evaluatietermijn
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als "EvaluatieGehouden" wordt vastgelegd op "2025-03-01"
      En het is vandaag "2025-05-01"
      Dan staat "evaluatie" niet in het overzicht

  Regel: Een evaluatie precies 42 dagen na het vorige moment is op tijd; elk eerder gat van meer dan 42 dagen blijft als te laat staan
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 en lid 4 (https://wetten.overheid.nl/BWBR0013540)
    # Bron: UWV, plan van aanpak: minstens elke zes weken een gesprek (https://www.uwv.nl/en/employers/forms/creating-an-action-plan-to-help-your-employee-return-to-work)
    # ⚠ De zes weken zijn UWV-beleid; deze feature volgt het contract (sectie 2, regel evaluatie).

    Scenario: Een evaluatie precies 42 dagen na het plan laat geen gat achter
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als het plan van aanpak wordt geëvalueerd op "2025-04-03"
      En het is vandaag "2025-04-10"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status |
        | 2025-05-15     | open   |

    Scenario: Een evaluatie 43 dagen na het plan laat een te late vermelding achter
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als het plan van aanpak wordt geëvalueerd op "2025-04-04"
      En het is vandaag "2025-04-10"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status  |
        | 2025-04-03     | te_laat |
        | 2025-05-16     | open    |

    Scenario: Elk gat van meer dan 42 dagen staat apart in het overzicht
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      En het plan van aanpak is geëvalueerd op "2025-04-10"
      En het plan van aanpak is geëvalueerd op "2025-05-15"
      Als het plan van aanpak wordt geëvalueerd op "2025-07-01"
      En het is vandaag "2025-07-10"
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status  |
        | 2025-04-03     | te_laat |
        | 2025-06-26     | te_laat |
        | 2025-08-12     | open    |

    Scenario: De evaluatieketen van gedeeld voorbeeld 05 (tweede spoor te laat gestart)
      Gegeven het is vandaag "2025-05-01"
      Als het dossier wordt ingelezen:
        | type                                | datum      | veld                        | waarde                      |
        | ZiekmeldingOntvangen                | 2024-03-04 | eerste_ziektedag            | 2024-03-04                  |
        |                                     |            | werknemer                   | W-001                       |
        |                                     |            | werkgever                   | Hoveniersbedrijf De Linde   |
        |                                     |            | door                        | werkgever: P. de Vries      |
        | ProbleemanalyseOpgesteld            | 2024-04-08 | benutbare_mogelijkheden     | ja                          |
        |                                     |            | door                        | bedrijfsarts: dr. A. Jansen |
        | PlanVanAanpakOpgesteld              | 2024-04-15 | casemanager                 | M. Bakker                   |
        |                                     |            | doel                        | aangepast_werk              |
        | EvaluatieGehouden                   | 2024-05-20 |                             |                             |
        | EvaluatieGehouden                   | 2024-06-28 |                             |                             |
        | EvaluatieGehouden                   | 2024-08-05 |                             |                             |
        | EvaluatieGehouden                   | 2024-09-13 |                             |                             |
        | EvaluatieGehouden                   | 2024-10-21 |                             |                             |
        | ZiekmeldingUWVGedaan                | 2024-12-02 |                             |                             |
        | EvaluatieGehouden                   | 2024-12-09 |                             |                             |
        | EvaluatieGehouden                   | 2025-01-17 |                             |                             |
        | ArbeidsdeskundigOnderzoekUitgevoerd | 2025-01-24 | advies                      | spoor2                      |
        | EerstejaarsevaluatieGehouden        | 2025-02-14 | perspectief_eigen_werkgever | nee                         |
        | Spoor2Gestart                       | 2025-04-30 |                             |                             |
      Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status   |
        | 2024-12-02     | te_laat  |
        | 2025-03-28     | verlopen |

  Regel: Een evaluatie of bijstelling op of na 1 juli 2023 valt onder de regeling van 2023, ook in een ouder dossier
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4, gewijzigd bij Stcrt. 2023, 13931 (https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html)
    # Bron: Regeling procesgang eerste en tweede ziektejaar (https://wetten.overheid.nl/BWBR0013540)
    # De nieuwe regelversie geldt bij een eerste ziektedag op of na 2023-07-01, en voor eerdere dossiers
    # waarvan het plan of een evaluatie op of na die datum is opgesteld of bijgesteld (contract, sectie 2;
    # docs/regels.md, sectie 6). De evaluatietermijn telt vanaf het laatste moment, dus volgt die de datum
    # van dat moment.

    Abstract Scenario: De evaluatietermijn volgt de regelversie van het laatste moment
      Gegeven een ziekmelding met eerste ziektedag "2023-01-02"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2023-02-06"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2023-02-16" met doel "aangepast_werk"
      Als "PlanVanAanpakBijgesteld" wordt vastgelegd op "<bijstelling>" met:
        | veld  | waarde                      |
        | reden | werkhervatting gaat sneller |
      En het is vandaag "<bijstelling>"
      Dan volgt "evaluatie" regelversie "<regelversie>"

      Voorbeelden:
        | bijstelling | regelversie | toelichting                                     |
        | 2023-06-30  | rpg-2002    | bijgesteld op de laatste dag van de oude regel  |
        | 2023-07-01  | rpg-2023    | bijgesteld op de eerste dag van de nieuwe regel |
