package com.dentalai.hub.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The development backend of {@link SmsHook}: logs the fact, never the number or the text (PHI). */
final class LoggingSmsHook implements SmsHook {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsHook.class);

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void send(String tenant, String e164, String text) {
        LOG.info("SMS (log backend) for tenant {}: {} characters", tenant, text.length());
    }
}
