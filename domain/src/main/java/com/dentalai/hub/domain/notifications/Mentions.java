package com.dentalai.hub.domain.notifications;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Odoo 17 chatter HTML. A mention made in the web client is an anchor {@code <a
 * class="o_mail_redirect" data-oe-model="res.partner" data-oe-id="7">@Name</a>} in the body, and the
 * partner is also in the message's {@code partner_ids}. Recipients of a plain "send message" are in
 * {@code partner_ids} too, without the link: only partners both linked and listed are mentions.
 */
public final class Mentions {

    private static final Pattern ANCHOR = Pattern.compile("<a\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS = Pattern.compile("\\bclass\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODEL =
            Pattern.compile("\\bdata-oe-model\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID =
            Pattern.compile("\\bdata-oe-id\\s*=\\s*\"(\\d{1,18})\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Mentions() {}

    /** The res.partner ids the body links as mentions, in order of appearance. */
    public static Set<Long> linkedPartners(String html) {
        Set<Long> partners = new LinkedHashSet<>();
        if (html == null) {
            return partners;
        }
        Matcher anchor = ANCHOR.matcher(html);
        while (anchor.find()) {
            String attributes = anchor.group(1);
            if (hasClass(attributes) && "res.partner".equals(attribute(MODEL, attributes))) {
                String id = attribute(ID, attributes);
                if (id != null) {
                    partners.add(Long.parseLong(id));
                }
            }
        }
        return partners;
    }

    /** The mentioned partners: linked in the body and listed as recipients. */
    public static Set<Long> mentioned(String html, Set<Long> recipientPartnerIds) {
        Set<Long> mentioned = linkedPartners(html);
        mentioned.retainAll(recipientPartnerIds);
        return mentioned;
    }

    /**
     * The body as short plain text (tags dropped, the common entities decoded, whitespace folded),
     * at most {@code max} characters with an ellipsis; null for an empty body or {@code max <= 0}.
     */
    public static String excerpt(String html, int max) {
        if (html == null || max <= 0) {
            return null;
        }
        String text = TAG.matcher(html).replaceAll(" ");
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        text = SPACE.matcher(text).replaceAll(" ").trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).trim() + "…";
    }

    private static boolean hasClass(String attributes) {
        String classes = attribute(CLASS, attributes);
        if (classes == null) {
            return false;
        }
        for (String c : SPACE.split(classes.trim().toLowerCase(Locale.ROOT))) {
            if ("o_mail_redirect".equals(c)) {
                return true;
            }
        }
        return false;
    }

    private static String attribute(Pattern pattern, String attributes) {
        Matcher m = pattern.matcher(attributes);
        return m.find() ? m.group(1) : null;
    }
}
