package com.dentalai.hub.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionsTest {

    /** As Odoo 17's web composer renders a note mentioning two colleagues. */
    private static final String NOTE = "<p>Please check the x-ray &amp; call back "
            + "<a href=\"http://odoo/web#model=res.partner&amp;id=7\" class=\"o_mail_redirect\" data-oe-id=\"7\""
            + " data-oe-model=\"res.partner\" target=\"_blank\" contenteditable=\"false\">@Marc Demo</a> and"
            + " <a href=\"http://odoo/web#model=res.partner&amp;id=9\" class=\"o_mail_redirect\" data-oe-id=\"9\""
            + " data-oe-model=\"res.partner\" target=\"_blank\">@Dr Cohen</a></p>";

    @Test
    void linkedPartnersAreTheRedirectAnchorsToPartners() {
        assertThat(Mentions.linkedPartners(NOTE)).containsExactly(7L, 9L);
    }

    @Test
    void otherLinksAreNoMentions() {
        String html = "<p><a href=\"https://example.org\">site</a>"
                + " <a class=\"o_mail_redirect\" data-oe-model=\"mail.channel\" data-oe-id=\"3\">#general</a>"
                + " <a class=\"o_mail_redirect_x\" data-oe-model=\"res.partner\" data-oe-id=\"4\">@x</a>"
                + " <a class=\"o_mail_redirect\" data-oe-model=\"res.partner\">@nobody</a></p>";
        assertThat(Mentions.linkedPartners(html)).isEmpty();
        assertThat(Mentions.linkedPartners(null)).isEmpty();
    }

    @Test
    void aMentionIsLinkedAndListedARecipientOnlyIsNot() {
        assertThat(Mentions.mentioned(NOTE, Set.of(7L, 12L))).containsExactly(7L);
        assertThat(Mentions.mentioned("<p>hello</p>", Set.of(7L))).isEmpty();
    }

    @Test
    void excerptIsShortPlainText() {
        assertThat(Mentions.excerpt(NOTE, 200))
                .isEqualTo("Please check the x-ray & call back @Marc Demo and @Dr Cohen");
        assertThat(Mentions.excerpt(NOTE, 20)).isEqualTo("Please check the x-…").hasSizeLessThanOrEqualTo(20);
        assertThat(Mentions.excerpt("<p> </p>", 20)).isNull();
        assertThat(Mentions.excerpt(NOTE, 0)).isNull();
        assertThat(Mentions.excerpt(null, 10)).isNull();
        assertThat(Mentions.excerpt("&lt;b&gt; &quot;a&quot; &#39;b&#39;&nbsp;", 50))
                .isEqualTo("<b> \"a\" 'b'");
    }
}
