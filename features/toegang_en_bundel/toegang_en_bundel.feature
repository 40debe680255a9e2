# language: nl
@toegang @audit
Functionaliteit: Toegangslog en ondertekende export
  Als auditor of rechter-deskundige
  Wil ik weten wie het dossier inzag en waarom, en een export kunnen controleren zonder de opslag
  Zodat vertrouwelijke gegevens verantwoord worden gebruikt en een export als bewijs kan dienen

  Achtergrond:
    Gegeven het is nu "2025-03-01 09:00"
    En een ziekmelding met eerste ziektedag "2025-01-06"
    En het dossier bevat:
      | type                     | datum      | veld                    | waarde         |
      | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
      | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
      |                          |            | doel                    | aangepast_werk |

  Regel: Elke inzage wordt gelogd met wie, wanneer, wat en waarom
    # Bron: NEN 7513 (logging van handelingen in elektronische dossiers), naar analogie voor het verzuimdossier (https://www.nen.nl/nen-7513-2018-nl-245399)
    # Bron: AVG art. 5 lid 2 (verantwoordingsplicht) (https://eur-lex.europa.eu/eli/reg/2016/679/oj)

    Scenario: Een auditor leest het dossier voor een audit
      Als "auditor A. de Wit" het dossier leest met doel "audit"
      Dan vermeldt het toegangslog dat "auditor A. de Wit" het dossier las met doel "audit"
      En bevat het toegangslog 1 regels

  Regel: Een ondertekende bundel is offline te controleren; elke wijziging wordt gevonden
    # Bron: uitwisselformaat, envelop en ketenhash (docs/uitwisselformaat.md); Ed25519 (RFC 8032) (https://www.rfc-editor.org/rfc/rfc8032)

    Scenario: Een ongeschonden bundel is geldig
      Als het dossier wordt geëxporteerd als ondertekende bundel
      Dan is de bundel geldig

    Scenario: Een veranderde datum in de bundel wordt gevonden op die regel
      Als het dossier wordt geëxporteerd als ondertekende bundel
      En iemand in de bundel "datum" op regel 2 verandert in "2025-02-01"
      Dan is de bundel ongeldig met de melding "regel 2: hash klopt niet"
