package org.stepline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPostcodeTest {

    @ParameterizedTest(name = "''{0}'' is written ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            LS1 4AP   | LS1 4AP
            ls14ap    | LS1 4AP
            sw1a 1aa  | SW1A 1AA
            M1 1AE    | M1 1AE
            B33 8TH   | B33 8TH
            CR2 6XH   | CR2 6XH
            DN55 1PT  | DN55 1PT
            ' w1a0ax '| W1A 0AX
            ec1a  1bb | EC1A 1BB
            ZZ99 3VZ  | ZZ99 3VZ
            """)
    void acceptsPostcodesAndWritesThemTheStandardWay(String typed, String written) {
        assertThat(UkPostcode.normalise(typed)).contains(written);
    }

    @ParameterizedTest(name = "''{0}'' is not a postcode")
    @ValueSource(strings = {"", "LS1", "LS1 4A", "1LS 4AP", "LS1 4APX", "LS1-4AP", "12345", "LS1 A4P", "ABC1 2DE"})
    void refusesWhatIsNotShapedLikeAPostcode(String typed) {
        assertThat(UkPostcode.normalise(typed)).isEmpty();
    }
}
