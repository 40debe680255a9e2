# language: nl
@probleemanalyse
Functionaliteit: Probleemanalyse
  Als werkgever
  Wil ik weten wanneer de probleemanalyse van de bedrijfsarts uiterlijk klaar moet zijn
  Zodat de re-integratie op tijd begint en UWV geen loonsanctie oplegt

  Regel: De bedrijfsarts stelt de probleemanalyse op binnen zes weken na de eerste ziektedag
    # Bron: Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2 (https://wetten.overheid.nl/BWBR0013540)
    # ⚠ "Binnen zes weken" laat letterlijk dag 43 toe; het contract kiest de strenge lezing: dag 42.

    Abstract Scenario: De uiterste datum is dag 42, ook over schrikkeldagen en jaargrenzen heen
      Gegeven een ziekmelding met eerste ziektedag "<eerste ziektedag>"
      En het is vandaag "<eerste ziektedag>"
      Dan is de uiterste datum voor "probleemanalyse" "<uiterste datum>"
      En noemt "probleemanalyse" de bron "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2"

      Voorbeelden:
        | eerste ziektedag | uiterste datum |
        | 2025-01-06       | 2025-02-16     |
        | 2024-01-20       | 2024-03-01     |
        | 2023-01-20       | 2023-03-02     |
        | 2024-11-25       | 2025-01-05     |

    Scenario: Een analyse op dag 42 is op tijd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-02-16"
      En het is vandaag "2025-03-01"
      Dan is de status van "probleemanalyse" "tijdig"

    Scenario: Een analyse op dag 43 is te laat
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-02-17"
      En het is vandaag "2025-03-01"
      Dan is de status van "probleemanalyse" "te_laat"
