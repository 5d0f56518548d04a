package com.dentalai.hub.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.dentalai.hub.domain.phi.PhiMasker;

/** {@code %maskedMsg} for the readable console pattern: the message with PHI masked. */
public class PhiMaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PhiMasker.standard().mask(super.convert(event));
    }
}
