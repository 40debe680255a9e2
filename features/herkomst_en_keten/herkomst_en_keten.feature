# language: nl
@herkomst @audit
Functionaliteit: Herkomst van elke vastlegging en een sluitende hashketen
  Als auditor
  Wil ik van elke vastlegging weten wie haar wanneer en namens wie deed, en zien dat niemand iets herschreef
  Zodat het dossier als bewijs kan dienen

  Achtergrond:
    Gegeven het is nu "2025-01-06 09:00"
    En een ziekmelding met eerste ziektedag "2025-01-06"

  Regel: Elke vastlegging noemt wie haar deed, namens wie, en wanneer
    # Bron: NEN 7513 (logging van handelingen in elektronische dossiers), toegepast op het verzuimdossier; Wet WIA art. 25 lid 1 (https://wetten.overheid.nl/BWBR0019057)

    Scenario: De casemanager legt de probleemanalyse vast namens de werkgever
      Gegeven wie vastlegt is "casemanager M. Bakker" namens "Hoveniersbedrijf De Linde"
      En het is nu "2025-02-10 11:30"
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-02-10"
      Dan vermeldt de geschiedenis bij positie 2 vastgelegd door "casemanager M. Bakker" namens "Hoveniersbedrijf De Linde"
      En is positie 2 vastgelegd op "2025-02-10 11:30"

  Regel: Elke vastlegging is verzegeld met de hash van de vorige; wie iets in de opslag verandert, breekt de keten
    # Bron: uitwisselformaat, envelop en ketenhash (docs/uitwisselformaat.md); Wet WIA art. 25 lid 1 (https://wetten.overheid.nl/BWBR0019057)

    Scenario: Een ongeschonden dossier heeft een sluitende keten
      Gegeven het dossier bevat:
        | type                     | datum      | veld                    | waarde         |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
        |                          |            | doel                    | aangepast_werk |
      Dan is de hashketen van het dossier in orde

    Scenario: Een veranderde datum in de opslag wordt gevonden op die positie
      Gegeven het dossier bevat:
        | type                     | datum      | veld                    | waarde         |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
        |                          |            | doel                    | aangepast_werk |
      Als iemand in de opslag "datum" van positie 2 verandert in "2025-02-01"
      Dan meldt de verificatie een breuk op positie 2

    Scenario: Een correctie is een nieuwe vastlegging en houdt de keten heel
      Gegeven de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-20"
      Als positie 2 wordt gecorrigeerd op "2025-03-10" omdat "datum verkeerd overgenomen":
        | veld  | waarde     |
        | datum | 2025-02-14 |
      Dan is de hashketen van het dossier in orde
      En bevat de geschiedenis 3 registraties
