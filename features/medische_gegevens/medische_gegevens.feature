# language: nl
@medisch @privacy
Functionaliteit: Medische gegevens apart van het re-integratiedossier
  Als werknemer
  Wil ik dat mijn diagnose en behandeling alleen bij de bedrijfsarts en mij bekend zijn
  Zodat mijn werkgever alleen ziet wat ik wel en niet kan, zoals de privacyregels eisen

  Achtergrond:
    Gegeven het is nu "2025-02-10 09:00"
    En een ziekmelding met eerste ziektedag "2025-01-06"

  Regel: Alleen de bedrijfsarts legt medische gegevens vast, apart van de feiten
    # Bron: AVG art. 9 lid 1 (gezondheidsgegevens zijn bijzondere persoonsgegevens) (https://eur-lex.europa.eu/eli/reg/2016/679/oj)
    # Bron: UAVG art. 30 lid 1 (verwerking door de bedrijfsarts of arbodienst) (https://wetten.overheid.nl/BWBR0040940)
    # Bron: Autoriteit Persoonsgegevens, De zieke werknemer (2016) (https://autoriteitpersoonsgegevens.nl/themas/werk-en-uitkering/ziekte-en-re-integratie)
    # ⚠ Welke feiten een medisch deel mogen hebben is een productkeuze: de probleemanalyse, het actueel oordeel, contacten en interventies, de momenten waarop de bedrijfsarts oordeelt.

    Scenario: De diagnose bij de probleemanalyse blijft buiten het dossier van de werkgever
      Als "bedrijfsarts" bij een ProbleemanalyseOpgesteld van "2025-02-10" de diagnose "hernia nuclei pulposi" vastlegt
      Dan wordt het feit vastgelegd als positie 2
      En heeft positie 2 een medische aantekening met diagnose "hernia nuclei pulposi"
      En staat "hernia nuclei pulposi" nergens in het dossier van de werkgever

    Abstract Scenario: Een <rol> legt geen medische gegevens vast
      Als "<rol>" bij een ContactGehad van "2025-01-20" de diagnose "burn-out" vastlegt
      Dan wordt het feit geweigerd met de melding "alleen de bedrijfsarts legt medische gegevens vast"
      En noemt de weigering het veld "medisch" en de toets "medisch_alleen_bedrijfsarts"
      En is er niets vastgelegd

      Voorbeelden:
        | rol                 |
        | werkgever           |
        | casemanager         |
        | reintegratiebedrijf |

    Scenario: Een plan van aanpak heeft geen medisch deel
      Als "bedrijfsarts" bij een PlanVanAanpakOpgesteld van "2025-02-10" de diagnose "burn-out" vastlegt
      Dan noemt de weigering het veld "medisch" en de toets "medisch_bij_type"
      En is er niets vastgelegd

  Regel: Alleen de bedrijfsarts en de werknemer zelf zien de medische gegevens; elke weigering wordt gelogd
    # Bron: AVG art. 9 en UAVG art. 30 (https://wetten.overheid.nl/BWBR0040940)
    # Bron: NEN 7513 (logging van inzage in medische dossiers) (https://www.nen.nl/nen-7513-2018-nl-245399)

    Abstract Scenario: De <rol> ziet de diagnose
      Als "bedrijfsarts" bij een ProbleemanalyseOpgesteld van "2025-02-10" de diagnose "hernia" vastlegt
      Dan ziet "<rol>" via de API de diagnose "hernia"

      Voorbeelden:
        | rol          |
        | bedrijfsarts |
        | werknemer    |

    Abstract Scenario: De <rol> krijgt de diagnose niet te zien
      Als "bedrijfsarts" bij een ProbleemanalyseOpgesteld van "2025-02-10" de diagnose "hernia" vastlegt
      Dan krijgt "<rol>" via de API geen medische gegevens en staat de weigering in het toegangslog

      Voorbeelden:
        | rol                 |
        | werkgever           |
        | casemanager         |
        | arbeidsdeskundige   |
        | reintegratiebedrijf |
        | uwv                 |
        | auditor             |
