# language: nl
@poortwachtertoets
Functionaliteit: Poortwachtertoets
  Als werkgever of casemanager
  Wil ik vóór de WIA-aanvraag zien of het re-integratieverslag compleet is en of het proces klopt
  Zodat ik ontbrekende stukken op tijd aanvul en UWV geen loonsanctie oplegt

  Regel: Het re-integratieverslag bevat de onderdelen a tot en met l van de Regeling procesgang
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 6 lid 1 (https://wetten.overheid.nl/BWBR0013540)
    # Bron: Wet WIA art. 25 lid 3 en art. 65 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 5, administratieve loonsanctie (https://wetten.overheid.nl/BWBR0014375)
    # ⚠ De aard van het bedrijf (b), de functie (c), de bekwaamheden (d), de arbeidsrelatie (i) en passende
    #   arbeid (k) zijn niet vast te leggen in het uitwisselformaat. De toets noemt ze "handmatig controleren"
    #   en laat het oordeel er niet van afhangen. Actueel oordeel en eindevaluatie zijn pas nodig als het
    #   verslag aan de orde is: opgesteld, een aanvraag ingediend, of dag 637 voorbij.

    Achtergrond:
      Gegeven een ziekmelding met eerste ziektedag "2024-03-04"
      En het dossier bevat:
        | type                                | datum      | veld                        | waarde                  |
        | ArbodienstGeinformeerd              | 2024-03-06 |                             |                         |
        | ProbleemanalyseOpgesteld            | 2024-04-08 | benutbare_mogelijkheden     | ja                      |
        | PlanVanAanpakOpgesteld              | 2024-04-15 | casemanager                 | M. Bakker               |
        |                                     |            | doel                        | aangepast_werk          |
        |                                     |            | visie_werkgever             | terug in aangepast werk |
        |                                     |            | visie_werknemer             | akkoord                 |
        | EvaluatieGehouden                   | 2024-05-20 |                             |                         |
        | EvaluatieGehouden                   | 2024-06-24 |                             |                         |
        | EvaluatieGehouden                   | 2024-07-29 |                             |                         |
        | EvaluatieGehouden                   | 2024-09-02 |                             |                         |
        | EvaluatieGehouden                   | 2024-10-07 |                             |                         |
        | EvaluatieGehouden                   | 2024-11-11 |                             |                         |
        | ZiekmeldingUWVGedaan                | 2024-12-02 |                             |                         |
        | EvaluatieGehouden                   | 2024-12-16 |                             |                         |
        | EvaluatieGehouden                   | 2025-01-20 |                             |                         |
        | ArbeidsdeskundigOnderzoekUitgevoerd | 2025-01-24 | advies                      | spoor2                  |
        | EerstejaarsevaluatieGehouden        | 2025-02-14 | perspectief_eigen_werkgever | nee                     |
        |                                     |            | visie_werkgever             | tweede spoor starten    |
        |                                     |            | visie_werknemer             | akkoord                 |
        | PlanVanAanpakBijgesteld             | 2025-03-07 | reden                       | tweede spoor            |
        |                                     |            | visie_werkgever             | detachering zoeken      |
        |                                     |            | visie_werknemer             | akkoord                 |
        | Spoor2Gestart                       | 2025-03-14 |                             |                         |
        | EvaluatieGehouden                   | 2025-04-11 |                             |                         |
        | EvaluatieGehouden                   | 2025-05-16 |                             |                         |
        | EvaluatieGehouden                   | 2025-06-20 |                             |                         |
        | EvaluatieGehouden                   | 2025-07-25 |                             |                         |
        | EvaluatieGehouden                   | 2025-08-29 |                             |                         |
        | EvaluatieGehouden                   | 2025-10-03 |                             |                         |
        | EvaluatieGehouden                   | 2025-11-07 |                             |                         |

    Scenario: Met actueel oordeel, eindevaluatie en verslag is het dossier compleet voor de WIA-aanvraag
      Als "ActueelOordeelOpgesteld" wordt vastgelegd op "2025-11-14"
      En "EindevaluatieGehouden" wordt vastgelegd op "2025-11-18"
      En "ReintegratieverslagOpgesteld" wordt vastgelegd op "2025-11-20"
      En "WIAAangevraagd" wordt vastgelegd op "2025-12-01"
      En het is vandaag "2025-12-05"
      Dan is de poortwachtertoets "compleet"
      En is toetspunt "riv_j" "aanwezig"
      En is toetspunt "proces_spoor2" "tijdig"
      En loopt het dossier geen risico op een loonsanctie
      En moet toetspunt "riv_c" met de hand worden gecontroleerd

    Abstract Scenario: Zonder actueel oordeel of eindevaluatie is het verslag onvolledig en dreigt een administratieve loonsanctie
      Als "<wel vastgelegd>" wordt vastgelegd op "2025-11-14"
      En "ReintegratieverslagOpgesteld" wordt vastgelegd op "2025-11-20"
      En het is vandaag "2025-11-25"
      Dan is de poortwachtertoets "onvolledig"
      En is toetspunt "<toetspunt>" "ontbreekt"
      En noemt toetspunt "<toetspunt>" de reden "geen <ontbreekt> in het dossier"
      En noemt toetspunt "<toetspunt>" de reden "het re-integratieverslag is opgesteld op 2025-11-20"
      En noemt toetspunt "<toetspunt>" de bron "https://wetten.overheid.nl/BWBR0013540"
      En loopt "<toetspunt>" risico op een loonsanctie

      Voorbeelden:
        | wel vastgelegd          | ontbreekt               | toetspunt         |
        | EindevaluatieGehouden   | ActueelOordeelOpgesteld | riv_j             |
        | ActueelOordeelOpgesteld | EindevaluatieGehouden   | riv_eindevaluatie |

  Regel: Sinds 1 juli 2023 legt het plan van aanpak de visie van werkgever en werknemer vast
    # Bron: Stcrt. 2023, 13931, wijziging Regeling procesgang (https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html)
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 6 lid 1 onder l (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ Een ontbrekende visie leidt volgens de praktijk niet direct tot een loonsanctie, en de visie van de
    #   werknemer komt niet voor rekening van de werkgever. De toets noemt het verslag dan onvolledig, zonder
    #   risico. Het oordeel van de werknemer over het verslag zelf kan het uitwisselformaat niet vastleggen.

    Scenario: Een plan zonder visie van de werknemer maakt de toets onvolledig, zonder risico op een loonsanctie
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het dossier bevat:
        | type                     | datum      | veld                    | waarde                  |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja                      |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker               |
        |                          |            | doel                    | aangepast_werk          |
        |                          |            | visie_werkgever         | terug in aangepast werk |
      En het is vandaag "2025-03-01"
      Dan is toetspunt "riv_l" "ontbreekt"
      En noemt toetspunt "riv_l" de reden "de visie van de werknemer ontbreekt in 2025-02-20 (positie 3)"
      En is toetspunt "riv_g" "aanwezig"
      En loopt "riv_l" geen risico op een loonsanctie
      En is de poortwachtertoets "onvolledig"

  Regel: UWV toetst ook het proces: een tijdige probleemanalyse, plan van aanpak, evaluaties en tweede spoor
    # Bron: Wet WIA art. 65 en art. 25 lid 9 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: Beleidsregels beoordelingskader poortwachter par. 4 en 5 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 en 4 (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ UWV weegt een procesfout alleen als die kansen heeft gekost (par. 4); de toets noemt haar daarom een
    #   risico, geen zekere sanctie. "Tweede spoor uiterlijk zes weken na de eerstejaarsevaluatie" is
    #   UWV-beleid (Werkwijzer Poortwachter), niet wettelijk.

    Scenario: Een te late probleemanalyse loopt risico op een loonsanctie
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-03-01"
      En het is vandaag "2025-03-10"
      Dan is toetspunt "proces_probleemanalyse" "te_laat"
      En noemt toetspunt "proces_probleemanalyse" de reden "13 dagen na de uiterste datum 2025-02-16"
      En noemt toetspunt "proces_probleemanalyse" de bron "Beleidsregels beoordelingskader poortwachter par. 5"
      En loopt "proces_probleemanalyse" risico op een loonsanctie
      En is de poortwachtertoets "onvolledig"

    Scenario: Een tweede spoor dat later start dan zes weken na de eerstejaarsevaluatie loopt risico op een loonsanctie
      Gegeven een ziekmelding met eerste ziektedag "2024-03-04"
      En het dossier bevat:
        | type                                | datum      | veld                        | waarde         |
        | ProbleemanalyseOpgesteld            | 2024-04-08 | benutbare_mogelijkheden     | ja             |
        | PlanVanAanpakOpgesteld              | 2024-04-15 | casemanager                 | M. Bakker      |
        |                                     |            | doel                        | aangepast_werk |
        | ArbeidsdeskundigOnderzoekUitgevoerd | 2025-01-24 | advies                      | spoor2         |
        | EerstejaarsevaluatieGehouden        | 2025-02-14 | perspectief_eigen_werkgever | nee            |
      Als het tweede spoor start op "2025-04-30"
      En het is vandaag "2025-05-01"
      Dan is toetspunt "proces_spoor2" "te_laat"
      En noemt toetspunt "proces_spoor2" de reden "33 dagen na de uiterste datum 2025-03-28"
      En loopt "proces_spoor2" risico op een loonsanctie
      En is toetspunt "proces_arbeidsdeskundig_onderzoek" "aanwezig"
      En is toetspunt "proces_bijstellingen" "ontbreekt"

  Regel: Wie hersteld is voordat het verslag nodig is, heeft geen re-integratieverslag nodig
    # Bron: Wet WIA art. 25 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: productcontract, sectie 2 (na herstel zonder terugval is een latere verplichting niet_van_toepassing)

    Scenario: Een dossier dat voor de probleemanalyse hersteld is, is compleet zonder verslag
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En "ArbodienstGeinformeerd" is vastgelegd op "2025-01-07"
      En de werknemer heeft zich hersteld gemeld per "2025-01-27"
      En het is vandaag "2025-04-01"
      Dan is de poortwachtertoets "compleet"
      En is toetspunt "riv_j" "niet_van_toepassing"
      En noemt toetspunt "riv_j" de reden "geen re-integratieverslag nodig"
      En is toetspunt "proces_probleemanalyse" "niet_van_toepassing"
      En noemt toetspunt "proces_probleemanalyse" de reden "hersteld gemeld per 2025-01-27"
      En loopt het dossier geen risico op een loonsanctie

  Regel: Na een eerstejaarsevaluatie zonder perspectief hoort het tweede spoor in het plan; een bijstelling voor het tweede spoor kort voor de evaluatie telt mee
    # Bron: Beleidsregels beoordelingskader poortwachter par. 5, "Eerstejaarsevaluatie (opschudmoment)": de
    #   koers "zo nodig" bijstellen; geeft het eigen bedrijf geen resultaat, dan ook werk bij een andere
    #   werkgever voorbereiden (https://wetten.overheid.nl/BWBR0014375)
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 onder b (evaluatie aan het einde
    #   van het eerste ziektejaar) en lid 5 (bijstellen als de evaluatie daartoe aanleiding geeft; geen vast
    #   moment) (https://wetten.overheid.nl/BWBR0013540)
    # Bron: docs/regels.md, sectie 7 (toetsregel bijstelling_met_spoor2 in domain/regels.py)
    # ⚠ Geen bron zegt dat de bijstelling na de eerstejaarsevaluatie moet liggen; UWV kijkt of de koers voor
    #   het tweede jaar in het plan staat. Het product telt een bijstelling voor de evaluatie als het tweede
    #   spoor uiterlijk op de dag van de evaluatie is gestart en de bijstelling hooguit een evaluatieperiode
    #   (42 dagen) voor die start ligt. Het venster van 42 dagen is een productkeuze, geen wettelijke termijn;
    #   de inhoud van de bijstelling (de reden) toetst het systeem niet. De Werkwijzer Poortwachter van UWV
    #   is niet zelf gelezen.

    Achtergrond:
      Gegeven een ziekmelding met eerste ziektedag "2024-03-04"
      En het dossier bevat:
        | type                                | datum      | veld                        | waarde         |
        | ProbleemanalyseOpgesteld            | 2024-04-08 | benutbare_mogelijkheden     | ja             |
        | PlanVanAanpakOpgesteld              | 2024-04-15 | casemanager                 | M. Bakker      |
        |                                     |            | doel                        | aangepast_werk |
        | ArbeidsdeskundigOnderzoekUitgevoerd | 2024-12-02 | advies                      | spoor2         |
        | EerstejaarsevaluatieGehouden        | 2025-02-14 | perspectief_eigen_werkgever | nee            |

    Scenario: Zoals bij de hovenier: plan bijgesteld voor het tweede spoor, weken voor de eerstejaarsevaluatie
      Gegeven "PlanVanAanpakBijgesteld" is vastgelegd op "2024-12-10" met:
        | veld  | waarde                                                  |
        | reden | terugkeer in eigen werk niet haalbaar, tweede spoor in |
      En het tweede spoor is gestart op "2025-01-01"
      En het is vandaag "2025-06-01"
      Dan is toetspunt "proces_bijstellingen" "aanwezig"
      En noemt toetspunt "proces_bijstellingen" de reden "het plan is al bijgesteld op 2024-12-10"
      En noemt toetspunt "proces_bijstellingen" de reden "start tweede spoor - 42 dagen tot en met de eerstejaarsevaluatie"
      En loopt "proces_bijstellingen" geen risico op een loonsanctie

    Abstract Scenario: Welke bijstelling rond de eerstejaarsevaluatie telt
      Gegeven "PlanVanAanpakBijgesteld" is vastgelegd op "<bijstelling>" met:
        | veld  | waarde                   |
        | reden | tweede spoor in het plan |
      En het tweede spoor is gestart op "<start tweede spoor>"
      En het is vandaag "2025-06-01"
      Dan is toetspunt "proces_bijstellingen" "<uitkomst>"

      Voorbeelden:
        | bijstelling | start tweede spoor | uitkomst  | toelichting                                                        |
        | 2024-11-29  | 2025-01-10         | aanwezig  | precies 42 dagen voor de start van het tweede spoor                |
        | 2024-11-28  | 2025-01-10         | ontbreekt | 43 dagen voor de start: een oudere bijstelling telt niet           |
        | 2025-02-13  | 2025-01-10         | aanwezig  | net voor de evaluatie, het tweede spoor loopt al                   |
        | 2025-02-13  | 2025-03-20         | ontbreekt | net voor de evaluatie, maar het tweede spoor start pas erna        |
        | 2025-02-14  | 2025-03-20         | aanwezig  | op de dag van de evaluatie zelf                                    |
        | 2025-02-15  | 2025-03-20         | aanwezig  | net na de evaluatie: telt altijd                                   |

    Scenario: Zonder bijstelling is de stap open tot de uiterste datum van het tweede spoor en ontbreekt daarna
      Gegeven het tweede spoor is gestart op "2025-01-10"
      En het is vandaag "2025-03-29"
      Dan is toetspunt "proces_bijstellingen" "ontbreekt"
      En noemt toetspunt "proces_bijstellingen" de reden "uiterlijk 2025-03-28"
      En loopt "proces_bijstellingen" risico op een loonsanctie
