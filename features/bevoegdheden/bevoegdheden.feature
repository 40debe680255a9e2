# language: nl
@bevoegdheden
Functionaliteit: Wie legt wat vast
  Als werkgever, werknemer, bedrijfsarts of UWV
  Wil ik dat alleen wie ergens voor verantwoordelijk is het vastlegt, ook in een import of een correctie
  Zodat het dossier laat zien wie wat deed, en niemand een medisch oordeel of een besluit van UWV invult

  # Elke ingang (de opdrachtregel, de API, later de webpagina's) gaat door dezelfde toepassingslaag:
  # wat hier staat, geldt voor elk van die ingangen. De tabel met wie wat vastlegt staat in
  # domain/bevoegdheden.py, met de bron bij elke regel.

  Achtergrond:
    Gegeven het is nu "2025-02-10 09:00"
    En een ziekmelding met eerste ziektedag "2025-01-06"

  Regel: Alleen de bedrijfsarts stelt de probleemanalyse op
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 (https://wetten.overheid.nl/BWBR0013540)

    Scenario: De bedrijfsarts legt de probleemanalyse vast
      Als "bedrijfsarts" een ProbleemanalyseOpgesteld van "2025-02-10" vastlegt
      Dan wordt het feit vastgelegd als positie 2

    Abstract Scenario: De <rol> legt geen probleemanalyse vast
      Als "<rol>" een ProbleemanalyseOpgesteld van "2025-02-10" vastlegt
      Dan wordt het feit geweigerd met de melding "dat doet bedrijfsarts"
      En noemt de weigering het veld "type" en de toets "bevoegd_ProbleemanalyseOpgesteld"
      En is er niets vastgelegd

      Voorbeelden:
        | rol         |
        | werkgever   |
        | casemanager |
        | werknemer   |
        | uwv         |
        | beheerder   |

  Regel: Alleen UWV legt een loonsanctie op
    # Bron: Wet WIA art. 25 lid 9 (https://wetten.overheid.nl/BWBR0019057)

    Scenario: De werkgever legt zichzelf geen loonsanctie op
      Als "werkgever" een LoonsanctieOpgelegd van "2025-02-10" vastlegt
      Dan noemt de weigering het veld "type" en de toets "bevoegd_LoonsanctieOpgelegd"
      En is er niets vastgelegd

  Regel: Een correctie mag wie het oorspronkelijke feit mag vastleggen
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 (https://wetten.overheid.nl/BWBR0013540)

    Scenario: De werkgever corrigeert de probleemanalyse van de bedrijfsarts niet
      Gegeven het dossier bevat:
        | type                     | datum      | veld                    | waarde |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja     |
      Als "werkgever" op "2025-02-11" positie 2 corrigeert: benutbare_mogelijkheden wordt "nee"
      Dan noemt de weigering het veld "betreft" en de toets "bevoegd_ProbleemanalyseOpgesteld"
      En is er niets vastgelegd

    Scenario: De werkgever corrigeert de eerste ziektedag
      Als "werkgever" op "2025-02-11" positie 1 corrigeert: eerste_ziektedag wordt "2025-01-03"
      Dan wordt het feit vastgelegd als positie 2

  Regel: De werknemer van een dossier wordt nooit omgebogen naar een ander
    # Bron: AVG art. 5 lid 1 sub d en f, art. 9 lid 1 (https://eur-lex.europa.eu/eli/reg/2016/679/oj)
    # ⚠ De wet noemt dit niet; de productkeuze is: een dossier, met de medische aantekeningen erbij,
    # hoort bij één persoon. Wie het dossier voor de verkeerde werknemer opende, sluit het
    # (DossierGesloten) en opent een nieuw dossier voor de juiste werknemer.

    Abstract Scenario: De <rol> bindt het dossier niet aan een andere werknemer
      Als "<rol>" op "2025-02-11" positie 1 corrigeert: werknemer wordt "W-002"
      Dan noemt de weigering het veld "velden.werknemer" en de toets "corrigeren_werknemer"
      En is er niets vastgelegd

      Voorbeelden:
        | rol         |
        | werkgever   |
        | casemanager |

  Regel: Niemand brengt een dossier buiten zijn eigen reikwijdte
    # Bron: AVG art. 5 lid 1 sub f (integriteit en vertrouwelijkheid) (https://eur-lex.europa.eu/eli/reg/2016/679/oj)

    Scenario: De werkgever verhuist het dossier niet naar een andere werkgever
      Als "werkgever" op "2025-02-11" positie 1 corrigeert: werkgever wordt "Bouwbedrijf Van Dam"
      Dan noemt de weigering het veld "werkgever" en de toets "werkgever_in_reikwijdte"
      En is er niets vastgelegd

  Regel: Een import volgt dezelfde regels als elk feit apart
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 en 4 (https://wetten.overheid.nl/BWBR0013540)

    Scenario: De werkgever importeert geen probleemanalyse
      Als "werkgever" het dossierbestand importeert:
        """
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-009", "werkgever": "Hoveniersbedrijf De Linde"}

        {"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": true}
        """
      Dan wordt het dossier geweigerd op regel 3 met de melding "dat doet bedrijfsarts"
      En noemt de weigering het veld "type" en de toets "bevoegd_ProbleemanalyseOpgesteld"

    Scenario: De beheerder draagt een heel dossier over
      Als "beheerder" het dossierbestand importeert:
        """
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-009", "werkgever": "Hoveniersbedrijf De Linde"}
        {"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": true}
        {"type": "LoonsanctieOpgelegd", "datum": "2025-03-01", "weken": 12}
        """
      Dan staat het dossier in de opslag met 3 feiten
