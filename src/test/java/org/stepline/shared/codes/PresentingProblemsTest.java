package org.stepline.shared.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresentingProblemsTest {

    /** Columns: as given, canonical (empty: not a code), the ICD-10 code the ADSM is chosen by (empty: none). */
    @ParameterizedTest(name = "''{0}'': stored {1}, ICD-10 {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "F40.0      | F40.0     | F40.0",
                "F400       | F40.0     | F40.0", // undotted, as national data has it
                "f41.0      | F41.0     | F41.0", // small letters
                "\" F431 \" | F43.1     | F43.1", // spaces around
                "F32        | F32       | F32", // a category alone
                "F4521      | F45.21    | F45.21",
                "F42.9      | F42.9     | F42.9",
                "70691001   | 70691001  | F40.0", // SNOMED CT agoraphobia
                "25501002   | 25501002  | F40.1", // SNOMED CT social phobia
                "371631005  | 371631005 | F41.0", // SNOMED CT panic disorder
                "47505003   | 47505003  | F43.1", // SNOMED CT PTSD
                "999999999  | 999999999 |", // a SNOMED CT code Stepline cannot map
                "depression |           |",
                "F4         |           |",
                "12345      |           |", // too short for SNOMED CT
                "F40..0     |           |"
            })
    void readsEveryForm(String text, String canonical, String icd10) {
        assertThat(PresentingProblems.canonical(text)).isEqualTo(canonical);
        assertThat(PresentingProblems.icd10(text)).isEqualTo(icd10);
    }
}
