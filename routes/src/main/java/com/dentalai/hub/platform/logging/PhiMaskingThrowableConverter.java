package com.dentalai.hub.platform.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.dentalai.hub.domain.phi.PhiMasker;

/** {@code %maskedEx}: stack traces carry exception messages, which may quote a phone or e-mail. */
public class PhiMaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PhiMasker.standard().mask(super.convert(event));
    }
}
