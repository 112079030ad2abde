package io.github.ctglib.documents;

import static io.github.ctglib.documents.ConventionDocumentTest.flat;
import static io.github.ctglib.documents.ConventionDocumentTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class AmendmentDocumentTest {

    private final CtgDocuments documents = CtgDocuments.standard();

    @Test
    void anAmendmentSaysItsObjectEachChangeAndWhoSignsInEveryFormat() {
        Convention maximal = SampleConventions.maximal();
        for (Format format : Format.values()) {
            String text = flat(text(write(maximal, 1, format), format));
            assertThat(text).as(format.name()).contains(
                    "Avenant n°1 à la convention territoriale globale",
                    "Convention territoriale globale de Sète Agglopôle Méditerranée 2022-2026",
                    "Établi le 14 avril 2023",
                    "Ajout de la fiche action 3.1 : ludothèque itinérante, et de la commune de Balaruc-le-Vieux",
                    "Ajout de la fiche action 3.1 « Ludothèque itinérante »",
                    "Adhésion d'une nouvelle partie : Commune de Balaruc-le-Vieux",
                    "Représenté(e) par Norbert Chaubet, Maire",
                    "Extension du territoire", "Communes ajoutées : Balaruc-le-Vieux (34024)",
                    "Prolongation de la convention", "Nouvelle échéance : 30 juin 2027",
                    "Échéance précédente : 31 décembre 2026",
                    "Remplacement de la fiche action 2.1",
                    "Motif : Pas de transporteur candidat",
                    "Modification du budget de la fiche action 2.2", "Nouveau budget : ", "Budget précédent : ",
                    "Retrait d'une partie : Département de l'Hérault",
                    "Motif : Le Département poursuit son soutien par convention séparée",
                    "Le présent avenant a pris effet le 22 mai 2023.",
                    "Les autres dispositions de la convention demeurent inchangées.",
                    "Pour Commune de Balaruc-le-Vieux", "Signé le 22 mai 2023", "Signé le 2 mai 2023",
                    "Annexe – Fiches action ajoutées ou remplacées", "Fiche action 3.1 – Ludothèque itinérante",
                    "Modification de l'équipement EAJE-01", "Désormais : Multi-accueil Les Moussaillons – Multi-accueil,"
                            + " géré par Sète Agglopôle Méditerranée, à Sète (34301), 48 places",
                    "Auparavant : Multi-accueil Les Moussaillons", "40 places",
                    "Retrait de l'équipement LAEP-01 « LAEP La Passerelle »",
                    "Motif : Lieu fermé, accueil repris par le centre social");
        }
        byte[] pdf = write(maximal, 1, Format.PDF);
        Readers.pdfPagesAsPng(pdf, "maximal-amendment-1", 6);
    }

    @Test
    void anAmendmentAwaitingSignaturesLeavesTheSignatureLinesBlank() {
        String text = flat(Readers.docxText(write(SampleConventions.maximal(), 2, Format.DOCX)));
        assertThat(text).contains("Avenant n°2", "Actualisation des montants de l'axe petite enfance",
                "Ajout du champ d'intervention « vacances des familles »", "Ajout de l'axe 4 – Vacances des familles",
                "Réduction du territoire", "Ajout de l'équipement LAEP-02", "prend effet à la date de sa signature par la dernière des parties",
                "Le : ………………………").doesNotContain("Signé le");
    }

    @Test
    void anUnknownAmendmentNumberIsRefusedNamingThoseThatExist() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> documents.amendment(SampleConventions.maximal(), 9, Format.PDF, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no amendment n°9").hasMessageContaining("(it has n°1, n°2)");
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> documents.amendment(Frontignan.signed(), 1, Format.ODT, out))
                .hasMessageContaining("(it has none)");
    }

    @Test
    void anIntegratorsAmendmentTemplateReplacesTheArticles() {
        CtgDocuments own = documents.withTemplate(DocumentTemplate.standard().withAmendmentArticles("avenant.mustache",
                "# Objet\n{{amendment.object}}\n{{#changes}}\n- {{heading}}\n{{/changes}}\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        own.amendment(SampleConventions.maximal(), 2, Format.DOCX, out);
        assertThat(flat(Readers.docxText(out.toByteArray()))).contains("Objet",
                "• Ajout de l'axe 4 – Vacances des familles").doesNotContain("Article 4 – Autres dispositions");
    }

    private byte[] write(Convention convention, int number, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.amendment(convention, number, format, out);
        return out.toByteArray();
    }
}
