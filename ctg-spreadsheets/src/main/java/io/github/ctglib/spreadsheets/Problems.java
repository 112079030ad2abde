package io.github.ctglib.spreadsheets;

import java.util.Locale;
import java.util.Optional;

/** The problems the reading of a spreadsheet finds, each with its stable code and its French and English text. */
enum Problems {
    NOT_CTG("CTG-XLSX-001",
            "ce classeur n'est pas un plan d'actions exporté par ctg (%s) : partez d'un export « ctg plan export »",
            "this workbook is not an action plan exported by ctg (%s): start from a « ctg plan export »"),
    FORMAT_VERSION("CTG-XLSX-002",
            "ce classeur est au format %s version %s, que cette version de ctg ne lit pas (au plus la version %d) : mettez ctg à jour",
            "this workbook is in format %s version %s, which this version of ctg does not read (version %d at most): update ctg"),
    OTHER_CONVENTION("CTG-XLSX-003",
            "ce classeur est le plan de la convention %s, pas de %s : importez-le dans la sienne",
            "this workbook is the plan of convention %s, not of %s: import it into its own"),
    STALE("CTG-XLSX-004",
            "ce classeur a été exporté à la version %d de la convention, qui en est à la version %d : exportez-la à nouveau et reportez-y vos saisies",
            "this workbook was exported at version %d of the convention, which is now at version %d: export it again and copy your entries into it"),
    MISSING_SHEET("CTG-XLSX-005",
            "la feuille « %s » manque : gardez les feuilles de l'export, même vides",
            "sheet « %s » is missing: keep the export's sheets, even empty"),
    MISSING_COLUMN("CTG-XLSX-006",
            "la colonne « %s » (code %s en ligne 1, masquée) manque : gardez les colonnes de l'export",
            "column « %s » (code %s in the hidden row 1) is missing: keep the export's columns"),
    REQUIRED("CTG-XLSX-007",
            "« %s » est obligatoire : remplissez la cellule",
            "« %s » is required: fill in the cell"),
    WRONG_TYPE("CTG-XLSX-008",
            "« %s » attend %s ; la cellule contient %s : saisissez-y %s",
            "« %s » expects %s; the cell holds %s: enter %s"),
    UNKNOWN_CHOICE("CTG-XLSX-009",
            "« %s » n'est pas un choix de « %s » : choisissez parmi %s",
            "« %s » is not a choice of « %s »: choose among %s"),
    UNKNOWN_ACTION("CTG-XLSX-010",
            "la fiche action %s n'est pas dans la feuille Actions : ajoutez-la ou corrigez le numéro",
            "action %s is not in sheet Actions: add it or correct the number"),
    UNKNOWN_INDICATOR("CTG-XLSX-011",
            "l'indicateur « %s » de la fiche %s n'est pas dans la feuille Indicateurs : ajoutez-le ou corrigez son libellé",
            "indicator « %s » of action %s is not in sheet Indicateurs: add it or correct its label"),
    DUPLICATE("CTG-XLSX-012",
            "%s figure déjà ligne %d : une ligne par %s",
            "%s is already on row %d: one row per %s"),
    NOT_BY_AMENDMENT("CTG-XLSX-013",
            "la convention est signée : %s ne change pas par avenant ; rétablissez la valeur exportée (%s)",
            "the convention is signed: %s does not change by amendment; restore the exported value (%s)"),
    ACTION_DELETED("CTG-XLSX-014",
            "la fiche action %s a disparu de la feuille ; une convention signée retire une fiche sans l'effacer : remettez la ligne et remplissez « Motif du retrait »",
            "action %s is gone from the sheet; a signed convention withdraws an action without deleting it: put the row back and fill in « Motif du retrait »"),
    WITHDRAWN_BEFORE_SIGNATURE("CTG-XLSX-015",
            "avant signature, une fiche ne se retire pas : supprimez sa ligne (et ses lignes de budget, d'indicateurs et de mesures)",
            "before signature an action is not withdrawn: delete its row (and its budget, indicator and measurement rows)"),
    UNREADABLE("CTG-XLSX-016",
            "illisible comme classeur XLSX (%s) : enregistrez-le au format Excel 2007-365 (.xlsx)",
            "unreadable as an XLSX workbook (%s): save it in the Excel 2007-365 format (.xlsx)");

    private final String code;
    private final String fr;
    private final String en;

    Problems(String code, String fr, String en) {
        this.code = code;
        this.fr = fr;
        this.en = en;
    }

    String code() {
        return code;
    }

    /** The problem at {@code place}, its messages filled with words of each language. */
    SpreadsheetProblem at(String place, Object[] frArgs, Object[] enArgs) {
        return new SpreadsheetProblem(place, code, Optional.empty(), String.format(Locale.FRENCH, fr, frArgs),
                String.format(Locale.ENGLISH, en, enArgs));
    }

    SpreadsheetProblem at(String place, Object... args) {
        return new SpreadsheetProblem(place, code, Optional.empty(), String.format(Locale.FRENCH, fr, args),
                String.format(Locale.ENGLISH, en, args));
    }
}
