# language: nl
@samentellen_en_terugval
Functionaliteit: Samentellen van ziekteperioden en terugval
  Als werkgever
  Wil ik dat een terugval binnen vier weken na herstel in hetzelfde dossier wordt samengeteld
  Zodat de termijnen die op weken ziekte rusten op de juiste dag vallen

  Regel: Hersteldagen voor een terugval binnen vier weken tellen niet mee; dag 295, 364, 637, 651 en 728 schuiven op
    # Bron: BW 7:629 lid 10 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Wet WIA art. 23 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: Ziektewet art. 38 lid 1 (https://wetten.overheid.nl/BWBR0001888)
    # ⚠ In BW 7:629 lid 10 is de zinsnede "tenzij ... dezelfde oorzaak" grammaticaal dubbelzinnig. Deze feature volgt
    #   het contract (en de lezing van Wet WIA en UWV): de oorzaak doet er niet toe, alleen het gat van minder dan 28 dagen.

    Abstract Scenario: Alle termijnen in weken ziekte schuiven op met de hersteldagen ervoor
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En de werknemer heeft zich hersteld gemeld per "<herstel>"
      En de werknemer heeft zich opnieuw ziek gemeld per "<opnieuw ziek>"
      En het is vandaag "<opnieuw ziek>"
      Dan is de uiterste datum voor "ziekmelding_uwv" "<dag 295>"
      En is de uiterste datum voor "eerstejaarsevaluatie" "<dag 364>"
      En is de uiterste datum voor "reintegratieverslag" "<dag 637>"
      En is de uiterste datum voor "wia_aanvraag" "<dag 651>"
      En is het einde van de wachttijd "<dag 728>"

      Voorbeelden:
        | eerste ziektedag | herstel    | opnieuw ziek | dag 295    | dag 364    | dag 637    | dag 651    | dag 728    | toelichting                                   |
        | 2022-01-03       | 2022-07-04 | 2022-07-25   | 2022-11-14 | 2023-01-22 | 2023-10-22 | 2023-11-05 | 2024-01-21 | 21 hersteldagen (voorbeeld van de referentie) |
        | 2023-09-04       | 2024-02-20 | 2024-03-10   | 2024-07-13 | 2024-09-20 | 2025-06-20 | 2025-07-04 | 2025-09-19 | 19 hersteldagen, inclusief 2024-02-29         |
        | 2024-06-03       | 2024-12-20 | 2025-01-10   | 2025-04-14 | 2025-06-22 | 2026-03-22 | 2026-04-05 | 2026-06-21 | 21 hersteldagen over de jaargrens             |
        | 2025-01-06       | 2025-02-01 | 2025-02-02   | 2025-10-28 | 2026-01-05 | 2026-10-05 | 2026-10-19 | 2027-01-04 | één hersteldag                                |
        | 2025-01-06       | 2025-03-03 | 2025-03-30   | 2025-11-23 | 2026-01-31 | 2026-10-31 | 2026-11-14 | 2027-01-30 | 27 hersteldagen, het maximum                  |
        | 2025-01-06       | 2025-11-03 | 2025-11-17   | 2025-10-27 | 2026-01-18 | 2026-10-18 | 2026-11-01 | 2027-01-17 | herstel na dag 295: die dag blijft staan      |

    Scenario: Twee terugvallen tellen samen op
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      En de werknemer heeft zich hersteld gemeld per "2025-06-02"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-06-23"
      En het is vandaag "2025-07-01"
      Dan is de uiterste datum voor "ziekmelding_uwv" "2025-12-01"
      En is het einde van de wachttijd "2027-02-07"

    Scenario: Gedeeld voorbeeld 03: een terugval na 21 hersteldagen schuift de duurtermijnen 21 dagen op
      Gegeven het is vandaag "2022-09-01"
      Als het dossier wordt ingelezen:
        | type                     | datum      | veld                    | waarde                      |
        | ZiekmeldingOntvangen     | 2022-01-03 | eerste_ziektedag        | 2022-01-03                  |
        |                          |            | werknemer               | W-001                       |
        |                          |            | werkgever               | Hoveniersbedrijf De Linde   |
        |                          |            | door                    | werkgever: P. de Vries      |
        | ProbleemanalyseOpgesteld | 2022-02-07 | benutbare_mogelijkheden | ja                          |
        |                          |            | door                    | bedrijfsarts: dr. A. Jansen |
        | PlanVanAanpakOpgesteld   | 2022-02-17 | casemanager             | M. Bakker                   |
        |                          |            | doel                    | aangepast_werk              |
        | HerstelGemeld            | 2022-07-04 |                         |                             |
        | ZiekteTeruggemeld        | 2022-07-25 |                         |                             |
      Dan is het einde van de wachttijd "2024-01-21"
      En zijn de verplichtingen:
        | regel                | uiterste datum | status   |
        | probleemanalyse      | 2022-02-13     | tijdig   |
        | plan_van_aanpak      | 2022-02-21     | tijdig   |
        | evaluatie            | 2022-03-31     | verlopen |
        | ziekmelding_uwv      | 2022-11-14     | open     |
        | eerstejaarsevaluatie | 2023-01-22     | open     |
        | reintegratieverslag  | 2023-10-22     | open     |
        | wia_aanvraag         | 2023-11-05     | open     |

  Regel: Een onderbreking verschuift een termijn alleen als haar eerste hersteldag op of voor die termijn valt; de onderbrekingen tellen in datumvolgorde
    # Bron: BW 7:629 lid 10 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Wet WIA art. 23 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: Ziektewet art. 38 lid 1 (https://wetten.overheid.nl/BWBR0001888)
    # ⚠ De wet zegt dat perioden met minder dan vier weken ertussen worden samengeteld, niet hoe hersteldagen
    #   na een termijn meetellen. Deze feature volgt het contract (sectie 1, docs/regels.md): de onderbrekingen
    #   gaan in datumvolgorde, en een onderbreking verschuift dag n alleen als haar eerste hersteldag op of voor
    #   dag n valt, zoals die dag door de eerdere onderbrekingen al was verschoven. Verslag en aanvraag tellen
    #   terug vanaf het einde van de wachttijd (dag 728), dus daarvoor telt dag 728 en niet dag 637 of 651.

    Abstract Scenario: Een onderbreking die op dag n begint verschuift dag n, een die een dag later begint niet
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "<herstel>"
      En de werknemer heeft zich opnieuw ziek gemeld per "<opnieuw ziek>"
      En het is vandaag "<opnieuw ziek>"
      Dan is de uiterste datum voor "<regel>" "<uiterste datum>"

      Voorbeelden:
        | regel                | herstel    | opnieuw ziek | uiterste datum | toelichting                                  |
        | ziekmelding_uwv      | 2025-10-27 | 2025-11-03   | 2025-11-03     | herstel op dag 295: 7 hersteldagen erbij      |
        | ziekmelding_uwv      | 2025-10-28 | 2025-11-04   | 2025-10-27     | herstel op dag 296: dag 295 blijft staan      |
        | eerstejaarsevaluatie | 2026-01-04 | 2026-01-11   | 2026-01-11     | herstel op dag 364: 7 hersteldagen erbij      |
        | eerstejaarsevaluatie | 2026-01-05 | 2026-01-12   | 2026-01-04     | herstel op dag 365: dag 364 blijft staan      |

    Abstract Scenario: Een tweede onderbreking telt mee als zij begint op of voor dag 295 zoals de eerste die al verschoof
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      En de werknemer heeft zich hersteld gemeld per "<tweede herstel>"
      En de werknemer heeft zich opnieuw ziek gemeld per "<weer ziek>"
      En het is vandaag "<weer ziek>"
      Dan is de uiterste datum voor "ziekmelding_uwv" "<uiterste datum>"

      Voorbeelden:
        | tweede herstel | weer ziek  | uiterste datum | toelichting                                                           |
        | 2025-11-01     | 2025-11-08 | 2025-11-17     | na de oorspronkelijke dag 295 (2025-10-27), voor de verschoven (2025-11-10) |
        | 2025-11-10     | 2025-11-17 | 2025-11-17     | precies op de verschoven dag 295                                      |
        | 2025-11-11     | 2025-11-18 | 2025-11-10     | een dag na de verschoven dag 295: die blijft staan                    |

    Scenario: Een onderbreking na dag 637 maar voor dag 728 verschuift ook het re-integratieverslag
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En "ReintegratieverslagOpgesteld" is vastgelegd op "2026-10-10"
      En de werknemer heeft zich hersteld gemeld per "2026-12-06"
      En de werknemer heeft zich opnieuw ziek gemeld per "2026-12-20"
      En het is vandaag "2026-12-20"
      Dan is het einde van de wachttijd "2027-01-17"
      En is de uiterste datum voor "reintegratieverslag" "2026-10-18"
      En is de status van "reintegratieverslag" "tijdig"
      En is de uiterste datum voor "wia_aanvraag" "2026-11-01"

  Regel: Een onderbreking begint bij de eerste herstelmelding na de ziekmelding of na de laatste terugval; een tweede herstelmelding daarna verandert niets
    # Bron: BW 7:629 lid 10 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Wet WIA art. 23 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # ⚠ Een tweede herstelmelding zonder terugval ertussen is in de wet niet geregeld. Deze feature volgt het
    #   contract (sectie 1): de eerste hersteldag telt, voor de lengte van de onderbreking en voor de 28 dagen.

    Scenario: Een tweede herstelmelding voor de terugval maakt de onderbreking niet korter
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich hersteld gemeld per "2025-03-10"
      En de werknemer heeft zich opnieuw ziek gemeld per "2025-03-17"
      En het is vandaag "2025-03-17"
      Dan is de uiterste datum voor "ziekmelding_uwv" "2025-11-10"
      En legt "ziekmelding_uwv" uit "14 hersteldagen die niet meetellen (2025-03-03 t/m 2025-03-16)"

    Scenario: De 28 dagen tellen vanaf de eerste herstelmelding, niet vanaf een tweede
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      En de werknemer heeft zich hersteld gemeld per "2025-03-10"
      Als de werknemer zich opnieuw ziek meldt per "2025-03-31"
      Dan wordt het feit geweigerd met de melding "28 dagen na herstel per 2025-03-03"
      En noemt de weigering het veld "datum" en de toets "terugmelding_binnen_vier_weken"
      En is er niets vastgelegd

  Regel: Probleemanalyse en plan van aanpak blijven vastzitten aan de oorspronkelijke eerste ziektedag
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2 en art. 4 lid 1 (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ Wat een terugval binnen vier weken doet met de termijnen van de Regeling procesgang is niet geregeld.
    #   Deze feature volgt het contract: probleemanalyse en plan van aanpak blijven op de oorspronkelijke dag 1.

    Scenario: Een terugval voor week 6 verschuift de probleemanalyse en het plan niet, de melding bij UWV wel
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-01-20"
      Als de werknemer zich opnieuw ziek meldt per "2025-02-03"
      En het is vandaag "2025-02-03"
      Dan is de uiterste datum voor "probleemanalyse" "2025-02-16"
      En is de uiterste datum voor "plan_van_aanpak" "2025-03-02"
      En is de uiterste datum voor "ziekmelding_uwv" "2025-11-10"

  Regel: Een terugval vier weken (28 dagen) of later na herstel is een nieuw geval met een nieuw dossier
    # Bron: BW 7:629 lid 10 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Wet WIA art. 23 lid 3 (https://wetten.overheid.nl/BWBR0019057)

    Scenario: Een terugval 27 dagen na herstel hoort bij hetzelfde dossier
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      Als de werknemer zich opnieuw ziek meldt per "2025-03-30"
      Dan wordt het feit vastgelegd als positie 3

    Scenario: Een terugval 28 dagen na herstel wordt geweigerd: dat is een nieuw geval
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      Als de werknemer zich opnieuw ziek meldt per "2025-03-31"
      Dan wordt het feit geweigerd met de melding "nieuw dossier"
      En noemt de weigering het veld "datum" en de toets "terugmelding_binnen_vier_weken"
      En is er niets vastgelegd

  Regel: Na herstel zonder terugval vervallen de verplichtingen waarvan de uiterste datum nog niet was verstreken
    # Bron: Wet WIA art. 23 lid 1, de wachttijd loopt alleen bij ongeschiktheid (https://wetten.overheid.nl/BWBR0019057)
    # Bron: Ziektewet art. 38 lid 1, melding pas na 42 weken ongeschiktheid (https://wetten.overheid.nl/BWBR0001888)

    Scenario: Herstel maakt alle latere verplichtingen niet van toepassing
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als de werknemer zich hersteld meldt per "2025-04-01"
      En het is vandaag "2025-06-01"
      Dan zijn de verplichtingen:
        | regel                | uiterste datum | status              |
        | probleemanalyse      | 2025-02-16     | tijdig              |
        | plan_van_aanpak      | 2025-02-24     | tijdig              |
        | evaluatie            | 2025-04-03     | niet_van_toepassing |
        | ziekmelding_uwv      | 2025-10-27     | niet_van_toepassing |
        | eerstejaarsevaluatie | 2026-01-04     | niet_van_toepassing |
        | reintegratieverslag  | 2026-10-04     | niet_van_toepassing |
        | wia_aanvraag         | 2026-10-18     | niet_van_toepassing |

    Scenario: Een termijn die voor het herstel al verstreken was, blijft verlopen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de werknemer zich hersteld meldt per "2025-03-10"
      En het is vandaag "2025-04-01"
      Dan is de status van "probleemanalyse" "verlopen"
      En is de status van "plan_van_aanpak" "verlopen"
      En is de status van "ziekmelding_uwv" "niet_van_toepassing"

    Abstract Scenario: Herstel op de uiterste datum zelf maakt de verplichting niet van toepassing, herstel een dag later niet
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de werknemer zich hersteld meldt per "<herstel>"
      En het is vandaag "2025-12-01"
      Dan is de status van "ziekmelding_uwv" "<status>"
      En is de status van "eerstejaarsevaluatie" "niet_van_toepassing"

      Voorbeelden:
        | herstel    | status              | toelichting                       |
        | 2025-10-27 | niet_van_toepassing | eerste hersteldag is dag 295 zelf |
        | 2025-10-28 | verlopen            | eerste hersteldag is dag 296      |

    Scenario: Na een terugval gelden de verplichtingen weer, met de hersteldagen erbij
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      En de werknemer heeft zich hersteld gemeld per "2025-04-01"
      Als de werknemer zich opnieuw ziek meldt per "2025-04-20"
      En het is vandaag "2025-06-01"
      Dan zijn de verplichtingen:
        | regel                | uiterste datum | status   |
        | probleemanalyse      | 2025-02-16     | tijdig   |
        | plan_van_aanpak      | 2025-02-24     | tijdig   |
        | evaluatie            | 2025-04-03     | verlopen |
        | ziekmelding_uwv      | 2025-11-15     | open     |
        | eerstejaarsevaluatie | 2026-01-23     | open     |
        | reintegratieverslag  | 2026-10-23     | open     |
        | wia_aanvraag         | 2026-11-06     | open     |

  Regel: Na het sluiten van het dossier zijn de verplichtingen die nog openstaan en op of na de sluitingsdatum vallen niet van toepassing
    # Bron: Wet WIA art. 23 lid 1, de wachttijd loopt alleen bij ongeschiktheid (https://wetten.overheid.nl/BWBR0019057)
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 3 (het dossier van de werkgever) (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ De wet kent geen "gesloten dossier": een dossier wordt gesloten als de zaak eindigt (bijvoorbeeld herstel
    #   of einde van het dienstverband). Deze feature volgt het contract (sectie 2, status niet_van_toepassing):
    #   een DossierGesloten op of voor de uiterste datum maakt een verplichting die nog niet vervuld is niet van
    #   toepassing; wat al vervuld of al verlopen was, blijft staan.

    Abstract Scenario: Een dossier gesloten op de uiterste datum maakt de verplichting niet van toepassing, een dag later niet
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      En werkgever en werknemer hebben het plan van aanpak opgesteld op "2025-02-20" met doel "aangepast_werk"
      Als "DossierGesloten" wordt vastgelegd op "<gesloten>" met:
        | veld     | waarde                        |
        | uitkomst | hersteld, werkt weer volledig |
      En het is vandaag "2025-06-01"
      Dan is de status van "evaluatie" "<evaluatie>"
      En is de status van "plan_van_aanpak" "tijdig"
      En is de status van "ziekmelding_uwv" "niet_van_toepassing"
      En merkt "ziekmelding_uwv" op "dossier gesloten op <gesloten>"

      Voorbeelden:
        | gesloten   | evaluatie           | toelichting                                        |
        | 2025-04-03 | niet_van_toepassing | gesloten op de uiterste datum van de evaluatie      |
        | 2025-04-04 | verlopen            | gesloten een dag na de uiterste datum               |

    Scenario: Een gesloten dossier heeft alleen nog de verplichtingen van voor de sluiting
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als "DossierGesloten" wordt vastgelegd op "2025-03-01" met:
        | veld     | waarde                   |
        | uitkomst | einde dienstverband      |
      En het is vandaag "2025-12-01"
      Dan zijn de verplichtingen:
        | regel                | uiterste datum | status              |
        | probleemanalyse      | 2025-02-16     | tijdig              |
        | plan_van_aanpak      | 2025-02-24     | verlopen            |
        | ziekmelding_uwv      | 2025-10-27     | niet_van_toepassing |
        | eerstejaarsevaluatie | 2026-01-04     | niet_van_toepassing |
        | reintegratieverslag  | 2026-10-04     | niet_van_toepassing |
        | wia_aanvraag         | 2026-10-18     | niet_van_toepassing |
