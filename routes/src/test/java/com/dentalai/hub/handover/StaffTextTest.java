package com.dentalai.hub.handover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffTextTest {

    @Test
    void chatterHtmlBecomesPlainLines() {
        assertThat(StaffText.plain("<p>Hi <b>Noa</b>,</p><p>see you at 16:00&nbsp;&amp; bring the X-ray</p>"))
                .isEqualTo("Hi Noa,\nsee you at 16:00 & bring the X-ray");
        assertThat(StaffText.plain("line one<br>line two<br/>line three")).isEqualTo("line one\nline two\nline three");
    }

    @Test
    void entitiesAreDecodedOnceAndHebrewSurvives() {
        assertThat(StaffText.plain("<p>&lt;b&gt; is literal &amp;lt; too</p>")).isEqualTo("<b> is literal &lt; too");
        assertThat(StaffText.plain("<p>שלום &#128512; &#x05D0;</p>")).isEqualTo("שלום 😀 א");
        assertThat(StaffText.plain("&#99999999999;")).isEqualTo("&#99999999999;");
        assertThat(StaffText.plain("<p></p>")).isEmpty();
    }
}
