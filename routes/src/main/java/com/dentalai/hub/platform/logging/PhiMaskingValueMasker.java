package com.dentalai.hub.platform.logging;

import com.dentalai.hub.domain.phi.PhiMasker;
import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.ValueMasker;

/**
 * Runs every string value of a JSON log event (message, arguments, MDC, stack trace) through
 * {@link PhiMasker}. Wired in logback-spring.xml on the JSON encoder.
 */
public class PhiMaskingValueMasker implements ValueMasker {

    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String original = text.toString();
            String masked = PhiMasker.standard().mask(original);
            // null tells the decorator "leave as is", which saves a copy for the common case
            return masked.equals(original) ? null : masked;
        }
        return null;
    }
}
