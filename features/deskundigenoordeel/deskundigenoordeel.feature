# language: nl
@deskundigenoordeel
Functionaliteit: Deskundigenoordeel
  Als werkgever of werknemer die het niet eens is over de re-integratie
  Wil ik de aanvraag van een deskundigenoordeel bij UWV en de uitkomst ervan in het dossier vastleggen
  Zodat het dossier laat zien hoe een vastgelopen re-integratie is aangepakt

  Regel: Werkgever en werknemer kunnen allebei bij UWV een deskundigenoordeel aanvragen, met een vraag
    # Bron: Wet SUWI art. 32 (toelichting: https://www.veerkrachtig.nl/site/deskundigenoordeel/wetgeving/158)
    # Bron: UWV, deskundigenoordeel als de re-integratie vastloopt (https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/hoe-vraag-ik-een-deskundigenoordeel-aan)
    # Bron: Engage, onderwerpen van het deskundigenoordeel (https://www.engage-wa.nl/publicaties/gratis-engaged-nieuwsbrief-/deskundigenoordeel-onderzoek/)
    # Bron: praktijk (seed "Stappenplan re-integratie tweede spoor", stap 1: "Zowel u als werkgever, als de
    #   werknemer kunnen indien u het niet met het advies eens bent een deskundigenoordeel bij UWV aanvragen")

    Abstract Scenario: Een deskundigenoordeel aangevraagd door de <aanvrager> staat met de vraag in het dossier
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het dossier bevat:
        | type                     | datum      | veld                    | waarde         |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
        |                          |            | doel                    | aangepast_werk |
      Als "DeskundigenoordeelAangevraagd" wordt vastgelegd op "2025-04-14" met:
        | veld      | waarde      |
        | aanvrager | <aanvrager> |
        | vraag     | <vraag>     |
      Dan wordt het feit vastgelegd als positie 4
      En toont de geschiedenis op positie 4 "DeskundigenoordeelAangevraagd"
      En is "aanvrager" van positie 4 nu "<aanvrager>"
      En is "vraag" van positie 4 nu "<vraag>"

      Voorbeelden:
        | aanvrager | vraag                                                          |
        | werknemer | Ben ik ongeschikt voor mijn eigen werk?                        |
        | werkgever | Komt de werknemer zijn re-integratieverplichtingen na?         |
        | werknemer | Is er bij de werkgever passend werk beschikbaar?               |
        | werknemer | Zijn de re-integratie-inspanningen van de werkgever voldoende? |

    Scenario: De bedrijfsarts vraagt geen deskundigenoordeel aan
      # Bron: Mensar, deskundigenoordeel tegenover second opinion (https://www.mensar.nl/2021/01/dit-moet-je-weten-over-het-deskundigenoordeel/)
      Als het dossier wordt ingelezen:
        | type                          | datum      | veld             | waarde                                           |
        | ZiekmeldingOntvangen          | 2025-01-06 | eerste_ziektedag | 2025-01-06                                       |
        |                               |            | werknemer        | W-001                                            |
        |                               |            | werkgever        | Hoveniersbedrijf De Linde                        |
        | DeskundigenoordeelAangevraagd | 2025-04-14 | aanvrager        | bedrijfsarts                                     |
        |                               |            | vraag            | Is er bij de werkgever passend werk beschikbaar? |
      Dan wordt het dossier geweigerd op regel 2 met de melding "ongeldige waarde 'bedrijfsarts'"
      En noemt de weigering het veld "aanvrager" en de toets "geldig_veld"
      En is er niets vastgelegd

  Regel: Het deskundigenoordeel komt met een uitkomst in het dossier; aanvraag en uitkomst blijven allebei in de geschiedenis
    # Bron: Wet SUWI art. 32 (toelichting: https://www.veerkrachtig.nl/site/deskundigenoordeel/wetgeving/158)
    # Bron: UWV, deskundigenoordeel (https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/hoe-vraag-ik-een-deskundigenoordeel-aan)
    # UWV antwoordt in de praktijk binnen twee tot vier weken; dat is geen termijn van het contract en het
    # systeem rekent er geen uit.

    Scenario: UWV oordeelt dat er passend werk bij de werkgever is
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het dossier bevat:
        | type                          | datum      | veld                    | waarde                                           |
        | ProbleemanalyseOpgesteld      | 2025-02-10 | benutbare_mogelijkheden | ja                                               |
        | PlanVanAanpakOpgesteld        | 2025-02-20 | casemanager             | M. Bakker                                        |
        |                               |            | doel                    | aangepast_werk                                   |
        | DeskundigenoordeelAangevraagd | 2025-04-14 | aanvrager               | werknemer                                        |
        |                               |            | vraag                   | Is er bij de werkgever passend werk beschikbaar? |
      Als "DeskundigenoordeelOntvangen" wordt vastgelegd op "2025-05-12" met:
        | veld     | waarde                                                  |
        | uitkomst | passend werk beschikbaar: administratie op de kwekerij |
      Dan wordt het feit vastgelegd als positie 5
      En toont de geschiedenis op positie 4 "DeskundigenoordeelAangevraagd"
      En toont de geschiedenis op positie 5 "DeskundigenoordeelOntvangen"
      En is "uitkomst" van positie 5 nu "passend werk beschikbaar: administratie op de kwekerij"

  Regel: Een deskundigenoordeel verandert geen termijn en telt niet als evaluatie van het plan van aanpak
    # Bron: Wet SUWI art. 32; het oordeel is niet bindend (toelichting: https://www.veerkrachtig.nl/site/deskundigenoordeel/wetgeving/158)
    # Bron: BW 7:629a en 7:658b (een loon- of re-integratievordering bij de rechter vraagt een deskundigenoordeel) (https://wetten.overheid.nl/BWBR0005290)
    # Bron: productcontract, sectie 2 (geen termijnregel leest een deskundigenoordeel)

    Scenario: Met een deskundigenoordeel in het dossier blijven alle termijnen gelijk
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het dossier bevat:
        | type                          | datum      | veld                    | waarde                                                |
        | ProbleemanalyseOpgesteld      | 2025-02-10 | benutbare_mogelijkheden | ja                                                    |
        | PlanVanAanpakOpgesteld        | 2025-02-20 | casemanager             | M. Bakker                                             |
        |                               |            | doel                    | aangepast_werk                                        |
        | EvaluatieGehouden             | 2025-03-31 |                         |                                                       |
        | DeskundigenoordeelAangevraagd | 2025-04-14 | aanvrager               | werkgever                                             |
        |                               |            | vraag                   | Komt de werknemer zijn re-integratieverplichtingen na? |
      Als "DeskundigenoordeelOntvangen" wordt vastgelegd op "2025-05-12" met:
        | veld     | waarde                                    |
        | uitkomst | de werknemer doet voldoende aan re-integratie |
      En het is vandaag "2025-06-02"
      Dan zijn de verplichtingen:
        | regel                | uiterste datum | status   |
        | probleemanalyse      | 2025-02-16     | tijdig   |
        | plan_van_aanpak      | 2025-02-24     | tijdig   |
        | evaluatie            | 2025-05-12     | verlopen |
        | ziekmelding_uwv      | 2025-10-27     | open     |
        | eerstejaarsevaluatie | 2026-01-04     | open     |
        | reintegratieverslag  | 2026-10-04     | open     |
        | wia_aanvraag         | 2026-10-18     | open     |
      En is het einde van de wachttijd "2027-01-03"
