package com.dentalai.hub.handover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A chatter message's HTML body as the plain text a patient's chat shows. */
final class StaffText {

    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>|</li>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n[\\s]*");

    private StaffText() {}

    static String plain(String html) {
        String text = TAGS.matcher(BREAKS.matcher(html).replaceAll("\n")).replaceAll("");
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
        Matcher m = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long code = m.group(2).length() > 7
                    ? -1
                    : Long.parseLong(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            String character = Character.isValidCodePoint((int) code) && code >= 0
                    ? new String(Character.toChars((int) code))
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        m.appendTail(out);
        // &amp; last, so "&amp;lt;" stays the literal text "&lt;"
        return BLANK_LINES
                .matcher(out.toString().replace("&amp;", "&"))
                .replaceAll("\n\n")
                .strip();
    }
}
