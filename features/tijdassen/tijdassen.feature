# language: nl
@tijdassen @audit
Functionaliteit: Wat wisten we wanneer: het dossier op twee tijdassen
  Als UWV-beoordelaar of auditor
  Wil ik zien wat het dossier op een moment zei over een dag in de casus
  Zodat ik kan vaststellen wat werkgever en arbodienst toen wisten en of zij daarnaar handelden

  Achtergrond:
    Gegeven het is nu "2025-01-06 09:00"
    En een ziekmelding met eerste ziektedag "2025-01-06"

  Regel: Elke vraag kan gesteld worden zoals het in de casus was (peildatum) en zoals het toen bekend was (vastleggingstijd)
    # Bron: Wet WIA art. 25 lid 1 en Regeling procesgang art. 3 (de werkgever houdt een dossier bij) (https://wetten.overheid.nl/BWBR0013540)
    # De vastleggingstijd komt van de klok van het systeem, de casusdatum van het feit zelf.

    Scenario: Wat het dossier op 1 maart zei over 15 februari
      Gegeven het is nu "2025-02-21 10:00"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-20"
      Als het is vandaag "2025-03-01"
      Dan is de status van "probleemanalyse" op "2025-02-15" zoals bekend op "2025-03-01" "open"
      En is de status van "probleemanalyse" op "2025-03-01" zoals bekend op "2025-03-01" "te_laat"

    Scenario: Een later vastgelegd feit was eerder nog niet bekend
      Gegeven het is nu "2025-03-10 14:00"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-14"
      Als het is vandaag "2025-03-10"
      Dan is de status van "probleemanalyse" op "2025-03-01" zoals bekend op "2025-03-01" "verlopen"
      En is de status van "probleemanalyse" op "2025-03-01" zoals bekend op "2025-03-10" "tijdig"
      En kende het dossier op "2025-03-01" 1 registraties
      En is positie 2 vastgelegd op "2025-03-10 14:00"

  Regel: Een correctie verandert het huidige beeld, niet wat het dossier eerder zei
    # Bron: Wet WIA art. 25 lid 1 (dossier) en BW 7:629a (het dossier als bewijs bij de rechter) (https://wetten.overheid.nl/BWBR0005290)

    Scenario: Voor de correctie gold de oorspronkelijke datum, erna de gecorrigeerde
      Gegeven het is nu "2025-02-21 10:00"
      En de bedrijfsarts heeft de probleemanalyse opgesteld op "2025-02-20"
      En het is nu "2025-03-10 09:00"
      Als positie 2 wordt gecorrigeerd op "2025-03-10" omdat "datum verkeerd overgenomen uit de brief":
        | veld  | waarde     |
        | datum | 2025-02-14 |
      En het is vandaag "2025-03-15"
      Dan is de status van "probleemanalyse" op "2025-03-15" zoals bekend op "2025-03-01" "te_laat"
      En is de status van "probleemanalyse" op "2025-03-15" zoals bekend op "2025-03-15" "tijdig"
      En toont de geschiedenis bij positie 3 de wijziging van "datum" van "2025-02-20" naar "2025-02-14"
      En bewaart de geschiedenis voor positie 2 "datum" "2025-02-20"
