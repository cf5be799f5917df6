package org.stepline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest(name = "''{0}'' is valid")
    @ValueSource(strings = {"9434765919", "9434765870", "943 476 5919", "943-476-5919", " 9434765919 ", "4010232137"})
    void acceptsValidNumbersAsPeopleTypeThem(String typed) {
        assertThat(NhsNumber.problemWith(typed)).isEmpty();
        assertThat(NhsNumber.parse(typed).value()).matches("\\d{10}");
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            9434765918  | not a valid NHS number
            9434765871  | not a valid NHS number
            943476591   | must be 10 digits
            94347659190 | must be 10 digits
            94347659A9  | must be 10 digits
            943.476.591 | must be 10 digits
            1234567890  | not a valid NHS number
            1234567891  | not a valid NHS number
            1234567899  | not a valid NHS number
            ''          | Enter the NHS number
            '   '       | Enter the NHS number
            """)
    void refusesInvalidNumbersWithAReason(String typed, String reason) {
        assertThat(NhsNumber.problemWith(typed))
                .hasValueSatisfying(problem -> assertThat(problem).contains(reason));
    }

    @Test
    void aRemainderOfTenMeansNoCheckDigitCanBeRight() {
        assertThat(NhsNumber.checkDigitFor("123456789")).isNull();
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.problemWith("123456789" + last)).isPresent();
        }
    }

    @Test
    void aRemainderOfZeroGivesCheckDigitZero() {
        assertThat(NhsNumber.checkDigitFor("943476587")).isZero();
    }

    @Test
    void isShownThreeThreeFour() {
        assertThat(NhsNumber.parse("9434765919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void cannotBeMadeInvalid() {
        assertThatThrownBy(() -> new NhsNumber("9434765918")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NhsNumber.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
