package com.dentalai.hub.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "050-123-4567",
                "0501234567",
                "+972-50-123-4567",
                "972501234567",
                " +972 50 123 4567 ",
                "(050) 123-4567",
                "00972501234567",
                "501234567"
            })
    void israeliMobileInEveryUsualSpellingBecomesOneKey(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).contains("+972501234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+972-3-555-0100", "03-555-0100", "97235550100"})
    void landlines(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).contains("+97235550100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"14155552671", "+1 415 555 2671", "+1 (415) 555-2671"})
    void internationalNumbersFromChannelsWithOrWithoutPlus(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).contains("+14155552671");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "  ",
                "hello",
                "050-123",
                "0000000000",
                "+999123456789",
                "12345",
                "0501234567890123456789012345678901234567890123456789012345678901234567890"
            })
    void invalidInputIsEmpty(String raw) {
        assertThat(PhoneNumbers.toE164(raw)).isEmpty();
        assertThat(PhoneNumbers.isValid(raw)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void otherRegionsReadNationalNumbersTheirWay() {
        assertThat(PhoneNumbers.toE164("(415) 555-2671", "US")).contains("+14155552671");
        assertThat(PhoneNumbers.toE164("050-123-4567", "US")).isEmpty();
    }
}
