package com.dentalai.hub.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dentalai.hub.domain.channel.OutboundMessage.Buttons;
import com.dentalai.hub.domain.channel.OutboundMessage.ListMenu;
import com.dentalai.hub.domain.channel.OutboundMessage.Option;
import com.dentalai.hub.domain.channel.OutboundMessage.Template;
import com.dentalai.hub.domain.channel.OutboundMessage.Text;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    private static List<Option> options(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Option("slot-" + i, "Slot " + i, "Dr. Cohen"))
                .toList();
    }

    @Test
    void textAcceptsTheMaximumCountingEmojiAsOneCharacter() {
        String emoji = "🦷".repeat(OutboundMessage.MAX_TEXT);
        assertThat(new Text(emoji).body()).hasSize(2 * OutboundMessage.MAX_TEXT);
        assertThat(new Text("a".repeat(4000)).kind()).isEqualTo("text");
        assertThatThrownBy(() -> new Text("a".repeat(OutboundMessage.MAX_TEXT + 1)))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("Text: body must be at most 4096 characters, got 4097");
        assertThatThrownBy(() -> new Text(" ")).hasMessage("Text: body must not be blank");
    }

    @Test
    void buttonsAllowThreeShortTitles() {
        Buttons buttons = new Buttons("Pick", List.of(Option.of("a", "12345678901234567890"), Option.of("b", "B")));
        assertThat(buttons.options()).hasSize(2);
        assertThat(buttons.kind()).isEqualTo("buttons");

        assertThatThrownBy(() -> new Buttons("Pick", options(4)))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageStartingWith("Buttons: at most 3 options, got 4");
        assertThatThrownBy(() -> new Buttons("Pick", List.of(Option.of("a", "123456789012345678901"))))
                .hasMessage("Buttons: option 'a' title must be at most 20 characters, got 21");
        assertThatThrownBy(() -> new Buttons("Pick", List.of(Option.of("a", "A"), Option.of("a", "B"))))
                .hasMessage("Buttons: option ids must be unique");
        assertThatThrownBy(() -> new Buttons("Pick", List.of())).hasMessage("Buttons: at least one option is required");
        assertThatThrownBy(() -> new Buttons("x".repeat(1025), options(1)))
                .hasMessage("Buttons: text must be at most 1024 characters, got 1025");
    }

    @Test
    void optionIdsFitTelegramCallbackData() {
        assertThat(Option.of("é".repeat(32), "ok").id()).hasSize(32);
        assertThatThrownBy(() -> Option.of("é".repeat(33), "too long")).hasMessageContaining("at most 64 UTF-8 bytes");
        assertThatThrownBy(() -> Option.of(" ", "t")).hasMessage("Option: id must not be blank");
        assertThatThrownBy(() -> Option.of("id", null)).hasMessage("Option 'id': title must not be blank");
    }

    @Test
    void listMenuLimitsRowsTitlesAndDescriptions() {
        ListMenu menu = new ListMenu("Choose a slot", "Slots", options(10));
        assertThat(menu.rows()).hasSize(10);
        assertThat(menu.kind()).isEqualTo("list");
        assertThatThrownBy(() -> new ListMenu("t", "Slots", options(11)))
                .hasMessageStartingWith("ListMenu: at most 10");
        assertThatThrownBy(() -> new ListMenu("t", "x".repeat(21), options(1)))
                .hasMessage("ListMenu: buttonLabel must be at most 20 characters, got 21");
        assertThatThrownBy(() -> new ListMenu("t", "b", List.of(new Option("a", "x".repeat(25), null))))
                .hasMessage("ListMenu: row 'a' title must be at most 24 characters, got 25");
        assertThatThrownBy(() -> new ListMenu("t", "b", List.of(new Option("a", "x", "d".repeat(73)))))
                .hasMessage("ListMenu: row 'a' description must be at most 72 characters, got 73");
    }

    @Test
    void templateValidatesNameLanguageAndParameters() {
        Template template = new Template("appointment_reminder", "he", List.of("Dana", "10:30"));
        assertThat(template.quickReplyPayloads()).isEmpty();
        assertThat(template.kind()).isEqualTo("template");
        assertThat(new Template("hello_world", "en_US", null, List.of("confirm", "cancel")).parameters())
                .isEmpty();

        assertThatThrownBy(() -> new Template("Hello World", "en", List.of()))
                .hasMessageContaining("name must be lower-case");
        assertThatThrownBy(() -> new Template("hello", "english", List.of()))
                .hasMessageContaining("languageCode must look like");
        assertThatThrownBy(() -> new Template("hello", "en", List.of("two\nlines")))
                .hasMessageContaining("parameter 1 must be non-blank, one line");
        assertThatThrownBy(() -> new Template("hello", "en", List.of("ok", "a     b")))
                .hasMessageContaining("parameter 2");
        assertThatThrownBy(() -> new Template(
                        "hello",
                        "en",
                        List.of(),
                        IntStream.range(0, 11).mapToObj(String::valueOf).toList()))
                .hasMessageContaining("at most 10 quick replies, got 11");
    }

    @Test
    void choicesPickButtonsForUpToThreeShortOptions() {
        OutboundMessage message = OutboundMessage.choices("When?", "Times", "More…", options(3), 0);
        assertThat(message).isInstanceOf(Buttons.class);
        assertThat(((Buttons) message).options())
                .allSatisfy(o -> assertThat(o.description()).isNull());
    }

    @Test
    void choicesFallBackToAListWhenATitleIsTooLongForAButton() {
        List<Option> options = List.of(Option.of("a", "A title that is longer than twenty"), Option.of("b", "B"));
        ListMenu menu = (ListMenu) OutboundMessage.choices("When?", "Times", "More…", options, 0);
        assertThat(menu.rows().get(0).title())
                .isEqualTo("A title that is longer …")
                .hasSize(24);
    }

    @Test
    void choicesFallBackToAListForFourToTenOptions() {
        assertThat(OutboundMessage.choices("When?", "Times", "More…", options(4), 0))
                .isInstanceOf(ListMenu.class);
        ListMenu ten = (ListMenu) OutboundMessage.choices("When?", "A very long button label", "More…", options(10), 0);
        assertThat(ten.rows()).hasSize(10);
        assertThat(ten.buttonLabel()).hasSize(20).endsWith("…");
    }

    @Test
    void choicesPageMoreThanTenOptionsWithAMoreRow() {
        List<Option> all = options(25);
        ListMenu first = (ListMenu) OutboundMessage.choices("When?", "Times", "More…", all, 0);
        assertThat(first.rows()).hasSize(10);
        assertThat(first.rows().get(9)).isEqualTo(new Option("more:9", "More…", null));
        assertThat(OutboundMessage.isMore("more:9")).isTrue();

        ListMenu second = (ListMenu)
                OutboundMessage.choices("When?", "Times", "More…", all, OutboundMessage.moreOffset("more:9"));
        assertThat(second.rows().get(0).id()).isEqualTo("slot-10");
        assertThat(second.rows().get(9).id()).isEqualTo("more:18");

        ListMenu last = (ListMenu) OutboundMessage.choices("When?", "Times", "More…", all, 18);
        assertThat(last.rows()).extracting(Option::id).endsWith("slot-25").hasSize(7);
    }

    @Test
    void choicesWithoutOptionsIsPlainTextAndRejectsBadOffsets() {
        assertThat(OutboundMessage.choices("Nothing free", "Times", "More…", List.of(), 0))
                .isEqualTo(new Text("Nothing free"));
        assertThatThrownBy(() -> OutboundMessage.choices("t", "b", "m", options(3), 3))
                .hasMessageContaining("offset 3 is outside the 3 options");
        assertThatThrownBy(() -> OutboundMessage.choices("t", "b", "m", options(3), -1))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void moreIdsAreRecognisedStrictly() {
        assertThat(OutboundMessage.isMore("more:x")).isFalse();
        assertThat(OutboundMessage.isMore("slot-1")).isFalse();
        assertThat(OutboundMessage.isMore(null)).isFalse();
        assertThatThrownBy(() -> OutboundMessage.moreOffset("slot-1")).hasMessageContaining("not a 'more' choice id");
    }

    @Test
    void shortenCountsCodePoints() {
        assertThat(OutboundMessage.shorten("🦷🦷🦷", 3)).isEqualTo("🦷🦷🦷");
        assertThat(OutboundMessage.shorten("🦷🦷🦷🦷", 3)).isEqualTo("🦷🦷…");
    }
}
