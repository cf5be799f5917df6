package org.stepline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPhoneTest {

    @ParameterizedTest(name = "mobile ''{0}'' is written ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            07700900123        | 07700 900123
            07700 900 123      | 07700 900123
            07700-900-123      | 07700 900123
            +44 7700 900123    | 07700 900123
            +44 (0)7700 900123 | 07700 900123
            0044 7700 900123   | 07700 900123
            """)
    void acceptsMobiles(String typed, String written) {
        assertThat(UkPhone.mobile(typed)).contains(written);
    }

    @ParameterizedTest(name = "''{0}'' is not a mobile")
    @ValueSource(
            strings = {"", "0770090012", "077009001234", "01134960000", "7700900123", "07700 9OO123", "+1 7700 900123"})
    void refusesWhatIsNotAMobile(String typed) {
        assertThat(UkPhone.mobile(typed)).isEmpty();
    }

    @ParameterizedTest(name = "landline ''{0}'' is written ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            01134960000         | 0113 496 0000
            0113 496 0000       | 0113 496 0000
            (0113) 496 0000     | 0113 496 0000
            0161 496 0000       | 0161 496 0000
            02079460000         | 020 7946 0000
            +44 20 7946 0000    | 020 7946 0000
            01632 960000        | 01632 960000
            03001234567         | 0300 123 4567
            016977 1234         | 01697 71234
            """)
    void acceptsLandlinesAndGroupsThemAsTheyAreRead(String typed, String written) {
        assertThat(UkPhone.landline(typed)).contains(written);
    }

    @ParameterizedTest(name = "''{0}'' is not a landline")
    @ValueSource(
            strings = {"", "07700900123", "011349600001", "08001234567", "1134960000", "0113 496 OOOO", "0207946000"})
    void refusesWhatIsNotALandline(String typed) {
        assertThat(UkPhone.landline(typed)).isEmpty();
    }
}
