package com.dentalai.hub.webchat;

import java.util.List;

/** The body of a web chat answer (CONTRACTS.md): {@code {replies:[{text, choices:[{id, title}]}]}}. */
public record WebChatAnswer(List<Reply> replies) {

    public WebChatAnswer {
        replies = List.copyOf(replies);
    }

    /** One bubble; {@code choices} is empty for plain text. */
    public record Reply(String text, List<Choice> choices) {
        public Reply {
            choices = List.copyOf(choices);
        }

        static Reply text(String text) {
            return new Reply(text, List.of());
        }
    }

    /** An option the patient taps; its {@code id} comes back as {@code choice}. */
    public record Choice(String id, String title) {}
}
