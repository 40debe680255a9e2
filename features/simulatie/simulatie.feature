# language: nl
@simulatie
Functionaliteit: Simulatie van beleid
  Als beleidsanalist bij een ministerie, UWV, een verzekeraar of een grote werkgever
  Wil ik een cohort langdurig zieken onder twee scenario's door de echte poortwachterregels laten lopen
  Zodat ik weet wat een beleidskeuze doet voordat die op mensen wordt uitgeprobeerd

  # Een scenario is de basis (simulation/parameters.py) met de genoemde sleutels anders, geschreven zoals
  # in een scenariobestand (beleid.spoor2_start). Beide scenario's krijgen dezelfde seed: replicatie r van
  # het ene scenario trekt dezelfde ziekteduur, instroom en naleving als replicatie r van het andere
  # (gemeenschappelijke toevalsgetallen). "Lager" en "hoger" betekenen: het 95%-interval van het gepaarde
  # verschil over de replicaties ligt geheel onder of boven nul. De termijnen beoordeelt steeds de echte
  # termijnmotor (domain/termijnen.py); de simulatie kent geen eigen kopie van de regels.

  Regel: Elk gesimuleerd geval eindigt in precies één uitkomst binnen de wachttijd
    # Bron: Wet WIA art. 23 lid 1 (wachttijd van 104 weken, dag 728) (https://wetten.overheid.nl/BWBR0019057)
    # Bron: productcontract, sectie 1 (dag 1 is de eerste ziektedag) en sectie 5 (spoorwijzer termijnen)
    # Bron: referentie, sectie 10 (ongeveer 11 % van de ziekmeldingen duurt langer dan 6 weken, ArboNed 2019;
    #   het cohort bestaat alleen uit die langdurige gevallen)
    # ⚠ De uitkomsten zijn een keuze van het model: terug in eigen werk, aangepast werk, ander werk bij de
    #   eigen werkgever, werk bij een andere werkgever of een detachering via het tweede spoor, of na 104
    #   weken nog ziek.

    Scenario: Elk geval komt op precies één uitkomst uit en de uitkomsten tellen op tot het cohort
      Gegeven een cohort van 300 langdurig zieken
      En scenario "basis" met de standaardinstellingen
      Als scenario "basis" 2 keer wordt gesimuleerd met seed 7
      Dan komt elk geval op precies een uitkomst uit
      En tellen de uitkomsten op tot het cohort

  Regel: Een eerder tweede spoor voorkomt een te late start van het tweede spoor
    # Bron: Beleidsregels beoordelingskader poortwachter par. 5 (https://wetten.overheid.nl/BWBR0014375)
    # Bron: referentie, sectie 10 (ongeveer 16 % van de tweedespoortrajecten start in het eerste ziektejaar,
    #   2/3 naast het eerste spoor; UWV 2021 via Going Concern)
    # ⚠ De termijn "binnen 6 weken na de eerstejaarsevaluatie" komt uit de UWV-werkwijzer, niet uit de wet
    #   (referentie par. 11, punt 3). Het basisscenario start het tweede spoor na de eerstejaarsevaluatie;
    #   het scenario "vroeg" in week 26 van de ziekte.

    Scenario: Een eerder tweede spoor verlaagt het aandeel te late starts van het tweede spoor
      Gegeven een cohort van 700 langdurig zieken
      En scenario "basis" met de standaardinstellingen
      En scenario "vroeg" met "beleid.spoor2_start" = "week"
      En scenario "vroeg" met "beleid.spoor2_week" = "26"
      Als beide scenario's 4 keer worden gesimuleerd met seed 2026
      Dan is het aandeel "schending_spoor2_start" in "vroeg" lager dan in "basis"

  Regel: Te weinig bedrijfsartsen maken de probleemanalyse te laat
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2 (https://wetten.overheid.nl/BWBR0013540)
    # Bron: referentie, sectie 12 (ProbleemanalyseCompleted uiterlijk op dag 42)
    # ⚠ Capaciteit en spreekuurduur zijn aannames van het model (6 bedrijfsartsen per 1000 langdurige
    #   gevallen, gemiddeld 2 dagen per probleemanalyse); de referentie geeft er geen cijfer voor.

    Scenario: Minder bedrijfsartsen verhogen het aandeel te late probleemanalyses
      Gegeven een cohort van 1000 langdurig zieken
      En scenario "basis" met de standaardinstellingen
      En scenario "tekort" met "capaciteit.bedrijfsartsen_per_1000" = "0.5"
      Als beide scenario's 3 keer worden gesimuleerd met seed 2026
      Dan is het aandeel "schending_probleemanalyse" in "tekort" hoger dan in "basis"

  Regel: Wie elke stap op tijd zet, krijgt minder vaak een loonsanctie
    # Bron: Wet WIA art. 25 lid 9 (https://wetten.overheid.nl/BWBR0019057)
    # Bron: referentie, sectie 10 (loonsanctie bij 11 % van de getoetste re-integratieverslagen, vaker bij
    #   grote werkgevers; 85 % daarvan wegens niet, te laat of verkeerd re-integreren; UWV 2018)
    # ⚠ Een loonsanctie komt pas na de WIA-aanvraag, dus alleen bij wie rond dag 600 nog ziek is. Daarom
    #   rekent dit scenario met zeer langdurig zieken (lognormale ziekteduur met mu 6.4 en sigma 0.5,
    #   mediaan ruim 600 dagen); in het basiscohort gaat het om een paar gevallen per 1000.

    Scenario: Strikte naleving verlaagt het aandeel loonsancties
      Gegeven een cohort van 300 langdurig zieken
      En scenario "basis" met de standaardinstellingen
      En scenario "streng" met:
        | sleutel                       | waarde |
        | naleving.probleemanalyse      | 0.98   |
        | naleving.plan_van_aanpak      | 0.98   |
        | naleving.evaluatie            | 0.98   |
        | naleving.ziekmelding_uwv      | 0.98   |
        | naleving.eerstejaarsevaluatie | 0.98   |
        | naleving.spoor2_start         | 0.98   |
        | naleving.reintegratieverslag  | 0.98   |
        | naleving.wia_aanvraag         | 0.98   |
      En in elk scenario "ziekteduur.mu" = "6.4"
      En in elk scenario "ziekteduur.sigma" = "0.5"
      Als beide scenario's 4 keer worden gesimuleerd met seed 2026
      Dan is het aandeel "loonsanctie" in "streng" lager dan in "basis"
      En is het aandeel "schending_evaluatie" in "streng" lager dan in "basis"
