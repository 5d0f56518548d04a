package com.dentalai.hub.domain.nlu;
import org.junit.jupiter.api.Test;
class DebugTmpTest {
    @Test void dbg() {
        IntentClassifier c = new IntentClassifier(IntentLexicon.load());
        for (String s : System.getProperty("dbg", "").split(";;")) {
            var toks = TextNormalizer.tokens(TextNormalizer.clean(s));
            System.out.println(s + " -> " + toks + " " + c.scores(toks, false, false));
        }
    }
}
