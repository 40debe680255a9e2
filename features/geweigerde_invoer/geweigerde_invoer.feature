# language: nl
@geweigerde_invoer
Functionaliteit: Geweigerde invoer
  Als casemanager die dossiers inleest of feiten vastlegt
  Wil ik dat onjuiste invoer als geheel wordt geweigerd met een melding die regel, veld en toets noemt
  Zodat er nooit een half of onjuist dossier in de opslag staat en ik precies weet wat ik moet herstellen

  # Ongeldige JSON (een regel die geen JSON-object is) past niet in een Gherkin-tabel; die weigering
  # (toets "geldige_json", met regelnummer) is gedekt door de CLI-tests in tests/cli/test_cli.py
  # (parameter "ongeldige-json") en door tests/application/test_weigeringen.py.

  Regel: Elke regel van een dossier heeft een type uit de woordenlijst van het contract
    # Bron: productcontract, sectie 3 (uitwisselingsformaat) en sectie 4 (weigeringen); geen wettelijke regel

    Scenario: Een onbekend type wordt geweigerd en de melding noemt de regel
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
        | Hersteldmelding      | 2025-03-03 |                  |                           |
      Dan wordt het dossier geweigerd op regel 2 met de melding "onbekend type 'Hersteldmelding'"
      En noemt de weigering het veld "type" en de toets "bekend_type"
      En is er niets vastgelegd

    Scenario: Een dossier begint met de ziekmelding
      Als het dossier wordt ingelezen:
        | type                     | datum      | veld                    | waarde |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja     |
      Dan wordt het dossier geweigerd op regel 1 met de melding "het dossier begint met ZiekmeldingOntvangen"
      En noemt de weigering het veld "type" en de toets "dossier_begint_met_ziekmelding"
      En is er niets vastgelegd

  Regel: Verplichte velden zijn aanwezig en hebben het juiste type
    # Bron: productcontract, sectie 3 (verplichte velden per type) en sectie 4; geen wettelijke regel

    Scenario: Een ziekmelding zonder werkgever wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde     |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06 |
        |                      |            | werknemer        | W-001      |
      Dan wordt het dossier geweigerd op regel 1 met de melding "verplicht veld ontbreekt"
      En noemt de weigering het veld "werkgever" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: Een probleemanalyse zonder oordeel over benutbare mogelijkheden wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                     | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen     | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                          |            | werknemer        | W-001                     |
        |                          |            | werkgever        | Hoveniersbedrijf De Linde |
        | ProbleemanalyseOpgesteld | 2025-02-10 |                  |                           |
      Dan wordt het dossier geweigerd op regel 2 met de melding "verplicht veld ontbreekt"
      En noemt de weigering het veld "benutbare_mogelijkheden" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: "Misschien" is geen oordeel over benutbare mogelijkheden
      Als het dossier wordt ingelezen:
        | type                     | datum      | veld                    | waarde                    |
        | ZiekmeldingOntvangen     | 2025-01-06 | eerste_ziektedag        | 2025-01-06                |
        |                          |            | werknemer               | W-001                     |
        |                          |            | werkgever               | Hoveniersbedrijf De Linde |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | misschien                 |
      Dan wordt het dossier geweigerd op regel 2 met de melding "verwacht true of false, kreeg 'misschien'"
      En noemt de weigering het veld "benutbare_mogelijkheden" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: Een doel buiten de woordenlijst wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                     | datum      | veld                    | waarde                    |
        | ZiekmeldingOntvangen     | 2025-01-06 | eerste_ziektedag        | 2025-01-06                |
        |                          |            | werknemer               | W-001                     |
        |                          |            | werkgever               | Hoveniersbedrijf De Linde |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja                        |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker                 |
        |                          |            | doel                    | ander_werk                |
      Dan wordt het dossier geweigerd op regel 3 met de melding "ongeldige waarde 'ander_werk'"
      En noemt de weigering het veld "doel" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: Een werkhervatting van meer dan honderd procent wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
        | WerkHervat           | 2025-04-07 | percentage       | 120                       |
        |                      |            | soort            | aangepast_werk            |
      Dan wordt het dossier geweigerd op regel 2 met de melding "waarde te groot: 120"
      En noemt de weigering het veld "percentage" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: Een verplicht tekstveld met alleen spaties wordt geweigerd
      Als het dossierbestand wordt ingelezen:
        """
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-001", "werkgever": "   "}
        """
      Dan wordt het dossier geweigerd op regel 1 met de melding "mag niet leeg zijn, kreeg '   '"
      En noemt de weigering het veld "werkgever" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: Een casemanager van alleen witruimte (een tab) wordt geweigerd
      Als het dossierbestand wordt ingelezen:
        """
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-001", "werkgever": "Hoveniersbedrijf De Linde"}
        {"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": true}
        {"type": "PlanVanAanpakOpgesteld", "datum": "2025-02-20", "casemanager": "\t", "doel": "aangepast_werk"}
        """
      Dan wordt het dossier geweigerd op regel 3 met de melding "mag niet leeg zijn"
      En noemt de weigering het veld "casemanager" en de toets "geldig_veld"
      En is er niets vastgelegd

  Regel: Een optioneel veld mag ontbreken, maar als het er staat heeft het het juiste type
    # Bron: productcontract, sectie 3 (optionele velden per type) en sectie 4 (docs/uitwisselformaat.md); geen wettelijke regel

    Scenario: Een raadpleging van de ondernemingsraad die geen ja of nee is, wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                      | datum      | veld                          | waarde                    |
        | ZiekmeldingOntvangen      | 2025-01-06 | eerste_ziektedag              | 2025-01-06                |
        |                           |            | werknemer                     | W-001                     |
        |                           |            | werkgever                     | Hoveniersbedrijf De Linde |
        | Spoor2Gestart             | 2025-09-29 |                               |                           |
        | ReintegratiebureauGekozen | 2025-10-06 | bureau                        | Werkfit Rivierland        |
        |                           |            | keurmerk_blik_op_werk         | ja                        |
        |                           |            | instemming_werknemer          | ja                        |
        |                           |            | ondernemingsraad_geraadpleegd | misschien                 |
      Dan wordt het dossier geweigerd op regel 3 met de melding "verwacht true of false, kreeg 'misschien'"
      En noemt de weigering het veld "ondernemingsraad_geraadpleegd" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: Een inleenvergoeding die geen getal is, wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En het tweede spoor is gestart op "2025-09-29"
      Als "DetacheringGestart" wordt vastgelegd op "2026-02-02" met:
        | veld                     | waarde          |
        | inlener                  | Taxi Rivierland |
        | uren_per_week            | 32              |
        | inleenvergoeding_per_uur | gratis          |
      Dan wordt het feit geweigerd met de melding "verwacht een getal, kreeg 'gratis'"
      En noemt de weigering het veld "inleenvergoeding_per_uur" en de toets "geldig_veld"
      En is er niets vastgelegd

    Scenario: Een visie die een getal is in plaats van tekst, wordt geweigerd
      Als het dossierbestand wordt ingelezen:
        """
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-001", "werkgever": "Hoveniersbedrijf De Linde"}
        {"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": true}
        {"type": "PlanVanAanpakOpgesteld", "datum": "2025-02-20", "casemanager": "M. Bakker", "doel": "aangepast_werk", "visie_werkgever": 5}
        """
      Dan wordt het dossier geweigerd op regel 3 met de melding "verwacht tekst, kreeg 5"
      En noemt de weigering het veld "visie_werkgever" en de toets "geldig_veld"
      En is er niets vastgelegd

  Regel: Lege regels in een dossierbestand worden overgeslagen: ze krijgen geen positie, maar tellen wel mee als regelnummer
    # Bron: productcontract, sectie 3 (lege regels, posities) en sectie 4 (fysiek regelnummer) (docs/uitwisselformaat.md); geen wettelijke regel

    Scenario: Lege regels tellen niet als positie
      Als het dossierbestand wordt ingelezen:
        """
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-001", "werkgever": "Hoveniersbedrijf De Linde"}

        {"type": "ArbodienstGeinformeerd", "datum": "2025-01-08"}


        {"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": true}
        """
      Dan bevat de geschiedenis 3 registraties
      En toont de geschiedenis op positie 3 "ProbleemanalyseOpgesteld"

    Scenario: Een weigering noemt het regelnummer in het bestand, lege regels meegeteld
      Als het dossierbestand wordt ingelezen:
        """
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-001", "werkgever": "Hoveniersbedrijf De Linde"}


        {"type": "LoonsanctieOpgelegd", "datum": "2026-11-01", "weken": 53}
        """
      Dan wordt het dossier geweigerd op regel 4 met de melding "waarde te groot: 53"
      En noemt de weigering het veld "weken" en de toets "loonsanctie_1_tot_52_weken"
      En is er niets vastgelegd

  Regel: Een datum is een bestaande datum in de vorm JJJJ-MM-DD
    # Bron: productcontract, sectie 3 ("ISO YYYY-MM-DD") en sectie 4; geen wettelijke regel

    Abstract Scenario: Een misvormde of niet-bestaande datum wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                   | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen   | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                        |            | werknemer        | W-001                     |
        |                        |            | werkgever        | Hoveniersbedrijf De Linde |
        | ArbodienstGeinformeerd | <datum>    |                  |                           |
      Dan wordt het dossier geweigerd op regel 2 met de melding "<melding>"
      En noemt de weigering het veld "datum" en de toets "geldig_veld"
      En is er niets vastgelegd

      Voorbeelden:
        | datum      | melding                                                   |
        | 08-01-2025 | verwacht een datum als JJJJ-MM-DD, kreeg '08-01-2025'     |
        | 2025-1-8   | verwacht een datum als JJJJ-MM-DD, kreeg '2025-1-8'       |
        | 2025-02-30 | geen bestaande datum: '2025-02-30'                        |
        | 2025-13-01 | geen bestaande datum: '2025-13-01'                        |

  Regel: Geen feit ligt voor de eerste ziektedag
    # Bron: Wet WIA art. 23 lid 2 (dag 1 is de eerste dag van ongeschiktheid) (https://wetten.overheid.nl/BWBR0019057)
    # Bron: productcontract, sectie 1 en sectie 4

    Scenario: Een arbodienst die drie dagen voor de eerste ziektedag is ingelicht, wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "ArbodienstGeinformeerd" wordt vastgelegd op "2025-01-03"
      Dan wordt het feit geweigerd met de melding "2025-01-03 ligt voor de eerste ziektedag 2025-01-06"
      En noemt de weigering het veld "datum" en de toets "datum_na_eerste_ziektedag"
      En is er niets vastgelegd

    Scenario: Een feit op de eerste ziektedag zelf is toegestaan
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "ArbodienstGeinformeerd" wordt vastgelegd op "2025-01-06"
      Dan wordt het feit vastgelegd als positie 2

    Scenario: Ook een datumveld in een ingelezen regel mag niet voor de eerste ziektedag liggen
      Als het dossier wordt ingelezen:
        | type                       | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen       | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                            |            | werknemer        | W-001                     |
        |                            |            | werkgever        | Hoveniersbedrijf De Linde |
        | WachttijdVrijwilligVerlengd | 2026-10-01 | nieuwe_einddatum | 2024-12-31                |
      Dan wordt het dossier geweigerd op regel 2 met de melding "2024-12-31 ligt voor de eerste ziektedag 2025-01-06"
      En noemt de weigering het veld "nieuwe_einddatum" en de toets "datum_na_eerste_ziektedag"
      En is er niets vastgelegd

    Scenario: Een vrijwillige verlenging tot voor de eerste ziektedag wordt geweigerd op het veld van die datum
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als werkgever en werknemer de wachttijd op "2026-10-01" vrijwillig verlengen tot "2024-12-31"
      Dan wordt het feit geweigerd met de melding "2024-12-31 ligt voor de eerste ziektedag 2025-01-06"
      En noemt de weigering het veld "nieuwe_einddatum" en de toets "datum_na_eerste_ziektedag"
      En is er niets vastgelegd

    Scenario: Ook een correctie kan de nieuwe einddatum niet voor de eerste ziektedag leggen
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En werkgever en werknemer hebben de wachttijd op "2026-10-01" vrijwillig verlengd tot "2027-06-30"
      Als positie 2 wordt gecorrigeerd op "2026-10-05" omdat "jaartal verkeerd":
        | veld             | waarde     |
        | nieuwe_einddatum | 2024-12-31 |
      Dan wordt het feit geweigerd met de melding "2024-12-31 ligt voor de eerste ziektedag 2025-01-06"
      En noemt de weigering het veld "nieuwe_einddatum" en de toets "datum_na_eerste_ziektedag"
      En is er niets vastgelegd

  Regel: Een dossier heeft precies één ziekmelding; een nieuwe ziekteperiode krijgt een nieuw dossier
    # Bron: BW 7:629 lid 10 (samentelling bij minder dan vier weken onderbreking) (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Wet WIA art. 23 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: productcontract, sectie 3 (ZiekmeldingOntvangen opent het dossier) en sectie 4

    Scenario: Een tweede ziekmelding in hetzelfde dossier wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "ZiekmeldingOntvangen" wordt vastgelegd op "2025-03-10" met:
        | veld             | waarde                    |
        | eerste_ziektedag | 2025-03-10                |
        | werknemer        | W-001                     |
        | werkgever        | Hoveniersbedrijf De Linde |
      Dan wordt het feit geweigerd met de melding "een dossier heeft precies een ZiekmeldingOntvangen"
      En noemt de weigering het veld "type" en de toets "een_ziekmelding_per_dossier"
      En is er niets vastgelegd

  Regel: Het plan van aanpak bouwt voort op een probleemanalyse die er al is
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1 (https://wetten.overheid.nl/BWBR0013540)
    # Bron: productcontract, sectie 4; gedeeld voorbeeld 04-plan-voor-analyse-geweigerd

    Scenario: Het gedeelde voorbeeld 04: een plan van aanpak voor de probleemanalyse
      Als het dossier wordt ingelezen:
        | type                     | datum      | veld                    | waarde                    |
        | ZiekmeldingOntvangen     | 2025-01-06 | eerste_ziektedag        | 2025-01-06                |
        |                          |            | werknemer               | W-001                     |
        |                          |            | werkgever               | Hoveniersbedrijf De Linde |
        |                          |            | door                    | werkgever: P. de Vries    |
        | PlanVanAanpakOpgesteld   | 2025-02-01 | casemanager             | M. Bakker                 |
        |                          |            | doel                    | aangepast_werk            |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja                        |
        |                          |            | door                    | bedrijfsarts: dr. A. Jansen |
      Dan wordt het dossier geweigerd op regel 2 met de melding "plan van aanpak voor de probleemanalyse"
      En noemt de weigering het veld "datum" en de toets "plan_na_probleemanalyse"
      En is er niets vastgelegd

    Scenario: Een plan van aanpak op de dag van de probleemanalyse is toegestaan
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-10" met doel "aangepast_werk"
      Dan wordt het feit vastgelegd als positie 3

  Regel: Een detachering begint pas als het tweede spoor is gestart
    # Bron: Beleidsregels beoordelingskader poortwachter par. 9 (detachering als resultaat van het tweede spoor) (https://wetten.overheid.nl/BWBR0014375)
    # Bron: productcontract, sectie 4

    Scenario: Een detachering zonder tweede spoor wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als "DetacheringGestart" wordt vastgelegd op "2025-10-06" met:
        | veld          | waarde          |
        | inlener       | Taxi Rivierland |
        | uren_per_week | 24              |
      Dan wordt het feit geweigerd met de melding "detachering voor de start van het tweede spoor"
      En noemt de weigering het veld "datum" en de toets "detachering_na_spoor2"
      En is er niets vastgelegd

    Scenario: In een ingelezen dossier noemt de weigering de regel van de detachering
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
        | DetacheringGestart   | 2025-09-15 | inlener          | Taxi Rivierland           |
        |                      |            | uren_per_week    | 24                        |
        | Spoor2Gestart        | 2025-10-01 |                  |                           |
      Dan wordt het dossier geweigerd op regel 2 met de melding "detachering voor de start van het tweede spoor"
      En noemt de weigering het veld "datum" en de toets "detachering_na_spoor2"
      En is er niets vastgelegd

  Regel: Een terugmelding volgt op een herstelmelding, minder dan vier weken (28 dagen) later
    # Bron: BW 7:629 lid 10 (https://wetten.overheid.nl/BWBR0005290)
    # Bron: Wet WIA art. 23 lid 3 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: UWV, 104 weken en de vierwekenregel (https://www.uwv.nl/particulieren/ziek/ziek-met-werkgever/ik-ben-net-ziek/detail/ik-ben-in-loondienst-en-ben-ziek)
    # Een terugval na 28 dagen of meer is een nieuwe ziekteperiode: die krijgt een nieuw dossier (contract, sectie 1).

    Scenario: Een terugmelding zonder herstelmelding wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de werknemer zich opnieuw ziek meldt per "2025-03-10"
      Dan wordt het feit geweigerd met de melding "ziekte teruggemeld per 2025-03-10 zonder herstelmelding ervoor"
      En noemt de weigering het veld "datum" en de toets "terugmelding_na_herstel"
      En is er niets vastgelegd

    Scenario: Een terugmelding die in de tijd voor de herstelmelding ligt, wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      Als de werknemer zich opnieuw ziek meldt per "2025-03-01"
      Dan wordt het feit geweigerd met de melding "zonder herstelmelding ervoor (in datumvolgorde)"
      En noemt de weigering het veld "datum" en de toets "terugmelding_na_herstel"
      En is er niets vastgelegd

    Abstract Scenario: Een terugmelding 28 dagen of later na herstel wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      Als de werknemer zich opnieuw ziek meldt per "<terugmelding>"
      Dan wordt het feit geweigerd met de melding "<dagen> dagen na herstel per 2025-03-03"
      En noemt de weigering het veld "datum" en de toets "terugmelding_binnen_vier_weken"
      En is er niets vastgelegd

      Voorbeelden:
        | terugmelding | dagen |
        | 2025-03-31   | 28    |
        | 2025-04-14   | 42    |

    Scenario: Een terugmelding 27 dagen na herstel hoort bij hetzelfde dossier
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de werknemer heeft zich hersteld gemeld per "2025-03-03"
      Als de werknemer zich opnieuw ziek meldt per "2025-03-30"
      Dan wordt het feit vastgelegd als positie 3

  Regel: Een loonsanctie duurt minstens 1 en hoogstens 52 weken
    # Bron: Wet WIA art. 25 lid 9 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: productcontract, sectie 4

    Abstract Scenario: Een loonsanctie buiten 1 tot en met 52 weken wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
        | LoonsanctieOpgelegd  | 2026-11-01 | weken            | <weken>                   |
      Dan wordt het dossier geweigerd op regel 2 met de melding "<melding>"
      En noemt de weigering het veld "weken" en de toets "loonsanctie_1_tot_52_weken"
      En is er niets vastgelegd

      Voorbeelden:
        | weken | melding             |
        | 0     | waarde te klein: 0  |
        | 53    | waarde te groot: 53 |

    Abstract Scenario: Een loonsanctie van 1 of 52 weken wordt aanvaard
      Als het dossier wordt ingelezen:
        | type                 | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                      |            | werknemer        | W-001                     |
        |                      |            | werkgever        | Hoveniersbedrijf De Linde |
        | LoonsanctieOpgelegd  | 2026-11-01 | weken            | <weken>                   |
      Dan bevat de geschiedenis 2 registraties
      En is "weken" van positie 2 nu "<weken>"

      Voorbeelden:
        | weken |
        | 1     |
        | 52    |

  Regel: Een correctie of intrekking noemt een positie die in het dossier bestaat
    # Bron: productcontract, sectie 3 (RegistratieGecorrigeerd en RegistratieIngetrokken, veld betreft) en sectie 4

    Scenario: Een ingelezen correctie van een positie die niet bestaat, wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                     | datum      | veld                    | waarde                      |
        | ZiekmeldingOntvangen     | 2025-01-06 | eerste_ziektedag        | 2025-01-06                  |
        |                          |            | werknemer               | W-001                       |
        |                          |            | werkgever               | Hoveniersbedrijf De Linde   |
        | ProbleemanalyseOpgesteld | 2025-02-20 | benutbare_mogelijkheden | ja                          |
        | RegistratieGecorrigeerd  | 2025-03-03 | betreft                 | 9                           |
        |                          |            | reden                   | datum verkeerd overgenomen  |
        |                          |            | velden                  | {"datum": "2025-02-10"}     |
      Dan wordt het dossier geweigerd op regel 3 met de melding "positie 9 bestaat niet (het dossier heeft posities 1 tot en met 2)"
      En noemt de weigering het veld "betreft" en de toets "bestaande_positie"
      En is er niets vastgelegd

    Scenario: Een intrekking van een positie die niet bestaat, wordt geweigerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-10"
      Als positie 5 wordt ingetrokken op "2025-03-03" omdat "dubbel ingevoerd"
      Dan wordt het feit geweigerd met de melding "positie 5 bestaat niet (het dossier heeft posities 1 tot en met 2)"
      En noemt de weigering het veld "betreft" en de toets "bestaande_positie"
      En is er niets vastgelegd

    Scenario: Een ingelezen correctie kan geen positie noemen die pas later in het bestand komt
      Als het dossier wordt ingelezen:
        | type                    | datum      | veld             | waarde                     |
        | ZiekmeldingOntvangen    | 2025-01-06 | eerste_ziektedag | 2025-01-06                 |
        |                         |            | werknemer        | W-001                      |
        |                         |            | werkgever        | Hoveniersbedrijf De Linde  |
        | RegistratieGecorrigeerd | 2025-01-09 | betreft          | 3                          |
        |                         |            | reden            | datum verkeerd overgenomen |
        |                         |            | velden           | {"datum": "2025-01-07"}    |
        | ArbodienstGeinformeerd  | 2025-01-08 |                  |                            |
      Dan wordt het dossier geweigerd op regel 2 met de melding "positie 3 bestaat niet (het dossier heeft posities 1 tot en met 1)"
      En noemt de weigering het veld "betreft" en de toets "bestaande_positie"
      En is er niets vastgelegd

    Scenario: Een ingetrokken positie kan niet meer worden gecorrigeerd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-20"
      Als positie 2 wordt ingetrokken op "2025-03-01" omdat "dubbel ingevoerd"
      En positie 2 wordt gecorrigeerd op "2025-03-03" omdat "datum verkeerd overgenomen":
        | veld  | waarde     |
        | datum | 2025-02-10 |
      Dan wordt het feit geweigerd met de melding "positie 2 is al ingetrokken"
      En noemt de weigering het veld "betreft" en de toets "bestaande_positie"
      En is er niets vastgelegd
      En is positie 2 ingetrokken

    Scenario: Een ingetrokken positie kan niet nog eens worden ingetrokken
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      En "ArbodienstGeinformeerd" is vastgelegd op "2025-01-08"
      Als positie 2 wordt ingetrokken op "2025-01-09" omdat "hoort bij een andere werknemer"
      En positie 2 wordt ingetrokken op "2025-01-10" omdat "nogmaals"
      Dan wordt het feit geweigerd met de melding "positie 2 is al ingetrokken"
      En noemt de weigering het veld "betreft" en de toets "bestaande_positie"
      En is er niets vastgelegd

    Scenario: Een ingelezen dossier dat de ziekmelding (positie 1) intrekt, wordt geweigerd
      Als het dossier wordt ingelezen:
        | type                   | datum      | veld             | waarde                    |
        | ZiekmeldingOntvangen   | 2025-01-06 | eerste_ziektedag | 2025-01-06                |
        |                        |            | werknemer        | W-001                     |
        |                        |            | werkgever        | Hoveniersbedrijf De Linde |
        | RegistratieIngetrokken | 2025-01-20 | betreft          | 1                         |
        |                        |            | reden            | verkeerde werknemer       |
      Dan wordt het dossier geweigerd op regel 2 met de melding "de ziekmelding (positie 1) kan niet worden ingetrokken"
      En noemt de weigering het veld "betreft" en de toets "bestaande_positie"
      En is er niets vastgelegd
